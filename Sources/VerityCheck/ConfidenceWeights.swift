// Written by scripts/fit_confidence.py from the labelled dev cases; do not edit by hand.
public enum ConfidenceWeights {
    public static let byRule: [RuleID: [String: Double]] = [
        .numberMismatch: [
            "articleSubject": 0.1071, "articleUnit": 0.9422, "bias": -0.9461, "candidates": 0.0428,
            "distinctive": 0.7705,
            "heading": -0.0899, "inWords": 0.3585, "logRatio": -1.1903, "near": -0.0001, "qualified": 0.3312,
            "sameThing": -0.0001, "score": 0.6725, "sentenceSourced": 0.3994, "siblingSupported": -0.1592,
            "subjectShared": 0.4113,
            "table": -0.3361,
        ],
        .numberUnsourced: [
            "articleSubject": 0.4566, "articleUnit": -0.0093, "bias": -0.6667, "candidates": -0.8615,
            "distinctive": 0.6948,
            "fromMismatch": -0.1121, "heading": -0.6347, "inWords": 0.0, "logRatio": 0.1034, "near": 0.3343,
            "qualified": 0.8027, "sameThing": -0.4062, "score": -0.398, "sentenceSourced": 0.1056,
            "siblingSupported": -1.8116,
            "subjectShared": -0.3252, "table": -0.5284,
        ],
    ]
}
