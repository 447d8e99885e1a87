import VerityDocument

/// A transcript's speaker label opening a paragraph: "MINISTER:", "Chair Priya Natarajan:", "ANA ROSS (CFO):",
/// "MS. ARCHER (ASSISTANT U.S. ATTORNEY):". Capitalized words (or words of a role, "council member"), then perhaps
/// a role in brackets, then a colon; the role in brackets is no part of the name.
public struct TranscriptLabel: Sendable, Equatable {
    /// The name as written, and where it is.
    public let name: String
    public let start: Int
    public let end: Int

    /// The label the tokens open with, if any. Read from the start, so a paragraph that opens as a sentence is left
    /// at its first lowercase word: the colon is looked for among the first 16 tokens, and without brackets among
    /// the first 7.
    public init?<C: RandomAccessCollection>(_ tokens: C, _ doc: Document) where C.Element == Token, C.Index == Int {
        let first = tokens.startIndex
        let window = min(tokens.endIndex, first + 16)
        guard first < window, tokens[first].kind == .word, tokens[first].capitalized else { return nil }
        // the name: capitalized words, words of a role, and dots, up to the colon or an opening bracket
        var k = first + 1
        while k < window,
            tokens[k].kind == .word && (tokens[k].capitalized || tokens[k].is(.role)) || tokens[k].norm == "."
        {
            k += 1
        }
        guard k < window else { return nil }
        let open = k
        if tokens[k].norm == "(" {
            // the brackets close right before the colon, and hold only words of a role (and a district's number:
            // "COMMISSIONER, DISTRICT 3"); a role in lowercase ("co-counsel for the plaintiff") only after a name in
            // capitals, as a transcript writes it, not after a table's "Revenue (in millions):"
            let shouted = tokens[first..<open].allSatisfy { $0.kind != .word || Self.inCapitals($0, doc) }
            guard let colon = tokens[open..<window].firstIndex(where: { $0.norm == ":" }),
                tokens[colon - 1].norm == ")",
                colon - open <= 12,
                tokens[(open + 1)..<(colon - 1)].allSatisfy({
                    $0.kind == .word && ($0.capitalized || shouted) || Lexicon.roleMarks.contains($0.norm)
                        || $0.kind == .number && $0.plainInt != nil
                })
            else { return nil }
        } else if tokens[k].norm != ":" || k - first > 6 {
            return nil
        }
        (start, end) = (tokens[first].start, tokens[open - 1].end)
        self.name = doc.slice(start, end)
    }

    /// A word written in capitals ("OKAFOR", "MS"), or a single capital letter (an initial: "J.").
    static func inCapitals(_ t: Token, _ doc: Document) -> Bool {
        let w = doc.slice(t.start, t.end)
        return w.count > 1 && w == w.uppercased() && w != w.lowercased() || w.count == 1 && t.capitalized
    }
}
