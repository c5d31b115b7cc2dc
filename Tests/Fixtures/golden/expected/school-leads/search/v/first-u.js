sspSearchData.vocab["first-u"]="used using";
