import Foundation

/// A PDF's pages as pdftotext gives them, cleaned: running headers and footers (a first or last line that recurs
/// on most pages, its numbers aside) and page numbers ("3", "Page 3 of 7", "- 3 -") dropped, words hyphenated at
/// a line's end joined ("minis-" + "try" is "ministry"), and hard-wrapped lines unwrapped into paragraphs: a line
/// that runs close to the page's longest goes on in the next, a shorter one (a title, a paragraph's last line)
/// ends its paragraph. Paragraphs are kept apart by blank lines.
enum PDFPages {
    static func clean(_ text: String) -> [String] {
        var pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map {
            $0.split(separator: "\n", omittingEmptySubsequences: false).map {
                String($0).trimmingCharacters(in: .whitespaces)
            }
        }
        // pdftotext ends every page with a form feed, so the last piece is empty
        if pages.count > 1, pages.last!.allSatisfy(\.isEmpty) { pages.removeLast() }
        pages = pages.map(trimmed)
        for edge in [true, false] {
            for _ in 0..<2 {  // up to two lines at each edge (a header over a dateline, a footer under a page number)
                let keys = pages.map { page in (edge ? page.first : page.last).map(key) }
                var counts: [String: Int] = [:]
                for case let k? in keys { counts[k, default: 0] += 1 }
                var changed = false
                for i in pages.indices {
                    guard let k = keys[i] else { continue }
                    let running = pages.count >= 2 && counts[k]! >= max(2, (pages.count + 1) / 2)
                    if running || isPageNumber(k) {
                        if edge { pages[i].removeFirst() } else { pages[i].removeLast() }
                        pages[i] = trimmed(pages[i]); changed = true
                    }
                }
                if !changed { break }
            }
        }
        return pages.map { paragraphs($0).joined(separator: "\n\n") }
    }

    /// A line with its digits as `#`, lowercase: a running header's form on every page.
    static func key(_ line: String) -> String {
        line.lowercased().replacingOccurrences(of: "[0-9]+", with: "#", options: .regularExpression)
    }

    static func isPageNumber(_ k: String) -> Bool {
        let bare = k.replacingOccurrences(of: " ", with: "")
        return ["#", "-#-", "page#", "page#of#", "#of#", "#/#", "p.#", "[#]"].contains(bare)
    }

    static func trimmed(_ lines: [String]) -> [String] {
        var l = lines[...]
        while l.first?.isEmpty == true { l = l.dropFirst() }
        while l.last?.isEmpty == true { l = l.dropLast() }
        return Array(l)
    }

    /// A page's lines as paragraphs: wrapped lines joined by a space, a word broken by a hyphen at a line's end
    /// (a lowercase letter before it, one after it) put back together.
    static func paragraphs(_ lines: [String]) -> [String] {
        let longest = lines.map(\.count).max() ?? 0
        var out: [String] = [], current = ""
        func flush() { if !current.isEmpty { out.append(current) }; current = "" }
        for line in lines {
            if line.isEmpty { flush(); continue }
            if current.isEmpty {
                current = line
            } else if brokenWord(current, line) {
                current = current.dropLast() + line
            } else {
                current += " " + line
            }
            let wraps = longest >= 40 && line.count * 4 >= longest * 3
            if !wraps && !brokenWord(line, "x") { flush() }
        }
        flush()
        return out
    }

    /// Whether a line ends in a word broken by a hyphen that the next line finishes.
    static func brokenWord(_ line: String, _ next: String) -> Bool {
        guard line.hasSuffix("-"), line.count >= 2 else { return false }
        let before = line.dropLast().last
        return before?.isLetter == true && before?.isLowercase == true && next.first?.isLowercase == true
    }
}
