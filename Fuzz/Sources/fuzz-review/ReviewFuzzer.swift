// libFuzzer target: a plan file through `sspwiki review`'s front-matter editor: split line by
// line (unchanged, it must give back the same text) and a whole review recorded, which edits
// the front matter and reads the result back with the plan parser (scripts/fuzz runs it).
import FuzzDriver

@testable import SSPWikiCore

@_cdecl("LLVMFuzzerTestOneInput")
package func fuzzReview(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let editor = FrontMatterEditor(text: text), editor.text != text {
        fatalError("the front-matter editor changed a file it was not asked to edit")
    }
    _ = PlanReviewer().review(text: text, path: "plans/fuzz-plan.md", date: nil)
    return 0
}

@_cdecl("fuzz_review_main")
package func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzReview)
}
