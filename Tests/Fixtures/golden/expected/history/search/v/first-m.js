sspSearchData.vocab["first-m"]="multi";
