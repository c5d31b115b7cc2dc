sspSearchData.vocab["last-t"]="about adult assessment contact difficult prompt report significant support what without";
