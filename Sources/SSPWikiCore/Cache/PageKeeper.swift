/// Decides, during one build, which files of the site being replaced can stand for the new
/// ones, and records the manifest of the new site.
///
/// A page made from a template is kept when its fingerprint (`PageFingerprints`) is the one
/// recorded for the old site, and is then not rendered at all. Any other file made as text
/// (the search index) is kept when its text is unchanged, which saves writing it.
struct PageKeeper {
    let fingerprints: PageFingerprints
    let previous: PageManifest
    let output: String
    private(set) var next = PageManifest()

    init(fingerprints: PageFingerprints, previous: PageManifest, output: String, stamp: String) {
        self.fingerprints = fingerprints
        self.previous = previous
        self.output = output
        next.stamp = stamp
    }

    /// The old site's file for `job`, when the page need not be rendered again.
    mutating func keep(_ job: SiteRenderer.Job) -> String? {
        let fingerprint = fingerprints.fingerprint(job)
        next.pages[job.path] = fingerprint
        return previous.reusable(job.path, fingerprint: fingerprint, in: output)
    }

    /// Swaps text in a batch about to be written that is already in the old site (a search
    /// file that did not change) for a link to it, and records its fingerprint.
    mutating func settle(_ files: [OutputFile]) -> [OutputFile] {
        files.map { file in
            guard case .text(let text) = file.contents, next.pages[file.path] == nil else { return file }
            var hasher = StampHasher()
            hasher.add(text)
            let fingerprint = "text-" + hasher.hex
            next.pages[file.path] = fingerprint
            guard let old = previous.reusable(file.path, fingerprint: fingerprint, in: output) else { return file }
            return OutputFile(path: file.path, contents: .keep(from: old))
        }
    }
}
