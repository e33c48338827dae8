import DiplographModel

/// The XML formats' writer: streams a document into a `ByteSink` through an `OutputBuffer`,
/// escaping over the strings' UTF-8 bytes in bulk.
///
/// It writes exactly the bytes libxml2's `xmlTextWriter` (`XMLTextWriter`, indented by two spaces)
/// writes for the same calls, which the tests check call by call against libxml2 itself:
/// - `<?xml version="1.0" encoding="UTF-8"?>` and a line feed first;
/// - each start tag on a line of its own, indented two spaces per open element; an element left
///   empty closes as `<name/>`, one holding text as `<name>text</name>`, one holding elements with
///   `</name>` on a line of its own; a line feed after every end tag;
/// - character data with `<`, `>`, `&`, `"` and CR as `&lt;`, `&gt;`, `&amp;`, `&quot;`, `&#13;`
///   (libxml2's `xmlEncodeSpecialChars`); attribute values with the same and TAB and LF as `&#9;`
///   and `&#10;` (`xmlBufAttrSerializeTxtContent`); everything else as it is, in UTF-8.
/// Characters XML 1.0 forbids are dropped on the way (`XMLText.clean`'s rule, in the same pass).
/// A call out of place (an attribute after content, an end tag with nothing open) throws an
/// `ExportError` naming the libxml2 call that would have failed.
final class XMLByteWriter {
    private let out: OutputBuffer
    /// Names of the open elements, innermost last.
    private var open: [String] = []
    /// Whether the innermost element's start tag is still open (`<name attr="…"`, no `>` yet).
    private var startTagOpen = false
    /// libxml2's `doindent`: whether an end tag after content gets its own indented line.
    private var indentEndTag = true

    private init(_ sink: ByteSink, capacity: Int) { out = OutputBuffer(sink, capacity: capacity) }

    /// Runs `body` with a fresh writer whose output streams into `sink` through a buffer of
    /// `capacity` bytes; closes what `body` left open and flushes.
    static func document(to sink: ByteSink, capacity: Int = 1 << 16, _ body: (XMLByteWriter) throws -> Void) throws {
        let writer = XMLByteWriter(sink, capacity: capacity)
        try writer.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        try body(writer)
        while !writer.open.isEmpty { try writer.endElement() }
        try writer.out.finish()
    }

    /// Runs `body` with a fresh writer for a piece of a document: elements written as children of
    /// `depth` open elements (indented so) into `sink`, for `splice` to put in their place; what
    /// `body` opens it must close. Flushes.
    static func fragment(depth: Int, to sink: ByteSink, capacity: Int = 1 << 16, _ body: (XMLByteWriter) throws -> Void) throws {
        let writer = XMLByteWriter(sink, capacity: capacity)
        // (Names never written: `body` closes only what it opens.)
        writer.open = Array(repeating: "", count: max(0, depth))
        try body(writer)
        guard writer.open.count == max(0, depth), !writer.startTagOpen else {
            throw ExportError(call: "xmlTextWriterEndElement", message: "returned -1")
        }
        try writer.out.finish()
    }

    /// Appends `bytes`, complete elements a `fragment` writer wrote at this writer's depth, as if
    /// written here: the bytes of writing those elements in turn.
    func splice(_ bytes: [UInt8]) throws {
        guard !bytes.isEmpty else { return }
        if startTagOpen {
            try out.append(UInt8(ascii: ">"))
            try out.append(UInt8(ascii: "\n"))
            startTagOpen = false
        }
        try out.append(bytes)
        indentEndTag = true
    }

    /// Opens element `name` (a constant QName such as `rdf:Description`).
    func startElement(_ name: String) throws {
        guard !name.isEmpty else { throw ExportError(call: "xmlTextWriterStartElement", message: "returned -1") }
        if startTagOpen {
            try out.append(UInt8(ascii: ">"))
            try out.append(UInt8(ascii: "\n"))
        }
        try indent(open.count)
        open.append(name)
        startTagOpen = true
        try out.append(UInt8(ascii: "<"))
        try out.append(name)
    }

    /// Closes the innermost open element.
    func endElement() throws {
        guard let name = open.last else { throw ExportError(call: "xmlTextWriterEndElement", message: "returned -1") }
        if startTagOpen {
            try out.append(UInt8(ascii: "/"))
            try out.append(UInt8(ascii: ">"))
            startTagOpen = false
        } else {
            if indentEndTag { try indent(open.count - 1) }
            try out.append(UInt8(ascii: "<"))
            try out.append(UInt8(ascii: "/"))
            try out.append(name)
            try out.append(UInt8(ascii: ">"))
        }
        indentEndTag = true
        try out.append(UInt8(ascii: "\n"))
        open.removeLast()
    }

    /// Writes attribute `name` (a constant QName) with `value`, cleaned and escaped.
    func attribute(_ name: String, _ value: String) throws {
        guard startTagOpen else { throw ExportError(call: "xmlTextWriterWriteAttribute", message: "returned -1") }
        try out.append(UInt8(ascii: " "))
        try out.append(name)
        try out.append(UInt8(ascii: "="))
        try out.append(UInt8(ascii: "\""))
        try escaped(value, inAttribute: true)
        try out.append(UInt8(ascii: "\""))
    }

    /// Starts attribute `name` (a constant QName) whose value `attributeText` then writes piece by
    /// piece and `endAttribute` closes: the bytes of `attribute(name, pieces joined)`.
    func beginAttribute(_ name: String) throws {
        guard startTagOpen else { throw ExportError(call: "xmlTextWriterWriteAttribute", message: "returned -1") }
        try out.append(UInt8(ascii: " "))
        try out.append(name)
        try out.append(UInt8(ascii: "="))
        try out.append(UInt8(ascii: "\""))
    }

    /// One piece of the value of the attribute `beginAttribute` started, already cleaned and
    /// escaped (an entry of `EscapedValues`).
    func attributeText(escaped bytes: UnsafeBufferPointer<UInt8>) throws { try out.append(bytes) }

    /// Writes attribute `name` with a value already cleaned and escaped (an entry of `EscapedValues`).
    func attribute(_ name: String, escaped bytes: UnsafeBufferPointer<UInt8>) throws {
        try beginAttribute(name)
        try out.append(bytes)
        try endAttribute()
    }

    /// Strings as `attribute` writes their values (cleaned and escaped), each escaped once (see
    /// `ChangedValues`); a value escaping does not change is written from its own bytes.
    struct EscapedValues {
        private let values: ChangedValues

        init(_ values: [String]) throws {
            try self.init(count: values.count) { values[$0] }
        }

        init(_ ids: [NodeID]) throws {
            try self.init(count: ids.count) { ids[$0].rawValue }
        }

        private init(count: Int, _ value: @escaping (Int) -> String) throws {
            let sink = MemorySink()
            let writer = XMLByteWriter(sink, capacity: 1 << 10)
            values = try ChangedValues(count: count, value: value, staging: writer.out, sink: sink,
                                       changes: { $0.contains { XMLByteWriter.needsLook($0, inAttribute: true) } },
                                       transform: { try writer.escaped($0, inAttribute: true) })
        }

        /// Calls `body` with the escaped bytes of value `index`.
        func withBytes(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
            try values.withBytes(index) { bytes, _ in try body(bytes) }
        }
    }

    /// One piece of the value of the attribute `beginAttribute` started, cleaned and escaped.
    func attributeText(_ value: String) throws { try escaped(value, inAttribute: true) }

    /// Closes the attribute `beginAttribute` started.
    func endAttribute() throws { try out.append(UInt8(ascii: "\"")) }

    /// The start and end tags of a leaf element with one attribute (`<name key="value"` and
    /// `</name>`), as bytes worked out once: for elements written many times (GraphML's `<data>`).
    struct LeafTag {
        fileprivate let start: [UInt8]
        fileprivate let end: [UInt8]

        init(_ name: String, _ key: String, _ value: String) throws {
            let sink = MemorySink()
            let writer = XMLByteWriter(sink, capacity: 1 << 10)
            try writer.out.append(UInt8(ascii: "<"))
            try writer.out.append(name)
            try writer.out.append(UInt8(ascii: " "))
            try writer.out.append(key)
            try writer.out.append(UInt8(ascii: "="))
            try writer.out.append(UInt8(ascii: "\""))
            try writer.escaped(value, inAttribute: true)
            try writer.out.append(UInt8(ascii: "\""))
            try writer.out.finish()
            guard !name.isEmpty else { throw ExportError(call: "xmlTextWriterStartElement", message: "returned -1") }
            start = sink.bytes
            end = Array("</\(name)>\n".utf8)
        }
    }

    /// The bytes `attribute` writes for `value` (cleaned and escaped).
    static func escapedAttributeBytes(_ value: String) throws -> [UInt8] {
        let sink = MemorySink()
        let writer = XMLByteWriter(sink, capacity: 1 << 10)
        try writer.escaped(value, inAttribute: true)
        try writer.out.finish()
        return sink.bytes
    }

    /// The bytes `element(tag, parts:)` writes after the indentation, for a leaf written many
    /// times over with the same value (`leaf`).
    static func leafBytes(_ tag: LeafTag, _ parts: AttributeParts) throws -> [UInt8] {
        let sink = MemorySink()
        let writer = XMLByteWriter(sink, capacity: 1 << 10)
        try writer.out.append(tag.start)
        try writer.leafParts(parts, end: tag.end)
        try writer.out.finish()
        return sink.bytes
    }

    /// Writes a leaf element from its bytes (`leafBytes`), as `element(tag, parts:)` would.
    func leaf(_ bytes: [UInt8]) throws {
        try closeStartTag()
        try indent(open.count)
        try out.append(bytes)
        indentEndTag = true
    }

    /// `element(name, key, value, parts:)` with the tags of `tag`.
    func element(_ tag: LeafTag, parts: AttributeParts) throws {
        try closeStartTag()
        try indent(open.count)
        try out.append(tag.start)
        try leafParts(parts, end: tag.end)
    }

    /// `element(name, key, value, number:)` with the tags of `tag`.
    func element(_ tag: LeafTag, number: Int) throws {
        try leaf(tag) { try $0.appendDecimal(number) }
    }

    /// `element(name, key, value, double:)` with the tags of `tag`.
    func element(_ tag: LeafTag, double: Double) throws {
        try leaf(tag) { try $0.appendDouble(double) }
    }

    /// A leaf element of `tag` whose text `content` writes (nothing there needs escaping).
    @inline(__always)
    private func leaf(_ tag: LeafTag, _ content: (OutputBuffer) throws -> Void) throws {
        try closeStartTag()
        try indent(open.count)
        try out.append(tag.start)
        try out.append(UInt8(ascii: ">"))
        try content(out)
        try out.append(tag.end)
        indentEndTag = true
    }

    /// Closes the innermost element's start tag before a child, as `startElement` does.
    @inline(__always)
    private func closeStartTag() throws {
        if startTagOpen {
            try out.append(UInt8(ascii: ">"))
            try out.append(UInt8(ascii: "\n"))
            startTagOpen = false
        }
    }

    /// The text and end of a leaf element whose start tag is written but not closed: `>`, the
    /// pieces and `end` (`</name>` and a line feed), or `/>` and a line feed when all are empty.
    private func leafParts(_ parts: AttributeParts, end: [UInt8]) throws {
        if case .string(var text) = parts {
            // The common case, without going through the pieces.
            if text.isEmpty {
                try out.append(UInt8(ascii: "/"))
                try out.append(UInt8(ascii: ">"))
                try out.append(UInt8(ascii: "\n"))
            } else {
                try out.append(UInt8(ascii: ">"))
                try text.withUTF8 { try escaped($0, inAttribute: false) }
                try out.append(end)
            }
            indentEndTag = true
            return
        }
        switch parts {
        case .ids, .texts, .locators:
            // Lists with a plain separator: the separators appended as they are, each item escaped.
            // (The joined value is empty only when `isEmpty` says so.)
            if parts.isEmpty { break }
            if case .locators(let evidence) = parts, evidence.count > Node.offsetsLimit { break }
            try out.append(UInt8(ascii: ">"))
            switch parts {
            case .ids(let ids):
                for (index, id) in ids.enumerated() {
                    if index > 0 { try out.append(UInt8(ascii: "|")) }
                    try escaped(id.rawValue, inAttribute: false)
                }
            case .texts(let texts):
                for (index, text) in texts.enumerated() {
                    if index > 0 { try out.append(UInt8(ascii: "|")) }
                    try escaped(text, inAttribute: false)
                }
            case .locators(let evidence):
                for (index, e) in evidence.enumerated() {
                    if index > 0 { try out.append(UInt8(ascii: "|")) }
                    try escaped(e.article.rawValue, inAttribute: false)
                    try out.append(UInt8(ascii: ":"))
                    try out.appendDecimal(e.start)
                    try out.append(UInt8(ascii: "-"))
                    try out.appendDecimal(e.end)
                }
            default:
                break
            }
            try out.append(end)
            indentEndTag = true
            return
        default:
            break
        }
        var empty = true
        try parts.forEachPiece { piece in
            switch piece {
            case .text(var text):
                guard !text.isEmpty else { return }
                if empty { try out.append(UInt8(ascii: ">")) }
                empty = false
                try text.withUTF8 { try escaped($0, inAttribute: false) }
            case .number(let number):
                if empty { try out.append(UInt8(ascii: ">")) }
                empty = false
                try out.appendDecimal(number)
            }
        }
        if empty {
            try out.append(UInt8(ascii: "/"))
            try out.append(UInt8(ascii: ">"))
            try out.append(UInt8(ascii: "\n"))
        } else {
            try out.append(end)
        }
        indentEndTag = true
    }

    /// Writes `<name key="keyValue">parts</name>`, or `<name key="keyValue"/>` when the parts are
    /// all empty: the bytes of `element(name, [(key, keyValue)], text: joined parts)`.
    func element(_ name: String, _ key: String, _ keyValue: String, parts: AttributeParts) throws {
        try startLeaf(name, key, keyValue)
        try leafParts(parts, end: Array("</\(name)>\n".utf8))
    }

    /// Writes `<name key="keyValue">value</name>`, the number in decimal.
    func element(_ name: String, _ key: String, _ keyValue: String, number: Int) throws {
        try startLeaf(name, key, keyValue)
        try out.append(UInt8(ascii: ">"))
        try out.appendDecimal(number)
        try endLeaf(name, empty: false)
    }

    /// Writes `<name key="keyValue">value</name>`, the number as `AttributeValue.double` spells it.
    func element(_ name: String, _ key: String, _ keyValue: String, double: Double) throws {
        try startLeaf(name, key, keyValue)
        try out.append(UInt8(ascii: ">"))
        try out.appendDouble(double)
        try endLeaf(name, empty: false)
    }

    /// `startElement(name)`, `attribute(key, value)` and `endElement()`, as one call:
    /// `<name key="value"/>`, the element never put on the stack (RDF/XML's `rdf:resource` links).
    func emptyElement(_ name: String, _ key: String, _ value: String) throws {
        try startLeaf(name, key, value)
        try endLeaf(name, empty: true)
    }

    /// `startElement(name)`, `attribute` for each of `first` and `second` that is given (in that
    /// order), `text(text)` and `endElement()`, as one call: `<name …>text</name>`, even when
    /// `text` is empty (as `text("")` closes the start tag), the element never put on the stack
    /// (RDF/XML's literal properties).
    func textElement(_ name: String, _ first: (key: String, value: String)?, _ second: (key: String, value: String)?,
                     text: String) throws {
        guard !name.isEmpty else { throw ExportError(call: "xmlTextWriterStartElement", message: "returned -1") }
        try closeStartTag()
        try indent(open.count)
        try out.append(UInt8(ascii: "<"))
        try out.append(name)
        if let first { try leafAttribute(first.key, first.value) }
        if let second { try leafAttribute(second.key, second.value) }
        try out.append(UInt8(ascii: ">"))
        try escaped(text, inAttribute: false)
        try endLeaf(name, empty: false)
    }

    /// ` key="value"` inside a start tag written by hand.
    @inline(__always)
    private func leafAttribute(_ key: String, _ value: String) throws {
        try out.append(UInt8(ascii: " "))
        try out.append(key)
        try out.append(UInt8(ascii: "="))
        try out.append(UInt8(ascii: "\""))
        try escaped(value, inAttribute: true)
        try out.append(UInt8(ascii: "\""))
    }

    /// The start of a leaf element, as `startElement(name)` and `attribute(key, keyValue)` write it,
    /// without opening the element on the stack: `endLeaf` finishes it at once.
    @inline(__always)
    private func startLeaf(_ name: String, _ key: String, _ keyValue: String) throws {
        guard !name.isEmpty else { throw ExportError(call: "xmlTextWriterStartElement", message: "returned -1") }
        if startTagOpen {
            try out.append(UInt8(ascii: ">"))
            try out.append(UInt8(ascii: "\n"))
            startTagOpen = false
        }
        try indent(open.count)
        try out.append(UInt8(ascii: "<"))
        try out.append(name)
        try out.append(UInt8(ascii: " "))
        try out.append(key)
        try out.append(UInt8(ascii: "="))
        try out.append(UInt8(ascii: "\""))
        try escaped(keyValue, inAttribute: true)
        try out.append(UInt8(ascii: "\""))
    }

    /// The end of a leaf element: `/>` when it holds nothing (its start tag still open), else
    /// `</name>` right after its text; then a line feed, as `endElement` writes them.
    @inline(__always)
    private func endLeaf(_ name: String, empty: Bool) throws {
        if empty {
            try out.append(UInt8(ascii: "/"))
            try out.append(UInt8(ascii: ">"))
        } else {
            try out.append(UInt8(ascii: "<"))
            try out.append(UInt8(ascii: "/"))
            try out.append(name)
            try out.append(UInt8(ascii: ">"))
        }
        try out.append(UInt8(ascii: "\n"))
        indentEndTag = true
    }

    /// An empty element written many times over whose attributes are known but for the value of
    /// the last: `<name a="x" … key="` as bytes worked out once, for `emptyElement(_:parts:)`
    /// (GEXF's `<attvalue for="…" value="…"/>`).
    struct ValueTag {
        fileprivate let start: [UInt8]

        init(_ name: String, _ attributes: [(String, String)], valueKey: String) throws {
            guard !name.isEmpty else { throw ExportError(call: "xmlTextWriterStartElement", message: "returned -1") }
            let sink = MemorySink()
            let writer = XMLByteWriter(sink, capacity: 1 << 10)
            try writer.out.append(UInt8(ascii: "<"))
            try writer.out.append(name)
            for (key, value) in attributes {
                try writer.out.append(UInt8(ascii: " "))
                try writer.out.append(key)
                try writer.out.append(UInt8(ascii: "="))
                try writer.out.append(UInt8(ascii: "\""))
                try writer.escaped(value, inAttribute: true)
                try writer.out.append(UInt8(ascii: "\""))
            }
            // The value's key and opening quote; the value and the rest are written per element.
            try writer.out.append(UInt8(ascii: " "))
            try writer.out.append(valueKey)
            try writer.out.append(UInt8(ascii: "="))
            try writer.out.append(UInt8(ascii: "\""))
            try writer.out.finish()
            start = sink.bytes
        }
    }

    /// Writes `<name … key="parts"/>` for `tag`: the bytes of `element(name, [… (key, joined parts)])`.
    func emptyElement(_ tag: ValueTag, parts: AttributeParts) throws {
        try closeStartTag()
        try indent(open.count)
        try out.append(tag.start)
        if case .string(var text) = parts {
            try text.withUTF8 { try escaped($0, inAttribute: true) }
        } else {
            try parts.forEachPiece { piece in
                switch piece {
                case .text(var text): try text.withUTF8 { try escaped($0, inAttribute: true) }
                case .number(let number): try out.appendDecimal(number)
                }
            }
        }
        try endEmptyElement()
    }

    /// Writes `<name … key="value"/>` for `tag`, the number as `AttributeValue.double` spells it.
    func emptyElement(_ tag: ValueTag, double: Double) throws {
        try closeStartTag()
        try indent(open.count)
        try out.append(tag.start)
        try out.appendDouble(double)
        try endEmptyElement()
    }

    /// The end of `emptyElement`: the value's closing quote, `/>` and a line feed.
    @inline(__always)
    private func endEmptyElement() throws {
        try out.append(UInt8(ascii: "\""))
        try out.append(UInt8(ascii: "/"))
        try out.append(UInt8(ascii: ">"))
        try out.append(UInt8(ascii: "\n"))
        indentEndTag = true
    }

    /// The bytes `element(name, attributes)` writes after the indentation (an empty element and
    /// its line feed), for one written many times over with the same attributes (`leaf`).
    static func emptyElementBytes(_ name: String, _ attributes: [(String, String)]) throws -> [UInt8] {
        let sink = MemorySink()
        let writer = XMLByteWriter(sink, capacity: 1 << 10)
        try writer.element(name, attributes)
        try writer.out.finish()
        return sink.bytes
    }

    /// Writes attribute `name` with `value` as `AttributeValue.double` spells it.
    func attribute(_ name: String, double value: Double) throws {
        try beginAttribute(name)
        try out.appendDouble(value)
        try endAttribute()
    }

    /// Writes character data, cleaned; markup characters are escaped.
    func text(_ value: String) throws {
        try beginText()
        try escaped(value, inAttribute: false)
    }

    /// Writes character data, cleaned; markup characters are escaped (as `text(String(value))`).
    func text(_ value: Substring) throws {
        try beginText()
        var value = value
        try value.withUTF8 { try escaped($0, inAttribute: false) }
    }

    /// Writes `value` in decimal as character data (as `text(String(value))`).
    func text(_ value: Int) throws {
        try beginText()
        try out.appendDecimal(value)
    }

    /// Writes the pieces of an attribute value as character data, as `text` writes the joined
    /// value when it is not empty: an element given only empty pieces stays empty (`<name/>`).
    func text(_ parts: AttributeParts) throws {
        try parts.forEachPiece { piece in
            switch piece {
            case .text(let text): if !text.isEmpty { try self.text(text) }
            case .number(let number): try self.text(number)
            }
        }
    }

    /// What `text` does before the characters: checks that an element is open and closes its
    /// start tag.
    @inline(__always)
    private func beginText() throws {
        guard !open.isEmpty else { throw ExportError(call: "xmlTextWriterWriteString", message: "returned -1") }
        if startTagOpen {
            try out.append(UInt8(ascii: ">"))
            startTagOpen = false
        }
        indentEndTag = false
    }

    /// Writes `<name attributes…>text</name>` (`<name …/>` when `text` is nil or empty).
    func element(_ name: String, _ attributes: [(String, String)] = [], text: String? = nil) throws {
        try startElement(name)
        for (key, value) in attributes { try attribute(key, value) }
        if let text, !text.isEmpty { try self.text(text) }
        try endElement()
    }

    private func indent(_ depth: Int) throws {
        var left = depth * 2
        while left > 0 {
            let run = min(left, spaces.count)
            try spaces.withUnsafeBufferPointer { try out.append(UnsafeBufferPointer(rebasing: $0[..<run])) }
            left -= run
        }
    }

    /// Spaces to indent with, copied 64 at a time.
    private let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    /// Which bytes need a look in character data (1) and in attribute values, where TAB and LF are
    /// escaped too: markup characters, CR, C0 controls and 0xEF (the lead byte of U+FFFE and U+FFFF).
    @inline(__always)
    private static func needsLook(_ byte: UInt8, inAttribute: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""), 0x0D, 0xEF: return true
        case 0x09, 0x0A: return inAttribute
        case 0..<0x20: return true
        default: return false
        }
    }

    /// True when none of the eight bytes of `word` is below 0x20 or one of `<`, `>`, `&`, `"` and
    /// 0xEF: no byte needs a look in text or attributes (the bytes' order does not matter). Exact
    /// tests for a zero byte and for a byte below 0x20 over the whole word (bit tricks of
    /// "Bit Twiddling Hacks", `haszero` and `hasless`).
    @inline(__always)
    static func quiet(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        if (word &- ones &* 0x20) & ~word & highs != 0 { return false }
        return !hasZero(word ^ (ones &* 0x3C)) && !hasZero(word ^ (ones &* 0x3E)) && !hasZero(word ^ (ones &* 0x26))
            && !hasZero(word ^ (ones &* 0x22)) && !hasZero(word ^ (ones &* 0xEF))
    }

    /// Appends `value` with forbidden characters dropped and markup escaped: the runs of bytes that
    /// need no look are found eight bytes at a time (`quiet`), then byte by byte (`needsLook`), and
    /// copied in one go.
    private func escaped(_ value: String, inAttribute: Bool) throws {
        var value = value
        try value.withUTF8 { try escaped($0, inAttribute: inAttribute) }
    }

    /// `escaped` over the UTF-8 bytes of a string.
    private func escaped(_ bytes: UnsafeBufferPointer<UInt8>, inAttribute: Bool) throws {
        do {
            var run = 0, index = 0
            let count = bytes.count
            let raw = UnsafeRawPointer(bytes.baseAddress)
            while index < count {
                // Eight bytes at a time while none of them needs a look (see `quiet`).
                if let raw, index + 8 <= count, Self.quiet(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                    index += 8
                    continue
                }
                let byte = bytes[index]
                if !Self.needsLook(byte, inAttribute: inAttribute) {
                    index += 1
                    continue
                }
                let replacement: StaticString
                switch byte {
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case 0x0D: replacement = "&#13;"
                case 0x0A: replacement = "&#10;"
                case 0x09: replacement = "&#9;"
                case 0xEF:
                    guard index + 2 < count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE else {
                        index += 1
                        continue
                    }
                    // U+FFFE or U+FFFF: dropped.
                    try out.append(bytes, from: run, to: index)
                    index += 3
                    run = index
                    continue
                default:
                    // A C0 control XML forbids: dropped.
                    try out.append(bytes, from: run, to: index)
                    index += 1
                    run = index
                    continue
                }
                try out.append(bytes, from: run, to: index)
                try out.append(UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                index += 1
                run = index
            }
            try out.append(bytes, from: run, to: count)
        }
    }
}
