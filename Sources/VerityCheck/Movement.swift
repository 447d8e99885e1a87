import Foundation
import VerityText

/// Which way a figure moves, read from the word right beside it: "fell 2.3 percent", "cut by 8 percent",
/// "a 2.8 °C rise", "an increase of 19 percent", "1.5 degrees Celsius lower". "Fell to 7.9%" gives a level, not a
/// move.
enum Movement: Equatable {
    case fall, rise, none

    init(_ ex: Extraction, _ q: Quantity) {
        let toks = ex.tokens
        let first = ex.firstToken(endingAfter: q.start)
        var before = first - 1
        // ("cut by 8 percent", "an increase of about 19 percent")
        if before > 0, toks[before].norm == "by" || toks[before].norm == "of" { before -= 1 }
        let after = ex.firstToken(endingAfter: q.end)
        for k in [before, after] where k >= 0 && k < toks.count && toks[k].kind == .word {
            // (a verb after the figure, before a preposition, has it for its subject and moves nothing: "More than 7
            // inches fell at the airport"; a noun, a comparative or an adjective after it does: "a 2.8 °C rise",
            // "1.5 degrees lower", "a 20 percent increased risk")
            if k == after, Movement.isPast(toks[k].norm),
                k + 1 >= toks.count || toks[k + 1].kind == .punct || Lexicon.prepositions.contains(toks[k + 1].norm)
            {
                continue
            }
            if Lexicon.fallWords.contains(toks[k].norm) { self = .fall; return }
            if Lexicon.riseWords.contains(toks[k].norm) { self = .rise; return }
        }
        self = .none
    }

    /// A past tense of movement: "fell", "rose", "dropped", "climbed".
    static func isPast(_ w: String) -> Bool {
        w.hasSuffix("ed") || ["fell", "rose", "grew", "sank", "shrank", "slid", "lost"].contains(w)
    }
}

extension ValueRange {
    /// The range of a figure read with its movement: a fall is negative ("fell 2.3 percent" is −2.3 %, as a table's
    /// change column writes it). A temperature may be a level or a difference (a 2.8 °C rise is a 5 °F rise), so it
    /// is also read as a difference.
    init?(_ q: Quantity, moving movement: Movement) {
        var q = q
        // (a bound of a fall bounds its size: "fell more than 7 percent" is below −7 %)
        if movement == .fall, q.value > 0 {
            q.value = -q.value
            let flipped: [Qualifier: Qualifier] = [
                .moreThan: .lessThan, .atLeast: .atMost, .lessThan: .moreThan, .atMost: .atLeast,
            ]
            q.qualifier = flipped[q.qualifier] ?? q.qualifier
        }
        self.init(q)
        signKnown = movement != .none || q.value < 0 || q.text.trimmingCharacters(in: .whitespaces).hasPrefix("+")
        guard q.unit == "°C" || q.unit == "°F" else { return }
        let factor = q.unit == "°F" ? 5.0 / 9 : 1
        var d = q
        d.value *= factor
        d.granularity *= factor
        d.unit = "°C"
        difference = ValueRange(d).map { $0.lo...$0.hi }
    }
}

extension Quantity {
    /// The figure with another qualifier.
    func qualified(_ qualifier: Qualifier) -> Quantity {
        var q = self
        q.qualifier = qualifier
        return q
    }
}
