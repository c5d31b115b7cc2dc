sspSearchData.shards["4"]=[["4","4","QkG"]];
