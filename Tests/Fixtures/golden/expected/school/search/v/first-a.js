sspSearchData.vocab["first-a"]="about across adult amelia amys apdr assessment autumn";
