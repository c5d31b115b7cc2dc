sspSearchData.vocab["first-o"]="observed occasions office once";
