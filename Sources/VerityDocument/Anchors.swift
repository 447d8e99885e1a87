import Foundation

/// A stretch of a recording, in seconds from its start.
public struct TimeSpan: Sendable, Equatable, Codable {
    public var start: Double
    public var end: Double

    public init(start: Double, end: Double) { self.start = start; self.end = end }

    /// `01:02.0–01:08.0` (hours shown when there are any).
    public var label: String { "\(TimeSpan.clock(start))–\(TimeSpan.clock(end))" }

    /// `01:02.0`, or `1:01:02.0` past the first hour; tenths of a second, rounded down.
    public static func clock(_ seconds: Double) -> String {
        let tenths = Int((seconds * 10).rounded(.down))
        let h = tenths / 36000, m = tenths / 600 % 60, s = tenths / 10 % 60, t = tenths % 10
        let ms = String(format: "%02d:%02d.%d", m, s, t)
        return h > 0 ? "\(h):\(ms)" : ms
    }

    /// The media fragment of the span (`t=62,68`, W3C Media Fragments), in seconds to the millisecond.
    public var mediaFragment: String { "t=\(TimeSpan.seconds(start)),\(TimeSpan.seconds(end))" }

    /// Seconds to the millisecond, without trailing zeros (`62`, `68.5`).
    static func seconds(_ s: Double) -> String {
        let ms = Int((s * 1000).rounded())
        var t = String(format: "%d.%03d", ms / 1000, ms % 1000)
        while t.hasSuffix("0") { t.removeLast() }
        if t.hasSuffix(".") { t.removeLast() }
        return t
    }
}

extension Document {
    /// The 1-based page of an offset in a PDF's text; nil for a text without pages.
    public func page(at offset: Int) -> Int? {
        guard !pageStarts.isEmpty else { return nil }
        var lo = 0, hi = pageStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if pageStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    /// The time a span of a transcript covers: from the start of the cue it begins in to the end of the cue it
    /// ends in; nil for a text without cues.
    public func time(_ start: Int, _ end: Int) -> TimeSpan? {
        guard !cues.isEmpty else { return nil }
        func cue(_ offset: Int) -> TranscriptText.Cue {
            var lo = 0, hi = cues.count - 1
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if cues[mid].marker.lowerBound <= offset { lo = mid } else { hi = mid - 1 }
            }
            return cues[lo]
        }
        let first = cue(start), last = cue(max(start, end - 1))
        return TimeSpan(start: first.start, end: max(first.end, last.end))
    }
}
