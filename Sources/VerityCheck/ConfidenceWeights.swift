// Written by scripts/fit_confidence.py from the labelled dev cases; do not edit by hand.
public enum ConfidenceWeights {
    public static let byRule: [RuleID: [String: Double]] = [
        .numberMismatch: [
            "articleSubject": -0.1033, "articleUnit": 0.8867, "bias": -0.9654, "candidates": 0.0239,
            "distinctive": 0.7883,
            "heading": 0.0, "inWords": 0.3692, "logRatio": -0.753, "near": -0.0, "qualified": 0.1243,
            "sameThing": -0.0, "score": 0.7294, "sentenceSourced": 0.2285, "siblingSupported": -0.3798,
            "subjectShared": 0.5656,
            "table": -0.143,
        ],
        .numberUnsourced: [
            "articleSubject": 0.0475, "articleUnit": 0.1368, "bias": -0.6816, "candidates": -0.7913,
            "distinctive": 0.4381,
            "heading": 0.0, "inWords": 0.0, "logRatio": 0.0346, "near": 0.4097, "qualified": 0.679,
            "sameThing": -0.155, "score": 0.1976, "sentenceSourced": 0.3318, "siblingSupported": -1.4331,
            "subjectShared": 0.0,
            "table": -0.4751,
        ],
    ]
}
