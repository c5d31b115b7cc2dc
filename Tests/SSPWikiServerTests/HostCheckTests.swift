import Foundation
import Hummingbird
import Testing
@testable import SSPWikiServer
#if canImport(Glibc)
import Glibc
#endif

/// `serve` answers only to its own address, so DNS rebinding cannot read plans through a browser.
@Suite("serve: Host header check")
struct HostCheckTests {
    typealias Check = HostCheck<BasicRequestContext>

    @Test(arguments: ["127.0.0.1:8080", "localhost:8080", "LOCALHOST", "[::1]:8080", "127.0.0.1"])
    func loopbackNamesAreServed(_ authority: String) {
        #expect(Check.allows(authority: authority, listeningOn: "127.0.0.1"))
    }

    @Test(arguments: ["attacker.example:8080", "127.0.0.1.attacker.example", "", "10.0.0.5:8080"])
    func otherNamesAreRefused(_ authority: String) {
        #expect(!Check.allows(authority: authority, listeningOn: "127.0.0.1"))
        #expect(!Check.allows(authority: nil, listeningOn: "127.0.0.1"))
    }

    @Test func theAddressGivenToHostIsServed() {
        #expect(Check.allows(authority: "10.0.0.5:8080", listeningOn: "10.0.0.5"))
        #expect(Check.allows(authority: "[fd00::5]:8080", listeningOn: "fd00::5"))
        #expect(!Check.allows(authority: "10.0.0.6:8080", listeningOn: "10.0.0.5"))
    }

    /// The status line a raw HTTP/1.1 request with `host` as its Host header gets.
    func statusLine(port: Int, host: String) throws -> String {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(fd >= 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(connected == 0)
        let request = "GET /index.html HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n"
        _ = request.withCString { send(fd, $0, strlen($0), 0) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = recv(fd, &buffer, buffer.count, 0)
        let text = String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self)
        return String(text.split(separator: "\r\n").first ?? "")
    }

    @Test func aRebindingRequestGets421AndALoopbackOneThePage() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("host-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/plans", withIntermediateDirectories: true)
        try "setting: Test School\n".write(toFile: root + "/site.yml", atomically: true, encoding: .utf8)
        var options = DevServerOptions(content: root, themeDirectories: []) { _ in }
        options.port = 0
        options.handlesSignals = false
        let server = DevServer(options: options)
        let running = Task { try await server.run() }
        defer { running.cancel() }
        let port = try #require(await server.port())
        #expect(try statusLine(port: port, host: "attacker.example:\(port)") == "HTTP/1.1 421 Misdirected Request")
        #expect(try statusLine(port: port, host: "127.0.0.1:\(port)").hasPrefix("HTTP/1.1 "))
        #expect(try statusLine(port: port, host: "127.0.0.1:\(port)") != "HTTP/1.1 421 Misdirected Request")
        await server.stop()
        _ = try? await running.value
    }
}
