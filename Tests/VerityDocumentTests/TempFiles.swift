import Foundation
import VerityDocument

/// Writes a file into a fresh temporary folder and reads it as a source, as `verity source add` does.
func loadSource(_ name: String, _ data: Data) throws -> Document {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("verity-doc-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent(name)
    try data.write(to: url)
    return try Document.loadSource(path: url.path)
}

func loadSource(_ name: String, _ text: String) throws -> Document { try loadSource(name, Data(text.utf8)) }

/// The offset of the first occurrence of some words in a document's text.
func offset(of words: String, in d: Document) -> Int? {
    guard let r = d.text.range(of: words) else { return nil }
    return d.text.unicodeScalars.distance(from: d.text.unicodeScalars.startIndex, to: r.lowerBound)
}

/// The error a throwing read gives, as the sentence the user sees.
func failure(_ body: () throws -> Document) -> DocumentError? {
    do { _ = try body(); return nil } catch let e as DocumentError { return e } catch { return nil }
}
