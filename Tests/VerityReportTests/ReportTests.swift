import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing
import VerityCheck
import VerityDesk
import VerityDocument
import VerityLedger
import VerityReport

/// A ledger with hostile text in every field a report shows.
func hostileSnapshot() throws -> LedgerSnapshot {
    let l = try Ledger.inMemory()
    let sourceText =
        "The minister said \"we will <script>alert(1)</script> act\" and \"><img src=x onerror=alert(2)> [x](javascript:alert(3)), \"quoted, with commas\"\nand a new line."
    let doc = try Document(path: "evil.md", text: sourceText, format: .markdown)
    let s = try l.addSource(
        Source(
            path: "evil.md", title: "<b>Title</b>", url: "javascript:alert(4)", speaker: "Mr. <i>X</i>",
            publishedOn: "2025-10-22", text: doc.text, sha256: doc.sha256)
    ).source
    let article = "---\ndate: 2025-11-02\n---\nShe said “we will <script>alert(1)</script> act” today.\n"
    let c = try l.addClaim(
        Claim(
            kind: .quote, text: "we will <script>alert(1)</script> act, \"really\"\nok",
            speaker: "\"><img src=x onerror=alert(5)>",
            article: "a.md", articleStart: 34, articleEnd: 69), by: "desk <b>")
    try l.attach(
        Evidence(
            claimId: c.id!, sourceId: s.id!, exact: "we will <script>alert(1)</script> act", prefix: "said \"",
            suffix: "\" and",
            start: 19, end: 56, sourceSha256: s.sha256))
    try l.setStatus(c.id!, to: .misquoted, by: "desk", note: "<script>alert(6)</script>")
    let f = Finding(
        rule: "quote.altered", in: try Document(path: "a.md", text: article, format: .markdown), start: 34, end: 69,
        message: "quote differs: '<script>' where the source has 'x'",
        evidence: [
            EvidenceRef(document: "evil.md", line: 1, start: 19, end: 56, excerpt: "we will <img onerror=alert(7)> act")
        ])
    try l.recordCheck(findings: [f.stored(claimId: c.id, at: Date())], statusChanges: [], by: "verity check")
    return try LedgerSnapshot(ledger: l, path: "memory", articles: ["a.md": article])
}

@Suite("reports") struct ReportTests {
    @Test func htmlEscapesEverythingAndIsWellFormed() throws {
        let html = HTMLReport().render(try hostileSnapshot())
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>") && !html.contains("<i>"))
        #expect(!html.contains("href=\"javascript:"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        // well-formed: parses as XML once the doctype is dropped
        let body = html.replacingOccurrences(of: "<!doctype html>", with: "")
        let parser = XMLParser(data: Data(body.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(html.contains("C1") && html.contains("misquoted"))
    }

    @Test func jsonHoldsClaimsEvidenceHistoryAndFindings() throws {
        let obj =
            try JSONSerialization.jsonObject(with: Data(JSONReport().render(try hostileSnapshot()).utf8))
            as! [String: Any]
        let claim = (obj["claims"] as! [[String: Any]])[0]
        #expect(claim["id"] as? String == "C1" && claim["status"] as? String == "misquoted")
        #expect((claim["evidence"] as! [[String: Any]]).count == 1)
        #expect((claim["history"] as! [[String: Any]]).count == 2)
        #expect(((claim["findings"] as! [[String: Any]])[0]["rule"]) as? String == "quote.altered")
    }

    @Test func csvRoundTrips() throws {
        let snap = try hostileSnapshot()
        let csv = CSVReport().render(snap)
        #expect(csv.hasPrefix("\u{FEFF}"))
        let rows = parseCSV(String(csv.dropFirst()))
        #expect(rows[0] == CSVReport.header)
        #expect(rows.count == 2)
        #expect(
            rows[1][0] == "C1" && rows[1][2] == snap.claims[0].text && rows[1][6] == "misquoted" && rows[1][7] == "S1")
    }

    @Test func claimReviewHasTheSchemaOrgShape() throws {
        let reviews =
            try JSONSerialization.jsonObject(with: Data(ClaimReviewReport().render(try hostileSnapshot()).utf8))
            as! [[String: Any]]
        let r = reviews[0]
        #expect(r["@context"] as? String == "https://schema.org" && r["@type"] as? String == "ClaimReview")
        #expect(r["claimReviewed"] is String)
        let item = r["itemReviewed"] as! [String: Any]
        #expect(item["@type"] as? String == "Claim" && (item["author"] as? [String: Any])?["name"] is String)
        #expect(item["appearance"] == nil)  // a local path is no web address
        let rating = r["reviewRating"] as! [String: Any]
        #expect(rating["alternateName"] as? String == "Misquoted" && rating["ratingValue"] is Int)
        #expect((r["datePublished"] as? String)?.count == 10)
    }

    @Test func annotationsUseBothSelectors() throws {
        let obj =
            try JSONSerialization.jsonObject(with: Data(AnnotationReport().render(try hostileSnapshot()).utf8))
            as! [String: Any]
        #expect(obj["@context"] as? String == "http://www.w3.org/ns/anno.jsonld")
        let item = ((obj["first"] as! [String: Any])["items"] as! [[String: Any]])[0]
        #expect(item["type"] as? String == "Annotation")
        let selectors = (item["target"] as! [String: Any])["selector"] as! [[String: Any]]
        #expect(selectors.map { $0["type"] as? String } == ["TextQuoteSelector", "TextPositionSelector"])
        #expect(selectors[0]["exact"] as? String == "we will <script>alert(1)</script> act")
        #expect(selectors[1]["start"] as? Int == 19 && selectors[1]["end"] as? Int == 56)
    }

    @Test func wordDiffStrikesAndInserts() {
        #expect(
            HTMLReport.wordDiff(article: "the benefit of Tehran", source: "the benefit of Iran")
                == "the benefit of <del>Tehran</del> <ins>Iran</ins>")
    }
}

/// RFC 4180, enough to read back what CSVReport writes.
func parseCSV(_ s: String) -> [[String]] {
    var rows: [[String]] = [], row: [String] = [], field = ""
    var inQuotes = false
    var chars = Array(s)
    var i = 0
    while i < chars.count {
        let ch = chars[i]
        if inQuotes {
            if ch == "\"" {
                if i + 1 < chars.count && chars[i + 1] == "\"" { field.append("\""); i += 1 } else { inQuotes = false }
            } else {
                field.append(ch)
            }
        } else if ch == "\"" {
            inQuotes = true
        } else if ch == "," {
            row.append(field); field = ""
        } else if ch == "\r\n" || ch == "\n" {
            row.append(field); rows.append(row); row = []; field = ""
        } else {
            field.append(ch)
        }
        i += 1
    }
    if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
    chars.removeAll()
    return rows
}
