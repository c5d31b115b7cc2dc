sspSearchData.vocab["first-a"]="about across adult agreed amelia amys apdr arrangements assessment autumn";
