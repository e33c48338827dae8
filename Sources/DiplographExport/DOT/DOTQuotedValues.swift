import DiplographModel

/// Strings as `DOTString.appendQuoted` writes them (quotes included), each looked at once, so that
/// a value written many times (a node id, at every edge that ends at the node) is quoted once. A
/// value with no byte that quoting changes (every node id: NMTOKENs) is written from its own bytes
/// between quotes; only the others are kept quoted, in one buffer. (Holding every value quoted was
/// a second copy of every node id while the writers ran: about 30 MB at 100,000 articles.)
struct DOTQuotedValues {
    /// Value `index`, read where it is written.
    private let value: (Int) -> String
    /// The quoted bytes of the values quoting changes, one after another.
    private let bytes: [UInt8]
    /// Where in `bytes` each value quoting changes is, by index.
    private let changed: [Int: Range<Int>]

    init(_ values: [String]) throws {
        try self.init(count: values.count) { values[$0] }
    }

    init(_ ids: [NodeID]) throws {
        try self.init(count: ids.count) { ids[$0].rawValue }
    }

    private init(count: Int, _ value: @escaping (Int) -> String) throws {
        self.value = value
        let sink = MemorySink()
        let staging = OutputBuffer(sink, capacity: 1 << 10)
        var changed: [Int: Range<Int>] = [:]
        for index in 0..<count {
            var text = value(index)
            guard text.withUTF8({ !$0.allSatisfy(DOTString.isKept) }) else { continue }
            let start = sink.bytes.count + staging.pending
            try DOTString.appendQuoted(text, to: staging)
            changed[index] = start..<(sink.bytes.count + staging.pending)
        }
        try staging.finish()
        bytes = sink.bytes
        self.changed = changed
    }

    /// Appends the quoted bytes of value `index` to `out`.
    func append(_ index: Int, to out: OutputBuffer) throws {
        if let range = changed.isEmpty ? nil : changed[index] {
            try bytes.withUnsafeBufferPointer { try out.append($0, from: range.lowerBound, to: range.upperBound) }
        } else {
            var text = value(index)
            try out.append(UInt8(ascii: "\""))
            try text.withUTF8 { try out.append($0) }
            try out.append(UInt8(ascii: "\""))
        }
    }
}
