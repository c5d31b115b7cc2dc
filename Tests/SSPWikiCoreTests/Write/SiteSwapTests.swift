import Foundation
import Testing

@testable import SSPWikiCore

/// At every instant the output path holds the whole previous site or the whole new one, and
/// what a killed build leaves beside it is removed by the next build.
@Suite("Swapping the new site in")
struct SiteSwapTests {
    /// A previous site and a finished staging folder beside it.
    func folders() throws -> (root: String, output: String, staging: String) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("swap-\(UUID().uuidString)").path
        let output = root + "/site"
        let staging = root + "/" + StagingLeftovers.stagingName(for: "site")
        for (folder, text) in [(output, "old"), (staging, "new")] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try text.write(toFile: folder + "/index.html", atomically: true, encoding: .utf8)
        }
        return (root, output, staging)
    }

    func index(_ output: String) -> String? { try? String(contentsOfFile: output + "/index.html", encoding: .utf8) }

    @Test func theExchangeSwapsTheSitesAndRemovesThePreviousOne() throws {
        let (root, output, staging) = try folders()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try SiteSwap().swap(staging: staging, output: output)
        #expect(index(output) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["site"])
    }

    @Test func aFailedExchangeLeavesThePreviousSite() throws {
        let (root, output, staging) = try folders()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var swap = SiteSwap()
        swap.exchange = { _, _ in EIO }
        #expect(throws: SiteSwap.Failure.self) { try swap.swap(staging: staging, output: output) }
        #expect(index(output) == "old")
    }

    @Test func aBuildKilledAfterTheExchangeLeavesTheNewSiteAndTheNextBuildRemovesTheOld() throws {
        let (root, output, staging) = try folders()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var swap = SiteSwap()
        swap.remove = { _ in }  // killed before the previous site was deleted
        try swap.swap(staging: staging, output: output)
        #expect(index(output) == "new")
        // The next build is another process: the pid in the leftover's name is no longer running.
        let leftover = root + "/.site.tmp-\(Self.deadPID())-0badf00d"
        try FileManager.default.moveItem(atPath: staging, toPath: leftover)
        try FileManager.default.createDirectory(atPath: root + "/site.old-1234abcd", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/site-notes", withIntermediateDirectories: true)
        #expect(StagingLeftovers(output: output).find() == [leftover, root + "/site.old-1234abcd"].sorted())
        StagingLeftovers(output: output).removeAll()
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == ["site", "site-notes"])
    }

    @Test func aRunningBuildsStagingFolderIsLeftAlone() throws {
        let (root, output, staging) = try folders()
        defer { try? FileManager.default.removeItem(atPath: root) }
        StagingLeftovers(output: output).removeAll()
        #expect(FileManager.default.fileExists(atPath: staging))
    }

    @Test func withoutTheExchangeTwoRenamesPutThePreviousSiteBackWhenTheSecondFails() throws {
        let (root, output, staging) = try folders()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var swap = SiteSwap()
        swap.exchange = { _, _ in ENOSYS }
        let renames = RenameCount()
        swap.rename = { from, to in
            renames.next() == 2 ? EIO : SiteSwap.systemRename(from, to)
        }
        #expect(throws: SiteSwap.Failure.self) { try swap.swap(staging: staging, output: output) }
        #expect(index(output) == "old")
        swap.rename = SiteSwap.systemRename
        try swap.swap(staging: staging, output: output)
        #expect(index(output) == "new")
    }

    static func deadPID() -> Int32 {
        var pid: Int32 = 4_000_000
        while StagingLeftovers.isRunning(pid) { pid -= 1 }
        return pid
    }
}

/// Counts calls to a swap step, which may be called from any thread.
private final class RenameCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    /// Counts one more call and returns how many there have been.
    func next() -> Int {
        lock.withLock {
            count += 1
            return count
        }
    }
}
