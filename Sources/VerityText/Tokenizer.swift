import VerityDocument

/// The tokens the date and quantity rules walk, read in place (no copy of a token per look).
typealias Tokens = UnsafeBufferPointer<Token>

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
    /// What the word list says of this word, looked up once here.
    public var classes: WordClass = []

    /// Digits with separators: the value, thousands separators dropped (`1,270,000` → 1270000).
    public var number: Double? {
        guard kind == .number else { return nil }
        return norm.utf8.contains(44) ? Double(String(norm.unicodeScalars.filter { $0 != "," })) : Double(norm)
    }
    /// In a word class (a bit test: the lists were looked up once, when the token was made).
    @inline(__always) public func `is`(_ c: WordClass) -> Bool { classes.contains(c) }
    /// Looks the word up in a word list, skipping the lookup for words in none of them.
    @inline(__always) public func lex<V>(_ list: [String: V]) -> V? { classes.contains(.lexical) ? list[norm] : nil }

    /// A plain whole number written without separators (`22`, `2025`).
    public var plainInt: Int? {
        guard kind == .number, norm.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return Int(norm)
    }
    /// The number has a thousands separator or a decimal point.
    public var hasSeparator: Bool { kind == .number && norm.utf8.contains { $0 == 44 || $0 == 46 } }
}

/// Classes of words the rules test token by token; one dictionary lookup per word instead of one per rule.
public struct WordClass: OptionSet, Sendable, Equatable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    /// May begin a date ("October", "yesterday", "last", "ten").
    public static let dateStart = WordClass(rawValue: 1)
    /// May begin a quantity ("ten", "a", "usd").
    public static let quantityStart = WordClass(rawValue: 2)
    /// In one of the word lists the date and quantity rules consult (months, weekdays, units, number words).
    public static let lexical = WordClass(rawValue: 4)
    /// Says something of a date by itself (a month, weekday, number word, "week", "yesterday", a holiday's first word):
    /// a date that begins with "the", "in" or "last" has one of these within a few words.
    public static let dateCore = WordClass(rawValue: 8)
    // The shared word lists, so a rule tests a bit instead of hashing the word again.
    public static let role = WordClass(rawValue: 1 << 4)
    public static let cue = WordClass(rawValue: 1 << 5)
    public static let pronoun = WordClass(rawValue: 1 << 6)
    public static let determiner = WordClass(rawValue: 1 << 7)
    public static let phraseStop = WordClass(rawValue: 1 << 8)
    public static let stopword = WordClass(rawValue: 1 << 9)
    public static let org = WordClass(rawValue: 1 << 10)
    public static let adverb = WordClass(rawValue: 1 << 11)
    public static let subjectStop = WordClass(rawValue: 1 << 12)
    public static let skipBefore = WordClass(rawValue: 1 << 13)
    /// First word of a national currency's name ("Australian" dollars, "Swiss" francs).
    public static let currencyLead = WordClass(rawValue: 1 << 14)
    /// Last word of a qualifier before a number ("more than", "about", "at least").
    public static let qualifierEnd = WordClass(rawValue: 1 << 15)
    /// A noun for something said, whose owner is its speaker ("his claim", "Trump's words").
    public static let speechNoun = WordClass(rawValue: 1 << 16)
    // What a date may begin with, so a date pattern that cannot fit a word is not tried at it.
    public static let month = WordClass(rawValue: 1 << 17)
    public static let weekday = WordClass(rawValue: 1 << 18)
    /// A number word or ordinal a day or count may be written in ("ten", "third").
    public static let dayWord = WordClass(rawValue: 1 << 19)
    /// First word of a holiday's name.
    public static let holidayWord = WordClass(rawValue: 1 << 20)

    static let table = ClassTable(words)
}

/// The word classes, looked up by a hash of the word's lowercase UTF-8 computed while the tokenizer lowercases it:
/// a String is compared only when the hash matches, so a word that is in no list costs one probe.
struct ClassTable: Sendable {
    private var hashes: [UInt64]
    private var keys: [String]
    private var classes: [WordClass]
    private let mask: Int

    init(_ words: [String: WordClass]) {
        var size = 1
        while size < words.count * 4 { size <<= 1 }
        mask = size - 1
        hashes = [UInt64](repeating: 0, count: size)
        keys = [String](repeating: "", count: size)
        classes = [WordClass](repeating: [], count: size)
        for (w, c) in words {
            let h = ClassTable.hash(w)
            var k = Int(truncatingIfNeeded: h) & mask
            while hashes[k] != 0 && !(hashes[k] == h && keys[k] == w) { k = (k + 1) & mask }
            hashes[k] = h
            keys[k] = w
            classes[k].formUnion(c)
        }
    }

    static let seed: UInt64 = 0xcbf29ce484222325
    @inline(__always) static func step(_ h: UInt64, _ byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* 0x100000001b3 }
    static func hash(_ w: String) -> UInt64 { w.utf8.reduce(seed, step) | 1 }

    /// The classes of `word`, whose hash (from `step`, starting at `seed`) is `h`.
    @inline(__always) func lookup(_ h: UInt64, _ word: String) -> WordClass {
        let h = h | 1  // never 0, which marks an empty slot
        var k = Int(truncatingIfNeeded: h) & mask
        while true {
            let x = hashes[k]
            if x == 0 { return [] }
            if x == h && keys[k] == word { return classes[k] }
            k = (k + 1) & mask
        }
    }
}

public enum Tokenizer {
    /// The token at `i` ends a sentence (a full stop that is no abbreviation's dot, "!" or "?").
    public static func endsSentence(_ tokens: [Token], at i: Int) -> Bool {
        tokens.withUnsafeBufferPointer { Attribution.isSentenceEnd($0, i) }
    }

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
        a.withUnsafeBufferPointer { tokenize($0, from: from, to: to ?? a.count) }
    }

    /// Every ASCII character as a string, made once: punctuation tokens share them.
    static let asciiStrings: [String] = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) }

    static func tokenize(_ a: UnsafeBufferPointer<Unicode.Scalar>, from: Int, to n: Int) -> [Token] {
        let table = WordClass.table  // read once, not on every word
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
                    // the common case first: an ASCII letter goes on the word
                    let v = a[j].value
                    if v < 128, (v | 0x20) >= 97, (v | 0x20) <= 122 { j += 1; continue }
                    // a currency code glued to its amount (USD10m, RM23.50) is two tokens
                    if isDigit(a[j]), j - i <= 3, (i..<j).allSatisfy({ a[$0].value >= 65 && a[$0].value <= 90 }),
                        j - i >= 2 || a[i] == "A"
                    {
                        break
                    }
                    // so is a month glued to its day (Dec31)
                    if isDigit(a[j]), j - i >= 3, j - i <= 9, Lexicon.months[lowercased(a, i, j).0] != nil { break }
                    if isLetter(a[j]) || isDigit(a[j])
                        || (a[j].value >= 0x300 && a[j].properties.generalCategory == .nonspacingMark)
                    {
                        j += 1; continue
                    }
                    if a[j] == "'", j + 1 < n, isLetter(a[j + 1]), j > i { j += 1; continue }
                    if a[j] == ".", j + 1 < n, isLetter(a[j + 1]), j + 2 < n, a[j + 2] == ".", j - i == 1 {
                        j += 1; continue  // U.S., e.g.
                    }
                    break
                }
                // keep the final dot of an initialism (U.S.)
                if j < n, a[j] == ".", j - i >= 3, a[j - 2] == ".", isLetter(a[j - 1]) { j += 1 }
                let capitalized = c.value < 128 ? (c.value >= 65 && c.value <= 90) : c.properties.isUppercase
                let (lower, hasUpper, hasLower, hash) = lowercased(a, i, j)
                var classes = table.lookup(hash, lower)
                // the second half of a hyphenated word ("so-called", "well-said") is no verb of saying
                if classes.contains(.cue), let dash = tokens.last, dash.norm == "-", dash.end == i, tokens.count >= 2,
                    tokens[tokens.count - 2].kind == .word, tokens[tokens.count - 2].end == dash.start
                {
                    classes.remove(.cue)
                }
                tokens.append(
                    Token(
                        start: i, end: j, kind: .word, norm: lower, capitalized: capitalized,
                        allCaps: j - i >= 2 && hasUpper && !hasLower, classes: classes))
                i = j
                continue
            }
            tokens.append(
                Token(
                    start: i, end: i + 1, kind: .punct,
                    norm: c.value < 128 ? asciiStrings[Int(c.value)] : string(a, i, i + 1), capitalized: false))
            i += 1
        }
        return tokens
    }

    /// The lowercase form of a word, whether it had upper- and lowercase letters, and the hash `ClassTable` looks up;
    /// ASCII in one pass, written straight into the string's own storage.
    static func lowercased(_ a: UnsafeBufferPointer<Unicode.Scalar>, _ s: Int, _ e: Int) -> (String, Bool, Bool, UInt64)
    {
        var upper = false, lower = false, ascii = true
        var h = ClassTable.seed
        let str = String(unsafeUninitializedCapacity: e - s) { buf in
            for k in s..<e {
                let v = a[k].value
                guard v < 128 else { ascii = false; return 0 }
                var b = UInt8(truncatingIfNeeded: v)
                if b >= 65 && b <= 90 { upper = true; b |= 0x20 } else if b >= 97 && b <= 122 { lower = true }
                buf[k - s] = b
                h = ClassTable.step(h, b)
            }
            return e - s
        }
        if ascii { return (str, upper, lower, h) }
        let w = string(a, s, e)
        let l = w.lowercased()
        return (l, w != l, w != w.uppercased(), ClassTable.hash(l))
    }

    /// The text of a run of scalars; ASCII without detours.
    static func string(_ a: UnsafeBufferPointer<Unicode.Scalar>, _ s: Int, _ e: Int) -> String {
        var ascii = true
        let str = String(unsafeUninitializedCapacity: e - s) { buf in
            for k in s..<e {
                let v = a[k].value
                guard v < 128 else { ascii = false; return 0 }
                buf[k - s] = UInt8(truncatingIfNeeded: v)
            }
            return e - s
        }
        return ascii ? str : Document.string(a[s..<e])
    }
}

/// A word prepared for comparison: contractions expanded, case and dots folded.
public struct MatchWord: Sendable, Equatable {
    public let word: String
    /// Index of the token it came from.
    public let token: Int
    /// Index of its last token: past `token` for a word of several ("9-3").
    public var lastToken: Int

    init(word: String, token: Int, lastToken: Int? = nil) {
        self.word = word
        self.token = token
        self.lastToken = lastToken ?? token
    }
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
        var skip = r.lowerBound
        for i in r where i >= skip {
            let t = tokens[i]
            if t.kind == .punct { continue }
            // a score or a vote ("9-3", "6–3") is one word, as a speaker's "nine and three" is one run
            if t.kind == .number, i + 2 < r.upperBound, tokens[i + 1].norm == "-" || tokens[i + 1].norm == "\u{2013}",
                tokens[i + 2].kind == .number, t.end == tokens[i + 1].start, tokens[i + 1].end == tokens[i + 2].start
            {
                out.append(MatchWord(word: t.norm + "-" + tokens[i + 2].norm, token: i, lastToken: i + 2))
                skip = i + 3
                continue
            }
            if t.kind == .number {
                out.append(
                    MatchWord(
                        word: t.norm.utf8.contains(44) ? String(t.norm.unicodeScalars.filter { $0 != "," }) : t.norm,
                        token: i));
                continue
            }
            var w = t.norm
            if w.utf8.contains(46) { w = String(w.unicodeScalars.filter { $0 != "." }) }
            guard w.utf8.contains(39) else { out.append(MatchWord(word: w, token: i)); continue }
            if let e = contractions[w] { for x in e { out.append(MatchWord(word: x, token: i)) }; continue }
            let suffixes: [(String, String)] = [
                ("n't", "not"), ("'re", "are"), ("'ve", "have"), ("'ll", "will"), ("'d", "would"), ("'m", "am"),
            ]
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
