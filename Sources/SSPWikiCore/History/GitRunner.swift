import Foundation

/// What one git process did.
package struct GitOutput: Sendable {
    /// The exit status; nil when git could not be started at all (not installed).
    package var status: Int32?
    package var stdout: [UInt8]
    package var stderr: String

    package init(status: Int32?, stdout: [UInt8] = [], stderr: String = "") {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }

    /// True when git ran and exited with status 0.
    package var succeeded: Bool { status == 0 }

    /// The first line of git's error output, for a diagnostic.
    package var firstErrorLine: String {
        stderr.split(separator: "\n").first.map { String($0).trimmingWhitespace() } ?? "git failed"
    }
}

/// Runs git. The history stage only talks to git through this, so tests can count and
/// inspect every process a build starts.
package protocol GitRunner: Sendable {
    /// Runs `git <arguments>` in `directory`, feeding `input` to its standard input.
    func run(_ arguments: [String], in directory: String, input: [UInt8]?) -> GitOutput
}

/// Runs the `git` found on `PATH` with Foundation's `Process`.
package struct ProcessGitRunner: GitRunner {
    package init() {}

    /// Settings that keep git's output stable and keep it from writing to the repository.
    static let environment: [String: String] = [
        "LC_ALL": "C", "GIT_OPTIONAL_LOCKS": "0", "GIT_TERMINAL_PROMPT": "0", "GIT_PAGER": "cat", "PAGER": "cat",
    ]

    package func run(_ arguments: [String], in directory: String, input: [UInt8]?) -> GitOutput {
        guard let git = Self.locate() else { return GitOutput(status: nil, stderr: "git was not found on PATH") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: git)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = ProcessInfo.processInfo.environment.merging(Self.environment) { _, new in new }
        let out = Pipe()
        let err = Pipe()
        let inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input == nil ? FileHandle.nullDevice : inPipe
        do {
            try process.run()
        } catch {
            return GitOutput(status: nil, stderr: "git could not be started: \(error.localizedDescription)")
        }
        // Standard input, output and error are pumped at the same time so that no pipe fills up
        // while git waits for another one to be read.
        let errors = Background { [UInt8](err.fileHandleForReading.readDataToEndOfFile()) }
        let writer = input.map { bytes in
            Background { () -> Bool in
                try? inPipe.fileHandleForWriting.write(contentsOf: Data(bytes))
                try? inPipe.fileHandleForWriting.close()
                return true
            }
        }
        let stdout = [UInt8](out.fileHandleForReading.readDataToEndOfFile())
        _ = writer?.wait()
        let stderr = errors.wait()
        process.waitUntilExit()
        return GitOutput(status: process.terminationStatus, stdout: stdout, stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// The git executable on `PATH`.
    static func locate() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = String(directory) + "/git"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
