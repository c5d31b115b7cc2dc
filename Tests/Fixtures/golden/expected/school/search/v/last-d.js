sspSearchData.vocab["last-d"]="card checked find hard held kind observed reviewed used";
