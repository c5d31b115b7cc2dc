sspSearchData.shards["y"]=[["year","year","C"]];
