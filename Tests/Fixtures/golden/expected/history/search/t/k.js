sspSearchData.shards["k"]=[["kestrel","kestrels","CiC"],["khan","khan","BhC"],["kind","kind","gBgD"]];
