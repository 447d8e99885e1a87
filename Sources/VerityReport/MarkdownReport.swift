import Foundation
import VerityLedger

/// Everything a report shows, read from the ledger once.
public struct LedgerSnapshot {
    public let ledgerPath: String
    public let madeAt: Date
    public let claims: [Claim]
    public let sources: [Source]
    public let evidence: [Evidence]
    public let history: [StatusEvent]
    public let findings: [StoredFinding]
    /// The text of each article the claims come from, by path, where it could be read.
    public let articles: [String: String]
    /// For each evidence span on an earlier text of its source, by evidence id, the version it was attached to.
    public let earlierVersion: [Int64: Int]

    /// Reads what a report shows, narrowed to some claims, a status or an article.
    public init(
        ledger: any LedgerStore, path: String, claimIds: Set<Int64>? = nil, status: ClaimStatus? = nil,
        article: String? = nil,
        articles: [String: String] = [:], madeAt: Date = Date()
    ) throws {
        ledgerPath = path
        self.madeAt = madeAt
        self.articles = articles
        claims = try ledger.claims(status: status).filter {
            (claimIds == nil || claimIds!.contains($0.id!)) && (article == nil || $0.article == article)
        }
        sources = try ledger.sources()
        let ids = Set(claims.compactMap(\.id))
        evidence = try ledger.evidence().filter { ids.contains($0.claimId) }
        history = try ledger.history().filter { ids.contains($0.claimId) }
        findings = try ledger.findings().filter { $0.claimId.map(ids.contains) ?? true }
        let current = Dictionary(sources.map { ($0.id!, $0.sha256) }, uniquingKeysWith: { a, _ in a })
        var earlier: [Int64: Int] = [:]
        for e in evidence where current[e.sourceId] != e.sourceSha256 {
            earlier[e.id!] = try ledger.attachedVersion(of: e)?.version ?? 0
        }
        earlierVersion = earlier
    }

    /// How a span on an earlier text of its source is marked: "attached to version 1; the source has changed since".
    public func earlierNote(_ e: Evidence) -> String? {
        earlierVersion[e.id ?? 0].map { v in
            (v > 0 ? "attached to version \(v)" : "attached to an earlier text") + "; the source has changed since"
        }
    }
}

/// `verity report --format md`: every claim with its status, evidence, findings and history.
public struct MarkdownReport: ReportFormatter {
    public init() {}
    public var fileExtension: String { "md" }

    /// A field as Markdown text: HTML as entities, Markdown's marks escaped, controls shown, on one line.
    static func md(_ s: String) -> String {
        var out = ""
        for ch in Visible.text(s) {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\n", "\r\n", "\r": out += " "
            default:
                if "\\`*_[]|#!~".contains(ch) { out.append("\\") }
                out.append(ch)
            }
        }
        return out
    }

    /// A name such as a rule id in a code span when it is plain letters, digits and . _ -; else as Markdown text.
    static func code(_ s: String) -> String {
        let plain =
            !s.isEmpty
            && s.unicodeScalars.allSatisfy {
                $0.isASCII
                    && ($0.properties.isAlphabetic
                        || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0))
            }
        return plain ? "`" + s + "`" : md(s)
    }

    public func render(_ snap: LedgerSnapshot) -> String {
        let f = ISO8601DateFormatter()
        let made = "Made \(f.string(from: snap.madeAt)) from the ledger \(MarkdownReport.md(snap.ledgerPath))."
        var lines = ["# Verity report", "", made, ""]
        var counts: [ClaimStatus: Int] = [:]
        for c in snap.claims { counts[c.status, default: 0] += 1 }
        lines.append("| status | claims |")
        lines.append("|---|---|")
        for s in ClaimStatus.allCases where counts[s] != nil { lines.append("| \(s.rawValue) | \(counts[s]!) |") }
        lines.append("")
        let sourceById = Dictionary(uniqueKeysWithValues: snap.sources.map { ($0.id!, $0) })
        for c in snap.claims {
            lines.append("## \(c.code) · \(c.kind.rawValue) · **\(c.status.rawValue)**")
            lines.append("")
            lines.append("> \(MarkdownReport.md(c.text))")
            lines.append("")
            var meta: [String] = []
            if let s = c.speaker { meta.append("speaker: \(MarkdownReport.md(s))") }
            if let v = c.value {
                meta.append(
                    "value: " + (v == v.rounded() ? String(Int64(v)) : String(v))
                        + (c.unit.map { " \(MarkdownReport.md($0))" } ?? "")
                )
            }
            if let s = c.subject { meta.append("subject: \(MarkdownReport.md(s))") }
            if let d = c.dateValue { meta.append("date: \(MarkdownReport.md(d))") }
            if let a = c.article { meta.append("article: \(MarkdownReport.md(a))") }
            if !meta.isEmpty { lines.append(meta.joined(separator: " · ")); lines.append("") }
            let ev = snap.evidence.filter { $0.claimId == c.id }
            if !ev.isEmpty {
                lines.append("Evidence:")
                for e in ev {
                    let s = sourceById[e.sourceId]
                    lines.append(
                        "- \(s?.code ?? "S?") *\(MarkdownReport.md(s?.title ?? s?.path ?? ""))* "
                            + (e.anchorLabel.map { "\($0) " } ?? "") + "(\(e.stance.rawValue)): "
                            + "…\(MarkdownReport.md(e.prefix))**"
                            + "\(MarkdownReport.md(e.exact))**\(MarkdownReport.md(e.suffix))…"
                            + (snap.earlierNote(e).map { " (\($0))" } ?? ""))
                }
                lines.append("")
            }
            let fs = snap.findings.filter { $0.claimId == c.id }
            if !fs.isEmpty {
                lines.append("Findings of the latest check:")
                for x in fs {
                    lines.append(
                        "- \(MarkdownReport.code(x.rule)) (\(MarkdownReport.md(x.severity))): "
                            + "\(MarkdownReport.md(x.message))"
                    )
                }
                lines.append("")
            }
            lines.append("History:")
            for h in snap.history where h.claimId == c.id {
                lines.append(
                    "- \(f.string(from: h.at)) \(h.fromStatus?.rawValue ?? "—") → \(h.toStatus.rawValue) by "
                        + "\(MarkdownReport.md(h.by))\(h.note.map { ": \(MarkdownReport.md($0))" } ?? "")"
                )
            }
            lines.append("")
        }
        let loose = snap.findings.filter { $0.claimId == nil }
        if !loose.isEmpty {
            lines.append("## Other findings")
            lines.append("")
            for x in loose {
                lines.append(
                    "- \(MarkdownReport.md(x.document)):\(x.line):\(x.column) \(MarkdownReport.code(x.rule)) "
                        + "(\(MarkdownReport.md(x.severity))): \(MarkdownReport.md(x.message)) — "
                        + "“\(MarkdownReport.md(x.excerpt))”"
                )
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
