import FormatFixtures
import Foundation
import Testing

@testable import VerityDocument

@Suite("Saved web pages") struct HTMLPageTests {
    @Test func theMainContentOnlyWithTheMetadataThePageGives() throws {
        let d = try loadSource("page.html", FormatScenario.page)
        #expect(d.format == .webpage)
        #expect(d.text.contains("The budget sets aside 2 billion dollars for roads."))
        for boilerplate in ["privacy", "cookies", "Home", "Related", "Copyright", "Taxes will rise"] {
            #expect(!d.text.contains(boilerplate), "\(boilerplate) should be left out")
        }
        #expect(d.frontMatter.title == "Budget 2026: what changes")
        #expect(d.frontMatter.date == "2025-10-21")
        #expect(d.frontMatter.extra["author"] == "Press Office")
    }

    @Test func jsonLDAndTheCanonicalLinkFillWhatMetaTagsLeaveOut() throws {
        let html = """
            <html><head><link rel="canonical" href="https://news.example/a">
            <script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, {"@type": ["NewsArticle"],
            "headline": "Floods close the port", "datePublished": "2025-09-30", "author": [{"name": "A. Writer"}],
            "publisher": {"name": "Example News"}}]}</script></head>
            <body><div class="story"><p>The port closed for three days, officials said.</p></div></body></html>
            """
        let d = try loadSource("story.html", html)
        #expect(d.frontMatter.title == "Floods close the port")
        #expect(d.frontMatter.date == "2025-09-30")
        #expect(d.frontMatter.publisher == "Example News")
        #expect(d.frontMatter.url == "https://news.example/a")
        #expect(d.text.contains("The port closed for three days, officials said."))
    }

    @Test func aPageOfBoilerplateOnlyIsRefused() {
        let html = "<html><body><nav>Home News</nav><div class=\"cookie-banner\">Accept all cookies</div></body></html>"
        let e = failure { try loadSource("empty.html", html) }
        guard case .badPage = e else { Issue.record("got \(String(describing: e))"); return }
    }

    @Test func anHTMLFragmentIsStillReadInPlace() throws {
        let d = try loadSource("frag.html", "<p>The minister said <b>400</b> teachers.</p>\n")
        #expect(d.format == .html)
        #expect(d.text == "<p>The minister said <b>400</b> teachers.</p>\n")
    }
}
