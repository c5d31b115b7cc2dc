sspSearchData.vocab["first-p"]="patel picture pictures plan predictable prompt";
