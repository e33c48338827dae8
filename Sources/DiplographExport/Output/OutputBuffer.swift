/// A preallocated byte buffer in front of a `ByteSink`: writers append bytes and strings here, and
/// the buffer hands them to the sink in chunks of `capacity` bytes, so a document is built without
/// a `String` per line and reaches the sink in few, large writes. `finish()` writes what is left;
/// a failing sink's error is thrown from the append that filled the buffer, or from `finish()`.
final class OutputBuffer {
    private let sink: ByteSink
    private let storage: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private var count = 0

    init(_ sink: ByteSink, capacity: Int = 1 << 16) {
        self.sink = sink
        self.capacity = max(capacity, 16)
        storage = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    /// Appends one byte.
    @inline(__always)
    func append(_ byte: UInt8) throws {
        if count == capacity { try flush() }
        storage[count] = byte
        count += 1
    }

    /// Appends `bytes`; a run longer than the buffer goes to the sink directly.
    func append(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        if count + bytes.count > capacity {
            try flush()
            if bytes.count >= capacity {
                try sink.write(UnsafeRawBufferPointer(bytes))
                return
            }
        }
        (storage + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    /// Appends `bytes`.
    @inline(__always)
    func append(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBufferPointer { try append($0) }
    }

    /// Appends the UTF-8 of `text`.
    func append(_ text: String) throws {
        var text = text
        try text.withUTF8 { try append($0) }
    }

    /// Appends `value` in decimal, as `String(value)` spells it (a `-` before negative values).
    func appendDecimal(_ value: Int) throws {
        // 20 digits hold UInt64.max; the sign makes 21.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        try withUnsafeMutableBytes(of: &digits) { buffer in
            var magnitude = value.magnitude
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 {
                start -= 1
                buffer[start] = UInt8(ascii: "-")
            }
            try append(UnsafeBufferPointer(rebasing: buffer.bindMemory(to: UInt8.self)[start...]))
        }
    }

    /// Appends `value` as `AttributeValue.double(value).text` spells it: `12.0` for whole numbers
    /// below 10^15, else Swift's shortest round-trip form.
    func appendDouble(_ value: Double) throws {
        if value == value.rounded() && abs(value) < 1e15 {
            try appendDecimal(Int(value))
            try append(UInt8(ascii: "."))
            try append(UInt8(ascii: "0"))
        } else {
            try append(String(value))
        }
    }

    /// Appends `bytes[start..<end]`.
    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) throws {
        if end > start { try append(UnsafeBufferPointer(rebasing: bytes[start..<end])) }
    }

    /// How many bytes are buffered, not yet handed to the sink.
    var pending: Int { count }

    /// Hands what is buffered to the sink.
    func flush() throws {
        guard count > 0 else { return }
        let pending = count
        count = 0
        try sink.write(UnsafeRawBufferPointer(start: storage, count: pending))
    }

    /// Writes what is left; call once the document is complete.
    func finish() throws { try flush() }
}
