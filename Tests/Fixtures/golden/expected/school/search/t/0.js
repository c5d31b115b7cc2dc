sspSearchData.shards["0"]=[["0","0","kG"]];
