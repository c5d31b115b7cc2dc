import Foundation

@testable import SSPWikiCore

/// Counts the git processes a build starts, and runs them for real.
final class CountingGitRunner: GitRunner, @unchecked Sendable {
    private let lock = NSLock()
    private var calls: [[String]] = []

    func run(_ arguments: [String], in directory: String, input: [UInt8]?) -> GitOutput {
        lock.lock()
        calls.append(arguments)
        lock.unlock()
        return ProcessGitRunner().run(arguments, in: directory, input: input)
    }

    /// The git command of each process started (`log`, `status`…), in order.
    var commands: [String] {
        lock.lock()
        defer { lock.unlock() }
        // Options before the command (`-c name=value`) come in pairs.
        return calls.map { arguments in
            var rest = arguments[...]
            while rest.first == "-c" { rest = rest.dropFirst(2) }
            return rest.first ?? ""
        }
    }

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return calls.count
    }
}
