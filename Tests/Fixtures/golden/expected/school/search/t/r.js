sspSearchData.shards["r"]=[["reader","reader","oB"],["reception","reception","iC"],["report","report","gB"],["review","review","gB","reviewed","gB","reviews","gJ"],["run","running","wC"]];
