import Foundation
import PackagePlugin

/// Builds the default theme (`themes/default/`) and the starter content of `sspwiki init`
/// (`starter/`) into the library as Swift string literals, so that the `sspwiki` executable
/// works from any folder with no theme files beside it.
///
/// The command is declared with every embedded file as an input, so a change to any of them,
/// or a file added or removed, regenerates `BuiltinFiles.swift` on the next build.
@main
struct EmbedBuiltinFiles: BuildToolPlugin {
    /// The folders embedded, by the name of the table they become in `BuiltinFiles`.
    static let folders = [("theme", "themes/default"), ("starter", "starter")]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("BuiltinFiles.swift")
        var arguments = [output.path]
        var inputs: [URL] = []
        for (name, folder) in Self.folders {
            let directory = root.appendingPathComponent(folder)
            arguments.append("\(name)=\(directory.path)")
            inputs += Self.files(under: directory)
        }
        return [
            .buildCommand(
                displayName: "Embedding the default theme and the starter content",
                executable: try context.tool(named: "sspwiki-embed").url,
                arguments: arguments, inputFiles: inputs, outputFiles: [output])
        ]
    }

    /// Every file under `directory`, hidden ones left out (as the embedder does).
    static func files(under directory: URL) -> [URL] {
        guard
            let enumerator = FileManager.default.enumerator(
                at: directory, includingPropertiesForKeys: [.isRegularFileKey],
                options: [.skipsHiddenFiles])
        else { return [] }
        var found: [URL] = []
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true
        {
            found.append(url)
        }
        return found
    }
}
