sspSearchData.vocab["last-e"]="care give language like office once picture predictable table time timetable";
