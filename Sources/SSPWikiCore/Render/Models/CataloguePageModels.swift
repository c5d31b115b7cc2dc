import SSPWikiTemplates

/// The page of one INDES section: its text, its levels and the children at each.
struct IndesPageModel: TemplateModel {
    struct Section: TemplateModel {
        var title: String
        var area: String?
        var bodyHtml: String
        var levels: [Level]
        var linkedFrom: [LinkedFromModel]
        static let templateFields = TemplateFields<Section>([
            .value("title", \.title), .value("area", \.area), .value("bodyHtml", \.bodyHtml),
            .list("levels", \.levels), .list("linkedFrom", \.linkedFrom),
        ])
    }

    struct Level: TemplateModel {
        var level: Int
        var label: String?
        var plans: [Holder]
        static let templateFields = TemplateFields<Level>([
            .value("level", \.level), .value("label", \.label), .value("count") { $0.plans.count },
            .list("plans", \.plans),
        ])
    }

    /// A child whose plan records the need at this level.
    struct Holder: TemplateModel {
        var name: String
        var url: String
        var summary: String?
        var primary: Bool
        static let templateFields = TemplateFields<Holder>([
            .value("name", \.name), .value("url", \.url), .value("summary", \.summary),
            .value("primary", \.primary),
        ])
    }

    var frame: PageFrame
    var section: Section
    static let templateFields = TemplateFields<IndesPageModel>(including: \.frame, [.object("section", \.section)])
}

/// The page of one PEaSS entry: its text, the children receiving it, and what it achieved.
struct PeassPageModel: TemplateModel {
    struct Entry: TemplateModel {
        var title: String
        var category: String?
        var level: String?
        var bodyHtml: String
        var receiving: [Receiving]
        var linkedFrom: [LinkedFromModel]
        /// The entry's row of impact.html, when the history is read.
        var impact: PeassImpactModel?
        var impactURL: String?
        static let templateFields = TemplateFields<Entry>([
            .value("title", \.title), .value("category", \.category), .value("level", \.level),
            .value("bodyHtml", \.bodyHtml), .list("receiving", \.receiving), .list("linkedFrom", \.linkedFrom),
            .object("impact", \.impact), .value("impactURL", \.impactURL),
        ])
    }

    struct Receiving: TemplateModel {
        var name: String
        var url: String
        var who: String?
        var howOften: String?
        var minutes: Int?
        static let templateFields = TemplateFields<Receiving>([
            .value("name", \.name), .value("url", \.url), .value("who", \.who),
            .value("howOften", \.howOften), .value("minutes", \.minutes),
        ])
    }

    var frame: PageFrame
    var entry: Entry
    /// The outcomes' legend, shown with the impact figures.
    var outcomeKey: [OutcomeKeyModel]?
    static let templateFields = TemplateFields<PeassPageModel>(
        including: \.frame,
        [
            .object("entry", \.entry), .list("outcomeKey", \.outcomeKey),
        ])
}

/// The impact section of a PEaSS page: the entry's figures, or `none` when no plan's history
/// links a target to it.
struct PeassImpactModel: TemplateModel {
    var row: ProvisionImpactRowModel?
    var notRecorded: Bool
    static let templateFields = TemplateFields<PeassImpactModel>(
        including: \.row,
        [
            .value("notRecorded", \.notRecorded), .value("none") { $0.row == nil },
        ])
}

/// A wiki page.
struct WikiPageModel: TemplateModel {
    struct Page: TemplateModel {
        var title: String
        var bodyHtml: String
        var linkedFrom: [LinkedFromModel]
        static let templateFields = TemplateFields<Page>([
            .value("title", \.title), .value("bodyHtml", \.bodyHtml), .list("linkedFrom", \.linkedFrom),
        ])
    }

    var frame: PageFrame
    var page: Page
    static let templateFields = TemplateFields<WikiPageModel>(including: \.frame, [.object("page", \.page)])
}

/// An entry of a catalogue's index page.
struct IndexEntryModel: TemplateModel {
    var title: String
    var url: String
    var area: String?
    var level: String?
    var count: Int?
    static let templateFields = TemplateFields<IndexEntryModel>([
        .value("title", \.title), .value("url", \.url), .value("area", \.area), .value("level", \.level),
        .value("count", \.count),
    ])
}

/// `indes/index.html`: every INDES section with how many children have a need in it.
struct IndesIndexPageModel: TemplateModel {
    var frame: PageFrame
    var sections: [IndexEntryModel]
    static let templateFields = TemplateFields<IndesIndexPageModel>(including: \.frame, [.list("sections", \.sections)])
}

/// `pages/index.html`: every wiki page.
struct PagesIndexPageModel: TemplateModel {
    var frame: PageFrame
    var pages: [IndexEntryModel]
    static let templateFields = TemplateFields<PagesIndexPageModel>(including: \.frame, [.list("pages", \.pages)])
}

/// `peass/index.html`: the entries by category.
struct PeassIndexPageModel: TemplateModel {
    struct Category: TemplateModel {
        var label: String
        var entries: [IndexEntryModel]
        static let templateFields = TemplateFields<Category>([.value("label", \.label), .list("entries", \.entries)])
    }

    var frame: PageFrame
    var categories: [Category]
    static let templateFields = TemplateFields<PeassIndexPageModel>(
        including: \.frame, [.list("categories", \.categories)])
}

/// `glossary.html`: every term with its meaning and the pages that use it.
struct GlossaryPageModel: TemplateModel {
    struct Term: TemplateModel {
        var term: String
        var meaning: String
        var anchor: String
        var pages: [LinkedFromModel]
        static let templateFields = TemplateFields<Term>([
            .value("term", \.term), .value("meaning", \.meaning), .value("anchor", \.anchor),
            .value("usedOn") { $0.pages.count == 1 ? "1 page" : "\($0.pages.count) pages" }, .list("pages", \.pages),
        ])
    }

    var frame: PageFrame
    var terms: [Term]
    static let templateFields = TemplateFields<GlossaryPageModel>(including: \.frame, [.list("terms", \.terms)])
}

/// A value with its label: one option of a filter.
struct ChoiceModel: TemplateModel {
    var value: String
    var label: String
    static let templateFields = TemplateFields<ChoiceModel>([.value("value", \.value), .value("label", \.label)])
}

/// The search page: the query box and the filters, with the choices the content offers.
struct SearchPageModel: TemplateModel {
    var frame: PageFrame
    var stages: [ChoiceModel]
    var years: [ChoiceModel]
    var sections: [ChoiceModel]
    var levels: [ChoiceModel]
    var flags: [ChoiceModel]
    var soonDays: Int
    static let templateFields = TemplateFields<SearchPageModel>(
        including: \.frame,
        [
            .list("stages", \.stages), .list("years", \.years), .list("sections", \.sections),
            .list("levels", \.levels), .list("flags", \.flags), .value("soonDays", \.soonDays),
        ])
}
