import VerityDocument

extension Document {
    /// A line break between offsets `a` and `b` ends one item of a list, a fact sheet or a table: the next line is
    /// blank, opens with a bullet, a number and a point, a table's bar or a heading's mark, or is a "Label: value"
    /// line. A break inside wrapped prose is none: its sentence runs on.
    public func itemBreak(between a: Int, and b: Int) -> Bool {
        let s = scalars
        var k = max(a, bodyStart)
        while k < min(b, s.count) {
            if s[k] == "\n", itemStarts(at: k + 1) { return true }
            k += 1
        }
        return false
    }

    /// The line starting at `k` starts an item.
    func itemStarts(at start: Int) -> Bool {
        let s = scalars
        var k = start
        while k < s.count, s[k] == " " || s[k] == "\t" { k += 1 }
        guard k < s.count else { return true }
        if s[k] == "\n" || "-*•|#>+".unicodeScalars.contains(s[k]) { return true }
        var d = k
        while d < s.count, ("0"..."9").contains(s[d]) { d += 1 }
        if d > k, d < s.count, s[d] == "." || s[d] == ")" { return true }
        // "Route length: 985 km": a colon within a few words, the first capitalised
        guard s[k].properties.isUppercase else { return false }
        var words = 1
        while d < s.count, s[d] != "\n", words <= LabelLines.longestLabel {
            // (a colon between digits is a time or a score, "At 10:30 a.m.", "won 3:2"; a year before it is a
            // label's: "Traffic deaths, 2025: 31")
            if s[d] == ":", d + 1 >= s.count || s[d + 1] == " " || s[d + 1] == "\n" { return true }
            if s[d] == " " { words += 1 }
            d += 1
        }
        return false
    }
}
