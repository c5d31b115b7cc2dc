sspSearchData.vocab["last-k"]="desk look work";
