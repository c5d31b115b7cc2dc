import Testing

@testable import SSPWikiCore

/// The node tree read from libyaml's events: values exactly as written, where each starts, and
/// the YAML 1.1 forms the content relies on.
@Suite("YAML node tree")
struct YAMLComposerTests {
    func read(_ yaml: String) throws -> Node {
        try #require(try YAMLComposer.read(yaml).get())
    }

    func scalar(_ node: Node?) -> Node.Scalar? {
        if case .scalar(let scalar)? = node { return scalar }
        return nil
    }

    @Test func everyKeyAndValueHasItsLineAndColumnInCharacters() throws {
        let root = try read("name: Zoë Ashworth\nclass: Öwls\ntargets:\n  - id: T1\n    by: 2026-12-11\n")
        guard case .mapping(let pairs) = root else {
            Issue.record("not a mapping")
            return
        }
        #expect(pairs.map { $0.key.string } == ["name", "class", "targets"])
        #expect(pairs.map(\.key.mark) == [.init(line: 1, column: 1), .init(line: 2, column: 1), .init(line: 3, column: 1)])
        #expect(pairs[1].value.mark == Node.Mark(line: 2, column: 8))
        guard case .sequence(let items)? = root["targets"] else {
            Issue.record("targets is not a list")
            return
        }
        #expect(items.mark == Node.Mark(line: 4, column: 3))
        #expect(items[0].mark == Node.Mark(line: 4, column: 5))
        #expect(scalar(items[0]["by"])?.mark == Node.Mark(line: 5, column: 9))
        #expect(scalar(items[0]["by"])?.string == "2026-12-11")
    }

    @Test func scalarsKeepTheirTextAndHowTheyWereWritten() throws {
        let root = try read("a: yes\nb: 'no'\nc: \"null\"\nd: ~\ne:\nf: 012\ng: !!str 12\n")
        #expect(scalar(root["a"]).map { ($0.string, $0.style) } ?? ("", .folded) == ("yes", .plain))
        #expect(scalar(root["b"])?.style == .singleQuoted)
        #expect(scalar(root["c"]).map { ($0.string, $0.style) } ?? ("", .folded) == ("null", .doubleQuoted))
        #expect(scalar(root["d"])?.string == "~")
        #expect(scalar(root["e"])?.string == "")
        #expect(scalar(root["f"])?.string == "012")
        #expect(scalar(root["g"]).map { ($0.string, $0.tag) } ?? ("", nil) == ("12", "tag:yaml.org,2002:str"))
        let reader = FieldReader(file: "x.md", firstLine: 2)
        #expect(
            [root["a"], root["b"], root["c"], root["d"], root["e"]].map { reader.isNull($0!) } == [
                false, false, false, true, true,
            ])
    }

    @Test func blockScalarsAreLiteralOrFolded() throws {
        let root = try read("a: |\n  line one\n  line two\nb: >-\n  folded\n  text\n\n  next\n")
        #expect(scalar(root["a"]).map { ($0.string, $0.style) } ?? ("", .plain) == ("line one\nline two\n", .literal))
        #expect(scalar(root["b"]).map { ($0.string, $0.style) } ?? ("", .plain) == ("folded text\nnext", .folded))
    }

    @Test func flowListsAndMappingsAreReadLikeBlockOnes() throws {
        let root = try read("flags: [eal, send]\nmap: {a: b, c: [d]}\n")
        guard case .sequence(let flags)? = root["flags"] else {
            Issue.record("flags is not a list")
            return
        }
        #expect(flags.map(\.string) == ["eal", "send"])
        #expect(flags[1].mark == Node.Mark(line: 1, column: 14))
        #expect(root["map"]?["a"]?.string == "b")
        guard case .sequence(let inner)? = root["map"]?["c"] else {
            Issue.record("c is not a list")
            return
        }
        #expect(inner.map(\.string) == ["d"])
    }

    @Test func anAliasRepeatsTheAnchoredValue() throws {
        let root = try read("teacher: &t Ms Patel\ncase_holder: *t\nbase: &b {who: TA}\ncopy: *b\n")
        #expect(root["case_holder"]?.string == "Ms Patel")
        #expect(root["copy"]?["who"]?.string == "TA")
        // The copy keeps the place of the anchored value, which starts at its `&t`.
        #expect(root["case_holder"]?.mark == Node.Mark(line: 1, column: 10))
    }

    @Test func aKeyWrittenTwiceAnywhereIsAnErrorAtItsFirstPlace() {
        let result = YAMLComposer.read("name: A\nneeds:\n  - indes: x\n    level: 1\n    indes: y\n")
        #expect(result.failure == YAMLSyntaxError(.duplicateKeys, at: Node.Mark(line: 3, column: 5), name: "indes"))
    }

    @Test func nothingButCommentsIsNoDocument() throws {
        #expect(try YAMLComposer.read("# only a comment\n\n").get() == nil)
        #expect(try YAMLComposer.read("").get() == nil)
    }

    @Test func aSecondDocumentIsAnError() {
        let result = YAMLComposer.read("setting: A\n---\nsetting: B\n")
        #expect(result.failure == YAMLSyntaxError(.secondDocument, at: Node.Mark(line: 2, column: 1)))
    }

    @Test func nestingIsReadToALimitAndBeyondItIsAnError() throws {
        func nested(_ depth: Int) -> String {
            "a: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
        }
        var node = try read(nested(63))["a"]
        var levels = 0
        while case .sequence(let items)? = node {
            levels += 1
            node = items.first
        }
        #expect(levels == 63)
        #expect(YAMLComposer.read(nested(100_000)).failure == YAMLSyntaxError(.tooDeep, at: Node.Mark(line: 1, column: 4 + 63)))
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
