/// Strings as a writer's transform (XML escaping, DOT quoting) writes them, each looked at once, so
/// that a value written many times (a node id, at every edge that ends at the node) is transformed
/// once. A value with no byte the transform changes (every node id: NMTOKENs) is written from its own
/// bytes; only the others are kept transformed, in one buffer. (Holding every value transformed was a
/// second copy of every node id while the writers ran: about 30 MB at 100,000 articles.)
struct ChangedValues {
    /// Value `index`, read where it is written.
    private let value: (Int) -> String
    /// The transformed bytes of the values the transform changes, one after another.
    private let bytes: [UInt8]
    /// Where in `bytes` each value the transform changes is, by index.
    private let changed: [Int: Range<Int>]

    /// `changes` tells whether the transform changes a value's bytes; `transform` appends a value
    /// transformed to `staging`, a buffer whose bytes go to `sink`.
    init(count: Int, value: @escaping (Int) -> String, staging: OutputBuffer, sink: MemorySink,
         changes: (UnsafeBufferPointer<UInt8>) -> Bool, transform: (String) throws -> Void) throws {
        self.value = value
        var changed: [Int: Range<Int>] = [:]
        for index in 0..<count {
            var text = value(index)
            guard text.withUTF8(changes) else { continue }
            let start = sink.bytes.count + staging.pending
            try transform(text)
            changed[index] = start..<(sink.bytes.count + staging.pending)
        }
        try staging.finish()
        bytes = sink.bytes
        self.changed = changed
    }

    /// Calls `body` with the bytes of value `index` and whether they are transformed (else they
    /// are the value's own, which the transform leaves as they are).
    func withBytes(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>, _ transformed: Bool) throws -> Void) rethrows {
        if let range = changed.isEmpty ? nil : changed[index] {
            try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range]), true) }
        } else {
            var text = value(index)
            try text.withUTF8 { try body($0, false) }
        }
    }
}
