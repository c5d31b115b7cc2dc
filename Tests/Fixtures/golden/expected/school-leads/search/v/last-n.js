sspSearchData.vocab["last-n"]="autumn communication golden happen instruction interaction khan lesson plan reception spoken";
