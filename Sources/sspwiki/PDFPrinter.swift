import Foundation

/// Prints an HTML file to PDF with headless Chromium (`chromium --print-to-pdf`), for
/// `sspwiki export --pdf`. Chromium honours the documents' `@page` A4 size and margins.
struct PDFPrinter {
    /// The Chromium executable.
    let executable: String

    /// Finds Chromium on the PATH, or fails naming the Debian package to install.
    static func find() throws -> PDFPrinter {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser", "google-chrome"] {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return PDFPrinter(executable: candidate) }
            }
        }
        throw CommandFailure(
            message: "--pdf needs Chromium, and no chromium was found on the PATH",
            hint:
                "install the Debian package chromium (sudo apt-get install chromium), or leave out --pdf and print the HTML file from a browser"
        )
    }

    /// Prints `html` to a PDF beside it and returns the PDF's path.
    func print(html: String) throws -> String {
        let pdf = (html as NSString).deletingPathExtension + ".pdf"
        let absolute = URL(fileURLWithPath: html).standardizedFileURL.absoluteString
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--print-to-pdf=\(URL(fileURLWithPath: pdf).standardizedFileURL.path)", absolute,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw CommandFailure(
                message: "could not start \(executable): \(error.localizedDescription)",
                hint: "check that the Debian package chromium is installed and works (chromium --version)")
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: pdf) else {
            throw CommandFailure(
                message: "Chromium could not print \(html) to PDF (exit status \(process.terminationStatus))",
                hint: "run chromium --headless --print-to-pdf=out.pdf \(html) to see why")
        }
        return pdf
    }
}
