import Foundation
import Testing

/// kill -9 at seeded random moments during each writing command: the ledger always opens, passes
/// `PRAGMA integrity_check`, and holds the whole command or none of it.
@Suite("reliability: kill -9 during writing commands", .serialized) struct KillTests {
    /// Runs per command (VERITY_KILL_RUNS overrides), each command also bounded in time.
    static let runs = Int(ProcessInfo.processInfo.environment["VERITY_KILL_RUNS"] ?? "") ?? 20
    static let timeLimit: TimeInterval = 25

    @Test(arguments: WritingCommand.allCases)
    func killedPartWayTheLedgerHoldsAllOrNothing(_ command: WritingCommand) throws {
        let template = try command.prepare()
        defer { try? FileManager.default.removeItem(at: template) }
        let ledger = "Claims/ledger.sqlite"
        let before = try LedgerState.read(template.appendingPathComponent(ledger).path)
        // one whole run: how long the command takes and what it leaves
        let whole = try Spawn.copy(template)
        defer { try? FileManager.default.removeItem(at: whole) }
        let t0 = Date()
        let r = try Spawn.run(command.arguments(in: whole), in: whole)
        let duration = Date().timeIntervalSince(t0)
        #expect(r.status == command.exitStatus, "\(command): \(r.err)")
        let after = try LedgerState.read(whole.appendingPathComponent(ledger).path)
        #expect(after != before || command == .report, "\(command) changed nothing")
        let reports = command == .report ? try Self.reportSizes(whole) : [:]

        var rng = SeededRandom(seed: 13 &* 1_000 &+ UInt64(WritingCommand.allCases.firstIndex(of: command)!))
        var landed = 0, none = 0, all = 0, partial = 0, corrupt = 0
        let start = Date()
        for _ in 0..<Self.runs where Date().timeIntervalSince(start) < Self.timeLimit {
            let dir = try Spawn.copy(template)
            defer { try? FileManager.default.removeItem(at: dir) }
            // half the kills anywhere in the command's life, half in its second half, where the writing is
            let late = Bool.random(using: &rng)
            let delay = Double.random(in: (late ? duration * 0.5 : 0)...(duration * 1.05), using: &rng)
            if try Spawn.killed(command.arguments(in: dir), in: dir, after: delay) { landed += 1 }
            let state = try LedgerState.read(dir.appendingPathComponent(ledger).path)
            if !state.sound { corrupt += 1 }
            #expect(state.sound, "\(command): integrity_check failed after a kill at \(delay) s")
            #expect(state.problems.isEmpty, "\(command): \(state.problems) after a kill at \(delay) s")
            if state.content == before.content {
                none += 1
            } else if state.content == after.content {
                all += 1
            } else {
                partial += 1
                // only init may stop between its migrations (each is one transaction); the next command completes it
                #expect(command == .initialise, "\(command) left part of its work after a kill at \(delay) s")
                #expect(try Spawn.run(["init"], in: dir).status == 0)
                #expect(try LedgerState.read(dir.appendingPathComponent(ledger).path).content == after.content)
            }
            for (name, size) in reports {
                let file = dir.appendingPathComponent("Reports/\(name)")
                let attributes = try? FileManager.default.attributesOfItem(atPath: file.path)
                guard let got = attributes?[.size] as? Int else { continue }
                #expect(got == size, "\(name) half-written (\(got) of \(size) bytes) after a kill at \(delay) s")
            }
        }
        print(
            "kill -9 \(command.rawValue): \(none + all + partial) runs, \(landed) killed mid-command; "
                + "none \(none), all \(all), "
                + "init between migrations \(partial), corrupt \(corrupt); whole command \(Int(duration * 1000)) ms")
        #expect(none + all + partial >= min(Self.runs, 5))
    }

    static func reportSizes(_ dir: URL) throws -> [String: Int] {
        let folder = dir.appendingPathComponent("Reports")
        var sizes: [String: Int] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let file = folder.appendingPathComponent(name).path
            sizes[name] = try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int
        }
        return sizes
    }
}
