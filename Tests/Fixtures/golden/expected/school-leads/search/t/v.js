sspSearchData.shards["v"]=[["view","views","gBgD"],["visual","visual","oBoChC"]];
