import Foundation
import VerityDocument
import VerityLedger

/// A ledger source from a document, options overriding front matter.
public func makeSource(
    _ d: Document, title: String? = nil, publisher: String? = nil, date: String? = nil, url: String? = nil,
    kind: String? = nil, speaker: String? = nil
) -> Source {
    let fm = d.frontMatter
    return Source(
        path: d.path, title: title ?? fm.title, publisher: publisher ?? fm.publisher, url: url ?? fm.url,
        kind: kind ?? fm.kind, speaker: speaker ?? fm.speaker, publishedOn: date ?? fm.date,
        format: d.format.rawValue, text: d.text, sha256: d.sha256, location: resolvedLocation(d.path))
}

/// A file's absolute location with every symlink resolved, nil when it cannot be resolved.
public func resolvedLocation(_ path: String) -> String? {
    guard let p = realpath(path, nil) else { return nil }
    defer { free(p) }
    return String(cString: p)
}
