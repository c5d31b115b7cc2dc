/// The review calendar (`reviews.ics`): one all-day event per active plan on its review date,
/// and one on the date of the EHCP's annual review for plans that give it.
///
/// Calendars are synced to phones and mail services, so a child appears by initials and
/// plan id unless site.yml sets `calendar_full_names: true`. The UID stays the same for a
/// plan across builds, so a subscribed calendar moves the event when the date changes.
enum ReviewCalendar {
    static func calendar(_ model: ContentModel, today: Day) -> ICalendar {
        let host = Slug.make(model.config.setting)
        let plans = model.activePlans.sorted { ($0.review, $0.id) < ($1.review, $1.id) }
        func who(_ plan: Plan) -> String { model.config.calendarFullNames ? plan.name : "\(plan.initials) (\(plan.id))" }
        var events = plans.map { plan in
            let who = who(plan)
            var details = ["Review of the support plan for \(who): plan \(plan.planNumber), \(plan.stage.label)."]
            if let teacher = plan.teacher { details.append("Teacher: \(teacher).") }
            if let holder = plan.caseHolder { details.append("Case holder: \(holder).") }
            details.append("Plan page: \(SitePaths.plan(plan.id))")
            return ICalendar.Event(
                uid: "review-\(plan.id)@\(host).sspwiki", day: plan.review,
                summary: "Support plan review: \(who)", description: details.joined(separator: "\n"))
        }
        let annual = plans.compactMap { plan in plan.ehcp?.annualReview.map { (plan, $0) } }.sorted {
            ($0.1, $0.0.id) < ($1.1, $1.0.id)
        }
        events += annual.map { plan, day in
            ICalendar.Event(
                uid: "annual-review-\(plan.id)@\(host).sspwiki", day: day,
                summary: "EHCP annual review: \(who(plan))",
                description:
                    "Annual review of the Education, Health and Care Plan for \(who(plan)).\nPlan page: \(SitePaths.plan(plan.id))"
            )
        }
        return ICalendar(name: "Support plan reviews · \(model.config.setting)", stamp: today, events: events)
    }
}
