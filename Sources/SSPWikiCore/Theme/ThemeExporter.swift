import Foundation

/// `sspwiki theme export DIR`: writes the built-in default theme out as files, the starting
/// point for a setting's own theme (`--theme DIR` then lays those files over the built-in
/// ones, so a school keeps only the files it changed).
package struct ThemeExporter: Sendable {
    package let destination: String

    package init(destination: String) {
        self.destination = URL(fileURLWithPath: destination).standardizedFileURL.path
    }

    /// Writes every built-in theme file under `destination` and returns the paths written,
    /// relative to it. Nothing is written when any of the files is already there: a theme
    /// folder being edited is never overwritten.
    package func export() -> Result<[String], Diagnostic> {
        let files = ThemeFile.builtin.sorted { $0.key < $1.key }
        let fm = FileManager.default
        let existing = files.map(\.key).filter { fm.fileExists(atPath: destination + "/" + $0) }
        if let first = existing.first {
            let others =
                existing.count > 1 ? " (and \(existing.count - 1) other theme file\(existing.count == 2 ? "" : "s"))" : ""
            return .failure(
                .error(
                    "\(first) is already there\(others); nothing was written",
                    at: SourceLocation(file: destination + "/" + first),
                    hint: "export into a new or empty folder; files you changed are never overwritten"))
        }
        do {
            for (path, file) in files {
                let target = destination + "/" + path
                try fm.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data((file.text() ?? "").utf8).write(to: URL(fileURLWithPath: target), options: .withoutOverwriting)
            }
        } catch {
            return .failure(
                .error(
                    "the theme could not be written: \(error.localizedDescription)",
                    at: SourceLocation(file: destination),
                    hint: "check that the folder is writable and there is disk space"))
        }
        return .success(files.map(\.key))
    }
}
