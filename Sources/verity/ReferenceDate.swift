import ArgumentParser
import VerityDocument

/// `--date`: the day a text's relative dates ("yesterday", "on Monday") count from when it gives no date itself.
/// Without it such dates stay unresolved: Verity never reads them against the clock, so a result is the same any day.
struct ReferenceDate: ParsableArguments {
    @Option(
        name: .customLong("date"),
        help: "The day relative dates count from in texts whose front matter gives no date (YYYY-MM-DD).")
    var day: String?

    func validate() throws {
        if let day, CalendarDay(iso: day) == nil {
            throw ValidationError("--date takes a day as YYYY-MM-DD, not '\(day)'")
        }
    }

    /// The document, given the reference day when it has no date of its own.
    func dated(_ doc: Document) -> Document {
        guard let day, doc.frontMatter.day == nil else { return doc }
        var doc = doc
        doc.frontMatter.date = day
        return doc
    }
}
