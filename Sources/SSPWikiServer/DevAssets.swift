import Foundation

/// The files only the development server serves, from the theme's `serve/` folder (a later
/// theme folder's file replaces an earlier one's): the live-reload script and the error
/// page's stylesheet. `sspwiki build` never copies them into a site.
struct DevAssets: Sendable {
    let files: [String: String]

    static let names = ["reload.js", "serve.css"]

    static func load(themeDirectories: [String]) -> DevAssets {
        var files: [String: String] = [:]
        for directory in themeDirectories {
            for name in names {
                if let text = try? String(contentsOfFile: directory + "/serve/" + name, encoding: .utf8) { files[name] = text }
            }
        }
        return DevAssets(files: files)
    }
}
