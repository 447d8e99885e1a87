import ArgumentParser
import Foundation
import VerityDocument
import VerityLedger

/// The root command holds only the configuration; each subcommand lives in its own file.
struct Verity: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verity",
        abstract: "Check a story's quotes, numbers and dates against its sources.",
        discussion: """
            Everyday flow: verity init → verity source add → verity claim add (or claim extract) → \
            verity attach → verity check → verity report.
            One-shot linting without a ledger: verity check ARTICLE --sources DIR.
            A desk's shared ledger: --ledger postgres://user@host:5432/database (or VERITY_LEDGER) on any command.
            Exit status: 0 clean, 1 errors found by check, 2 bad input or usage.
            """,
        version: "0.1.0",
        subcommands: [
            Init.self, SourceCommand.self, ClaimCommand.self, Attach.self, Status.self, Log.self,
            Check.self, Report.self, Extract.self, LedgerCommand.self,
        ]
    )
}

/// A usage error as one line: argument-parser's message without its "Error:" and usage lines.
func usageSentence(_ error: any Error) -> String {
    let lines = Verity.message(for: error).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty && !$0.hasPrefix("Usage:") && !$0.hasPrefix("Help:") && !$0.hasPrefix("See '") }
    let items = lines.filter { $0.hasPrefix("- ") }.map { $0.dropFirst(2) }.joined(separator: ", ")
    var first = lines.first ?? "the command line is not valid"
    if first.hasPrefix("Error:") { first = first.dropFirst(6).trimmingCharacters(in: .whitespaces) }
    if !items.isEmpty { first += " " + items }
    first = first.replacingOccurrences(of: ". Please provide", with: "; please provide")
    while first.hasSuffix(".") || first.hasSuffix(":") { first.removeLast() }
    if let f = first.first, f.isUppercase, first.dropFirst().first?.isLowercase == true {
        first = f.lowercased() + first.dropFirst()
    }
    return first + " (see `verity help`)"
}

/// Errors of the command layer.
enum CLIError: LocalizedError {
    case message(String)
    var errorDescription: String? { if case let .message(m) = self { return m }; return nil }
}

@main
enum Main {
    static func main() {
        do {
            let (arguments, runs) = ArgumentRuns.collapse(Array(CommandLine.arguments.dropFirst()))
            var command = try Verity.parseAsRoot(arguments)
            if var expanding = command as? any ExpandsArgumentRuns & ParsableCommand {
                expanding.expand(runs)
                command = expanding
            }
            try command.run()
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch let error where LedgerError.describing(error) != nil {
            printErr("verity: \(LedgerError.describing(error)!.localizedDescription)")
            exit(2)
        } catch let error as LocalizedError {
            printErr("verity: \(error.localizedDescription)")
            exit(2)
        } catch {
            let code = Verity.exitCode(for: error)
            if code == .success { Verity.exit(withError: error) }
            printErr("verity: \(usageSentence(error))")
            // usage errors exit 2, as grep and diff do (swift-argument-parser would use 64)
            exit(code == .validationFailure || code.rawValue == 64 ? 2 : (code.rawValue == 1 ? 2 : code.rawValue))
        }
    }
}
