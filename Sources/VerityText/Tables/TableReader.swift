import Foundation
import VerityDocument

/// A cell of a Markdown table, with what the table says of it: the headers of its row and column, and the scale
/// a caption or header names ("($ millions)", "(in thousands, except per share amounts)").
public struct TableCell: Sendable, Equatable {
    /// The cell's offsets, between its bars.
    public let range: Range<Int>
    /// The first cell of the row ("Engines", "Debt Service"), markup and indentation dropped.
    public let rowHeader: String
    /// The header row's cell above it ("FY2027 Recommended"), or "" when the table has no header row.
    public let columnHeader: String
    /// What the figures are multiplied by: 1, 1e3, 1e6 or 1e9.
    public let scale: Double
    /// The currency the scale names ("$ millions" → USD), for figures written without one.
    public let currency: String?
    /// Which table of the document the cell is in (0, 1, …).
    public let table: Int
    /// The unit its column's or row's header names ("(%)", "(min)", "Acres burned"), for figures written without one.
    public let unit: String?
    /// Its row names a scale of its own ("Skier visits (thousands)"): it counts no money unless it names a currency.
    public var ownScale = false
    /// The lines just above the table ("## Structures", "Table 2. Approved budget by category"), which say what
    /// its rows are of.
    public var caption = ""
}

/// Finds the Markdown tables of a document (runs of lines opening with `|`) and reads each cell's headers and scale.
public enum TableReader {
    /// The offset stands on a table's line: one whose first non-space scalar is a bar. (The analysis text blanks
    /// the bars; the scalars keep them.)
    public static func inTableRow(_ doc: Document, at offset: Int) -> Bool {
        let a = doc.scalars
        var s = min(offset, a.count)
        while s > doc.bodyStart, a[s - 1] != "\n" { s -= 1 }
        return opensWithBar(doc, s..<a.count)
    }

    static func opensWithBar(_ doc: Document, _ line: Range<Int>) -> Bool {
        guard let first = doc.scalars[line].firstIndex(where: { $0 != " " && $0 != "\t" }) else { return false }
        return doc.scalars[first] == "|"
    }

    public static func cells(_ doc: Document) -> [TableCell] {
        guard doc.scalars[doc.bodyStart...].contains("|") else { return [] }
        let lines = Lines(doc)
        var out: [TableCell] = []
        var k = 0, tables = 0
        while k < lines.count {
            guard lines.isTableRow(k) else { k += 1; continue }
            var end = k
            while end < lines.count, lines.isTableRow(end) { end += 1 }
            out += read(lines, rows: k..<end, table: tables)
            tables += 1
            k = end
        }
        return out
    }

    static func read(_ lines: Lines, rows: Range<Int>, table: Int) -> [TableCell] {
        let hasHeader = rows.count >= 2 && lines.isSeparator(rows.lowerBound + 1)
        let header = hasHeader ? lines.cells(rows.lowerBound) : []
        // (the corner cell speaks for the table, "($ millions)"; another header cell only for its column: a
        // "Destroyed" count beside "Est. residential loss ($ millions)" is no amount of money)
        let corner = header.first.map { lines.text($0) } ?? ""
        let caption = lines.caption(before: rows.lowerBound) + " " + corner
        let tableScale = TableScale.read(caption)
        // a unit the caption names for all the cells ("… by student group (percent)")
        let above = lines.caption(before: rows.lowerBound)
        let captionUnit = TableScale.unit(above)
        var out: [TableCell] = []
        for r in (hasHeader ? rows.lowerBound + 2 : rows.lowerBound)..<rows.upperBound {
            let cells = lines.cells(r)
            guard let first = cells.first else { continue }
            let rowHeader = TableScale.clean(lines.text(first))
            for (c, cell) in cells.enumerated() where c > 0 {
                let column = c < header.count ? TableScale.clean(lines.text(header[c])) : ""
                // (a column's or a row's own scale over the caption's: "Skier visits (thousands)" in a table "in
                // millions of US dollars", which counts no dollars)
                let own = TableScale.read(column), row = TableScale.read(rowHeader)
                let named = { (x: TableScale) in x.factor != 1 || x.currency != nil }
                var scale = named(own) ? own : named(row) ? row : tableScale
                if scale.exceptPerShare, TableScale.isPerShare(rowHeader) { scale = TableScale() }
                out.append(
                    TableCell(
                        range: cell, rowHeader: rowHeader, columnHeader: column, scale: scale.factor,
                        currency: scale.currency, table: table,
                        unit: LabelLines.unit(column) ?? LabelLines.unit(rowHeader) ?? captionUnit,
                        ownScale: own.factor == 1 && row.factor != 1, caption: above))
            }
        }
        return out
    }
}

/// The lines of a document's body as scalar offset ranges.
struct Lines {
    let doc: Document
    let ranges: [Range<Int>]

    init(_ doc: Document) {
        self.doc = doc
        var ranges: [Range<Int>] = []
        var s = doc.bodyStart
        let scalars = doc.scalars
        for i in doc.bodyStart..<scalars.count where scalars[i] == "\n" {
            ranges.append(s..<i)
            s = i + 1
        }
        if s < scalars.count { ranges.append(s..<scalars.count) }
        self.ranges = ranges
    }

    var count: Int { ranges.count }

    func text(_ r: Range<Int>) -> String { doc.slice(r.lowerBound, r.upperBound) }

    /// The first non-space scalar of line `k` is a bar.
    func isTableRow(_ k: Int) -> Bool { TableReader.opensWithBar(doc, ranges[k]) }

    /// `|---|:---:|`: bars, dashes, colons and spaces only.
    func isSeparator(_ k: Int) -> Bool {
        doc.scalars[ranges[k]].allSatisfy { "|-: \t".unicodeScalars.contains($0) }
    }

    /// The cells of a table row, between its bars.
    func cells(_ k: Int) -> [Range<Int>] {
        let r = ranges[k]
        let bars = r.filter { doc.scalars[$0] == "|" }
        guard bars.count >= 2 else { return [] }
        return zip(bars, bars.dropFirst()).map { ($0 + 1)..<$1 }
    }

    /// Up to three non-blank lines before line `k` (the heading or note a table sits under).
    func caption(before k: Int) -> String {
        var parts: [String] = []
        var j = k - 1
        while j >= 0, parts.count < 3 {
            let t = text(ranges[j]).trimmingCharacters(in: .whitespaces)
            if !t.isEmpty { parts.insert(t, at: 0) } else if !parts.isEmpty { break }
            j -= 1
        }
        return parts.joined(separator: " ")
    }
}

extension TableReader {
    /// Scale words a figure may carry itself ("1.2 million"), in which case the table's scale does not apply again.
    static let ownScales = ["thousand", "million", "billion", "trillion", "bn", "mn"]

    /// Each figure in a cell takes its row's header as what it counts (when it names nothing itself), both headers as
    /// its context, and the table's scale and currency.
    public static func annotate(_ quantities: inout [Quantity], in doc: Document) {
        let cells = cells(doc)
        guard !cells.isEmpty else { return }
        addBareFigures(&quantities, cells, doc)
        // each figure with the cell it stands in, cut back to that cell
        var placed: [(index: Int, cell: TableCell)] = []
        var c = 0
        for i in quantities.indices {
            let q = quantities[i]
            while c < cells.count, cells[c].range.upperBound <= q.numberStart { c += 1 }
            guard c < cells.count, cells[c].range.contains(q.numberStart) else { continue }
            quantities[i] = confined(q, to: cells[c], doc)
            placed.append((i, cells[c]))
        }
        // a table of money: "(in millions)" over "$1,402.5" and "982.8" means dollars throughout
        var currencies: [Int: String] = [:]
        for (i, cell) in placed where Units.isCurrency(quantities[i].unit) {
            currencies[cell.table] = quantities[i].unit
        }
        for (i, cell) in placed {
            let q = quantities[i]
            quantities[i].header = [cell.rowHeader, cell.columnHeader].filter { !$0.isEmpty }.joined(separator: " ")
            quantities[i].rule = "table.cell"
            if q.unit == nil, let unit = cell.unit { quantities[i].unit = unit; continue }
            let plain = q.unit == nil || Units.isCurrency(q.unit)  // a count or an amount of money
            if q.subject == nil, plain, !cell.rowHeader.isEmpty { quantities[i].subject = cell.rowHeader }
            let lower = q.text.lowercased()
            // ("Amount ($)": dollars, unscaled)
            if cell.scale == 1, q.unit == nil, let currency = cell.currency {
                quantities[i].unit = currency
                continue
            }
            guard cell.scale != 1, plain, !ownScales.contains(where: { lower.contains($0) }) else { continue }
            quantities[i].value *= cell.scale
            quantities[i].granularity *= cell.scale
            if q.unit == nil, !cell.ownScale || cell.currency != nil {
                quantities[i].unit = cell.currency ?? currencies[cell.table]
            }
        }
    }
}

extension TableReader {
    /// A figure read on past its cell's bar (the analysis text blanks the bars, so "208.9 | 7.2 | 3.6%" reads as one
    /// phrase): cut back to its cell, keeping only a unit written inside it.
    /// A cell that holds a bare figure ("| 94 |", "| 1,250 |") holds a quantity, though a bare number in prose is
    /// none: the table's headers say what it counts. A year ("| 2024 |") is no figure.
    static func addBareFigures(_ quantities: inout [Quantity], _ cells: [TableCell], _ doc: Document) {
        var added: [Quantity] = []
        var j = 0
        for cell in cells {
            while j < quantities.count, quantities[j].numberStart < cell.range.lowerBound { j += 1 }
            if j < quantities.count, cell.range.contains(quantities[j].numberStart) { continue }
            // the cell's text without its padding and bold marks
            var start = cell.range.lowerBound, end = cell.range.upperBound
            let padding: Set<Unicode.Scalar> = [" ", "\t", "*"]
            while start < end, padding.contains(doc.scalars[start]) { start += 1 }
            while end > start, padding.contains(doc.scalars[end - 1]) { end -= 1 }
            let text = doc.slice(start, end)
            // (a time or a gap in a column of them: "| 4:51:36 | +0:28 |" under "Time | Gap")
            if let seconds = clockDuration(text, header: cell.columnHeader) {
                added.append(
                    Quantity(
                        text: text, start: start, end: end, value: seconds, unit: "s", subject: nil,
                        qualifier: .exact, numberStart: start, numberEnd: end, granularity: 1))
                continue
            }
            guard let (value, step) = bareFigure(text),
                !(step == 1 && !text.contains(",") && (1900...2100).contains(value))
            else { continue }
            added.append(
                Quantity(
                    text: text, start: start, end: end, value: value, unit: nil, subject: nil, qualifier: .exact,
                    numberStart: start, numberEnd: end, granularity: step))
        }
        guard !added.isEmpty else { return }
        quantities = (quantities + added).sorted { $0.start < $1.start }
    }

    /// Column header words whose cells are clock readings of a span: a rider's "Gap" (minutes and seconds or
    /// more); a race's "Time" only in hours, minutes and seconds (a schedule's "Time | 9:30" is a time of day).
    static let clockColumnWords = ["gap", "behind", "margin"]

    /// "4:51:36", "+0:28", "-1:30": hours, minutes and seconds (or minutes and seconds) as seconds, in a column of
    /// `header`'s kind.
    static func clockDuration(_ s: String, header: String) -> Double? {
        var body = Substring(s)
        var sign = 1.0
        if let f = body.first, "+-−".contains(f) { sign = f == "+" ? 1 : -1; body = body.dropFirst() }
        let parts = body.split(separator: ":", omittingEmptySubsequences: false)
        let words = header.lowercased().split { !$0.isLetter }
        let gap = words.contains { clockColumnWords.contains(String($0)) }
        guard gap && parts.count >= 2 || words.contains("time") && parts.count == 3, parts.count <= 3,
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            parts.dropFirst().allSatisfy({ $0.count == 2 })
        else { return nil }
        let values = parts.compactMap { Int($0) }
        guard values.count == parts.count, values.dropFirst().allSatisfy({ $0 < 60 }) else { return nil }
        return sign * Double(values.reduce(0) { $0 * 60 + $1 })
    }

    /// "94", "1,250", "−3.5", "+12.0": the value and the step its last digit implies.
    static func bareFigure(_ s: String) -> (Double, Double)? {
        var body = Substring(s)
        var sign = 1.0
        if let f = body.first, "+-−".contains(f) { sign = f == "+" ? 1 : -1; body = body.dropFirst() }
        guard let first = body.first, first.isASCII, first.isNumber,
            body.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "," || $0 == "." })
        else { return nil }
        let plain = body.replacingOccurrences(of: ",", with: "")
        guard let v = Double(plain) else { return nil }
        let decimals = plain.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
        return (sign * v, decimals == 0 ? 1 : pow(10, -Double(decimals)))
    }

    static func confined(_ q: Quantity, to cell: TableCell, _ doc: Document) -> Quantity {
        var q = q
        let crossed = q.end > cell.range.upperBound
        var e = min(cell.range.upperBound, max(q.end, q.numberEnd))
        while e > q.numberEnd, doc.scalars[e - 1] == " " || doc.scalars[e - 1] == "*" { e -= 1 }
        let inside = doc.slice(q.start, e)
        q.end = e
        q.text = inside.trimmingCharacters(in: .whitespaces)
        if let s = q.subject, !inside.contains(s) { q.subject = nil }
        // a percentage sign shared out over a list ("402.7 | 371.0 | +8.5%") belongs to the cell that has it
        let lower = inside.lowercased()
        let written =
            switch q.unit {
            case nil: true
            case "%": lower.contains("%") || lower.contains("percent") || lower.contains("per cent")
            case let u? where Units.isCurrency(u):
                !crossed || lower.contains(u.lowercased())
                    || inside.unicodeScalars.contains(where: Units.isCurrencySymbol)
            case let u?: !crossed || lower.contains(u.lowercased())
            }
        if !written { q.unit = nil }
        return q
    }
}
