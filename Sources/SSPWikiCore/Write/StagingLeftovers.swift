import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Removes what killed builds left beside an output folder: staging folders
/// (`.<site>.tmp-<pid>-<id>`, which after an exchange may hold the previous site) whose build
/// is no longer running, and the `<site>.old-<id>` folders of earlier versions. Only folders
/// of exactly those names are touched.
struct StagingLeftovers {
    let output: String

    /// The staging folder name for a build run by this process.
    static func stagingName(for site: String) -> String {
        ".\(site).tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
    }

    /// The leftovers found now, by absolute path.
    func find() -> [String] {
        let parent = URL(fileURLWithPath: output).deletingLastPathComponent().path
        let site = URL(fileURLWithPath: output).lastPathComponent
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        return entries.filter { isLeftover($0, site: site) }.sorted().map { parent + "/" + $0 }
            .filter { FileStat.of($0)?.kind == .directory }
    }

    func removeAll() {
        for path in find() { try? FileManager.default.removeItem(atPath: path) }
    }

    func isLeftover(_ name: String, site: String) -> Bool {
        if name.hasPrefix(site + ".old-") { return true }
        let prefix = ".\(site).tmp-"
        guard name.hasPrefix(prefix) else { return false }
        let parts = name.dropFirst(prefix.count).split(separator: "-")
        guard parts.count >= 2, let pid = Int32(parts[0]) else { return false }
        return !Self.isRunning(pid)
    }

    static func isRunning(_ pid: Int32) -> Bool {
        if pid == ProcessInfo.processInfo.processIdentifier { return true }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}
