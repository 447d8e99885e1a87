// Written by scripts/fit_confidence.py from the labelled dev cases; do not edit by hand.
public enum ConfidenceWeights {
    public static let byRule: [RuleID: [String: Double]] = [
        .numberMismatch: [
            "articleSubject": 0.293, "articleUnit": 1.1643, "bias": -0.8459, "candidates": 0.0333,
            "distinctive": 0.8786,
            "heading": -0.1576, "inWords": 0.007, "logRatio": -1.0962, "near": -0.0, "qualified": 0.5681,
            "sameThing": -0.0, "score": 0.4153, "sentenceSourced": 0.2648, "siblingSupported": -0.1165,
            "subjectShared": 0.2218,
            "table": -0.388,
        ],
        .numberUnsourced: [
            "articleSubject": 0.7097, "articleUnit": -0.1145, "bias": -1.174, "candidates": -0.9106,
            "distinctive": 0.7358,
            "fromMismatch": -0.0699, "heading": -0.5607, "inWords": -0.042, "logRatio": 0.1066, "near": 0.3735,
            "qualified": 1.2052, "sameThing": -0.3097, "score": -0.2376, "sentenceSourced": 0.0674,
            "siblingSupported": -1.5383,
            "subjectShared": -0.3005, "table": -0.3878,
        ],
    ]
}
