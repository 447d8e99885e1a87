import Testing
import VerityDocument
@testable import VerityCheck

/// A finding's confidence comes from its rule's logistic model; below the threshold it is asked about, not asserted.
@Suite("confidence") struct ConfidenceTests {
    let doc = try! Document(path: "a.md", text: "Police seized 300 kilograms.", format: .markdown)
    let weights: [RuleID: [String: Double]] = [.numberUnsourced: ["bias": -1.0, "score": 4.0]]

    func finding(score: Double) -> Finding {
        Finding(rule: "number.unsourced", in: doc, start: 14, end: 27, message: "no source states this figure")
            .with(features: ["bias": 1, "score": score])
    }

    @Test(arguments: [(0.0, Severity.info, true), (1.0, Severity.warning, false)])
    func lowConfidenceIsAsked(_ score: Double, _ severity: Severity, _ asked: Bool) throws {
        let f = ConfidenceModel.apply(finding(score: score), weights: weights)
        let c = try #require(f.confidence)
        #expect((c < ConfidenceModel.threshold) == asked && f.severity == severity)
        #expect(f.message.hasPrefix("needs a look") == asked)
    }

    @Test func aRuleWithoutAModelIsLeftAsItIs() {
        var f = finding(score: 0)
        f.rule = "quote.altered"
        let g = ConfidenceModel.apply(f, weights: weights)
        #expect(g.confidence == nil && g.severity == f.severity)
    }

    @Test func everyShippedModelNamesARuleAndABias() {
        for (rule, w) in ConfidenceWeights.byRule {
            #expect(w["bias"] != nil, "\(rule)")
        }
    }

    /// A mismatch the model doubts becomes an unsourced figure when the unsourced model, told it was a doubted
    /// mismatch, believes that reading; otherwise the mismatch stands.
    @Test(arguments: [(3.0, "number.unsourced"), (-3.0, "number.mismatch")])
    func aDoubtedMismatchMayBeAnUnsourcedFigure(_ fromMismatch: Double, _ rule: String) {
        let w: [RuleID: [String: Double]] = [
            .numberMismatch: ["bias": -2.0], .numberUnsourced: ["bias": -1.0, "fromMismatch": fromMismatch],
        ]
        let mismatch = Finding(rule: .numberMismatch, in: doc, start: 14, end: 27, message: "the article says 300")
            .with(features: ["bias": 1])
        let unsourced = Finding(rule: .numberUnsourced, in: doc, start: 14, end: 27, message: "no source states this")
        #expect(ConfidenceModel.reread(mismatch, otherwise: unsourced, weights: w).rule == rule)
        // a mismatch the model believes is never reread
        let believed: [RuleID: [String: Double]] = [
            .numberMismatch: ["bias": 2.0], .numberUnsourced: ["bias": 5.0],
        ]
        #expect(ConfidenceModel.reread(mismatch, otherwise: unsourced, weights: believed).rule == "number.mismatch")
    }
}
