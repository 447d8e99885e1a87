import Foundation
import VerityDocument
import VerityCheck
import VerityLedger
import VerityText

/// One self-contained HTML page: the article with every claim highlighted in its status colour, a claim card on hover,
/// focus or tap (CSS only, no scripts), a summary with an inline SVG bar, and a table of all claims.
public struct HTMLReport: ReportFormatter {
    public init() {}
    public var fileExtension: String { "html" }

    /// Escapes text for HTML element content and attribute values.
    public static func esc(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.count)
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // a control character has no place in HTML: shown as the replacement character
                let control = { (u: Unicode.Scalar) in
                    u.value < 0x20 && !"\n\t\r".unicodeScalars.contains(u) || (0x7F...0x9F).contains(u.value)
                }
                if ch.unicodeScalars.contains(where: control) {
                    out += "\u{FFFD}"
                } else {
                    out.append(ch)
                }
            }
        }
        return out
    }

    /// Text from the ledger, escaped and isolated (`<bdi>`), so a right-to-left override in it reorders nothing else.
    public static func user(_ s: String) -> String { "<bdi>" + esc(s) + "</bdi>" }

    /// Status colours (WCAG AA on white) and the words that say the same without colour.
    static let palette: [ClaimStatus: (color: String, tint: String, label: String)] = [
        .supported: ("#1a7f37", "#dafbe1", "supported"), .disputed: ("#9a6700", "#fff8c5", "disputed"),
        .contradicted: ("#cf222e", "#ffebe9", "contradicted"), .misquoted: ("#8250df", "#fbefff", "misquoted"),
        .unsupported: ("#bc4c00", "#fff1e5", "unsupported"), .retracted: ("#57606a", "#eaeef2", "retracted"),
        .unverified: ("#0969da", "#ddf4ff", "unverified"),
    ]

    static let css = """
        :root{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;line-height:1.55}
        body{max-width:60rem;margin:0 auto;padding:1rem 1.25rem 4rem}
        h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.2rem;margin-top:2rem;
        border-bottom:1px solid #d0d7de;padding-bottom:.3rem}
        .meta{color:#57606a;font-size:.9rem}
        .legend{display:flex;flex-wrap:wrap;gap:.4rem .9rem;padding:0;list-style:none;font-size:.9rem}
        .legend li{display:flex;align-items:center;gap:.35rem}
        .sw{width:.9rem;height:.9rem;border-radius:2px;display:inline-block}
        .badge{display:inline-block;border-radius:1rem;padding:0 .5rem;
        font-size:.78rem;font-weight:600;color:#fff;white-space:nowrap}
        .article p{margin:.7rem 0;position:relative}.article p.heading{font-weight:700;
        font-size:1.1rem;margin-top:1.3rem}
        .claim{border-bottom:3px solid;padding:0 .1rem;border-radius:2px;cursor:help;outline-offset:2px}
        .claim sup{font-size:.65rem;font-weight:700;margin-left:.15rem}
        .card{display:none;position:absolute;z-index:10;left:0;right:0;
        top:calc(100% + .3rem);max-width:40rem;background:#fff;color:#1f2328;
          border:1px solid #d0d7de;border-radius:8px;box-shadow:0 8px 24px rgba(31,35,40,.2);padding:.75rem \
          .9rem;font-size:.88rem;line-height:1.45}
        .claim:hover .card,.claim:focus .card,.claim:focus-within .card,.claim:target .card{display:block}
        .ct{display:block;margin:0 0 .3rem;font-size:.95rem;font-weight:700}.row{display:block}
        .bq{display:block;margin:.35rem 0;padding:.3rem .6rem;border-left:3px solid #d0d7de;background:#f6f8fa}
        .card mark,.evidence mark{background:#fff8c5;padding:0 .1rem}
        del{background:#ffebe9;color:#82071e}ins{background:#dafbe1;color:#116329;
        text-decoration:none;border-bottom:1px solid #1a7f37}
        .finding{display:block;margin:.3rem 0}.rule{font-family:ui-monospace,monospace;
        font-size:.82rem;background:#f6f8fa;padding:0 .25rem;border-radius:3px}
        table{border-collapse:collapse;width:100%;font-size:.88rem}
        th,td{border-bottom:1px solid #d0d7de;padding:.35rem .4rem;text-align:left;vertical-align:top}
        th{background:#f6f8fa}.history{display:block;margin:.2rem 0 0;color:#57606a;
        font-size:.82rem}.history .row::before{content:"• "}
        .cards details{border:1px solid #d0d7de;border-radius:6px;padding:.4rem .7rem;margin:.5rem 0}
        .cards summary{cursor:pointer}
        @media print{.card{display:none!important}.cards details{break-inside:avoid}
        .cards details:not([open]) > *:not(summary){display:block}
          body{max-width:none}.claim{border-bottom-width:2px}}
        @media (max-width:40rem){body{padding:.6rem}.card{position:static;width:auto}}
        """

    public func render(_ snap: LedgerSnapshot) -> String {
        var h = "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
        h += "<title>Verity report</title>\n<style>\(HTMLReport.css)</style>\n</head>\n<body>\n"
        h +=
            "<header><h1>Verity report</h1><p class=\"meta\">Made \(HTMLReport.user(snap.date(snap.madeAt))) "
            + "from the ledger <code>\(HTMLReport.user(snap.ledgerPath))</code> · \(snap.claims.count) "
            + "claim(s), \(snap.sources.count) source(s)</p></header>\n"
        h += summary(snap)
        for (path, text) in snap.articles.sorted(by: { $0.key < $1.key }) {
            let claims = snap.claims.filter { $0.article == path }
            guard !claims.isEmpty, let doc = try? Document(path: path, text: text) else { continue }
            h += "<section class=\"article\">\n<h2>Article: \(HTMLReport.user(doc.frontMatter.title ?? path))</h2>\n"
            h += articleHTML(doc, claims, snap)
            h += "</section>\n"
        }
        h += table(snap)
        h += "<section class=\"cards\">\n<h2>Claim cards</h2>\n"
        for c in snap.claims {
            h +=
                "<details id=\"\(c.code)\"><summary>\(badge(c.status)) <strong>\(c.code)</strong> "
                + "\(HTMLReport.user(String(c.text.prefix(120))))</summary>\n\(card(c, snap))</details>\n"
        }
        h += "</section>\n</body>\n</html>\n"
        return h
    }

    func badge(_ s: ClaimStatus) -> String {
        let p = HTMLReport.palette[s]!
        return "<span class=\"badge\" style=\"background:\(p.color)\">\(p.label)</span>"
    }

    func summary(_ snap: LedgerSnapshot) -> String {
        var counts: [ClaimStatus: Int] = [:]
        for c in snap.claims { counts[c.status, default: 0] += 1 }
        let total = max(1, snap.claims.count)
        var x = 0.0
        var bar =
            "<svg role=\"img\" aria-label=\"claims by status\" viewBox=\"0 0 600 28\" width=\"100%\" "
            + "height=\"28\" preserveAspectRatio=\"none\">"
        for s in ClaimStatus.allCases {
            guard let n = counts[s] else { continue }
            let w = 600.0 * Double(n) / Double(total)
            bar +=
                "<rect x=\"\(String(format: "%.1f", x))\" y=\"0\" width=\"\(String(format: "%.1f", w))\" "
                + "height=\"28\" fill=\"\(HTMLReport.palette[s]!.color)\"><title>\(s.rawValue): \(n)</title></rect>"
            x += w
        }
        bar += "</svg>"
        var h = "<section class=\"summary\">\n<h2>Summary</h2>\n\(bar)\n<ul class=\"legend\">"
        for s in ClaimStatus.allCases {
            let p = HTMLReport.palette[s]!
            h +=
                "<li><span class=\"sw\" style=\"background:\(p.color)\"></span>\(p.label): <strong>"
                + "\(counts[s] ?? 0)</strong></li>"
        }
        h += "</ul>\n"
        var rules: [String: Int] = [:]
        for f in snap.findings { rules[f.rule, default: 0] += 1 }
        if !rules.isEmpty {
            h +=
                "<p>Findings of the latest check by rule: "
                + rules.sorted { $0.key < $1.key }.map {
                    "<span class=\"rule\">\(HTMLReport.user($0.key))</span> \($0.value)"
                }.joined(separator: " · ") + "</p>\n"
        }
        return h + "</section>\n"
    }

    /// The article body with each claim's span wrapped in a highlight that carries its card.
    func articleHTML(_ doc: Document, _ claims: [Claim], _ snap: LedgerSnapshot) -> String {
        let spans = claims.filter { $0.articleStart != nil && $0.articleEnd != nil }.sorted {
            $0.articleStart! < $1.articleStart!
        }
        var opens: [Int: Claim] = [:]
        var lastEnd = -1
        for c in spans where c.articleStart! >= lastEnd && c.articleStart! >= doc.bodyStart {
            opens[c.articleStart!] = c; lastEnd = c.articleEnd!
        }
        // a Markdown heading keeps its weight, though its # marks are gone
        func open(_ at: Int) -> String {
            guard doc.format == .markdown else { return "<p dir=\"auto\">" }
            var k = at
            while k > doc.bodyStart, doc.scalars[k - 1] != "\n" { k -= 1 }
            while k < doc.count, doc.scalars[k] == " " { k += 1 }
            return k < doc.count && doc.scalars[k] == "#" ? "<p class=\"heading\" dir=\"auto\">" : "<p dir=\"auto\">"
        }
        var i = doc.bodyStart
        while i < doc.count, doc.analysis[i] == " " || doc.analysis[i] == "\n" { i += 1 }
        var out = open(i)
        var closeAt: Int? = nil
        var closing = ""
        var pendingBreak = false
        while i < doc.count {
            if let end = closeAt, i == end { out += closing; closeAt = nil }
            if closeAt == nil, let c = opens[i] {
                let p = HTMLReport.palette[c.status]!
                out +=
                    "<span class=\"claim\" tabindex=\"0\" id=\"a-\(c.code)\" style=\"border-color:\(p.color);"
                    + "background:\(p.tint)\">"
                closeAt = c.articleEnd!
                closing =
                    "<sup style=\"color:\(p.color)\">\(c.code) \(p.label)</sup><span class=\"card\" "
                    + "role=\"tooltip\">\(card(c, snap))</span></span>"
            }
            let o = doc.scalars[i], a = doc.analysis[i]
            if a == "\n" {
                // a blank line ends a paragraph
                var j = i + 1
                while j < doc.count, doc.analysis[j] == " " { j += 1 }
                if j < doc.count, doc.analysis[j] == "\n" { pendingBreak = true }
                out += " "
            } else if a == " " && !o.properties.isWhitespace {
                // markup blanked in the analysis text is left out
            } else {
                if pendingBreak && closeAt == nil { out += "</p>\n" + open(i); pendingBreak = false }
                out += HTMLReport.esc(String(Character(o == "\r" ? " " : o)))
            }
            i += 1
        }
        if closeAt != nil { out += closing }
        return out + "</p>\n"
    }

    func table(_ snap: LedgerSnapshot) -> String {
        var h =
            "<section>\n<h2>All claims</h2>\n<table>\n<thead><tr><th>Claim</th><th>Status</th><th>Kind</th><th>"
            + "Text</th><th>Speaker</th><th>Sources</th></tr></thead>\n<tbody>\n"
        for c in snap.claims {
            let sources = Array(Set(snap.evidence(of: c).map { "S\($0.sourceId)" })).sorted().joined(separator: " ")
            h +=
                "<tr><td><a href=\"#\(c.code)\">\(c.code)</a></td><td>\(badge(c.status))</td><td>"
                + "\(c.kind.rawValue)</td><td>\(HTMLReport.user(c.text))</td><td>"
                + "\(HTMLReport.user(c.speaker ?? ""))</td><td>\(sources)</td></tr>\n"
        }
        return h + "</tbody>\n</table>\n</section>\n"
    }

    /// ` p. 2`, ` 01:02.0–01:08.0`: where the passage is in the original file, for paged and timed sources.
    static func anchor(_ e: Evidence) -> String {
        e.anchorLabel.map { " <span class=\"anchor\">\($0)</span>" } ?? ""
    }

    /// A claim's card: status, speaker, evidence with the span marked, findings (with a word diff for altered quotes),
    /// history.
    func card(_ c: Claim, _ snap: LedgerSnapshot) -> String {
        // phrasing content only (spans), because a card sits inside a paragraph of the article
        var h = "<span class=\"ct\">\(badge(c.status)) \(c.code) · \(c.kind.rawValue)</span>"
        if let s = c.speaker { h += "<span class=\"row\">Speaker: <strong>\(HTMLReport.user(s))</strong></span>" }
        if let v = c.value {
            h +=
                "<span class=\"row\">Value: "
                + HTMLReport.user(v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v))
                + (c.unit.map { " " + HTMLReport.user($0) } ?? "") + "</span>"
        }
        if let d = c.dateValue { h += "<span class=\"row\">Date: \(HTMLReport.user(d))</span>" }
        for e in snap.evidence(of: c) {
            let s = snap.source(e.sourceId)
            h +=
                "<span class=\"row evidence\">\(s?.code ?? "S?") <em>"
                + "\(HTMLReport.user(s?.title ?? s?.path ?? ""))</em>\(HTMLReport.anchor(e)) (\(e.stance.rawValue)):"
            h +=
                "<span class=\"bq\">…\(HTMLReport.user(e.prefix))<mark>\(HTMLReport.user(e.exact))</mark>"
                + "\(HTMLReport.user(e.suffix))…</span>"
            h += (snap.earlierNote(e).map { " <em>(\(HTMLReport.user($0)))</em>" } ?? "") + "</span>"
        }
        for f in snap.findings(of: c) {
            h +=
                "<span class=\"finding\"><span class=\"rule\">\(HTMLReport.user(f.rule))</span> "
                + "\(HTMLReport.user(f.message))"
            if f.rule == RuleID.quoteAltered.rawValue, let passage = f.evidence.first?.excerpt {
                h += "<span class=\"bq\">\(HTMLReport.wordDiff(article: f.excerpt, source: passage))</span>"
            } else if let passage = f.evidence.first?.excerpt {
                h += "<span class=\"bq\">\(HTMLReport.user(passage))</span>"
            }
            h += "</span>"
        }
        let hist = snap.history(of: c)
        if !hist.isEmpty {
            h +=
                "<span class=\"history\">"
                + hist.map {
                    "<span class=\"row\">\(HTMLReport.user(snap.date($0.at))) \($0.fromStatus?.rawValue ?? "—") "
                        + "→ \($0.toStatus.rawValue) by "
                        + "\(HTMLReport.user($0.by))\($0.note.map { ": " + HTMLReport.user($0) } ?? "")</span>"
                }.joined() + "</span>"
        }
        return h
    }

    /// The article's words against the source's: struck where the article differs, inserted where the source has
    /// others.
    public static func wordDiff(article: String, source: String) -> String {
        func words(_ s: String) -> ([String], [String]) {
            let toks = Tokenizer.tokenize(Array(s.unicodeScalars).map(Document.fold)).filter { $0.kind != .punct }
            let scalars = Array(s.unicodeScalars)
            return (
                toks.map { $0.norm },
                toks.map { t in
                    var v = String.UnicodeScalarView(); v.append(contentsOf: scalars[t.start..<t.end]); return String(v)
                }
            )
        }
        let (q, qShown) = words(article), (src, sShown) = words(source)
        let al = Alignment.align(q, src)
        var out: [String] = []
        var dels: [String] = [], ins: [String] = []
        func flush() {
            if !dels.isEmpty { out.append("<del>\(esc(dels.joined(separator: " ")))</del>") }
            if !ins.isEmpty { out.append("<ins>\(esc(ins.joined(separator: " ")))</ins>") }
            dels = []; ins = []
        }
        for op in al.ops {
            switch op {
            case let .match(qi, _): flush(); out.append(esc(qShown[qi]))
            case let .substitute(qi, si): dels.append(qShown[qi]); ins.append(sShown[si])
            case let .insert(qi): dels.append(qShown[qi])
            case let .omit(si): ins.append(sShown[si])
            }
        }
        flush()
        return out.joined(separator: " ")
    }
}
