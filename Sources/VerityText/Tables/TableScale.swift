import Foundation

/// The scale a table's caption or header names for its figures ("$ millions", "in thousands", "$000s").
struct TableScale: Equatable {
    var factor: Double = 1
    var currency: String? = nil
    /// "(in thousands, except per share amounts)": rows about a share keep their own amounts.
    var exceptPerShare = false

    /// Scale phrases, longest first; a currency mark before or in the phrase gives the currency.
    static let phrases: [(text: String, factor: Double)] = [
        ("$000s", 1e3), ("$000", 1e3), ("(000s)", 1e3), ("(000)", 1e3), ("’000", 1e3), ("'000", 1e3),
        ("in billions", 1e9), ("billions", 1e9), ("$bn", 1e9), ("in millions", 1e6), ("millions", 1e6),
        ("$m)", 1e6), ("in thousands", 1e3), ("thousands", 1e3),
    ]
    static let currencyMarks: [(mark: String, code: String)] = [
        ("$", "USD"), ("dollars", "USD"), ("€", "EUR"), ("euros", "EUR"), ("£", "GBP"), ("pounds", "GBP"),
    ]

    /// A currency alone in brackets: "Amount ($)", "Cost (USD)", "(in dollars)".
    static let currencyOnly: [(text: String, code: String)] = [
        ("($)", "USD"), ("(usd)", "USD"), ("(us$)", "USD"), ("(dollars)", "USD"), ("(in dollars)", "USD"),
        ("(€)", "EUR"), ("(eur)", "EUR"), ("(£)", "GBP"), ("(gbp)", "GBP"),
    ]

    static func read(_ caption: String) -> TableScale {
        let lower = caption.lowercased()
        guard let phrase = phrases.first(where: { lower.contains($0.text) }) else {
            return TableScale(currency: currencyOnly.first { lower.contains($0.text) }?.code ?? perUnit(lower))
        }
        var scale = TableScale(factor: phrase.factor)
        scale.currency = currencyMarks.first { lower.contains($0.mark) }?.code
        scale.exceptPerShare = lower.contains("except per share") || lower.contains("except per-share")
        return scale
    }

    /// A price per unit in brackets: "Retail price ($/dozen)", "($ per gallon)", "(€/kg)", "(USD/lb)".
    static func perUnit(_ lower: String) -> String? {
        guard let inner = bracketed(lower) else { return nil }
        // ("pounds per acre" is a weight)
        let marks =
            currencyMarks.filter { $0.mark != "pounds" }
            + currencyOnly.map { (String($0.text.dropFirst().dropLast()), $0.code) }
        for (mark, code) in marks where inner.hasPrefix(mark) {
            let rest = inner.dropFirst(mark.count).trimmingCharacters(in: .whitespaces)
            if rest.hasPrefix("/") && rest.count > 1 || rest.hasPrefix("per ") { return code }
        }
        return nil
    }

    /// The unit a header gives its cells in parentheses: "Within 4 hours (%)", "Median wait (min)", "Length (km)",
    /// "Catch limits (metric tons, meat weight)" (the part before a comma, in one word or two).
    static func unit(_ header: String) -> String? {
        guard let bracketed = bracketed(header)?.lowercased() else { return nil }
        let inner = bracketed.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        if inner == "%" || inner == "percent" { return "%" }
        if inner == "pp" { return "pp" }
        let words = inner.split(separator: " ").map(String.init)
        return Units.words[inner] ?? Units.compounds.first { $0.words == words }?.symbol
    }

    /// The text of a header's last brackets, trimmed: "Median wait (min)" → "min".
    static func bracketed(_ header: String) -> String? {
        guard let open = header.lastIndex(of: "("), let close = header[open...].firstIndex(of: ")") else { return nil }
        return header[header.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
    }

    /// A row about a share ("Diluted EPS", "Earnings per share"), which "except per share amounts" leaves unscaled.
    static func isPerShare(_ rowHeader: String) -> Bool {
        let l = rowHeader.lowercased()
        return l.contains("per share") || l.contains("per-share") || l.split(separator: " ").contains("eps")
    }

    /// A header cell as words: bold marks, `&nbsp;` indentation and dashes dropped.
    static func clean(_ cell: String) -> String {
        var s = cell.replacingOccurrences(of: "&nbsp;", with: " ").replacingOccurrences(of: "**", with: "")
        s = s.replacingOccurrences(of: "—", with: " ").replacingOccurrences(of: "__", with: "")
        return s.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}
