/// Text from sources and articles shown so that it cannot act on a terminal or reorder what is around it:
/// control characters (ESC and the rest of C0 and C1) and bidi embeddings, overrides and isolates
/// (U+202A–U+202E, U+2066–U+2069) are written out as escapes.
public enum Visible {
    /// Whether a scalar would act (on a terminal, or on the order of the text) rather than show.
    public static func isHidden(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x09, 0x0A: false
        case 0x00..<0x20, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// For terminal text, Markdown and CSV: each hidden scalar as a Swift escape (`\u{1B}`); newlines and tabs stay,
    /// and so does a carriage return before a newline.
    public static func text(_ s: String) -> String {
        escape(s) { "\\u{\(String($0.value, radix: 16, uppercase: true))}" }
    }

    /// For JSON made elsewhere: each hidden scalar as a JSON escape (`\u202e`), valid inside a JSON string.
    public static func json(_ s: String) -> String { escape(s) { hex4($0) } }

    static func hex4(_ u: Unicode.Scalar) -> String {
        let h = String(u.value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - h.count)) + h
    }

    static func escape(_ s: String, _ shown: (Unicode.Scalar) -> String) -> String {
        guard s.unicodeScalars.contains(where: isHidden) else { return s }
        var out = String.UnicodeScalarView()
        let scalars = Array(s.unicodeScalars)
        for (i, u) in scalars.enumerated() {
            let crlf = u == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n"
            if isHidden(u) && !crlf { out.append(contentsOf: shown(u).unicodeScalars) } else { out.append(u) }
        }
        return String(out)
    }
}
