sspSearchData.vocab["last-l"]="careful hill individual level patel school small still visual well";
