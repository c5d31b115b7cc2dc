import Foundation
import Testing

@testable import SSPWikiCore

/// reviews.ics follows RFC 5545: CRLF lines of at most 75 octets, folded without splitting a
/// character, escaped TEXT, a UID and DTSTAMP per event, all-day events.
@Suite("Review calendar (RFC 5545)")
struct ICalendarTests {
    /// Undoes folding (RFC 5545 3.1): a CRLF followed by one space or tab is removed.
    static func unfold(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n\t", with: "")
            .components(separatedBy: "\r\n").dropLast().map { $0 }
    }

    static func checkLines(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(text.hasSuffix("\r\n"), sourceLocation: sourceLocation)
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "a bare LF", sourceLocation: sourceLocation)
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"), "a bare CR", sourceLocation: sourceLocation)
        for line in text.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75, "\(line.utf8.count) octets: \(line)", sourceLocation: sourceLocation)
        }
    }

    @Test func longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        let summary = String(repeating: "Zoë Ødegård – ", count: 12)
        let calendar = ICalendar(
            name: "Reviews", stamp: Day(iso: "2026-11-29")!,
            events: [.init(uid: "a@b", day: Day(iso: "2026-12-11")!, summary: summary)])
        let text = calendar.text()
        Self.checkLines(text)
        // Each folded piece is valid UTF-8 on its own, so no character was cut in two.
        for piece in text.components(separatedBy: "\r\n") {
            #expect(String(validating: Array(piece.utf8), as: UTF8.self) != nil)
        }
        let folded = text.components(separatedBy: "\r\n").filter { $0.hasPrefix(" ") }
        #expect(folded.count >= 3)
        #expect(Self.unfold(text).contains("SUMMARY:" + summary))
    }

    @Test func textValuesAreEscaped() {
        #expect(ICalendar.escape("Mum, Dad; and \\ notes\nline two") == "Mum\\, Dad\\; and \\\\ notes\\nline two")
        #expect(ICalendar.escape("a\r\nb") == "a\\nb")
    }

    @Test func foldingCountsOctetsNotCharacters() {
        let line = "SUMMARY:" + String(repeating: "é", count: 60)  // 8 + 120 octets
        let folded = ICalendar.fold(line)
        let pieces = folded.components(separatedBy: "\r\n")
        #expect(pieces[0].utf8.count == 75 || pieces[0].utf8.count == 74)
        #expect(pieces.allSatisfy { $0.utf8.count <= 75 })
        #expect(pieces.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(pieces.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == line)
    }

    @Test func theCalendarHasOneAllDayEventPerActivePlanWithInitials() throws {
        let site = Fixture(ViewsContent.files)
        site.buildExpectingSuccess()
        let text = site.page("reviews.ics")
        Self.checkLines(text)
        let lines = Self.unfold(text)
        #expect(lines.first == "BEGIN:VCALENDAR" && lines.last == "END:VCALENDAR")
        #expect(lines.contains("VERSION:2.0") && lines.contains { $0.hasPrefix("PRODID:") })
        let uids = lines.filter { $0.hasPrefix("UID:") }
        #expect(uids.count == 2, "Amy and Jacob are active; the archived and draft plans have no event")
        #expect(Set(uids).count == uids.count)
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 2)
        #expect(lines.filter { $0 == "DTSTAMP:20261129T000000Z" }.count == 2)
        #expect(lines.contains("DTSTART;VALUE=DATE:20261204") && lines.contains("DTEND;VALUE=DATE:20261205"))
        #expect(lines.contains("SUMMARY:Support plan review: A.K. (amy-khan)"))
        #expect(!text.contains("Amy Khan") && !text.contains("Jacob Khan"), "full names only when the setting asks")
    }

    @Test func fullNamesWhenTheSettingAsksForThem() {
        let site = Fixture(ViewsContent.files) {
            $0["site.yml"] = $0["site.yml"]!.replacingOccurrences(
                of: "calendar_full_names: false", with: "calendar_full_names: true")
        }
        site.buildExpectingSuccess()
        let lines = Self.unfold(site.page("reviews.ics"))
        #expect(lines.contains("SUMMARY:Support plan review: Amy Khan"))
    }

    @Test func theUIDStaysTheSameWhenTheReviewDateMoves() {
        let before = Fixture(ViewsContent.files)
        before.buildExpectingSuccess()
        let after = Fixture(ViewsContent.files) {
            $0["plans/amy-khan.md"] = $0["plans/amy-khan.md"]!.replacingOccurrences(of: "2026-12-04", with: "2027-01-15")
        }
        after.buildExpectingSuccess()
        let uid = { (site: Fixture) in Self.unfold(site.page("reviews.ics")).filter { $0.contains("amy-khan@") } }
        #expect(uid(before) == uid(after) && uid(before).count == 1)
    }
}
