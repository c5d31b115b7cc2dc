import SSPWikiTemplates

/// A list of plans under a heading, for the plan-rows partial (person and class pages).
struct PlanGroupModel: TemplateModel {
    var id: String
    var title: String
    var plans: [PlanRowModel]
    /// The table's id, which only the dashboard's filtered table has.
    var tableID: String?
    static let templateFields = TemplateFields<PlanGroupModel>([
        .value("id", \.id), .value("title", \.title), .value("caption", \.title),
        .list("plans", \.plans), .value("tableID", \.tableID),
    ])
}

/// A name with its page, when it has one (a class's teachers).
struct OptionalLinkModel: TemplateModel {
    var name: String
    var url: String?
    static let templateFields = TemplateFields<OptionalLinkModel>([.value("name", \.name), .value("url", \.url)])
}

/// `staff/index.html`: every member of staff and every class, with how many active plans each has.
struct StaffIndexPageModel: TemplateModel {
    struct Person: TemplateModel {
        var name: String
        var url: String
        var count: Int
        var teaches: Bool
        var holds: Bool
        static let templateFields = TemplateFields<Person>([
            .value("name", \.name), .value("url", \.url), .value("count", \.count),
            .value("teaches", \.teaches), .value("holds", \.holds),
        ])
    }

    var frame: PageFrame
    var staff: [Person]
    var classes: [CountedLinkModel]
    static let templateFields = TemplateFields<StaffIndexPageModel>(
        including: \.frame,
        [
            .list("staff", \.staff), .list("classes", \.classes),
        ])
}

/// A linked name with a count (a class on the staff index).
struct CountedLinkModel: TemplateModel {
    var name: String
    var url: String
    var count: Int
    static let templateFields = TemplateFields<CountedLinkModel>([
        .value("name", \.name), .value("url", \.url), .value("count", \.count),
    ])
}

/// The page of a teacher or case holder: their children's plans and the provision they deliver.
struct PersonPageModel: TemplateModel {
    struct Person: TemplateModel {
        var name: String
        var groups: [PlanGroupModel]
        var delivers: [Delivery]
        static let templateFields = TemplateFields<Person>([
            .value("name", \.name), .list("groups", \.groups), .list("delivers", \.delivers),
        ])
    }

    /// A provision the person delivers.
    struct Delivery: TemplateModel {
        var name: String
        var url: String
        var what: String
        var howOften: String?
        var minutes: Int?
        var kind: String
        static let templateFields = TemplateFields<Delivery>([
            .value("name", \.name), .value("url", \.url), .value("what", \.what),
            .value("howOften", \.howOften), .value("minutes", \.minutes), .value("kind", \.kind),
        ])
    }

    var frame: PageFrame
    var person: Person
    static let templateFields = TemplateFields<PersonPageModel>(including: \.frame, [.object("person", \.person)])
}

/// The page of a class: its children's plans, its teachers and its passports.
struct ClassPageModel: TemplateModel {
    struct Group: TemplateModel {
        var name: String
        var groups: [PlanGroupModel]
        var passportsURL: String?
        var teachers: [OptionalLinkModel]
        static let templateFields = TemplateFields<Group>([
            .value("name", \.name), .list("groups", \.groups), .value("passportsURL", \.passportsURL),
            .value("teacherLabel") { $0.teachers.count == 1 ? "Teacher" : "Teachers" }, .list("teachers", \.teachers),
        ])
    }

    var frame: PageFrame
    var group: Group
    static let templateFields = TemplateFields<ClassPageModel>(including: \.frame, [.object("group", \.group)])
}

/// `archive.html`: archived plans with their record keeping.
struct ArchivePageModel: TemplateModel {
    struct Row: TemplateModel {
        var row: PlanRowModel
        var record: PlanRecordModel
        static let templateFields = TemplateFields<Row>(
            PlanRowModel.templateFields.fields.map { $0.lifted(\.row) }
                + PlanRecordModel.templateFields.fields.map { $0.lifted(\.record) })
    }

    var frame: PageFrame
    var plans: [Row]
    var retentionPolicy: String
    static let templateFields = TemplateFields<ArchivePageModel>(
        including: \.frame,
        [
            .list("plans", \.plans), .value("retentionPolicy", \.retentionPolicy),
        ])
}
