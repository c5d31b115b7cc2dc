import Foundation
import Testing

@testable import SSPWikiCore

/// Reading register exports as spreadsheet programs save them: encodings, separators, quoting.
@Suite struct RegisterReaderTests {
    static func read(_ bytes: [UInt8]) -> RegisterTable? {
        let (table, problems) = RegisterReader(file: "register.csv").read(bytes)
        #expect(problems.isEmpty, "\(problems)")
        return table
    }

    @Test func utf8WithAndWithoutAByteOrderMarkReadTheSame() throws {
        let text = "UPN,Legal Forename\r\nA1,Zoë\r\n"
        let plain = try #require(Self.read(Array(text.utf8)))
        let marked = try #require(Self.read([0xEF, 0xBB, 0xBF] + Array(text.utf8)))
        #expect(plain.header == ["UPN", "Legal Forename"] && marked.header == plain.header)
        #expect(marked.rows.map(\.cells) == [["A1", "Zoë"]] && plain.rows.map(\.cells) == [["A1", "Zoë"]])
        #expect(plain.encoding == .utf8 && marked.encoding == .utf8BOM)
    }

    @Test func windows1252IsReadWhenTheFileIsNotUTF8() throws {
        // "Zoë O’Neil" as Excel's "CSV (Comma delimited)" saves it on Windows.
        let bytes = Array("UPN,Name\r\nA1,Zo".utf8) + [0xEB] + Array(" O".utf8) + [0x92] + Array("Neil\r\n".utf8)
        let table = try #require(Self.read(bytes))
        #expect(table.encoding == .windows1252)
        #expect(table.rows.first?.cells == ["A1", "Zoë O’Neil"])
    }

    @Test func semicolonsSeparateWhenTheHeaderUsesThem() throws {
        let table = try #require(Self.read(Array("UPN;Name;Reg Group\nA1;\"Khan; Amelia\";3,K\n".utf8)))
        #expect(table.separator == ";")
        #expect(table.rows.first?.cells == ["A1", "Khan; Amelia", "3,K"])
    }

    @Test func quotedFieldsKeepCommasQuotesAndLineBreaksAndRowsAreCountedAsTheSpreadsheetShowsThem() throws {
        let text = "UPN,Name,Note\r\nA1,\"Khan, Amelia\",\"two\r\nlines\"\r\n\r\nA2,Bob,\"say \"\"hi\"\"\"\r\n"
        let table = try #require(Self.read(Array(text.utf8)))
        #expect(table.rows.map(\.cells) == [["A1", "Khan, Amelia", "two\nlines"], ["A2", "Bob", "say \"hi\""]])
        #expect(table.rows.map(\.number) == [2, 4])
    }

    @Test func shortRowsAreFilledWithEmptyCells() throws {
        let table = try #require(Self.read(Array("UPN,Name,Class\nA1,Amy\n".utf8)))
        #expect(table.rows.first?.cells == ["A1", "Amy", ""])
    }

    @Test func aRegisterWithSemicolonsInWindows1252ImportsLikeTheUTF8One() {
        let fixture = Fixture(ImportContent.files)
        let text = ImportContent.csv(
            [ImportContent.amelia, ImportContent.row("Z9", "Dubois", "Zoë", dob: "02/10/2016", needs: ["SLCN"])],
            separator: ";")
        let bytes = text.unicodeScalars.map { $0 == "ë" ? UInt8(0xEB) : UInt8($0.value) }
        let (outcome, problems) = ImportContent.prepare(fixture.content, bytes: bytes)
        #expect(problems.isEmpty)
        #expect(outcome?.encoding == "Windows-1252")
        #expect(outcome?.created.map(\.name) == ["Zoë Dubois"])
        #expect(outcome?.created.map(\.path) == ["plans/zoe-dubois.md"])
    }
}
