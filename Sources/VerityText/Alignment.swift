/// Word-level alignment of a quote against a passage: the quote must be matched whole, the passage
/// only where it lines up (semi-global edit distance), so a fragment of a longer sentence costs nothing.
public struct Alignment: Sendable, Equatable {
    public enum Op: Sendable, Equatable {
        case match(q: Int, s: Int)
        case substitute(q: Int, s: Int)
        /// A quote word the passage does not have.
        case insert(q: Int)
        /// A passage word the quote leaves out.
        case omit(s: Int)
    }
    public let cost: Int
    /// Range of passage words covered.
    public let sourceRange: Range<Int>
    public let ops: [Op]

    public var matches: Int { ops.reduce(0) { if case .match = $1 { return $0 + 1 } else { return $0 } } }

    /// Aligns `q` (the quote) inside `s` (the passage). O(|q|·|s|).
    public static func align(_ q: [String], _ s: [String]) -> Alignment {
        let m = q.count, n = s.count
        if m == 0 { return Alignment(cost: 0, sourceRange: 0..<0, ops: []) }
        if n == 0 { return Alignment(cost: m, sourceRange: 0..<0, ops: (0..<m).map { .insert(q: $0) }) }
        // each cell holds cost · K − matches: the fewest changes first, then the most words in place ("Measles is
        // one of the most …" read as two words left out, not as "Measles is" added and two words skipped)
        let k = m + 1
        let w = n + 1
        var d = [Int](repeating: 0, count: (m + 1) * w)
        for i in 1...m { d[i * w] = i * k }
        // a quote's digits against the passage's number words ("212" for "two hundred and twelve", "9-3" for "nine
        // and three") line up as one
        // (most quotes have no digits: they pay for none of this)
        let hasDigits = q.contains(where: startsWithDigit)
        let digits = hasDigits ? q.map { startsWithDigit($0) ? reading($0) : nil } : []
        let spoken = hasDigits ? spokenRuns(s) : []
        /// A run of number words ending before passage word `j` set against quote word `i`'s digits: a match where
        /// it says them, else one substitution ("213" against "two hundred and twelve").
        func run(_ i: Int, _ j: Int) -> (cost: Int, length: Int)? {
            guard hasDigits, let v = digits[i - 1] else { return nil }
            var best: (cost: Int, length: Int)?
            for r in spoken[j - 1] where r.value.count == v.count && (r.length > 1 || r.value == v) {
                let c = d[(i - 1) * w + j - r.length] + (r.value == v ? -1 : k)
                if c < best?.cost ?? Int.max { best = (c, r.length) }
            }
            return best
        }
        for i in 1...m {
            let qi = q[i - 1]
            for j in 1...n {
                let sub = d[(i - 1) * w + j - 1] + (qi == s[j - 1] ? -1 : k)
                let ins = d[(i - 1) * w + j] + k
                let del = d[i * w + j - 1] + k
                let cell = min(sub, ins, del)
                d[i * w + j] = hasDigits ? min(cell, run(i, j)?.cost ?? Int.max) : cell
            }
        }
        var bestJ = 0
        // ties: the later end, so a changed last word reads as a substitution
        for j in 0...n where d[m * w + j] <= d[m * w + bestJ] { bestJ = j }
        // trace back
        var ops: [Op] = []
        var i = m, j = bestJ
        while i > 0 {
            let here = d[i * w + j]
            if hasDigits, j > 0, let r = run(i, j), here == r.cost {
                // (the quote's digits set against the spoken words: one change, which `SpokenNumber` excuses where
                // the two say one number)
                ops += (j - r.length + 1..<j).reversed().map { .omit(s: $0) } + [.substitute(q: i - 1, s: j - r.length)]
                i -= 1; j -= r.length
            } else if j > 0, here == d[(i - 1) * w + j - 1] + (q[i - 1] == s[j - 1] ? -1 : k) {
                ops.append(q[i - 1] == s[j - 1] ? .match(q: i - 1, s: j - 1) : .substitute(q: i - 1, s: j - 1))
                i -= 1; j -= 1
            } else if here == d[(i - 1) * w + j] + k {
                ops.append(.insert(q: i - 1)); i -= 1
            } else {
                ops.append(.omit(s: j - 1)); j -= 1
            }
        }
        ops.reverse()
        // leading omissions before the first quote word are outside the span
        while let f = ops.first, case .omit = f { ops.removeFirst(); j += 1 }
        let cost = ops.reduce(0) { if case .match = $1 { return $0 } else { return $0 + 1 } }
        return Alignment(cost: cost, sourceRange: j..<bestJ, ops: ops)
    }

    @inline(__always) static func startsWithDigit(_ word: String) -> Bool {
        word.utf8.first.map { (48...57).contains($0) } ?? false
    }

    /// What digits say: one number ("212") or a score's two ("9-3").
    static func reading(_ word: String) -> [Double]? {
        if let (a, b) = NumberWords.tally([word]) { return [a, b] }
        return NumberWords.spoken([word]).map { [$0] }
    }

    static let runWords: Set<String> = ["and", "point", "a", "to"]

    /// For each passage word, the runs of number words that end there, with what they say ("two hundred and twelve",
    /// "nine and three").
    static func spokenRuns(_ s: [String]) -> [[(length: Int, value: [Double])]] {
        s.indices.map { j in
            var out: [(length: Int, value: [Double])] = []
            var l = 1
            while l <= min(8, j + 1) {
                let w = s[j - l + 1]
                guard NumberWords.value(of: w) != nil || NumberWords.scales[w] != nil || runWords.contains(w) else {
                    break
                }
                let words = s[(j - l + 1)...j]
                if let v = NumberWords.spoken(words) { out.append((l, [v])) }
                if let (a, b) = NumberWords.tally(words) { out.append((l, [a, b])) }
                l += 1
            }
            return out
        }
    }

    /// The alignment with its edges kept on one side of a boundary in the passage (a quotation mark): a quote word
    /// set against a passage word across the boundary (`never` against the `said` before `"Stay away …"`) is read
    /// as a word the quote adds, and passage words across it as no part of the match.
    /// `crosses(a, b)`: a boundary lies between passage words a < b.
    public func keepingInside(_ crosses: (Int, Int) -> Bool) -> Alignment {
        func source(_ op: Op) -> Int? {
            switch op {
            case let .match(_, s), let .substitute(_, s), let .omit(s): return s;
            case .insert: return nil
            }
        }
        guard let firstMatch = ops.firstIndex(where: { if case .match = $0 { return true } else { return false } }),
            let lastMatch = ops.lastIndex(where: { if case .match = $0 { return true } else { return false } }),
            let lo = source(ops[firstMatch]), let hi = source(ops[lastMatch])
        else { return self }
        var out: [Op] = []
        for (k, op) in ops.enumerated() {
            if let s = source(op), (k < firstMatch && crosses(s, lo)) || (k > lastMatch && crosses(hi, s)) {
                // an omitted passage word outside is dropped
                if case let .substitute(q, _) = op { out.append(.insert(q: q)) }
            } else {
                out.append(op)
            }
        }
        let kept = out.compactMap(source)
        let cost = out.reduce(0) { if case .match = $1 { return $0 } else { return $0 + 1 } }
        return Alignment(cost: cost, sourceRange: (kept.min() ?? lo)..<((kept.max() ?? hi) + 1), ops: out)
    }

    /// A run of consecutive differences: what the quote says and what the passage says there.
    public struct Change: Sendable, Equatable {
        public let quoteWords: [String]
        public let sourceWords: [String]
        /// Positions of those words in the quote and in the aligned passage.
        public let quoteIndices: [Int]
        public let sourceIndices: [Int]
        public var isSubstitution: Bool { !quoteWords.isEmpty && !sourceWords.isEmpty }
        public var isInsertion: Bool { sourceWords.isEmpty }
        public var isOmission: Bool { quoteWords.isEmpty }
        static let negations: Set<String> = [
            "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot",
        ]
        /// A negation present on one side only.
        public var changesNegation: Bool {
            let a = quoteWords.filter(Change.negations.contains).count,
                b = sourceWords.filter(Change.negations.contains).count
            return a != b
        }
        /// A number on either side.
        public var changesNumber: Bool {
            (quoteWords + sourceWords).contains {
                $0.first.map { $0.isNumber } ?? false || NumberWords.value(of: $0) != nil
            }
        }
    }

    public func changes(_ q: [String], _ s: [String]) -> [Change] {
        var out: [Change] = []
        var qi: [Int] = [], si: [Int] = []
        func flush() {
            if !qi.isEmpty || !si.isEmpty {
                out.append(
                    Change(
                        quoteWords: qi.map { q[$0] }, sourceWords: si.map { s[$0] }, quoteIndices: qi, sourceIndices: si
                    ))
                qi = []; si = []
            }
        }
        for op in ops {
            switch op {
            case .match: flush()
            case let .substitute(a, b): qi.append(a); si.append(b)
            case let .insert(a): qi.append(a)
            case let .omit(b): si.append(b)
            }
        }
        flush()
        return out
    }
}
