import Foundation
import Testing

/// `extract --format json` spreads the files over the cores: the output is the same whatever their number.
@Suite("extract on many files") struct ExtractCLITests {
    @Test func outputIsTheSameWhateverTheNumberOfJobs() throws {
        let cli = try CLI()
        var names: [String] = []
        for i in 0..<24 {
            let name = "d\(i).md"
            try cli.write(
                name,
                "---\ndate: 2025-11-0\(1 + i % 9)\n---\n“Rates rose \(i).5% on Monday,” said Ana Ross \(i). "
                    + String(repeating: "About \(i * 7) people came <back> yesterday. ", count: i % 5) + "\n")
            names.append(name)
        }
        let one = try cli.run(["extract"] + names + ["--format", "json", "--jobs", "1"])
        #expect(one.status == 0 && one.out.hasPrefix("{\n  \"version\": 1,"))
        for jobs in ["2", "5"] {
            let many = try cli.run(["extract"] + names + ["--format", "json", "--jobs", jobs])
            #expect(many.status == 0 && many.out == one.out)
        }
        #expect(try cli.run(["extract"] + names + ["--format", "json"]).out == one.out)
    }

    @Test func aFileThatCannotBeReadStopsItBeforeAnyOutput() throws {
        let cli = try CLI()
        try cli.write("a.md", "“We act,” she said.\n")
        try cli.write("c.md", "“We wait,” he said.\n")
        let r = try cli.run("extract", "a.md", "missing.md", "c.md", "--format", "json", "--jobs", "2")
        #expect(r.status != 0 && r.out.isEmpty && r.err.contains("missing.md"))
        #expect(try cli.run("extract", "a.md", "--jobs", "0").status == 2)
    }

    @Test func sourceAddReadsWhileItWritesAndAFileThatCannotBeReadUndoesIt() throws {
        let cli = try CLI()
        try cli.run("init")
        let names = (0..<40).map { "s/d\($0).md" }
        for (i, n) in names.enumerated() { try cli.write(n, "Statement \(i): \"We will act on item \(i).\"\n") }
        let bad = try cli.run(["source", "add"] + names.prefix(25) + ["s/missing.md"] + names.dropFirst(25))
        #expect(bad.status != 0 && bad.out.isEmpty && bad.err.contains("missing.md"))
        #expect(try cli.run("source", "list").out.contains("No sources yet"))
        let good = try cli.run(["source", "add"] + names)
        let added = good.out.split(separator: "\n")
        #expect(good.status == 0 && added.count == 40)
        #expect(added.enumerated().allSatisfy { i, line in line.hasPrefix("S\(i + 1)  added  s/d\(i).md") })
    }
}
