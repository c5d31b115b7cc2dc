sspSearchData.shards["m"]=[["met","met","kG"],["mr","mr","C"],["mrs","mrs","KiC"],["multi","multi","E"],["mum","mum","gB"]];
