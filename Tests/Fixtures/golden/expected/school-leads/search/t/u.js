sspSearchData.shards["u"]=[["use","use","gB"],["used","used","gB"],["using","using","wC"]];
