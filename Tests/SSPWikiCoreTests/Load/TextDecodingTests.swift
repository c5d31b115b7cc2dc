import Testing

@testable import SSPWikiCore

@Suite("Text decoding: every file is UTF-8")
struct TextDecodingTests {
    @Test func aNonUTF8FileIsAnErrorAtTheLineOfTheBadByte() {
        // "medical: Caf\xE9" saved as Latin-1 on line 6.
        let head = Array("---\nname: Test Child\nstage: sen-support\nstart: 2026-09-08\nreview: 2026-12-11\nmedical: Caf".utf8)
        let bytes = head + [0xE9] + Array(" au lait allergy\n---\nBody.\n".utf8)
        let diagnostics = rejectedBuild { $0.writeBytes("plans/child.md", bytes) }
        let error = single(diagnostics, "plans/child.md", "file is not valid UTF-8 text")
        #expect(error?.severity == .error)
        #expect(error?.location == SourceLocation(file: "plans/child.md", line: 6, column: 13))
        #expect(error?.hint?.contains("UTF-8") == true)
    }

    @Test func aBadByteInSiteSettingsIsReportedToo() {
        let bytes = Array("setting: Kestrel\n\n".utf8) + [0xFF, 0xFE] + Array("phase: primary\n".utf8)
        let diagnostics = rejectedBuild { $0.writeBytes("site.yml", bytes) }
        #expect(
            single(diagnostics, "site.yml", "not valid UTF-8 text (byte 0xFF)")?.location
                == SourceLocation(file: "site.yml", line: 3, column: 1))
    }

    @Test func decodingFindsTruncatedAndOverlongSequences() {
        switch TextDecoding.decode(Array("ab\ncd".utf8) + [0xE2, 0x82]) {
        case .success: Issue.record("a truncated sequence was accepted")
        case .failure(let bad): #expect((bad.line, bad.column, bad.byte) == (2, 3, 0xE2))
        }
        switch TextDecoding.decode([0x41, 0xC0, 0x80]) {
        case .success: Issue.record("an overlong encoding was accepted")
        case .failure(let bad): #expect((bad.line, bad.column, bad.byte) == (1, 2, 0xC0))
        }
    }

    @Test
    func theMessageNamesTheByteAtTheReportedColumn() {
        // Latin-1 "é" (0xE9) followed by a space: the column points at 0xE9, so the message must name 0xE9.
        switch TextDecoding.decode(Array("Caf".utf8) + [0xE9] + Array(" au lait".utf8)) {
        case .success: Issue.record("Latin-1 text was accepted")
        case .failure(let bad): #expect((bad.line, bad.column, bad.byte) == (1, 4, 0xE9))
        }
    }

    @Test
    func anEncodedSurrogateIsReportedOnItsOwnLine() {
        switch TextDecoding.decode(Array("ab".utf8) + [0xED, 0xA0, 0x80] + Array("\nline two\nline three\n".utf8)) {
        case .success: Issue.record("an encoded surrogate was accepted")
        case .failure(let bad): #expect((bad.line, bad.column, bad.byte) == (1, 3, 0xED))
        }
        switch TextDecoding.decode(Array("x\n".utf8) + [0xE0, 0x80, 0x80] + Array("\nmore\n".utf8)) {
        case .success: Issue.record("an overlong encoding was accepted")
        case .failure(let bad): #expect((bad.line, bad.column, bad.byte) == (2, 1, 0xE0))
        }
    }

    @Test func columnsCountCharactersNotBytes() {
        switch TextDecoding.decode(Array("é€😀".utf8) + [0x80]) {
        case .success: Issue.record("a stray continuation byte was accepted")
        case .failure(let bad): #expect((bad.line, bad.column, bad.byte) == (1, 4, 0x80))
        }
    }

    @Test func aByteOrderMarkAndWindowsLineEndingsAreAccepted() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: Notes\r\n---\r\nHello.\r\n".utf8)
        let text = try TextDecoding.decode(bytes).get()
        #expect(text == "---\ntitle: Notes\n---\nHello.\n")

        let fixture = Fixture(minimal: { _ in })
        fixture.writeBytes("pages/windows.md", bytes)
        let (model, _, diagnostics) = fixture.analyse()
        #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
        #expect(model?.pages.first { $0.id == "windows" }?.title == "Notes")
    }
}
