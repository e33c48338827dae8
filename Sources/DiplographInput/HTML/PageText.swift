import DiplographLibXML

/// The text of a subtree of a page, built in one walk (`HTMLPage.walk` calls `enter` and `exit`).
///
/// Elements that are never article text (`HTMLPage.isDropped`) are skipped with everything inside
/// them, except the top node itself (a `<title>` read for the metadata). Block elements become
/// paragraph breaks, `<br>` a line break, table cells a space; white space is collapsed except in
/// preformatted elements. Text offsets (`count`) let a caller cut out the text of any element it
/// passed through: `text(_:)` of the range between its `enter` and its `exit`.
struct PageText {
    private let top: xmlNodePtr
    private var out = TextBuilder()
    private var preformatted = 0

    init(top: xmlNodePtr) { self.top = top }

    /// How many scalars have been written so far.
    var count: Int { out.count }

    /// Reads `node`'s own content; returns whether to descend into its children.
    mutating func enter(_ node: xmlNodePtr) -> Bool {
        switch node.pointee.type {
        case XML_TEXT_NODE:
            if let content = node.pointee.content { out.append(htmlText: content, preformatted: preformatted > 0) }
            return false
        case XML_ELEMENT_NODE:
            guard let name = HTMLPage.elementName(node) else { return false }
            if node != top && HTMLPage.isDropped(node, name) { return false }
            if name == "br" { out.lineBreak(); return false }
            if HTMLPage.blocks.contains(name) { out.paragraphBreak() }
            if HTMLPage.cells.contains(name) { out.space() }
            if PageText.preformatting.contains(name) { preformatted += 1 }
            return true
        default:
            // Comments, CDATA sections (HTML has none outside SVG and MathML, which are dropped),
            // processing instructions, DTD nodes, entity references: not text.
            return false
        }
    }

    /// Closes an element that `enter` descended into.
    mutating func exit(_ node: xmlNodePtr) {
        guard let name = HTMLPage.elementName(node) else { return }
        if HTMLPage.blocks.contains(name) { out.paragraphBreak() }
        if HTMLPage.cells.contains(name) { out.space() }
        if PageText.preformatting.contains(name) { preformatted -= 1 }
    }

    /// The scalars of `range` without the break or space written before its first piece of text.
    func length(_ range: Range<Int>) -> Int { out.trimmed(range).count }

    /// The text written in `range`, as `HTMLPage.text(of:)` of the element that wrote it would be.
    func text(_ range: Range<Int>) -> String { out.string(out.trimmed(range)) }

    static let preformatting: Set<String> = ["pre", "listing", "xmp", "plaintext"]
}

/// Builds plain text: runs of white space become one space, control characters are removed,
/// paragraph and line breaks are written only between pieces of text.
struct TextBuilder {
    private var out: [Unicode.Scalar] = []
    private var pendingSpace = false
    /// 0: none, 1: line break, 2: paragraph break.
    private var pendingBreak = 0

    var result: String { string(0..<out.count) }

    var count: Int { out.count }

    mutating func paragraphBreak() { pendingBreak = 2 }

    mutating func lineBreak() { pendingBreak = min(2, pendingBreak + 1) }

    mutating func space() { pendingSpace = true }

    /// Appends the text of an HTML text node, without any `<![CDATA[…]]>` in it.
    mutating func append(htmlText pointer: UnsafePointer<xmlChar>, preformatted: Bool) {
        append(CDATAMarkup.removed(from: pointer), preformatted: preformatted)
    }

    mutating func append(_ text: String, preformatted: Bool = false) {
        for scalar in text.unicodeScalars {
            if preformatted && scalar == "\n" { lineBreak(); continue }
            if scalar.properties.isWhitespace { pendingSpace = true; continue }
            if TextBuilder.isRemoved(scalar) { continue }
            if !out.isEmpty {
                if pendingBreak > 0 {
                    out.append("\n")
                    if pendingBreak == 2 { out.append("\n") }
                } else if pendingSpace {
                    out.append(" ")
                }
            }
            pendingBreak = 0
            pendingSpace = false
            out.append(scalar)
        }
    }

    /// `range` without the separator (a space, a line or a paragraph break) written before its
    /// first scalar: separators are the only white space in the text, and never trail it.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        let upper = min(range.upperBound, out.count)
        var lower = min(max(range.lowerBound, 0), upper)
        while lower < upper, out[lower] == "\n" || out[lower] == " " { lower += 1 }
        return lower..<upper
    }

    func string(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: out[range])
        return String(view)
    }

    /// C0 and C1 controls, DEL, and the non-characters U+FFFE and U+FFFF.
    static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || v == 0xFFFE || v == 0xFFFF
    }
}

/// `<![CDATA[…]]>` in the text of an HTML page.
///
/// HTML has CDATA sections only inside SVG and MathML; elsewhere the HTML standard's tokenizer
/// reads `<![CDATA[` as the start of a bogus comment that ends at the next `>` (§13.2.5.42, the
/// markup declaration open state). libxml2's HTML parser keeps the markup as text instead, so it is
/// removed here the way the standard does: from `<![CDATA[` to the next `>` (or the end of the
/// text node, where the next tag's `>` closes it).
enum CDATAMarkup {
    static let opening: [UInt8] = Array("<![CDATA[".utf8)

    static func removed(from pointer: UnsafePointer<xmlChar>) -> String {
        let length = strlenOf(pointer)
        let bytes = UnsafeBufferPointer(start: pointer, count: length)
        guard let first = find(opening, in: bytes, from: 0) else { return String(decoding: bytes, as: UTF8.self) }
        var kept: [UInt8] = []
        kept.reserveCapacity(length)
        var position = 0
        var next: Int? = first
        while let start = next {
            kept.append(contentsOf: bytes[position..<start])
            var end = start + opening.count
            while end < length, bytes[end] != UInt8(ascii: ">") { end += 1 }
            position = min(end + 1, length)
            next = find(opening, in: bytes, from: position)
        }
        kept.append(contentsOf: bytes[position..<length])
        return String(decoding: kept, as: UTF8.self)
    }

    private static func strlenOf(_ pointer: UnsafePointer<xmlChar>) -> Int {
        var n = 0
        while pointer[n] != 0 { n += 1 }
        return n
    }

    /// The offset of the first `pattern` at or after `from`, or nil.
    private static func find(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let head = pattern.first, bytes.count >= pattern.count else { return nil }
        var i = from
        let last = bytes.count - pattern.count
        while i <= last {
            if bytes[i] == head {
                var k = 1
                while k < pattern.count, bytes[i + k] == pattern[k] { k += 1 }
                if k == pattern.count { return i }
            }
            i += 1
        }
        return nil
    }
}
