import Foundation
import Testing
@testable import VerityCheck
@testable import VerityDesk

/// One typed rule list: the README's table, the config's validation and SARIF's metadata all follow it.
@Suite("rule ids") struct RuleIDTests {
    @Test func theREADMEsTableListsEveryArticleRuleWithItsSeverity() throws {
        var dir = URL(fileURLWithPath: #filePath)
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
            dir.deleteLastPathComponent()
        }
        let readme = try String(contentsOf: dir.appendingPathComponent("README.md"), encoding: .utf8)
        for rule in RuleID.allCases where rule.isArticleRule {
            #expect(readme.contains("| `\(rule.rawValue)` | \(rule.defaultSeverity.rawValue) |"), "\(rule.rawValue)")
        }
    }

    @Test(arguments: RuleID.allCases)
    func everyRuleHasASummaryAndAStatus(_ rule: RuleID) {
        #expect(rule.summary.hasSuffix(".") && Finding.defaultSeverity[rule.rawValue] == rule.defaultSeverity)
        #expect(rule.precedence >= 0)
    }

    @Test func gravestFindingDecides() {
        let decisive = [RuleID.sourcesConflict, .numberUnsourced, .quoteAltered].min { $0.precedence < $1.precedence }
        #expect(decisive?.impliedStatus == .misquoted)
        #expect(RuleID.ledgerNoEvidence.impliedStatus == nil)
    }
}
