sspSearchData.vocab["last-a"]="amelia extra";
