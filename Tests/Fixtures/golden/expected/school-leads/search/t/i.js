sspSearchData.shards["i"]=[["independently","independently","gB"],["individual","individual","gB"],["instruction","instruction","Q","instructions","kB"],["interaction","interaction","oEkC"]];
