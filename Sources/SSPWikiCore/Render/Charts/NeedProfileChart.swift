/// Need profiles drawn as inline SVG bar charts at build time (no script).
///
/// Narrow (340 units) so that on a 375 px phone, where the chart is drawn about as wide as it
/// is, its 14-unit text is still 14 px; each row's caption takes two lines to fit. Levels differ
/// in more than colour: every level has a pattern of its own (`NeedProfileChart+Patterns`), and
/// the segments of a stacked bar are parted by a white line that each level's colour stands out
/// from by at least 3:1.
enum NeedProfileChart {
    static let width = 340.0
    static let labelHeight = 36.0
    static let barHeight = 18.0
    static let rowGap = 14.0

    /// One need of a plan: its section title, level and the section's scale.
    struct PlanNeed {
        let title: String
        let level: Int
        let lowest: Int
        let highest: Int
        let label: String?
    }

    /// One plan's needs: a bar per INDES section filled to the plan's level on that scale.
    static func plan(_ needs: [PlanNeed], name: String) -> String {
        var body = ""
        var y = 0.0
        for need in needs {
            let span = Double(max(1, need.highest - need.lowest))
            let filled = Double(need.level - need.lowest) / span * width
            let detail = "level \(need.level) of \(need.highest)" + (need.label.map { " (\($0))" } ?? "")
            var row = SVG.text(need.title + ":", x: 0, y: y + 14, cls: "chart-label")
            row += SVG.text(detail, x: 0, y: y + 31, cls: "chart-label")
            row += SVG.rect(x: 0, y: y + labelHeight, width: width, height: barHeight, cls: "chart-track")
            row += segment(
                x: 0, y: y + labelHeight, width: filled, step: step(need.level, need.lowest, need.highest), chart: "need-profile")
            body += SVG.element("g", ["class": "chart-row"], content: row)
            y += labelHeight + barHeight + rowGap
        }
        let description = needs.map { "\($0.title): level \($0.level) of \($0.highest)" }.joined(separator: "; ") + "."
        return SVG.document(
            id: "need-profile", width: width, height: max(y - rowGap, 1),
            title: "Need profile of \(name)", description: description, body: patterns(chart: "need-profile") + body)
    }

    /// The setting's needs: for each section, how many children are at each level, as one
    /// stacked bar per section (longest bar = the section with most children).
    static func setting(_ profile: NeedProfile) -> String {
        let most = Double(max(1, profile.rows.map(\.total).max() ?? 1))
        var body = ""
        var y = 0.0
        for row in profile.rows {
            let levels = row.levels
            let (lowest, highest) = (levels.first ?? 0, levels.last ?? 0)
            var bar = SVG.text(row.section.title + ":", x: 0, y: y + 14, cls: "chart-label")
            bar += SVG.text("\(row.total) " + (row.total == 1 ? "child" : "children"), x: 0, y: y + 31, cls: "chart-label")
            bar += SVG.rect(x: 0, y: y + labelHeight, width: width, height: barHeight, cls: "chart-track")
            var x = 0.0
            for level in levels {
                guard let count = row.counts[level], count > 0 else { continue }
                let w = Double(count) / most * width
                bar += segment(
                    x: x, y: y + labelHeight, width: w, step: step(level, lowest, highest), chart: "setting-need-profile")
                let value = w >= 80 ? "level \(level): \(count)" : w >= 18 ? "\(count)" : nil
                if let value {
                    bar += SVG.text(value, x: x + w / 2, y: y + labelHeight + 14, cls: "chart-value", anchor: "middle")
                }
                x += w
            }
            body += SVG.element("g", ["class": "chart-row"], content: bar)
            y += labelHeight + barHeight + rowGap
        }
        let description =
            profile.rows.map { row in
                let parts = row.levels.compactMap { level in row.counts[level].map { "\($0) at level \(level)" } }
                return "\(row.section.title): " + (parts.isEmpty ? "none" : parts.joined(separator: ", "))
            }.joined(separator: "; ") + "."
        return SVG.document(
            id: "setting-need-profile", width: width, height: max(y - rowGap, 1),
            title: "Needs across the setting by INDES section and level", description: description,
            body: patterns(chart: "setting-need-profile") + body)
    }

    /// 0 (lightest) to 4 (darkest), by where a level sits on its scale.
    static func step(_ level: Int, _ lowest: Int, _ highest: Int) -> Int {
        let span = Double(max(1, highest - lowest))
        return min(4, max(0, Int((Double(level - lowest) / span * 4).rounded())))
    }

    /// `lvl-0` to `lvl-4`: the class that colours a level's bar (also in the progress page's charts).
    static func levelClass(_ level: Int, _ lowest: Int, _ highest: Int) -> String {
        "lvl-\(step(level, lowest, highest))"
    }
}
