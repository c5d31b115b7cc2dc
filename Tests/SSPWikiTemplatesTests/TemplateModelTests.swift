import Testing

@testable import SSPWikiTemplates

/// Small invented models: a class page with pupils, each with targets.
struct TargetItem: TemplateModel {
    var code: String
    var done: Bool
    static let templateFields = TemplateFields<TargetItem>([.value("code") { $0.code }, .value("done") { $0.done }])
}

struct PupilItem: TemplateModel {
    var name: String
    var nickname: String?
    var targets: [TargetItem]
    static let templateFields = TemplateFields<PupilItem>([
        .value("name") { $0.name }, .value("nickname") { $0.nickname }, .list("targets") { $0.targets },
    ])
}

struct ClassPage: TemplateModel {
    var title: String
    var pupils: [PupilItem]
    var teacher: PupilItem?
    static let templateFields = TemplateFields<ClassPage>([
        .value("title") { $0.title }, .list("pupils") { $0.pupils }, .object("teacher") { $0.teacher },
    ])
}

/// One field table drives both rendering and the template check.
@Suite("Typed page models: rendering and the template check")
struct TemplateModelTests {
    let page = ClassPage(
        title: "Oak class",
        pupils: [
            PupilItem(
                name: "Ada Lane", nickname: "Addy",
                targets: [TargetItem(code: "T1", done: true), TargetItem(code: "T2", done: false)]),
            PupilItem(name: "Ben Moss", nickname: nil, targets: []),
        ], teacher: nil)

    func library(_ sources: [String: String]) throws -> TemplateLibrary { try TemplateLibrary(sources) }

    @Test("a member is found by its key whether the key or the model's table was made first")
    func keysFindMembersInAnyOrder() {
        struct Late: TemplateModel {
            var early: String
            var later: String
            static let templateFields = TemplateFields<Late>([
                .value("keyMadeEarly") { $0.early }, .value("keyMadeLater") { $0.later },
            ])
        }
        let early = TemplateKey("keyMadeEarly")
        let model = Late(early: "one", later: "two")
        #expect(model.templateMember(TemplateKey("keyMadeLater"))?.text == "two")
        #expect(model.templateMember(early)?.text == "one")
        #expect(model.templateMember(TemplateKey("keyMadeNowhere")) == nil)
        #expect(TemplateKey("keyMadeEarly").number == early.number)
    }

    @Test("a model renders through its field table: lists, nested models, absent optionals and false flags")
    func rendering() throws {
        let template =
            "{{title}}:{{#pupils}} {{name}}{{#nickname}} ({{.}}){{/nickname}}[{{#targets}}{{code}}{{#done}}+{{/done}}{{/targets}}]{{/pupils}}{{^teacher}} no teacher{{/teacher}}"
        let text = try library(["t": template]).render("t", value: .object(page))
        #expect(text == "Oak class: Ada Lane (Addy)[T1+T2] Ben Moss[] no teacher")
    }

    @Test("a model turns into the same values as a plain dictionary, nil members left out")
    func dictionary() throws {
        let plain = page.plainDictionary
        #expect(plain["title"] as? String == "Oak class")
        #expect(plain["teacher"] == nil)
        let pupils = try #require(plain["pupils"] as? [Any])
        let second = try #require(pupils[1] as? [String: Any])
        #expect(second["name"] as? String == "Ben Moss")
        #expect(second["nickname"] == nil)
        let text = try library(["t": "{{#pupils}}{{name}};{{/pupils}}"]).render("t", plain)
        #expect(text == "Ada Lane;Ben Moss;")
    }

    @Test("a misspelt name is one problem at its line and column, with the names it could have been")
    func unknownName() throws {
        let lib = try library(["t": "<h1>{{title}}</h1>\n<p>{{titel}}</p>\n"])
        let problems = lib.check("t", against: ClassPage.templateSchema)
        #expect(problems.map { "\($0.template):\($0.line):\($0.column) \($0.missing)" } == ["t:2:4 titel"])
        #expect(problems.first?.candidates == ["pupils", "teacher", "title"])
    }

    @Test("names inside a list section resolve against the element's model first, then the outer contexts")
    func listElementThenOuter() throws {
        let good = try library(["t": "{{#pupils}}{{name}} of {{title}}{{#targets}}{{code}} for {{name}}{{/targets}}{{/pupils}}"])
        #expect(good.check("t", against: ClassPage.templateSchema).isEmpty)
        let bad = try library(["t": "{{#pupils}}{{code}}{{/pupils}}{{#pupils}}{{#targets}}{{nmae}}{{/targets}}{{/pupils}}"])
        let problems = bad.check("t", against: ClassPage.templateSchema)
        #expect(problems.map(\.missing) == ["code", "nmae"])
        #expect(problems.map(\.searched) == [["PupilItem", "ClassPage"], ["TargetItem", "PupilItem", "ClassPage"]])
    }

    @Test("a name valid only outside the section is valid inside it, and not outside a section that gives it")
    func outerContext() throws {
        let lib = try library(["t": "{{#teacher}}{{title}}{{/teacher}}{{name}}"])
        #expect(lib.check("t", against: ClassPage.templateSchema).map(\.missing) == ["name"])
    }

    @Test("partials and parents are checked with the contexts of the tag that includes them, at their own positions")
    func partialsAndParents() throws {
        let lib = try library([
            "base": "<title>{{title}}</title>\n{{$main}}{{/main}}\n",
            "row": "<li>{{name}} {{nickame}}</li>\n",
            "page": "{{<base}}{{$main}}{{#pupils}}{{>row}}{{/pupils}}{{/main}}{{/base}}",
        ])
        let problems = lib.check("page", against: ClassPage.templateSchema)
        #expect(problems.map { "\($0.template):\($0.line):\($0.column) \($0.missing)" } == ["row:1:14 nickame"])
        #expect(problems.first?.candidates.contains("nickname") == true)
    }

    @Test("dotted names and transforms are followed into the value they name")
    func dottedAndTransforms() throws {
        let lib = try library([
            "t":
                "{{teacher.name}}{{teacher.age}}{{^empty(pupils)}}{{#first(pupils)}}{{name}}{{/first(pupils)}}{{/empty(pupils)}}{{count(pupilz)}}"
        ])
        #expect(lib.check("t", against: ClassPage.templateSchema).map(\.missing) == ["age", "pupilz"])
    }
}
