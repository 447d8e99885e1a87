import ArgumentParser
import Foundation
import VerityDocument
import VerityLedger

struct SourceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "source", abstract: "Add, list and show source documents.",
        subcommands: [Add.self, List.self, Show.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add source documents (text, Markdown or HTML) to the ledger.",
            discussion: "Front matter (title, publisher, date, url, kind, speaker) fills the metadata; options override it. A file whose text is already in the ledger is reused. All files are added together or none is.")
        @OptionGroup var ledgerOptions: LedgerOptions
        @Argument(help: "The files to add.") var files: [String]
        @Option var title: String?
        @Option var publisher: String?
        @Option(help: "Publication date, ISO 8601 (2025-10-22).") var date: String?
        @Option var url: String?
        @Option(help: "What the document is: statement, transcript, readout, article, …") var kind: String?
        @Option(help: "Who is speaking throughout (a statement's or transcript's author).") var speaker: String?

        func validate() throws {
            guard !files.isEmpty else { throw ValidationError("name at least one file to add") }
            if let date, CalendarDay(iso: date) == nil { throw ValidationError("--date '\(date)' is not an ISO 8601 date such as 2025-10-22") }
        }

        func run() throws {
            let ledger = try ledgerOptions.open()
            // each file is read and checked, then only its text and metadata are kept
            let sources = try files.map { f in
                makeSource(try Document.load(path: f), title: title, publisher: publisher, date: date, url: url, kind: kind, speaker: speaker)
            }
            for r in try ledger.addSources(sources) {
                switch r.outcome {
                case .added: print("\(r.source.code)  added  \(r.source.path)\(r.source.title.map { "  “\($0)”" } ?? "")")
                case .alreadyPresent: print("\(r.source.code)  already in the ledger (same text)  \(r.source.path)")
                case let .updated(stale): print("\(r.source.code)  updated: the text of \(r.source.path) changed\(stale > 0 ? "; \(stale) evidence span(s) need review (verity check)" : "")")
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
                print("\(s.code.padding(toLength: 5, withPad: " ", startingAt: 0)) \(s.title ?? s.path)\(meta.isEmpty ? "" : "  (\(meta))")")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a source's metadata and text.")
        @OptionGroup var ledgerOptions: LedgerOptions
        @Argument(help: "The source id, e.g. S2.") var id: String
        func run() throws {
            let s = try ledgerOptions.open(.readOnly).source(try LedgerID.source(id))
            print("\(s.code)  \(s.title ?? "(untitled)")")
            for (k, v) in [("path", s.path), ("publisher", s.publisher), ("date", s.publishedOn), ("url", s.url), ("kind", s.kind), ("speaker", s.speaker), ("sha256", s.sha256)] {
                if let v { print("  \(k): \(v)") }
            }
            print("")
            print(s.text)
        }
    }
}

/// A ledger source from a document, options overriding front matter.
func makeSource(_ d: Document, title: String? = nil, publisher: String? = nil, date: String? = nil, url: String? = nil,
                kind: String? = nil, speaker: String? = nil) -> Source {
    let fm = d.frontMatter
    return Source(path: d.path, title: title ?? fm.title, publisher: publisher ?? fm.publisher, url: url ?? fm.url,
                  kind: kind ?? fm.kind, speaker: speaker ?? fm.speaker, publishedOn: date ?? fm.date,
                  format: d.format.rawValue, text: d.text, sha256: d.sha256)
}
