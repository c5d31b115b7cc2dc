import Testing

@testable import SSPWikiCore

/// provision-map.csv follows RFC 4180: CRLF records, fields with commas, quotes or line breaks quoted.
@Suite("Provision map CSV (RFC 4180)")
struct CSVTests {
    /// A strict RFC 4180 reader, to read back what was written.
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            let next = text.index(after: index)
            if quoted {
                if c == "\"" {
                    if next < text.endIndex && text[next] == "\"" {
                        field.append("\"")
                        index = text.index(after: next)
                        continue
                    }
                    quoted = false
                } else {
                    field.append(c)
                }
            } else if c == "\"" && field.isEmpty {
                quoted = true
            } else if c == "," {
                record.append(field)
                field = ""
            } else if c == "\r\n" {
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                field.append(c)
            }
            index = next
        }
        return records
    }

    @Test func fieldsWithCommasQuotesAndLineBreaksAreQuoted() {
        #expect(CSV.field("plain") == "plain")
        #expect(CSV.field("a, b") == "\"a, b\"")
        #expect(CSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSV.field("two\nlines") == "\"two\nlines\"")
        #expect(CSV.field("two\r\nlines") == "\"two\r\nlines\"")
        let text = CSV.text([["a", "b, c"], ["\"q\"", "x\ny"]])
        #expect(text == "a,\"b, c\"\r\n\"\"\"q\"\"\",\"x\ny\"\r\n")
        #expect(Self.parse(text) == [["a", "b, c"], ["\"q\"", "x\ny"]])
    }

    @Test func textThatASpreadsheetWouldRunAsAFormulaIsKeptAsText() {
        #expect(CSV.field("=SUM(A1)") == "'=SUM(A1)")
        #expect(CSV.field("@cmd") == "'@cmd")
    }

    @Test func theProvisionMapHasOneRowPerChildAndProvision() throws {
        let site = Fixture(ViewsContent.files) {
            $0["plans/amy-khan.md"] = $0["plans/amy-khan.md"]!.replacingOccurrences(
                of: "what: Language group\n", with: "what: \"Language group, with \\\"talk partners\\\"\\nand games\"\n")
        }
        site.buildExpectingSuccess()
        let text = site.page("provision-map.csv")
        let records = Self.parse(text)
        #expect(records.count == 4, "header + Amy's two additional provisions + Jacob's one")
        #expect(records.allSatisfy { $0.count == ProvisionMapCSV.header.count })
        #expect(records[0] == ProvisionMapCSV.header)
        let row = try #require(records.first { $0.first == "Amy Khan" && $0[4].hasPrefix("Language group") })
        #expect(row[4] == "Language group, with \"talk partners\"\nand games")
        #expect(Array(row[6...12]) == ["TA (Mrs Hill)", "TA", "3 per week", "20", "60.0", "15.00", "195.00"])
        let jacob = try #require(records.first { $0.first == "Jacob Khan" })
        #expect(jacob[10] == "" && jacob[15] == "not quantified")
    }
}
