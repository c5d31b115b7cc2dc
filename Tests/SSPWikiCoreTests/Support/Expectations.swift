import Foundation
import Testing

@testable import SSPWikiCore

/// In tests, `SourceLocation` is the content position of a diagnostic (swift-testing has its own).
typealias SourceLocation = SSPWikiCore.SourceLocation

extension Array where Element == Diagnostic {
    var errors: [Diagnostic] { filter { $0.severity == .error } }
    var warnings: [Diagnostic] { filter { $0.severity == .warning } }

    /// Diagnostics about `file` whose message contains `text`.
    func about(_ file: String, _ text: String = "") -> [Diagnostic] {
        filter { $0.file == file && (text.isEmpty || $0.message.contains(text)) }
    }
}

/// The single diagnostic about `file` whose message contains `text`; records an issue (listing
/// everything that was reported) when there is none or more than one.
@discardableResult
func single(
    _ diagnostics: [Diagnostic], _ file: String, _ text: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> Diagnostic? {
    let found = diagnostics.about(file, text)
    if found.count != 1 {
        Issue.record(
            "expected one diagnostic in \(file) containing '\(text)', found \(found.count):\n\(Fixture.formatted(diagnostics))",
            sourceLocation: sourceLocation)
    }
    return found.first
}

/// Builds the minimal content, then changes it with `change` and builds again. The second build
/// must fail and leave the first site byte-for-byte as it was. Returns the second build's diagnostics.
func rejectedBuild(
    _ change: (Fixture) -> Void,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> [Diagnostic] {
    let fixture = Fixture(minimal: { _ in })
    let first = fixture.build()
    #expect(first.succeeded, "the minimal content must build: \(first.diagnostics)", sourceLocation: sourceLocation)
    let before = fixture.siteSnapshot()
    #expect(!before.isEmpty, sourceLocation: sourceLocation)
    change(fixture)
    let second = fixture.build()
    #expect(!second.succeeded, "the build should have failed", sourceLocation: sourceLocation)
    #expect(second.filesWritten == 0, sourceLocation: sourceLocation)
    #expect(fixture.siteSnapshot() == before, "a failed build changed the previous site", sourceLocation: sourceLocation)
    return second.diagnostics
}

/// Builds the minimal content changed by `change`; records an issue if the build fails.
@discardableResult
func builtSite(
    _ change: (inout [String: String]) -> Void = { _ in },
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> (Fixture, BuildReport) {
    let fixture = Fixture(minimal: change)
    return (fixture, fixture.buildExpectingSuccess(sourceLocation: sourceLocation))
}

extension Dictionary where Key == String, Value == String {
    /// Replaces `old` with `new` in the file at `path`; records an issue if `old` is not there.
    mutating func edit(
        _ path: String, replacing old: String, with new: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        guard let text = self[path], text.contains(old) else {
            Issue.record("'\(old)' is not in \(path)", sourceLocation: sourceLocation)
            return
        }
        self[path] = text.replacingOccurrences(of: old, with: new)
    }
}

/// The 1-based line and column where `needle` first occurs in `text`, or (0, 0).
func position(of needle: String, in text: String) -> (line: Int, column: Int) {
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        if let range = line.range(of: needle) {
            return (index + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1)
        }
    }
    return (0, 0)
}
