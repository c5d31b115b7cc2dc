sspSearchData.vocab["last-p"]="group help step";
