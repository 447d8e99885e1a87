// Written by scripts/fit_confidence.py from the labelled dev cases; do not edit by hand.
public enum ConfidenceWeights {
    public static let byRule: [String: [String: Double]] = [
        "number.unsourced": [
            "articleSubject": -0.0893, "articleUnit": -0.0707, "bias": -0.9832, "candidates": -0.8643, "distinctive": 0.5029,
            "inWords": 0.0, "logRatio": 0.214, "near": 0.1127, "qualified": 0.4157, "sameThing": -0.267,
            "score": 0.0313, "subjectShared": 0.0, "table": -0.7348,
        ],
    ]
}
