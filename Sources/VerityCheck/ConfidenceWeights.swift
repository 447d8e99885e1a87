// Written by scripts/fit_confidence.py from the labelled dev cases; do not edit by hand.
public enum ConfidenceWeights {
    public static let byRule: [RuleID: [String: Double]] = [
        .numberMismatch: [
            "articleSubject": -0.0882, "articleUnit": 0.8116, "bias": -0.6398, "candidates": -0.0203,
            "distinctive": 0.9054,
            "heading": -0.1105, "inWords": 0.3394, "logRatio": -1.0543, "near": -0.0, "qualified": 0.4068,
            "sameThing": -0.0, "score": 0.6336, "sentenceSourced": 0.3652, "siblingSupported": -0.3652,
            "subjectShared": 0.4741,
            "table": -0.2963,
        ],
        .numberUnsourced: [
            "articleSubject": 0.2089, "articleUnit": -0.106, "bias": -0.686, "candidates": -0.7967,
            "distinctive": 0.7034,
            "fromMismatch": -0.0226, "heading": -0.6671, "inWords": 0.0, "logRatio": 0.2175, "near": 0.3925,
            "qualified": 0.619, "sameThing": -0.3483, "score": -0.2881, "sentenceSourced": 0.1941,
            "siblingSupported": -1.8866,
            "subjectShared": -0.2789, "table": -0.4643,
        ],
    ]
}
