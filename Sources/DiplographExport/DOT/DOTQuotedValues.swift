import DiplographModel

/// Strings as `DOTString.appendQuoted` writes them (quotes included), each quoted once (see
/// `ChangedValues`); a value quoting does not change is written between quotes from its own bytes.
struct DOTQuotedValues {
    private let values: ChangedValues

    init(_ values: [String]) throws {
        try self.init(count: values.count) { values[$0] }
    }

    init(_ ids: [NodeID]) throws {
        try self.init(count: ids.count) { ids[$0].rawValue }
    }

    private init(count: Int, _ value: @escaping (Int) -> String) throws {
        let sink = MemorySink()
        let staging = OutputBuffer(sink, capacity: 1 << 10)
        values = try ChangedValues(count: count, value: value, staging: staging, sink: sink,
                                   changes: { !$0.allSatisfy(DOTString.isKept) },
                                   transform: { try DOTString.appendQuoted($0, to: staging) })
    }

    /// Appends the quoted bytes of value `index` to `out`.
    func append(_ index: Int, to out: OutputBuffer) throws {
        try values.withBytes(index) { bytes, quoted in
            if !quoted { try out.append(UInt8(ascii: "\"")) }
            try out.append(bytes)
            if !quoted { try out.append(UInt8(ascii: "\"")) }
        }
    }
}
