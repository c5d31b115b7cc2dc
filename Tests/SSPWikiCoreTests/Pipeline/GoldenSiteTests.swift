import Foundation
import Testing

@testable import SSPWikiCore

/// Golden sites: small content folders under `Tests/Fixtures/golden/content`, built on a fixed
/// day and compared byte for byte with the sites kept under `Tests/Fixtures/golden/expected`.
/// Any change to what a reader gets shows up here as a file that differs. After a deliberate
/// change, `scripts/update-golden` writes the expected sites again; read its diff before
/// committing it.
@Suite("Golden sites")
struct GoldenSiteTests {
    static let folder = Fixture.packageRoot + "/Tests/Fixtures/golden"
    static let updating = ProcessInfo.processInfo.environment["SSPWIKI_UPDATE_GOLDEN"] == "1"

    @Test(arguments: GoldenCase.all)
    func builtSiteEqualsTheExpectedSite(_ golden: GoldenCase) throws {
        let (site, report, cleanUp) = golden.build()
        defer { cleanUp() }
        #expect(report.succeeded, "\(Fixture.formatted(report.diagnostics))")
        let expected = Self.folder + "/expected/" + golden.name
        if Self.updating {
            try? FileManager.default.removeItem(atPath: expected)
            try FileManager.default.copyItem(atPath: site, toPath: expected)
            try? FileManager.default.removeItem(atPath: expected + "/.sspwiki-site")
            try? FileManager.default.removeItem(atPath: expected + "/assets")
            return
        }
        let built = Set(Self.pages(under: site))
        let kept = Set(Self.pages(under: expected))
        #expect(!kept.isEmpty, "no expected site for \(golden.name): run scripts/update-golden")
        #expect(built.subtracting(kept).sorted() == [], "files the build writes that the golden site lacks")
        #expect(kept.subtracting(built).sorted() == [], "files of the golden site the build no longer writes")
        for path in built.intersection(kept).sorted() {
            let now = FileManager.default.contents(atPath: site + "/" + path) ?? Data()
            let then = FileManager.default.contents(atPath: expected + "/" + path) ?? Data()
            if now != then {
                Issue.record("\(golden.name)/\(path) differs from the golden site: \(Self.firstDifference(now, then))")
            }
        }
    }

    @Test("the staff golden site holds nothing confidential, the leads' one does")
    func confidentialOnlyInTheLeadsSite() {
        for (name, holds) in [("school", false), ("school-leads", true)] {
            let files = Self.pages(under: Self.folder + "/expected/" + name)
            #expect(!files.isEmpty)
            let found = files.contains { path in
                String(
                    decoding: FileManager.default.contents(atPath: Self.folder + "/expected/\(name)/\(path)") ?? Data(),
                    as: UTF8.self
                ).contains("golden-confidential")
            }
            #expect(found == holds, "\(name): confidential text \(holds ? "missing" : "present")")
        }
    }

    /// Every file of a site but its bookkeeping (the `.sspwiki-site` marker) and `assets/`, which
    /// are the theme's files copied as they are (PageSafetyTests and the theme tests cover them).
    static func pages(under folder: String) -> [String] {
        Fixture.files(under: folder).filter {
            !$0.hasPrefix("assets/") && !$0.split(separator: "/").contains { $0.hasPrefix(".") }
        }
    }

    /// The first line that differs, quoted from both files.
    static func firstDifference(_ now: Data, _ then: Data) -> String {
        let a = String(decoding: now, as: UTF8.self).components(separatedBy: "\n")
        let b = String(decoding: then, as: UTF8.self).components(separatedBy: "\n")
        for index in 0..<max(a.count, b.count) where a[safe: index] != b[safe: index] {
            return "line \(index + 1): built «\(a[safe: index] ?? "(end)")», expected «\(b[safe: index] ?? "(end)")»"
        }
        return "the bytes differ"
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
