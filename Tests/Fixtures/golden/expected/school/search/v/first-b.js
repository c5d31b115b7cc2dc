sspSearchData.vocab["first-b"]="building";
