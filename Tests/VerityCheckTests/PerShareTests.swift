import Testing
import VerityCheck

/// A per-share amount is compared only with per-share amounts, and a company's total only with totals; guidance
/// under an outlook heading is a forecast.
@Suite("amounts per share") struct PerShareTests {
    static let release = """
        - Diluted earnings per share were $0.48, compared with $0.43 in the prior-year quarter.

        ## Summary (in millions of dollars, except per-share amounts)

        | | Q2 2026 | Q2 2025 |
        |---|---:|---:|
        | Net income | 41.2 | 36.9 |
        | Diluted EPS | 0.48 | 0.43 |

        ## Fiscal 2026 outlook

        Diluted EPS: $1.88 to $1.96 (previously $1.80 to $1.90)
        """

    @Test(arguments: [
        ("The company earned $41.2 million, or 48 cents a share, in the quarter.", [String]()),
        ("Net income was $44.2 million in the quarter.", ["number.mismatch"]),
    ])
    func aTotalIsNoAmountPerShare(_ sentence: String, _ rules: [String]) throws {
        // (any finding, "needs a look" too: a total set against an amount per share is no question to ask)
        let f = try check(sentence, [Self.release]).filter { $0.rule.hasPrefix("number.") }
        #expect(f.map(\.rule) == rules, "\(f.map(\.message))")
    }

    /// Under a heading of forecasts a figure bears out one the article says is expected; it still bears out one said
    /// plainly.
    @Test(arguments: [
        ("It expects to earn $1.88 to $1.96 a share this year.", release),
        (
            "Storage is below the 45 percent level that triggers Stage 2.",
            "## Outlook\n\n- Storage has fallen below the 45 percent trigger for Stage 2."
        ),
    ])
    func aForecastHeading(_ sentence: String, _ source: String) throws {
        let f = try check(sentence, [source]).filter { $0.rule.hasPrefix("number.") }
        #expect(f.isEmpty, "\(f.map(\.message))")
    }
}
