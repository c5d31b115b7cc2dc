sspSearchData.vocab["last-n"]="autumn communication happen instruction interaction khan lesson plan reception spoken";
