// Written by scripts/fit_confidence.py from the labelled dev cases; do not edit by hand.
public enum ConfidenceWeights {
    public static let byRule: [RuleID: [String: Double]] = [
        .numberMismatch: [
            "articleSubject": -0.0411, "articleUnit": 0.7261, "bias": -1.0526, "candidates": -0.0791,
            "distinctive": 0.6698,
            "inWords": 0.4204, "logRatio": -0.755, "near": -0.0, "qualified": 0.2728, "sameThing": -0.0,
            "score": 0.8166, "subjectShared": 0.4426, "table": -0.5492,
        ],
        .numberUnsourced: [
            "articleSubject": 0.0125, "articleUnit": 0.0281, "bias": -1.1365, "candidates": -0.7847,
            "distinctive": 0.5682,
            "inWords": 0.0, "logRatio": 0.1295, "near": 0.3962, "qualified": 0.5943, "sameThing": -0.2673,
            "score": 0.1207, "subjectShared": 0.0, "table": -0.7677,
        ],
    ]
}
