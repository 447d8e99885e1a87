import Foundation
import VerityCheck

/// One formatter per output format of `verity check`, as Periphery's OutputFormatter.
public protocol FindingFormatter {
    func format(_ findings: [Finding]) -> String
}

public func summary(_ findings: [Finding]) -> (errors: Int, warnings: Int, infos: Int) {
    (
        findings.filter { $0.severity == .error }.count, findings.filter { $0.severity == .warning }.count,
        findings.filter { $0.severity == .info }.count
    )
}

/// `verity check --format json`: the contract (version 1).
public struct JSONFindingFormatter: FindingFormatter {
    /// Also print each finding's features (for fitting the confidence model).
    public var features = false
    public init(features: Bool = false) { self.features = features }
    public func format(_ findings: [Finding]) -> String {
        let s = summary(findings)
        return JSONValue.object([
            ("version", .int(1)),
            (
                "findings",
                .array(
                    findings.map { f in
                        var fields: [(String, JSONValue)] = [
                            ("rule", .string(f.rule)), ("severity", .string(f.severity.rawValue)),
                            ("document", .string(f.document)),
                            ("line", .int(f.line)), ("column", .int(f.column)), ("start", .int(f.start)),
                            ("end", .int(f.end)),
                            ("excerpt", .string(f.excerpt)), ("message", .string(f.message)),
                            (
                                "evidence",
                                .array(
                                    f.evidence.map { e in
                                        var fields: [(String, JSONValue)] = [
                                            ("document", .string(e.document)), ("line", .int(e.line)),
                                            ("excerpt", .string(e.excerpt)),
                                        ]
                                        // only for sources that have them, so other output stays as it was
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
                        ]
                        if let c = f.confidence { fields.append(("confidence", .number((c * 1000).rounded() / 1000))) }
                        if features, let x = f.features {
                            fields.append(
                                ("features", .object(x.sorted { $0.key < $1.key }.map { ($0.key, .number($0.value)) })))
                        }
                        return .object(fields)
                    })
            ),
            (
                "summary",
                .object([("errors", .int(s.errors)), ("warnings", .int(s.warnings)), ("infos", .int(s.infos))])
            ),
        ]).render()
    }
}

/// `file:line:col: severity rule: message`, then the evidence, grouped per document; colour only on a terminal.
public struct TextFindingFormatter: FindingFormatter {
    public var colour: Bool
    public init(colour: Bool) { self.colour = colour }

    func paint(_ s: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }

    public func format(_ findings: [Finding]) -> String {
        var lines: [String] = []
        var lastDoc: String? = nil
        for f in findings {
            if f.document != lastDoc { if lastDoc != nil { lines.append("") }; lastDoc = f.document }
            let sev =
                f.severity == .error
                ? paint("error", "1;31") : f.severity == .warning ? paint("warning", "1;33") : paint("info", "1;34")
            let v = Visible.text
            lines.append("\(v(f.document)):\(f.line):\(f.column): \(sev) \(paint(v(f.rule), "1")): \(v(f.message))")
            lines.append("    article: “\(v(f.excerpt))”")
            for e in f.evidence {
                let anchor = e.anchorLabel.map { " (\($0))" } ?? ""
                lines.append("    \(paint("evidence", "2")) \(v(e.document)):\(e.line)\(anchor): “\(v(e.excerpt))”")
            }
        }
        let s = summary(findings)
        if !lines.isEmpty { lines.append("") }
        lines.append(
            findings.isEmpty
                ? "No problems found." : "\(s.errors) error(s), \(s.warnings) warning(s), \(s.infos) note(s).")
        return lines.joined(separator: "\n")
    }
}

/// SARIF 2.1.0, so a code host shows the findings inline on the article.
public struct SARIFFindingFormatter: FindingFormatter {
    public init() {}
    static let descriptions: [String: String] = Dictionary(
        uniqueKeysWithValues: RuleID.allCases.filter(\.isArticleRule).map { ($0.rawValue, $0.summary) })
    public func format(_ findings: [Finding]) -> String {
        let rules = Array(Set(findings.map(\.rule)).union(SARIFFindingFormatter.descriptions.keys)).sorted()
        return JSONValue.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            (
                "runs",
                .array([
                    .object([
                        (
                            "tool",
                            .object([
                                (
                                    "driver",
                                    .object([
                                        ("name", .string("verity")),
                                        ("informationUri", .string("https://example.invalid/verity")),
                                        ("version", .string("0.1.0")),
                                        (
                                            "rules",
                                            .array(
                                                rules.map { r in
                                                    .object([
                                                        ("id", .string(r)),
                                                        (
                                                            "shortDescription",
                                                            .object([
                                                                (
                                                                    "text",
                                                                    .string(SARIFFindingFormatter.descriptions[r] ?? r)
                                                                )
                                                            ])
                                                        ),
                                                    ])
                                                })
                                        ),
                                    ])
                                )
                            ])
                        ),
                        (
                            "results",
                            .array(
                                findings.map { f in
                                    .object([
                                        ("ruleId", .string(f.rule)),
                                        (
                                            "level",
                                            .string(
                                                f.severity == .error
                                                    ? "error" : f.severity == .warning ? "warning" : "note")
                                        ),
                                        ("message", .object([("text", .string(f.message))])),
                                        (
                                            "locations",
                                            .array([
                                                .object([
                                                    (
                                                        "physicalLocation",
                                                        .object([
                                                            (
                                                                "artifactLocation",
                                                                .object([("uri", .string(f.document))])
                                                            ),
                                                            (
                                                                "region",
                                                                .object([
                                                                    ("startLine", .int(f.line)),
                                                                    ("startColumn", .int(f.column)),
                                                                    (
                                                                        "snippet",
                                                                        .object([("text", .string(f.excerpt))])
                                                                    ),
                                                                ])
                                                            ),
                                                        ])
                                                    )
                                                ])
                                            ])
                                        ),
                                        (
                                            "relatedLocations",
                                            .array(
                                                f.evidence.enumerated().map { i, e in
                                                    .object([
                                                        ("id", .int(i + 1)),
                                                        (
                                                            "physicalLocation",
                                                            .object([
                                                                (
                                                                    "artifactLocation",
                                                                    .object([("uri", .string(e.document))])
                                                                ),
                                                                (
                                                                    "region",
                                                                    .object([
                                                                        ("startLine", .int(e.line)),
                                                                        (
                                                                            "snippet",
                                                                            .object([("text", .string(e.excerpt))])
                                                                        ),
                                                                    ])
                                                                ),
                                                            ])
                                                        ),
                                                    ])
                                                })
                                        ),
                                    ])
                                })
                        ),
                    ])
                ])
            ),
        ]).render()
    }
}
