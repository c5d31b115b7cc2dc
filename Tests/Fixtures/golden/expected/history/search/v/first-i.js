sspSearchData.vocab["first-i"]="independently individual instruction instructions interaction";
