import ArgumentParser
import Foundation
import SSPWikiCore

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search the content the way the site's search page does, and print the results.")

    @OptionGroup var common: CommonOptions

    @ArgumentParser.Flag(help: "Include archived plans.")
    var archived = false

    @Option(help: "Print at most this many results.")
    var limit = 20

    @Argument(help: "The words to search for.")
    var words: [String]

    func run() throws {
        let (site, diagnostics) = SiteBuilder().analyse(content: common.content, today: try common.day())
        common.print(diagnostics.filter { $0.severity == .error })
        guard let site else { throw Exit.contentErrors }
        let index = SearchIndex(documents: SearchDocumentBuilder(site: site).documents())
        let engine = SearchEngine(index: index, shards: SearchShards(index: index))
        let hits = engine.search(words.joined(separator: " "), includeArchived: archived)
        for hit in hits.prefix(limit) {
            let doc = index.documents[hit.doc]
            Swift.print("\(TerminalText.escaped(doc.ref.sitePath))\t\(hit.score)\t\(TerminalText.escaped(doc.title))")
        }
        fflush(nil)  // every stream: `stdout` is a global var Swift 6 will not read
        FileHandle.standardError.write(Data("\(hits.count) results\n".utf8))
    }
}
