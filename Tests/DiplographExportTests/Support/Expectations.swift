import DiplographModel
@testable import DiplographExport

/// What the writers should produce for a node, computed from the model independently of them.
enum Expectations {
    /// The `<data>` values a GraphML node should carry: every attribute of `Node.attributes`, cleaned
    /// for XML, except empty values of typed keys.
    static func graphMLData(_ node: Node) -> [(String, String)] {
        node.attributes.compactMap { attribute, value in
            if value.text.isEmpty && attribute.valueType != .string { return nil }
            return (attribute.rawValue, XMLText.clean(value.text))
        }
    }

    /// True when two strings have the same UTF-8 bytes (Swift's `==` equates NFC and NFD).
    static func sameBytes(_ a: String, _ b: String) -> Bool { Array(a.utf8) == Array(b.utf8) }
}
