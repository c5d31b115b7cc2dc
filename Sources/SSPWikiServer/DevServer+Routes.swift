import Foundation
import HTTPTypes
import Hummingbird
import SSPWikiCore

/// The server's routes: its own files under `/__sspwiki/`, the event stream, and the site.
extension DevServer {
    func addRoutes(to router: Router<BasicRequestContext>) {
        router.add(middleware: HostCheck(host: options.host))
        router.get("/__sspwiki/events") { request, _ in
            await self.events(since: request.uri.queryParameters.get("since", as: Int.self) ?? -1)
        }
        router.get("/__sspwiki/:name") { _, context in
            let name = context.parameters.get("name") ?? ""
            if name == "errors" { return await self.errorList() }
            guard let text = self.assets.files[name] else { return Self.response(.notFound, "text/plain", "not found") }
            return Self.response(.ok, Self.contentType(of: name), text)
        }
        router.get("/") { _, _ in await self.page("") }
        router.get("**") { request, _ in await self.page(request.uri.path) }
    }

    /// Reload events: one at once when the page is older than the current build, then one
    /// after every rebuild, until the server stops; a comment line every second in between,
    /// so that a stream whose page was closed ends at once.
    func events(since: Int) async -> Response {
        let updates = await state.subscribe()
        let current = await state.generation
        let body = ResponseBody { writer in
            try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
            if since != current { try await writer.write(ByteBuffer(string: "event: reload\ndata: \(current)\n\n")) }
            for await event in updates {
                switch event {
                case .build(let generation): try await writer.write(ByteBuffer(string: "event: reload\ndata: \(generation)\n\n"))
                case .heartbeat: try await writer.write(ByteBuffer(string: ":\n\n"))
                }
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"], body: body)
    }

    /// A file of the site; HTML pages get the reload script, or the error page while the
    /// content has errors.
    func page(_ rawPath: String) async -> Response {
        let decoded = rawPath.removingPercentEncoding ?? rawPath
        var path = decoded.hasPrefix("/") ? String(decoded.dropFirst()) : decoded
        if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        let (site, errors, broken, generation, waits) = await (
            state.site, state.errors, state.brokenPages, state.generation,
            state.waits(path)
        )
        let found = waits ? await rendered(path) : site[path]
        let isPage = path.hasSuffix(".html") || found == nil
        if !errors.isEmpty && broken.isEmpty && isPage {
            return Self.response(
                .internalServerError, "text/html; charset=utf-8",
                ErrorPage.html(errors, content: options.content, generation: generation))
        }
        if let own = broken[path] {
            return Self.response(
                .internalServerError, "text/html; charset=utf-8",
                ErrorPage.html(own, content: options.content, generation: generation, others: errors.count - own.count))
        }
        guard !parts.contains(".."), !parts.contains(""), let file = found else {
            let indexWaits = await state.waits(path + "/index.html")
            if site[path + "/index.html"] != nil || indexWaits {
                return Response(status: .movedPermanently, headers: [.location: "/" + path + "/"])
            }
            return Self.response(.notFound, "text/html; charset=utf-8", ErrorPage.notFound(path, generation: generation))
        }
        switch file.contents {
        case .text(let text):
            let type = Self.contentType(of: path)
            guard type.hasPrefix("text/html") else { return Self.response(.ok, type, text) }
            let banner = errors.isEmpty ? nil : ErrorPage.banner(errors, content: options.content)
            return Self.response(.ok, type, Self.inject(text, generation: generation, banner: banner))
        case .copy(let source), .keep(let source):
            guard let data = FileManager.default.contents(atPath: source) else {
                return Self.response(.notFound, "text/plain", "the file is no longer there")
            }
            return Response(
                status: .ok, headers: Self.headers(Self.contentType(of: path)),
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
        }
    }

    /// A page or search file the last rebuild left to render when asked for; rendered on a
    /// thread outside Swift's cooperative pool (it is CPU-bound and may wait for a rebuild).
    func rendered(_ path: String) async -> OutputFile? {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { [session] in
                continuation.resume(returning: session.file(at: path))
            }
        }
    }

    /// Every error of the latest build on one page (the banner links to it).
    func errorList() async -> Response {
        let (errors, generation) = await (state.errors, state.generation)
        guard !errors.isEmpty else {
            return Response(status: .seeOther, headers: [.location: "/index.html", .cacheControl: "no-store"])
        }
        return Self.response(
            .ok, "text/html; charset=utf-8", ErrorPage.html(errors, content: options.content, generation: generation))
    }

    /// Adds the reload script before `</body>` and, while some files have errors, the banner
    /// that names them at the start of `<body>`, after the theme's skip link when there is one
    /// (a skip link must stay the first thing the keyboard reaches).
    static func inject(_ html: String, generation: Int, banner: String? = nil) -> String {
        var page = html
        if let banner, let body = page.range(of: "<body"), var close = page[body.upperBound...].firstIndex(of: ">") {
            let next = page[page.index(after: close)...].drop { $0.isWhitespace }
            if next.hasPrefix("<a class=\"skip-link\""), let end = next.range(of: "</a>") {
                close = page.index(before: end.upperBound)
            }
            page.insert(contentsOf: "\n" + banner, at: page.index(after: close))
        }
        let tag = reloadTag(generation: generation)
        guard let end = page.range(of: "</body>", options: .backwards) else { return page + tag }
        return page.replacingCharacters(in: end, with: tag + "\n</body>")
    }

    static func response(_ status: HTTPResponse.Status, _ type: String, _ text: String) -> Response {
        Response(status: status, headers: headers(type), body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func headers(_ type: String) -> HTTPFields {
        [
            .contentType: type, .cacheControl: "no-store", HTTPField.Name("X-Robots-Tag")!: "noindex, nofollow",
            HTTPField.Name("Referrer-Policy")!: "no-referrer", HTTPField.Name("X-Content-Type-Options")!: "nosniff",
        ]
    }

    static let types = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
        "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
        "webp": "image/webp", "pdf": "application/pdf", "txt": "text/plain; charset=utf-8",
        "json": "application/json", "ics": "text/calendar; charset=utf-8", "csv": "text/csv; charset=utf-8",
        "xml": "application/xml", "woff2": "font/woff2",
    ]

    static func contentType(of path: String) -> String {
        let ext = (path as NSString).pathExtension.lowercased()
        return types[ext] ?? "application/octet-stream"
    }
}
