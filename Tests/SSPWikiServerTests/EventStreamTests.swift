import Foundation
import Testing

@testable import SSPWikiServer

#if canImport(Glibc)
    import Glibc
#endif

/// A page that is closed gives its reload stream back at once, not at the next rebuild.
@Suite struct EventStreamTests {
    @Test func aClosedPageReleasesItsEventStreamWithoutWaitingForARebuild() async throws {
        let root = try RawHTTP.minimalContent("events")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (server, running, port) = try await RawHTTP.startServer(content: root)

        let fds = try (0..<3).map { _ in try RawHTTP.connect(port: port) }
        for fd in fds {
            RawHTTP.send(fd, "GET /__sspwiki/events?since=1 HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n")
            #expect(await RawHTTP.receive(fd).hasPrefix("HTTP/1.1 200"))
        }
        #expect(await server.state.listenerCount == 3)
        for fd in fds.prefix(2) { close(fd) }
        var open = 3
        // No rebuild happens here, so any release comes from the close itself; the 30 s bound is
        // only for a machine busy with every other test.
        for _ in 0..<300 where open != 1 {
            try await Task.sleep(for: .milliseconds(100))
            open = await server.state.listenerCount
        }
        #expect(open == 1, "closed event streams were not released within 30 seconds (they wait for no rebuild)")
        close(fds[2])
        await server.stop()
        _ = try? await running.value
    }
}
