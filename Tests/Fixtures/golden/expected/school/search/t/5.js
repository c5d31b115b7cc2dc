sspSearchData.shards["5"]=[["5","5","QwC"]];
