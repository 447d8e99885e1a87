import VerityDocument
import VerityText

/// The years a figure is of, read beside it: a year written in its sentence ("41 in 2024", "FY2025 revenue"), "last
/// year" or "this year" by its text's date, or the years a table cell's headers name. A year a figure is counted
/// from or compared with ("since 1955", "from October 2025") is no year it is of.
enum TimeScope {
    static let plausible = 1900...2100

    /// Words before a year that make it a start or a base, not the figure's own time.
    static let bases: Set<String> = ["from", "since", "than", "compared", "versus", "vs", "before"]

    /// The years named by the tokens `range` of `ex` (a window beside a figure).
    static func years(_ ex: Extraction, _ range: Range<Int>) -> Set<Int> {
        let toks = ex.tokens
        var out: Set<Int> = []
        let own = ex.document.frontMatter.day?.year
        for k in range {
            let t = toks[k]
            // "from October 2025", "compared with 2024", "than in 2024": a base, past a month or a small word (not
            // past a figure, whose year it is: "up from 26 in 2024")
            if let b = (max(0, k - 3)..<k).last(where: { bases.contains(toks[$0].norm) }),
                !toks[(b + 1)..<k].contains(where: { $0.kind == .number })
            {
                continue
            }
            if let y = t.plainInt, plausible.contains(y), t.norm.utf8.count == 4 {
                out.insert(y)
            } else if let y = fiscal(t.norm) {
                out.insert(y)
            } else if t.norm == "year", k > 0, let own, k < 2 || !bases.contains(toks[k - 2].norm) {
                switch toks[k - 1].norm {
                case "last", "previous", "prior": out.insert(own - 1)
                case "this": out.insert(own)
                case "next": out.insert(own + 1)
                default: break
                }
            }
        }
        return out
    }

    /// The years a table cell's headers name ("FY2025 Actual", "2024").
    static func years(header: String) -> Set<Int> {
        let words = header.lowercased().split { !$0.isLetter && !$0.isNumber }
        return Set(
            words.compactMap { w in
                if w.count == 4, let y = Int(w), plausible.contains(y) { return y }
                return fiscal(String(w))
            })
    }

    /// "fy2025", "fy25": the fiscal year (by its closing calendar year, as news writes it).
    static func fiscal(_ w: String) -> Int? {
        guard w.hasPrefix("fy"), let n = Int(w.dropFirst(2)) else { return nil }
        if w.count == 6, plausible.contains(n) { return n }
        if w.count == 4 { return 2000 + n }
        return nil
    }

    /// Two figures of one time: both name years and share one, or either names none.
    static func same(_ a: Set<Int>, _ b: Set<Int>) -> Bool { a.isEmpty || b.isEmpty || !a.isDisjoint(with: b) }
}
