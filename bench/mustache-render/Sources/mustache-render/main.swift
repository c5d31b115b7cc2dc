// How long swift-mustache takes to render a plan-like page from `[String: Any]` contexts,
// the way sspwiki's templates were rendered, against sspwiki's compiled engine
// (SSPWikiTemplates, from the same contexts) and the same page built directly in Swift
// (a floor for any template engine). Run after `swift build` in the repository root has
// fetched the packages:
//
//   swift run -c release --package-path bench/mustache-render
//
// Figures and what they mean: BENCHMARKS.md, "Profile".
import Foundation
import Mustache
import SSPWikiTemplates

/// A context node as a class, to see whether Mustache's lookups get cheaper without
/// dictionary casts (they do not: the protocol-conformance checks per lookup remain).
final class Box: MustacheParent {
    let values: [String: Any]
    init(_ values: [String: Any]) { self.values = values }
    func child(named name: String) -> Any? { values[name] }
}

func boxed(_ value: Any) -> Any {
    if let dict = value as? [String: Any] { return Box(dict.mapValues(boxed)) }
    if let list = value as? [Any] { return list.map(boxed) }
    return value
}

let template = """
<html><head><title>{{title}}</title></head><body>{{#nav}}<a href="{{root}}{{url}}">{{label}}</a>{{/nav}}
{{#plan}}<h1>{{name}}</h1>{{#knownAs}}<p>{{knownAs}}</p>{{/knownAs}}
<table>{{#provisions}}<tr><td>{{what}}</td><td>{{who}}</td><td>{{howOften}}</td><td>{{minutes}}</td><td><a href="{{root}}peass/{{peass}}.html">{{peassTitle}}</a></td>{{^end}}<td>ongoing</td>{{/end}}</tr>{{/provisions}}</table>
<ul>{{#targets}}<li id="{{id}}">{{outcome}} — {{measure}} {{#baseline}}({{baseline}}){{/baseline}}</li>{{/targets}}</ul>
{{{bodyHtml}}}{{/plan}}</body></html>
"""

struct Provision { let what, who, howOften: String; let minutes: Int; let peass, peassTitle: String }
struct Target { let id, outcome, measure, baseline: String }
let provisions = (0..<6).map { Provision(what: "Visual timetable \($0)", who: "TA", howOften: "daily", minutes: 20, peass: "vt", peassTitle: "Visual timetable") }
let targets = (0..<5).map { Target(id: "T\($0)", outcome: "Follow a two-step instruction", measure: "4 of 5", baseline: "1 of 5") }
let nav = (0..<8).map { (url: "x\($0).html", label: "Link \($0)") }

var plan: [String: Any] = ["name": "Amelia Khan", "knownAs": "Amy", "bodyHtml": "<p>Hello</p>"]
plan["provisions"] = provisions.map { p -> [String: Any] in
    ["what": p.what, "who": p.who, "howOften": p.howOften, "minutes": p.minutes, "peass": p.peass, "peassTitle": p.peassTitle]
}
plan["targets"] = targets.map { t -> [String: Any] in ["id": t.id, "outcome": t.outcome, "measure": t.measure, "baseline": t.baseline] }
let context: [String: Any] = ["title": "Plan", "root": "../", "nav": nav.map { ["url": $0.url, "label": $0.label] }, "plan": plan]
let library = try! MustacheLibrary(templates: ["t": try! MustacheTemplate(string: template)])
let compiled = try! TemplateLibrary(["t": template])
precondition(compiled.render("t", context) == library.render(context, withTemplate: "t"), "the engines differ")

func escape(_ s: String) -> String {
    var out = ""
    for c in s.unicodeScalars {
        switch c {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.unicodeScalars.append(c)
        }
    }
    return out
}

/// The same page with string appends: what rendering costs without a template engine.
func direct() -> String {
    var s = "<html><head><title>Plan</title></head><body>"
    for n in nav { s += "<a href=\"../\(escape(n.url))\">\(escape(n.label))</a>" }
    s += "\n<h1>\(escape("Amelia Khan"))</h1><p>\(escape("Amy"))</p>\n<table>"
    for p in provisions {
        s += "<tr><td>\(escape(p.what))</td><td>\(escape(p.who))</td><td>\(escape(p.howOften))</td><td>\(p.minutes)</td>"
        s += "<td><a href=\"../peass/\(escape(p.peass)).html\">\(escape(p.peassTitle))</a></td><td>ongoing</td></tr>"
    }
    s += "</table>\n<ul>"
    for t in targets { s += "<li id=\"\(escape(t.id))\">\(escape(t.outcome)) — \(escape(t.measure)) (\(escape(t.baseline)))</li>" }
    return s + "</ul>\n<p>Hello</p></body></html>"
}

let n = 5000
func time(_ label: String, _ render: () -> String) {
    let start = Date()
    var bytes = 0
    for _ in 0..<n { bytes += render().utf8.count }
    let micro = Date().timeIntervalSince(start) / Double(n) * 1e6
    print(String(format: "%-40@ %7.1f µs per page (%d bytes)", label as NSString, micro, bytes / n))
}
time("swift-mustache, [String: Any] context") { library.render(context, withTemplate: "t")! }
time("swift-mustache, class context (boxed)") { library.render(boxed(context), withTemplate: "t")! }
time("SSPWikiTemplates, [String: Any] context") { compiled.render("t", context)! }
time("direct string building") { direct() }
