import Foundation
import VerityText

/// What a figure counts, read from its subject: the words ("new police officers"), and the counted noun among them,
/// compared by lemma and WordNet synonym.
extension NumberRules {
    /// The words of a subject that say what is counted, as lemmas.
    static func subjectWords(_ s: String?) -> Set<String> {
        // "98 cents" names its unit, not what it measures
        guard let s, Units.moneyCounts[s.lowercased()] == nil else { return [] }
        let words = NumberRules.subjectTokens(s).map { $0.replacingOccurrences(of: "-", with: "") }
        // "412 locations": a stand-in names nothing the words around it do not
        if let first = words.first, Lexicon.standInNouns.contains(first) { return [] }
        // (a word of movement, "a 4.5 percent increase", says which way a figure goes, not what it counts)
        let noun = { (w: String) in
            !Lexicon.stopwords.contains(w) && !Lexicon.directions.contains(w) && !Lexicon.riseWords.contains(w)
                && !Lexicon.fallWords.contains(w)
        }
        return Set(words.filter(noun).map(Context.stem))
    }

    /// The counted noun of a figure's subject: its last word before a preposition ("new police officers" →
    /// "officer", "cars of the eastbound train" → "car", "career games" → "game"), as a lemma.
    static func head(_ subject: String?) -> String? {
        guard let subject else { return nil }
        let words = subjectTokens(subject)
        let end = words.firstIndex { Lexicon.prepositions.contains($0) } ?? words.count
        return words[..<end].last.map(Context.stem)
    }

    /// A subject's words, lowercased, without the punctuation around them or a year a label names ("Main breaks,
    /// 2025" counts main breaks).
    static func subjectTokens(_ s: String) -> [String] {
        s.lowercased().split(separator: " ").map { $0.trimmingCharacters(in: .punctuationCharacters) }.filter { w in
            !w.isEmpty && !(w.utf8.count == 4 && Int(w).map(TimeScope.plausible.contains) == true)
        }
    }

    /// The counted noun of either subject is among the other's words, or the two nouns are synonyms ("27
    /// firefighters" and "Firefighter injuries: 27"; "staff" and "crews").
    static func headAmong(_ a: String?, _ b: String?, _ aWords: Set<String>, _ bWords: Set<String>) -> Bool {
        guard let x = head(a), let y = head(b) else { return true }
        return bWords.contains(x) || aWords.contains(y) || x == y || WordNet.shared.synonyms(x, y)
    }

    /// Two subjects count the same noun, or synonyms ("staff" / "crews").
    static func sameHead(_ a: String?, _ b: String?) -> Bool {
        guard let x = head(a), let y = head(b) else { return false }
        return x == y || WordNet.shared.synonyms(x, y)
    }
}
