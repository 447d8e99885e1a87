/// Blanks markup in place, one scalar for one scalar, so offsets stay those of the file.
enum Markup {
    private static func blank(_ a: UnsafeMutableBufferPointer<Unicode.Scalar>, _ r: Range<Int>) {
        for i in r where i < a.count && a[i] != "\n" { a[i] = " " }
    }

    private static func isAlnum(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || ("0"..."9").contains(s) }

    static func blankMarkdown(_ a: inout [Unicode.Scalar], from start: Int) {
        a.withUnsafeMutableBufferPointer { blankMarkdown($0, from: start) }
    }

    static func blankHTML(_ a: inout [Unicode.Scalar], from start: Int) {
        a.withUnsafeMutableBufferPointer { blankHTML($0, from: start) }
    }

    private static func blankMarkdown(_ a: UnsafeMutableBufferPointer<Unicode.Scalar>, from start: Int) {
        let n = a.count
        var i = start
        var inFence = false
        while i < n {
            // one line at a time
            var end = i
            while end < n, a[end] != "\n" { end += 1 }
            var j = i
            while j < end, a[j] == " " { j += 1 }
            let lineText = a[j..<end]
            if j + 2 < end, a[j] == "`" || a[j] == "~", a[j + 1] == a[j], a[j + 2] == a[j] {
                inFence.toggle(); blank(a, i..<end); i = end + 1; continue
            }
            if inFence { i = end + 1; continue }
            // horizontal rule
            if let f = lineText.first, f == "-" || f == "*" || f == "_" || f == "=" {
                let nonSpace = lineText.filter { $0 != " " }
                if nonSpace.count >= 3, nonSpace.allSatisfy({ $0 == f }) { blank(a, i..<end); i = end + 1; continue }
            }
            // block prefixes: quotes, headings, list markers (repeatable for "> - ")
            var changed = true
            while changed && j < end {
                changed = false
                if a[j] == ">" {
                    a[j] = " "; j += 1; changed = true
                } else if a[j] == "#" {
                    var k = j; while k < end, a[k] == "#" { k += 1 }
                    if k - j <= 6, k == end || a[k] == " " { blank(a, j..<k); j = k; changed = true }
                } else if "-*+".unicodeScalars.contains(a[j]), j + 1 < end, a[j + 1] == " " {
                    a[j] = " "; j += 1; changed = true
                } else if ("0"..."9").contains(a[j]) {
                    var k = j; while k < end, ("0"..."9").contains(a[k]) { k += 1 }
                    if k - j <= 3, k + 1 < end, a[k] == "." || a[k] == ")", a[k + 1] == " " {
                        blank(a, j..<(k + 1)); j = k + 1; changed = true
                    }
                }
                while j < end, a[j] == " " { j += 1 }
            }
            // trailing heading hashes
            var t = end - 1
            while t > j, a[t] == " " { t -= 1 }
            if t > j, a[t] == "#" {
                var k = t; while k > j, a[k] == "#" { k -= 1 }
                if a[k] == " " { blank(a, (k + 1)..<(t + 1)) }
            }
            blankInline(a, j, end)
            i = end + 1
        }
    }

    private static func blankInline(_ a: UnsafeMutableBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) {
        // the line's brackets and parentheses paired once, when the first is met
        var squares: Pairs? = nil, rounds: Pairs? = nil
        func closing(
            _ a: UnsafeMutableBufferPointer<Unicode.Scalar>, _ open: Int, _ end: Int,
            _ o: Unicode.Scalar, _ c: Unicode.Scalar
        ) -> Int? {
            if o == "[" {
                if squares == nil { squares = Pairs(a, start, end, o, c) }
                return squares!.close[open]
            }
            if rounds == nil { rounds = Pairs(a, start, end, o, c) }
            return rounds!.close[open]
        }
        var k = start
        while k < end {
            let c = a[k]
            // letters, digits, spaces and anything past ASCII are never markup here
            let v = c.value
            if v >= 0x7F || v == 0x20 || (v >= 0x30 && v <= 0x39) || ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) {
                k += 1; continue
            }
            switch c {
            case "*", "`", "|": a[k] = " "
            case "\\":
                if k + 1 < end, !isAlnum(a[k + 1]) { a[k] = " "; k += 1 }
            case "_":
                let prevWord = k > start && isAlnum(a[k - 1])
                let nextWord = k + 1 < end && isAlnum(a[k + 1])
                if !(prevWord && nextWord) { a[k] = " " }
            case "!" where k + 1 < end && a[k + 1] == "[":
                // image: drop alt text and target entirely
                if let close = closing(a, k + 1, end, "[", "]"), close + 1 < end, a[close + 1] == "(",
                    let paren = closing(a, close + 1, end, "(", ")")
                {
                    blank(a, k..<(paren + 1)); k = paren
                }
            case "[":
                if let close = closing(a, k, end, "[", "]") {
                    if close + 1 < end, a[close + 1] == "(", let paren = closing(a, close + 1, end, "(", ")") {
                        a[k] = " "; blank(a, close..<(paren + 1))
                    } else if close + 1 < end, a[close + 1] == "[", let ref = closing(a, close + 1, end, "[", "]") {
                        a[k] = " "; blank(a, close..<(ref + 1))
                    } else if close + 1 < end, a[close + 1] == ":" {
                        blank(a, k..<end); k = end  // link reference definition
                    }
                }
            case "<":
                if k + 3 < a.count, a[k + 1] == "!", a[k + 2] == "-", a[k + 3] == "-" {
                    // an HTML comment, which may run over several lines: blanked through its end
                    var m = k + 4
                    while m + 2 < a.count, !(a[m] == "-" && a[m + 1] == "-" && a[m + 2] == ">") { m += 1 }
                    let e = min(a.count, m + 3)
                    blank(a, k..<e); k = e; continue
                }
                // autolink or inline HTML tag
                if k + 1 < end, a[k + 1].properties.isAlphabetic || a[k + 1] == "/" {
                    var m = k + 1
                    while m < end, a[m] != ">", a[m] != "<" { m += 1 }
                    if m < end, a[m] == ">" { blank(a, k..<(m + 1)); k = m }
                }
            default: break
            }
            k += 1
        }
    }

    /// The closing mark of each opening one in a line (`[` and `]`, or `(` and `)`), paired with a stack in one pass:
    /// the one where the depth counted from the opening mark first falls back to zero. (A search to the line's end for
    /// every opening mark cost the square of a line of brackets.) Pairs are read as the line stood when they were
    /// made; the marks blanked since are those of links already read.
    private struct Pairs {
        var close: [Int: Int] = [:]
        init(
            _ a: UnsafeMutableBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int,
            _ o: Unicode.Scalar, _ c: Unicode.Scalar
        ) {
            var open: [Int] = []
            for k in start..<end {
                if a[k] == o { open.append(k) } else if a[k] == c, let p = open.popLast() { close[p] = k }
            }
        }
    }

    // MARK: HTML

    private static let blockTags: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
        "article", "blockquote", "header", "footer", "hr", "pre", "dd", "dt", "figcaption", "td", "th", "title", "main",
    ]

    static let entities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ldquo": "\"", "rdquo": "\"",
        "lsquo": "'", "rsquo": "'", "mdash": "\u{2014}", "ndash": "\u{2014}", "hellip": "\u{2026}", "eacute": "é",
        "egrave": "è", "aacute": "á", "oacute": "ó", "iacute": "í", "uacute": "ú", "ntilde": "ñ", "ccedil": "ç",
        "uuml": "ü", "ouml": "ö", "auml": "ä", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "deg": "°",
        "thinsp": " ", "ensp": " ", "emsp": " ", "laquo": "\"", "raquo": "\"", "minus": "-", "times": "×",
        "frac12": "½",
    ]

    private static func blankHTML(_ a: UnsafeMutableBufferPointer<Unicode.Scalar>, from start: Int) {
        let n = a.count
        var i = start
        func lowerName(_ from: Int) -> (String, Int) {
            var j = from
            var name = ""
            while j < n, a[j].properties.isAlphabetic || ("0"..."9").contains(a[j]) {
                name.unicodeScalars.append(a[j].properties.lowercaseMapping.unicodeScalars.first ?? a[j]); j += 1
            }
            return (name, j)
        }
        while i < n {
            let c = a[i]
            if c == "<" {
                if i + 3 < n, a[i + 1] == "!", a[i + 2] == "-", a[i + 3] == "-" {
                    var j = i + 4
                    while j + 2 < n, !(a[j] == "-" && a[j + 1] == "-" && a[j + 2] == ">") { j += 1 }
                    let e = min(n, j + 3); blank(a, i..<e); i = e; continue
                }
                let closingTag = i + 1 < n && a[i + 1] == "/"
                let (name, _) = lowerName(i + (closingTag ? 2 : 1))
                guard !name.isEmpty || (i + 1 < n && (a[i + 1] == "!" || a[i + 1] == "?")) else { i += 1; continue }
                var j = i + 1
                var quote: Unicode.Scalar? = nil
                while j < n {
                    if let q = quote {
                        if a[j] == q { quote = nil }
                    } else if a[j] == "\"" || a[j] == "'" {
                        quote = a[j]
                    } else if a[j] == ">" {
                        break
                    }
                    j += 1
                }
                let tagEnd = min(n, j + 1)
                blank(a, i..<tagEnd)
                if blockTags.contains(name), tagEnd - i >= 2 { a[i] = "\n"; a[i + 1] = "\n" }
                if !closingTag, name == "script" || name == "style" || name == "noscript" || name == "template" {
                    // blank through the matching close tag
                    var k = tagEnd
                    while k + 1 < n {
                        if a[k] == "<", a[k + 1] == "/" {
                            let (close, _) = lowerName(k + 2)
                            if close == name { break }
                        }
                        k += 1
                    }
                    blank(a, tagEnd..<k); i = k; continue
                }
                i = tagEnd; continue
            }
            if c == "&" {
                var j = i + 1
                while j < n, j - i <= 10, a[j] != ";", a[j] != " ", a[j] != "&", a[j] != "<" { j += 1 }
                if j < n, a[j] == ";" {
                    var body = String.UnicodeScalarView(); body.append(contentsOf: a[(i + 1)..<j])
                    let name = String(body)
                    var scalar: Unicode.Scalar? = entities[name]
                    if name.hasPrefix("#x") || name.hasPrefix("#X") {
                        scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                    } else if name.hasPrefix("#") {
                        scalar = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init)
                    }
                    if let s = scalar {
                        blank(a, i..<(j + 1))
                        a[i] = Document.fold(s)
                        i = j + 1; continue
                    }
                }
            }
            i += 1
        }
    }
}
