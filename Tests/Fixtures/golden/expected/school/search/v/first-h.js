sspSearchData.vocab["first-h"]="happen happier hard health held help hill horses";
