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
            ("The limit is 1,150 metric tons.", "t", 1_150, "mass", 1_150_000),
            ("The reservoirs held 34,800 acre-feet.", "acre-ft", 34_800, "volume", 34_800 * 1_233_481.84),
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
