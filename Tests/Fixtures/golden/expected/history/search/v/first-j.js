sspSearchData.vocab["first-j"]="jacob jacobs";
