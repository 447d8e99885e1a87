import Foundation
import VerityCheck
import VerityLedger

extension Finding {
    /// The ledger row that keeps this finding for reports.
    public func stored(claimId: Int64?, at date: Date) -> StoredFinding {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let evidenceJSON = (try? enc.encode(evidence)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        return StoredFinding(claimId: claimId, rule: rule, severity: severity.rawValue, document: document, line: line,
                             column: column, start: start, end: end, excerpt: excerpt, message: message,
                             evidenceJSON: evidenceJSON, checkedAt: date)
    }
}
