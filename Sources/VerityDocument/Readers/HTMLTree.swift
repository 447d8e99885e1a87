import CLibXML2
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A node of a page parsed by libxml2's HTML parser, read as a fact-checker needs it: name, attributes, children,
/// its text.
struct HTMLNode {
    let node: UnsafeMutablePointer<xmlNode>

    var isElement: Bool { node.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE }
    /// The element's name, lowercase ("" for other nodes).
    var name: String { isElement && node.pointee.name != nil ? String(cString: node.pointee.name).lowercased() : "" }

    var children: [HTMLNode] {
        var out: [HTMLNode] = []
        var c = node.pointee.children
        while let n = c { out.append(HTMLNode(node: n)); c = n.pointee.next }
        return out
    }

    func attribute(_ name: String) -> String? {
        guard isElement, let v = xmlGetProp(node, name) else { return nil }
        defer { free(v) }
        return String(cString: v)
    }

    /// A text node's own text.
    var content: String { node.pointee.content.map { String(cString: $0) } ?? "" }

    /// All text below the node, scripts and styles aside.
    var text: String {
        if isText { return content }
        if ["script", "style", "noscript", "template"].contains(name) { return "" }
        return children.map(\.text).joined()
    }

    /// Every element below the node, in document order.
    func descendants(_ out: inout [HTMLNode]) {
        for c in children where c.isElement {
            out.append(c)
            c.descendants(&out)
        }
    }
}

/// A parsed page; freed when it goes.
final class HTMLTree {
    let doc: htmlDocPtr

    init?(_ data: Data) {
        // valid UTF-8 is read as UTF-8 whatever the page declares; otherwise libxml2 goes by its meta charset
        let utf8 = String(validating: [UInt8](data), as: UTF8.self) != nil
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOBLANKS.rawValue)
        let parsed = data.withUnsafeBytes { b -> htmlDocPtr? in
            guard let base = b.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            return htmlReadMemory(base, Int32(b.count), nil, utf8 ? "UTF-8" : nil, options)
        }
        guard let parsed else { return nil }
        doc = parsed
    }

    deinit { xmlFreeDoc(doc) }

    var root: HTMLNode? { xmlDocGetRootElement(doc).map(HTMLNode.init) }
}
