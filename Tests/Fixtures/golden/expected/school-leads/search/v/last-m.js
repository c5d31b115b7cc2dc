sspSearchData.vocab["last-m"]="classroom term";
