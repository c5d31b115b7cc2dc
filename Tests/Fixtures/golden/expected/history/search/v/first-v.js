sspSearchData.vocab["first-v"]="views visual";
