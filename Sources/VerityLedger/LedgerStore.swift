import Foundation

/// What a claims ledger does, whichever database keeps it: the SQLite file of one laptop (`Ledger`, GRDB) or a
/// PostgreSQL database a desk shares (`PostgresLedger` in VerityLedgerPostgres). Commands, checks and reports talk only
/// to this protocol, so none of them knows which store it has.
///
/// Every method that writes is one transaction: all of it is kept or none. A store opened to read refuses every write.
public protocol LedgerStore: AnyObject, Sendable {
    /// Which store and where, with no password: "SQLite ledger at Claims/ledger.sqlite", "PostgreSQL ledger at …".
    var location: LedgerLocation { get }
    /// Opened by a command that only reads: every write method refuses.
    var isReadOnly: Bool { get }
    /// Who a change is by when the command names no one: nil for the operating-system user (SQLite), the database
    /// role (PostgreSQL).
    var defaultActor: String? { get }

    // MARK: sources
    func sources() throws -> [Source]
    func source(_ id: Int64) throws -> Source
    func sourceCount() throws -> Int
    func sources(ids: [Int64]) throws -> [Source]
    /// How many sources hold each word (lowercase, as the full-text index splits them); absent words are left out.
    func documentFrequencies(_ words: Set<String>) throws -> [String: Int]
    /// For each claim, the sources whose text holds its first phrase; where none does, those holding every phrase of
    /// any of the other groups (phrases are runs of words as the index splits them).
    func sourcesHoldingPhrases(
        _ claims: [(whole: [String], fallbacks: [[[String]]])], limit: Int, fallbackLimit: Int
    ) throws -> [[Int64]]
    /// Sources holding any of the words, best ranked first, for each group of words in one read.
    func sourcesMatching(anyOf groups: [[String]], limit: Int) throws -> [[Int64]]
    /// Adds sources in one transaction: all or none (see `SourceAddResult` for what each became).
    func addSources(_ sources: [Source], replace: Bool) throws -> [SourceAddResult]
    /// Adds `count` sources in one transaction, each asked of `source` in order when it is stored (so they may still
    /// be being read while the first are written); what `source` throws undoes the whole.
    func addSources(count: Int, replace: Bool, _ source: (Int) throws -> Source) throws -> [SourceAddResult]
    /// Every text a source has had, oldest first, the current one last.
    func versions(of sourceId: Int64) throws -> [SourceVersion]

    // MARK: claims, status, evidence, findings
    /// Records claims and the first status event of each, in one transaction.
    func addClaims(_ claims: [Claim], by: String) throws -> [Claim]
    func claims(status: ClaimStatus?) throws -> [Claim]
    func claim(_ id: Int64) throws -> Claim
    /// Changes a claim's status and appends the event, in one transaction.
    func setStatus(_ claimId: Int64, to status: ClaimStatus, by: String, note: String?) throws -> StatusEvent
    /// The status history, oldest first, of one claim or of all.
    func history(claimId: Int64?) throws -> [StatusEvent]
    func attach(_ evidence: Evidence) throws -> Evidence
    func evidence(claimId: Int64?) throws -> [Evidence]
    /// Replaces the stored findings with those of the latest check, attaches the evidence it found and applies status
    /// changes, in one transaction.
    func recordCheck(
        findings: [StoredFinding], statusChanges: [(claimId: Int64, to: ClaimStatus, note: String)],
        evidence: [Evidence], by: String
    ) throws
    func findings() throws -> [StoredFinding]

    // MARK: the whole ledger
    /// Counts and schema version, for `verity ledger info`.
    func info() throws -> LedgerInfo
    /// Every row, ids kept, in one read (for `verity ledger copy`).
    func contents() throws -> LedgerContents
    /// Writes a whole ledger's rows, ids kept, into this empty ledger in one transaction; refuses a non-empty one.
    func load(_ contents: LedgerContents) throws
}

extension LedgerStore {
    /// Every source first, then `addSources(_:replace:)`.
    public func addSources(count: Int, replace: Bool, _ source: (Int) throws -> Source) throws -> [SourceAddResult] {
        try addSources((0..<count).map(source), replace: replace)
    }

    @discardableResult
    public func addSource(_ source: Source, replace: Bool = false) throws -> SourceAddResult {
        guard let r = try addSources([source], replace: replace).first else { throw LedgerError.openedReadOnly }
        return r
    }

    @discardableResult
    public func addClaim(_ claim: Claim, by: String) throws -> Claim {
        guard let c = try addClaims([claim], by: by).first else { throw LedgerError.openedReadOnly }
        return c
    }

    public func claims() throws -> [Claim] { try claims(status: nil) }
    public func history() throws -> [StatusEvent] { try history(claimId: nil) }
    public func evidence() throws -> [Evidence] { try evidence(claimId: nil) }

    public func recordCheck(
        findings: [StoredFinding], statusChanges: [(claimId: Int64, to: ClaimStatus, note: String)], by: String
    ) throws {
        try recordCheck(findings: findings, statusChanges: statusChanges, evidence: [], by: by)
    }

    /// The version of its source an evidence span was attached to (the latest one with that text).
    public func attachedVersion(of evidence: Evidence) throws -> SourceVersion? {
        try versions(of: evidence.sourceId).last { $0.sha256 == evidence.sourceSha256 }
    }

    /// Whether the ledger holds nothing at all yet (a ledger is copied only into an empty one).
    public func isEmpty() throws -> Bool {
        let i = try info()
        return i.sources == 0 && i.claims == 0 && i.events == 0 && i.findings == 0
    }
}

/// Which store a ledger is in and where, as shown to people: never with a password.
public struct LedgerLocation: Sendable, Equatable, CustomStringConvertible {
    public enum Store: String, Sendable { case sqlite = "SQLite", postgres = "PostgreSQL" }
    public var store: Store
    /// A file's path, or a PostgreSQL URL without its password.
    public var shown: String
    /// The file of a SQLite ledger (reports are written beside its folder); nil for a server.
    public var file: String?

    public init(store: Store, shown: String, file: String? = nil) {
        self.store = store; self.shown = shown; self.file = file
    }

    public var description: String { "\(store.rawValue) ledger at \(shown)" }
}

/// What `verity ledger info` says of a ledger.
public struct LedgerInfo: Sendable, Equatable {
    public var location: LedgerLocation
    public var sources: Int
    /// Earlier texts of sources kept beside their current ones.
    public var earlierVersions: Int
    public var claims: Int
    public var evidence: Int
    /// Status history events.
    public var events: Int
    public var findings: Int
    /// The latest migration applied (the same names in both stores), and how many there are.
    public var schemaVersion: String
    public var migrations: Int

    public init(
        location: LedgerLocation, sources: Int, earlierVersions: Int, claims: Int, evidence: Int, events: Int,
        findings: Int, schemaVersion: String, migrations: Int
    ) {
        self.location = location; self.sources = sources; self.earlierVersions = earlierVersions
        self.claims = claims; self.evidence = evidence; self.events = events; self.findings = findings
        self.schemaVersion = schemaVersion; self.migrations = migrations
    }
}

/// Every row of a ledger, ids kept: what `verity ledger copy` moves from one store to another.
public struct LedgerContents: Sendable, Equatable {
    public var sources: [Source]
    /// The earlier texts of sources, in order of source and version (the current text is the source's own).
    public var earlierVersions: [SourceVersion]
    public var claims: [Claim]
    public var evidence: [Evidence]
    public var events: [StatusEvent]
    public var findings: [StoredFinding]

    public init(
        sources: [Source], earlierVersions: [SourceVersion], claims: [Claim], evidence: [Evidence],
        events: [StatusEvent], findings: [StoredFinding]
    ) {
        self.sources = sources; self.earlierVersions = earlierVersions; self.claims = claims
        self.evidence = evidence; self.events = events; self.findings = findings
    }
}
