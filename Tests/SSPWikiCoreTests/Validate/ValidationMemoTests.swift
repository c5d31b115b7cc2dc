import Testing

@testable import SSPWikiCore

/// `serve` keeps each plan's validation problems between rebuilds (`ValidationMemo`); what it
/// reports must always be what validating the same model anew reports.
@Suite("Validation problems kept between rebuilds")
struct ValidationMemoTests {
    func model() throws -> ContentModel {
        let (model, _, diagnostics) = Fixture(ViewsContent.files).analyse()
        #expect(!diagnostics.hasErrors)
        return try #require(model)
    }

    /// Validates `model` through `memo`, expects what validating it anew gives, and how many
    /// plans were checked again.
    func expectValidatedAnew(
        _ model: ContentModel, _ memo: ValidationMemo, checked: Int,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let problems = ContentValidator().validate(model, memo: memo)
        let fresh = ContentValidator().validate(model)
        #expect(problems == fresh, sourceLocation: sourceLocation)
        let count = memo.lastChecked
        #expect(count == checked, sourceLocation: sourceLocation)
    }

    @Test("only a changed plan is checked again, and its new problem is reported")
    func onlyAChangedPlanIsCheckedAgain() throws {
        let memo = ValidationMemo()
        var model = try model()
        expectValidatedAnew(model, memo, checked: model.plans.count)
        expectValidatedAnew(model, memo, checked: 0)
        let amy = try #require(model.plans.firstIndex { $0.id == "amy-khan" })
        model.plans[amy].needs[0].indes = "speach-language"
        expectValidatedAnew(model, memo, checked: 1)
        #expect(
            ContentValidator().validate(model, memo: memo).map(\.message) == [
                "unknown INDES section 'speach-language' in 'needs[0].indes'"
            ])
        model.plans[amy].needs[0].indes = "speech-language"
        expectValidatedAnew(model, memo, checked: 1)
        #expect(ContentValidator().validate(model, memo: memo).isEmpty)
    }

    @Test("a change around the plans checks them all again", arguments: 0..<4)
    func aChangeAroundThePlansChecksThemAll(change: Int) throws {
        let memo = ValidationMemo()
        var model = try model()
        expectValidatedAnew(model, memo, checked: model.plans.count)
        switch change {
        case 0: model.indes.removeAll { $0.id == "speech-language" }
        case 1: model.indes[0].levels.removeLast()
        case 2: model.peass.removeAll()
        default: model.files.remove("media/amy.svg")
        }
        expectValidatedAnew(model, memo, checked: model.plans.count)
        #expect(!ContentValidator().validate(model, memo: memo).isEmpty)
    }
}
