import SSPWikiTemplates

/// A list of plans under a heading, for the plan-rows partial (person and class pages).
struct PlanGroupModel: TemplateModel {
    var id: String
    var title: String
    var plans: [PlanRowModel]
    /// The table's id, which only the dashboard's filtered table has.
    var tableID: String?
    static let templateFields = TemplateFields<PlanGroupModel>([
        .value("id") { $0.id }, .value("title") { $0.title }, .value("caption") { $0.title },
        .list("plans") { $0.plans }, .value("tableID") { $0.tableID },
    ])
}

/// A name with its page, when it has one (a class's teachers).
struct OptionalLinkModel: TemplateModel {
    var name: String
    var url: String?
    static let templateFields = TemplateFields<OptionalLinkModel>([.value("name") { $0.name }, .value("url") { $0.url }])
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
            .value("name") { $0.name }, .value("url") { $0.url }, .value("count") { $0.count },
            .value("teaches") { $0.teaches }, .value("holds") { $0.holds },
        ])
    }

    var frame: PageFrame
    var staff: [Person]
    var classes: [CountedLinkModel]
    static let templateFields = TemplateFields<StaffIndexPageModel>(
        including: { $0.frame },
        [
            .list("staff") { $0.staff }, .list("classes") { $0.classes },
        ])
}

/// A linked name with a count (a class on the staff index).
struct CountedLinkModel: TemplateModel {
    var name: String
    var url: String
    var count: Int
    static let templateFields = TemplateFields<CountedLinkModel>([
        .value("name") { $0.name }, .value("url") { $0.url }, .value("count") { $0.count },
    ])
}

/// The page of a teacher or case holder: their children's plans and the provision they deliver.
struct PersonPageModel: TemplateModel {
    struct Person: TemplateModel {
        var name: String
        var groups: [PlanGroupModel]
        var delivers: [Delivery]
        static let templateFields = TemplateFields<Person>([
            .value("name") { $0.name }, .list("groups") { $0.groups }, .list("delivers") { $0.delivers },
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
            .value("name") { $0.name }, .value("url") { $0.url }, .value("what") { $0.what },
            .value("howOften") { $0.howOften }, .value("minutes") { $0.minutes }, .value("kind") { $0.kind },
        ])
    }

    var frame: PageFrame
    var person: Person
    static let templateFields = TemplateFields<PersonPageModel>(including: { $0.frame }, [.object("person") { $0.person }])
}

/// The page of a class: its children's plans, its teachers and its passports.
struct ClassPageModel: TemplateModel {
    struct Group: TemplateModel {
        var name: String
        var groups: [PlanGroupModel]
        var passportsURL: String?
        var teachers: [OptionalLinkModel]
        static let templateFields = TemplateFields<Group>([
            .value("name") { $0.name }, .list("groups") { $0.groups }, .value("passportsURL") { $0.passportsURL },
            .value("teacherLabel") { $0.teachers.count == 1 ? "Teacher" : "Teachers" }, .list("teachers") { $0.teachers },
        ])
    }

    var frame: PageFrame
    var group: Group
    static let templateFields = TemplateFields<ClassPageModel>(including: { $0.frame }, [.object("group") { $0.group }])
}

/// `archive.html`: archived plans with their record keeping.
struct ArchivePageModel: TemplateModel {
    struct Row: TemplateModel {
        var row: PlanRowModel
        var record: PlanRecordModel
        static let templateFields = TemplateFields<Row>(
            PlanRowModel.templateFields.fields.map { $0.lifted { $0.row } }
                + PlanRecordModel.templateFields.fields.map { $0.lifted { $0.record } })
    }

    var frame: PageFrame
    var plans: [Row]
    var retentionPolicy: String
    static let templateFields = TemplateFields<ArchivePageModel>(
        including: { $0.frame },
        [
            .list("plans") { $0.plans }, .value("retentionPolicy") { $0.retentionPolicy },
        ])
}
