import Foundation

/// Writes iCalendar text (RFC 5545): CRLF line ends, content lines folded at 75 octets
/// without splitting a UTF-8 character, and TEXT values escaped.
package struct ICalendar: Sendable {
    /// One all-day event.
    package struct Event: Sendable, Hashable {
        package var uid: String
        package var day: Day
        package var summary: String
        package var description: String?

        package init(uid: String, day: Day, summary: String, description: String? = nil) {
            self.uid = uid
            self.day = day
            self.summary = summary
            self.description = description
        }
    }

    /// The calendar's name, shown by clients that read `X-WR-CALNAME`.
    package var name: String
    /// DTSTAMP of every event: when the file was made (the build day, at midnight UTC).
    package var stamp: Day
    package var events: [Event]

    package init(name: String, stamp: Day, events: [Event]) {
        self.name = name
        self.stamp = stamp
        self.events = events
    }

    /// The calendar as a `.ics` file.
    package func text() -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//sspwiki//sspwiki \(SSPWikiVersion.current)//EN",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:" + ICalendar.escape(name),
        ]
        for event in events {
            lines += [
                "BEGIN:VEVENT",
                "UID:" + ICalendar.escape(event.uid),
                "DTSTAMP:" + ICalendar.basic(stamp) + "T000000Z",
                "DTSTART;VALUE=DATE:" + ICalendar.basic(event.day),
                "DTEND;VALUE=DATE:" + ICalendar.basic(event.day.adding(days: 1)),
                "SUMMARY:" + ICalendar.escape(event.summary),
            ]
            if let description = event.description { lines.append("DESCRIPTION:" + ICalendar.escape(description)) }
            lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICalendar.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// `20261211` for 11 December 2026.
    static func basic(_ day: Day) -> String { day.iso.replacingOccurrences(of: "-", with: "") }

    /// Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 3.3.11).
    package static func escape(_ text: String) -> String {
        var previousCR = false
        return text.replacingScalars { scalar in
            defer { previousCR = scalar == "\r" }
            switch scalar {
            case "\\": return "\\\\"
            case ";": return "\\;"
            case ",": return "\\,"
            case "\r": return "\\n"
            case "\n": return previousCR ? "" : "\\n"
            default:
                // Other control characters are not allowed in a content line.
                return scalar.value < 0x20 || scalar.value == 0x7F ? " " : nil
            }
        }
    }

    /// Folds a content line so no line is longer than 75 octets (RFC 5545 3.1): each
    /// continuation starts with one space, and no UTF-8 character is split.
    package static func fold(_ line: String) -> String {
        var out = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > 75 {
                out += "\r\n "
                octets = 1
            }
            out.unicodeScalars.append(scalar)
            octets += size
        }
        return out
    }
}
