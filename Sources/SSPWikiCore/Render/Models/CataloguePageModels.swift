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
            .value("title") { $0.title }, .value("area") { $0.area }, .value("bodyHtml") { $0.bodyHtml },
            .list("levels") { $0.levels }, .list("linkedFrom") { $0.linkedFrom },
        ])
    }

    struct Level: TemplateModel {
        var level: Int
        var label: String?
        var plans: [Holder]
        static let templateFields = TemplateFields<Level>([
            .value("level") { $0.level }, .value("label") { $0.label }, .value("count") { $0.plans.count },
            .list("plans") { $0.plans },
        ])
    }

    /// A child whose plan records the need at this level.
    struct Holder: TemplateModel {
        var name: String
        var url: String
        var summary: String?
        var primary: Bool
        static let templateFields = TemplateFields<Holder>([
            .value("name") { $0.name }, .value("url") { $0.url }, .value("summary") { $0.summary },
            .value("primary") { $0.primary },
        ])
    }

    var frame: PageFrame
    var section: Section
    static let templateFields = TemplateFields<IndesPageModel>(including: { $0.frame }, [.object("section") { $0.section }])
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
            .value("title") { $0.title }, .value("category") { $0.category }, .value("level") { $0.level },
            .value("bodyHtml") { $0.bodyHtml }, .list("receiving") { $0.receiving }, .list("linkedFrom") { $0.linkedFrom },
            .object("impact") { $0.impact }, .value("impactURL") { $0.impactURL },
        ])
    }

    struct Receiving: TemplateModel {
        var name: String
        var url: String
        var who: String?
        var howOften: String?
        var minutes: Int?
        static let templateFields = TemplateFields<Receiving>([
            .value("name") { $0.name }, .value("url") { $0.url }, .value("who") { $0.who },
            .value("howOften") { $0.howOften }, .value("minutes") { $0.minutes },
        ])
    }

    var frame: PageFrame
    var entry: Entry
    /// The outcomes' legend, shown with the impact figures.
    var outcomeKey: [OutcomeKeyModel]?
    static let templateFields = TemplateFields<PeassPageModel>(
        including: { $0.frame },
        [
            .object("entry") { $0.entry }, .list("outcomeKey") { $0.outcomeKey },
        ])
}

/// The impact section of a PEaSS page: the entry's figures, or `none` when no plan's history
/// links a target to it.
struct PeassImpactModel: TemplateModel {
    var row: ProvisionImpactRowModel?
    var notRecorded: Bool
    static let templateFields = TemplateFields<PeassImpactModel>(
        including: { $0.row },
        [
            .value("notRecorded") { $0.notRecorded }, .value("none") { $0.row == nil },
        ])
}

/// A wiki page.
struct WikiPageModel: TemplateModel {
    struct Page: TemplateModel {
        var title: String
        var bodyHtml: String
        var linkedFrom: [LinkedFromModel]
        static let templateFields = TemplateFields<Page>([
            .value("title") { $0.title }, .value("bodyHtml") { $0.bodyHtml }, .list("linkedFrom") { $0.linkedFrom },
        ])
    }

    var frame: PageFrame
    var page: Page
    static let templateFields = TemplateFields<WikiPageModel>(including: { $0.frame }, [.object("page") { $0.page }])
}

/// An entry of a catalogue's index page.
struct IndexEntryModel: TemplateModel {
    var title: String
    var url: String
    var area: String?
    var level: String?
    var count: Int?
    static let templateFields = TemplateFields<IndexEntryModel>([
        .value("title") { $0.title }, .value("url") { $0.url }, .value("area") { $0.area }, .value("level") { $0.level },
        .value("count") { $0.count },
    ])
}

/// `indes/index.html`: every INDES section with how many children have a need in it.
struct IndesIndexPageModel: TemplateModel {
    var frame: PageFrame
    var sections: [IndexEntryModel]
    static let templateFields = TemplateFields<IndesIndexPageModel>(including: { $0.frame }, [.list("sections") { $0.sections }])
}

/// `pages/index.html`: every wiki page.
struct PagesIndexPageModel: TemplateModel {
    var frame: PageFrame
    var pages: [IndexEntryModel]
    static let templateFields = TemplateFields<PagesIndexPageModel>(including: { $0.frame }, [.list("pages") { $0.pages }])
}

/// `peass/index.html`: the entries by category.
struct PeassIndexPageModel: TemplateModel {
    struct Category: TemplateModel {
        var label: String
        var entries: [IndexEntryModel]
        static let templateFields = TemplateFields<Category>([.value("label") { $0.label }, .list("entries") { $0.entries }])
    }

    var frame: PageFrame
    var categories: [Category]
    static let templateFields = TemplateFields<PeassIndexPageModel>(
        including: { $0.frame }, [.list("categories") { $0.categories }])
}

/// `glossary.html`: every term with its meaning and the pages that use it.
struct GlossaryPageModel: TemplateModel {
    struct Term: TemplateModel {
        var term: String
        var meaning: String
        var anchor: String
        var pages: [LinkedFromModel]
        static let templateFields = TemplateFields<Term>([
            .value("term") { $0.term }, .value("meaning") { $0.meaning }, .value("anchor") { $0.anchor },
            .value("usedOn") { $0.pages.count == 1 ? "1 page" : "\($0.pages.count) pages" }, .list("pages") { $0.pages },
        ])
    }

    var frame: PageFrame
    var terms: [Term]
    static let templateFields = TemplateFields<GlossaryPageModel>(including: { $0.frame }, [.list("terms") { $0.terms }])
}

/// A value with its label: one option of a filter.
struct ChoiceModel: TemplateModel {
    var value: String
    var label: String
    static let templateFields = TemplateFields<ChoiceModel>([.value("value") { $0.value }, .value("label") { $0.label }])
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
        including: { $0.frame },
        [
            .list("stages") { $0.stages }, .list("years") { $0.years }, .list("sections") { $0.sections },
            .list("levels") { $0.levels }, .list("flags") { $0.flags }, .value("soonDays") { $0.soonDays },
        ])
}
