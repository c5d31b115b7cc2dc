/// Turns the parsed content into search documents: every published plan, INDES section,
/// PEaSS entry and wiki page. Drafts are left out; archived plans are kept and marked.
package struct SearchDocumentBuilder: Sendable {
    let model: ContentModel
    /// Where each `[[…]]` link goes: search shows a link as the page does, without
    /// resolving it again.
    let graph: LinkGraph
    let indes: [String: IndesSection]
    let peass: [String: PeassEntry]
    let plans: [String: Plan]

    package init(site: AnalysedSite) {
        model = site.model
        plans = site.plansByID
        graph = site.graph
        indes = site.model.indesByID
        peass = site.model.peassByID
    }

    /// Every document, plans first, then PEaSS, INDES and pages, each by title: the order
    /// that breaks ties between equal scores.
    package func documents() -> [SearchDocument] {
        var docs = ParallelMap.map(model.publishedPlans) { plan in self.tidied(self.document(for: plan)) }
        docs += model.peass.map { tidied(document(for: $0)) }
        docs += model.indes.map { tidied(document(for: $0)) }
        docs += model.pages.map { tidied(document(for: $0)) }
        let order: [PageRef.Kind: Int] = [.plan: 0, .peass: 1, .indes: 2, .page: 3]
        return docs.map { ($0, SearchFolding.fold($0.title)) }
            .sorted { (order[$0.0.ref.kind]!, $0.1, $0.0.ref.id) < (order[$1.0.ref.kind]!, $1.1, $1.0.ref.id) }
            .map(\.0)
    }

    /// The document of one page, made again exactly as `documents()` made it (for the text
    /// records, written after the pages: `SearchIndexWriter` does not hold every text until then).
    func document(for ref: PageRef) -> SearchDocument? {
        switch ref.kind {
        case .plan: return plans[ref.id].map { tidied(document(for: $0)) }
        case .peass: return peass[ref.id].map { tidied(document(for: $0)) }
        case .indes: return indes[ref.id].map { tidied(document(for: $0)) }
        case .page: return model.pagesByID[ref.id].map { tidied(document(for: $0)) }
        }
    }

    private func tidied(_ document: SearchDocument) -> SearchDocument {
        var document = document
        document.parts = Self.tidy(document.parts)
        return document
    }

    func document(for entry: PeassEntry) -> SearchDocument {
        SearchDocument(
            ref: PageRef(.peass, entry.id), title: entry.title, subtitle: entry.category?.label,
            parts: [
                .init(.name, entry.title),
                .init(.provision, [entry.category?.label, entry.level?.label].compactMap { $0 }.joined(separator: " · ")),
                .init(.text, readable(entry.document, of: PageRef(.peass, entry.id))),
            ])
    }

    func document(for section: IndesSection) -> SearchDocument {
        SearchDocument(
            ref: PageRef(.indes, section.id), title: section.title, subtitle: section.area,
            parts: [.init(.name, section.title), .init(.needs, section.area ?? "")]
                + section.levels.map { .init(.needs, "Level \($0.level): \($0.label)") }
                + [.init(.text, readable(section.document, of: PageRef(.indes, section.id)))])
    }

    func document(for page: WikiPage) -> SearchDocument {
        SearchDocument(
            ref: PageRef(.page, page.id), title: page.title,
            parts: [
                .init(.name, page.title),
                .init(.text, readable(page.document, of: PageRef(.page, page.id))),
            ])
    }

    /// A plan's document. Never includes the date of birth or medical notes.
    func document(for plan: Plan) -> SearchDocument {
        var parts: [SearchDocument.Part] = [.init(.name, plan.name)]
        if let knownAs = plan.knownAs { parts.append(.init(.name, knownAs)) }
        let people = [plan.yearGroup?.description, plan.className, plan.teacher, plan.caseHolder, plan.stage.label]
        parts.append(.init(.people, people.compactMap { $0 }.joined(separator: " · ")))
        parts += PlanField.plainText.filter(\.searched).compactMap { plan.texts[$0.key].map { .init(.text, $0) } }
        let needs = plan.needs.filter(\.primary) + plan.needs.filter { !$0.primary }
        for need in needs {
            let section = indes[need.indes]
            let heading = [section?.title ?? need.indes, section?.label(for: need.level).map { "level \(need.level), \($0)" }]
            parts.append(
                .init(.needs, heading.compactMap { $0 }.joined(separator: ", ") + (need.summary.map { ": \($0)" } ?? "")))
        }
        for provision in plan.provisions {
            let strategy = provision.peass.flatMap { peass[$0]?.title }
            let text = [provision.what, strategy.map { "(\($0))" }, provision.who.map { "· \($0)" }]
            parts.append(.init(.provision, text.compactMap { $0 }.joined(separator: " ")))
        }
        parts += plan.accessArrangements.map { .init(.provision, $0) }
        for target in plan.targets {
            parts.append(.init(.targets, [target.outcome, target.measure].compactMap { $0 }.joined(separator: ". ")))
        }
        parts.append(.init(.text, readable(plan.document, of: PageRef(.plan, plan.id))))
        parts += plan.external.map { .init(.text, [$0.agency, $0.involvement].compactMap { $0 }.joined(separator: ": ")) }
        parts += plan.otherPlans.map { .init(.text, [$0.kind, $0.note].compactMap { $0 }.joined(separator: ": ")) }
        if let record = plan.reviewRecord {
            parts += [record.workedWell, record.notSoWell].compactMap { $0 }.map { .init(.text, $0) }
        }
        let facts = SearchDocument.PlanFacts(
            yearGroup: plan.yearGroup, className: plan.className, caseHolder: plan.caseHolder,
            stage: plan.stage, review: plan.review, flags: plan.flags, needs: needs)
        return SearchDocument(
            ref: PageRef(.plan, plan.id), title: plan.name, subtitle: plan.knownAs,
            parts: parts, plan: facts, archived: plan.status == .archived)
    }

    /// Parts with runs of white space made single spaces (snippets show them as one line),
    /// and without empty ones.
    static func tidy(_ parts: [SearchDocument.Part]) -> [SearchDocument.Part] {
        parts.compactMap { part in
            let text = singleSpaced(part.text)
            return text.isEmpty ? nil : SearchDocument.Part(part.field, text)
        }
    }

    /// `text` with runs of white space (Unicode's White_Space) made single spaces and none at
    /// either end, over the UTF-8 bytes (much quicker than splitting into `Character`s to ask
    /// `isWhitespace`, or appending scalar by scalar): a scalar of two or more bytes is
    /// decoded only when its first byte can begin a white space (U+0085, U+00A0, U+1680,
    /// U+2000…U+3000).
    static func singleSpaced(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var space = false
            var at = 0
            while at < bytes.count {
                let lead = bytes[at]
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                let white: Bool
                if length == 1 {
                    // Tab, line feed, vertical tab, form feed, carriage return and space.
                    white = lead == 0x20 || (0x09...0x0D).contains(lead)
                } else if lead == 0xC2 || lead == 0xE1 || lead == 0xE2 || lead == 0xE3 {
                    white = Self.scalar(in: bytes, at: at, length: length).properties.isWhitespace
                } else {
                    white = false
                }
                if white {
                    space = !out.isEmpty
                } else {
                    if space { out.append(0x20) }
                    space = false
                    out.append(contentsOf: bytes[at..<(at + length)])
                }
                at += length
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The scalar whose `length` bytes of valid UTF-8 start at `at`.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at: Int, length: Int) -> Unicode.Scalar {
        var value = UInt32(bytes[at]) & (0x7F >> UInt32(length))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[at + offset] & 0x3F) }
        return Unicode.Scalar(value) ?? " "
    }

    /// Plain body text with each `[[…]]` link replaced by what the page shows for it: its
    /// label, or the title of the page the link graph resolved it to. Text that only looks
    /// like a link (in code, or not a link the Markdown parser made) stays as written, as
    /// it does on the page.
    func readable(_ document: MarkdownDocument, of page: PageRef) -> String {
        readable(document.plainText, links: document.links, resolved: graph.resolved[page] ?? [])
    }

    /// `plain` with the `[[…]]` runs that are `links` (in order; `resolved` lines up with
    /// them) replaced by what a reader sees.
    func readable(_ plain: String, links: [WikiLink], resolved: [ResolvedLink?]) -> String {
        // Searched in the UTF-8 bytes (Foundation's `range(of:)` is many times slower); `[`
        // and `]` are ASCII, so the pieces cut out are whole characters.
        let bytes = Array(plain.utf8)
        func find(_ pair: UInt8, from start: Int) -> Int? {
            var i = start
            while i + 1 < bytes.count {
                if bytes[i] == pair && bytes[i + 1] == pair { return i }
                i += 1
            }
            return nil
        }
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        guard !links.isEmpty else { return plain }
        var out = ""
        var rest = 0
        var next = 0
        var from = 0
        while next < links.count, let open = find(UInt8(ascii: "["), from: from),
            let close = find(UInt8(ascii: "]"), from: open + 2)
        {
            let raw = text(open + 2..<close)
            // The parser numbered the links in the order they stand, so the next one
            // written this way is this one; a run no link was made from stays as written.
            guard let n = links[next...].firstIndex(where: { $0.raw == raw }) else {
                from = open + 1
                continue
            }
            out += text(rest..<open) + (links[n].label ?? graph.text(of: links[n], to: n < resolved.count ? resolved[n] : nil))
            next = n + 1
            rest = close + 2
            from = rest
        }
        return out + text(rest..<bytes.count)
    }
}
