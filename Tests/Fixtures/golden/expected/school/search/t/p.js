sspSearchData.shards["p"]=[["patel","patel","CiC"],["picture","picture","4C","pictures","gF"],["plan","plan","gBgD"],["predictable","predictable","gF"],["prompt","prompt","Q"]];
