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

    func staffIndex(_ people: PeopleIndex) -> [String: Any] {
        var context = frame(sitePath: "staff/index.html", title: "Staff and caseloads", nav: "people")
        context["staff"] = people.sortedStaff.map { person in
            let active = person.plans.filter { $0.status == .active }
            return compact(["name": person.name, "url": "\(person.id).html", "count": active.count,
                            "teaches": person.asTeacher.contains { $0.status == .active } ? true : nil,
                            "holds": person.asCaseHolder.contains { $0.status == .active } ? true : nil])
        }
        context["classes"] = people.sortedClasses.map { group in
            ["name": group.name, "url": "../" + SitePaths.classPage(group.id),
             "count": group.plans.filter { $0.status == .active }.count]
        }
        return context
    }

    func personPage(_ person: PeopleIndex.Person) -> [String: Any] {
        let sitePath = SitePaths.staff(person.id)
        let root = HTML.root(for: sitePath)
        var context = frame(sitePath: sitePath, title: person.name, nav: "people")
        context["person"] = compact([
            "name": person.name,
            "groups": planGroups([
                ("holds", "Case holder for", person.asCaseHolder.filter { $0.status == .active }),
                ("teaches", "Teacher of", person.asTeacher.filter { $0.status == .active }),
                ("archived", "Archived plans", person.plans.filter { $0.status == .archived }),
            ], root: root),
            "delivers": person.delivers.map { item in
                compact(["name": item.plan.name, "url": root + SitePaths.plan(item.plan.id), "what": item.provision.what,
                         "howOften": item.provision.howOften?.plain ?? item.provision.howOftenText,
                         "minutes": item.provision.minutes, "kind": item.provision.kind.label])
            },
        ])
        return context
    }

    func classPage(_ group: PeopleIndex.SchoolClass) -> [String: Any] {
        let sitePath = SitePaths.classPage(group.id)
        let root = HTML.root(for: sitePath)
        var context = frame(sitePath: sitePath, title: "Class \(group.name)", nav: "people")
        let active = group.plans.filter { $0.status == .active }
        let teachers = Set(active.compactMap(\.teacher)).sorted()
        context["group"] = compact([
            "name": group.name,
            "groups": planGroups([
                ("active", "Children with an active plan", active),
                ("archived", "Archived plans", group.plans.filter { $0.status == .archived }),
            ], root: root),
            "passportsURL": active.isEmpty ? nil : root + SitePaths.classPassports(group.id),
            "teacherLabel": teachers.count == 1 ? "Teacher" : "Teachers",
            "teachers": teachers.map { compact(["name": $0, "url": staffURL($0, root: root)]) },
        ])
        return context
    }

    /// Non-empty lists of plans, each with a heading, for the plan-rows partial.
    func planGroups(_ groups: [(id: String, title: String, plans: [Plan])], root: String) -> [[String: Any]] {
        groups.filter { !$0.plans.isEmpty }.map { group in
            ["id": group.id, "title": group.title, "caption": group.title,
             "plans": sortedForList(group.plans).map { planRow($0, root: root) }]
        }
    }
}
