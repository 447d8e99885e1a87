import VerityDocument
import VerityText

/// Reads an article against its sources and reports where it does not match them.
public struct Checker {
    public let sources: SourceSet
    public var config: CheckConfig

    public init(sources: SourceSet, config: CheckConfig = CheckConfig()) {
        self.sources = sources
        self.config = config
    }

    public func check(_ article: Document) -> [Finding] { checkWithSupport(article).findings }

    /// The findings, and for what the sources bear out, the passages that do.
    public func checkWithSupport(_ article: Document) -> CheckResult { checkWithSupport(Extraction(article)) }

    public func checkWithSupport(_ ex: Extraction) -> CheckResult {
        let article = ex.document
        var result = CheckResult()
        QuoteRules(sources: sources).check(ex, into: &result)
        NumberRules(sources: sources, weigh: config.confidence).check(ex, into: &result)
        Restatement(sources: sources).check(ex, into: &result)
        DateRules(sources: sources).check(ex, into: &result)
        MonthRules(sources: sources).check(ex, into: &result)
        result.findings = config.apply(result.findings, to: article, paragraphs: ex.paragraphs)
            .map { config.confidence ? ConfidenceModel.apply($0) : $0 }
            .sorted { ($0.start, $0.rule) < ($1.start, $1.rule) }
        return result
    }
}

/// Rule severities and switches from `.verity.yml`, and inline `<!-- verity-ignore RULE -->` comments.
public struct CheckConfig: Sendable {
    /// rule id → severity, or nil to turn the rule off.
    public var severities: [String: Severity?] = [:]
    /// Weigh each finding with `ConfidenceModel` (off only to record raw findings for fitting it).
    public var confidence = true
    public init(severities: [String: Severity?] = [:]) { self.severities = severities }

    public func apply(_ findings: [Finding], to doc: Document, paragraphs: [Range<Int>]) -> [Finding] {
        let ignores = Self.ignoreComments(doc, paragraphs: paragraphs)
        var used = Set<Int>()
        return findings.compactMap { f in
            var f = f
            if let s = severities[f.rule] { guard let s else { return nil }; f.severity = s }
            // a comment silences the first finding of its rule on its own line or the next non-blank lines' paragraph
            if let i = ignores.indices.first(where: {
                !used.contains($0) && (ignores[$0].rule == f.rule || ignores[$0].rule == "*")
                    && ignores[$0].scope.contains(f.start)
            }) {
                used.insert(i); return nil
            }
            return f
        }
    }

    static func ignoreComments(_ doc: Document, paragraphs paras: [Range<Int>]) -> [(rule: String, scope: Range<Int>)] {
        let text = doc.text
        var out: [(String, Range<Int>)] = []
        var search = text.startIndex
        while let r = text.range(of: "<!--", range: search..<text.endIndex),
            let close = text.range(of: "-->", range: r.upperBound..<text.endIndex)
        {
            let body = text[r.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
            search = close.upperBound
            guard body.hasPrefix("verity-ignore") else { continue }
            let rule = body.dropFirst("verity-ignore".count).trimmingCharacters(in: .whitespaces)
            let offset = text.unicodeScalars.distance(
                from: text.unicodeScalars.startIndex,
                to: close.upperBound.samePosition(in: text.unicodeScalars) ?? text.unicodeScalars.endIndex)
            let commentStart = text.unicodeScalars.distance(
                from: text.unicodeScalars.startIndex,
                to: r.lowerBound.samePosition(in: text.unicodeScalars) ?? text.unicodeScalars.startIndex)
            let line = doc.lineColumn(of: commentStart).line
            // scope: the rest of the comment's line, else the next paragraph
            let next =
                paras.first(where: { $0.upperBound > offset && doc.lineColumn(of: $0.lowerBound).line >= line })
                ?? (offset..<offset)
            out.append((rule.isEmpty ? "*" : rule, min(commentStart, next.lowerBound)..<max(next.upperBound, offset)))
        }
        return out
    }
}

/// Is a quantity part of a date ("ten days ago")? The date rule speaks for it.
func insideDate(_ ex: Extraction, _ q: Quantity) -> Bool {
    ex.dates.contains { $0.start <= q.numberStart && $0.end >= q.numberEnd }
}

/// Is `offset` inside one of the article's quotes?
public func insideQuote(_ ex: Extraction, _ start: Int, _ end: Int) -> Bool {
    ex.quotes.contains { $0.start <= start && $0.end >= end }
}

/// Content words within a paragraph around an offset: near ones (±4 words) count triple.
struct Context {
    var near: Set<String> = []
    var far: Set<String> = []
    /// "will" or "would" stands among the five words before the figure: it is foreseen ("will create about 1,100
    /// jobs", "would save the district about $2.4 million a year").
    var foreseen = false
    static let foreseeing: Set<String> = ["will", "would"]
    /// The years the figure is of (`TimeScope`).
    var years: Set<Int> = []
    /// Its years, or where none stands beside it, those of its clause (`clauseYears`): what tells two sources'
    /// figures of two times apart.
    var clauseYears: Set<Int> = []

    init() {}

    /// `subjectEnd`: where the figure's counted noun ends, if past `around` ("161 main breaks"): the years after it
    /// are read from there ("161 main breaks last year").
    init(_ ex: Extraction, around: Range<Int>, subjectEnd: Int? = nil) {
        let tokens = ex.tokens
        let para = ex.paragraphs.first(where: { $0.contains(around.lowerBound) }) ?? (0..<ex.document.count)
        let first = ex.firstToken(endingAfter: around.lowerBound)
        guard first < tokens.count else { return }
        let last = tokens[first...].firstIndex(where: { $0.start >= around.upperBound }) ?? tokens.count
        func add(_ i: Int, _ isNear: Bool) {
            let t = tokens[i]
            guard para.contains(t.start) else { return }
            // a hyphenated compound is also read whole: "north-east" is "northeast", "e-mail" "email"
            if let whole = Context.compound(tokens, at: i), let stem = Context.contentStem(whole) {
                if isNear { near.insert(stem) } else { far.insert(stem) }
            }
            guard t.kind == .word, let stem = Context.contentStem(t.norm) else { return }
            if isNear { near.insert(stem) } else { far.insert(stem) }
        }
        // near: six words either side within the figure's sentence; far: fourteen, across sentences
        var k = first - 1, words = 0, crossed = false
        var nearFrom = first, nearTo = last
        while k >= 0, words < 14 {
            if Tokenizer.endsSentence(tokens, at: k) { crossed = true }
            // (not "would have saved", which did not happen)
            if !crossed, words < 5, Context.foreseeing.contains(tokens[k].norm),
                k + 1 >= tokens.count || tokens[k + 1].norm != "have"
            {
                foreseen = true
            }
            if tokens[k].kind == .word { words += 1 }
            if words <= 6 && !crossed && para.contains(tokens[k].start) { nearFrom = k }
            add(k, words <= 6 && !crossed); k -= 1
        }
        k = last; words = 0; crossed = false
        while k < tokens.count, words < 14 {
            if tokens[k].kind == .word { words += 1 }
            if words <= 6 && !crossed && para.contains(tokens[k].start) { nearTo = k + 1 }
            add(k, words <= 6 && !crossed)
            if Tokenizer.endsSentence(tokens, at: k) { crossed = true }
            k += 1
        }
        // (the years right beside it: "41 in 2024", not the "58 in 2023" before it)
        // (looking back, not past another figure or an "and": "58 in 2023 and 41 in 2024")
        // (up to a year, not past it: "In 2020, 29 people died")
        // (nor past the base it is compared from: "$540,000 next year, down from $655,000")
        var back = first
        while back > max(nearFrom, first - 4), tokens[back - 1].norm != "and",
            !TimeScope.bases.contains(tokens[back - 1].norm)
        {
            let t = tokens[back - 1]
            if t.kind == .number {
                if let y = t.plainInt, TimeScope.plausible.contains(y), t.norm.utf8.count == 4 { back -= 1 }
                break
            }
            back -= 1
        }
        // (after its counted noun, within its sentence: "161 main breaks in 2025")
        var after = last
        if let subjectEnd {
            while after < tokens.count, tokens[after].start < subjectEnd, !Tokenizer.endsSentence(tokens, at: after) {
                after += 1
            }
        }
        var upTo = after
        while upTo < min(tokens.count, after + 3), !Tokenizer.endsSentence(tokens, at: upTo) { upTo += 1 }
        years = TimeScope.years(ex, back..<first)
            .union(TimeScope.years(ex, last..<min(max(last, nearTo), last + 3)))
            .union(TimeScope.years(ex, after..<upTo))
        // (a year a "when" clause hangs on is the figure's, though it is a base for the sentence's verb: "the
        // deadliest year since 2016, when 34 people were killed")
        if first >= 3, tokens[first - 1].norm == "when", tokens[first - 2].norm == ",",
            let y = tokens[first - 3].plainInt, TimeScope.plausible.contains(y), tokens[first - 3].norm.utf8.count == 4
        {
            years.insert(y)
        }
        // (a base it is compared from takes no year of its clause: "$540,000 next year, down from $655,000")
        let base = first > 0 && TimeScope.bases.contains(tokens[first - 1].norm)
        clauseYears = years.isEmpty && !base ? Context.clauseYears(ex, first: first, last: last) : years
    }

    /// The years of a figure's clause when none stands beside it: up to the next or last other figure within its
    /// sentence ("Thirty-one people died on our streets last year"; not the "2024" of "up from 26 in 2024").
    static func clauseYears(_ ex: Extraction, first: Int, last: Int) -> Set<Int> {
        let toks = ex.tokens
        func stops(_ k: Int) -> Bool {
            guard toks[k].kind == .number else { return false }
            return !(toks[k].plainInt.map(TimeScope.plausible.contains) == true && toks[k].norm.utf8.count == 4)
        }
        var to = last
        while to < toks.count, !stops(to), !Tokenizer.endsSentence(toks, at: to) { to += 1 }
        var from = first
        while from > 0, !stops(from - 1), !Tokenizer.endsSentence(toks, at: from - 1) { from -= 1 }
        return TimeScope.years(ex, from..<first).union(TimeScope.years(ex, last..<min(toks.count, to + 1)))
    }

    /// The hyphenated compound whose hyphen is token `i`, written whole ("north-east" → "northeast").
    static func compound(_ toks: [Token], at i: Int) -> String? {
        guard toks[i].norm == "-", i > 0, i + 1 < toks.count, toks[i - 1].kind == .word, toks[i + 1].kind == .word,
            toks[i - 1].end == toks[i].start, toks[i].end == toks[i + 1].start
        else { return nil }
        return toks[i - 1].norm + toks[i + 1].norm
    }

    /// Stems the article uses three times or more.
    static func topicWords(_ ex: Extraction) -> Set<String> {
        var counts: [String: Int] = [:]
        let toks = ex.tokens
        for (i, t) in toks.enumerated() {
            var w = t.norm
            if let whole = compound(toks, at: i) {
                w = whole  // compounds as `init(_:around:)` reads them
            } else if t.kind != .word {
                continue
            }
            if w.hasSuffix("'s") { w.removeLast(2) }
            counts[stem(w), default: 0] += 1
        }
        return Set(counts.filter { $0.value >= 3 }.keys)
    }

    /// The context of a figure: for a table cell its row's and column's headers (the words beside it in the file
    /// belong to other rows), otherwise the words around it.
    init(_ ex: Extraction, quantity q: Quantity) {
        guard let header = q.header else {
            self.init(ex, around: q.numberStart..<q.numberEnd, subjectEnd: q.end)
            // (a span of time's own words tell nothing of what it measures: "lived there for 14 years" and "seen in
            // twenty-six years" share only the years; its counted noun, "26 years of marriage", is compared on its
            // own, as the subject)
            if let u = q.unit, Context.timeUnits.contains(u) {
                for t in Tokenizer.tokenize(ex.document.analysis, from: q.numberEnd, to: q.end) {
                    if let stem = Context.contentStem(t.norm) { near.remove(stem) }
                }
            }
            return
        }
        self.init()
        for w in header.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" }) {
            if let stem = Context.contentStem(String(w)) { near.insert(stem) }
        }
        years = TimeScope.years(header: header)
        clauseYears = years
    }

    /// The units of a span of time (`Quantity.unit`).
    static let timeUnits: Set<String> = ["year", "month", "week", "day", "h", "min", "s"]

    /// The stems of the content words of the sentence holding `offset`.
    static func sentenceStems(_ ex: Extraction, around offset: Int) -> Set<String> {
        let toks = ex.tokens
        var out: Set<String> = []
        var k = ex.sentenceStart(token: ex.firstToken(endingAfter: offset))
        while k < toks.count {
            if toks[k].kind == .word, let s = contentStem(toks[k].norm) { out.insert(s) }
            if Tokenizer.endsSentence(toks, at: k) { break }
            k += 1
        }
        return out
    }

    /// The stem of a word that says what a figure is about, or nil for a stopword, a number word or a lone letter.
    static func contentStem(_ norm: String) -> String? {
        var w = norm
        if w.hasSuffix("'s") { w.removeLast(2) }
        guard !Lexicon.stopwords.contains(w), w.count > 1, NumberWords.value(of: w) == nil, NumberWords.scales[w] == nil
        else { return nil }
        return stem(w)
    }

    /// A word stands next to both figures (or dates), other than `besides` (the counted nouns, the article's topic).
    func sharesNearWord(with o: Context, besides: Set<String>) -> Bool {
        !near.intersection(o.near).subtracting(besides).isEmpty
    }

    /// The word's dictionary form (WordNet's lemma: "fell" → "fall", "crews" → "crew"), or without WordNet its
    /// suffix-stripped form.
    static func stem(_ w: String) -> String {
        if WordNet.shared.isAvailable {
            let lemma = WordNet.shared.lemma(w)
            // (a plural WordNet does not know, as "townhomes" for "townhome")
            if lemma == w, w.count > 4, w.hasSuffix("s"), !["ss", "us", "is"].contains(where: w.hasSuffix),
                !WordNet.shared.isListed(w)
            {
                return String(w.dropLast())
            }
            return lemma
        }
        var w = w
        for suf in ["ies", "es", "s", "ed", "ing"] where w.count > suf.count + 3 && w.hasSuffix(suf) {
            w.removeLast(suf.count); break
        }
        return w
    }

    /// Overlap score and whether a telling word stands next to the value on both sides. Words the article
    /// repeats throughout (its topic: "district", "minister") say little about which passage is meant.
    func score(_ o: Context, topicWords: Set<String> = []) -> (Int, Bool) {
        let all = near.union(far), oall = o.near.union(o.far)
        // a near word and its synonym beside the other figure ("begin" / "start") count as the same word
        let synonyms = near.subtracting(o.near).filter { w in o.near.contains { WordNet.shared.synonyms(w, $0) } }
        let nearShared = !near.intersection(o.near).union(synonyms).subtracting(topicWords).isEmpty
        let s = all.intersection(oall).count + 2 * near.intersection(o.near).count + 2 * synonyms.count
        return (s, nearShared)
    }
}
