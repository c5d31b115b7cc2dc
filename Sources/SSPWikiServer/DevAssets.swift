import Foundation
import SSPWikiCore

/// The files only the development server serves, from the theme's `serve/` folder (built in,
/// or replaced by a `--theme` folder's file of the same name): the live-reload script and the
/// error page's stylesheet. `sspwiki build` never copies them into a site.
struct DevAssets: Sendable {
    let files: [String: String]

    static let names = ["reload.js", "serve.css"]

    static func load(themeDirectories: [String]) -> DevAssets {
        let layered = ThemeFile.layered(overrides: themeDirectories)
        var files: [String: String] = [:]
        for name in names {
            if let text = layered["serve/" + name]?.text() { files[name] = text }
        }
        return DevAssets(files: files)
    }
}
