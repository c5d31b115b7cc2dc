sspSearchData.vocab["last-r"]="apdr calendar happier november reader teacher year";
