import VerityDocument
import VerityText

/// `verity extract --format json`, as fixed by CONTRACT.md (version 1).
public enum ExtractJSON {
    public static func render(_ extractions: [Extraction]) -> String {
        JSONValue.object([
            ("version", .int(1)),
            ("documents", .array(extractions.map(document))),
        ]).render()
    }

    static func document(_ ex: Extraction) -> JSONValue {
        .object([
            ("document", .string(ex.document.path)),
            ("quotes", .array(ex.quotes.map { q in
                .object([("text", .string(q.text)), ("start", .int(q.start)), ("end", .int(q.end)),
                         ("speaker", .str(q.speaker)), ("speakerStart", .int(q.speakerStart)), ("speakerEnd", .int(q.speakerEnd)),
                         ("cue", .str(q.cue))])
            })),
            ("quantities", .array(ex.quantities.map { q in
                .object([("text", .string(q.text)), ("start", .int(q.start)), ("end", .int(q.end)), ("value", .number(q.value)),
                         ("unit", .str(q.unit)), ("subject", .str(q.subject)), ("qualifier", .string(q.qualifier.rawValue)),
                         ("rule", .string(q.rule))])
            })),
            ("dates", .array(ex.dates.map { d in
                var fields: [(String, JSONValue)] = [("text", .string(d.text)), ("start", .int(d.start)), ("end", .int(d.end)),
                                                     ("value", .string(d.value))]
                if let c = d.weekdayConflict { fields.append(("weekdayConflict", .string(c))) }
                fields.append(("rule", .string(d.rule)))
                return .object(fields)
            })),
            // expressions that need a date the document does not give; never resolved against the clock
            ("unresolvedDates", .array(ex.unresolvedDates.map { d in
                .object([("text", .string(d.text)), ("start", .int(d.start)), ("end", .int(d.end)), ("rule", .string(d.rule))])
            })),
        ])
    }

    public static func number(_ v: Double) -> String { JSONValue.number(v).render() }
}
