import Foundation

/// Teachers, case holders and classes named in the published plans, built once so that
/// every plan can link to their pages and each page can list its children.
///
/// A person's id is `Slug.make(name)`, so "Mrs J Patel" and "Mrs J. Patel" are one person
/// with the page `staff/mrs-j-patel.html`; a class's id is made the same way.
package struct PeopleIndex: Sendable {
    /// A teacher or case holder.
    package struct Person: Sendable {
        package let id: String
        /// The name as first written (plans taken in id order).
        package let name: String
        package var asTeacher: [Plan] = []
        package var asCaseHolder: [Plan] = []
        /// Provision whose `who` names this person, such as "Teacher (Mr D Ferris, case holder)".
        package var delivers: [(plan: Plan, provision: Provision)] = []

        /// Every plan the person teaches or holds, without repeats.
        package var plans: [Plan] {
            var seen = Set<String>()
            return (asCaseHolder + asTeacher).filter { seen.insert($0.id).inserted }
        }
    }

    /// A class, with its children.
    package struct SchoolClass: Sendable {
        package let id: String
        package let name: String
        package var plans: [Plan] = []
    }

    /// Teachers and case holders by surname (the last word of the name).
    package private(set) var sortedStaff: [Person] = []
    /// Classes by name ("7 Alder" before "10 Hazel").
    package private(set) var sortedClasses: [SchoolClass] = []

    /// Teachers and case holders by id.
    package var staff: [String: Person] { Dictionary(uniqueKeysWithValues: sortedStaff.map { ($0.id, $0) }) }
    /// Classes by id.
    package var classes: [String: SchoolClass] { Dictionary(uniqueKeysWithValues: sortedClasses.map { ($0.id, $0) }) }

    /// Indexes the published plans (drafts are never shown, so never indexed).
    package init(plans: [Plan]) {
        self.init(layout: Self.layout(of: plans), plans: plans)
    }

    /// The index `layout` describes, made of `plans` (those `layout` was worked out from, or
    /// plans with the same `PeopleMemo.Fields`).
    init(layout: Layout, plans: [Plan]) {
        sortedStaff = layout.staffOrder.map { place in
            let entry = layout.staff[place]
            var person = Person(id: entry.id, name: entry.name)
            person.asTeacher = entry.asTeacher.map { plans[$0] }
            person.asCaseHolder = entry.asCaseHolder.map { plans[$0] }
            person.delivers = entry.delivers.map { (plans[$0.plan], plans[$0.plan].provisions[$0.provision]) }
            return person
        }
        sortedClasses = layout.classOrder.map { place in
            let entry = layout.classes[place]
            return SchoolClass(id: entry.id, name: entry.name, plans: entry.plans.map { plans[$0] })
        }
    }

    /// Who and which classes the plans name, with each plan by its place in `plans` and each
    /// provision by its place in its plan: all the index holds but the plans themselves.
    struct Layout: Sendable {
        struct Entry: Sendable {
            let id: String
            let name: String
            var asTeacher: [Int] = []
            var asCaseHolder: [Int] = []
            var delivers: [(plan: Int, provision: Int)] = []
        }

        struct ClassEntry: Sendable {
            let id: String
            let name: String
            var plans: [Int] = []
        }

        var staff: [Entry] = []
        var classes: [ClassEntry] = []
        /// Places in `staff` by surname, and in `classes` by name: sorted once per layout, as
        /// sorting everyone was a tenth of `serve`'s page jobs.
        var staffOrder: [Int] = []
        var classOrder: [Int] = []
    }

    /// The index's layout, worked out from the plans' ids, names, statuses, teachers, case
    /// holders, classes and provisions' `who` (`PeopleMemo.Fields`) only.
    static func layout(of plans: [Plan]) -> Layout {
        let published = plans.indices.filter { plans[$0].status != .draft }
            .sorted(byKey: { (plans[$0].name.lowercased(), plans[$0].id) }, by: <)
        // The same few names recur in every plan; a slug is worked out once per name.
        var slugs: [String: String] = [:]
        slugs.reserveCapacity(published.count)
        func slug(_ name: String) -> String {
            if let known = slugs[name] { return known }
            let made = Slug.make(name)
            slugs[name] = made
            return made
        }
        var ids: [String: String?] = [:]
        ids.reserveCapacity(published.count)
        func id(_ name: String?) -> String? {
            guard let name else { return nil }
            if let known = ids[name] { return known }
            let made = name.contains(where: { $0.isLetter || $0.isNumber }) ? slug(name) : nil
            ids[name] = made
            return made
        }
        var layout = Layout()
        var staff: [String: Int] = [:]
        var classes: [String: Int] = [:]
        staff.reserveCapacity(published.count)
        for place in published.sorted(byKey: { plans[$0].id }, by: <) {
            let plan = plans[place]
            for name in [plan.teacher, plan.caseHolder].compactMap({ $0 }) {
                guard let id = id(name), staff[id] == nil else { continue }
                staff[id] = layout.staff.count
                layout.staff.append(Layout.Entry(id: id, name: name))
            }
            if let name = plan.className, let id = id(name), classes[id] == nil {
                classes[id] = layout.classes.count
                layout.classes.append(Layout.ClassEntry(id: id, name: name))
            }
        }
        // The same `who` texts recur across plans too.
        var named: [String: [Int]] = [:]
        named.reserveCapacity(published.count)
        for place in published {
            let plan = plans[place]
            if let entry = id(plan.teacher).flatMap({ staff[$0] }) { layout.staff[entry].asTeacher.append(place) }
            if let entry = id(plan.caseHolder).flatMap({ staff[$0] }) { layout.staff[entry].asCaseHolder.append(place) }
            if let entry = id(plan.className).flatMap({ classes[$0] }) { layout.classes[entry].plans.append(place) }
            guard plan.status == .active else { continue }
            for (index, provision) in plan.provisions.enumerated() {
                let who = provision.who ?? ""
                let entries =
                    named[who] ?? Set(PeopleIndex.names(in: who).map(slug)).sorted().compactMap { staff[$0] }
                named[who] = entries
                for entry in entries { layout.staff[entry].delivers.append((place, index)) }
            }
        }
        layout.staffOrder = Array(layout.staff.indices).sorted(
            byKey: { place in
                let person = layout.staff[place]
                return ((person.name.split(separator: " ").last.map(String.init) ?? person.name).lowercased(), person.id)
            }, by: <)
        layout.classOrder = layout.classes.indices.sorted { a, b in
            let (a, b) = (layout.classes[a], layout.classes[b])
            let order = a.name.localizedStandardCompare(b.name)
            return order == .orderedSame ? a.id < b.id : order == .orderedAscending
        }
        return layout
    }

    /// The id of a person's or a class's page, or nil when the name has no letters or digits.
    static func id(for name: String) -> String? {
        guard name.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
        return Slug.make(name)
    }

    /// The people a `who` names: the whole text, and each part inside brackets split at
    /// commas and "and" ("TA (Mrs D Haines and Mr O Pryce)" → Mrs D Haines, Mr O Pryce).
    static func names(in who: String) -> [String] {
        var text = who
        // Most `who` texts are ASCII, where every byte is a character: found over the bytes,
        // as searching Characters for brackets was most of the index's time.
        if let names = text.withUTF8({ $0.allSatisfy { $0 < 0x80 } ? asciiNames(in: $0) : nil }) { return names }
        return characterNames(in: who)
    }

    /// `names(in:)` for an ASCII text, over its bytes.
    private static func asciiNames(in bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        let (open, close, comma, space, tab) = (
            UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: " "), UInt8(ascii: "\t")
        )
        guard !bytes.isEmpty else { return [] }
        var names = [String(decoding: bytes, as: UTF8.self)]
        func add(_ start: Int, _ end: Int) {
            var (start, end) = (start, end)
            while start < end, bytes[start] == space || bytes[start] == tab { start += 1 }
            while end > start, bytes[end - 1] == space || bytes[end - 1] == tab { end -= 1 }
            if start < end { names.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) }
        }
        var at = 0
        while let first = bytes[at...].firstIndex(of: open), let last = bytes[first...].firstIndex(of: close) {
            var start = first + 1
            var place = start
            while place <= last {
                if place == last || bytes[place] == comma {
                    add(start, place)
                    start = place + 1
                } else if bytes[place] == space, place + 5 <= last, bytes[place + 1] == UInt8(ascii: "a"),
                    bytes[place + 2] == UInt8(ascii: "n"), bytes[place + 3] == UInt8(ascii: "d"), bytes[place + 4] == space
                {
                    add(start, place)
                    start = place + 5
                    place += 4
                }
                place += 1
            }
            at = last + 1
        }
        return names
    }

    /// `names(in:)` over the text's Characters.
    static func characterNames(in who: String) -> [String] {
        var names = [who]
        var rest = who[...]
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            let inside = rest[rest.index(after: open)..<close]
            for part in inside.split(separator: ",") {
                // By bytes: Foundation's components(separatedBy:) bridged each part to NSString
                // (a third of the index's time, made again on every `serve` rebuild).
                var start = part.startIndex
                while let and = part.firstRange(ofBytes: " and ", from: start) {
                    names.append(part[start..<and.lowerBound].trimmingWhitespace())
                    start = and.upperBound
                }
                names.append(part[start...].trimmingWhitespace())
            }
            rest = rest[rest.index(after: close)...]
        }
        return names.filter { !$0.isEmpty }
    }
}
