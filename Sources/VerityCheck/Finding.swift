import VerityDocument

public enum Severity: String, Sendable, Codable, Comparable {
    case error, warning, info
    var rank: Int { self == .error ? 2 : self == .warning ? 1 : 0 }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// A source passage that bears out a span of the article: what `check --update` attaches as evidence.
public struct Support: Sendable, Equatable {
    public var articleStart: Int
    public var articleEnd: Int
    /// The source document's path.
    public var source: String
    public var start: Int
    public var end: Int
}

/// What a check concludes: the problems, and the passages that support the rest.
public struct CheckResult: Sendable {
    public var findings: [Finding] = []
    public var supports: [Support] = []
    public init() {}
    mutating func support(_ article: Range<Int>, _ src: PreparedSource, _ span: Range<Int>) {
        supports.append(
            Support(
                articleStart: article.lowerBound, articleEnd: article.upperBound, source: src.document.path,
                start: span.lowerBound, end: span.upperBound))
    }
}

/// A source passage shown with a finding.
public struct EvidenceRef: Sendable, Equatable, Codable {
    public var document: String
    public var line: Int
    public var start: Int
    public var end: Int
    public var excerpt: String
    /// The 1-based page of a paged source (PDF); nil for others.
    public var page: Int? = nil
    /// The time range of a timed source (subtitles, transcripts with timecodes); nil for others.
    public var time: TimeSpan? = nil

    public init(
        document: String, line: Int, start: Int, end: Int, excerpt: String, page: Int? = nil, time: TimeSpan? = nil
    ) {
        self.document = document; self.line = line; self.start = start; self.end = end; self.excerpt = excerpt
        self.page = page; self.time = time
    }

    /// `p. 2`, `01:02.0–01:08.0`, both or neither: where a person finds the passage in the original.
    public var anchorLabel: String? {
        let parts = [page.map { "p. \($0)" }, time?.label].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}

/// One problem found in an article, with where it is, which rule fired and the evidence.
public struct Finding: Sendable, Equatable, Codable {
    public var rule: String
    public var severity: Severity
    public var document: String
    public var line: Int
    public var column: Int
    public var start: Int
    public var end: Int
    public var excerpt: String
    public var message: String
    public var evidence: [EvidenceRef]
    /// How likely the finding is right (0 to 1), from its rule's fitted model (`ConfidenceModel`).
    public var confidence: Double? = nil
    /// What the rule saw (`ConfidenceModel` reads these; `verity check --features` prints them for fitting).
    public var features: [String: Double]? = nil

    /// Default severities, as in CONTRACT.md.
    public static let defaultSeverity: [String: Severity] = Dictionary(
        uniqueKeysWithValues: RuleID.allCases.map { ($0.rawValue, $0.defaultSeverity) })

    public init(
        rule: String, severity: Severity? = nil, in doc: Document, start: Int, end: Int, excerpt: String? = nil,
        message: String, evidence: [EvidenceRef] = []
    ) {
        self.rule = rule
        self.severity = severity ?? Finding.defaultSeverity[rule] ?? .warning
        self.document = doc.path
        let (l, c) = doc.lineColumn(of: start)
        self.line = l; self.column = c
        self.start = start; self.end = end
        self.excerpt = excerpt ?? doc.slice(start, end)
        self.message = message
        self.evidence = evidence
    }
}

extension Finding {
    /// A finding of a typed rule.
    public init(
        rule: RuleID, in doc: Document, start: Int, end: Int, excerpt: String? = nil, message: String,
        evidence: [EvidenceRef] = []
    ) {
        self.init(
            rule: rule.rawValue, in: doc, start: start, end: end, excerpt: excerpt, message: message,
            evidence: evidence)
    }

    /// The typed rule, for findings of Verity's own rules.
    public var ruleID: RuleID? { RuleID(rawValue: rule) }

    /// The finding with what its rule saw, for the confidence model.
    func with(features: [String: Double]) -> Finding {
        var f = self
        f.features = features
        return f
    }
}

extension EvidenceRef {
    /// A passage of a source document, with its line.
    public init(_ doc: Document, _ start: Int, _ end: Int, excerpt: String? = nil) {
        self.document = doc.path
        self.line = doc.lineColumn(of: start).line
        self.start = start; self.end = end
        self.excerpt = excerpt ?? doc.slice(start, end)
        self.page = doc.page(at: start)
        self.time = doc.time(start, end)
    }
}

extension Finding {
    /// A finding about the ledger itself (no article position).
    public init(rule: String, document: String, message: String, excerpt: String, evidence: [EvidenceRef] = []) {
        self.rule = rule
        self.severity = Finding.defaultSeverity[rule] ?? .warning
        self.document = document
        self.line = 1; self.column = 1; self.start = 0; self.end = 0
        self.excerpt = excerpt
        self.message = message
        self.evidence = evidence
    }
}
