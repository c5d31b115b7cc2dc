import Foundation
import Testing

@testable import SSPWikiServer

#if canImport(Glibc)
    import Glibc
#endif

/// Plain sockets to the test server, for requests a URL client would not send (another Host)
/// or connections a test closes itself.
enum RawHTTP {
    /// A TCP connection to 127.0.0.1:`port`.
    static func connect(port: Int) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(fd >= 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        if connected != 0 { close(fd) }
        try #require(connected == 0)
        return fd
    }

    static func send(_ fd: Int32, _ text: String) {
        _ = text.withCString { Glibc.send(fd, $0, strlen($0), 0) }
    }

    /// What one `recv` brings, as text. The wait happens on a Dispatch thread, never on one of
    /// Swift's cooperative threads: the server under test answers on those, and two tests each
    /// blocking one of them on a two-core machine would leave it none. A receive timeout keeps
    /// a server that never answers from hanging the run.
    static func receive(_ fd: Int32) async -> String {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                var timeout = timeval(tv_sec: 10, tv_usec: 0)
                setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
                var buffer = [UInt8](repeating: 0, count: 4096)
                let count = recv(fd, &buffer, buffer.count, 0)
                continuation.resume(returning: String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self))
            }
        }
    }

    /// A content folder holding only a site.yml, in a new temporary folder (remove it after).
    static func minimalContent(_ prefix: String) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/plans", withIntermediateDirectories: true)
        try "setting: Test School\n".write(toFile: root + "/site.yml", atomically: true, encoding: .utf8)
        return root
    }

    /// A dev server for `content` on a free loopback port, with the task running it.
    static func startServer(content: String) async throws -> (server: DevServer, running: Task<Void, Error>, port: Int) {
        var options = DevServerOptions(content: content, themeDirectories: []) { _ in }
        options.port = 0
        options.handlesSignals = false
        let server = DevServer(options: options)
        let running = Task { try await server.run() }
        return (server, running, try #require(await server.port()))
    }
}
