import Foundation

/// A PDF's pages as pdftotext gives them, cleaned: running headers and footers (a first or last line that recurs
/// on most pages, its numbers aside) and page numbers ("3", "Page 3 of 7", "- 3 -") dropped, words hyphenated at
/// a line's end joined ("minis-" + "try" is "ministry"), blank lines at a page's top and bottom left out.
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
        return pages.map { joinHyphens($0).joined(separator: "\n") }
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

    /// Lines with a word broken by a hyphen at a line's end put back together.
    static func joinHyphens(_ lines: [String]) -> [String] {
        var out: [String] = []
        for line in lines {
            if let last = out.last, last.hasSuffix("-"), last.count >= 2,
                last.dropLast().last?.isLetter == true, last.dropLast().last?.isLowercase == true,
                line.first?.isLowercase == true
            {
                // the rest of the word joins the line above; what follows the word stays on this line
                let word = line.prefix { !$0.isWhitespace }
                out[out.count - 1] = String(last.dropLast()) + word
                let rest = line.dropFirst(word.count).trimmingCharacters(in: .whitespaces)
                if !rest.isEmpty { out.append(rest) }
            } else {
                out.append(line)
            }
        }
        return out
    }
}
