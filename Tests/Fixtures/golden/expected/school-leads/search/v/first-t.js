sspSearchData.vocab["first-t"]="table teacher term tests therapy time times timetable trains typically";
