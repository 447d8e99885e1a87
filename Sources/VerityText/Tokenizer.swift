import VerityDocument

/// A word, number or punctuation mark in a document's analysis text.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case word, number, punct }
    public let start: Int
    public let end: Int
    public let kind: Kind
    /// Lowercased text of the token (numbers keep their separators).
    public let norm: String
    /// First letter is uppercase in the text.
    public let capitalized: Bool
    /// Every letter is uppercase (`MINISTER`, `LOS`), two letters or more.
    public var allCaps: Bool = false
}

public enum Tokenizer {
    @inline(__always) public static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
    @inline(__always) public static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return (s.value | 0x20) >= 97 && (s.value | 0x20) <= 122 }
        return s.properties.isAlphabetic
    }
    @inline(__always) public static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\n" || (s.value > 127 && s.properties.isWhitespace)
    }

    /// Splits analysis text into tokens. Linear; words keep inner apostrophes (`don't`) and numbers
    /// keep inner separators (`1,270,000`, `3.2`).
    public static func tokenize(_ a: [Unicode.Scalar], from: Int = 0, to: Int? = nil) -> [Token] {
        let n = to ?? a.count
        var tokens: [Token] = []
        tokens.reserveCapacity((n - from) / 5)
        var i = from
        while i < n {
            let c = a[i]
            if isSpace(c) { i += 1; continue }
            if isDigit(c) {
                var j = i + 1
                while j < n {
                    if isDigit(a[j]) { j += 1; continue }
                    if (a[j] == "," || a[j] == "."), j + 1 < n, isDigit(a[j + 1]) { j += 2; continue }
                    break
                }
                // digits glued to letters (4.2k, 3bn, 23rd) stay separate tokens: number then word
                tokens.append(Token(start: i, end: j, kind: .number, norm: string(a, i, j), capitalized: false))
                i = j
                continue
            }
            if isLetter(c) {
                var j = i + 1
                while j < n {
                    if isLetter(a[j]) || isDigit(a[j]) || a[j].properties.generalCategory == .nonspacingMark { j += 1; continue }
                    if a[j] == "'", j + 1 < n, isLetter(a[j + 1]), j > i { j += 1; continue }
                    if a[j] == ".", j + 1 < n, isLetter(a[j + 1]), j + 2 < n, a[j + 2] == ".", j - i == 1 {
                        j += 1; continue // U.S., e.g.
                    }
                    break
                }
                // keep the final dot of an initialism (U.S.)
                if j < n, a[j] == ".", j - i >= 3, a[j - 2] == ".", isLetter(a[j - 1]) { j += 1 }
                let word = string(a, i, j)
                let lower = word.lowercased()
                tokens.append(Token(start: i, end: j, kind: .word, norm: lower, capitalized: c.properties.isUppercase,
                                    allCaps: j - i >= 2 && word == word.uppercased() && word != lower))
                i = j
                continue
            }
            tokens.append(Token(start: i, end: i + 1, kind: .punct, norm: String(Character(c)), capitalized: false))
            i += 1
        }
        return tokens
    }

    @inline(__always) static func string(_ a: [Unicode.Scalar], _ s: Int, _ e: Int) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: a[s..<e])
        return String(v)
    }
}

/// A word prepared for comparison: contractions expanded, case and dots folded.
public struct MatchWord: Sendable, Equatable {
    public let word: String
    /// Index of the token it came from.
    public let token: Int
}

public enum WordNormalizer {
    static let contractions: [String: [String]] = [
        "i'm": ["i", "am"], "won't": ["will", "not"], "can't": ["can", "not"], "cannot": ["can", "not"],
        "shan't": ["shall", "not"], "it's": ["it", "is"], "that's": ["that", "is"], "let's": ["let", "us"],
        "ain't": ["is", "not"],
    ]

    /// The comparison words of a token range: punctuation dropped, contractions expanded.
    public static func words(_ tokens: [Token], _ range: Range<Int>? = nil) -> [MatchWord] {
        var out: [MatchWord] = []
        let r = range ?? tokens.indices
        out.reserveCapacity(r.count)
        for i in r {
            let t = tokens[i]
            if t.kind == .punct { continue }
            if t.kind == .number { out.append(MatchWord(word: t.norm.replacingOccurrences(of: ",", with: ""), token: i)); continue }
            var w = t.norm
            if w.contains(".") { w = w.replacingOccurrences(of: ".", with: "") }
            guard w.contains("'") else { out.append(MatchWord(word: w, token: i)); continue }
            if let e = contractions[w] { for x in e { out.append(MatchWord(word: x, token: i)) }; continue }
            let suffixes: [(String, String)] = [("n't", "not"), ("'re", "are"), ("'ve", "have"), ("'ll", "will"), ("'d", "would"), ("'m", "am")]
            var done = false
            for (suf, full) in suffixes where w.hasSuffix(suf) && w.count > suf.count {
                out.append(MatchWord(word: String(w.dropLast(suf.count)), token: i))
                out.append(MatchWord(word: full, token: i))
                done = true
                break
            }
            if !done { out.append(MatchWord(word: w, token: i)) }
        }
        return out
    }
}
