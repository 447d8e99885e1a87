import Foundation
import Testing
import VerityFuzzing

/// Every input a fuzz target ever crashed on (kept by scripts/fuzz.sh in Tests/FuzzCrashes/<target>/), fed again
/// through what that target does with an input: each must now run through without a trap.
@Suite("fuzz regressions") struct FuzzRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    /// (target, file) for each kept input.
    static let kept: [String] = FuzzInputs.targets.keys.sorted().flatMap { target in
        let dir = root.appendingPathComponent("FuzzCrashes/\(target)")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return files.filter { !$0.hasPrefix(".") }.sorted().map { "\(target)/\($0)" }
    }

    @Test(arguments: kept) func keptCrashRunsThrough(_ name: String) throws {
        let target = String(name.prefix { $0 != "/" })
        let url = FuzzRegressionTests.root.appendingPathComponent("FuzzCrashes/\(name)")
        let bytes = try [UInt8](Data(contentsOf: url))
        FuzzInputs.targets[target]!(bytes)
    }

    @Test func everyTargetTakesTheEmptyAndTheSmallestInputs() {
        for (_, run) in FuzzInputs.targets {
            for input in [[], [0], [0x0A], Array("\u{201C}".utf8), Array("---\n".utf8), [0xFF, 0xFE]] as [[UInt8]] {
                run(input)
            }
        }
    }
}
