import Foundation
import Testing
@testable import VerityCheck
@testable import VerityDesk

/// `.verity.yml` read with a YAML decoder into rule switches, every mistake named.
@Suite("config file") struct ConfigFileTests {
    func load(_ yaml: String) throws -> CheckConfig {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("verity-\(UUID().uuidString).yml").path
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try ConfigFile.load(path)
    }

    @Test func severitiesAndSwitches() throws {
        let c = try load("rules: {number.unsourced: off, sources.conflict: error}\n")
        #expect(c.severities["number.unsourced"] == .some(nil) && c.severities["sources.conflict"] == .some(.error))
        #expect(try load("").severities.isEmpty)
    }

    @Test(arguments: ["rules: {nope.rule: off}\n", "rules: {number.unsourced: loud}\n", "rules: [1, 2\n"])
    func mistakesAreNamed(_ yaml: String) {
        #expect(throws: ConfigError.self) { try load(yaml) }
    }
}
