sspSearchData.vocab["first-s"]="says school sessions settling significant small speech spoken step still strengths support";
