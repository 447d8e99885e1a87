import ArgumentParser
import Foundation
import VerityDesk
import VerityDocument
import VerityLedger
import VerityReport
import VerityText

struct ClaimCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claim", abstract: "Record, list and show claims.",
        subcommands: [Add.self, Extract.self, List.self, Show.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record one claim.")
        @OptionGroup var ledgerOptions: LedgerOptions
        @Argument(help: "The claim as the article states it (for a quote: the quoted words).") var text: String
        @Option(help: "quote, quantity, date or statement.") var kind: ClaimKind = .statement
        @Option var speaker: String?
        @Option(help: "What is counted or measured.") var subject: String?
        @Option(help: "The number stated.") var value: Double?
        @Option var unit: String?
        @Option(help: "exact, approximate, at least, more than, at most, less than.") var qualifier: String?
        @Option(help: "The date stated, ISO 8601.") var date: String?
        @Option(help: ArgumentHelp("The article the claim comes from; its span is found there.", valueName: "ARTICLE"))
        var from: String?
        @Option(help: "Who records it (default: $USER).") var by: String?

        func validate() throws {
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw ValidationError("the claim text is empty")
            }
            if let value, !value.isFinite {
                throw ValidationError("--value must be a finite number such as 1200 or 3.5")
            }
            if let date, CalendarDay(iso: date) == nil {
                throw ValidationError("--date '\(date)' is not an ISO 8601 date such as 2025-10-22")
            }
            if let qualifier, Qualifier(rawValue: qualifier) == nil {
                throw ValidationError(
                    "--qualifier must be one of: \(Qualifier.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }

        func run() throws {
            let ledger = try ledgerOptions.open()
            var claim = Claim(
                kind: kind, text: text, speaker: speaker, subject: subject, value: value, unit: unit,
                qualifier: qualifier, dateValue: date)
            if let from {
                let doc = try Document.load(path: from)
                claim.article = from
                switch SpanLocator.locate(text, in: doc) {
                case let .found(s, e): claim.articleStart = s; claim.articleEnd = e
                case .ambiguous(let hits):
                    claim.articleStart = hits[0].lowerBound; claim.articleEnd = hits[0].upperBound
                    printErr("note: the words occur \(hits.count) times in \(from); the first is used")
                case .notFound:
                    throw CLIError.message("the claim's words are not in \(from); check the text or leave out --from")
                }
            }
            let saved = try ledger.addClaim(claim, by: actor(by, ledger))
            print("\(saved.code)  recorded  \(saved.kind.rawValue): \(saved.text)")
        }
    }

    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record every quote, quantity and date an article states as claims, in one transaction.")
        @OptionGroup var ledgerOptions: LedgerOptions
        @Argument(help: "The article.") var article: String
        @Option(help: "Who records them (default: $USER).") var by: String?
        func run() throws {
            let ledger = try ledgerOptions.open()
            let ex = Extraction(try Document.load(path: article))
            let claims = claimsFrom(ex, article: article)
            let saved = try ledger.addClaims(claims, by: actor(by, ledger))
            for c in saved {
                print("\(c.code)  \(c.kind.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(c.text)")
            }
            print("\(saved.count) claim(s) recorded from \(article).")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List claims.")
        @OptionGroup var ledgerOptions: LedgerOptions
        @Option(help: "Only claims with this status.") var status: ClaimStatus?
        @Option(help: "table or json.") var format: ListFormat = .table
        enum ListFormat: String, ExpressibleByArgument { case table, json }
        func run() throws {
            let claims = try ledgerOptions.open(.readOnly).claims(status: status)
            switch format {
            case .json:
                let enc = JSONEncoder()
                enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                enc.dateEncodingStrategy = .iso8601
                Swift.print(Visible.json(String(decoding: try enc.encode(claims), as: UTF8.self)))
            case .table:
                if claims.isEmpty { print("No claims\(status.map { " with status \($0.rawValue)" } ?? "")."); return }
                for c in claims {
                    print(
                        "\(c.code.padding(toLength: 5, withPad: " ", startingAt: 0)) "
                            + "\(c.status.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) "
                            + "\(c.kind.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) "
                            + "\(c.text.prefix(80))\(c.speaker.map { "  — \($0)" } ?? "")"
                    )
                }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a claim, its evidence in context and its history.")
        @OptionGroup var ledgerOptions: LedgerOptions
        @Argument(help: "The claim id, e.g. C3.") var id: String
        func run() throws {
            let ledger = try ledgerOptions.open(.readOnly)
            let c = try ledger.claim(try LedgerID.claim(id))
            print("\(c.code)  [\(c.status.rawValue)]  \(c.kind.rawValue)")
            print("  \(c.text)")
            for (k, v) in [
                ("speaker", c.speaker), ("subject", c.subject), ("value", c.value.map { formatNumber($0) }),
                ("unit", c.unit),
                ("qualifier", c.qualifier), ("date", c.dateValue),
                ("article", c.article.map { a in c.articleStart.map { "\(a) @\($0)-\(c.articleEnd ?? $0)" } ?? a }),
            ] {
                if let v { print("  \(k): \(v)") }
            }
            let evidence = try ledger.evidence(claimId: c.id)
            print("\nEvidence:")
            if evidence.isEmpty { print("  none attached (verity attach \(c.code) S…)") }
            for e in evidence {
                let s = try ledger.source(e.sourceId)
                let version = e.sourceSha256 != s.sha256 ? try ledger.attachedVersion(of: e)?.version : nil
                let stale =
                    e.sourceSha256 == s.sha256
                    ? ""
                    : "  ⚠ source text changed since attached"
                        + (version.map { " (to version \($0): verity source show \(s.code) --version \($0))" } ?? "")
                print("  \(s.code) \(e.stance.rawValue)\(stale)  \(s.title ?? s.path)")
                print(
                    "    …" + e.prefix.replacingOccurrences(of: "\n", with: " ") + "[\(e.exact)]"
                        + e.suffix.replacingOccurrences(of: "\n", with: " ") + "…"
                )
                if let n = e.note { print("    note: \(n)") }
            }
            print("\nHistory:")
            for h in try ledger.history(claimId: c.id) {
                print(
                    "  \(iso(h.at))  \(h.fromStatus?.rawValue ?? "—") → \(h.toStatus.rawValue)  by "
                        + "\(h.by)\(h.note.map { ": \($0)" } ?? "")"
                )
            }
        }
    }
}

func formatNumber(_ v: Double) -> String {
    if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
    return String(v)
}

func iso(_ d: Date) -> String {
    let f = ISO8601DateFormatter()
    f.formatOptions = [.withInternetDateTime]
    return f.string(from: d)
}
