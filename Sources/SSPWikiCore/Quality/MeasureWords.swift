/// Tells a measure that can be checked from a vague one: a checkable measure has a number, a
/// count or a score, or names how it will be observed or tested.
enum MeasureWords {
    static let numbers: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "half", "quarter", "once", "twice",
        "every", "all", "none", "each",
    ]
    static let methods: Set<String> = [
        "age", "log", "logs", "logged", "tally", "tallies", "rate", "rating", "ratings", "scale", "chart",
        "charts", "diary", "probe", "probes", "grade", "grades", "level", "percent", "percentage", "timed",
        "minute", "minutes", "seconds", "questionnaire", "survey", "benchmark", "sample", "samples",
    ]
    static let methodStems = [
        "observ", "scor", "test", "assess", "screen", "check", "count", "record",
        "standardi", "feedback",
    ]

    static func isVague(_ measure: String) -> Bool {
        if measure.contains(where: \.isNumber) || measure.contains("%") { return false }
        for token in WordScanner.tokens(in: measure.lowercased()) {
            guard case .word(let word) = token else { continue }
            if numbers.contains(word) || methods.contains(word) { return false }
            if methodStems.contains(where: { word.hasPrefix($0) }) { return false }
        }
        return true
    }
}
