sspSearchData.vocab["last-l"]="careful confidential hill individual level patel school small still visual well";
