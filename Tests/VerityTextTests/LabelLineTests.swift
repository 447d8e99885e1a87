import Testing
import VerityDocument
@testable import VerityText

/// "Label: value" lines: the label says what the figure after it measures, and may name its unit.
@Suite("label lines") struct LabelLineTests {
    static let sheet = """
        Locations to be served: 4,380
        - Acres harvested: 4,720
        Crew: 5. Wind: 40 mph.
        Total project cost: $24.8 million
        - Contractor payments came to $2.4 million
        The mayor said: 300 more officers would be hired.
        """

    func figure(_ text: String) throws -> Quantity? {
        let d = try doc(Self.sheet)
        return Extraction(d).quantities.first { $0.text.hasPrefix(text) }
    }

    @Test func aLabelNamesWhatAFigureCounts() throws {
        #expect(try figure("4,380")?.subject == "Locations to be served")
        #expect(try figure("4,380")?.header == "Locations to be served")
        #expect(try figure("5")?.subject == "Crew")
        #expect(try figure("$24.8 million")?.subject == "Total project cost")
    }

    @Test func aLabelGivesItsUnit() throws {
        let acres = try figure("4,720")
        #expect(acres?.unit == "acre")
        #expect(acres?.rule == "quantity.measure")
        // a figure with a unit of its own keeps it
        #expect(try figure("40 mph")?.unit == "mph")
    }

    @Test(arguments: ["$2.4 million", "300 more officers"])
    func noColonOrASentenceBeforeItIsNoLabel(_ text: String) throws {
        let q = try #require(try figure(text))
        #expect(q.header == nil)
    }

    @Test func aUnitAfterPerIsNotTheLabelsUnit() throws {
        let d = try doc("Residents per square mile: 4,380\n")
        let q = try #require(Extraction(d).quantities.first)
        #expect(q.unit == nil && q.subject == "Residents per square mile")
    }

    /// A unit word counted or ordered by the word before it, or numbered by the one after it ("Year 2"), says which
    /// span is meant, not the figure's unit; nor does a figure in the label lend the value its unit.
    @Test(arguments: [
        "Graduated in four years: 1,613", "Graduated in 4 years: 1,613", "Still enrolled (fifth year): 136",
        "Year 2: 5.4",
    ])
    func aCountedUnitIsNotTheLabelsUnit(_ line: String) throws {
        let q = try #require(Extraction(try doc(line + "\n")).quantities.last)
        #expect(q.unit == nil && q.header != nil)
    }

    /// A unit word numbered only by a compound in words after it is still the unit ("Miles one-way: 12").
    @Test func aHyphenatedWordAfterAUnitIsNoNumber() throws {
        let q = try #require(Extraction(try doc("Miles one-way: 12\n")).quantities.last)
        #expect(q.unit != nil, "\(q)")
    }

    /// A label may end in a year: "Traffic deaths, 2025: 31" is a label line, and its figure counts nothing on the
    /// next line.
    @Test func aLabelMayEndInAYear() throws {
        let q = Extraction(try doc("Traffic deaths, 2025: 31\nTraffic deaths, 2024: 26\n")).quantities
        #expect(q.map(\.subject) == ["Traffic deaths, 2025", "Traffic deaths, 2024"] && q.map(\.text) == ["31", "26"])
    }

    /// An age is given in years, in a label or a table's column ("16-year-old" is 16 years).
    @Test(arguments: ["Age: 16\n", "| Name | Age |\n|---|---:|\n| Maya Lindgren | 16 |\n", "Stage: 16\n"])
    func anAgeIsInYears(_ text: String) throws {
        let q = try #require(Extraction(try doc(text)).quantities.last)
        #expect((q.unit == "year") == !text.hasPrefix("Stage"), "\(q)")
    }

    @Test func aSubjectEndsAtItsLine() throws {
        // in prose the bullet below would be read on as what the figure counts
        let d = try doc("- Payments, FY2025: $2.7 million\n- Priority routes cleared within 12 hours: 71%\n")
        let q = Extraction(d).quantities.first { $0.text.hasPrefix("$2.7") }
        #expect(q?.text == "$2.7 million")
        #expect(q?.subject == "Payments, FY2025")
    }
}
