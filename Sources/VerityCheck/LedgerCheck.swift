import Foundation
import VerityDocument
import VerityLedger
import VerityText

/// `verity check` on the persistent ledger: articles against all sources, and each claim against its evidence.
public struct LedgerCheck {
    public let ledger: Ledger
    public var config: CheckConfig

    public init(ledger: Ledger, config: CheckConfig = CheckConfig()) { self.ledger = ledger; self.config = config }

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
    }

    public func run() throws -> Result {
        let sources = try ledger.sources()
        let docs = try sources.map(LedgerCheck.document)
        let set = SourceSet(docs)
        let byId = Dictionary(uniqueKeysWithValues: zip(sources.map { $0.id! }, docs))
        let claims = try ledger.claims()
        var findings: [Finding] = []
        var claimOf: [Int: Int64] = [:]
        // articles named by claims, read from disk
        let articles = Set(claims.compactMap(\.article)).sorted()
        var articleFindings: [Finding] = []
        for a in articles where FileManager.default.fileExists(atPath: a) {
            articleFindings += Checker(sources: set, config: config).check(try Document.load(path: a))
        }
        for f in articleFindings {
            let idx = findings.count
            findings.append(f)
            if let c = claims.first(where: { $0.article == f.document && ($0.articleStart ?? -1) < f.end && ($0.articleEnd ?? -1) > f.start }) {
                claimOf[idx] = c.id!
            }
        }
        // each claim against its attached evidence
        for c in claims {
            let evidence = try ledger.evidence(claimId: c.id)
            if evidence.isEmpty {
                claimOf[findings.count] = c.id!
                findings.append(Finding(rule: "ledger.no-evidence", document: c.code, message: "\(c.code) has no evidence attached", excerpt: c.text))
                continue
            }
            for e in evidence {
                guard let doc = byId[e.sourceId], let s = sources.first(where: { $0.id == e.sourceId }) else { continue }
                if e.sourceSha256 != s.sha256 {
                    claimOf[findings.count] = c.id!
                    findings.append(Finding(rule: "ledger.source-changed", document: c.code,
                                            message: "the text of \(s.code) changed since this evidence was attached; re-read it and attach again",
                                            excerpt: e.exact, evidence: [EvidenceRef(document: s.path, line: 1, start: 0, end: 0, excerpt: e.exact)]))
                } else if doc.slice(e.start, e.end) != e.exact {
                    claimOf[findings.count] = c.id!
                    findings.append(Finding(rule: "ledger.span-moved", document: c.code,
                                            message: "the evidence span no longer matches \(s.code) at its offsets", excerpt: e.exact))
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
                    findings.append(Finding(rule: "quote.unsourced", document: c.code,
                                            message: "the quoted words of \(c.code) are not in its attached source(s)", excerpt: c.text))
                }
            }
        }
        // statuses the findings support
        var changes: [(Int64, ClaimStatus, String)] = []
        var skipped: [String] = []
        let history = try ledger.history()
        for c in claims {
            let mine = findings.indices.filter { claimOf[$0] == c.id }.map { findings[$0] }
            let target: ClaimStatus
            let rules = Set(mine.map(\.rule))
            if rules.contains("quote.altered") || rules.contains("quote.misattributed") { target = .misquoted }
            else if rules.contains("number.mismatch") || rules.contains("date.mismatch") { target = .contradicted }
            else if rules.contains("quote.unsourced") || rules.contains("number.unsourced") || rules.contains("ledger.no-evidence") { target = .unsupported }
            else if rules.contains("sources.conflict") { target = .disputed }
            else if rules.contains("ledger.source-changed") || rules.contains("ledger.span-moved") { target = .disputed }
            else { target = .supported }
            guard target != c.status else { continue }
            let events = history.filter { $0.claimId == c.id }
            if let last = events.last, last.by != LedgerCheck.actor, events.count > 1 {
                skipped.append("\(c.code) stays \(c.status.rawValue) (set by \(last.by)); the check suggests \(target.rawValue)")
                continue
            }
            changes.append((c.id!, target, mine.isEmpty ? "evidence supports it" : mine.map(\.rule).joined(separator: ", ")))
        }
        var sorted = findings.indices.map { ($0, findings[$0]) }
        sorted.sort { ($0.1.document, $0.1.start) < ($1.1.document, $1.1.start) }
        var newClaimOf: [Int: Int64] = [:]
        for (newIdx, (oldIdx, _)) in sorted.enumerated() { if let c = claimOf[oldIdx] { newClaimOf[newIdx] = c } }
        return Result(findings: sorted.map(\.1), claimOf: newClaimOf, statusChanges: changes.map { ($0.0, $0.1, $0.2) }, skippedManual: skipped)
    }

    public static let actor = "verity check"
}
