import Foundation
import VerityCheck
import VerityLedger

extension Finding {
    /// The ledger row that keeps this finding for reports, its evidence typed.
    public func stored(claimId: Int64?, at date: Date) -> StoredFinding {
        StoredFinding(
            claimId: claimId, rule: rule, severity: severity.rawValue, document: document, line: line,
            column: column, start: start, end: end, excerpt: excerpt, message: message,
            evidence: evidence.map {
                FindingPassage(
                    document: $0.document, line: $0.line, start: $0.start, end: $0.end,
                    excerpt: $0.excerpt)
            }, checkedAt: date)
    }
}
