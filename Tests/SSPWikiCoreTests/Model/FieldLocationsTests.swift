import Testing

@testable import SSPWikiCore

@Suite("Field locations")
struct FieldLocationsTests {
    static func at(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: "plans/amy.md", line: line, column: column)
    }

    static func sample() -> FieldLocations {
        var locations = FieldLocations(file: "plans/amy.md")
        locations.record("name", at(2, 1))
        locations.recordText(FieldText(path: "name", text: "Amy Khan", location: at(2, 7), columnsExact: true))
        locations.record("targets", at(5, 1))
        locations.record("targets[0]", at(6, 3))
        locations.record("targets[0].by", at(7, 5))
        locations.recordText(FieldText(path: "targets[0].by", text: "Mrs Ford", location: at(7, 9), columnsExact: true))
        locations.record("confidential.medical", at(9, 3))
        locations.recordText(FieldText(path: "confidential.medical", text: "Asthma", location: at(9, 12), columnsExact: false))
        locations.record("mis_id", at(10, 1))
        locations.recordText(FieldText(path: "mis_id", text: "A123", location: at(10, 9), columnsExact: true))
        return locations
    }

    @Test("a field's place, else its nearest recorded parent's, else the top of the file")
    func lookup() {
        let locations = Self.sample()
        #expect(locations.location(of: "targets[0].by") == Self.at(7, 5))
        #expect(locations.location(of: "targets[0].measure") == Self.at(6, 3))
        #expect(locations.location(of: "targets[3].by") == Self.at(5, 1))
        #expect(locations.location(of: "review") == Self.at(1, 1))
        #expect(locations.contains("targets[0]"))
        #expect(!locations.contains("targets[0].b"))
        #expect(!locations.contains("target"))
    }

    @Test("the last place and text recorded for a path count")
    func lastWins() {
        var locations = Self.sample()
        locations.record("name", Self.at(3, 1))
        locations.recordText(FieldText(path: "name", text: "Amy K", location: Self.at(3, 7), columnsExact: true))
        #expect(locations.location(of: "name") == Self.at(3, 1))
        let names = locations.texts.filter { $0.path == "name" }
        #expect(names.map(\.text) == ["Amy K"])
        #expect(names.map(\.location) == [Self.at(3, 7)])
    }

    @Test("texts come in file order with their paths, and a forgotten one is gone")
    func texts() {
        var locations = Self.sample()
        locations.forgetText("mis_id")
        let texts = locations.texts
        #expect(texts.map(\.path) == ["name", "targets[0].by", "confidential.medical"])
        #expect(texts.map(\.text) == ["Amy Khan", "Mrs Ford", "Asthma"])
        #expect(texts.map(\.columnsExact) == [true, true, false])
        #expect(locations.contains("mis_id"))
    }

    @Test("keeping drops the paths refused with their texts, and keeping all changes nothing")
    func keeping() {
        let locations = Self.sample()
        #expect(locations.keeping { _ in true } == locations)
        let kept = locations.keeping { !$0.hasPrefix("confidential") }
        #expect(!kept.contains("confidential.medical"))
        #expect(kept.location(of: "confidential.medical") == Self.at(1, 1))
        #expect(kept.texts.map(\.path) == ["name", "targets[0].by", "mis_id"])
        #expect(kept.location(of: "targets[0].by") == Self.at(7, 5))
        #expect(kept.compacted() == kept)
    }
}
