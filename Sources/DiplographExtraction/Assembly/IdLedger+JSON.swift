/// The ledger as the JSON text of `NAME.ids.json`, written straight into bytes.
///
/// The layout is the one Foundation's `JSONEncoder` gives with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes` (the files written before stay byte for byte the same): two spaces of
/// indent per level, `"key" : value`, keys in order, an empty array as `[`, an empty line and `]`,
/// and in strings `"` and `\` escaped, `\b \t \n \f \r` for those controls, `\u00XX` (lower-case
/// hex) for the other characters below U+0020, everything else as its UTF-8. A corpus ledger
/// holds hundreds of thousands of entries; the encoder spends most of its time boxing each value.
extension IdLedger {
    /// `NAME.ids.json`'s bytes, without the final newline.
    public func jsonBytes() -> [UInt8] {
        var all: [UInt8] = []
        all.reserveCapacity(64 + entries.count * 160)
        writeJSON { all.append(contentsOf: $0) }
        return all
    }

    /// The bytes of `jsonBytes()` handed to `emit` a piece at a time, each about `piece` bytes
    /// (cut between entries), so that a corpus ledger's text is never whole in memory.
    public func writeJSON(piece: Int = 1 << 20, _ emit: ([UInt8]) throws -> Void) rethrows {
        var out = LedgerJSON()
        out.bytes.reserveCapacity(piece + (64 << 10))
        out.raw("{\n")
        out.key("about", indent: 1)
        out.string(about)
        out.raw(",\n")
        out.key("entries", indent: 1)
        // As `LedgerJSON.array` lays an array out, the text passed on between entries.
        out.raw("[\n")
        if entries.isEmpty { out.raw("\n") }
        for (i, entry) in entries.enumerated() {
            if i > 0 { out.raw(",\n") }
            out.entry(entry, indent: 2)
            if out.bytes.count >= piece {
                try emit(out.bytes)
                out.bytes.removeAll(keepingCapacity: true)
            }
        }
        if !entries.isEmpty { out.raw("\n") }
        out.indent(1)
        out.raw("]")
        out.raw(",\n")
        out.key("format", indent: 1)
        out.raw(String(format))
        out.raw("\n}")
        try emit(out.bytes)
    }
}

/// The bytes of a ledger's JSON as they are written.
private struct LedgerJSON {
    var bytes: [UInt8] = []

    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func indent(_ level: Int) {
        for _ in 0..<(2 * level) { bytes.append(0x20) }
    }

    /// A key of an object at `indent`, with what comes between it and its value.
    mutating func key(_ name: String, indent level: Int) {
        indent(level)
        string(name)
        raw(" : ")
    }

    /// An array whose `[` stands at a line of `indent`; its elements one level deeper.
    mutating func array<T>(_ items: [T], indent level: Int, _ element: (inout LedgerJSON, T) -> Void) {
        bytes.append(UInt8(ascii: "["))
        bytes.append(0x0A)
        if items.isEmpty {
            bytes.append(0x0A)
        } else {
            for (i, item) in items.enumerated() {
                if i > 0 { raw(",\n") }
                element(&self, item)
            }
            bytes.append(0x0A)
        }
        indent(level)
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func strings(_ items: [String], indent level: Int) {
        array(items, indent: level) { out, s in
            out.indent(level + 1)
            out.string(s)
        }
    }

    /// One entry, its keys sorted: actors, evidence, id, kind, replacedBy (absent ones left out).
    mutating func entry(_ e: IdLedger.Entry, indent level: Int) {
        indent(level)
        raw("{\n")
        var first = true
        func next(_ out: inout LedgerJSON) {
            if !first { out.raw(",\n") }
            first = false
        }
        if let actors = e.actors {
            next(&self)
            key("actors", indent: level + 1)
            strings(actors, indent: level + 1)
        }
        if let evidence = e.evidence {
            next(&self)
            key("evidence", indent: level + 1)
            strings(evidence, indent: level + 1)
        }
        next(&self)
        key("id", indent: level + 1)
        string(e.id)
        next(&self)
        key("kind", indent: level + 1)
        string(e.kind)
        if let replacedBy = e.replacedBy {
            next(&self)
            key("replacedBy", indent: level + 1)
            string(replacedBy)
        }
        bytes.append(0x0A)
        indent(level)
        bytes.append(UInt8(ascii: "}"))
    }

    /// A JSON string, escaped as `JSONEncoder` escapes it.
    mutating func string(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\\")); bytes.append(b)
            case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(b)
            case 0x08: raw("\\b")
            case 0x09: raw("\\t")
            case 0x0A: raw("\\n")
            case 0x0C: raw("\\f")
            case 0x0D: raw("\\r")
            case 0x00..<0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                raw("\\u00")
                bytes.append(hex[Int(b >> 4)])
                bytes.append(hex[Int(b & 0x0F)])
            default: bytes.append(b)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
