import Foundation
import VerityLedger

/// One formatter per report format, as Periphery's OutputFormatter.
public protocol ReportFormatter {
    var fileExtension: String { get }
    func render(_ snap: LedgerSnapshot) -> String
}

public enum ReportFormat: String, CaseIterable, Sendable {
    case html, md, json, csv, claimreview, annotations

    public var formatter: any ReportFormatter {
        switch self {
        case .html: HTMLReport()
        case .md: MarkdownReport()
        case .json: JSONReport()
        case .csv: CSVReport()
        case .claimreview: ClaimReviewReport()
        case .annotations: AnnotationReport()
        }
    }
}

/// The URL when it is an http(s) address with a host; nil for javascript:, data:, file paths and the like.
func webURL(_ s: String) -> String? {
    let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
    guard let u = URL(string: t), let scheme = u.scheme?.lowercased(), scheme == "http" || scheme == "https",
        let host = u.host, !host.isEmpty, !t.unicodeScalars.contains(where: Visible.isHidden)
    else { return nil }
    return t
}

extension LedgerSnapshot {
    func source(_ id: Int64) -> Source? { sources.first { $0.id == id } }
    func evidence(of c: Claim) -> [Evidence] { evidence.filter { $0.claimId == c.id } }
    func history(of c: Claim) -> [StatusEvent] { history.filter { $0.claimId == c.id } }
    func findings(of c: Claim) -> [StoredFinding] { findings.filter { $0.claimId == c.id } }
    func date(_ d: Date) -> String { d.formatted(.iso8601) }
}

/// The full ledger view: claims with evidence, history and findings, and the sources they use.
public struct JSONReport: ReportFormatter {
    public init() {}
    public var fileExtension: String { "json" }

    public func render(_ snap: LedgerSnapshot) -> String {
        let usedSources = Set(snap.evidence.map(\.sourceId))
        return JSONValue.object([
            ("version", .int(1)),
            ("ledger", .string(snap.ledgerPath)),
            ("generatedAt", .string(snap.date(snap.madeAt))),
            (
                "claims",
                .array(
                    snap.claims.map { c in
                        .object([
                            ("id", .string(c.code)), ("kind", .string(c.kind.rawValue)), ("text", .string(c.text)),
                            ("speaker", .str(c.speaker)), ("subject", .str(c.subject)),
                            ("value", c.value.map(JSONValue.number) ?? .null),
                            ("unit", .str(c.unit)), ("qualifier", .str(c.qualifier)), ("date", .str(c.dateValue)),
                            ("article", .str(c.article)), ("start", .int(c.articleStart)), ("end", .int(c.articleEnd)),
                            ("status", .string(c.status.rawValue)), ("createdAt", .string(snap.date(c.createdAt))),
                            ("updatedAt", .string(snap.date(c.updatedAt))),
                            (
                                "evidence",
                                .array(
                                    snap.evidence(of: c).map { e in
                                        var fields: [(String, JSONValue)] = [
                                            ("source", .string("S\(e.sourceId)")),
                                            ("stance", .string(e.stance.rawValue)), ("exact", .string(e.exact)),
                                            ("prefix", .string(e.prefix)), ("suffix", .string(e.suffix)),
                                            ("start", .int(e.start)), ("end", .int(e.end)),
                                            ("note", .str(e.note)), ("attachedAt", .string(snap.date(e.attachedAt))),
                                            ("sourceSha256", .string(e.sourceSha256)),
                                            ("sourceChanged", .bool(snap.earlierVersion[e.id ?? 0] != nil)),
                                            ("attachedToVersion", .int(snap.earlierVersion[e.id ?? 0])),
                                        ]
                                        // only for paged and timed sources, so other reports stay as they were
                                        if let p = e.page { fields.append(("page", .int(p))) }
                                        if let t = e.time {
                                            fields.append(
                                                (
                                                    "time",
                                                    .object([("start", .number(t.start)), ("end", .number(t.end))])
                                                ))
                                        }
                                        return .object(fields)
                                    })
                            ),
                            (
                                "history",
                                .array(
                                    snap.history(of: c).map { h in
                                        .object([
                                            ("from", .str(h.fromStatus?.rawValue)),
                                            ("to", .string(h.toStatus.rawValue)), ("at", .string(snap.date(h.at))),
                                            ("by", .string(h.by)), ("note", .str(h.note)),
                                        ])
                                    })
                            ),
                            ("findings", .array(snap.findings(of: c).map(JSONReport.finding))),
                        ])
                    })
            ),
            ("otherFindings", .array(snap.findings.filter { $0.claimId == nil }.map(JSONReport.finding))),
            (
                "sources",
                .array(
                    snap.sources.filter { usedSources.contains($0.id!) || snap.claims.isEmpty }.map { s in
                        .object([
                            ("id", .string(s.code)), ("path", .string(s.path)), ("title", .str(s.title)),
                            ("publisher", .str(s.publisher)),
                            ("date", .str(s.publishedOn)), ("url", .str(s.url)), ("kind", .str(s.kind)),
                            ("speaker", .str(s.speaker)),
                            ("sha256", .string(s.sha256)),
                        ])
                    })
            ),
        ]).render()
    }

    static func finding(_ f: StoredFinding) -> JSONValue {
        .object([
            ("rule", .string(f.rule)), ("severity", .string(f.severity)), ("document", .string(f.document)),
            ("line", .int(f.line)), ("column", .int(f.column)), ("excerpt", .string(f.excerpt)),
            ("message", .string(f.message)),
            (
                "evidence",
                .array(
                    f.evidence.map { e in
                        .object([
                            ("document", .string(e.document)), ("line", .int(e.line)), ("excerpt", .string(e.excerpt)),
                        ])
                    })
            ),
        ])
    }
}

/// One row per claim, RFC 4180 quoting, UTF-8 with a byte-order mark so spreadsheets read the accents right.
public struct CSVReport: ReportFormatter {
    public init() {}
    public var fileExtension: String { "csv" }
    public static let header = ["id", "kind", "text", "speaker", "value", "unit", "status", "sources", "last changed"]

    /// One cell, neutralised as OWASP advises against CSV injection: a cell a spreadsheet could read as a formula
    /// (starting with = + - @, a tab or a carriage return, also after spaces or separators such as `;=`) gets a
    /// leading single quote and is quoted; plain numbers stay numbers. Control characters are shown as escapes.
    static func field(_ s: String) -> String {
        var v = Visible.text(s)
        if CSVReport.couldRunAsFormula(s) { v = "'" + v }
        let quote = v != s || v.contains(where: { $0 == "," || $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" })
        return quote ? "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : v
    }

    static func couldRunAsFormula(_ s: String) -> Bool {
        if s.first == "\t" || s.first == "\r" { return true }
        let rest = s.drop { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == ";" || $0 == "," || $0 == "|" }
        guard let f = rest.first, "=+-@\u{FF1D}\u{FF0B}\u{FF0D}\u{FF20}".contains(f) else { return false }
        let digits = rest.dropFirst()
        let plainNumber =
            rest.count == s.count && (f == "-" || f == "+") && digits.first?.isNumber == true
            && digits.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
        return !plainNumber
    }

    public func render(_ snap: LedgerSnapshot) -> String {
        var rows = [CSVReport.header.joined(separator: ",")]
        for c in snap.claims {
            let sources = Array(Set(snap.evidence(of: c).map { "S\($0.sourceId)" })).sorted().joined(separator: " ")
            let value = c.value.map { $0 == $0.rounded() && abs($0) < 1e15 ? String(Int64($0)) : String($0) } ?? ""
            rows.append(
                [
                    c.code, c.kind.rawValue, c.text, c.speaker ?? "", value, c.unit ?? "", c.status.rawValue, sources,
                    snap.date(c.updatedAt),
                ].map(CSVReport.field).joined(separator: ","))
        }
        return "\u{FEFF}" + rows.joined(separator: "\r\n") + "\r\n"
    }
}

/// schema.org ClaimReview, one review per checked claim: the interchange format of fact-checking sites.
public struct ClaimReviewReport: ReportFormatter {
    public init() {}
    public var fileExtension: String { "claimreview.jsonld" }

    /// The rating a status stands for, on schema.org's 1 (worst) to 5 (best) scale.
    static let ratings: [ClaimStatus: (Int, String)] = [
        .supported: (5, "True"), .disputed: (3, "Disputed"), .misquoted: (2, "Misquoted"),
        .unsupported: (2, "Unsupported"), .contradicted: (1, "False"), .retracted: (1, "Retracted"),
    ]

    public func render(_ snap: LedgerSnapshot) -> String {
        let reviews: [JSONValue] = snap.claims.compactMap { c in
            // unverified: not reviewed yet
            guard let (value, label) = ClaimReviewReport.ratings[c.status] else { return nil }
            let reviewedAt = snap.history(of: c).last?.at ?? c.updatedAt
            var claim: [(String, JSONValue)] = [("@type", .string("Claim"))]
            if let s = c.speaker {
                claim.append(("author", .object([("@type", .string("Person")), ("name", .string(s))])))
            }
            if let a = c.article.flatMap(webURL) {
                claim.append(("appearance", .object([("@type", .string("CreativeWork")), ("url", .string(a))])))
            }
            if let d = c.dateValue { claim.append(("datePublished", .string(d))) }
            return .object([
                ("@context", .string("https://schema.org")),
                ("@type", .string("ClaimReview")),
                ("claimReviewed", .string(c.text)),
                ("itemReviewed", .object(claim)),
                (
                    "reviewRating",
                    .object([
                        ("@type", .string("Rating")), ("ratingValue", .int(value)), ("bestRating", .int(5)),
                        ("worstRating", .int(1)), ("alternateName", .string(label)),
                    ])
                ),
                ("datePublished", .string(String(snap.date(reviewedAt).prefix(10)))),
                (
                    "author",
                    .object([
                        ("@type", .string("Organization")), ("name", .string(snap.history(of: c).last?.by ?? "Verity")),
                    ])
                ),
                ("url", .string("#\(c.code)")),
            ])
        }
        return JSONValue.array(reviews).render()
    }
}

/// W3C Web Annotation JSON-LD: one annotation per evidence span, with quote and position selectors on the source.
public struct AnnotationReport: ReportFormatter {
    /// FragmentSelectors for where the passage is in the original file: its PDF page (RFC 8118, `page=2`) and its
    /// time in the recording (W3C Media Fragments, `t=62,68`).
    static func fragments(_ e: Evidence) -> [JSONValue] {
        var out: [JSONValue] = []
        if let p = e.page {
            out.append(
                .object([
                    ("type", .string("FragmentSelector")), ("conformsTo", .string("http://tools.ietf.org/rfc/rfc8118")),
                    ("value", .string("page=\(p)")),
                ]))
        }
        if let t = e.time {
            out.append(
                .object([
                    ("type", .string("FragmentSelector")),
                    ("conformsTo", .string("http://www.w3.org/TR/media-frags/")), ("value", .string(t.mediaFragment)),
                ]))
        }
        return out
    }

    public init() {}
    public var fileExtension: String { "annotations.jsonld" }

    public func render(_ snap: LedgerSnapshot) -> String {
        var items: [JSONValue] = []
        for c in snap.claims {
            for e in snap.evidence(of: c) {
                let s = snap.source(e.sourceId)
                items.append(
                    .object([
                        ("id", .string("urn:verity:evidence:\(e.id ?? 0)")),
                        ("type", .string("Annotation")),
                        ("motivation", .string("assessing")),
                        ("created", .string(snap.date(e.attachedAt))),
                        (
                            "body",
                            .object([
                                ("type", .string("TextualBody")), ("purpose", .string("assessing")),
                                ("format", .string("text/plain")),
                                (
                                    "value",
                                    .string(
                                        "\(c.code) (\(c.status.rawValue)) \(e.stance.rawValue): "
                                            + "\(c.text)\(e.note.map { " — \($0)" } ?? "")"
                                    )
                                ),
                            ])
                        ),
                        (
                            "target",
                            .object([
                                ("source", .string(s?.url.flatMap(webURL) ?? "urn:verity:source:S\(e.sourceId)")),
                                (
                                    "selector",
                                    .array(
                                        [
                                            .object([
                                                ("type", .string("TextQuoteSelector")), ("exact", .string(e.exact)),
                                                ("prefix", .string(e.prefix)), ("suffix", .string(e.suffix)),
                                            ]),
                                            .object([
                                                ("type", .string("TextPositionSelector")), ("start", .int(e.start)),
                                                ("end", .int(e.end)),
                                            ]),
                                        ] + AnnotationReport.fragments(e))
                                ),
                            ])
                        ),
                    ]))
            }
        }
        return JSONValue.object([
            ("@context", .string("http://www.w3.org/ns/anno.jsonld")),
            ("type", .string("AnnotationCollection")),
            ("label", .string("Verity evidence from \(snap.ledgerPath)")),
            ("total", .int(items.count)),
            ("first", .object([("type", .string("AnnotationPage")), ("items", .array(items))])),
        ]).render()
    }
}
