/// Pupil passports (one-page profiles): what people like and admire about the child, what is
/// important to them, how best to help them and the facts every adult must know, for supply
/// staff and anyone new to the child. Made from the plan's own sections, never retyped.
extension ContextBuilder {
    /// The passport page of one active plan.
    func passportPage(_ plan: Plan) -> [String: Any] {
        let sitePath = SitePaths.passport(ofPlan: plan.id)
        var context = frame(sitePath: sitePath, title: "Pupil passport: \(plan.name)", nav: "plans")
        context["passport"] = passport(plan, sitePath: sitePath)
        context["pageClass"] = "passport-page"
        return context
    }

    /// Every passport of a class, one per printed page, for a supply teacher.
    func classPassportsPage(_ group: PeopleIndex.SchoolClass) -> [String: Any] {
        let sitePath = SitePaths.classPassports(group.id)
        let root = HTML.root(for: sitePath)
        var context = frame(sitePath: sitePath, title: "Pupil passports: class \(group.name)", nav: "people")
        context["group"] = ["name": group.name, "url": root + SitePaths.classPage(group.id)]
        context["passports"] = sortedForList(Self.passportPlans(group.plans)).map { passport($0, sitePath: sitePath) }
        context["pageClass"] = "passport-page passport-pack"
        return context
    }

    /// The plans that have a passport: active ones (drafts are unpublished, archived ones done).
    static func passportPlans(_ plans: [Plan]) -> [Plan] {
        plans.filter { $0.status == .active }
    }

    /// The values of one passport, for a page at `sitePath`.
    func passport(_ plan: Plan, sitePath: String) -> [String: Any] {
        let root = HTML.root(for: sitePath)
        let ref = PageRef(.plan, plan.id)
        // Only the three sections a passport shows are filled: a class's passports page holds
        // every plan of the class, and the whole plan page's values cost many times more.
        var card = bodySections(plan, links: graph.resolved[ref] ?? [], sitePath: sitePath,
                                only: [.aboutMe, .strengths, .howToHelp])
        card.merge([
            "id": plan.id, "name": plan.name, "displayName": plan.displayName,
            "planURL": root + ref.sitePath, "planNumber": plan.planNumber,
            "review": plan.review.medium, "reviewISO": plan.review.iso,
        ]) { _, new in new }
        card["photoURL"] = plan.photo.flatMap { isMediaFile($0) ? root + $0 : nil }
        card["yearGroup"] = plan.yearGroup?.description
        card["className"] = plan.className
        card["teacher"] = plan.teacher
        card["texts"] = plan.texts
        card["medical"] = plan.medical
        card["knownAs"] = plan.knownAs.flatMap { $0 == plan.name ? nil : $0 }
        card["adjustments"] = plan.provisions.filter { $0.kind == .adjustment }.map(\.what)
        card["accessArrangements"] = plan.accessArrangements
        card["flags"] = plan.flags.map(\.label)
        card["needs"] = plan.needs.compactMap { need in indes[need.indes].map { $0.title } }
        card["mustKnow"] = plan.medical != nil || !plan.accessArrangements.isEmpty || !plan.flags.isEmpty ? true : nil
        return card
    }
}
