import Foundation

/// One subtitle cue as a WebVTT or SRT file gives it.
struct SubtitleCue: Equatable {
    var start: Double
    var end: Double
    /// The voice tag's name or the `NAME:` label opening the cue, when there is one.
    var speaker: String?
    var text: String
}

/// The text Verity keeps for subtitles: each cue on a line of its own opened by its time marker
/// (`[00:01:02.000 --> 00:01:08.000] `), a speaker's consecutive cues one paragraph with the speaker's name as a
/// label (`Name: …`), a blank line where the speaker changes. The markers are blanked for analysis, so a quote read
/// across two cues is one passage, and the time of any span is read back from them.
enum TranscriptText {
    struct Cue: Sendable, Equatable {
        /// The marker's offsets in the text (with the space after it).
        var marker: Range<Int>
        var start: Double
        var end: Double
    }

    static func render(_ cues: [SubtitleCue]) -> String {
        var out = "", speaker: String? = nil
        for (i, c) in cues.enumerated() {
            let turn = i == 0 || (c.speaker != nil && c.speaker != speaker)
            if turn && i > 0 { out += "\n" }
            if c.speaker != nil { speaker = c.speaker }
            out += "[\(stamp(c.start)) --> \(stamp(c.end))] "
            if turn, let s = c.speaker { out += "\(s): " }
            out += c.text + "\n"
        }
        return out
    }

    /// `00:01:02.000`
    static func stamp(_ seconds: Double) -> String {
        let ms = Int((seconds * 1000).rounded())
        return String(format: "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60000 % 60, ms / 1000 % 60, ms % 1000)
    }

    /// The time markers opening lines of a transcript's text.
    static func cues(_ s: [Unicode.Scalar], lineStarts: [Int], from bodyStart: Int) -> [Cue] {
        var out: [Cue] = []
        for start in lineStarts where start >= bodyStart {
            // "[" 12 "space-->space" 12 "]" " "
            let n = 1 + 12 + 5 + 12 + 2
            guard start + n <= s.count, s[start] == "[", s[start + 30] == "]", s[start + 31] == " ",
                String(String.UnicodeScalarView(s[(start + 13)..<(start + 18)])) == " --> ",
                let a = seconds(s[(start + 1)..<(start + 13)]), let b = seconds(s[(start + 18)..<(start + 30)])
            else { continue }
            out.append(Cue(marker: start..<(start + n), start: a, end: b))
        }
        return out
    }

    /// `HH:MM:SS.mmm` as seconds.
    static func seconds(_ s: ArraySlice<Unicode.Scalar>) -> Double? {
        let t = Array(s)
        guard t.count == 12, t[2] == ":", t[5] == ":", t[8] == "." else { return nil }
        func num(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r {
                guard let d = t[i].properties.numericType == .decimal ? t[i].properties.numericValue : nil,
                    t[i].isASCII
                else { return nil }
                v = v * 10 + Int(d)
            }
            return v
        }
        guard let h = num(0..<2), let m = num(3..<5), let sec = num(6..<8), let ms = num(9..<12) else { return nil }
        return Double(h * 3600 + m * 60 + sec) + Double(ms) / 1000
    }

    /// The text of a range without the time markers inside it.
    static func slice(_ s: [Unicode.Scalar], _ r: Range<Int>, cues: [Cue]) -> String {
        var out = String.UnicodeScalarView()
        var i = r.lowerBound
        var k = cues.firstIndex { $0.marker.upperBound > i } ?? cues.count
        while i < r.upperBound {
            if k < cues.count, cues[k].marker.contains(i) {
                // the cue's line break read as a space: a passage across two cues is one run of words
                if out.last == "\n" { out.removeLast(); out.append(" ") }
                i = cues[k].marker.upperBound; k += 1; continue
            }
            if k < cues.count, cues[k].marker.upperBound <= i { k += 1; continue }
            out.append(s[i]); i += 1
        }
        return String(out)
    }
}
