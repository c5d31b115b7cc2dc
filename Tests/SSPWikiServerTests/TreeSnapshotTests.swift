import Foundation
import Testing

@testable import SSPWikiServer

@Suite struct TreeSnapshotTests {
    @Test func editsNewFilesDeletionsAndRenamesChangeTheSnapshotButHiddenFilesDoNot() throws {
        let fm = FileManager.default
        let root = NSTemporaryDirectory() + "sspwiki-snapshot-" + UUID().uuidString
        defer { try? fm.removeItem(atPath: root) }
        try fm.createDirectory(atPath: root + "/plans/year-7", withIntermediateDirectories: true)
        try "one".write(toFile: root + "/plans/year-7/amy.md", atomically: false, encoding: .utf8)
        try "site".write(toFile: root + "/site.yml", atomically: false, encoding: .utf8)
        var last = TreeSnapshot.take([root])
        #expect(Set(last.files.keys) == [root + "/plans/year-7/amy.md", root + "/site.yml"])

        func changed(_ change: () throws -> Void) rethrows -> Bool {
            try change()
            let now = TreeSnapshot.take([root])
            defer { last = now }
            return now != last
        }
        #expect(try changed { try "one, two".write(toFile: root + "/plans/year-7/amy.md", atomically: false, encoding: .utf8) })
        #expect(try changed { try "new".write(toFile: root + "/plans/ben.md", atomically: false, encoding: .utf8) })
        #expect(try changed { try fm.moveItem(atPath: root + "/plans/ben.md", toPath: root + "/plans/year-7/ben.md") })
        #expect(try changed { try fm.removeItem(atPath: root + "/plans/year-7/ben.md") })
        #expect(try !changed { try "swap".write(toFile: root + "/plans/.amy.md.swp", atomically: false, encoding: .utf8) })
        #expect(try !changed { try fm.createDirectory(atPath: root + "/.git/objects", withIntermediateDirectories: true) })
    }
}
