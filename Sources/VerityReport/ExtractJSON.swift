import VerityDocument
import VerityText

/// `verity extract --format json`, as fixed by CONTRACT.md (version 1).
public enum ExtractJSON {
    public static func render(_ extractions: [Extraction]) -> String {
        // written as it is made (the layout of JSONValue.render, which once built the whole tree first)
        var w = JSONWriter()
        w.open("{")
        w.int("version", 1)
        w.next("documents")
        w.open("[")
        for ex in extractions { w.next(); document(ex, &w) }
        w.close("]")
        w.close("}")
        return w.text
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
