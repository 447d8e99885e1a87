import ArgumentParser
import Foundation
import VerityLedger
import VerityLedgerPostgres
import VerityReport

/// How a command finds the ledger: --ledger, then VERITY_LEDGER, then Claims/ledger.sqlite here or above. A
/// `postgres://` URL names a PostgreSQL ledger a desk shares; anything else a SQLite file.
struct LedgerOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The ledger: a SQLite file or a postgres://user@host:5432/database URL (default: $VERITY_LEDGER, else "
                + "Claims/ledger.sqlite in this folder or a parent).",
            valueName: "PATH|URL"))
    var ledger: String?

    static let relative = "Claims/ledger.sqlite"

    func path() throws -> String {
        if let ledger { return ledger }
        if let env = ProcessInfo.processInfo.environment["VERITY_LEDGER"], !env.isEmpty { return env }
        var dir = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL
        while true {
            let candidate = dir.appendingPathComponent(LedgerOptions.relative).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { break }
            dir = parent
        }
        throw LedgerError.notFound(searchedFrom: FileManager.default.currentDirectoryPath)
    }

    /// Opens an existing ledger; never creates one by accident. Commands that only read open it read-only.
    func open(_ access: Ledger.Access = .readWrite) throws -> any LedgerStore {
        try LedgerOptions.open(try path(), access, create: false)
    }

    /// Opens the ledger a path or URL names. `create` makes one where there is none (init, the one-shot check's kept
    /// ledger, the target of `ledger copy`); without it a missing file or an empty database is refused.
    static func open(_ name: String, _ access: Ledger.Access, create: Bool) throws -> any LedgerStore {
        if PostgresAddress.isURL(name) { return try PostgresLedger.open(url: name, access: access, create: create) }
        var st = stat()
        guard create || stat(name, &st) == 0 || errno != ENOENT || lstat(name, &st) == 0 else {
            throw CLIError.message("no ledger at \(name); run `verity init` to create one")
        }
        return try Ledger.open(path: name, access: access)
    }
}

func printErr(_ s: String) { FileHandle.standardError.write(Data((Visible.text(s) + "\n").utf8)) }

/// Every line a command prints for a person shows control characters and bidi overrides from the data as escapes
/// (see Visible); output for programs goes through `Swift.print` with its own escaping.
func print(_ s: String) { Swift.print(Visible.text(s)) }

/// Who is making a change: --by, else $VERITY_USER, else the store's own (a PostgreSQL ledger's database role), else
/// $USER.
func actor(_ by: String?, _ ledger: any LedgerStore) -> String {
    if let by, !by.isEmpty { return by }
    let env = ProcessInfo.processInfo.environment
    return env["VERITY_USER"] ?? ledger.defaultActor ?? env["USER"] ?? "unknown"
}

extension ClaimStatus: ExpressibleByArgument {}
extension ClaimKind: ExpressibleByArgument {}
extension Stance: ExpressibleByArgument {}
