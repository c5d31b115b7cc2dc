import Foundation
import Testing

@testable import SSPWikiCore

/// Printed page counts of the demo, measured with headless Chromium's PDF (the Debian package
/// `chromium`, which scripts/bootstrap installs): every class pack prints one A4 page per
/// passport, and the longest demo plans print on at most four.
/// The Chromium the print tests run, when it is installed.
private let installedChromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first(
    where: FileManager.default.isExecutableFile(atPath:))

// Serialized, and Chromium is awaited rather than waited for: on two cores, two tests each
// blocking a thread of the shared pool until Chromium exits stalled every other test for minutes.
// Each Chromium is stopped after two minutes instead of a suite time limit, which would also
// count the time a test spends queued behind others.
@Suite(.enabled(if: installedChromium != nil, "needs chromium on the PATH"), .serialized)
struct PrintPagesTests {
    static let chromium = installedChromium

    /// Pages of the PDF Chromium prints from `file`.
    static func printedPages(_ file: String) async throws -> Int {
        let pdf = NSTemporaryDirectory() + "sspwiki-print-\(UUID().uuidString).pdf"
        defer { try? FileManager.default.removeItem(atPath: pdf) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium!)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--print-to-pdf=\(pdf)", URL(fileURLWithPath: file).absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            process.terminationHandler = { _ in done.resume() }
            do { try process.run() } catch {
                process.terminationHandler = nil
                done.resume()
                return
            }
            DispatchQueue.global().asyncAfter(deadline: .now() + 120) {
                if process.isRunning { process.terminate() }
            }
        }
        let data = try #require(FileManager.default.contents(atPath: pdf))
        // Each page object is "/Type /Page" (the page tree is "/Type /Pages").
        let text = String(decoding: data, as: UTF8.self)
        return text.components(separatedBy: "/Type /Page").count - 1 - (text.components(separatedBy: "/Type /Pages").count - 1)
    }

    static func demoSite() -> Fixture {
        let fixture = Fixture()
        let report = SiteBuilder().build(
            BuildOptions(
                content: Fixture.packageRoot + "/content", output: fixture.output,
                themeDirectories: [Fixture.defaultTheme], today: Fixture.today, history: false))
        #expect(report.succeeded)
        return fixture
    }

    @Test func everyPassportOfTheDemoPrintsOnOneA4Page() async throws {
        let fixture = Self.demoSite()
        let packs = fixture.siteFiles().filter { $0.hasPrefix("classes/") && $0.hasSuffix("/passports.html") }
        #expect(packs.count >= 5)
        var passports = 0
        for pack in packs {
            let count = fixture.page(pack).components(separatedBy: "<article class=\"passport\"").count - 1
            passports += count
            let printed = try await Self.printedPages(fixture.output + "/" + pack)
            #expect(printed == count, "\(pack) has \(count) passports")
        }
        #expect(passports == fixture.siteFiles().filter { $0.hasSuffix("/passport.html") }.count)
    }

    @Test func theLongestDemoPlansPrintOnAtMostFourPages() async throws {
        let fixture = Self.demoSite()
        for id in ["callum-reid", "kofi-mensah", "ellis-garner"] {
            let pages = try await Self.printedPages(fixture.output + "/plans/\(id).html")
            #expect(pages >= 2 && pages <= 4, "\(id) prints on \(pages) pages")
        }
    }
}
