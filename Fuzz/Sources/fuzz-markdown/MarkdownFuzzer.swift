// libFuzzer target: a Markdown body through cmark-gfm, the section splitter, heading ids, the
// wiki-link scanner and its placeholders, and the glossary marking (scripts/fuzz runs it).
import FuzzDriver

@testable import SSPWikiCore

private let markdown = MarkdownParser(glossaryTerms: ["SALT", "TA", "Pupil premium", "Case holder"])

@_cdecl("LLVMFuzzerTestOneInput")
package func fuzzMarkdown(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let document = markdown.parse(text, file: "plans/fuzz.md", firstLine: 5, reservedAnchors: ["review"])
    for link in document.links where link.location.line < 5 {
        fatalError("wiki link placed above the body's first line: \(link)")
    }
    return 0
}

@_cdecl("fuzz_markdown_main")
package func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzMarkdown)
}
