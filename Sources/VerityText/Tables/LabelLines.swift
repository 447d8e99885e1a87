import VerityDocument

/// "Label: value" lines, as in a situation report or a fact sheet ("Crew: 212. Wind: 40 mph.", "- Acres harvested:
/// 4,720"): the label says what the figure after it measures, as a table's headers do for its cells.
public enum LabelLines {
    /// The most words a label runs to; longer, the words before a colon are a sentence ("The council said: …").
    static let longestLabel = 6

    /// Each figure written right after a label takes the label as its header (its context), as what it counts when it
    /// names nothing itself, and as its unit when the label names one ("Acres harvested", "Wind speed (knots)").
    public static func annotate(_ quantities: inout [Quantity], in doc: Document) {
        for i in quantities.indices where quantities[i].header == nil {
            guard let label = label(before: quantities[i].start, in: doc) else { continue }
            let q = quantities[i]
            quantities[i].header = label
            if q.unit == nil, let unit = unit(label) {
                quantities[i].unit = unit
                quantities[i].rule = QuantityExtractor.rule(unit: unit, subject: q.subject, inWords: q.inWords)
            } else if q.subject == nil, q.unit == nil || Units.isCurrency(q.unit) {
                quantities[i].subject = label
            }
        }
    }

    /// The label a figure at `offset` follows: the words from its line's start (past a bullet) or from the end of the
    /// line's last sentence, up to a colon with nothing but space between it and the figure.
    public static func label(before offset: Int, in doc: Document) -> String? {
        let a = doc.analysis
        var k = offset
        while k > doc.bodyStart, a[k - 1] == " " || a[k - 1] == "\t" { k -= 1 }
        guard k > doc.bodyStart, a[k - 1] == ":" else { return nil }
        let colon = k - 1
        var s = colon
        while s > doc.bodyStart, a[s - 1] != "\n",
            !(a[s - 1] == " " && s >= 2 && ".;".unicodeScalars.contains(a[s - 2]))
        {
            s -= 1
        }
        let text = doc.slice(s, colon).trimmingCharacters(in: .whitespaces)
        let body = text.drop { "-*•".contains($0) || $0 == " " }
        let words = body.split(separator: " ")
        guard let first = body.unicodeScalars.first, first.properties.isUppercase,
            (1...longestLabel).contains(words.count),
            words.allSatisfy({ w in w.allSatisfy { $0.isLetter || $0.isNumber || "()%/-'’&.,".contains($0) } }),
            // "The mayor said: 300 more officers …" introduces words, not a figure
            !words.contains(where: { Lexicon.sayingVerbs.contains(WordNet.shared.lemma($0.lowercased())) })
        else { return nil }
        return String(body)
    }

    /// The unit a label names: in parentheses ("Depth (ft)") or as a word of its own ("Acres harvested").
    static func unit(_ label: String) -> String? {
        if let u = TableScale.unit(label) { return u }
        // (not a unit after "per": "Residents per square mile" counts residents)
        // (nor one in a compound with a number, which qualifies the noun: "Exceedances of one-hour limit")
        let words = label.lowercased().split(separator: " ").flatMap { w in
            w.contains(where: \.isNumber) ? ["#1"] : w.contains("-") ? ["#"] : w.split { !$0.isLetter }.map(String.init)
        }
        let own = words.firstIndex(of: "per").map { Array(words[..<$0]) } ?? words
        // (nor one counted or ordered by a word before it, or numbered after it, which says which span is meant:
        // "Graduated in four years", "Still enrolled (fifth year)", a budget table's "Year 1")
        let counted = { (i: Int) in
            i > 0
                && (own[i - 1].hasPrefix("#") || NumberWords.value(of: own[i - 1]) != nil
                    || Lexicon.ordinalWords[own[i - 1]] != nil)
                // (numbered only by digits: "Miles one-way: 12" is in miles)
                || i + 1 < own.count && own[i + 1] == "#1"
        }
        // an age is given in years ("Age: 54", a results table's "Age" column)
        if own.last == "age" { return "year" }
        return own.indices.lazy.compactMap { own[$0].count >= 4 && !counted($0) ? Units.words[own[$0]] : nil }.first
    }
}
