sspSearchData.shards["g"]=[["give","give","gB"],["golden","golden","gD"],["group","group","oB"]];
