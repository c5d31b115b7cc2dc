sspSearchData.vocab["last-y"]="every family independently therapy typically";
