/// Pupil passports (one-page profiles): what people like and admire about the child, what is
/// important to them, how best to help them and the facts every adult must know, for supply
/// staff and anyone new to the child. Made from the plan's own sections, never retyped.
extension ContextBuilder {
    /// The passport page of one active plan.
    func passportPage(_ plan: Plan) -> PassportPageModel {
        let sitePath = SitePaths.passport(ofPlan: plan.id)
        var frame = pageFrame(sitePath: sitePath, title: "Pupil passport: \(plan.name)", nav: "plans")
        frame.pageClass = "passport-page"
        return PassportPageModel(frame: frame, passport: passport(plan, sitePath: sitePath))
    }

    /// Every passport of a class, one per printed page, for a supply teacher.
    func classPassportsPage(_ group: PeopleIndex.SchoolClass) -> ClassPassportsPageModel {
        let sitePath = SitePaths.classPassports(group.id)
        let root = HTML.root(for: sitePath)
        var frame = pageFrame(sitePath: sitePath, title: "Pupil passports: class \(group.name)", nav: "people")
        frame.pageClass = "passport-page passport-pack"
        return ClassPassportsPageModel(
            frame: frame, group: NamedLinkModel(name: group.name, url: root + SitePaths.classPage(group.id)),
            passports: sortedForList(Self.passportPlans(group.plans)).map { passport($0, sitePath: sitePath) })
    }

    /// The plans that have a passport: active ones (drafts are unpublished, archived ones done).
    static func passportPlans(_ plans: [Plan]) -> [Plan] {
        plans.filter { $0.status == .active }
    }

    /// The values of one passport, for a page at `sitePath`.
    func passport(_ plan: Plan, sitePath: String) -> PassportModel {
        let root = HTML.root(for: sitePath)
        let ref = PageRef(.plan, plan.id)
        // Only the three sections a passport shows are filled: a class's passports page holds
        // every plan of the class, and the whole plan page's values cost many times more.
        return PassportModel(
            body: planBody(plan, links: graph.resolved[ref] ?? [], sitePath: sitePath, only: [.aboutMe, .strengths, .howToHelp]),
            id: plan.id, name: plan.name, displayName: plan.displayName, planURL: root + ref.sitePath,
            planNumber: plan.planNumber, review: plan.review.medium, reviewISO: plan.review.iso,
            photoURL: plan.photo.flatMap { isMediaFile($0) ? root + $0 : nil }, yearGroup: plan.yearGroup?.description,
            className: plan.className, teacher: plan.teacher, texts: PlanTextsModel(values: plan.texts), medical: plan.medical,
            knownAs: plan.knownAs.flatMap { $0 == plan.name ? nil : $0 },
            adjustments: plan.provisions.filter { $0.kind == .adjustment }.map(\.what),
            accessArrangements: plan.accessArrangements, flags: plan.flags.map(\.label),
            needs: plan.needs.compactMap { need in indes[need.indes].map { $0.title } })
    }
}
