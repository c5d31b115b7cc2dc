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
    func statusLine(port: Int, host: String) async throws -> String {
        let fd = try RawHTTP.connect(port: port)
        defer { close(fd) }
        RawHTTP.send(fd, "GET /index.html HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n")
        return String(await RawHTTP.receive(fd).split(separator: "\r\n").first ?? "")
    }

    @Test func aRebindingRequestGets421AndALoopbackOneThePage() async throws {
        let root = try RawHTTP.minimalContent("host")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (server, running, port) = try await RawHTTP.startServer(content: root)
        defer { running.cancel() }
        #expect(try await statusLine(port: port, host: "attacker.example:\(port)") == "HTTP/1.1 421 Misdirected Request")
        #expect(try await statusLine(port: port, host: "127.0.0.1:\(port)").hasPrefix("HTTP/1.1 "))
        #expect(try await statusLine(port: port, host: "127.0.0.1:\(port)") != "HTTP/1.1 421 Misdirected Request")
        await server.stop()
        _ = try? await running.value
    }
}
