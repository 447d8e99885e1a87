import Foundation

/// Princeton WordNet 3.0 (Debian's `wordnet-base`), read on first use: a word's lemma ("fell" → "fall", "crews" →
/// "crew") and whether two lemmas share a common sense ("begin" / "start").
///
/// The index files are sorted, so a lemma is found by binary search over their bytes, as WordNet's own library
/// does: nothing is parsed up front but the small exception lists of irregular forms. Without WordNet installed,
/// words are compared by their suffix-stripped form, as before; `$VERITY_WORDNET` names another folder.
public final class WordNet: @unchecked Sendable {
    public static let shared = WordNet(
        folder: ProcessInfo.processInfo.environment["VERITY_WORDNET"]
            ?? "/usr/share/wordnet")

    enum POS: Int, CaseIterable {
        case noun, verb, adj, adv
        var file: String { ["noun", "verb", "adj", "adv"][rawValue] }
    }

    private let index: [[UInt8]]
    /// inflected form → its base (`noun.exc`, `verb.exc`, …), the first listed.
    private var exceptions: [String: String] = [:]
    /// irregular verb forms → their base (`verb.exc`: "won" → "win", "ran" → "run")
    private var verbExceptions: [String: String] = [:]
    private let lock = NSLock()
    private var lemmas: [String: String] = [:]
    private var common: [String: Set<Int>] = [:]
    public let isAvailable: Bool

    init(folder: String) {
        index = POS.allCases.map { pos in
            FileManager.default.contents(atPath: "\(folder)/index.\(pos.file)").map { [UInt8]($0) } ?? []
        }
        for pos in POS.allCases.reversed() {  // the noun's base wins over the verb's where both list a form
            guard let exc = FileManager.default.contents(atPath: "\(folder)/\(pos.file).exc") else { continue }
            for line in String(decoding: exc, as: UTF8.self).split(separator: "\n") {
                let f = line.split(separator: " ")
                if f.count >= 2 { exceptions[String(f[0])] = String(f[1]) }
                if f.count >= 2, pos == .verb { verbExceptions[String(f[0])] = String(f[1]) }
            }
        }
        isAvailable = index.allSatisfy { !$0.isEmpty }
    }

    /// The senses of a lemma in one part of speech, most frequent first (offset × 4 + part of speech).
    func senses(_ lemma: String, _ pos: POS) -> [Int]? {
        let file = index[pos.rawValue], key = Array(lemma.utf8)
        var lo = 0, hi = file.count
        while lo < hi {
            var start = (lo + hi) / 2
            while start > lo, file[start - 1] != 10 { start -= 1 }  // back to the line's start
            var end = start
            while end < file.count, file[end] != 32, file[end] != 10 { end += 1 }
            let word = file[start..<end]
            if word.elementsEqual(key) { return WordNet.offsets(file, line: start, pos: pos) }
            if word.lexicographicallyPrecedes(key) {
                var next = end
                while next < file.count, file[next] != 10 { next += 1 }
                lo = next + 1
            } else {
                hi = start
            }
        }
        return nil
    }

    /// `lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…`: the offsets.
    static func offsets(_ file: [UInt8], line: Int, pos: POS) -> [Int] {
        var end = line
        while end < file.count, file[end] != 10 { end += 1 }
        let f = file[line..<end].split(separator: 32)
        guard f.count > 4, let n = Int(String(decoding: f[2], as: UTF8.self)),
            let p = Int(String(decoding: f[3], as: UTF8.self)), f.count >= 6 + p + n
        else { return [] }
        return f[(6 + p)..<(6 + p + n)].compactMap { Int(String(decoding: $0, as: UTF8.self)) }.map {
            $0 * 4 + pos.rawValue
        }
    }

    func listed(_ w: String) -> Bool { POS.allCases.contains { senses(w, $0) != nil } }
}

extension WordNet {
    /// Morphy's detachment rules: an ending and what replaces it.
    static let detachments: [(String, String)] = [
        ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y"),
        ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("er", ""), ("est", ""),
        ("s", ""),
    ]

    /// The dictionary form of a lowercased word: an irregular form's base ("fell" → "fall"), the word itself when
    /// WordNet lists it, else the first base the detachment rules give that WordNet lists ("crews" → "crew").
    public func lemma(_ w: String) -> String {
        lock.lock(); defer { lock.unlock() }
        if let known = lemmas[w] { return known }
        var found = w
        if let base = exceptions[w] {
            found = base
        } else if !listed(w) {
            for (ending, replacement) in WordNet.detachments where w.count > ending.count + 2 && w.hasSuffix(ending) {
                let base = String(w.dropLast(ending.count)) + replacement
                if listed(base) { found = base; break }
            }
        }
        lemmas[w] = found
        return found
    }

    /// The verb a word is an inflected form of ("filed" → "file", "won" → "win", "meets" → "meet", "taking" →
    /// "take"), or nil for a word that is no verb's past, participle or third person ("seat", "today", "news").
    public func verbForm(_ w: String) -> String? {
        if let base = verbExceptions[w] { return base }
        for ending in ["ed", "ing", "s"] where w.count > ending.count + 2 && w.hasSuffix(ending) {
            for (e, r) in WordNet.detachments where e == ending || (ending == "s" && e == "es") {
                let base = String(w.dropLast(e.count)) + r
                if senses(base, .verb) != nil { return base }
            }
        }
        return nil
    }

    /// WordNet lists the word as a lemma of some part of speech.
    public func isListed(_ w: String) -> Bool { listed(w) }

    /// The word is a verb's plain form ("accept", "reopen").
    public func isVerb(_ w: String) -> Bool { senses(w, .verb) != nil }

    /// An irregular form of a verb ("came", "went", "fell"), which WordNet's exception list names.
    public func isIrregularVerbForm(_ w: String) -> Bool { verbExceptions[w] != nil }

    /// The senses a lemma is mostly used in: its three most frequent in each part of speech.
    func commonSenses(_ lemma: String) -> Set<Int> {
        lock.lock(); defer { lock.unlock() }
        if let known = common[lemma] { return known }
        let out = Set(POS.allCases.flatMap { (senses(lemma, $0) ?? []).prefix(3) })
        common[lemma] = out
        return out
    }

    /// Two lemmas share one of their common senses: synonyms as news uses them.
    public func synonyms(_ a: String, _ b: String) -> Bool {
        a == b || !commonSenses(a).isDisjoint(with: commonSenses(b))
    }
}
