sspSearchData.vocab["first-d"]="days desk developing difficult drawing";
