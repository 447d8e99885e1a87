import Foundation
import Testing

/// Long lists of files are parsed as a whole (`ArgumentRuns`): the same values, in the same order, beside options.
@Suite("long lists of files") struct LongListsCLITests {
    @Test func extractReadsAHundredAndFiftyFilesInOrder() throws {
        let cli = try CLI()
        let names = (0..<150).map { "d\($0).md" }
        for (i, n) in names.enumerated() { try cli.write(n, "“Rates rose \(i) percent,” said Ana Ross.\n") }
        // after "--" every name is parsed one by one
        let one = try cli.run(["extract", "--format", "json", "--jobs", "1", "--"] + names)
        #expect(one.status == 0 && one.out.contains("d149.md"))
        #expect(try cli.run(["extract"] + names + ["--format", "json", "--jobs", "1"]).out == one.out)
        let split = ["extract"] + names.prefix(70) + ["--format", "json"] + names.dropFirst(70) + ["--jobs", "1"]
        #expect(try cli.run(split).out == one.out)
        let bad = try cli.run(["extract"] + names.prefix(100) + ["missing.md"] + names.dropFirst(100))
        #expect(bad.status != 0 && bad.out.isEmpty && bad.err.contains("missing.md"))
    }

    @Test func sourceAddTakesAnOptionsValueBeforeTheList() throws {
        let cli = try CLI()
        try cli.run("init")
        let names = (0..<120).map { "s/d\($0).md" }
        for (i, n) in names.enumerated() { try cli.write(n, "Statement \(i): \"We will act on item \(i).\"\n") }
        let added = try cli.run(["source", "add", "--title", "Notes"] + names)
        let lines = added.out.split(separator: "\n")
        #expect(added.status == 0 && lines.count == 120)
        #expect(
            lines.enumerated().allSatisfy { i, line in line == "S\(i + 1)  added  s/d\(i).md  “Notes”" })
    }

    @Test func checkTakesALongListOfSources() throws {
        let cli = try CLI()
        let names = (0..<80).map { "s/d\($0).md" }
        for (i, n) in names.enumerated() { try cli.write(n, "Statement \(i): \"We will act on item \(i).\"\n") }
        try cli.write("a.md", "She said: “We will act on item 79.” He said: “We will act on item 80.”\n")
        let listed = try cli.run(["check", "a.md", "--format", "json", "--sources"] + names)
        let folder = try cli.run("check", "a.md", "--format", "json", "--sources", "s")
        #expect(listed.status == 1 && listed.out.contains("quote.altered"))
        #expect(listed.status == folder.status && listed.out == folder.out)
    }
}
