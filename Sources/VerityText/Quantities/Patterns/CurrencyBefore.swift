import VerityDocument

/// Currency patterns: a currency written before the number. Each moves the cursor to the number and records the
/// currency and where the figure begins.
extension QuantityExtractor {
    /// $5, €15, US$2, A$2 billion: a symbol glued to a number or number word, with the country's letters glued
    /// before a dollar.
    static func currencySymbolBefore(_ c: inout QuantityCursor) -> Bool {
        guard let tok = c.token(0), tok.kind == .punct, let code = Units.currencySymbols[tok.norm], c.glued(0, 1),
            let next = c.token(1), next.kind == .number || next.lex(NumberWords.units) != nil
        else { return false }
        c.currency = code
        if code == "USD", let prev = c.token(-1), prev.kind == .word, prev.allCaps || c.glued(-1, 0),
            let p = Units.dollarPrefixes[prev.norm]
        {
            c.currency = p
            c.startTok = c.j - 1
        }
        c.j += 1
        return true
    }

    /// $US113: a dollar sign, then the country's capitals, then the number, all glued.
    static func currencySymbolAndPrefix(_ c: inout QuantityCursor) -> Bool {
        guard let tok = c.token(0), tok.kind == .punct, tok.norm == "$", c.has(2), c.glued(0, 1),
            c.t[c.j + 1].allCaps, let p = Units.dollarPrefixes[c.word(1)], c.glued(1, 2),
            c.t[c.j + 2].kind == .number
        else { return false }
        c.currency = p
        c.j += 2
        return true
    }

    /// USD10m, EUR 50, RM23.50: a currency code (in capitals, or one of `Lexicon.lowercaseCurrencyCodes`) before a
    /// number.
    static func currencyCodeBefore(_ c: inout QuantityCursor) -> Bool {
        guard let tok = c.token(0), tok.kind == .word, let next = c.token(1), next.kind == .number,
            tok.allCaps || Lexicon.lowercaseCurrencyCodes.contains(tok.norm),
            let code = Units.currencyCodes[tok.norm]
        else { return false }
        c.currency = code
        c.j += 1
        return true
    }
}
