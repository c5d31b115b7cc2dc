sspSearchData.vocab["first-r"]="reader reception report review reviewed reviews running";
