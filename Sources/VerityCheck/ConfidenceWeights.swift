// Written by scripts/fit_confidence.py from the labelled dev cases; do not edit by hand.
public enum ConfidenceWeights {
    public static let byRule: [RuleID: [String: Double]] = [
        .numberMismatch: [
            "articleSubject": -0.1168, "articleUnit": 1.2173, "bias": 0.5136, "candidates": -0.1327,
            "distinctive": 1.205,
            "heading": -0.1111, "inWords": -0.0569, "logRatio": -1.4795, "near": 0.0, "qualified": 0.1737,
            "sameThing": 0.0, "score": 0.3205, "sentenceSourced": 0.1918, "siblingSupported": -0.5774,
            "subjectShared": 0.034,
            "table": -0.3952,
        ],
        .numberUnsourced: [
            "articleSubject": 0.6143, "articleUnit": -0.0423, "bias": -1.1161, "candidates": -0.7339,
            "distinctive": 0.7825,
            "fromMismatch": -0.0801, "heading": -0.4407, "inWords": -0.0415, "logRatio": 0.1029, "near": 0.3054,
            "qualified": 1.163, "sameThing": -0.352, "score": -0.0994, "sentenceSourced": 0.0207,
            "siblingSupported": -1.6764,
            "subjectShared": -0.2876, "table": -0.3967,
        ],
    ]
}
