import Foundation

/// What went wrong with the ledger, in words a newsroom user understands.
public enum LedgerError: LocalizedError, Equatable {
    case notFound(searchedFrom: String)
    case cannotOpen(path: String, reason: String)
    case badId(String, expected: String)
    case unknownSource(String)
    case unknownClaim(String)
    case sameStatus(claim: String, status: ClaimStatus)

    public var errorDescription: String? {
        switch self {
        case let .notFound(dir):
            return "no ledger found in \(dir) or any folder above it; run `verity init` first, or pass --ledger PATH"
        case let .cannotOpen(path, reason): return "cannot open the ledger at \(path): \(reason)"
        case let .badId(id, expected): return "'\(id)' is not a valid id; expected \(expected)"
        case let .unknownSource(id): return "there is no source \(id) in the ledger (see `verity source list`)"
        case let .unknownClaim(id): return "there is no claim \(id) in the ledger (see `verity claim list`)"
        case let .sameStatus(claim, status): return "\(claim) is already \(status.rawValue)"
        }
    }
}

/// Parses `S12`, `s12` or `12` for sources and `C3`, `c3` or `3` for claims.
public enum LedgerID {
    public static func source(_ s: String) throws -> Int64 { try parse(s, prefix: "S", expected: "a source id such as S1") }
    public static func claim(_ s: String) throws -> Int64 { try parse(s, prefix: "C", expected: "a claim id such as C1") }

    static func parse(_ s: String, prefix: Character, expected: String) throws -> Int64 {
        var body = Substring(s.trimmingCharacters(in: .whitespaces))
        if let f = body.first, f.uppercased() == String(prefix) { body = body.dropFirst() }
        guard let n = Int64(body), n > 0 else { throw LedgerError.badId(s, expected: expected) }
        return n
    }
}
