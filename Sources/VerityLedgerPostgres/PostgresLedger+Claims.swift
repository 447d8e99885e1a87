import Foundation
import PostgresNIO
import VerityLedger

extension PostgresLedger {
    public func addClaims(_ claims: [Claim], by: String) throws -> [Claim] {
        try write { s in try claims.map { try PostgresLedger.addClaim($0, by: by, s) } }
    }

    static func addClaim(_ claim: Claim, by: String, _ s: PostgresSession) throws -> Claim {
        var c = claim
        let now = Date()
        c.createdAt = now; c.updatedAt = now
        c.id = try insert(c, s)
        _ = try insert(
            StatusEvent(claimId: c.id!, fromStatus: nil, toStatus: c.status, at: now, by: by, note: "recorded"), s)
        return c
    }

    /// Inserts a claim as it is (its id kept when it has one) and returns its id.
    static func insert(_ c: Claim, _ s: PostgresSession) throws -> Int64 {
        try s.rows(
            """
            INSERT INTO claim (id, kind, text, speaker, subject, value, unit, qualifier, date_value, article,
                article_start, article_end, status, created_at, updated_at)
            VALUES (COALESCE(\(c.id), nextval(pg_get_serial_sequence('claim', 'id'))), \(c.kind.rawValue), \(c.text),
                \(c.speaker), \(c.subject), \(c.value), \(c.unit), \(c.qualifier), \(c.dateValue), \(c.article),
                \(c.articleStart), \(c.articleEnd), \(c.status.rawValue), \(c.createdAt), \(c.updatedAt))
            RETURNING id
            """)[0].decode(Int64.self)
    }

    static func insert(_ e: StatusEvent, _ s: PostgresSession) throws -> Int64 {
        try s.rows(
            """
            INSERT INTO status_event (id, claim_id, from_status, to_status, at, by, note)
            VALUES (COALESCE(\(e.id), nextval(pg_get_serial_sequence('status_event', 'id'))), \(e.claimId),
                \(e.fromStatus?.rawValue), \(e.toStatus.rawValue), \(e.at), \(e.by), \(e.note))
            RETURNING id
            """)[0].decode(Int64.self)
    }

    static func insert(_ e: Evidence, _ s: PostgresSession) throws -> Int64 {
        try s.rows(
            """
            INSERT INTO evidence (id, claim_id, source_id, exact, prefix, suffix, start, "end", stance, note,
                attached_at, source_sha256, page, time_start, time_end)
            VALUES (COALESCE(\(e.id), nextval(pg_get_serial_sequence('evidence', 'id'))), \(e.claimId), \(e.sourceId),
                \(e.exact), \(e.prefix), \(e.suffix), \(e.start), \(e.end), \(e.stance.rawValue), \(e.note),
                \(e.attachedAt), \(e.sourceSha256), \(e.page), \(e.timeStart), \(e.timeEnd))
            RETURNING id
            """)[0].decode(Int64.self)
    }

    static func insert(_ f: StoredFinding, _ s: PostgresSession) throws -> Int64 {
        let json = try PostgresRecords.json(f.evidence)
        return try s.rows(
            """
            INSERT INTO finding (id, claim_id, rule, severity, document, line, "column", start, "end", excerpt,
                message, evidence_json, checked_at)
            VALUES (COALESCE(\(f.id), nextval(pg_get_serial_sequence('finding', 'id'))), \(f.claimId), \(f.rule),
                \(f.severity), \(f.document), \(f.line), \(f.column), \(f.start), \(f.end), \(f.excerpt), \(f.message),
                \(json), \(f.checkedAt))
            RETURNING id
            """)[0].decode(Int64.self)
    }

    public func claims(status: ClaimStatus?) throws -> [Claim] {
        try read { s in
            try s.rows(
                """
                SELECT \(unescaped: PostgresRecords.claimColumns) FROM claim
                WHERE \(status?.rawValue)::text IS NULL OR status = \(status?.rawValue) ORDER BY id
                """
            ).map(PostgresRecords.claim)
        }
    }

    public func claim(_ id: Int64) throws -> Claim {
        guard let c = try read({ s in try PostgresLedger.claim(id, s, lock: false) }) else {
            throw LedgerError.unknownClaim("C\(id)")
        }
        return c
    }

    static func claim(_ id: Int64, _ s: PostgresSession, lock: Bool) throws -> Claim? {
        try s.rows(
            """
            SELECT \(unescaped: PostgresRecords.claimColumns) FROM claim
            WHERE id = \(id)\(unescaped: lock ? " FOR UPDATE" : "")
            """
        ).first.map(PostgresRecords.claim)
    }

    public func setStatus(_ claimId: Int64, to status: ClaimStatus, by: String, note: String?) throws -> StatusEvent {
        try write { s in
            // the claim's row stays locked to this transaction, so two editors' changes never cross
            guard let c = try PostgresLedger.claim(claimId, s, lock: true) else {
                throw LedgerError.unknownClaim("C\(claimId)")
            }
            guard c.status != status else { throw LedgerError.sameStatus(claim: c.code, status: status) }
            return try PostgresLedger.change(c, to: status, by: by, note: note, s)
        }
    }

    /// Appends the event and sets the claim's status; the claim's row is locked by the caller.
    static func change(_ c: Claim, to status: ClaimStatus, by: String, note: String?, _ s: PostgresSession) throws
        -> StatusEvent
    {
        let now = Date()
        var e = StatusEvent(claimId: c.id!, fromStatus: c.status, toStatus: status, at: now, by: by, note: note)
        e.id = try insert(e, s)
        _ = try s.rows("UPDATE claim SET status = \(status.rawValue), updated_at = \(now) WHERE id = \(c.id!)")
        return e
    }

    public func history(claimId: Int64?) throws -> [StatusEvent] {
        try read { s in
            if let claimId, try PostgresLedger.claim(claimId, s, lock: false) == nil {
                throw LedgerError.unknownClaim("C\(claimId)")
            }
            return try s.rows(
                """
                SELECT \(unescaped: PostgresRecords.eventColumns) FROM status_event
                WHERE \(claimId)::bigint IS NULL OR claim_id = \(claimId) ORDER BY id
                """
            ).map(PostgresRecords.event)
        }
    }

    public func attach(_ evidence: Evidence) throws -> Evidence {
        try write { s in
            guard try PostgresLedger.claim(evidence.claimId, s, lock: false) != nil else {
                throw LedgerError.unknownClaim("C\(evidence.claimId)")
            }
            guard try PostgresLedger.source(evidence.sourceId, s) != nil else {
                throw LedgerError.unknownSource("S\(evidence.sourceId)")
            }
            var e = evidence
            e.id = try PostgresLedger.insert(e, s)
            return e
        }
    }

    public func evidence(claimId: Int64?) throws -> [Evidence] {
        try read { s in
            try s.rows(
                """
                SELECT \(unescaped: PostgresRecords.evidenceColumns) FROM evidence
                WHERE \(claimId)::bigint IS NULL OR claim_id = \(claimId) ORDER BY id
                """
            ).map(PostgresRecords.evidence)
        }
    }

    public func recordCheck(
        findings: [StoredFinding], statusChanges: [(claimId: Int64, to: ClaimStatus, note: String)],
        evidence: [Evidence], by: String
    ) throws {
        try write { s in
            // one check's findings replace the last one's whole, even when two desks check at once
            _ = try s.rows("LOCK TABLE finding IN EXCLUSIVE MODE")
            _ = try s.rows("DELETE FROM finding")
            for f in findings { _ = try PostgresLedger.insert(f, s) }
            for e in evidence { _ = try PostgresLedger.insert(e, s) }
            for change in statusChanges {
                guard let c = try PostgresLedger.claim(change.claimId, s, lock: true), c.status != change.to else {
                    continue
                }
                _ = try PostgresLedger.change(c, to: change.to, by: by, note: change.note, s)
            }
        }
    }

    public func findings() throws -> [StoredFinding] {
        try read { s in
            try s.rows("SELECT \(unescaped: PostgresRecords.findingColumns) FROM finding ORDER BY id").map(
                PostgresRecords.finding)
        }
    }
}
