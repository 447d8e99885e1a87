import Foundation
import Testing
import VerityDocument
import VerityText

/// Extraction is linear in the text (issue 13, item 2): each shape that once cost the square of its length takes about
/// eight times as long at eight times the size, not sixty-four. (scripts/scaling.sh measures the release build at
/// 1–8 MB.)
@Suite("scaling", .serialized) struct ScalingTests {
    /// The shapes of scripts/shapes.py, in small: about `size` characters each.
    static func shape(_ name: String, _ size: Int) -> (String, DocumentFormat) {
        let words = ["the", "port", "will", "reopen", "next", "week", "after", "repairs", "costing", "$4.2", "million",
                     "officials", "said", "on", "Tuesday", "while", "council", "voted", "7", "to", "2"]
        var rng = SystemRandomNumberGenerator()
        func some(_ n: Int) -> String { (0..<n).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ") }
        var parts: [String] = [], n = 0
        while n < size {
            let s: String
            switch name {
            case "unclosed": s = "\u{201C}\(some(12)) and"
            case "role": s = "\u{201C}\(some(10)),\u{201D} the minister told reporters.\n\n"
            case "brackets": s = String(repeating: "[", count: 2) + " " + some(1)
            case "pronouns": s = "Mr. Lee Park arrived. \u{201C}\(some(8)),\u{201D} she said."
            default: s = "\u{201C}\(some(10)),\u{201D} Maria Lopez said on March 3, 2024. Costs rose 12 percent."
            }
            parts.append(s)
            n += s.count + 1
        }
        let text = parts.joined(separator: " ")
        switch name {
        case "wrapped", "unclosed": // hard-wrapped lines, no blank line: one paragraph
            var out = "", line = 0
            for w in text.split(separator: " ") {
                if line + w.count > 72 { out += "\n"; line = 0 } else if line > 0 { out += " "; line += 1 }
                out += w; line += w.count
            }
            return (out, .markdown)
        default: return (text, .markdown) // one line
        }
    }

    /// The fastest of three extractions, in seconds.
    static func seconds(_ text: String, _ format: DocumentFormat) throws -> Double {
        let doc = try Document(path: "shape.md", text: text, format: format)
        var best = Double.infinity
        for _ in 0..<3 {
            let t0 = DispatchTime.now().uptimeNanoseconds
            _ = Extraction(doc)
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
        }
        return best
    }

    @Test(arguments: ["wrapped", "unclosed", "role", "brackets", "oneline", "pronouns"])
    func extractionGrowsLinearly(_ name: String) throws {
        let (small, f1) = ScalingTests.shape(name, 25_000), (large, f2) = ScalingTests.shape(name, 200_000)
        let t1 = try ScalingTests.seconds(small, f1), t8 = try ScalingTests.seconds(large, f2)
        // linear: about 8; the square of the length: about 64 (slack for a machine busy with other work)
        #expect(t8 / max(t1, 1e-4) < 24, "\(name): \(t1) s at 25 KB, \(t8) s at 200 KB")
    }
}

/// The indexes that made extraction linear read what the rescans read.
@Suite("linear readings") struct LinearReadingTests {
    @Test func aLineOfBracketsStillBlanksItsLinks() throws {
        let text = "[[ [see the report](http://example.com/r) and ![chart](c.png) [[ ["
        let doc = try Document(path: "f.md", text: text, format: .markdown)
        let analysis = doc.analysisSlice(0, doc.count)
        #expect(analysis.contains("see the report") && !analysis.contains("example") && !analysis.contains("chart"))
    }

    @Test func aRoleStandsForTheLatestSpeakerWhoHoldsIt() throws {
        let text = """
        Prime Minister Ana Ruiz said: “We will rebuild the port.”

        “The repairs start on Monday,” the minister told reporters.

        “It will cost less than feared,” the minister said.
        """
        let ex = Extraction(try Document(path: "f.md", text: text, format: .markdown))
        #expect(ex.quotes.map(\.speaker) == Array(repeating: "Prime Minister Ana Ruiz", count: 3))
    }

    @Test func aPronounPassesOverNamesThatDoNotFit() throws {
        let text = "Maria Okafor spoke first. Mr. Lee Park and Mr. John Ode listened. “We are ready,” she said."
        let ex = Extraction(try Document(path: "f.md", text: text, format: .markdown))
        #expect(ex.quotes.first?.speaker == "Maria Okafor")
    }
}
