import Testing
import VerityDocument
@testable import VerityText

/// Units whose base unit scales them: basis points are hundredths of a percentage point; cents of a dollar.
@Suite("scaled units") struct ScaledUnitTests {
    @Test(
        arguments: [
            ("The bank cut by 25 basis points.", "bp", 25, "points", 0.25),
            ("It cut 50 bps.", "bp", 50, "points", 0.5),
            ("The ship was 40 nautical miles out.", "nmi", 40, "length", 74_080),
            ("It cost $0.87 a share.", "USD", 0.87, "USD", 0.87),
            ("Gusts reached 50 knots.", "kn", 50, "speed", 50 * 1852.0 / 3600),
            ("Gusts hit 40 kts.", "kn", 40, "speed", 40 * 1852.0 / 3600),
            ("Margins rose 0.6 pp.", "pp", 0.6, "points", 0.6),
        ] as [(String, String, Double, String, Double)])
    func unitAndBase(_ text: String, _ unit: String, _ value: Double, _ dimension: String, _ base: Double) throws {
        let q = try #require(QuantityExtractor.extract(try doc(text)).first)
        #expect(q.unit == unit && q.value == value)
        let b = try #require(q.base)
        #expect(b.dimension == dimension && abs(b.value - base) < 1e-9)
    }

    @Test func centsAreHundredthsOfADollar() throws {
        let q = try #require(QuantityExtractor.extract(try doc("Earnings were 87 cents a share.")).first)
        #expect(q.unit == nil && q.subject == "cents" && q.base?.dimension == "USD" && q.base?.value == 0.87)
    }

    @Test func perCentIsStillAPercentage() throws {
        #expect(QuantityExtractor.extract(try doc("Prices rose 3 per cent.")).first?.unit == "%")
    }
}

/// Every quantity names what was read.
@Suite("quantity patterns") struct QuantityPatternTests {
    @Test(arguments: [
        ("It cost $5 million.", "quantity.money"), ("Prices rose 3 percent.", "quantity.percent"),
        ("Police seized 108 kilograms.", "quantity.measure"), ("Police seized 1.27 million pills.", "quantity.count"),
        ("It fell 25 basis points.", "quantity.points"), ("Highs reached 41 °F.", "quantity.temperature"),
        ("The vote went to 12 in all.", "quantity.number"),
    ])
    func pattern(_ text: String, _ rule: String) throws {
        #expect(QuantityExtractor.extract(try doc(text)).first?.rule == rule)
    }

    @Test func aTableCellSaysSo() throws {
        let q = Extraction(try doc("| Item | 2025 |\n|---|---|\n| Engines | 62 |")).quantities.first
        #expect(q?.rule == "table.cell")
    }
}
