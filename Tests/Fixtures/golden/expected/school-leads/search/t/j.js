sspSearchData.shards["j"]=[["j","j","CiC"],["jacob","jacob","hD","jacobs","gD"]];
