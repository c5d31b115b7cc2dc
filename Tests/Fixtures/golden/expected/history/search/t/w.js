sspSearchData.shards["w"]=[["week","weeks","Q"],["well","well","gD"],["what","what","gBgH"],["without","without","Q"],["work","work","gB"]];
