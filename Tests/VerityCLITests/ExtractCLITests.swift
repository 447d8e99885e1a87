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
}
