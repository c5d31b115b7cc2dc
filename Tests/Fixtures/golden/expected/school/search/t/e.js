sspSearchData.shards["e"]=[["each","each","IgH"],["emerg","emerging","kCkE"],["evan","evans","C"],["every","every","gB"],["extra","extra","oB"]];
