import Foundation
import PostgresNIO
import VerityLedger

/// The ledger's records as PostgreSQL rows: the columns each query selects, in order, and how a row becomes a record.
enum PostgresRecords {
    static let sourceColumns =
        "id, path, title, publisher, url, kind, speaker, published_on, format, text, sha256, added_at, location"
    static let versionColumns = "id, source_id, version, path, format, text, sha256, added_at"
    static let claimColumns =
        "id, kind, text, speaker, subject, value, unit, qualifier, date_value, article, article_start, article_end, "
        + "status, created_at, updated_at"
    static let evidenceColumns =
        "id, claim_id, source_id, exact, prefix, suffix, start, \"end\", stance, note, attached_at, source_sha256, "
        + "page, time_start, time_end"
    static let eventColumns = "id, claim_id, from_status, to_status, at, by, note"
    static let findingColumns =
        "id, claim_id, rule, severity, document, line, \"column\", start, \"end\", excerpt, message, evidence_json, "
        + "checked_at"

    static func source(_ row: PostgresRow) throws -> Source {
        let (id, path, title, publisher, url, kind, speaker, publishedOn, format, text, sha256, addedAt, location) =
            try row.decode(
                (
                    Int64, String, String?, String?, String?, String?, String?, String?, String, String, String, Date,
                    String?
                ).self)
        return Source(
            id: id, path: path, title: title, publisher: publisher, url: url, kind: kind, speaker: speaker,
            publishedOn: publishedOn, format: format, text: text, sha256: sha256, addedAt: addedAt, location: location)
    }

    static func version(_ row: PostgresRow) throws -> SourceVersion {
        let (id, sourceId, version, path, format, text, sha256, addedAt) = try row.decode(
            (Int64, Int64, Int, String, String, String, String, Date).self)
        return SourceVersion(
            id: id, sourceId: sourceId, version: version, path: path, format: format, text: text, sha256: sha256,
            addedAt: addedAt)
    }

    static func claim(_ row: PostgresRow) throws -> Claim {
        let (id, kind, text, speaker, subject, value, unit, qualifier, dateValue, article, start, end, status) =
            try row.decode(
                (
                    Int64, String, String, String?, String?, Double?, String?, String?, String?, String?, Int?, Int?,
                    String
                ).self)
        let (createdAt, updatedAt) = try row.makeRandomAccess().dates("created_at", "updated_at")
        return Claim(
            id: id, kind: try decoded(ClaimKind.self, kind), text: text, speaker: speaker, subject: subject,
            value: value, unit: unit, qualifier: qualifier, dateValue: dateValue, article: article, articleStart: start,
            articleEnd: end, status: try decoded(ClaimStatus.self, status), createdAt: createdAt, updatedAt: updatedAt)
    }

    static func evidence(_ row: PostgresRow) throws -> Evidence {
        let (id, claimId, sourceId, exact, prefix, suffix, start, end, stance, note, attachedAt, sourceSha256) =
            try row.decode((Int64, Int64, Int64, String, String, String, Int, Int, String, String?, Date, String).self)
        var e = Evidence(
            id: id, claimId: claimId, sourceId: sourceId, exact: exact, prefix: prefix, suffix: suffix, start: start,
            end: end, stance: try decoded(Stance.self, stance), note: note, attachedAt: attachedAt,
            sourceSha256: sourceSha256)
        // the anchors (v7) follow the twelve columns above
        let cells = Array(row)
        e.page = try cells[12].decode(Int?.self)
        e.timeStart = try cells[13].decode(Double?.self)
        e.timeEnd = try cells[14].decode(Double?.self)
        return e
    }

    static func event(_ row: PostgresRow) throws -> StatusEvent {
        let (id, claimId, from, to, at, by, note) = try row.decode(
            (Int64, Int64, String?, String, Date, String, String?).self)
        return StatusEvent(
            id: id, claimId: claimId, fromStatus: try from.map { try decoded(ClaimStatus.self, $0) },
            toStatus: try decoded(ClaimStatus.self, to), at: at, by: by, note: note)
    }

    static func finding(_ row: PostgresRow) throws -> StoredFinding {
        let (id, claimId, rule, severity, document, line, column, start, end, excerpt, message, json) = try row.decode(
            (Int64, Int64?, String, String, String, Int, Int, Int, Int, String, String, String).self)
        let checkedAt = try row.makeRandomAccess()["checked_at"].decode(Date.self)
        return StoredFinding(
            id: id, claimId: claimId, rule: rule, severity: severity, document: document, line: line, column: column,
            start: start, end: end, excerpt: excerpt, message: message,
            evidence: try JSONDecoder().decode([FindingPassage].self, from: Data(json.utf8)), checkedAt: checkedAt)
    }

    /// A finding's passages as the JSON text its column keeps.
    static func json(_ passages: [FindingPassage]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(passages), as: UTF8.self)
    }

    static func decoded<T: RawRepresentable>(_: T.Type, _ raw: String) throws -> T where T.RawValue == String {
        guard let v = T(rawValue: raw) else { throw PostgresLedgerError.server(shown: "", message: "unknown '\(raw)'") }
        return v
    }
}

extension PostgresRandomAccessRow {
    func dates(_ a: String, _ b: String) throws -> (Date, Date) {
        (try self[a].decode(Date.self), try self[b].decode(Date.self))
    }
}
