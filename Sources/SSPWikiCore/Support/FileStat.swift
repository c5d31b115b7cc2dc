#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `lstat`/`stat` say about a file: its type, size, times and identity. Much cheaper than
/// `FileManager.attributesOfItem`, which on Linux also looks up the owner's and group's names;
/// the content loader and `serve`'s watcher stat every file on every build or poll.
package struct FileStat: Sendable, Hashable {
    package enum Kind: Sendable, Hashable {
        case regular, directory, symbolicLink, other
    }

    package let kind: Kind
    package let size: Int
    /// Last modification and last status change, in nanoseconds since 1970.
    package let modified: Int
    package let changed: Int
    package let inode: UInt64
    package let device: UInt64

    /// The file at `path` itself (a symbolic link is not followed); nil when it cannot be read.
    package static func of(_ path: String) -> FileStat? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return FileStat(info)
    }

    /// The file a symbolic link at `path` leads to (or the file itself); nil when it cannot be read.
    package static func following(_ path: String) -> FileStat? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStat(info)
    }

    private init(_ info: stat) {
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symbolicLink
        default: kind = .other
        }
        size = Int(info.st_size)
        #if canImport(Darwin)
            modified = Int(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int(info.st_mtimespec.tv_nsec)
            changed = Int(info.st_ctimespec.tv_sec) * 1_000_000_000 + Int(info.st_ctimespec.tv_nsec)
        #else
            modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
            changed = Int(info.st_ctim.tv_sec) * 1_000_000_000 + Int(info.st_ctim.tv_nsec)
        #endif
        inode = UInt64(info.st_ino)
        device = UInt64(info.st_dev)
    }
}
