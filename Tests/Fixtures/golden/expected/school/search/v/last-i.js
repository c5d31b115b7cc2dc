sspSearchData.vocab["last-i"]="multi";
