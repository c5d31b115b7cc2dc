/// Redaction of one plan.
extension Redactor {
    /// The plan as the audience sees it. For leads, the `confidential:` block's flags,
    /// agencies and other plans join the plan's own lists; for staff, everything confidential
    /// is removed (the block, site.yml's confidential flags and fields, `Confidential`
    /// sections of the body, links and `related` entries naming withheld plans).
    package func redact(_ plan: Plan) -> Plan {
        var out = plan
        let details = plan.confidential
        if audience.seesConfidential {
            // A plan that shares its fields with the parsed one is not copied for nothing.
            if details.joinsNothing { return plan }
            out.flags += details.flags.filter { !plan.flags.contains($0) }
            out.external += details.external
            out.otherPlans += details.otherPlans
            return out
        }
        out.confidential = ConfidentialDetails()
        out.flags.removeAll { settings.flags.contains($0) }
        for field in settings.fields { Self.clear(field, in: &out) }
        out.related.removeAll { withheld[$0] != nil }
        out.otherPlans = out.otherPlans.map { other in
            var other = other
            if let link = other.link, link.kind == nil || link.kind == .plan, withheld[link.target] != nil { other.link = nil }
            return other
        }
        let body = ConfidentialText.withoutLinks(to: withheld, in: ConfidentialText.withoutConfidentialSections(plan.body))
        if body != plan.body {
            out.body = body
            out.document = markdown.parse(body, file: plan.path, firstLine: plan.bodyLine, reservedAnchors: plan.reservedAnchors)
        }
        out.locations = plan.locations.keeping { !isConfidential(path: $0) }
        return out
    }

    /// Whether a front-matter field path (`confidential.medical`, `external[0].agency`) holds
    /// something the audience may not see.
    func isConfidential(path: String) -> Bool {
        let top = String(path.prefix(while: { $0 != "." && $0 != "[" }))
        return top == "confidential" || settings.fields.contains(top)
    }

    /// Empties one of `ConfidentialitySettings.fieldNames`.
    static func clear(_ field: String, in plan: inout Plan) {
        switch field {
        case "dob": plan.dob = nil
        case "photo": plan.photo = nil
        case "medical": plan.medical = nil
        case "other_plans": plan.otherPlans = []
        case "external": plan.external = []
        case "access_arrangements": plan.accessArrangements = []
        case "related": plan.related = []
        case "ehcp": plan.ehcp = nil
        default: plan.texts[field] = nil
        }
    }
}

extension Plan {
    /// The plan as `audience` sees it under the setting's `config` (see `Redactor`). Links to
    /// restricted plans are not rewritten here, as this plan alone does not know which they are;
    /// redact the whole model for that.
    package func redacted(for audience: Audience, config: SiteConfig, glossary: [GlossaryTerm] = []) -> Plan {
        var model = ContentModel(root: "", config: config)
        model.glossary = glossary
        return Redactor(audience: audience, model: model).redact(self)
    }
}
