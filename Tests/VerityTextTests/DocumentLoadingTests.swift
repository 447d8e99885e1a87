import Foundation
import Testing
import VerityDocument

/// Reading files: the whole file is checked for NUL bytes; UTF-16 and UTF-32 with a byte-order mark are decoded;
/// what is not a regular file is named.
@Suite("document loading") struct DocumentLoadingTests {
    let dir: URL
    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("verity-doc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let p = dir.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: p))
        return p
    }

    @Test func aNulByteAnywhereMarksABinaryFile() throws {
        let text = Array(String(repeating: "Plain words of a long transcript. ", count: 2_000).utf8)
        #expect(text.count > 60_000)
        let late = try file("late.txt", text + [0] + Array("and more".utf8))
        #expect(throws: DocumentError.binary(path: late)) { try Document.load(path: late) }
        let early = try file("early.txt", [0x41, 0] + text)
        #expect(throws: DocumentError.binary(path: early)) { try Document.load(path: early) }
    }

    @Test func utf16AndUTF32WithAByteOrderMarkAreDecoded() throws {
        let words = "Minister Ana Díaz said: “We will act — now.” 😀"
        let le16 = words.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be16 = words.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let le32 = words.unicodeScalars.flatMap { s in (0..<4).map { UInt8((s.value >> (8 * $0)) & 0xFF) } }
        let be32 = words.unicodeScalars.flatMap { s in (0..<4).reversed().map { UInt8((s.value >> (8 * $0)) & 0xFF) } }
        for (name, bytes) in [
            ("le16.txt", [0xFF, 0xFE] + le16), ("be16.txt", [0xFE, 0xFF] + be16),
            ("le32.txt", [0xFF, 0xFE, 0, 0] + le32), ("be32.txt", [0, 0, 0xFE, 0xFF] + be32),
        ] {
            let d = try Document.load(path: try file(name, bytes))
            #expect(d.text == words, "\(name)")
        }
        let odd = try file("odd.txt", [0xFF, 0xFE, 0x41])
        #expect(throws: DocumentError.badEncoding(path: odd, encoding: "UTF-16")) { try Document.load(path: odd) }
        let lone = try file("lone.txt", [0xFE, 0xFF, 0xD8, 0x00, 0x00, 0x41])  // a high surrogate alone
        #expect(throws: DocumentError.badEncoding(path: lone, encoding: "UTF-16")) { try Document.load(path: lone) }
        let nul = try file("nul16.txt", [0xFF, 0xFE, 0x41, 0, 0, 0, 0x42, 0])
        #expect(throws: DocumentError.binary(path: nul)) { try Document.load(path: nul) }
    }

    @Test func whatIsNotARegularFileIsNamed() throws {
        let folder = dir.appendingPathComponent("folder.md").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(throws: DocumentError.folder(path: folder)) { try Document.load(path: folder) }
        let fifo = dir.appendingPathComponent("pipe.md").path
        #expect(mkfifo(fifo, 0o644) == 0)
        #expect(throws: DocumentError.notAFile(path: fifo, what: "a named pipe (FIFO)")) {
            try Document.load(path: fifo)
        }
        let loop = dir.appendingPathComponent("loop.md").path
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: loop)
        #expect(throws: DocumentError.linkLoop(path: loop)) { try Document.load(path: loop) }
        let dangling = dir.appendingPathComponent("gone.md").path
        try FileManager.default.createSymbolicLink(
            atPath: dangling, withDestinationPath: dir.appendingPathComponent("x").path)
        #expect(throws: DocumentError.danglingLink(path: dangling)) { try Document.load(path: dangling) }
        let missing = dir.appendingPathComponent("missing.md").path
        #expect(throws: DocumentError.notFound(path: missing)) { try Document.load(path: missing) }
    }
}
