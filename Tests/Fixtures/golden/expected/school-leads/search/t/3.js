sspSearchData.shards["3"]=[["3","3","GwCkE"]];
