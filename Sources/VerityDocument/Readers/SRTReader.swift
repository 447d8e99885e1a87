import Foundation

/// SubRip (.srt) subtitles: numbered cues with their times, speakers from `NAME:` labels.
enum SRTReader {
    static func read(path: String, data: Data) throws -> Document {
        let text = try Document.decodeText(data, path: path)
        var cues: [(line: Int, cue: SubtitleCue)] = []
        for (line, lines) in SubtitleCues.blocks(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text) {
            let t = lines.first.map { $0.allSatisfy(\.isNumber) } == true ? 1 : 0
            guard t < lines.count, let (start, end) = SubtitleCues.timing(lines[t]) else {
                throw DocumentError.badSubtitles(
                    path: path, line: line + t,
                    reason: "a cue's number should be followed by its timing (`00:01:02,000 --> 00:01:08,000`)")
            }
            if let c = SubtitleCues.cue(start, end, Array(lines[(t + 1)...])) { cues.append((line + t, c)) }
        }
        return try WebVTTReader.transcript(cues, title: nil, path: path, data: data)
    }

    /// Whether a text starts as a SubRip file does: a number, then a timing line.
    static func looksLikeSRT(_ text: Substring) -> Bool {
        let lines = text.prefix(300).split(separator: "\n", maxSplits: 2).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        return lines.count >= 2 && !lines[0].isEmpty && lines[0].allSatisfy(\.isNumber)
            && SubtitleCues.timing(Substring(lines[1])) != nil
    }
}
