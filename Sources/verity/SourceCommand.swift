import ArgumentParser
import Foundation
import VerityDesk
import VerityDocument
import VerityLedger

struct SourceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "source", abstract: "Add, list and show source documents.",
        subcommands: [Add.self, List.self, Show.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add source documents (text, Markdown, HTML, PDF, Word, WebVTT, SRT, e-mail) to the ledger.",
            discussion: """
                Front matter (title, publisher, date, url, kind, speaker) fills the metadata; options override it. \
                A source is known by its file's location (symlinks resolved) and its text: a file whose text is \
                already \
                in the ledger is not added again, and files of the same name in other folders are other sources. A \
                file \
                that changed since it was added is refused unless --replace is given, which records the new text as \
                the \
                source's next version and keeps the earlier texts, so evidence stays checkable against the words it \
                was \
                attached to. All files are added together or none is.
                """)
        @OptionGroup var ledgerOptions: LedgerOptions
        @Argument(help: "The files to add.") var files: [String]
        @Option var title: String?
        @Option var publisher: String?
        @Option(help: "Publication date, ISO 8601 (2025-10-22).") var date: String?
        @Option var url: String?
        @Option(help: "What the document is: statement, transcript, readout, article, …") var kind: String?
        @Option(help: "Who is speaking throughout (a statement's or transcript's author).") var speaker: String?
        @Flag(help: "Record a changed file's new text as the next version of its source (the earlier text is kept).")
        var replace = false

        func validate() throws {
            guard !files.isEmpty else { throw ValidationError("name at least one file to add") }
            if let date, CalendarDay(iso: date) == nil {
                throw ValidationError("--date '\(date)' is not an ISO 8601 date such as 2025-10-22")
            }
        }

        func run() throws {
            let ledger = try ledgerOptions.open()
            // each file is read, decoded, checked and hashed on every core while the one writer stores those already
            // read (only their text and metadata are kept); a file that cannot be read undoes the whole command
            let (files, title, publisher, date, url, kind, speaker) =
                (self.files, self.title, self.publisher, self.date, self.url, self.kind, self.speaker)
            let reading = Pipeline(count: files.count) { i in
                makeSource(
                    try Document.loadSource(path: files[i]), title: title, publisher: publisher, date: date, url: url,
                    kind: kind, speaker: speaker)
            }
            defer { reading.cancel() }
            for r in try ledger.addSources(count: files.count, replace: replace, { try reading.take($0) }) {
                let s = r.source
                switch r.outcome {
                case .added: print("\(s.code)  added  \(s.path)\(s.title.map { "  “\($0)”" } ?? "")")
                case .alreadyPresent: print("\(s.code)  already in the ledger (same text), nothing changed  \(s.path)")
                case let .newVersion(version, stale):
                    let review =
                        stale == 0
                        ? ""
                        : "; \(stale) evidence span(s) were attached to an earlier text "
                            + "(verity check)"
                    print(
                        "\(s.code)  version \(version): the text of \(s.path) changed, the earlier text is "
                            + "kept\(review)")
                }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the ledger's sources.")
        @OptionGroup var ledgerOptions: LedgerOptions
        func run() throws {
            let sources = try ledgerOptions.open(.readOnly).sources()
            if sources.isEmpty { print("No sources yet; add some with `verity source add FILE`."); return }
            for s in sources {
                let meta = [s.publisher, s.publishedOn, s.kind].compactMap { $0 }.joined(separator: ", ")
                print(
                    "\(s.code.padding(toLength: 5, withPad: " ", startingAt: 0)) "
                        + "\(s.title ?? s.path)\(meta.isEmpty ? "" : "  (\(meta))")"
                )
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a source's metadata and text.")
        @OptionGroup var ledgerOptions: LedgerOptions
        @Argument(help: "The source id, e.g. S2.") var id: String
        @Option(help: "Show this earlier text of the source (1 is the first; see the versions listed).")
        var version: Int?
        func run() throws {
            let ledger = try ledgerOptions.open(.readOnly)
            let s = try ledger.source(try LedgerID.source(id))
            let versions = try ledger.versions(of: s.id!)
            var text = s.text
            if let version {
                guard let v = versions.first(where: { $0.version == version }) else {
                    throw CLIError.message("\(s.code) has no version \(version); it has \(versions.count)")
                }
                text = v.text
            }
            print("\(s.code)  \(s.title ?? "(untitled)")")
            let fields = [
                ("path", s.path), ("location", s.location), ("publisher", s.publisher),
                ("date", s.publishedOn),
                ("url", s.url), ("kind", s.kind), ("speaker", s.speaker), ("sha256", s.sha256),
            ]
            for (k, v) in fields { if let v { print("  \(k): \(v)") } }
            // what Verity read from a PDF, Word file, page, e-mail or subtitles itself (its front matter)
            let doc = try? Document(path: s.path, text: text, format: DocumentFormat(rawValue: s.format))
            if let extra = doc?.frontMatter.extra {
                for k in ["author", "from", "pages", "file-sha256"] { if let v = extra[k] { print("  \(k): \(v)") } }
            }
            if s.format != "plain" { print("  format: \(s.format)") }
            if versions.count > 1 {
                for v in versions {
                    let now = v.sha256 == s.sha256 && v.version == versions.last?.version ? " (current)" : ""
                    print("  version \(v.version): sha256 \(v.sha256), added \(v.addedAt.formatted(.iso8601))\(now)")
                }
            }
            print("")
            print(text)
        }
    }
}
