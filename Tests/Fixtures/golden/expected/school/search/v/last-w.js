sspSearchData.vocab["last-w"]="follow review";
