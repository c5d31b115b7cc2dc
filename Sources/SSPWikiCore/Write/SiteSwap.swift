import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Puts a finished staging folder in the output's place so that, at every instant, the output
/// path holds either the whole previous site or the whole new one.
///
/// On Linux that is one `renameat2(RENAME_EXCHANGE)`: the two folders trade names, and the
/// previous site, now under the staging name, is deleted afterwards (a build killed before
/// that leaves it for the next build to remove, `StagingLeftovers`). Where the exchange is not
/// available (another system, or a file system without it) two renames are used, and the
/// previous site is put back if the second one fails.
struct SiteSwap: Sendable {
    /// The steps, as seams the tests can make fail. Each returns 0 or an `errno` value.
    var exchange: @Sendable (_ a: String, _ b: String) -> Int32 = SiteSwap.systemExchange
    var rename: @Sendable (_ from: String, _ to: String) -> Int32 = SiteSwap.systemRename
    var remove: @Sendable (_ path: String) -> Void = { try? FileManager.default.removeItem(atPath: $0) }

    struct Failure: Error, LocalizedError {
        let step: String
        let code: Int32
        var errorDescription: String? { "\(step) failed: \(String(cString: strerror(code)))" }
    }

    func swap(staging: String, output: String) throws {
        guard FileManager.default.fileExists(atPath: output) else {
            let code = rename(staging, output)
            if code != 0 { throw Failure(step: "moving the new site into place", code: code) }
            return
        }
        let code = exchange(staging, output)
        if code == 0 {
            remove(staging)  // the previous site, now under the staging name
            return
        }
        guard code == ENOSYS || code == EINVAL || code == ENOTSUP else {
            throw Failure(step: "exchanging the new site with the previous one", code: code)
        }
        let old = staging + "-old"
        let first = rename(output, old)
        if first != 0 { throw Failure(step: "moving the previous site aside", code: first) }
        let second = rename(staging, output)
        if second != 0 {
            _ = rename(old, output)
            throw Failure(step: "moving the new site into place", code: second)
        }
        remove(old)
    }

    static func systemRename(_ from: String, _ to: String) -> Int32 {
        Foundation.rename(from, to) == 0 ? 0 : errno
    }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32

    // glibc has renameat2 since 2.28, but Swift's Glibc module does not declare it (it needs
    // _GNU_SOURCE), so it is looked up by name; nil where the C library has none.
    private static let renameat2: RenameAt2? = {
        #if os(Linux)
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
            return unsafeBitCast(symbol, to: RenameAt2.self)
        #else
            return nil
        #endif
    }()

    static func systemExchange(_ a: String, _ b: String) -> Int32 {
        guard let renameat2 else { return ENOSYS }
        let atCurrentDirectory: Int32 = -100  // AT_FDCWD
        let exchangeFlag: UInt32 = 1 << 1  // RENAME_EXCHANGE
        return renameat2(atCurrentDirectory, a, atCurrentDirectory, b, exchangeFlag) == 0 ? 0 : errno
    }
}
