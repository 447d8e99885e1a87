import Foundation
import VerityCheck
import VerityDocument
import VerityLedger
import VerityText

/// `verity check` on the persistent ledger: articles against all sources, and each claim against its evidence.
public struct LedgerCheck {
    public let ledger: any LedgerStore
    public var config: CheckConfig

    public init(ledger: any LedgerStore, config: CheckConfig = CheckConfig()) {
        self.ledger = ledger; self.config = config
    }

    /// A ledger source as a document, dated by its recorded publication date.
    public static func document(_ s: Source) throws -> Document {
        var d = try Document(path: s.path, text: s.text, format: DocumentFormat(rawValue: s.format))
        if let p = s.publishedOn { d.frontMatter.date = p }
        return d
    }

    public struct Result {
        public var findings: [Finding]
        /// The claim each finding is about, where one is.
        public var claimOf: [Int: Int64]
        public var statusChanges: [(claimId: Int64, to: ClaimStatus, note: String)]
        public var skippedManual: [String]
        /// Supporting passages the check found for claims that had no evidence yet.
        public var newEvidence: [Evidence]
    }

    public func run() throws -> Result {
        let claims = try ledger.claims()
        let allEvidence = try ledger.evidence()
        // articles named by claims, read from disk
        let articles = Set(claims.compactMap(\.article)).sorted()
        var articleDocs: [String: Document] = [:]
        for a in articles where FileManager.default.fileExists(atPath: a) {
            articleDocs[a] = try Document.load(path: a)
        }
        let extractions = articleDocs.mapValues { Extraction($0) }
        // the sources the articles need, and those evidence is attached to
        let pairs = try LedgerSources.sources(
            for: Array(extractions.values), in: ledger, alsoIds: Set(allEvidence.map(\.sourceId)))
        let sources = pairs.map(\.0)
        let set = SourceSet(pairs.map(\.1))
        let byId = Dictionary(pairs.map { ($0.0.id!, $0.1) }, uniquingKeysWith: { a, _ in a })
        var findings: [Finding] = []
        var claimOf: [Int: Int64] = [:]
        var articleFindings: [Finding] = []
        var supports: [(article: String, support: Support)] = []
        for a in articles {
            guard let doc = articleDocs[a] else { continue }
            let result = Checker(sources: set, config: config).checkWithSupport(extractions[a]!)
            articleFindings += result.findings
            supports += result.supports.map { (a, $0) }
        }
        let sourceByPath = Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        var newEvidence: [Evidence] = []
        for f in articleFindings {
            let idx = findings.count
            findings.append(f)
            if let c = claims.first(where: {
                $0.article == f.document && ($0.articleStart ?? -1) < f.end && ($0.articleEnd ?? -1) > f.start
            }) {
                claimOf[idx] = c.id!
            }
        }
        // each claim against its attached evidence
        for c in claims {
            let evidence = allEvidence.filter { $0.claimId == c.id }
            if evidence.isEmpty {
                // a passage the check found bears the claim out: it becomes the evidence
                if let (_, sup) = supports.first(where: {
                    $0.article == c.article && $0.support.articleStart < (c.articleEnd ?? -1)
                        && $0.support.articleEnd > (c.articleStart ?? -1)
                }),
                    let src = sourceByPath[sup.source], let doc = byId[src.id!]
                {
                    newEvidence.append(
                        Evidence(
                            claimId: c.id!, source: src, document: doc, start: sup.start, end: sup.end,
                            stance: .supports, note: "found by verity check"))
                    continue
                }
                // a claim the article check already flags needs no second word; the passage it was held against is the
                // evidence
                let flagged = claimOf.filter { $0.value == c.id! }.keys.sorted().map { findings[$0] }
                if let f = flagged.first(where: { $0.ruleID?.showsThePassage == true }),
                    let ref = f.evidence.first, let src = sourceByPath[ref.document], let doc = byId[src.id!],
                    ref.end > ref.start
                {
                    newEvidence.append(
                        Evidence(
                            claimId: c.id!, source: src, document: doc, start: ref.start, end: ref.end,
                            stance: f.ruleID?.refutes == true ? .refutes : .mentions,
                            note: "found by verity check (\(f.rule))"))
                }
                if !flagged.isEmpty { continue }
                claimOf[findings.count] = c.id!
                findings.append(
                    LedgerCheck.finding(
                        .ledgerNoEvidence, c, articleDocs,
                        "\(c.code) has no evidence attached and the check found none in the sources"))
                continue
            }
            for e in evidence {
                guard let doc = byId[e.sourceId], let s = sources.first(where: { $0.id == e.sourceId }) else {
                    continue
                }
                // a span on an earlier text of the source counts no more once one is attached to its current text
                let renewed = evidence.contains { $0.sourceId == s.id && $0.sourceSha256 == s.sha256 }
                if e.sourceSha256 != s.sha256, renewed { continue }
                if e.sourceSha256 != s.sha256 {
                    claimOf[findings.count] = c.id!
                    findings.append(
                        LedgerCheck.finding(
                            .ledgerSourceChanged, c, articleDocs,
                            "the text of \(s.code) changed since this evidence was attached; re-read it and "
                                + "attach again",
                            evidence: [EvidenceRef(document: s.path, line: 1, start: 0, end: 0, excerpt: e.exact)]))
                } else if doc.slice(e.start, e.end) != e.exact {
                    claimOf[findings.count] = c.id!
                    findings.append(
                        LedgerCheck.finding(
                            .ledgerSpanMoved, c, articleDocs,
                            "the evidence span no longer matches \(s.code) at its offsets"))
                }
            }
            if c.kind == .quote {
                let attached = evidence.compactMap { byId[$0.sourceId] }
                let found = attached.contains { d in
                    switch SpanLocator.locate(c.text, in: d) {
                    case .found, .ambiguous: return true
                    case .notFound: return false
                    }
                }
                if !found {
                    claimOf[findings.count] = c.id!
                    findings.append(
                        LedgerCheck.finding(
                            .quoteUnsourced, c, articleDocs,
                            "the quoted words of \(c.code) are not in its attached source(s)"))
                }
            }
        }
        // statuses the findings support
        var changes: [(Int64, ClaimStatus, String)] = []
        var skipped: [String] = []
        let history = try ledger.history()
        for c in claims {
            let mine = findings.indices.filter { claimOf[$0] == c.id }.map { findings[$0] }
            // the gravest finding decides; a claim with none is supported
            let target: ClaimStatus
            if let decisive = mine.compactMap(\.ruleID).min(by: { $0.precedence < $1.precedence }) {
                guard let status = decisive.impliedStatus else { continue }  // nothing to go on: left as it is
                target = status
            } else {
                target = .supported
            }
            guard target != c.status else { continue }
            let events = history.filter { $0.claimId == c.id }
            if let last = events.last, last.by != LedgerCheck.actor, events.count > 1 {
                skipped.append(
                    "\(c.code) stays \(c.status.rawValue) (set by \(last.by)); the check suggests \(target.rawValue)")
                continue
            }
            changes.append(
                (c.id!, target, mine.isEmpty ? "evidence supports it" : mine.map(\.rule).joined(separator: ", ")))
        }
        var sorted = findings.indices.map { ($0, findings[$0]) }
        sorted.sort { ($0.1.document, $0.1.start) < ($1.1.document, $1.1.start) }
        var newClaimOf: [Int: Int64] = [:]
        for (newIdx, (oldIdx, _)) in sorted.enumerated() { if let c = claimOf[oldIdx] { newClaimOf[newIdx] = c } }
        return Result(
            findings: sorted.map(\.1), claimOf: newClaimOf, statusChanges: changes.map { ($0.0, $0.1, $0.2) },
            skippedManual: skipped, newEvidence: newEvidence)
    }

    public static let actor = "verity check"

    /// A finding about a claim: at its place in the article when the article is at hand, else under its id.
    static func finding(
        _ rule: RuleID, _ c: Claim, _ articles: [String: Document], _ message: String, evidence: [EvidenceRef] = []
    ) -> Finding {
        if let a = c.article, let doc = articles[a], let s = c.articleStart, let e = c.articleEnd, e <= doc.count {
            return Finding(rule: rule, in: doc, start: s, end: e, message: message, evidence: evidence)
        }
        return Finding(rule: rule.rawValue, document: c.code, message: message, excerpt: c.text, evidence: evidence)
    }
}

extension RuleID {
    /// The status a finding gives its claim in `check --update`; nil when it says nothing either way.
    var impliedStatus: ClaimStatus? {
        switch self {
        case .quoteAltered, .quoteMisattributed: .misquoted
        case .numberMismatch, .dateMismatch: .contradicted
        case .quoteUnsourced, .numberUnsourced: .unsupported
        case .ledgerNoEvidence: nil
        case .sourcesConflict, .ledgerSourceChanged, .ledgerSpanMoved: .disputed
        case .ledgerStatusUnsupported: .supported
        }
    }

    /// Which finding decides when a claim has several: the lower, the graver.
    var precedence: Int {
        switch self {
        case .quoteAltered, .quoteMisattributed: 0
        case .numberMismatch, .dateMismatch: 1
        case .quoteUnsourced, .numberUnsourced: 2
        case .ledgerNoEvidence: 3
        case .sourcesConflict: 4
        case .ledgerSourceChanged, .ledgerSpanMoved: 5
        case .ledgerStatusUnsupported: 6
        }
    }
}
