sspSearchData.shards["g"]=[["give","give","gB"],["group","group","oB"]];
