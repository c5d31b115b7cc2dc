sspSearchData.vocab["first-w"]="weeks well what without work";
