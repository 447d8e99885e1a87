import Foundation
import Testing

/// The commands that write, each with a prepared folder to run it in.
enum WritingCommand: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case initialise = "init", sourceAdd = "source add", claimExtract = "claim extract", claimAdd = "claim add"
    case attach, status, checkUpdate = "check --update", report

    var testDescription: String { rawValue }

    static let sourceCount = 60

    func arguments(in dir: URL) -> [String] {
        switch self {
        case .initialise: ["init"]
        case .sourceAdd: ["source", "add"] + (0..<Self.sourceCount).map { "sources/s\($0).md" }
        case .claimExtract: ["claim", "extract", "article.md"]
        case .claimAdd: ["claim", "add", "The depot holds 12 trucks.", "--kind", "statement"]
        case .attach: ["attach", "C1", "S1", "--quote", Workload.quote(0)]
        case .status: ["status", "C1", "supported", "--note", "read against the transcript"]
        case .checkUpdate: ["check", "--update"]
        case .report: ["report", "--format", "json", "md", "html", "csv"]
        }
    }

    /// `check --update` exits 1: the article holds altered quotes.
    var exitStatus: Int32 { self == .checkUpdate ? 1 : 0 }

    /// A folder holding what the command needs, its ledger closed.
    func prepare() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("verity-tpl-\(UUID().uuidString)")
        try Workload.write(into: dir)
        func run(_ args: [String]) throws {
            let r = try Spawn.run(args, in: dir)
            #expect(r.status == 0 || args == ["check", "--update"], "\(args.prefix(3)): \(r.err)")
        }
        if self == .initialise { return dir }
        try run(["init"])
        if self == .sourceAdd { return dir }
        try run(WritingCommand.sourceAdd.arguments(in: dir))
        switch self {
        case .claimExtract: break
        case .attach, .status: try run(["claim", "add", Workload.quote(0), "--kind", "quote"])
        case .claimAdd: try run(["claim", "extract", "article.md"])
        case .checkUpdate: try run(["claim", "extract", "article.md"])
        default:
            try run(["claim", "extract", "article.md"])
            try run(["check", "--update"])
        }
        return dir
    }
}

/// Sources and an article with quotes, figures and dates, some of them altered.
enum Workload {
    static let names = ["Maria Lopez", "Omar Haddad", "Lena Marsh", "Tom Okafor", "Ann Reyes", "Ivan Petrov"]

    static func quote(_ i: Int) -> String {
        "We moved \(40 + i) trucks of grain to the northern depots before the roads closed"
    }

    static func source(_ i: Int) -> String {
        let name = names[i % names.count]
        return """
            ---
            title: Briefing \(i)
            speaker: \(name)
            date: 2025-10-\(String(format: "%02d", 1 + i % 28))
            ---

            \(name) said: "\(quote(i))." The ministry counted \(100 + i * 7) families in shelter \(i).

            On Monday the council approved \(3 + i % 5) new clinics, and turnout was \(20 + i % 60) percent.

            """
    }

    static func article() -> String {
        var lines = ["---", "title: Grain and clinics", "date: 2025-11-02", "---", ""]
        for i in 0..<WritingCommand.sourceCount {
            let name = names[i % names.count]
            let words = i % 4 == 0 ? quote(i).replacingOccurrences(of: "northern", with: "southern") : quote(i)
            lines.append("\(name) said: “\(words).” The ministry counted \(100 + i * 7) families in shelter \(i).")
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    static func write(into dir: URL) throws {
        let sources = dir.appendingPathComponent("sources")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        for i in 0..<WritingCommand.sourceCount {
            try Data(source(i).utf8).write(to: sources.appendingPathComponent("s\(i).md"))
        }
        try Data(article().utf8).write(to: dir.appendingPathComponent("article.md"))
    }
}
