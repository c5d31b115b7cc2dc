sspSearchData.vocab["last-d"]="agreed card checked find hard held kind observed reviewed used";
