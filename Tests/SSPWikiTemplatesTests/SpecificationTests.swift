import Foundation
import Testing

@testable import SSPWikiTemplates

/// The official Mustache specification suite (mustache/spec), read from
/// `shared/test-data/mustache-spec/` beside the package (or beside one of its parent folders).
///
/// Every test of the required modules (comments, delimiters, interpolation, inverted, partials,
/// sections) and of the optional `~inheritance` module must pass. Skipped, with the reason:
/// - `~lambdas` (all tests): lambdas are code in the data; sspwiki's contexts are plain values
///   built by the library, and themes cannot ship code.
/// - `~dynamic-names` (all tests): `{{>*name}}` picks a partial by a value; the theme names its
///   partials statically, which is what lets templates be compiled and checked at load.
@Suite("Mustache specification")
struct SpecificationTests {
    static let modules = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance"]

    @Test("every test of a module renders exactly as the specification expects", arguments: modules)
    func module(_ module: String) throws {
        guard let folder = SpecificationData.folder else {
            Issue.record(
                "the Mustache specification tests were not found: expected a folder shared/test-data/mustache-spec beside \(SpecificationData.packageRoot) or one of its parent folders"
            )
            return
        }
        let url = URL(fileURLWithPath: folder + "/\(module).json")
        guard let data = try? Data(contentsOf: url) else {
            Issue.record("\(url.path) is missing")
            return
        }
        let tests = try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["tests"] as? [[String: Any]])
        #expect(!tests.isEmpty, "\(module).json holds no tests")
        for test in tests {
            let name = test["name"] as? String ?? "?"
            let template = try #require(test["template"] as? String)
            let expected = try #require(test["expected"] as? String)
            var sources = (test["partials"] as? [String: String]) ?? [:]
            sources[SpecificationData.templateName] = template
            let library: TemplateLibrary
            do {
                library = try TemplateLibrary(sources)
            } catch {
                Issue.record("\(module) – \(name): does not compile: \(error)")
                continue
            }
            let context = SpecificationData.value(test["data"] ?? NSNull())
            let rendered = library.render(SpecificationData.templateName, value: context)
            #expect(rendered == expected, "\(module) – \(name): \(test["desc"] as? String ?? "")")
        }
    }
}
