import VerityDocument

/// Finds who a quote is attributed to in the words around it.
enum Attribution {
    /// A speaker found for a quote, and the pattern that found it ("speaker.cue-after").
    struct Found { let text: String; let start: Int; let end: Int; let cue: String; var rule = "speaker.unnamed" }

    /// Auxiliaries and modals between a speaker and the verb ("would ask", "has said").
    static let auxiliaries: Set<String> = [
        "would", "will", "could", "might", "may", "can", "should", "must", "did", "does", "do", "has", "have", "had",
    ]

    static func isSentenceEnd(_ tokens: Tokens, _ i: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .punct, t.norm == "." || t.norm == "!" || t.norm == "?" else { return false }
        if t.norm == ".", i > 0, tokens[i - 1].kind == .word, tokens[i - 1].end == t.start {
            let w = tokens[i - 1].norm
            let n = w.utf8.count  // (abbreviations are short: no word list is consulted for longer words)
            if n == 1
                || (n <= 4
                    && (Lexicon.titles.contains(w)
                        || ["jr", "sr", "u.s", "oct", "sept", "nov", "dec", "jan", "feb", "aug", "no", "vs"]
                            .contains(w)))
            {
                return false
            }
        }
        // "(D-Wis.) said", "Inc., which": an abbreviation's dot inside a sentence
        if i + 1 < tokens.count {
            let n = tokens[i + 1]
            if n.kind == .punct && (n.norm == "," || n.norm == ")") { return false }
            if n.kind == .word && !n.capitalized { return false }
        }
        return true
    }

    /// How sure the attribution is: next to the quote, or elsewhere in its sentence.
    enum Strength { case adjacent, sentence, fallback }
}
