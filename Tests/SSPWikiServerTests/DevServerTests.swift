import Foundation
import SSPWikiCore
import Testing

@testable import SSPWikiServer

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

@Suite(.serialized) struct DevServerTests {
    static let themeDirectory: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("themes/default").path
    }()

    static let plan = """
        ---
        name: Amelia Khan
        stage: sen-support
        start: 2026-09-08
        review: 2026-12-11
        ---
        ## About me

        I like drawing.
        """

    /// A temporary content folder with a site.yml and one plan.
    func makeContent() throws -> String {
        let root = NSTemporaryDirectory() + "sspwiki-serve-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root + "/content/plans", withIntermediateDirectories: true)
        try Data("setting: Kestrel Primary School\n".utf8).write(to: URL(fileURLWithPath: root + "/content/site.yml"))
        try write(Self.plan, to: root + "/content")
        return root + "/content"
    }

    func write(_ plan: String, to content: String) throws {
        try Data(plan.utf8).write(to: URL(fileURLWithPath: content + "/plans/amy-khan.md"))
    }

    func get(_ port: Int, _ path: String) async throws -> (Int, String) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.timeoutInterval = 10
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// Fetches `path` until `done` holds, for at most `seconds`; returns the last answer and the time it took.
    func poll(
        _ port: Int, _ path: String, within seconds: Double,
        until done: (Int, String) -> Bool
    ) async throws -> (Int, String, Double) {
        let start = Date()
        var answer = try await get(port, path)
        while !done(answer.0, answer.1), Date().timeIntervalSince(start) < seconds {
            try await Task.sleep(for: .milliseconds(50))
            answer = try await get(port, path)
        }
        return (answer.0, answer.1, Date().timeIntervalSince(start))
    }

    @Test func servesRebuildsOnSaveShowsErrorsAndRecovers() async throws {
        let content = try makeContent()
        defer { try? FileManager.default.removeItem(atPath: (content as NSString).deletingLastPathComponent) }
        var options = DevServerOptions(content: content, themeDirectories: [Self.themeDirectory]) { _ in }
        options.port = 0
        options.handlesSignals = false
        let server = DevServer(options: options)
        let running = Task { try await server.run() }
        let port = try #require(await server.port())

        let (status, page) = try await get(port, "/plans/amy-khan.html")
        #expect(status == 200)
        #expect(page.contains("I like drawing."))
        #expect(page.contains("<script src=\"/__sspwiki/reload.js?g=1\"></script>\n</body>"))
        let (scriptStatus, script) = try await get(port, "/__sspwiki/reload.js?g=1")
        #expect(scriptStatus == 200 && script.contains("new EventSource(\"/__sspwiki/events?since=\""))

        #expect(try await get(port, "/index.html").1.contains("Amelia Khan"))
        try write(
            Self.plan.replacingOccurrences(of: "I like drawing.", with: "I like painting.")
                .replacingOccurrences(of: "name: Amelia Khan", with: "name: Amelia Kahn"), to: content)
        // How fast an edit is served is measured by the benchmark; here it only has to arrive.
        let edited = try await poll(port, "/plans/amy-khan.html", within: 20) { $1.contains("I like painting.") }
        #expect(edited.1.contains("I like painting."), "the edit was not served")
        // The dashboard and the search index, left to render when asked for, show the edit too.
        let (dashboardStatus, dashboard) = try await get(port, "/index.html")
        #expect(dashboardStatus == 200 && dashboard.contains("Amelia Kahn") && !dashboard.contains("Amelia Khan"))
        let (searchStatus, search) = try await get(port, "/search/x/0.js")
        #expect(searchStatus == 200 && search.contains("Kahn"))

        try write(Self.plan.replacingOccurrences(of: "name: Amelia Khan", with: "name: [Amelia"), to: content)
        let broken = try await poll(port, "/plans/amy-khan.html", within: 20) { status, _ in status == 500 }
        #expect(broken.0 == 500)
        #expect(broken.1.contains("<h1>The content has 1 error</h1>"))
        #expect(broken.1.contains("<span class=\"where\">\(content)/plans/amy-khan.md:"))
        #expect(broken.1.contains("malformed YAML"))
        #expect(broken.1.contains("<p class=\"hint\">"))
        // Only the broken plan's page is down: the others work, under a banner naming the file.
        let (homeStatus, home) = try await get(port, "/index.html")
        #expect(homeStatus == 200)
        #expect(
            home.contains(
                "<div class=\"serve-banner\" role=\"alert\"><strong>1 error in <code>\(content)/plans/amy-khan.md</code>.</strong>"
            ))
        #expect(home.contains("<a href=\"/__sspwiki/errors\">See every error</a>"))
        // The skip link stays the first thing the keyboard reaches; the banner comes after it.
        #expect(
            home.contains(
                "Skip to main content</a>\n<link rel=\"stylesheet\" href=\"/__sspwiki/serve.css\"><div class=\"serve-banner\""))
        #expect(home.contains("<h1>Support plans</h1>"))
        let (listStatus, list) = try await get(port, "/__sspwiki/errors")
        #expect(listStatus == 200 && list.contains("malformed YAML"))

        try write(Self.plan.replacingOccurrences(of: "I like drawing.", with: "I like clay."), to: content)
        let fixed = try await poll(port, "/plans/amy-khan.html", within: 20) { $0 == 200 && $1.contains("I like clay.") }
        #expect(fixed.0 == 200)
        #expect(fixed.1.contains("I like clay."))
        #expect(try await get(port, "/index.html").1.contains("serve-banner") == false)

        // A page from an older build is told to reload at once; stopping ends the stream, so
        // the server stops cleanly with the connection open.
        async let events = get(port, "/__sspwiki/events?since=1")
        try await Task.sleep(for: .milliseconds(300))
        await server.stop()
        let (eventStatus, stream) = try await events
        #expect(eventStatus == 200)
        #expect(stream.hasPrefix("retry: 1000\n\nevent: reload\ndata: "))
        try await running.value
        // Nothing was written into the content folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: content).sorted() == ["plans", "site.yml"])
    }

    @Test(
        "an edit is served without waiting for the next poll, also in a folder made while serving",
        .enabled(if: FolderEvents().isActive, "the kernel reports no folder changes here"))
    func kernelEventsWakeTheWatcher() async throws {
        let content = try makeContent()
        defer { try? FileManager.default.removeItem(atPath: (content as NSString).deletingLastPathComponent) }
        var options = DevServerOptions(content: content, themeDirectories: [Self.themeDirectory]) { _ in }
        options.port = 0
        options.handlesSignals = false
        // Far longer than the test may take: only the kernel's events can bring the edits in.
        options.pollInterval = .seconds(3600)
        let server = DevServer(options: options)
        let running = Task { try await server.run() }
        let port = try #require(await server.port())
        #expect(try await get(port, "/plans/amy-khan.html").1.contains("I like drawing."))

        try write(Self.plan.replacingOccurrences(of: "I like drawing.", with: "I like sketching."), to: content)
        let edited = try await poll(port, "/plans/amy-khan.html", within: 20) { $1.contains("I like sketching.") }
        #expect(edited.1.contains("I like sketching."), "the edit was not served")

        try FileManager.default.createDirectory(atPath: content + "/plans/year-7", withIntermediateDirectories: true)
        try await Task.sleep(for: .milliseconds(200))
        let second = Self.plan.replacingOccurrences(of: "Amelia Khan", with: "Ben Osei")
        try Data(second.utf8).write(to: URL(fileURLWithPath: content + "/plans/year-7/ben-osei.md"))
        let added = try await poll(port, "/plans/ben-osei.html", within: 20) { status, _ in status == 200 }
        #expect(added.0 == 200 && added.1.contains("Ben Osei"), "the plan in the new folder was not served")
        try Data(second.replacingOccurrences(of: "I like drawing.", with: "I like maps.").utf8)
            .write(to: URL(fileURLWithPath: content + "/plans/year-7/ben-osei.md"))
        let again = try await poll(port, "/plans/ben-osei.html", within: 20) { $1.contains("I like maps.") }
        #expect(again.1.contains("I like maps."), "the edit in the new folder was not served")

        await server.stop()
        try await running.value
    }

    @Test func theErrorPageEscapesEverything() {
        let diagnostic = Diagnostic.error(
            "'[[<script>alert(1)</script>]]' links nowhere",
            at: SourceLocation(file: "plans/<b>.md", line: 4, column: 2), hint: "use \"a\" & 'b'")
        let html = ErrorPage.html([diagnostic], content: "content", generation: 3)
        #expect(
            html.contains(
                "<span class=\"where\">content/plans/&lt;b&gt;.md:4:2</span>: &#39;[[&lt;script&gt;alert(1)&lt;/script&gt;]]&#39; links nowhere"
            ))
        #expect(html.contains("<p class=\"hint\">use &quot;a&quot; &amp; &#39;b&#39;</p>"))
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("<script src=\"/__sspwiki/reload.js?g=3\"></script>"))
    }

    @Test func builtSitesNeverCarryTheReloadScript() throws {
        let content = try makeContent()
        let root = (content as NSString).deletingLastPathComponent
        defer { try? FileManager.default.removeItem(atPath: root) }
        let report = SiteBuilder().build(
            BuildOptions(content: content, output: root + "/site", themeDirectories: [Self.themeDirectory]))
        #expect(report.succeeded)
        let files = try FileManager.default.subpathsOfDirectory(atPath: root + "/site")
        #expect(files.contains("plans/amy-khan.html"))
        #expect(!files.contains { $0.contains("reload") || $0.contains("serve.css") })
        for file in files where file.hasSuffix(".html") {
            #expect(!(try String(contentsOfFile: root + "/site/" + file, encoding: .utf8)).contains("__sspwiki"))
        }
    }
}
