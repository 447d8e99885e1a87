import ArgumentParser
import Foundation
import VerityCheck
import VerityDesk
import VerityDocument
import VerityLedger
import VerityReport
import VerityText

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check articles against their sources: quotes, speakers, numbers and dates.",
        discussion: """
            One shot: verity check ARTICLE... --sources DIR_OR_FILES... reads the sources into a ledger in memory \
            (--ledger keeps it) and prints every finding.
            Against a ledger: verity check ARTICLE... (no --sources) checks articles against the ledger's sources, \
            reading \
            only those its full-text index points to.
            Ledger mode: verity check (no articles) checks the ledger's claims and articles against all its sources; \
            --update records the statuses it concludes and its findings (for the report); without --update the \
            ledger is \
            only read.
            Rules can be set in .verity.yml (rules: {number.unsourced: off, sources.conflict: error}); \
            <!-- verity-ignore RULE --> in an article silences the next finding of that rule.
            Exit status: 0 no errors, 1 errors found, 2 bad input.
            """)

    @Argument(help: "Articles to check (one-shot mode).") var articles: [String] = []
    @Option(parsing: .upToNextOption, help: "Source files or folders (one-shot mode).") var sources: [String] = []
    @Option(help: "text, json or sarif.") var format: Format = .text
    @Option(help: ArgumentHelp("The ledger (ledger mode), or where to keep the one-shot ledger.", valueName: "PATH"))
    var ledger: String?
    @Flag(help: "Ledger mode: record the statuses and findings the check concludes.") var update = false
    @Option(help: ArgumentHelp("A config file (default: .verity.yml here or above).", valueName: "PATH")) var config:
        String?
    @OptionGroup var reference: ReferenceDate
    @Flag(help: .hidden) var features = false  // raw findings with their features, for scripts/fit_confidence.py

    enum Format: String, ExpressibleByArgument { case text, json, sarif }

    func validate() throws {
        if articles.isEmpty && !sources.isEmpty {
            throw ValidationError("name the article(s) to check before --sources")
        }
        if update && !articles.isEmpty {
            throw ValidationError("--update works on the ledger (verity check --update), not in one-shot mode")
        }
    }

    func run() throws {
        var cfg = try loadConfig()
        cfg.confidence = !features
        let findings: [Finding]
        if articles.isEmpty {
            let l = try LedgerOptions(ledger: ledger).open(update ? .readWrite : .readOnly)
            let result = try LedgerCheck(ledger: l, config: cfg).run()
            findings = result.findings
            if update {
                let now = Date()
                let stored = result.findings.enumerated().map { i, f in f.stored(claimId: result.claimOf[i], at: now) }
                try l.recordCheck(
                    findings: stored, statusChanges: result.statusChanges, evidence: result.newEvidence,
                    by: LedgerCheck.actor)
                if !result.newEvidence.isEmpty {
                    printErr("attached \(result.newEvidence.count) supporting passage(s) the check found")
                }
                for c in result.statusChanges { printErr("C\(c.claimId) → \(c.to.rawValue) (\(c.note))") }
                for s in result.skippedManual { printErr("note: \(s)") }
            }
        } else if sources.isEmpty {
            // articles against the ledger's sources
            var t = Date()
            let l = try LedgerOptions(ledger: ledger).open(.readOnly)
            let extractions = try articles.map { Extraction(reference.dated(try Document.load(path: $0))) }
            Timing.note("read the articles", since: t); t = Date()
            let pairs = try LedgerSources.sources(for: extractions, in: l)
            Timing.note("find and read sources", since: t); t = Date()
            let set = SourceSet(pairs.map(\.1))
            Timing.note("prepare \(pairs.count) sources", since: t); t = Date()
            findings = extractions.flatMap { Checker(sources: set, config: cfg).checkWithSupport($0).findings }
            Timing.note("check", since: t)
        } else {
            let sourceDocs = try Check.readSources(sources)
            let articleDocs = try articles.map { reference.dated(try Document.load(path: $0)) }
            let l = try ledger.map { try LedgerOptions.open($0, .readWrite, create: true) } ?? Ledger.inMemory()
            _ = try l.addSources(sourceDocs.map { makeSource($0) }, replace: false)
            let set = SourceSet(sourceDocs)
            findings = articleDocs.flatMap { Checker(sources: set, config: cfg).check($0) }
            if ledger != nil {
                var claims: [Claim] = []
                for a in articleDocs { claims += claimsFrom(.init(a), article: a.path) }
                _ = try l.addClaims(claims, by: LedgerCheck.actor)
                try l.recordCheck(
                    findings: findings.map { $0.stored(claimId: nil, at: Date()) }, statusChanges: [],
                    by: LedgerCheck.actor)
            }
        }
        let formatter: FindingFormatter =
            switch format {
            case .json: JSONFindingFormatter(features: features)
            case .sarif: SARIFFindingFormatter()
            case .text:
                TextFindingFormatter(colour: isatty(1) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
            }
        Swift.print(formatter.format(findings))  // each formatter escapes what it shows
        if findings.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }

    /// Files and folders of sources, folders read for .md, .txt and .html files in name order.
    static func readSources(_ paths: [String]) throws -> [Document] {
        var docs: [Document] = []
        for p in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: p, isDirectory: &isDir) else {
                throw DocumentError.notFound(path: p)
            }
            if isDir.boolValue {
                let names = try FileManager.default.contentsOfDirectory(atPath: p).sorted()
                let files = names.filter {
                    !$0.hasPrefix(".")
                        && ["md", "markdown", "txt", "html", "htm", "pdf", "docx", "vtt", "srt", "eml"].contains(
                            ($0 as NSString).pathExtension.lowercased())
                }
                if files.isEmpty {
                    throw CLIError.message(
                        "\(p) holds no .md, .txt, .html, .pdf, .docx, .vtt, .srt or .eml files to use as sources")
                }
                for f in files { docs.append(try Document.loadSource(path: (p as NSString).appendingPathComponent(f))) }
            } else {
                docs.append(try Document.loadSource(path: p))
            }
        }
        return docs
    }

    func loadConfig() throws -> CheckConfig {
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        guard let path = config ?? ConfigFile.find(from: here) else { return CheckConfig() }
        return try ConfigFile.load(path)
    }
}

extension LedgerOptions {
    init(ledger: String?) { self.init(); self.ledger = ledger }
}
