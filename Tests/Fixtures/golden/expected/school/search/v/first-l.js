sspSearchData.vocab["first-l"]="language lesson level like long look loves";
