import FormatFixtures
import Foundation
import Testing

@testable import VerityDocument

@Suite("The kind of a file, from its content") struct DocumentKindTests {
    static let eml = "From: a@b.c\nDate: Tue, 21 Oct 2025 14:02:11 +0300\nSubject: x\n\nHello there, reader.\n"
    static let srt = "1\n00:00:01,000 --> 00:00:02,000\nHello there.\n"

    @Test(arguments: [
        ("download", Data(FormatScenario.vtt.utf8), DocumentFormat.transcript),
        ("interview.txt", Data(FormatScenario.vtt.utf8), .transcript),
        ("statement.bin", PDFFixture.make(pages: [["Words on a page."]]), .pdf),
        ("statement.txt", PDFFixture.make(pages: [["Words on a page."]]), .pdf),
        ("message", Data(eml.utf8), .email),
        ("clip", Data(srt.utf8), .transcript),
        ("page", Data("<!doctype html><html><body><p>Words in a page here.</p></body></html>".utf8), .webpage),
        // a plain text that opens like an e-mail stays what its name says
        ("notes.txt", Data(eml.utf8), .plain),
    ])
    func theContentDecides(name: String, data: Data, format: DocumentFormat) throws {
        #expect(try loadSource(name, data).format == format)
    }

    @Test func aWordFileUnderAnotherNameIsReadAsWord() throws {
        let data = try DocxFixture.make(heading: "Memo", paragraphs: ["Words of the memo."])
        #expect(try loadSource("memo.bin", data).format == .docx)
    }

    @Test func aFileOfUnknownKindIsRefused() {
        let e = failure { try loadSource("data.xyz", "just,some,columns\n1,2,3\n") }
        #expect(e == .unsupportedType(path: e.map(path) ?? ""))
    }
}
