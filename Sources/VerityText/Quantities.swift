import Foundation
import VerityDocument

public enum QuantityExtractor {
    /// A word that names something: capitalized, camel-cased (iPhone) or all caps.
    static func isNameWord(_ doc: Document, _ t: Token) -> Bool {
        guard t.kind == .word else { return false }
        if t.capitalized || t.allCaps { return true }
        return doc.scalars[(t.start + 1)..<t.end].contains {
            $0.value < 128 ? ($0.value >= 65 && $0.value <= 90) : $0.properties.isUppercase
        }
    }

    /// "a" and "an" begin a quantity only before a number word, scale, unit or fraction ("a million", "a third", "a
    /// dozen").
    @inline(__always) static func mayBeginQuantity(_ t: Tokens, _ i: Int) -> Bool {
        guard t[i].norm == "a" || t[i].norm == "an" else { return true }
        return i + 1 < t.count && t[i + 1].classes.contains(.lexical)
    }

    /// Every quantity in the document's body.
    public static func extract(_ doc: Document) -> [Quantity] {
        extract(doc, tokens: Tokenizer.tokenize(doc.analysis, from: doc.bodyStart))
    }

    public static func extract(_ doc: Document, tokens: [Token]) -> [Quantity] {
        tokens.withUnsafeBufferPointer { extract(doc, buffer: $0) }
    }

    static func extract(_ doc: Document, buffer t: Tokens) -> [Quantity] {
        var out: [Quantity] = []
        var at: [Int] = []  // token index of each quantity's number
        var i = 0
        while i < t.count {
            guard
                t[i].kind == .number || t[i].kind == .punct && Units.isCurrencySymbol(doc.analysis[t[i].start])
                    || t[i].classes.contains(.quantityStart) && mayBeginQuantity(t, i)
            else {
                i += 1; continue
            }
            if let m = parse(doc, t, i) {
                out.append(m.value)
                at.append(i)
                i = max(m.end, i + 1)
            } else {
                i += 1
            }
        }
        resolveEllipsis(&out, at: at, tokens: t, doc: doc)
        // "fell 1.5 points to 7.9%": points moving a percentage are percentage points (not "200 points, or 1.1%")
        for n in out.indices.dropLast()
        where out[n].unit == nil && (out[n].subject == "points" || out[n].subject == "point") && out[n + 1].unit == "%"
        {
            let between = t[(at[n] + 1)..<at[n + 1]].filter { !$0.norm.hasPrefix("point") }
            if between.count == 1, between[0].norm == "to" || between[0].norm == "from" {
                out[n].unit = "pp"; out[n].subject = nil
            }
        }
        return out
    }

    /// "21,402 votes to Briggs's 17,960", "from 208 pounds to 193": a bare number takes the unit and subject of
    /// the quantity it is set against in the same sentence.
    /// What joins a range's two figures.
    public static let rangeMarks: Set<String> = ["–", "-", "—", "to", "through"]

    static func resolveEllipsis(_ qs: inout [Quantity], at: [Int], tokens t: Tokens, doc: Document) {
        func sentenceBreak(_ a: Int, _ b: Int) -> Bool {
            guard a < b else { return false }
            return t[a..<b].contains { $0.kind == .punct && [".", "!", "?", ";"].contains($0.norm) }
                || doc.itemBreak(between: t[a - 1].end, and: t[b].start)
        }
        let connectors = Lexicon.ellipsisConnectors
        // "Of the 330 basis points of decline, about 110 came from markdowns": the whole a later figure is part of
        func wholeOf(_ k: Int) -> Bool {
            guard k >= 2, t[k - 2].norm == "of", ["the", "those", "these", "its", "their"].contains(t[k - 1].norm)
            else { return false }
            return k == 2 || t[k - 3].kind == .punct || t[k - 2].capitalized
        }
        // a word of movement before the figure's number, past its qualifier: "fell nearly 8 percent" (not "fell from
        // 8 percent to 6", a range)
        func movedBy(_ d: Int) -> Bool {
            for j in stride(from: at[d] - 1, through: max(0, at[d] - 3), by: -1) {
                if t[j].norm == "from" { return false }
                if Lexicon.fallWords.contains(t[j].norm) || Lexicon.riseWords.contains(t[j].norm) { return true }
            }
            return false
        }
        for n in qs.indices where qs[n].unit == nil && qs[n].subject == nil {
            // a tally's small numbers ("outshot them 17 to 11", "won 7 to 2") are set against each other
            let k = at[n]
            let tally = { (a: Int, b: Int) in
                guard a >= 0, b < t.count, rangeMarks.contains(t[a + 1].norm), let x = t[a].number, let y = t[b].number
                else { return false }
                return x > y && x < 100 && x == x.rounded() && y == y.rounded()
            }
            if tally(k - 2, k) || tally(k, k + 2) { continue }
            var donor: Int? = nil
            // earlier figures in the sentence, joined by a connector; the one of the nearest size ("68,400 people …
            // 95,800")
            let magnitude = { (v: Double) in log10(max(abs(v), 1e-9)) }
            let earlier = (0..<n).reversed().prefix(4).filter { c in
                at[n] - at[c] <= 20 && !sentenceBreak(at[c] + 1, at[n]) && (qs[c].unit != nil || qs[c].subject != nil)
                    // (a figure in a label is not the value's: "Graduated in four years: 1,613")
                    && !t[(at[c] + 1)..<at[n]].contains(where: { $0.norm == ":" })
                    && (at[n] - at[c] <= 4 || t[(at[c] + 1)..<at[n]].contains(where: { connectors.contains($0.norm) })
                        || wholeOf(at[c]))
            }
            // a range's first figure takes its end's unit ("57.1–76.9 days", "18 to 20 feet")
            if n + 1 < qs.count, at[n + 1] == at[n] + 2, rangeMarks.contains(t[at[n] + 1].norm),
                qs[n + 1].unit != nil || qs[n + 1].subject != nil
            {
                donor = n + 1
            } else if let best = earlier.min(by: {
                abs(magnitude(qs[$0].value) - magnitude(qs[n].value))
                    < abs(magnitude(qs[$1].value) - magnitude(qs[n].value))
            }) {
                donor = best
            } else if n + 1 < qs.count, at[n + 1] - at[n] <= 6, !sentenceBreak(at[n] + 1, at[n + 1]),
                t[(at[n] + 1)..<at[n + 1]].contains(where: { connectors.contains($0.norm) }),
                qs[n + 1].unit != nil || qs[n + 1].subject != nil
            {
                donor = n + 1
            }
            guard let d = donor else { continue }
            // a percentage next to a count is not the same kind of figure
            if qs[d].unit == "%" && doc.analysis[qs[n].numberStart..<qs[n].numberEnd].contains(",") { continue }
            // nor is the level of 100 or more a change in percent moved a thing to: "Structure fires fell nearly 8
            // percent, to 212" (a lower one may be a rate: "rose 0.4 percent, to 4.2")
            if qs[d].unit == "%", d < n, k > 0, t[k - 1].norm == "to", movedBy(d), abs(qs[n].value) >= 100 { continue }
            qs[n].unit = qs[d].unit
            qs[n].subject = qs[d].subject
        }
    }

    @inline(__always) static func glued(_ t: Tokens, _ a: Int, _ b: Int) -> Bool {
        b < t.count && a >= 0 && t[a].end == t[b].start
    }

    static func isMonth(_ t: Tokens, _ i: Int) -> Bool {
        i >= 0 && i < t.count && t[i].kind == .word && t[i].lex(Lexicon.months) != nil
            && (t[i].capitalized || t[i].norm.utf8.count > 3)
    }
}
