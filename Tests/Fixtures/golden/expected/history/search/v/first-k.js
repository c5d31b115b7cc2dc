sspSearchData.vocab["first-k"]="kestrels khan kind";
