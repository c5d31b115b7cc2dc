/// The version of sspwiki, shown by `--version` and in the cache key of later builds.
package enum SSPWikiVersion {
    package static let current = "0.1.0"

    /// The version and the running executable's size, modification time and inode, for the
    /// build caches: a rebuilt tool (a fix made between releases, or a developer's build)
    /// renders every page again instead of keeping pages the previous build made.
    static let build: String = {
        guard let exe = FileStat.following("/proc/self/exe") else { return current }
        return "\(current) \(exe.size) \(exe.modified) \(exe.inode)"
    }()
}
