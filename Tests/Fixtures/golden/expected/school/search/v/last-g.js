sspSearchData.vocab["last-g"]="building developing drawing emerging following long running settling using";
