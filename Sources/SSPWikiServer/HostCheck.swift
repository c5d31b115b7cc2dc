import HTTPTypes
import Hummingbird

/// Answers 421 to a request whose `Host` is not an address this server is reached by, so
/// that a web page on another site cannot use DNS rebinding (a name of its own made to point
/// at 127.0.0.1) to read the plans through the visitor's browser.
struct HostCheck<Context: RequestContext>: RouterMiddleware {
    /// The address `serve` listens on (`--host`).
    let host: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        guard Self.allows(authority: request.head.authority, listeningOn: host) else {
            return Response(
                status: .misdirectedRequest, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: "this server answers only to \(host) and the loopback names\n"))
            )
        }
        return try await next(request, context)
    }

    /// Whether `authority` (the `Host` header: a name or address, with or without a port)
    /// names this server: a loopback name or address, or the address given to `--host`.
    static func allows(authority: String?, listeningOn host: String) -> Bool {
        guard let authority, !authority.isEmpty else { return false }
        let name = hostname(of: authority).lowercased()
        let allowed: Set<String> = ["127.0.0.1", "localhost", "::1", hostname(of: host).lowercased()]
        return allowed.contains(name)
    }

    /// The name or address without its port and without the brackets of an IPv6 address.
    static func hostname(of authority: String) -> String {
        if authority.hasPrefix("[") {
            guard let end = authority.firstIndex(of: "]") else { return authority }
            return String(authority[authority.index(after: authority.startIndex)..<end])
        }
        // A bare IPv6 address (as given to --host) has several colons and no port.
        if authority.filter({ $0 == ":" }).count > 1 { return authority }
        return String(authority.split(separator: ":", maxSplits: 1).first ?? Substring(authority))
    }
}
