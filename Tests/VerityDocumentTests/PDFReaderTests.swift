import FormatFixtures
import Foundation
import Testing

@testable import VerityDocument

@Suite("PDF through poppler") struct PDFReaderTests {
    @Test func twoPagesKeepTheirPagesAndLoseTheirRunningHeadersAndPageNumbers() throws {
        let d = try loadSource("statement.pdf", PDFFixture.make(pages: FormatScenario.pdfPages, title: "Statement"))
        #expect(d.format == .pdf)
        #expect(!d.text.contains("PRESS OFFICE"))
        #expect(!d.text.contains("Page 1 of 2") && !d.text.contains("Page 2 of 2"))
        let first = try #require(offset(of: "The deficit will narrow", in: d))
        let second = try #require(offset(of: "Spending on schools", in: d))
        #expect(d.page(at: first) == 1)
        #expect(d.page(at: second) == 2)
        #expect(d.frontMatter.title == "Statement")
        #expect(d.frontMatter.extra["pages"] == "2")
    }

    @Test func metadataComesFromThePDFItself() throws {
        let d = try loadSource(
            "s.pdf",
            PDFFixture.make(
                pages: [["Some words on a page."]], title: "Budget statement", author: "Ministry of Finance",
                created: "20251022090000+03'00'"))
        #expect(d.frontMatter.title == "Budget statement")
        #expect(d.frontMatter.extra["author"] == "Ministry of Finance")
        #expect(d.frontMatter.date == "2025-10-22")
    }

    @Test func wrappedLinesBecomeParagraphsAndAHyphenatedWordIsJoined() {
        let text = """
            Statement on the budget
            The ministry said on Tuesday that the deficit would nar-
            row to 3.1 percent of output next year, and that spending
            on schools would rise.
            A second paragraph, ending here.
            \u{0C}
            """
        #expect(
            PDFPages.clean(text) == [
                "Statement on the budget\n\nThe ministry said on Tuesday that the deficit would narrow to 3.1 percent "
                    + "of output next year, and that spending on schools would rise.\n\n"
                    + "A second paragraph, ending here."
            ])
        // a hyphen before a capital (a name) is kept
        #expect(PDFPages.brokenWord("Saint-", "Denis") == false)
        #expect(PDFPages.brokenWord("nar-", "row") == true)
    }

    @Test func aRunningFooterWithTheDateIsDroppedButOrdinaryLastLinesStay() {
        let text =
            "Intro one\nBody one.\nReport 2025 / page 1\n\u{0C}Intro two\nBody two.\nReport 2025 / page 2\n\u{0C}"
        #expect(PDFPages.clean(text) == ["Intro one\n\nBody one.", "Intro two\n\nBody two."])
    }

    @Test func aChangedPDFIsNoticedEvenWhenItsTextIsTheSame() throws {
        let a = try loadSource("a.pdf", PDFFixture.make(pages: [["The same words."]], title: "One"))
        let b = try loadSource("a.pdf", PDFFixture.make(pages: [["The same words."]], title: "One", author: "X"))
        #expect(a.sha256 != b.sha256)
    }

    @Test func anEncryptedPDFIsRefusedInOneSentence() {
        let e = failure { try loadSource("locked.pdf", PDFFixture.make(pages: [["Secret."]], encrypted: true)) }
        #expect(e == .pdfEncrypted(path: e.map(path) ?? ""))
        #expect(e?.errorDescription?.contains("encrypted") == true)
    }

    @Test func aPDFWithNoTextLayerIsRefused() {
        let e = failure { try loadSource("scan.pdf", PDFFixture.make(pages: [["x"], ["y"]], textLayer: false)) }
        guard case .pdfNoText = e else { Issue.record("expected no text layer, got \(String(describing: e))"); return }
    }

    @Test func aTruncatedPDFIsRefused() {
        let whole = PDFFixture.make(pages: FormatScenario.pdfPages)
        let e = failure { try loadSource("cut.pdf", whole.prefix(whole.count / 2)) }
        guard case .pdfDamaged = e else { Issue.record("expected damaged, got \(String(describing: e))"); return }
    }

    @Test func aFileNamedPDFThatIsNotOneIsRefused() {
        let e = failure { try loadSource("fake.pdf", "just some text") }
        guard case .pdfDamaged = e else { Issue.record("expected damaged, got \(String(describing: e))"); return }
    }
}

/// The path inside an error, for comparing errors made with temporary paths.
func path(_ e: DocumentError) -> String {
    switch e {
    case let .pdfEncrypted(p), let .pdfNoText(p), let .emailNoText(p), let .empty(p), let .unsupportedType(p): return p
    case let .pdfDamaged(p, _), let .badWord(p, _), let .badEmail(p, _), let .badPage(p, _): return p
    case let .badSubtitles(p, _, _): return p
    default: return ""
    }
}
