/// A readable difference between two versions of a Markdown body: lines are compared first,
/// then the words inside each changed block, so that only the words that changed are marked.
struct WordDiff {
    /// A run of text and what happened to it.
    struct Run: Equatable {
        var op: Myers.Op
        var text: String
    }

    /// One line of the newer text (or of deleted text) as runs.
    struct Line: Equatable {
        var runs: [Run] = []
        var changed: Bool { runs.contains { $0.op != .equal } }
    }

    let lines: [Line]
    /// Words (not spaces or punctuation) added and removed.
    let wordsAdded: Int
    let wordsRemoved: Int

    /// Most edits tried at each level before a block is shown as replaced as a whole.
    static let maxLineEdits = 1000
    static let maxWordEdits = 400

    init(from old: String, to new: String) {
        let a = old.lineSlices.map(String.init)
        let b = new.lineSlices.map(String.init)
        var runs: [Run] = []
        var added = 0
        var removed = 0
        let ops =
            Myers.script(a, b, maxEdits: Self.maxLineEdits) ?? Array(repeating: .delete, count: a.count)
            + Array(repeating: .insert, count: b.count)
        var i = 0
        var j = 0
        var index = 0
        while index < ops.count {
            if ops[index] == .equal {
                runs.append(Run(op: .equal, text: a[i] + "\n"))
                i += 1
                j += 1
                index += 1
                continue
            }
            var deleted: [String] = []
            var inserted: [String] = []
            while index < ops.count, ops[index] != .equal {
                if ops[index] == .delete {
                    deleted.append(a[i])
                    i += 1
                } else {
                    inserted.append(b[j])
                    j += 1
                }
                index += 1
            }
            let (block, plus, minus) = Self.words(deleted.joined(separator: "\n"), inserted.joined(separator: "\n"))
            runs += block
            runs.append(Run(op: .equal, text: "\n"))
            added += plus
            removed += minus
        }
        lines = Self.split(runs)
        wordsAdded = added
        wordsRemoved = removed
    }

    /// Word-level runs for one changed block, with counts of words added and removed.
    static func words(_ old: String, _ new: String) -> ([Run], Int, Int) {
        let a = WordScanner.tokens(in: old)
        let b = WordScanner.tokens(in: new)
        let count = { (tokens: [WordScanner.Token]) in
            tokens.filter { if case .word = $0 { return true } else { return false } }.count
        }
        // Words are compared as written; runs of spaces and line breaks count as one space, so
        // re-wrapping a paragraph is not a change.
        func key(_ token: WordScanner.Token) -> String {
            guard case .other(let text) = token else { return token.text }
            var out = ""
            var inSpace = false
            for c in text {
                if !c.isWhitespace { out.append(c) } else if !inSpace { out.append(" ") }
                inSpace = c.isWhitespace
            }
            return out
        }
        guard let ops = Myers.script(a.map(key), b.map(key), maxEdits: maxWordEdits) else {
            return ([Run(op: .delete, text: old), Run(op: .insert, text: new)].filter { !$0.text.isEmpty }, count(b), count(a))
        }
        var runs: [Run] = []
        var i = 0
        var j = 0
        var plus = 0
        var minus = 0
        for op in ops {
            let token: WordScanner.Token
            switch op {
            case .equal:
                token = b[j]
                i += 1
                j += 1
            case .insert:
                token = b[j]
                j += 1
                if case .word = token { plus += 1 }
            case .delete:
                token = a[i]
                i += 1
                if case .word = token { minus += 1 }
            }
            if let last = runs.last, last.op == op {
                runs[runs.count - 1].text += token.text
            } else {
                runs.append(Run(op: op, text: token.text))
            }
        }
        return (runs, plus, minus)
    }

    /// Cuts runs into lines at each newline.
    static func split(_ runs: [Run]) -> [Line] {
        var lines: [Line] = []
        var current = Line()
        for run in runs {
            let pieces = run.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (n, piece) in pieces.enumerated() {
                if n > 0 {
                    lines.append(current)
                    current = Line()
                }
                if !piece.isEmpty { current.runs.append(Run(op: run.op, text: String(piece))) }
            }
        }
        if !current.runs.isEmpty { lines.append(current) }
        return lines
    }

    /// True when nothing changed.
    var isEmpty: Bool { !lines.contains { $0.changed } }
}
