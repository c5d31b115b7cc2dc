import Foundation

/// Horizontal bar charts drawn as inline SVG at build time, each bar made of coloured parts
/// (targets by outcome in a cycle or term, minutes of provision). The longest bar fills the
/// width; every chart has a title and a description and is shown beside a table.
enum BarChart {
    /// One part of a bar: its value, the stylesheet class that colours it, what it is and,
    /// where parts of one bar must differ in more than colour, the pattern (1–4, as the need
    /// profiles') drawn over it.
    struct Part {
        let value: Double
        let cls: String
        let name: String
        var pattern: Int? = nil
    }

    /// One bar: its label and its parts, left to right.
    struct Bar {
        let label: String
        let parts: [Part]
        var total: Double { parts.map(\.value).reduce(0, +) }
    }

    /// The chart, or nil when no bar has a value.
    static func chart(id: String, title: String, bars: [Bar], unit: (Double) -> String) -> String? {
        let most = bars.map(\.total).max() ?? 0
        guard most > 0 else { return nil }
        let (width, labelHeight, barHeight, gap) = (
            NeedProfileChart.width, NeedProfileChart.labelHeight, NeedProfileChart.barHeight, NeedProfileChart.rowGap
        )
        var body = ""
        var y = 0.0
        for bar in bars {
            // Just above its bar: the label space is two lines high for the need profiles' captions.
            body += SVG.text(caption(bar.label, unit(bar.total)), x: 0, y: y + labelHeight - 5, cls: "chart-label")
            body += SVG.rect(x: 0, y: y + labelHeight, width: width, height: barHeight, cls: "chart-track")
            var x = 0.0
            for part in bar.parts where part.value > 0 {
                let w = part.value / most * width
                body += SVG.rect(x: x, y: y + labelHeight, width: w, height: barHeight, cls: "chart-bar " + part.cls)
                if let pattern = part.pattern {
                    body += NeedProfileChart.patternOverlay(x: x, y: y + labelHeight, width: w, pattern: pattern, chart: id)
                }
                x += w
            }
            y += labelHeight + barHeight + gap
        }
        let description =
            bars.map { bar in
                let parts = bar.parts.filter { $0.value > 0 }.map { ($0.name.isEmpty ? "" : $0.name + " ") + unit($0.value) }
                return "\(bar.label): " + (parts.isEmpty ? "none" : parts.joined(separator: ", "))
            }.joined(separator: "; ") + "."
        let patterned = bars.contains { $0.parts.contains { $0.value > 0 && $0.pattern != nil } }
        return SVG.document(
            id: id, width: width, height: max(y - gap, 1), title: title, description: description,
            body: (patterned ? NeedProfileChart.patterns(chart: id) : "") + body)
    }

    /// The most characters of 14 px text that fit across the chart.
    static let captionLength = 44

    /// "Label: amount", the label shortened with an ellipsis where the whole would run past the
    /// chart's edge (SVG text does not wrap); the full label is in the description and the table.
    static func caption(_ label: String, _ amount: String) -> String {
        let room = captionLength - amount.count - 2
        guard label.count > room else { return "\(label): \(amount)" }
        let kept = label.prefix(max(room - 1, 8)).trimmingWhitespace()
        return "\(kept)…: \(amount)"
    }

    /// A bar of targets split by outcome; every outcome but "achieved" has a pattern, so that
    /// neighbouring parts differ in more than colour.
    static func outcomes(_ label: String, _ counts: OutcomeCounts) -> Bar {
        Bar(
            label: label,
            parts: TargetOutcome.allCases.map {
                Part(value: Double(counts[$0]), cls: "out-" + $0.rawValue, name: $0.label, pattern: outcomePattern[$0])
            })
    }

    /// The pattern of each outcome's part: diagonal lines, a cross-hatch, dots, upright lines.
    static let outcomePattern: [TargetOutcome: Int] = [.partly: 1, .notAchieved: 4, .carriedOver: 2, .notRecorded: 3]

    /// "1 target", "3 targets".
    static func targets(_ value: Double) -> String {
        let n = Int(value.rounded())
        return n == 1 ? "1 target" : "\(n) targets"
    }
}
