// libFuzzer target: glossary terms (the input's first line, split at `|`) matched in the
// rest of the input, as the renderer and the quality rules match them (scripts/fuzz runs it).
import FuzzDriver

@testable import SSPWikiCore

@_cdecl("LLVMFuzzerTestOneInput")
package func fuzzGlossary(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let parts = input.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    let terms = (parts.first ?? "").split(separator: "|").map(String.init)
    let text = parts.count > 1 ? String(parts[1]) : ""
    let matcher = GlossaryMatcher(terms: terms)
    let tokens = WordScanner.tokens(in: text)
    for match in matcher.matches(in: tokens)
    where !tokens.indices.contains(match.tokens.lowerBound)
        || match.tokens.upperBound > tokens.count
    {
        fatalError("match outside the text's tokens: \(match)")
    }
    _ = matcher.terms(in: text)
    return 0
}

@_cdecl("fuzz_glossary_main")
package func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzGlossary)
}
