import FormatFixtures
import Foundation
import Testing

@testable import VerityDocument

@Suite("Word (.docx)") struct DocxReaderTests {
    @Test func paragraphsTablesAndCoreProperties() throws {
        let data = try DocxFixture.make(
            heading: "Memo: schools", paragraphs: ["Every school will have a counsellor.", "Second paragraph."],
            table: [["Item", "2026"], ["New teachers", "400"]], title: "Schools memo", author: "Deputy Minister",
            created: "2025-10-20T08:00:00Z")
        let d = try loadSource("memo.docx", data)
        #expect(d.format == .docx)
        #expect(d.text.contains("# Memo: schools\n\nEvery school will have a counsellor.\n\nSecond paragraph."))
        #expect(d.text.contains("| Item | 2026 |\n|---|---|\n| New teachers | 400 |"))
        #expect(d.frontMatter.title == "Schools memo")
        #expect(d.frontMatter.extra["author"] == "Deputy Minister")
        #expect(d.frontMatter.date == "2025-10-20")
        // headings and table rules are markup, blanked for analysis
        #expect(!d.analysisSlice(d.bodyStart, d.count).contains("#"))
    }

    @Test func aCorruptZipIsRefused() throws {
        let whole = try DocxFixture.make(heading: "H", paragraphs: ["Some words here."])
        let e = failure { try loadSource("cut.docx", whole.prefix(whole.count - 30)) }
        guard case .badWord = e else { Issue.record("got \(String(describing: e))"); return }
    }

    @Test func aZipWithoutADocumentIsRefused() throws {
        let e = failure {
            try loadSource("other.docx", try DocxFixture.make(heading: "H", paragraphs: [], withDocument: false))
        }
        guard case let .badWord(_, reason) = e else { Issue.record("got \(String(describing: e))"); return }
        #expect(reason.contains("word/document.xml"))
    }
}
