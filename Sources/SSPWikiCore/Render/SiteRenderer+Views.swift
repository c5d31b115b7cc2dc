/// The school-wide views: dashboard, reviews and their calendar, provision map and its CSV,
/// and the pages of teachers, case holders and classes. Cross-plan indexes are built once
/// here and shared by the jobs that need them.
extension SiteRenderer {
    func viewJobs(_ model: ContentModel, people: PeopleIndex) -> [Job] {
        let peassTitles = model.peassByID.mapValues(\.title)
        let rates = StaffRates(model.config.staffRates)
        // Made when a page first needs it: `serve` renders the school-wide pages only when asked.
        let plans = model.plans
        let map = Once { ProvisionMap(plans: plans, peassTitles: peassTitles, rates: rates) }
        let overview = OverviewParts(plans: model.plans)
        var jobs: [Job] = [
            .page("index.html", "index", model: { $0.dashboardPage(overview) }),
            .page("reviews.html", "reviews", model: { $0.reviewsPage(overview) }),
            .text("reviews.ics") { ReviewCalendar.calendar($0.model, today: $0.today).text() },
            .page("provision-map.html", "provision-map", model: { $0.provisionMapPage(map.get, overview) }),
            .text("provision-map.csv") { _ in ProvisionMapCSV.text(map.get, peassTitles: peassTitles) },
            .page("staff/index.html", "staff-index", model: { $0.staffIndex(people) }),
        ]
        // A large setting's overview pages again for each year group, with every row.
        for part in overview.parts {
            jobs.append(.page(part.path("plans"), "index", model: { $0.scoped(to: part).dashboardPage() }))
            jobs.append(.page(part.path("reviews"), "reviews", model: { $0.scoped(to: part).reviewsPage() }))
            jobs.append(
                .page(
                    part.path("provision-map"), "provision-map",
                    model: { builder in
                        let scoped = builder.scoped(to: part)
                        return scoped.provisionMapPage(
                            ProvisionMap(plans: scoped.model.plans, peassTitles: peassTitles, rates: rates))
                    }))
            jobs.append(.page(part.path("quality"), "quality", model: { $0.scoped(to: part).qualityPage() }))
        }
        for person in people.sortedStaff {
            let shown = person.plans.map(\.id) + person.delivers.map(\.plan.id)
            jobs.append(.page(SitePaths.staff(person.id), "person", inputs: .plans(shown), model: { $0.personPage(person) }))
        }
        for group in people.sortedClasses {
            jobs.append(
                .page(
                    SitePaths.classPage(group.id), "class", inputs: .plans(group.plans.map(\.id)), model: { $0.classPage(group) })
            )
        }
        return jobs
    }
}

/// Pupil passports: one page per active plan, and one pack per class for supply staff.
extension SiteRenderer {
    func passportJobs(_ model: ContentModel, people: PeopleIndex) -> [Job] {
        let plans = ContextBuilder.passportPlans(model.publishedPlans)
        var jobs = plans.map { plan in
            Job.page(
                SitePaths.passport(ofPlan: plan.id), "passport", inputs: .page(PageRef(.plan, plan.id)),
                model: { $0.passportPage(plan) })
        }
        for group in people.sortedClasses where !ContextBuilder.passportPlans(group.plans).isEmpty {
            jobs.append(
                .page(
                    SitePaths.classPassports(group.id), "class-passports",
                    inputs: .plans(group.plans.map(\.id)), model: { $0.classPassportsPage(group) }))
        }
        return jobs
    }
}
