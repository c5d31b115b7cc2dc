sspSearchData.vocab["first-y"]="year";
