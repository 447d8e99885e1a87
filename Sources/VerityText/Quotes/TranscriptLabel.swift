import VerityDocument

/// A transcript's speaker label opening a paragraph: "MINISTER:", "Chair Priya Natarajan:", "ANA ROSS (CFO):",
/// "MS. ARCHER (ASSISTANT U.S. ATTORNEY):". Capitalized words (or words of a role, "council member"), then perhaps
/// a role in brackets, then a colon; the role in brackets is no part of the name.
public struct TranscriptLabel: Sendable, Equatable {
    /// The name as written, and where it is.
    public let name: String
    public let start: Int
    public let end: Int

    /// The label the tokens open with, if any.
    public init?<C: RandomAccessCollection>(_ tokens: C, _ doc: Document) where C.Element == Token, C.Index == Int {
        let first = tokens.startIndex
        guard let colon = tokens.prefix(16).firstIndex(where: { $0.norm == ":" }), colon > first else { return nil }
        let open = tokens[first..<colon].firstIndex { $0.norm == "(" } ?? colon
        let name = tokens[first..<open]
        guard let head = name.first, head.kind == .word, head.capitalized,
            name.allSatisfy({ $0.kind == .word && ($0.capitalized || $0.is(.role)) || $0.norm == "." })
        else { return nil }
        if open < colon {
            // the brackets close right before the colon, and hold only words of a role
            guard tokens[colon - 1].norm == ")", colon - open <= 12,
                tokens[(open + 1)..<(colon - 1)].allSatisfy({
                    $0.kind == .word && $0.capitalized || Lexicon.roleMarks.contains($0.norm)
                })
            else { return nil }
        } else if colon - first > 6 {
            return nil
        }
        (start, end) = (head.start, tokens[open - 1].end)
        self.name = doc.slice(start, end)
    }
}
