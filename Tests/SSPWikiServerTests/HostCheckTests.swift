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
        let fd = try RawHTTP.connect(port: port)
        defer { close(fd) }
        RawHTTP.send(fd, "GET /index.html HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n")
        return String(RawHTTP.receive(fd).split(separator: "\r\n").first ?? "")
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
