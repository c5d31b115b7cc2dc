import Testing

@testable import SSPWikiCore

/// The impact and progress charts: parts of one bar differ in more than colour.
struct BarChartTests {
    @Test func everyOutcomeButAchievedHasAPatternOfItsOwn() throws {
        var counts = OutcomeCounts()
        for outcome in TargetOutcome.allCases { counts.add(outcome) }
        let svg = try #require(
            BarChart.chart(
                id: "outcomes", title: "Targets", bars: [BarChart.outcomes("Cycle 1", counts)],
                unit: BarChart.targets))
        for pattern in 1...4 {
            #expect(svg.contains("<pattern id=\"outcomes-p\(pattern)\""), "pattern \(pattern) is defined in the chart")
            #expect(svg.contains("fill=\"url(#outcomes-p\(pattern))\""), "pattern \(pattern) is drawn over a part")
        }
        let patterns = BarChart.outcomePattern
        #expect(patterns[.achieved] == nil)
        #expect(Set(patterns.values).count == TargetOutcome.allCases.count - 1, "no two outcomes share a pattern")
    }

    @Test func aChartWithoutPatternedPartsDefinesNone() throws {
        let bar = BarChart.Bar(label: "Autumn", parts: [.init(value: 30, cls: "lvl-2", name: "")])
        let svg = try #require(BarChart.chart(id: "minutes", title: "Minutes", bars: [bar], unit: { "\(Int($0)) min" }))
        #expect(!svg.contains("<pattern"))
        #expect(svg.contains("Autumn: 30 min"))
    }

    @Test func aLongLabelIsShortenedToFitTheChartButKeptWholeInTheDescription() throws {
        let label = "Meeting with the foster carer to share what works at home and at school"
        let bar = BarChart.Bar(label: label, parts: [.init(value: 2, cls: "lvl-2", name: "")])
        let svg = try #require(BarChart.chart(id: "long", title: "Targets", bars: [bar], unit: BarChart.targets))
        let caption = BarChart.caption(label, "2 targets")
        #expect(caption.count <= BarChart.captionLength)
        #expect(caption.hasSuffix("…: 2 targets"))
        #expect(svg.contains(">\(caption)</text>"))
        #expect(svg.contains("<desc id=\"long-desc\">\(label): 2 targets.</desc>"))
        #expect(BarChart.caption("Touch typing", "6 targets") == "Touch typing: 6 targets")
    }
}
