import VerityDocument

extension DateExtractor {
    /// Holidays: Christmas, Easter 2018, next easter, independence day of this year
    static func holidayDate(_ c: inout DateCursor) -> DateMatch? {
        let (t, i, ref, w) = (c.t, c.i, c.ref, c.w)
        var h = i
        var shift = 0
        if ["next", "following", "coming"].contains(w) {
            shift = 1; h += 1
        } else if ["last", "previous", "past"].contains(w) {
            shift = -1; h += 1
        }
        guard h < t.count, holidayFirstWords.contains(t[h].norm), let found = holidayName(t, h) else { return nil }
        let (name, after) = (found.value, found.end)
        var end = after
        var year = ref.year
        if let y = yearNumber(t, end) {
            year = y; end += 1
        } else if end + 3 < t.count, t[end].norm == "of", t[end + 1].norm == "this", t[end + 2].norm == "year" {
            end += 3
        } else if let this = holiday(name, year: ref.year) {
            // a holiday named on its own is the coming one
            if shift == 0, this < ref { year = ref.year + 1 }
            if shift > 0 {
                year = this > ref ? ref.year : ref.year + 1
            } else if shift < 0 {
                year = this < ref ? ref.year : ref.year - 1
            }
        }
        guard let day = holiday(name, year: year) else { return nil }
        return DateMatch(start: i, end: end, value: day.iso, relative: yearNumber(t, after) == nil)
    }
}
