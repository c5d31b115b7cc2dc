sspSearchData.vocab["last-h"]="each health speech";
