sspSearchData.text[2]=["","Visual timetable","Communication and interaction",[[8,"Communication and interaction · Classroom"],[32,"A timetable in pictures, so the day is predictable."]]];
