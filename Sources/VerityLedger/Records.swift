import Foundation
import GRDB
import VerityDocument

/// What a claim is about.
public enum ClaimKind: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    case quote, quantity, date, statement
}

/// Where a claim stands. `unverified` until someone (or `verity check --update`) says otherwise.
public enum ClaimStatus: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    case unverified, supported, disputed, contradicted, misquoted, unsupported, retracted
}

/// How a source passage bears on a claim.
public enum Stance: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    case supports, refutes, mentions
}

/// A source document, stored once with the text as it was read.
public struct Source: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "source"
    public var id: Int64?
    public var path: String
    public var title: String?
    public var publisher: String?
    public var url: String?
    public var kind: String?
    public var speaker: String?
    public var publishedOn: String?
    public var format: String
    public var text: String
    public var sha256: String
    public var addedAt: Date
    /// The file's absolute location, symlinks resolved: with the text's hash, what identifies a source. Nil for
    /// sources added before locations were kept, and for texts that come from no file.
    public var location: String?

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let path = Column(CodingKeys.path)
        public static let sha256 = Column(CodingKeys.sha256)
        public static let location = Column(CodingKeys.location)
    }

    public init(
        id: Int64? = nil, path: String, title: String? = nil, publisher: String? = nil, url: String? = nil,
        kind: String? = nil, speaker: String? = nil, publishedOn: String? = nil, format: String = "plain",
        text: String, sha256: String, addedAt: Date = Date(), location: String? = nil
    ) {
        self.id = id; self.path = path; self.title = title; self.publisher = publisher; self.url = url
        self.kind = kind; self.speaker = speaker; self.publishedOn = publishedOn; self.format = format
        self.text = text; self.sha256 = sha256; self.addedAt = addedAt; self.location = location
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// `S1`, `S2`, …
    public var code: String { "S\(id ?? 0)" }

    static let evidence = hasMany(Evidence.self)
}

/// A statement the article relies on: a quote, a quantity, a date or a plain statement.
public struct Claim: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "claim"
    public var id: Int64?
    public var kind: ClaimKind
    public var text: String
    public var speaker: String?
    public var subject: String?
    public var value: Double?
    public var unit: String?
    public var qualifier: String?
    public var dateValue: String?
    public var article: String?
    public var articleStart: Int?
    public var articleEnd: Int?
    public var status: ClaimStatus
    public var createdAt: Date
    public var updatedAt: Date

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let kind = Column(CodingKeys.kind)
        public static let status = Column(CodingKeys.status)
        public static let article = Column(CodingKeys.article)
    }

    public init(
        id: Int64? = nil, kind: ClaimKind, text: String, speaker: String? = nil, subject: String? = nil,
        value: Double? = nil, unit: String? = nil, qualifier: String? = nil, dateValue: String? = nil,
        article: String? = nil, articleStart: Int? = nil, articleEnd: Int? = nil,
        status: ClaimStatus = .unverified, createdAt: Date = Date(), updatedAt: Date = Date()
    ) {
        self.id = id; self.kind = kind; self.text = text; self.speaker = speaker; self.subject = subject
        self.value = value; self.unit = unit; self.qualifier = qualifier; self.dateValue = dateValue
        self.article = article; self.articleStart = articleStart; self.articleEnd = articleEnd
        self.status = status; self.createdAt = createdAt; self.updatedAt = updatedAt
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// `C1`, `C2`, …
    public var code: String { "C\(id ?? 0)" }
}

/// A passage of a source attached to a claim, anchored as a W3C TextQuoteSelector plus offsets.
public struct Evidence: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "evidence"
    public var id: Int64?
    public var claimId: Int64
    public var sourceId: Int64
    public var exact: String
    public var prefix: String
    public var suffix: String
    public var start: Int
    public var end: Int
    public var stance: Stance
    public var note: String?
    public var attachedAt: Date
    /// The source's SHA-256 when the span was attached; a different current hash means the text changed.
    public var sourceSha256: String
    /// The span's 1-based page in a PDF source; nil for other sources (and evidence attached before v7).
    public var page: Int? = nil
    /// The span's time range in seconds in a timed source (subtitles); nil for others.
    public var timeStart: Double? = nil
    public var timeEnd: Double? = nil

    /// `page` and the time range as the evidence of a finding gives them.
    public var time: TimeSpan? { timeStart.flatMap { s in timeEnd.map { TimeSpan(start: s, end: $0) } } }

    /// `p. 2`, `01:02.0–01:08.0`: where a person finds the passage in the original file; nil for plain sources.
    public var anchorLabel: String? {
        let parts = [page.map { "p. \($0)" }, time?.label].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    public enum Columns {
        public static let claimId = Column(CodingKeys.claimId)
        public static let sourceId = Column(CodingKeys.sourceId)
    }

    public init(
        id: Int64? = nil, claimId: Int64, sourceId: Int64, exact: String, prefix: String, suffix: String,
        start: Int, end: Int, stance: Stance = .supports, note: String? = nil, attachedAt: Date = Date(),
        sourceSha256: String
    ) {
        self.id = id; self.claimId = claimId; self.sourceId = sourceId; self.exact = exact; self.prefix = prefix
        self.suffix = suffix; self.start = start; self.end = end; self.stance = stance; self.note = note
        self.attachedAt = attachedAt; self.sourceSha256 = sourceSha256
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One change of a claim's status. Append-only: the schema refuses updates and deletes.
public struct StatusEvent: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "statusEvent"
    public var id: Int64?
    public var claimId: Int64
    public var fromStatus: ClaimStatus?
    public var toStatus: ClaimStatus
    public var at: Date
    public var by: String
    public var note: String?

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let claimId = Column(CodingKeys.claimId)
        public static let by = Column(CodingKeys.by)
    }

    public init(
        id: Int64? = nil, claimId: Int64, fromStatus: ClaimStatus?, toStatus: ClaimStatus, at: Date = Date(),
        by: String, note: String? = nil
    ) {
        self.id = id; self.claimId = claimId; self.fromStatus = fromStatus; self.toStatus = toStatus
        self.at = at; self.by = by; self.note = note
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A source passage shown with a stored finding.
public struct FindingPassage: Codable, Sendable, Equatable {
    public var document: String
    public var line: Int
    public var start: Int
    public var end: Int
    public var excerpt: String

    public init(document: String, line: Int, start: Int, end: Int, excerpt: String) {
        self.document = document; self.line = line; self.start = start; self.end = end; self.excerpt = excerpt
    }
}

/// A finding of the latest `verity check` run, kept so reports can show it.
public struct StoredFinding: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "finding"
    public var id: Int64?
    public var claimId: Int64?
    public var rule: String
    public var severity: String
    public var document: String
    public var line: Int
    public var column: Int
    public var start: Int
    public var end: Int
    public var excerpt: String
    public var message: String
    /// The evidence passages, kept by GRDB as a JSON column (`evidenceJSON`).
    public var evidence: [FindingPassage]
    public var checkedAt: Date

    enum CodingKeys: String, CodingKey {
        case id, claimId, rule, severity, document, line, column, start, end, excerpt, message, checkedAt
        case evidence = "evidenceJSON"
    }

    public init(
        id: Int64? = nil, claimId: Int64?, rule: String, severity: String, document: String, line: Int,
        column: Int, start: Int, end: Int, excerpt: String, message: String, evidence: [FindingPassage],
        checkedAt: Date
    ) {
        self.id = id; self.claimId = claimId; self.rule = rule; self.severity = severity; self.document = document
        self.line = line; self.column = column; self.start = start; self.end = end; self.excerpt = excerpt
        self.message = message; self.evidence = evidence; self.checkedAt = checkedAt
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Evidence {
    /// Characters of context kept either side of the span (the TextQuoteSelector's prefix and suffix).
    public static let contextLength = 32

    /// Evidence for the span `start..<end` of a source's document, anchored by its exact words and their context.
    public init(claimId: Int64, source: Source, document: Document, start: Int, end: Int, stance: Stance, note: String?)
    {
        self.init(
            claimId: claimId, sourceId: source.id!, exact: document.slice(start, end),
            prefix: document.slice(max(document.bodyStart, start - Evidence.contextLength), start),
            suffix: document.slice(end, min(document.count, end + Evidence.contextLength)),
            start: start, end: end, stance: stance, note: note, sourceSha256: source.sha256)
        self.page = document.page(at: start)
        let time = document.time(start, end)
        self.timeStart = time?.start; self.timeEnd = time?.end
    }
}
