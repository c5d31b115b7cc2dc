sspSearchData.vocab["last-b"]="jacob";
