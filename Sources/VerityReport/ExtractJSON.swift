import VerityDocument
import VerityText

/// `verity extract --format json`, as fixed by CONTRACT.md (version 1).
public enum ExtractJSON {
    public static func render(_ extractions: [Extraction]) -> String {
        var out: [UInt8] = []
        write(extractions.map(chunk)) { out.append(contentsOf: $0) }
        return String(decoding: out, as: UTF8.self)
    }

    /// One document's object, as it stands in the `documents` array: made on its own (on any core), then written
    /// with the others in order by `write`.
    public static func chunk(_ ex: Extraction) -> [UInt8] {
        var w = JSONWriter(depth: 2)
        document(ex, &w)
        return w.out
    }

    /// The whole output from the documents' chunks in order, handed to `emit` piece by piece (no newline at the end).
    public static func write(_ chunks: [[UInt8]], _ emit: ([UInt8]) -> Void) {
        // the layout of JSONWriter (and of JSONValue.render, which once built the whole tree first)
        guard !chunks.isEmpty else { emit(Array("{\n  \"version\": 1,\n  \"documents\": []\n}".utf8)); return }
        emit(Array("{\n  \"version\": 1,\n  \"documents\": [\n    ".utf8))
        for (i, c) in chunks.enumerated() {
            if i > 0 { emit(Array(",\n    ".utf8)) }
            emit(c)
        }
        emit(Array("\n  ]\n}".utf8))
    }

    static func document(_ ex: Extraction, _ w: inout JSONWriter) {
        w.open("{")
        w.string("document", ex.document.path)
        w.next("quotes")
        w.open("[")
        for q in ex.quotes {
            w.next(); w.open("{")
            w.string("text", q.text); w.int("start", q.start); w.int("end", q.end)
            w.string("speaker", q.speaker); w.int("speakerStart", q.speakerStart); w.int("speakerEnd", q.speakerEnd)
            w.string("cue", q.cue); w.string("rule", q.rule)
            w.close("}")
        }
        w.close("]")
        w.next("quantities")
        w.open("[")
        for q in ex.quantities {
            w.next(); w.open("{")
            w.string("text", q.text); w.int("start", q.start); w.int("end", q.end); w.number("value", q.value)
            w.string("unit", q.unit); w.string("subject", q.subject); w.string("qualifier", q.qualifier.rawValue)
            w.string("rule", q.rule)
            w.close("}")
        }
        w.close("]")
        w.next("dates")
        w.open("[")
        for d in ex.dates {
            w.next(); w.open("{")
            w.string("text", d.text); w.int("start", d.start); w.int("end", d.end); w.string("value", d.value)
            if let c = d.weekdayConflict { w.string("weekdayConflict", c) }
            w.string("rule", d.rule)
            w.close("}")
        }
        w.close("]")
        // expressions that need a date the document does not give; never resolved against the clock
        w.next("unresolvedDates")
        w.open("[")
        for d in ex.unresolvedDates {
            w.next(); w.open("{")
            w.string("text", d.text); w.int("start", d.start); w.int("end", d.end); w.string("rule", d.rule)
            w.close("}")
        }
        w.close("]")
        w.close("}")
    }

    public static func number(_ v: Double) -> String { JSONValue.number(v).render() }
}
