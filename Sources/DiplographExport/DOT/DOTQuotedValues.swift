/// Strings as `DOTString.appendQuoted` writes them (quotes included), kept in one buffer, so that
/// a value written many times (a node id, at every edge that ends at the node) is quoted once.
struct DOTQuotedValues {
    private let bytes: [UInt8]
    /// `offsets[i]..<offsets[i + 1]` are the bytes of value `i`.
    private let offsets: [Int]

    init(_ values: some Sequence<String>) throws {
        let sink = MemorySink()
        let staging = OutputBuffer(sink, capacity: 1 << 16)
        var offsets = [0]
        for value in values {
            try DOTString.appendQuoted(value, to: staging)
            offsets.append(sink.bytes.count + staging.pending)
        }
        try staging.finish()
        bytes = sink.bytes
        self.offsets = offsets
    }

    /// Appends the quoted bytes of value `index` to `out`.
    func append(_ index: Int, to out: OutputBuffer) throws {
        try bytes.withUnsafeBufferPointer { try out.append($0, from: offsets[index], to: offsets[index + 1]) }
    }
}
