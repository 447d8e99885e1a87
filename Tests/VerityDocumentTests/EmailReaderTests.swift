import FormatFixtures
import Foundation
import Testing

@testable import VerityDocument

@Suite("E-mail") struct EmailReaderTests {
    @Test func headersGiveSenderDateAndSubjectAndTheQuotedQuestionIsLeftOut() throws {
        let d = try loadSource("reply.eml", FormatScenario.eml)
        #expect(d.format == .email)
        #expect(d.frontMatter.title == "Re: Schools — your question")
        #expect(d.frontMatter.date == "2025-10-21")
        #expect(d.frontMatter.speaker == "Maria Lopez")
        #expect(d.frontMatter.extra["author"] == "Maria Lopez")
        // quoted-printable soft line break joined
        #expect(d.text.contains("we will hire 400 new teachers by September."))
        #expect(!d.text.contains("lose funding"))
        #expect(!d.text.contains("wrote:"))
        #expect(!d.text.contains("<p>"))
    }

    @Test func aBase64BodyInLatin1IsDecoded() throws {
        let body = Data("Le ministère recrutera 400 enseignants.".data(using: .isoLatin1)!).base64EncodedString()
        let eml = """
            From: Marie Dupont <m@example.fr>
            Subject: =?ISO-8859-1?B?Uulwb25zZQ==?=
            Date: 3 Nov 25 10:00 +0100
            Content-Type: text/plain; charset=ISO-8859-1
            Content-Transfer-Encoding: base64

            \(body)
            """
        let d = try loadSource("m.eml", eml)
        #expect(d.text.contains("Le ministère recrutera 400 enseignants."))
        #expect(d.frontMatter.title == "Réponse")
        #expect(d.frontMatter.date == "2025-11-03")
    }

    @Test func anOutlookStyleQuotedMessageIsCutOff() {
        let body = "Yes, 400.\n\n-----Original Message-----\nFrom: Reporter\nSent: Monday\nHow many teachers?\n"
        #expect(EmailReply.ownWords(body) == "Yes, 400.\n")
        let forwarded = "See below.\nFrom: Office <o@x>\nDate: Mon, 20 Oct 2025\nSubject: x\n\nOld words.\n"
        #expect(EmailReply.ownWords(forwarded) == "See below.\n")
    }

    @Test func aMessageWithNoTextPartIsRefused() {
        let eml =
            "From: a@b.c\nDate: Tue, 21 Oct 2025 14:02:11 +0300\nContent-Type: multipart/mixed; boundary=x\n\n"
            + "--x\nContent-Type: text/html\n\n<p>only html</p>\n--x--\n"
        let e = failure { try loadSource("html-only.eml", eml) }
        guard case .emailNoText = e else { Issue.record("got \(String(describing: e))"); return }
    }

    @Test(arguments: [
        ("To: a@b.c\nSubject: no sender\n\nHello.\n", "From:"),
        ("From: a@b.c\nDate: someday soon\n\nHello.\n", "RFC 5322"),
        ("Hello, this is not a message at all.\n", "headers"),
    ])
    func badMessagesAreRefused(text: String, words: String) {
        let e = failure { try loadSource("bad.eml", text) }
        guard case let .badEmail(_, reason) = e else { Issue.record("got \(String(describing: e))"); return }
        #expect(reason.contains(words))
    }
}
