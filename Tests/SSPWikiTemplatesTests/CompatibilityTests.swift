import Testing

@testable import SSPWikiTemplates

/// Rules of swift-mustache, the engine sspwiki's themes were written for, that the
/// specification leaves open or that themes rely on: contexts as `[String: Any]`, truthiness,
/// number printing and the transforms.
@Suite("swift-mustache compatibility")
struct CompatibilityTests {
    func render(_ template: String, _ context: [String: Any], partials: [String: String] = [:]) throws -> String? {
        var sources = partials
        sources["t"] = template
        return try TemplateLibrary(sources).render("t", context)
    }

    @Test("values of a [String: Any] context print as Swift prints them, HTML-escaped")
    func printing() throws {
        let context: [String: Any] = ["n": 42, "x": 2.5, "whole": 3.0, "yes": true, "s": Substring("a<b"), "q": "\"it's\" & co"]
        #expect(
            try render("{{n}} {{x}} {{whole}} {{yes}} {{s}} {{q}} {{{q}}}", context)
                == "42 2.5 3.0 true a&lt;b &quot;it&#39;s&quot; &amp; co \"it's\" & co")
    }

    @Test("0 and the empty string are truthy; false, a missing key and an empty list are not")
    func truthiness() throws {
        let context: [String: Any] = ["zero": 0, "empty": "", "no": false, "none": [Any]()]
        #expect(
            try render(
                "{{#zero}}Z{{/zero}}{{#empty}}E{{/empty}}{{#no}}N{{/no}}{{#missing}}M{{/missing}}{{#none}}L{{/none}}", context)
                == "ZE")
        #expect(try render("{{^zero}}Z{{/zero}}{{^no}}N{{/no}}{{^missing}}M{{/missing}}{{^none}}L{{/none}}", context) == "NML")
    }

    @Test("a name missing from a row is looked up in the page around it")
    func contextStack() throws {
        let context: [String: Any] = ["root": "../", "rows": [["id": "a"], ["id": "b", "root": "/"]] as [[String: Any]]]
        #expect(try render("{{#rows}}{{root}}{{id}};{{/rows}}", context) == "../a;/b;")
    }

    @Test("true renders a section in the same context; a hash is pushed")
    func sectionContexts() throws {
        let context: [String: Any] = ["flag": true, "name": "outer", "inner": ["name": "inner"] as [String: Any]]
        #expect(
            try render("{{#flag}}{{name}}{{/flag}} {{#inner}}{{name}}{{/inner}} {{inner.name}}", context) == "outer inner inner")
    }

    @Test("transforms: empty, count, equalzero, first() and last() of list elements")
    func transforms() throws {
        let context: [String: Any] = ["items": ["x", "y", "z"], "none": [String](), "zero": 0, "title": "Mixed Case"]
        #expect(
            try render("{{^empty(items)}}{{count(items)}} {{/empty(items)}}{{#empty(none)}}none {{/empty(none)}}", context)
                == "3 none ")
        #expect(
            try render(
                "{{#items}}{{#first()}}[{{/first()}}{{.}}{{^last()}},{{/last()}}{{#last()}}]{{/last()}}{{/items}}", context)
                == "[x,y,z]")
        #expect(
            try render(
                "{{#sorted(names)}}{{.}} {{/sorted(names)}}{{#reversed(items)}}{{.}}{{/reversed(items)}}",
                ["names": ["b", "c", "a"], "items": ["x", "y"]])
                == "a b c yx")
        #expect(
            try render("{{#equalzero(zero)}}nothing{{/equalzero(zero)}} {{lowercased(title)}} {{uppercased(title)}}", context)
                == "nothing mixed case MIXED CASE")
    }

    @Test("a standalone partial indents every line of it, the elements of a list too")
    func partialIndentation() throws {
        let partials = ["rows": "<ul>\n{{#items}}\n  <li>{{.}}</li>\n{{/items}}\n</ul>\n"]
        #expect(
            try render("<div>\n  {{>rows}}\n</div>\n", ["items": ["a", "b"]], partials: partials)
                == "<div>\n  <ul>\n    <li>a</li>\n    <li>b</li>\n  </ul>\n</div>\n")
    }

    @Test("a mistake is reported with the template's name, line and column")
    func syntaxErrors() {
        #expect(throws: TemplateSyntaxError(template: "t", line: 2, column: 4, message: "{{/b}} does not match the open {{#a}}"))
        {
            try TemplateLibrary(["t": "{{#a}}\nx: {{/b}}"])
        }
        #expect(throws: TemplateSyntaxError(template: "t", line: 1, column: 3, message: "the tag is not closed: '}}' is missing"))
        {
            try TemplateLibrary(["t": "é {{name"])
        }
        #expect(
            throws: TemplateSyntaxError(
                template: "p", line: 1, column: 12, message: "only {{$block}} tags may stand inside {{<base}}")
        ) {
            try TemplateLibrary(["p": "{{<base}}x {{name}}{{/base}}", "base": ""])
        }
    }

    @Test("a partial that includes itself without end stops instead of exhausting the stack")
    func endlessRecursion() throws {
        let rendered = try render("{{>loop}}", [:], partials: ["loop": "x{{>loop}}"])
        #expect(rendered == String(repeating: "x", count: TemplateRenderer.maximumDepth))
    }
}
