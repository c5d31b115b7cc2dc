sspSearchData.vocab["first-e"]="each emerging evans every extra";
