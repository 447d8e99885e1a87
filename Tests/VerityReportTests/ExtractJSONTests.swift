import Foundation
import Testing
import VerityDocument
import VerityText

@testable import VerityReport

/// `extract --format json` written document by document (on any core) is the tree JSONValue renders, byte for byte.
@Suite("extract JSON, streamed") struct ExtractJSONTests {
    static let tricky: [String] = [
        "", "plain words", "quote \" and backslash \\ and slash /", "<script>alert(1)</script>", "tab\tnew\nline\r",
        "\u{0}\u{1}\u{1F}\u{7F}", "é ü ß — “curly” ‘single’ …", "bidi \u{202E}evil\u{202C} \u{200B}zero width",
        "line\u{2028}para\u{2029}end", "emoji 👩‍👩‍👧 and flags 🇫🇷", "\u{FEFF}bom", "mixed <b>\"\\\u{7}</b>",
    ]

    /// The tree the contract describes, as the writer once built it before rendering.
    static func tree(_ exs: [Extraction]) -> JSONValue {
        .object([
            ("version", .int(1)),
            (
                "documents",
                .array(
                    exs.map { ex in
                        .object([
                            ("document", .string(ex.document.path)),
                            ("quotes", .array(ex.quotes.map(quote))),
                            ("quantities", .array(ex.quantities.map(quantity))),
                            ("dates", .array(ex.dates.map(date))),
                            (
                                "unresolvedDates",
                                .array(
                                    ex.unresolvedDates.map {
                                        .object([
                                            ("text", .string($0.text)), ("start", .int($0.start)),
                                            ("end", .int($0.end)), ("rule", .string($0.rule)),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
        ])
    }

    static func quote(_ q: Quote) -> JSONValue {
        .object([
            ("text", .string(q.text)), ("start", .int(q.start)), ("end", .int(q.end)), ("speaker", .str(q.speaker)),
            ("speakerStart", .int(q.speakerStart)), ("speakerEnd", .int(q.speakerEnd)), ("cue", .str(q.cue)),
            ("rule", .string(q.rule)),
        ])
    }

    static func quantity(_ q: Quantity) -> JSONValue {
        .object([
            ("text", .string(q.text)), ("start", .int(q.start)), ("end", .int(q.end)), ("value", .number(q.value)),
            ("unit", .str(q.unit)), ("subject", .str(q.subject)), ("qualifier", .string(q.qualifier.rawValue)),
            ("rule", .string(q.rule)),
        ])
    }

    static func date(_ d: DateMention) -> JSONValue {
        var o: [(String, JSONValue)] = [
            ("text", .string(d.text)), ("start", .int(d.start)), ("end", .int(d.end)), ("value", .string(d.value)),
        ]
        if let c = d.weekdayConflict { o.append(("weekdayConflict", .string(c))) }
        o.append(("rule", .string(d.rule)))
        return .object(o)
    }

    static func extractions() throws -> [Extraction] {
        let texts = [
            "---\ndate: 2025-11-03\n---\n“We will act <now>,” said Ana Ross, the \"chair\". Costs rose 12.5% to "
                + "$3.2 million on Monday, October 20. Last week 1,200 people came; 0.1 km away, -4 degrees.\n",
            "A text with no quote and no figure at all.\n",
            "“\u{202E}Hidden\u{2028}marks\\ and \t tabs,” he said yesterday. About 7 in 10 agreed.\n",
        ]
        return try texts.enumerated().map { i, t in
            Extraction(try Document(path: "doc \(i) \"<odd>\".md", text: t, format: .markdown))
        }
    }

    @Test func chunksInOrderAreTheRenderedTree() throws {
        let exs = try ExtractJSONTests.extractions()
        #expect(ExtractJSON.render(exs) == ExtractJSONTests.tree(exs).render())
        #expect(ExtractJSON.render([]) == ExtractJSONTests.tree([]).render())
        for ex in exs { #expect(ExtractJSON.render([ex]) == ExtractJSONTests.tree([ex]).render()) }
    }

    @Test func escapingReadsBackAsTheString() throws {
        for s in ExtractJSONTests.tricky {
            var out: [UInt8] = []
            JSONValue.escape(s, into: &out)
            let back = try JSONDecoder().decode(String.self, from: Data(out))
            #expect(back == s)
            #expect(!out.contains(UInt8(ascii: "<")))
            #expect(out.allSatisfy { $0 >= 0x20 })
        }
    }

    @Test func numbersAsTheTreeWritesThem() {
        let values: [Double] = [0, -0.0, 1, -1, 12.5, 3.2e6, 1e-7, 8.99e15, 9e15, -123456789012, .nan, .infinity, 0.1]
        for v in values {
            var out: [UInt8] = []
            JSONValue.writeNumber(v, into: &out)
            let expected: String
            if v.isNaN || v.isInfinite {
                expected = "null"
            } else if v == v.rounded(), abs(v) < 9e15 {
                expected = String(Int64(v))
            } else {
                expected = String(v)
            }
            #expect(String(decoding: out, as: UTF8.self) == expected)
        }
    }

    @Test func parallelWorkKeepsOrderAndTheFirstError() throws {
        struct Failure: Error, Equatable { let i: Int }
        for jobs in [1, 2, 3, 8] {
            #expect(try Parallel.map(100, jobs: jobs) { $0 * $0 } == (0..<100).map { $0 * $0 })
            #expect(throws: Failure(i: 17)) {
                try Parallel.map(100, jobs: jobs) { i in
                    if i == 17 || i == 60 { throw Failure(i: i) }
                    return i
                }
            }
        }
        #expect(try Parallel.map(0, jobs: 4) { $0 }.isEmpty)
    }

    @Test func aPipelineHandsItemsOverInOrderAndStopsAtTheFirstFailure() throws {
        struct Failure: Error, Equatable { let i: Int }
        for jobs in [1, 2, 4] {
            let p = Pipeline(count: 200, jobs: jobs) { i in i * 3 }
            #expect(try (0..<200).map { try p.take($0) } == (0..<200).map { $0 * 3 })
            let q = Pipeline(count: 50, jobs: jobs) { i in
                if i == 30 { throw Failure(i: i) }
                return i
            }
            #expect(try (0..<30).map { try q.take($0) } == Array(0..<30))
            #expect(throws: Failure(i: 30)) { try q.take(30) }
            q.cancel()
        }
    }
}
