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
        including: \.body,
        [
            .value("id", \.id), .value("name", \.name), .value("displayName", \.displayName),
            .value("planURL", \.planURL), .value("planNumber", \.planNumber), .value("review", \.review),
            .value("reviewISO", \.reviewISO), .value("photoURL", \.photoURL), .value("yearGroup", \.yearGroup),
            .value("className", \.className), .value("teacher", \.teacher),
            .object("texts", \.texts), .value("medical", \.medical),
            .value("knownAs", \.knownAs), .values("adjustments", \.adjustments),
            .values("accessArrangements", \.accessArrangements), .values("flags", \.flags), .values("needs", \.needs),
            .value("mustKnow") { $0.medical != nil || !$0.accessArrangements.isEmpty || !$0.flags.isEmpty },
        ])
}

/// `plans/<id>/passport.html`.
struct PassportPageModel: TemplateModel {
    var frame: PageFrame
    var passport: PassportModel
    static let templateFields = TemplateFields<PassportPageModel>(including: \.frame, [.object("passport", \.passport)])
}

/// `classes/<id>/passports.html`: every passport of a class, one per printed page.
struct ClassPassportsPageModel: TemplateModel {
    var frame: PageFrame
    var group: NamedLinkModel
    var passports: [PassportModel]
    static let templateFields = TemplateFields<ClassPassportsPageModel>(
        including: \.frame,
        [
            .object("group", \.group), .list("passports", \.passports),
        ])
}
