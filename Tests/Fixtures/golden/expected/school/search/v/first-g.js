sspSearchData.vocab["first-g"]="give group";
