sspSearchData.vocab["last-t"]="about adult assessment difficult prompt report significant support what without";
