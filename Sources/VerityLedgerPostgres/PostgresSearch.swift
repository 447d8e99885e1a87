import Foundation

/// The PostgreSQL store's full-text index, made to answer as SQLite's FTS5 index does: a source's words are runs of
/// letters and digits, lowercase, without diacritics (as FTS5's unicode61 tokenizer and the checker's queries split
/// them), kept in a `tsvector` column (GIN index) built here, word by word with its position, so no server-side
/// parser, dictionary or locale changes what is indexed. Title words carry weight A, text words D; phrase queries
/// (`<->`) ask for text words only, as FTS5's `text:"…"` does.
///
/// PostgreSQL keeps positions up to 16383 and at most 256 of them per word: a phrase further into a very long source
/// is found by its words (any-word queries) but not as a phrase.
enum PostgresSearch {
    static let maxPosition = 16383
    static let maxPositionsPerWord = 255

    /// Words as the index holds them.
    static func words(_ s: String) -> [String] {
        s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    /// A `tsvector` literal of a source's title (weight A) then its text (weight D), positions counted on.
    static func vector(title: String?, text: String) -> String {
        var positions: [String: [String]] = [:]
        var order: [String] = []
        var n = 0
        func add(_ words: [String], weight: String) {
            for w in words {
                n += 1
                let p = min(n, maxPosition)
                if positions[w] == nil { order.append(w); positions[w] = [] }
                if positions[w]!.count < maxPositionsPerWord, n <= maxPosition || positions[w]!.isEmpty {
                    positions[w]!.append("\(p)\(weight)")
                }
            }
        }
        add(words(title ?? ""), weight: "A")
        add(words(text), weight: "")
        return order.map { "\(quoted($0)):\(positions[$0]!.joined(separator: ","))" }.joined(separator: " ")
    }

    /// A word as a quoted lexeme of a tsvector or tsquery literal.
    static func quoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// A tsquery holding every phrase, each its words one after another in a source's text.
    static func phrases(_ phrases: [[String]]) -> String? {
        let parts = phrases.compactMap { p -> String? in
            let words = p.flatMap { PostgresSearch.words($0) }
            guard !words.isEmpty else { return nil }
            return "(" + words.map { quoted($0) + ":D" }.joined(separator: " <-> ") + ")"
        }
        return parts.isEmpty ? nil : parts.joined(separator: " & ")
    }

    /// A tsquery holding any of the words, in title or text.
    static func anyOf(_ list: [String]) -> String? {
        let words = list.flatMap { PostgresSearch.words($0) }
        return words.isEmpty ? nil : words.map(quoted).joined(separator: " | ")
    }
}
