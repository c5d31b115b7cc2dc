sspSearchData.vocab["first-f"]="family find finds follow following friends";
