sspSearchData.shards["o"]=[["observ","observed","Q"],["occasion","occasions","Q"],["office","office","gB"],["once","once","gJ"]];
