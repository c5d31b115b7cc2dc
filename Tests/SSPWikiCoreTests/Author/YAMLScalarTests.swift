import Testing
import Yams
@testable import SSPWikiCore

@Suite struct YAMLScalarTests {
    @Test(arguments: ["Amelia Khan", "O'Brien", "Khan: Amelia", "#1 fan", "yes", "No", "null", "2026-09-08", "12",
                      "- dash", "[list]", "a \"quoted\" name", "back\\slash", " padded ", "Zoë Ashworth-Smith", "a #hash"])
    func everyValueReadsBackAsTheSameText(text: String) throws {
        let yaml = "name: " + YAMLScalar.encode(text) + "\n"
        let node = try #require(try Yams.compose(yaml: yaml))
        #expect(node["name"]?.string == text)
        #expect(node["name"]?.tag.description == "tag:yaml.org,2002:str")
    }

    @Test func ordinaryNamesStayUnquoted() {
        #expect(YAMLScalar.encode("Amelia Khan") == "Amelia Khan")
        #expect(YAMLScalar.encode("Khan: Amelia") == "\"Khan: Amelia\"")
    }
}
