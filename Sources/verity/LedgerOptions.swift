import ArgumentParser
import Foundation
import VerityLedger
import VerityReport

/// How a command finds the ledger: --ledger, then VERITY_LEDGER, then Claims/ledger.sqlite here or above.
struct LedgerOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The ledger file (default: $VERITY_LEDGER, else Claims/ledger.sqlite in this folder or a parent).",
            valueName: "PATH"))
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
    func open(_ access: Ledger.Access = .readWrite) throws -> Ledger {
        let p = try path()
        var st = stat()
        guard stat(p, &st) == 0 || errno != ENOENT || lstat(p, &st) == 0 else {
            throw CLIError.message("no ledger at \(p); run `verity init` to create one")
        }
        return try Ledger.open(path: p, access: access)
    }
}

func printErr(_ s: String) { FileHandle.standardError.write(Data((Visible.text(s) + "\n").utf8)) }

/// Every line a command prints for a person shows control characters and bidi overrides from the data as escapes
/// (see Visible); output for programs goes through `Swift.print` with its own escaping.
func print(_ s: String) { Swift.print(Visible.text(s)) }

/// Who is making a change: --by, else $VERITY_USER, else $USER.
func actor(_ by: String?) -> String {
    if let by, !by.isEmpty { return by }
    let env = ProcessInfo.processInfo.environment
    return env["VERITY_USER"] ?? env["USER"] ?? "unknown"
}

extension ClaimStatus: ExpressibleByArgument {}
extension ClaimKind: ExpressibleByArgument {}
extension Stance: ExpressibleByArgument {}
