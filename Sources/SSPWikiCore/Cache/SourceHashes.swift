import Foundation

/// Stable hashes of content files, remembered by path while the text is the same. Used by one
/// build at a time (`BuildSession` holds its lock while it rebuilds); its own lock guards the
/// table all the same.
package final class SourceHashes: @unchecked Sendable {
    private let lock = NSLock()
    private var known: [String: (text: String, hash: String)] = [:]

    func hash(of source: SourceFile) -> String {
        // Equal texts read from the same cache share storage, so this is usually a pointer test.
        if let old = lock.withLock({ known[source.path] }), old.text == source.text { return old.hash }
        var hasher = StampHasher()
        hasher.add(source.text)
        lock.withLock { known[source.path] = (source.text, hasher.hex) }
        return hasher.hex
    }

    /// What a plan's glossary terms were found in, besides site.yml and the glossary's terms
    /// (`useTerms(settings:glossary:)`): its file and its body as shown (after the audience's
    /// redaction).
    private struct TermsKey: Equatable {
        let text: String
        let body: String
    }

    private var terms: [String: (key: TermsKey, terms: [String])] = [:]
    private var termsWorld: (settings: String, glossary: [String])?
    private var templates: (texts: [String: String], hashes: [String: String])?

    /// Keeps the glossary terms found so far only if they were found with the same site.yml
    /// and glossary terms; call before asking for the terms of this build's plans.
    func useTerms(settings: String, glossary: [String]) {
        lock.withLock {
            guard termsWorld?.settings != settings || termsWorld?.glossary != glossary else { return }
            terms = [:]
            termsWorld = (settings, glossary)
        }
    }

    /// The glossary terms `plan`'s page shows (`Plan.glossaryTerms`), found again only when
    /// its file or its shown body changed (or site.yml or the glossary: `useTerms`).
    func glossaryTerms(of plan: Plan, text: String?, _ find: () -> [String]) -> [String] {
        guard let text else { return find() }
        let key = TermsKey(text: text, body: plan.body)
        if let old = lock.withLock({ terms[plan.path] }), old.key == key { return old.terms }
        let found = find()
        lock.withLock { terms[plan.path] = (key, found) }
        return found
    }

    /// `TemplateClosure.hashes(texts)`, worked out again only when a template changed.
    func templateHashes(_ texts: [String: String]) -> [String: String] {
        if let old = lock.withLock({ templates }), old.texts == texts { return old.hashes }
        let hashes = TemplateClosure.hashes(texts)
        lock.withLock { templates = (texts, hashes) }
        return hashes
    }

    /// Each page's revisions, and whether it had uncommitted changes, with their hash.
    private var histories: [PageRef: (revisions: [Revision], uncommitted: Bool, hash: String)] = [:]

    /// The hash of a page's revisions (`PageFingerprints`), made again only when they are not
    /// the very same list as last time: `HistoryParser` and the redactor keep an unchanged
    /// page's list, storage and all.
    func historyHash(of ref: PageRef, revisions: [Revision], uncommitted: Bool, _ make: () -> String) -> String {
        if let old = lock.withLock({ histories[ref] }), old.uncommitted == uncommitted,
            old.revisions.sharesStorage(with: revisions)
        {
            return old.hash
        }
        let hash = make()
        lock.withLock { histories[ref] = (revisions, uncommitted, hash) }
        return hash
    }

    /// Forgets the histories of pages that are gone.
    func keepHistories(only refs: Set<PageRef>) {
        lock.withLock { if histories.count > refs.count { histories = histories.filter { refs.contains($0.key) } } }
    }

    /// Forgets files that are gone.
    func keep(only paths: Set<String>) {
        lock.withLock {
            if known.count > paths.count { known = known.filter { paths.contains($0.key) } }
            if terms.count > paths.count { terms = terms.filter { paths.contains($0.key) } }
        }
    }
}
