import Testing

@testable import SSPWikiCore

@Suite struct YAMLScalarTests {
    @Test(arguments: [
        "Amelia Khan", "O'Brien", "Khan: Amelia", "#1 fan", "yes", "No", "null", "2026-09-08", "12",
        "- dash", "[list]", "a \"quoted\" name", "back\\slash", " padded ", "Zoë Ashworth-Smith", "a #hash",
    ])
    func everyValueReadsBackAsTheSameText(text: String) throws {
        let yaml = "name: " + YAMLScalar.encode(text) + "\n"
        let root = try #require(try YAMLComposer.read(yaml).get())
        guard case .scalar(let scalar)? = root["name"] else {
            Issue.record("'name' is not read as one value from \(yaml)")
            return
        }
        #expect(scalar.string == text)
        // Any YAML 1.1 reader must take it as text too: a value left plain must not look like
        // a boolean, null, number or date there.
        #expect(scalar.style != .plain || !Self.typedByYAML11(text), "\(yaml) would not be text to another reader")
    }

    @Test func ordinaryNamesStayUnquoted() {
        #expect(YAMLScalar.encode("Amelia Khan") == "Amelia Khan")
        #expect(YAMLScalar.encode("Khan: Amelia") == "\"Khan: Amelia\"")
    }

    /// YAML 1.1's implicit types (bool, null, int, float, timestamp), from the type repository.
    static func typedByYAML11(_ text: String) -> Bool {
        let patterns = [
            "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF",
            "~|null|Null|NULL|",
            "[-+]?(0b[01_]+|0[0-7_]+|(0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+|[1-9][0-9_]*(:[0-5]?[0-9])+)",
            "[-+]?([0-9][0-9_]*)?\\.[0-9.]*([eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)",
            "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?",
        ]
        return patterns.contains { (try? Regex($0).wholeMatch(in: text)) != nil }
    }
}
