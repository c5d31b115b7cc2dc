import SSPWikiCore

/// The page shown in place of every page while the content has errors: each error's file,
/// line, message and how to fix it, every value escaped. It reloads itself once a save fixes
/// them. Made here rather than from the theme, so it still shows when a template is broken.
enum ErrorPage {
    /// The page listing `errors`; `others` counts the errors of other files, which the page
    /// then links to.
    static func html(_ errors: [Diagnostic], content: String, generation: Int, others: Int = 0) -> String {
        let formatter = DiagnosticFormatter(contentPrefix: content)
        let items = errors.sortedForDisplay().map { diagnostic -> String in
            var position = formatter.displayPath(diagnostic.file)
            if diagnostic.line > 0 { position += ":\(diagnostic.line)" + (diagnostic.column > 0 ? ":\(diagnostic.column)" : "") }
            var item = "<li><p><span class=\"where\">\(HTML.escape(position))</span>: \(HTML.escape(diagnostic.message))</p>"
            if let hint = diagnostic.hint, !hint.isEmpty { item += "<p class=\"hint\">\(HTML.escape(hint))</p>" }
            return item + "</li>"
        }
        let count = errors.count == 1 ? "1 error" : "\(errors.count) errors"
        return """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex,nofollow">
            <meta http-equiv="Content-Security-Policy" content="\(DevServer.contentSecurityPolicy)">
            <title>The content has \(count) · sspwiki serve</title>
            <link rel="stylesheet" href="/__sspwiki/serve.css">
            </head>
            <body>
            <main class="serve-errors">
            <h1>The content has \(count)</h1>
            <p>\(others > 0 ? "This page is shown again as soon as they are fixed: save the file and it reloads. Other files have \(others == 1 ? "1 more error" : "\(others) more errors") (<a href=\"/__sspwiki/errors\">see them all</a>); the rest of the site works meanwhile." : "The site is shown again as soon as they are fixed: save the file and this page reloads.")</p>
            <ol>
            \(items.joined(separator: "\n"))
            </ol>
            </main>
            \(DevServer.reloadTag(generation: generation))
            </body>
            </html>

            """
    }

    /// The note at the top of every working page while some files have errors: which files,
    /// and a link to the list of errors. Styled by serve.css, which the page links itself.
    static func banner(_ errors: [Diagnostic], content: String) -> String {
        let formatter = DiagnosticFormatter(contentPrefix: content)
        let files = Array(Set(errors.map { formatter.displayPath($0.file) })).sorted()
        let named =
            files.prefix(5).map { "<code>\(HTML.escape($0))</code>" }.joined(separator: ", ")
            + (files.count > 5 ? " and \(files.count - 5) more" : "")
        let count = errors.count == 1 ? "1 error" : "\(errors.count) errors"
        return "<link rel=\"stylesheet\" href=\"/__sspwiki/serve.css\"><div class=\"serve-banner\" role=\"alert\">"
            + "<strong>\(count) in \(named).</strong> Their pages show the errors; this page is up to date. "
            + "<a href=\"/__sspwiki/errors\">See every error</a></div>"
    }

    /// The page for a path the site does not have.
    static func notFound(_ path: String, generation: Int) -> String {
        """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="robots" content="noindex,nofollow">
        <meta http-equiv="Content-Security-Policy" content="\(DevServer.contentSecurityPolicy)">
        <title>Not found · sspwiki serve</title>
        <link rel="stylesheet" href="/__sspwiki/serve.css">
        </head>
        <body>
        <main class="serve-errors">
        <h1>There is no page at /\(HTML.escape(path))</h1>
        <p><a href="/index.html">Go to the list of plans</a>.</p>
        </main>
        \(DevServer.reloadTag(generation: generation))
        </body>
        </html>

        """
    }
}
