import Foundation

@testable import SSPWikiCore

/// A git repository whose content puts a unique canary word into every place the content
/// format can mark confidential, in an earlier commit (words ending in `old`) and in the
/// current one: the staff build must hold none of them, the leads build each where it belongs.
enum AudienceFixture {
    /// Every canary of the current version, by the place it is written.
    static let current = [
        "confidential.medical": "zqcanarymedical", "confidential.family": "zqcanaryfamily",
        "confidential.notes": "zqcanarynotes", "confidential.external": "zqcanaryagency",
        "confidential.other_plans": "zqcanaryotherplan", "site-wide field (medical)": "zqcanarysitefield",
        "site-wide plain-text field (pronouns)": "zqcanarypronouns",
        "## Confidential": "zqcanarysection", "restricted plan": "zqcanaryrestricted",
    ]

    /// Words that name the confidential flags (site-wide `young-carer`, the block's `child-in-care`).
    static let flagWords = ["young-carer", "Young carer", "child-in-care", "Child in care", "young carer", "child in care"]

    static let site = """
        setting: Canary School
        confidential:
          flags: [young-carer]
          fields: [medical, pronouns]
        audiences:
          leads: SENDCo and DSL

        """

    /// The public plan, with every confidential place filled with canaries ending in `suffix`.
    static func plan(_ suffix: String, review: String) -> String {
        """
        ---
        name: Amelia Khan
        known_as: Amy
        pronouns: she/her zqcanarypronouns\(suffix)
        dob: 2017-03-14
        year_group: 3
        stage: sen-support
        start: 2026-09-08
        review: \(review)
        flags: [eal, young-carer]
        medical: Asthma zqcanarysitefield\(suffix)
        related: [zqcanaryrid]
        confidential:
          medical: Epilepsy zqcanarymedical\(suffix)
          family: Lives with grandparents zqcanaryfamily\(suffix)
          notes: Social worker visits zqcanarynotes\(suffix)
          flags: [child-in-care]
          external:
            - agency: Early Help zqcanaryagency\(suffix)
          other_plans:
            - kind: Personal Education Plan zqcanaryotherplan\(suffix)
        needs:
          - indes: speech-language
            level: 2
        ---
        ## About me

        I like drawing. My friend is [[zqcanaryrid]] and [[plan:zqcanaryrid|my cousin]].

        ## Confidential

        Contact arrangements zqcanarysection\(suffix).

        ## How to help me

        Give me time.

        """
    }

    /// The restricted plan: its name, id and body must never reach the staff build.
    static func restricted(_ suffix: String) -> String {
        """
        ---
        name: Zqcanaryrestricted\(suffix) Child
        known_as: Robin
        stage: sen-support
        start: 2026-09-08
        review: 2026-12-11
        access: restricted
        needs:
          - indes: speech-language
            level: 1
        ---
        ## About me

        I moved here zqcanaryrestrictedbody\(suffix).

        """
    }

    /// A repository with two commits: every canary ending in `old`, then every canary as it is now.
    static func repository() -> Fixture {
        let repo = Fixture.repository()
        repo.write("site.yml", site)
        repo.write("indes/speech-language.md", MinimalContent.indes)
        repo.write("plans/amelia-khan.md", plan("old", review: "2026-12-11"))
        repo.write("plans/zqcanaryrid.md", restricted("old"))
        repo.commit("First versions", date: "2026-09-07")
        repo.write("plans/amelia-khan.md", plan("", review: "2026-12-18"))
        repo.write("plans/zqcanaryrid.md", restricted(""))
        repo.commit("Second versions", date: "2026-10-07")
        return repo
    }
}
