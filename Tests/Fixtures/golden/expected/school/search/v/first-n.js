sspSearchData.vocab["first-n"]="needs notes november";
