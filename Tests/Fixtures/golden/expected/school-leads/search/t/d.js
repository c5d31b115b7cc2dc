sspSearchData.shards["d"]=[["d","d","C"],["dad","dad","gD"],["day","day","wCgD","days","wC"],["desk","desk","I"],["develop","developing","kG"],["difficult","difficult","gB"],["draw","drawing","gB"]];
