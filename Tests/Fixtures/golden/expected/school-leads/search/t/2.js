sspSearchData.shards["2"]=[["2","2","kG"],["25","25","oB"]];
