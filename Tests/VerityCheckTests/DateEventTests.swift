import Testing
import VerityCheck
import VerityDocument
import VerityText

/// A date belongs to the event of its clause: two dates of different events are no mismatch; two of the same event
/// (in the same verb, a synonym, or one of one group: began / launched) still are.
@Suite("dates of events") struct DateEventTests {
    static let source = "---\ndate: 2026-05-05\n---\n"

    @Test(arguments: [
        // a filing and an announcement are two events
        (
            "The utility filed Monday for a rate increase with the Public Service Commission.",
            "The Office of People's Counsel announced today that it will oppose the rate increase before the Public "
                + "Service Commission.", false
        ),
        // the same event, dated otherwise
        (
            "The utility filed on Friday for a rate increase with the Public Service Commission.",
            "The utility filed on Monday, May 4, for a rate increase with the Public Service Commission.", true
        ),
        // began and launched are one start
        (
            "The vaccination campaign against cholera in the region began on Friday, officials said.",
            "The vaccination campaign against cholera launched on Monday, May 4, in the region.", true
        ),
    ])
    func aDateOfAnotherEventIsNoMismatch(_ article: String, _ src: String, _ mismatch: Bool) throws {
        let f = try check("---\ndate: 2026-05-06\n---\n" + article, [Self.source + src])
        #expect(f.contains { $0.rule == "date.mismatch" } == mismatch, "\(f.map(\.message))")
    }
}

/// What the confidence model reads of where a figure stands.
@Suite("a figure's setting") struct FigureSettingTests {
    func features(_ article: String, _ sources: [String], figure: String) throws -> [String: Double] {
        let docs = try sources.enumerated().map {
            try Document(path: "s\($0.offset).md", text: $0.element, format: .markdown)
        }
        var config = CheckConfig()
        config.confidence = false
        let f = Checker(sources: SourceSet(docs), config: config)
            .check(try Document(path: "a.md", text: article, format: .markdown))
        return try #require(f.first { $0.excerpt.contains(figure) }?.features)
    }

    @Test func aFigureBesideASourcedOneIsMarked() throws {
        let x = try features(
            "Net income rose to $158.3 million, or 98 cents a share.", ["Net income was $158.3 million."],
            figure: "98 cents")
        #expect(x["siblingSupported"] == 1)
        #expect((x["sentenceSourced"] ?? 0) > 0.3)
    }

    @Test func aStatisticOnItsOwnIsNot() throws {
        let x = try features(
            "Investment fraud complaints in the state rose 40 percent last year.",
            ["The court sentenced him to eight years in prison."], figure: "40 percent")
        #expect(x["siblingSupported"] == 0)
        #expect((x["sentenceSourced"] ?? 1) < 0.3)
        #expect(x["heading"] == 0)
    }

    @Test func aHeadlineIsMarked() throws {
        let x = try features(
            "# Fire nears 12,500 acres\n\nThe fire grew overnight.", ["The fire grew."], figure: "12,500")
        #expect(x["heading"] == 1)
    }
}
