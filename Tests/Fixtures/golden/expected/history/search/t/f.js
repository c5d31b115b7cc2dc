sspSearchData.shards["f"]=[["family","family","gBgD"],["find","find","gB","finds","E"],["follow","follow","U","following","gB"],["friend","friends","gB"]];
