/// Need profiles drawn as inline SVG bar charts at build time (no script).
enum NeedProfileChart {
    static let width = 560.0
    static let labelHeight = 18.0
    static let barHeight = 16.0
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
            let caption = "\(need.title): level \(need.level) of \(need.highest)" + (need.label.map { " (\($0))" } ?? "")
            body += SVG.text(caption, x: 0, y: y + 13, cls: "chart-label")
            body += SVG.rect(x: 0, y: y + labelHeight, width: width, height: barHeight, cls: "chart-track")
            body += SVG.rect(x: 0, y: y + labelHeight, width: filled, height: barHeight, cls: "chart-bar " + levelClass(need.level, need.lowest, need.highest))
            y += labelHeight + barHeight + rowGap
        }
        let description = needs.map { "\($0.title): level \($0.level) of \($0.highest)" }.joined(separator: "; ") + "."
        return SVG.document(id: "need-profile", width: width, height: max(y - rowGap, 1),
                            title: "Need profile of \(name)", description: description, body: body)
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
            body += SVG.text("\(row.section.title): \(row.total) " + (row.total == 1 ? "child" : "children"), x: 0, y: y + 13, cls: "chart-label")
            body += SVG.rect(x: 0, y: y + labelHeight, width: width, height: barHeight, cls: "chart-track")
            var x = 0.0
            for level in levels {
                guard let count = row.counts[level], count > 0 else { continue }
                let w = Double(count) / most * width
                let cls = levelClass(level, lowest, highest)
                body += SVG.rect(x: x, y: y + labelHeight, width: w, height: barHeight, cls: "chart-bar " + cls)
                let value = w >= 80 ? "level \(level): \(count)" : w >= 16 ? "\(count)" : nil
                if let value {
                    body += SVG.text(value, x: x + w / 2, y: y + labelHeight + 12, cls: "chart-value " + cls, anchor: "middle")
                }
                x += w
            }
            y += labelHeight + barHeight + rowGap
        }
        let description = profile.rows.map { row in
            let parts = row.levels.compactMap { level in row.counts[level].map { "\($0) at level \(level)" } }
            return "\(row.section.title): " + (parts.isEmpty ? "none" : parts.joined(separator: ", "))
        }.joined(separator: "; ") + "."
        return SVG.document(id: "setting-need-profile", width: width, height: max(y - rowGap, 1),
                            title: "Needs across the setting by INDES section and level", description: description, body: body)
    }

    /// `lvl-0` (lightest) to `lvl-4` (darkest), by where a level sits on its scale.
    static func levelClass(_ level: Int, _ lowest: Int, _ highest: Int) -> String {
        let span = Double(max(1, highest - lowest))
        let step = Int((Double(level - lowest) / span * 4).rounded())
        return "lvl-\(min(4, max(0, step)))"
    }
}
