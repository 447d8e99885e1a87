import Foundation

/// WebVTT subtitles or transcript: cues with their times, speakers from voice tags (`<v Name>`) and `NAME:` labels.
enum WebVTTReader {
    static func read(path: String, data: Data) throws -> Document {
        let text = try Document.decodeText(data, path: path)
        let blocks = SubtitleCues.blocks(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        guard let header = blocks.first?.lines.first, header.hasPrefix("WEBVTT"),
            header.count == 6 || header.dropFirst(6).first == " " || header.dropFirst(6).first == "\t"
        else { throw DocumentError.badSubtitles(path: path, line: 1, reason: "the file does not start with WEBVTT") }
        let title = header.dropFirst(6).trimmingCharacters(in: .whitespaces).trimmingCharacters(
            in: CharacterSet(charactersIn: "-–— "))
        var cues: [(line: Int, cue: SubtitleCue)] = []
        for (line, lines) in blocks.dropFirst() {
            if let f = lines.first, f.hasPrefix("NOTE") || f.hasPrefix("STYLE") || f.hasPrefix("REGION") { continue }
            guard let t = lines.prefix(2).firstIndex(where: { $0.contains("-->") }) else {
                throw DocumentError.badSubtitles(path: path, line: line, reason: "the block has no timing line")
            }
            guard let (start, end) = SubtitleCues.timing(lines[t]) else {
                throw DocumentError.badSubtitles(
                    path: path, line: line + t, reason: "the timing line is not `00:01:02.000 --> 00:01:08.000`")
            }
            if let c = SubtitleCues.cue(start, end, Array(lines[(t + 1)...])) { cues.append((line + t, c)) }
        }
        return try transcript(cues, title: title.isEmpty ? nil : title, path: path, data: data)
    }

    /// The document of a file's cues, refused when they are out of order or when there is none.
    static func transcript(
        _ cues: [(line: Int, cue: SubtitleCue)], title: String?, path: String, data: Data
    ) throws -> Document {
        try SubtitleCues.checkOrder(cues, path: path)
        guard !cues.isEmpty else { throw DocumentError.empty(path: path) }
        let speakers = Set(cues.compactMap(\.cue.speaker))
        return try ExtractedText(
            format: .transcript,
            metadata: [
                ("title", title), ("kind", "transcript"), ("speaker", speakers.count == 1 ? speakers.first : nil),
            ],
            body: TranscriptText.render(cues.map(\.cue))
        ).document(path: path, fileBytes: data)
    }
}
