import Foundation

/// How likely a finding is right: a logistic model per rule over the features the rule records, with weights
/// fitted to the labelled dev cases by `scripts/fit_confidence.py` (the weights are data, in
/// `ConfidenceWeights.swift`, written by that script). A finding below `threshold` is shown as `info`, "needs a
/// look": a fact-checker would rather be asked than misled.
public enum ConfidenceModel {
    public static let threshold = 0.5

    /// The finding with its confidence; demoted to `info` below the threshold. Rules without a model (and findings
    /// without features) are left as they are.
    public static func apply(_ f: Finding, weights: [RuleID: [String: Double]] = ConfidenceWeights.byRule) -> Finding {
        guard let x = f.features, let rule = f.ruleID, let w = weights[rule] else { return f }
        let z = w.reduce(0.0) { $0 + $1.value * (x[$1.key] ?? 0) }
        var out = f
        out.confidence = 1 / (1 + exp(-z))
        if let c = out.confidence, c < threshold, out.severity != .info {
            out.severity = .info
            out.message = "needs a look (confidence \(Int((c * 100).rounded()))%): " + out.message
        }
        return out
    }

    /// A `number.mismatch` the model doubts may have held the figure against a passage about something else: then
    /// no source may state the figure at all. `unsourced` is that reading of it (its features as the mismatch's, with
    /// `fromMismatch` set); the unsourced model weighs it, and where that model doubts it too, the mismatch stands,
    /// to be demoted as "needs a look".
    public static func reread(
        _ mismatch: Finding, otherwise unsourced: Finding,
        weights: [RuleID: [String: Double]] = ConfidenceWeights.byRule
    ) -> Finding {
        guard let x = mismatch.features else { return mismatch }
        let doubted = apply(mismatch, weights: weights)
        guard let c = doubted.confidence, c < threshold, weights[.numberUnsourced] != nil else { return mismatch }
        var u = unsourced
        u.features = x.merging(["fromMismatch": 1]) { $1 }
        let weighed = apply(u, weights: weights)
        return (weighed.confidence ?? 0) >= threshold ? u : mismatch
    }
}
