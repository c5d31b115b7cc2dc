extension NeedProfileChart {
    /// The white marks drawn over each step's colour, so that levels differ in more than colour
    /// (step 0 is plain): diagonal lines, dots, upright lines, a cross-hatch.
    static let patternMarks: [(size: Double, marks: String)] = [
        (6, "<path d=\"M-1 1L1 -1M0 6L6 0M5 7L7 5\" stroke=\"#fff\" stroke-width=\"1.5\"/>"),
        (5, "<circle cx=\"2.5\" cy=\"2.5\" r=\"1.2\" fill=\"#fff\"/>"),
        (5, "<path d=\"M2.5 0V5\" stroke=\"#fff\" stroke-width=\"1.5\"/>"),
        (6, "<path d=\"M0 0L6 6M6 0L0 6\" stroke=\"#fff\" stroke-width=\"1.2\"/>"),
    ]

    /// The `<defs>` of one chart: a pattern per step 1–4, with ids unique to the chart.
    static func patterns(chart: String) -> String {
        let defs = patternMarks.enumerated().map { index, pattern in
            let size = SVG.number(pattern.size)
            return "<pattern id=\"\(chart)-p\(index + 1)\" width=\"\(size)\" height=\"\(size)\" patternUnits=\"userSpaceOnUse\">"
                + pattern.marks + "</pattern>"
        }.joined()
        return "<defs>" + defs + "</defs>"
    }

    /// One level's part of a bar: its colour (`lvl-<step>`, which also draws the white line
    /// that parts it from its neighbours) and, above step 0, its pattern over it.
    static func segment(x: Double, y: Double, width: Double, step: Int, chart: String) -> String {
        var out = SVG.element(
            "rect",
            [
                "x": SVG.number(x), "y": SVG.number(y), "width": SVG.number(max(0, width)),
                "height": SVG.number(barHeight), "class": "chart-bar lvl-\(step)",
                "data-level": String(step),
            ])
        if step > 0 { out += patternOverlay(x: x, y: y, width: width, pattern: step, chart: chart) }
        return out
    }

    /// Pattern `pattern` (1–4, from `patterns(chart:)`) drawn over one part of a bar; the bar
    /// charts of impact and progress use it for their outcomes too.
    static func patternOverlay(x: Double, y: Double, width: Double, pattern: Int, chart: String) -> String {
        SVG.element(
            "rect",
            [
                "x": SVG.number(x), "y": SVG.number(y), "width": SVG.number(max(0, width)),
                "height": SVG.number(barHeight), "class": "chart-pattern p\(pattern)",
                "fill": "url(#\(chart)-p\(pattern))",
            ])
    }
}
