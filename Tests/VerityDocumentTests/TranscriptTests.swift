import FormatFixtures
import Foundation
import Testing

@testable import VerityDocument

@Suite("WebVTT and SRT") struct TranscriptTests {
    @Test func voiceTagsGiveSpeakersAndEveryPassageItsTime() throws {
        let d = try loadSource("interview.vtt", FormatScenario.vtt)
        #expect(d.format == .transcript)
        #expect(d.frontMatter.title == "Evening News: interview with the finance minister")
        #expect(d.text.contains("David Reyes: Minister, will taxes go up next year?"))
        #expect(d.text.contains("Maria Lopez: We will not raise taxes"))
        let q = try #require(offset(of: "Minister, will", in: d))
        #expect(d.time(q, q + 8) == TimeSpan(start: 62, end: 68))
    }

    @Test func aQuoteAcrossTwoCuesIsOnePassageWithBothTimes() throws {
        let d = try loadSource("interview.vtt", FormatScenario.vtt)
        let start = try #require(offset(of: "We will not", in: d))
        let end = try #require(offset(of: "this year.", in: d)) + "this year".count
        #expect(d.slice(start, end) == "We will not raise taxes on working families this year")
        #expect(d.time(start, end) == TimeSpan(start: 68.5, end: 75.5))
        #expect(d.time(start, end)?.label == "01:08.5–01:15.5")
        #expect(d.time(start, end)?.mediaFragment == "t=68.5,75.5")
        // the markers are blanked for analysis: no timecode digits are read as figures
        #expect(!d.analysisSlice(0, d.count).contains("00:01"))
    }

    @Test func srtCuesWithNameLabelsAndTags() throws {
        let srt = """
            1
            00:00:01,000 --> 00:00:04,000
            MARIA LOPEZ: <i>We will hire</i>

            2
            00:00:04,000 --> 00:00:06,500
            400 teachers.

            3
            00:00:07,000 --> 00:00:09,000
            - REPORTER: When?

            """
        let d = try loadSource("clip.srt", srt)
        #expect(d.text.contains("Maria Lopez: We will hire\n"))
        #expect(d.text.contains("\n\n[00:00:07.000 --> 00:00:09.000] Reporter: When?"))
        let s = try #require(offset(of: "400", in: d))
        #expect(d.time(s, s + 3) == TimeSpan(start: 4, end: 6.5))
    }

    @Test(arguments: [
        ("WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nlater\n\n00:00:01.000 --> 00:00:02.000\nearlier\n", "out of order"),
        ("WEBVTT\n\n00:00:05.000 --> 00:00:04.000\nbackwards\n", "ends before it starts"),
        ("WEBVTT\n\n00:00:01.000 -> 00:00:02.000\nno arrow\n", "no timing line"),
        ("WEBVTT\n\n00:00:1.000 --> 00:00:02.000\nbad time\n", "timing line is not"),
        ("WEBVTX\n\n00:00:01.000 --> 00:00:02.000\nnot vtt\n", "does not start with WEBVTT"),
    ])
    func badSubtitlesAreRefusedWithTheReason(text: String, reason: String) {
        let e = failure { try loadSource("bad.vtt", text) }
        guard case let .badSubtitles(_, _, r) = e else { Issue.record("got \(String(describing: e))"); return }
        #expect(r.contains(reason))
    }

    @Test func srtOutOfOrderIsRefusedWithItsLine() {
        let e = failure {
            try loadSource("bad.srt", "1\n00:00:05,000 --> 00:00:06,000\na\n\n2\n00:00:01,000 --> 00:00:02,000\nb\n")
        }
        guard case let .badSubtitles(_, line, _) = e else { Issue.record("got \(String(describing: e))"); return }
        #expect(line == 6)
    }
}
