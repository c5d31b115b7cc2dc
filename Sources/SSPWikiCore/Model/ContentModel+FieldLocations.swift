extension Plan {
    /// The plan without the places its fields were written. Only validation and the quality
    /// rules read them, and they are about a third of a parsed plan's memory (a key and a
    /// location for every field, and a copy of every text value).
    var withoutFieldLocations: Plan {
        var copy = self
        copy.locations = FieldLocations(file: path)
        return copy
    }
}

extension ContentModel {
    /// Forgets where the plans' fields were written, once every check that points at a field
    /// has run, so that rendering a large site does not hold them.
    /// With a `memo`, a plan released by an earlier rebuild is taken from it (`ReleasedPlans`).
    mutating func releaseFieldLocations(memo: ReleasedPlans? = nil) {
        plans = memo?.released(plans) ?? plans.map(\.withoutFieldLocations)
    }
}
