// libFuzzer target: a content file of any kind through the front-matter split, libyaml's
// events, the field reader and the plan, catalogue and page parsers (scripts/fuzz runs it).
import FuzzDriver

@testable import SSPWikiCore

private let markdown = MarkdownParser(glossaryTerms: ["SALT", "TA", "Pupil premium"])
private let kinds: [(SourceKind, String)] = [
    (.plan, "plans/fuzz-plan.md"), (.indes, "indes/fuzz.md"),
    (.peass, "peass/fuzz.md"), (.page, "pages/fuzz.md"),
]

@_cdecl("LLVMFuzzerTestOneInput")
package func fuzzFrontMatter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    // The first byte picks the kind of file; the rest is its text.
    let (kind, path) = kinds[Int(bytes.first ?? 0) % kinds.count]
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    _ = ContentParser.parseDocument(SourceFile(path: path, kind: kind, text: text), markdown: markdown)
    return 0
}

@_cdecl("fuzz_front_matter_main")
package func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzFrontMatter)
}
