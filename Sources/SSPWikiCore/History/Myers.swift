/// The shortest edit script between two sequences (E. W. Myers, "An O(ND) difference
/// algorithm and its variations", 1986), with a limit on the number of edits so that a
/// complete rewrite cannot take quadratic time and memory.
enum Myers {
    enum Op: Equatable {
        case equal, insert, delete
    }

    /// The operations that turn `a` into `b`, one per element (`equal` and `delete` consume
    /// `a`, `equal` and `insert` consume `b`); nil when more than `maxEdits` edits are needed.
    static func script<T: Equatable>(_ a: [T], _ b: [T], maxEdits: Int) -> [Op]? {
        let n = a.count
        let m = b.count
        let offset = n + m + 1
        var v = [Int](repeating: 0, count: 2 * offset + 1)
        // trace[d] holds v for diagonals -d...d as it was before step d.
        var trace: [[Int]] = []
        for d in 0...(n + m) {
            if d > maxEdits { return nil }
            trace.append(Array(v[(offset - d)...(offset + d)]))
            for k in stride(from: -d, through: d, by: 2) {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1
                var y = x - k
                while x < n && y < m && a[x] == b[y] {
                    x += 1
                    y += 1
                }
                v[offset + k] = x
                if x >= n && y >= m { return backtrack(trace, n: n, m: m, d: d) }
            }
        }
        return []
    }

    /// The script for two lists of strings, compared as small integers, which is much faster.
    static func script(_ a: [String], _ b: [String], maxEdits: Int) -> [Op]? {
        var ids: [String: Int] = [:]
        func id(_ text: String) -> Int {
            if let known = ids[text] { return known }
            ids[text] = ids.count
            return ids.count - 1
        }
        let numbersA = a.map(id)
        let numbersB = b.map(id)
        return script(numbersA, numbersB, maxEdits: maxEdits)
    }

    private static func backtrack(_ trace: [[Int]], n: Int, m: Int, d last: Int) -> [Op] {
        var ops: [Op] = []
        ops.reserveCapacity(n + m)
        var x = n
        var y = m
        for d in stride(from: last, to: 0, by: -1) {
            let before = trace[d]
            let k = x - y
            let down = k == -d || (k != d && before[k - 1 + d] < before[k + 1 + d])
            let previousK = down ? k + 1 : k - 1
            let previousX = before[previousK + d]
            let previousY = previousX - previousK
            while x > previousX && y > previousY {
                ops.append(.equal)
                x -= 1
                y -= 1
            }
            if down {
                ops.append(.insert)
                y -= 1
            } else {
                ops.append(.delete)
                x -= 1
            }
        }
        while x > 0 && y > 0 {
            ops.append(.equal)
            x -= 1
            y -= 1
        }
        return ops.reversed()
    }
}
