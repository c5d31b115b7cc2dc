sspSearchData.vocab["first-g"]="give golden group";
