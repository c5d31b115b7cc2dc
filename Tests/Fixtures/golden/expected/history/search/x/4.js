sspSearchData.text[4]=["apdr-calendar","Our APDR calendar","",[[32,"Reviews happen once a term."]]];
