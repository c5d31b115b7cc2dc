/// Pages for teachers, case holders and classes, each listing their children.
extension ContextBuilder {
    /// The page of the teacher or case holder `name`, from a page whose root prefix is `root`.
    func staffURL(_ name: String?, root: String) -> String? {
        name.flatMap(PeopleIndex.id(for:)).map { root + SitePaths.staff($0) }
    }

    /// The page of the class `name`.
    func classURL(_ name: String?, root: String) -> String? {
        name.flatMap(PeopleIndex.id(for:)).map { root + SitePaths.classPage($0) }
    }

    func staffIndex(_ people: PeopleIndex) -> StaffIndexPageModel {
        StaffIndexPageModel(
            frame: pageFrame(sitePath: "staff/index.html", title: "Staff and caseloads", nav: "people"),
            staff: people.sortedStaff.map { person in
                StaffIndexPageModel.Person(
                    name: person.name, url: "\(person.id).html",
                    count: person.plans.filter { $0.status == .active }.count,
                    teaches: person.asTeacher.contains { $0.status == .active },
                    holds: person.asCaseHolder.contains { $0.status == .active })
            },
            classes: people.sortedClasses.map { group in
                CountedLinkModel(
                    name: group.name, url: "../" + SitePaths.classPage(group.id),
                    count: group.plans.filter { $0.status == .active }.count)
            })
    }

    func personPage(_ person: PeopleIndex.Person) -> PersonPageModel {
        let sitePath = SitePaths.staff(person.id)
        let root = HTML.root(for: sitePath)
        let groups = planGroups(
            [
                ("holds", "Case holder for", person.asCaseHolder.filter { $0.status == .active }),
                ("teaches", "Teacher of", person.asTeacher.filter { $0.status == .active }),
                ("archived", "Archived plans", person.plans.filter { $0.status == .archived }),
            ], root: root)
        let delivers = person.delivers.map { item in
            PersonPageModel.Delivery(
                name: item.plan.name, url: root + SitePaths.plan(item.plan.id), what: item.provision.what,
                howOften: item.provision.howOften?.plain ?? item.provision.howOftenText,
                minutes: item.provision.minutes, kind: item.provision.kind.label)
        }
        return PersonPageModel(
            frame: pageFrame(sitePath: sitePath, title: person.name, nav: "people"),
            person: .init(name: person.name, groups: groups, delivers: delivers))
    }

    func classPage(_ group: PeopleIndex.SchoolClass) -> ClassPageModel {
        let sitePath = SitePaths.classPage(group.id)
        let root = HTML.root(for: sitePath)
        let active = group.plans.filter { $0.status == .active }
        let groups = planGroups(
            [
                ("active", "Children with an active plan", active),
                ("archived", "Archived plans", group.plans.filter { $0.status == .archived }),
            ], root: root)
        return ClassPageModel(
            frame: pageFrame(sitePath: sitePath, title: "Class \(group.name)", nav: "people"),
            group: .init(
                name: group.name, groups: groups, passportsURL: active.isEmpty ? nil : root + SitePaths.classPassports(group.id),
                teachers: Set(active.compactMap(\.teacher)).sorted().map {
                    OptionalLinkModel(name: $0, url: staffURL($0, root: root))
                }))
    }

    /// Non-empty lists of plans, each with a heading, for the plan-rows partial.
    func planGroups(_ groups: [(id: String, title: String, plans: [Plan])], root: String) -> [PlanGroupModel] {
        groups.filter { !$0.plans.isEmpty }.map { group in
            PlanGroupModel(
                id: group.id, title: group.title, plans: sortedForList(group.plans).map { planRowModel($0, root: root) })
        }
    }
}
