sspSearchData.shards["1"]=[["1","1","kCkE"]];
