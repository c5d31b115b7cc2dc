sspSearchData.shards["n"]=[["need","needs","EkCkF"],["note","notes","gB"],["november","november","gB"]];
