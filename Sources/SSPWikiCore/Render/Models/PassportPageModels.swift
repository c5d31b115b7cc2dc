import SSPWikiTemplates

/// One pupil passport (a one-page profile), from the plan's own sections and facts.
struct PassportModel: TemplateModel {
    var body: PlanBodyModel
    var id: String
    var name: String
    var displayName: String
    var planURL: String
    var planNumber: Int
    var review: String
    var reviewISO: String
    var photoURL: String?
    var yearGroup: String?
    var className: String?
    var teacher: String?
    var texts: PlanTextsModel
    var medical: String?
    var knownAs: String?
    var adjustments: [String]
    var accessArrangements: [String]
    var flags: [String]
    var needs: [String]

    static let templateFields = TemplateFields<PassportModel>(
        including: { $0.body },
        [
            .value("id") { $0.id }, .value("name") { $0.name }, .value("displayName") { $0.displayName },
            .value("planURL") { $0.planURL }, .value("planNumber") { $0.planNumber }, .value("review") { $0.review },
            .value("reviewISO") { $0.reviewISO }, .value("photoURL") { $0.photoURL }, .value("yearGroup") { $0.yearGroup },
            .value("className") { $0.className }, .value("teacher") { $0.teacher },
            .object("texts") { $0.texts }, .value("medical") { $0.medical },
            .value("knownAs") { $0.knownAs }, .values("adjustments") { $0.adjustments },
            .values("accessArrangements") { $0.accessArrangements }, .values("flags") { $0.flags }, .values("needs") { $0.needs },
            .value("mustKnow") { $0.medical != nil || !$0.accessArrangements.isEmpty || !$0.flags.isEmpty },
        ])
}

/// `plans/<id>/passport.html`.
struct PassportPageModel: TemplateModel {
    var frame: PageFrame
    var passport: PassportModel
    static let templateFields = TemplateFields<PassportPageModel>(including: { $0.frame }, [.object("passport") { $0.passport }])
}

/// `classes/<id>/passports.html`: every passport of a class, one per printed page.
struct ClassPassportsPageModel: TemplateModel {
    var frame: PageFrame
    var group: NamedLinkModel
    var passports: [PassportModel]
    static let templateFields = TemplateFields<ClassPassportsPageModel>(
        including: { $0.frame },
        [
            .object("group") { $0.group }, .list("passports") { $0.passports },
        ])
}
