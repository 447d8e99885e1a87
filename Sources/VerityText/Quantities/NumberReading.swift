import VerityDocument

/// Numbers written in words and vague amounts ("dozens", "two and a half million"), and the noun phrase a figure
/// counts.
extension QuantityExtractor {
    static let plural: [String: Double] = [
        "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
        "billions": 1_000_000_000, "tens": 10,
    ]
    static let bigScales: [String: Double] = ["thousand": 1_000.0, "million": 1_000_000, "billion": 1_000_000_000]

    /// "dozens", "hundreds of", "tens of thousands of": vague amounts, read as their low end.
    static func vagueAmount(_ t: Tokens, _ j: Int) -> (Double, Int)? {
        guard let base = plural[t[j].norm], j + 1 < t.count, t[j + 1].norm == "of" else { return nil }
        if j > 0, ["the", "of"].contains(t[j - 1].norm) && base == 10 { return nil }
        // "(in millions of dollars)": a caption's scale, no amount
        if j > 1, t[j - 1].norm == "in", t[j - 2].norm == "(" { return nil }
        // tens of thousands of, hundreds of millions of
        if j + 3 < t.count, let scale = plural[t[j + 2].norm], scale > base, t[j + 3].norm == "of" {
            return (base * scale, j + 4)
        }
        guard base != 10 else { return nil }
        return (base, j + 2)
    }

    /// Several number words in a row: "twenty-eight thousand six hundred forty-two", "three hundred".
    static func compoundNumberWords(_ t: Tokens, _ j: Int, least: Int = 3) -> (Double, Int)? {
        var total = 0.0, current = 0.0
        var k = j, words = 0
        while k < t.count {
            let w = t[k].norm
            // "a hundred and ten", "a thousand two hundred": "a" before a scale is one
            if words == 0, w == "a" || w == "an", k + 1 < t.count,
                t[k + 1].norm == "hundred" || bigScales[t[k + 1].norm] != nil
            {
                current = 1; words += 1; k += 1
            } else if let u = NumberWords.units[w], u >= 1, w != "dozen" {
                current += u; words += 1; k += 1
            } else if w == "hundred", current > 0 {
                current *= 100; words += 1; k += 1
            } else if current > 0, let s = bigScales[w] {
                total += current * s; current = 0; words += 1; k += 1
            } else if (w == "-" || w == "and"), words > 0, k + 1 < t.count, t[k + 1].lex(NumberWords.units) != nil {
                k += 1
            } else {
                break
            }
        }
        // only for three or more words (unless asked for fewer); one or two are read by the simpler rules
        guard words >= least else { return nil }
        return (total + current, k)
    }

    /// Up to four words of a noun phrase starting at `i`.
    static func nounPhrase(_ t: Tokens, _ i: Int) -> Range<Int>? {
        var j = i, words = 0
        while j < t.count, words < 4 {
            let w = t[j]
            // a hyphen inside a compound ("acute-care hospitals") joins its words
            if j > i, w.norm == "-", j + 1 < t.count, t[j + 1].kind == .word, glued(t, j - 1, j), glued(t, j, j + 1) {
                j += 1; continue
            }
            words += 1
            if j > i, w.norm.hasSuffix("ed"), t[j - 1].norm.hasSuffix("s") { break }  // "teams entered": a verb
            // "about 110 came from markdowns": an irregular past before a preposition is a verb, not what is counted
            if j == i, WordNet.shared.isIrregularVerbForm(w.norm), j + 1 < t.count,
                t[j + 1].kind != .word || Lexicon.prepositions.contains(t[j + 1].norm)
            {
                break
            }
            guard w.kind == .word, !w.is(.subjectStop), w.lex(Lexicon.months) == nil || !w.capitalized,
                w.lex(NumberWords.scales) == nil, !w.norm.hasSuffix("ly") || w.capitalized
            else { break }
            j += 1
        }
        if j > i + 1, t[j - 1].norm == "-" { j -= 1 }
        return j > i ? i..<j : nil
    }

    static func pow10(_ e: Int) -> Double {
        var r = 1.0
        if e >= 0 { for _ in 0..<e { r *= 10 } } else { for _ in 0..<(-e) { r /= 10 } }
        return r
    }
}
