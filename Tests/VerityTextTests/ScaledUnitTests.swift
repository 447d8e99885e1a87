import Testing
import VerityDocument
@testable import VerityText

/// Units whose base unit scales them: cents are hundredths of a dollar, basis points of a percentage point.
@Suite("scaled units") struct ScaledUnitTests {
    @Test(arguments: [
        ("Earnings were 87 cents a share.", "¢", 87, "USD", 0.87),
        ("The bank cut by 25 basis points.", "bp", 25, "points", 0.25),
        ("It cut 50 bps.", "bp", 50, "points", 0.5),
        ("The ship was 40 nautical miles out.", "nmi", 40, "length", 74_080),
        ("It cost $0.87 a share.", "USD", 0.87, "USD", 0.87),
    ])
    func unitAndBase(_ text: String, _ unit: String, _ value: Double, _ dimension: String, _ base: Double) throws {
        let q = try #require(QuantityExtractor.extract(try doc(text)).first)
        #expect(q.unit == unit && q.value == value)
        let b = try #require(Units.base(q.value, q.unit))
        #expect(b.dimension == dimension && abs(b.value - base) < 1e-9)
    }

    @Test func perCentIsStillAPercentage() throws {
        #expect(QuantityExtractor.extract(try doc("Prices rose 3 per cent.")).first?.unit == "%")
    }
}
