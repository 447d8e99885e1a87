import Foundation

/// What WebVTT and SRT share: timings, cue text without tags, speaker labels, cues in order.
enum SubtitleCues {
    /// `hh:mm:ss.ttt`, `mm:ss.ttt` (WebVTT) or `hh:mm:ss,ttt` (SRT) as seconds.
    static func seconds(_ s: Substring) -> Double? {
        let parts = s.replacingOccurrences(of: ",", with: ".").split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3 else { return nil }
        let secs = parts.last!.split(separator: ".", omittingEmptySubsequences: false)
        guard secs.count == 2, secs[0].count == 2, secs[1].count == 3, parts.dropLast().allSatisfy({ $0.count >= 2 })
        else { return nil }
        let fields = parts.dropLast().map(String.init) + secs.map(String.init)
        guard fields.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else {
            return nil
        }
        let n = fields.map { Int($0)! }
        let (h, m, sec, ms) = n.count == 4 ? (n[0], n[1], n[2], n[3]) : (0, n[0], n[1], n[2])
        guard m < 60, sec < 60 else { return nil }
        return Double(h * 3600 + m * 60 + sec) + Double(ms) / 1000
    }

    /// The start and end of a timing line (`00:01:02.000 --> 00:01:08.000 align:start`), nil when it is not one.
    static func timing(_ line: Substring) -> (Double, Double)? {
        guard let arrow = line.range(of: "-->") else { return nil }
        let a = line[..<arrow.lowerBound].trimmingCharacters(in: .whitespaces)
        let rest = line[arrow.upperBound...].trimmingCharacters(in: .whitespaces)
        let b = rest.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
        guard let s = seconds(Substring(a)), let e = seconds(Substring(b)) else { return nil }
        return (s, e)
    }

    /// A cue's text: its lines joined, tags and `{\an8}` codes left out, entities decoded; the voice tag's name.
    static func payload(_ lines: [Substring]) -> (text: String, voice: String?) {
        var voice: String? = nil
        var text = lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        while let open = text.range(of: "<") {
            let close = text[open.upperBound...].range(of: ">")?.upperBound ?? text.endIndex
            let tag = text[open.upperBound..<close].dropLast(text[..<close].hasSuffix(">") ? 1 : 0)
            if voice == nil, tag.hasPrefix("v ") || tag.hasPrefix("v.") {
                let name = tag.drop { $0 != " " }.trimmingCharacters(in: .whitespaces)
                if !name.isEmpty { voice = name }
            }
            text.replaceSubrange(open.lowerBound..<close, with: "")
        }
        while let open = text.range(of: "{\\"), let close = text[open.upperBound...].range(of: "}") {
            text.replaceSubrange(open.lowerBound..<close.upperBound, with: "")
        }
        for (e, c) in [("&lt;", "<"), ("&gt;", ">"), ("&nbsp;", " "), ("&lrm;", ""), ("&rlm;", ""), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: e, with: c)
        }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        return (words.joined(separator: " "), voice)
    }

    /// A `NAME:` or `Maria Lopez:` label opening a cue (after a speaker-change dash), as a name and the rest.
    /// All-capital names are given in title case ("MARIA LOPEZ" is "Maria Lopez").
    static func label(_ text: String) -> (name: String, rest: String)? {
        var t = Substring(text)
        while t.hasPrefix("-") || t.hasPrefix(" ") { t = t.dropFirst() }
        guard let colon = t.firstIndex(of: ":"), colon > t.startIndex else { return nil }
        let name = t[..<colon], words = name.split(separator: " ")
        guard (1...4).contains(words.count), t[t.index(after: colon)...].first == " " else { return nil }
        let letters = { (w: Substring) in w.allSatisfy { $0.isLetter || $0 == "." || $0 == "'" || $0 == "-" } }
        guard words.allSatisfy(letters) else { return nil }
        let caps = words.allSatisfy { w in w.count >= 2 && w.allSatisfy { !$0.isLetter || $0.isUppercase } }
        let titled = words.count >= 2 && words.allSatisfy { $0.first!.isUppercase }
        guard caps || titled else { return nil }
        let shown =
            caps ? words.map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ") : String(name)
        return (shown, t[t.index(after: colon)...].trimmingCharacters(in: .whitespaces))
    }

    /// A cue from its timing and text, the speaker from its voice tag or label.
    static func cue(_ start: Double, _ end: Double, _ lines: [Substring]) -> SubtitleCue? {
        var (text, speaker) = payload(lines)
        if let l = label(text) {
            speaker = speaker ?? l.name
            text = l.rest
        }
        guard !text.isEmpty else { return nil }
        return SubtitleCue(start: start, end: end, speaker: speaker, text: text)
    }

    /// Refuses cues whose end comes before their start or that start before the cue before them.
    static func checkOrder(_ cues: [(line: Int, cue: SubtitleCue)], path: String) throws {
        var previous = -Double.infinity
        for (line, c) in cues {
            if c.end < c.start {
                throw DocumentError.badSubtitles(path: path, line: line, reason: "the cue ends before it starts")
            }
            if c.start < previous {
                throw DocumentError.badSubtitles(
                    path: path, line: line, reason: "the cue starts before the cue above it (timecodes out of order)")
            }
            previous = c.start
        }
    }

    /// Lines of a file's text, line endings normalised, grouped into blocks between blank lines, each with the
    /// 1-based line number of its first line.
    static func blocks(_ text: String) -> [(line: Int, lines: [Substring])] {
        let all = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
        var out: [(Int, [Substring])] = [], current: [Substring] = [], first = 0
        for (i, l) in all.enumerated() {
            if l.trimmingCharacters(in: .whitespaces).isEmpty {
                if !current.isEmpty { out.append((first + 1, current)); current = [] }
            } else {
                if current.isEmpty { first = i }
                current.append(l)
            }
        }
        if !current.isEmpty { out.append((first + 1, current)) }
        return out
    }
}
