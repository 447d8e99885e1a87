/// Every rule Verity reports, with what the rest of the tool derives from it: the default severity (CONTRACT.md),
/// the one-line summary (SARIF rule metadata, the README's table), the claim status a finding implies in
/// `check --update` and that status's precedence when a claim has several findings. The ids are public and
/// stable; each is spelled here and nowhere else.
public enum RuleID: String, CaseIterable, Sendable, Codable {
    case quoteUnsourced = "quote.unsourced"
    case quoteAltered = "quote.altered"
    case quoteMisattributed = "quote.misattributed"
    case numberMismatch = "number.mismatch"
    case numberUnsourced = "number.unsourced"
    case dateMismatch = "date.mismatch"
    case sourcesConflict = "sources.conflict"
    case ledgerNoEvidence = "ledger.no-evidence"
    case ledgerSourceChanged = "ledger.source-changed"
    case ledgerSpanMoved = "ledger.span-moved"
    case ledgerStatusUnsupported = "ledger.status-unsupported"

    public var defaultSeverity: Severity {
        switch self {
        case .quoteUnsourced, .quoteAltered, .quoteMisattributed, .numberMismatch, .dateMismatch,
            .ledgerSourceChanged, .ledgerSpanMoved:
            .error
        case .numberUnsourced, .sourcesConflict, .ledgerNoEvidence, .ledgerStatusUnsupported: .warning
        }
    }

    public var summary: String {
        switch self {
        case .quoteUnsourced: "A direct quote that no source contains, even approximately."
        case .quoteAltered: "A source holds a close but different wording."
        case .quoteMisattributed: "A source holds the quote but attributes it to a different speaker."
        case .numberMismatch: "The best-matching source states a different value for the same quantity."
        case .numberUnsourced: "A quantity that no source states."
        case .dateMismatch: "The best-matching source gives a different date for the same event."
        case .sourcesConflict: "Two sources disagree on a value or date the article relies on."
        case .ledgerNoEvidence: "A claim has no evidence attached and the check found none."
        case .ledgerSourceChanged: "The text of an evidence span's source changed since it was attached."
        case .ledgerSpanMoved: "An evidence span no longer matches its source at its offsets."
        case .ledgerStatusUnsupported: "A claim's recorded status is not borne out by its evidence."
        }
    }

    /// A finding on the article itself (the ledger's own rules aside), as SARIF lists them.
    public var isArticleRule: Bool { !rawValue.hasPrefix("ledger.") }

    /// The evidence a finding shows refutes the claim (rather than only mentioning its words).
    public var refutes: Bool { self == .quoteAltered || self == .numberMismatch || self == .dateMismatch }

    /// The finding's evidence is the passage the claim was held against (not merely the nearest one).
    public var showsThePassage: Bool { refutes || self == .quoteMisattributed }
}
