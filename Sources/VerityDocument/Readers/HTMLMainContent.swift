import Foundation

/// The main content of a page: the article (`itemprop="articleBody"`, the `<article>` with the most text, `<main>`,
/// `role="main"`, else the body) without navigation, headers, footers, asides, forms, cookie and consent banners,
/// "related" and newsletter boxes, share bars, scripts and styles, as paragraphs.
enum HTMLMainContent {
    static let skippedTags: Set<String> = [
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "iframe",
        "svg", "select", "dialog", "menu", "head", "title", "meta", "link", "object", "embed", "canvas",
    ]
    static let skippedRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu",
    ]
    /// Words in an id or class that always mark boilerplate.
    static let alwaysBoilerplate = ["cookie", "consent", "gdpr", "newsletter", "paywall", "popup", "modal", "signup"]
    /// Words in an id or class that mark boilerplate unless the box holds most of the text.
    static let boilerplateWords = [
        "related", "share", "social", "promo", "advert", "subscribe", "breadcrumb", "comment", "sidebar",
        "recommend", "most-read", "more-stories", "read-more", "sign-up", "banner", "outbrain", "taboola",
    ]
    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
        "pre", "table", "tr", "dl", "dd", "dt", "figure", "figcaption", "br", "hr", "address", "body", "caption",
    ]

    static func main(_ elements: [HTMLNode]) -> HTMLNode? {
        if let body = elements.first(where: { $0.attribute("itemprop") == "articleBody" }) { return body }
        let articles = elements.filter { $0.name == "article" }
        if let best = articles.max(by: { $0.text.count < $1.text.count }) { return best }
        return elements.first { $0.name == "main" || $0.attribute("role") == "main" }
            ?? elements.first { $0.name == "body" }
    }

    static func isBoilerplate(_ n: HTMLNode, within container: Int) -> Bool {
        if skippedTags.contains(n.name) { return true }
        if let role = n.attribute("role")?.lowercased(), skippedRoles.contains(role) { return true }
        if n.attribute("hidden") != nil || n.attribute("aria-hidden") == "true" { return true }
        let names = ((n.attribute("class") ?? "") + " " + (n.attribute("id") ?? "")).lowercased()
        if alwaysBoilerplate.contains(where: names.contains) { return true }
        guard boilerplateWords.contains(where: names.contains) else { return false }
        // a box named like boilerplate that holds most of the text is the content after all
        return n.text.count * 2 < container
    }

    static func paragraphs(of main: HTMLNode) -> [String] {
        var out: [String] = [], current = ""
        let total = main.text.count
        func flush() {
            let p = current.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            if !p.isEmpty { out.append(p) }
            current = ""
        }
        func walk(_ n: HTMLNode) {
            if n.isText { current += n.content; return }
            guard n.isElement else { return }
            if isBoilerplate(n, within: total) { return }
            let block = blockTags.contains(n.name)
            if block { flush() }
            if n.name == "td" || n.name == "th" { current += " " }
            for c in n.children { walk(c) }
            if block { flush() }
        }
        for c in main.children { walk(c) }
        flush()
        return out
    }
}
