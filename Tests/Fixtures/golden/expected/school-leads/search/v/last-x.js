sspSearchData.vocab["last-x"]="complex";
