sspSearchData.vocab["first-c"]="calendar card cards care careful checked class classroom communication complex";
