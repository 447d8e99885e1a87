import Foundation

/// What a page says about itself: `og:` and `article:` meta tags, `<meta name="author">`, the canonical link, a
/// JSON-LD `NewsArticle` (or `Article`, `BlogPosting`, …), the `<title>`.
struct HTMLMetadata {
    var title: String?, author: String?, publisher: String?, date: String?, url: String?

    init(_ elements: [HTMLNode]) {
        var meta: [String: String] = [:]
        var canonical: String? = nil, pageTitle: String? = nil
        var ld: [String: Any]? = nil
        for e in elements {
            switch e.name {
            case "meta":
                if let key = (e.attribute("property") ?? e.attribute("name"))?.lowercased(),
                    let v = e.attribute("content")?.trimmingCharacters(in: .whitespacesAndNewlines), !v.isEmpty,
                    meta[key] == nil
                {
                    meta[key] = v
                }
            case "link":
                if e.attribute("rel")?.lowercased() == "canonical", canonical == nil { canonical = e.attribute("href") }
            case "title":
                if pageTitle == nil { pageTitle = e.text.trimmingCharacters(in: .whitespacesAndNewlines) }
            case "script":
                if ld == nil, e.attribute("type")?.lowercased() == "application/ld+json",
                    let json = try? JSONSerialization.jsonObject(with: Data(e.children.map(\.content).joined().utf8))
                {
                    ld = HTMLMetadata.article(in: json)
                }
            default: break
            }
        }
        title = meta["og:title"] ?? (ld?["headline"] as? String) ?? pageTitle.flatMap { $0.isEmpty ? nil : $0 }
        let authorTag = meta["article:author"].flatMap { $0.hasPrefix("http") ? nil : $0 } ?? meta["author"]
        author = authorTag ?? HTMLMetadata.name(ld?["author"])
        publisher = meta["og:site_name"] ?? HTMLMetadata.name(ld?["publisher"])
        date = ExtractedText.isoDay(
            meta["article:published_time"] ?? (ld?["datePublished"] as? String) ?? meta["date"] ?? meta["dc.date"])
        let link = canonical ?? meta["og:url"] ?? (ld?["url"] as? String)
        url = link.flatMap { $0.hasPrefix("https://") || $0.hasPrefix("http://") ? $0 : nil }
    }

    static let articleTypes: Set<String> = [
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "OpinionNewsArticle",
    ]

    /// The first object typed as an article, in an object, an array or an `@graph`.
    static func article(in json: Any) -> [String: Any]? {
        if let list = json as? [Any] { return list.lazy.compactMap(article(in:)).first }
        guard let o = json as? [String: Any] else { return nil }
        let types = (o["@type"] as? String).map { [$0] } ?? (o["@type"] as? [String]) ?? []
        if types.contains(where: articleTypes.contains) { return o }
        return o["@graph"].flatMap(article(in:))
    }

    /// A name from a string, a `{"name": …}` object or a list of them.
    static func name(_ v: Any?) -> String? {
        if let s = v as? String { return s }
        if let o = v as? [String: Any] { return o["name"] as? String }
        if let list = v as? [Any] {
            let names = list.compactMap { name($0) }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        return nil
    }
}
