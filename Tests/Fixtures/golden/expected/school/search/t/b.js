sspSearchData.shards["b"]=[["build","building","gD"]];
