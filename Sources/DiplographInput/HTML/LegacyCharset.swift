#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A charset other than UTF-8 that a page declares in a `<meta>`, decoded to UTF-8 with the C
/// library's `iconv` before libxml2 sees the page, so that a byte the charset does not define is
/// refused with its offset instead of cutting the text short inside the parser.
///
/// Labels follow the WHATWG Encoding Standard where it differs from iconv's names: `iso-8859-1`,
/// `latin1`, `ascii` and their aliases mean windows-1252 (browsers read them so, and pages labelled
/// Latin-1 use its quotes and dashes). windows-1258, which Vietnamese pages still use, writes tone
/// marks as combining characters after the letter; glibc's converter composes them into the
/// precomposed letters (NFC), as Vietnamese text is written everywhere else.
struct LegacyCharset {
    let declared: String
    let path: String
    let line: Int
    let badOffset: Int

    init(_ declared: String, path: String, line: Int, badOffset: Int) {
        self.declared = declared
        self.path = path
        self.line = line
        self.badOffset = badOffset
    }

    /// The WHATWG labels of windows-1252.
    static let windows1252Labels: Set<String> = [
        "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100",
        "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252",
        "x-cp1252",
    ]

    /// The name handed to `iconv_open`.
    var iconvName: String { LegacyCharset.windows1252Labels.contains(declared) ? "WINDOWS-1252" : declared.uppercased() }

    /// `bytes` decoded to UTF-8. Throws a `ReadError` naming the charset when it is unknown or a
    /// byte sequence is not one of its characters.
    func decode(_ bytes: [UInt8]) throws -> [UInt8] {
        guard let converter = Optional(iconv_open("UTF-8", iconvName)), Int(bitPattern: converter) != -1 else {
            throw ReadError(path: path, line: line, reason: "invalid UTF-8 at byte offset \(badOffset), and the declared charset '\(declared)' is not one the tool can decode")
        }
        defer { iconv_close(converter) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 2)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = bytes
        var inputLeft = input.count
        let failure: Int32? = input.withUnsafeMutableBytes { inRaw in
            chunk.withUnsafeMutableBytes { outRaw in
                guard let inBase = inRaw.baseAddress, let outBase = outRaw.baseAddress else { return nil }
                var inPointer: UnsafeMutablePointer<CChar>? = inBase.assumingMemoryBound(to: CChar.self)
                // Converts into the chunk until the input is used up, emptying the chunk each time
                // it is full (E2BIG); `flushing` asks a stateful converter (windows-1258 waits for
                // a combining mark after each letter) for what it holds back.
                func convert(flushing: Bool) -> Int32? {
                    while true {
                        var outPointer: UnsafeMutablePointer<CChar>? = outBase.assumingMemoryBound(to: CChar.self)
                        var outputLeft = outRaw.count
                        let result = flushing
                            ? iconv(converter, nil, nil, &outPointer, &outputLeft)
                            : iconv(converter, &inPointer, &inputLeft, &outPointer, &outputLeft)
                        let code = errno
                        output.append(contentsOf: UnsafeRawBufferPointer(rebasing: outRaw[..<(outRaw.count - outputLeft)]))
                        if result != -1 { return nil }
                        if code != E2BIG { return code }
                    }
                }
                return convert(flushing: false) ?? convert(flushing: true)
            }
        }
        if let failure {
            let offset = bytes.count - inputLeft
            let what = failure == EINVAL ? "ends inside a character" : "has a byte sequence that is not a character"
            let byte = offset < bytes.count ? String(format2: bytes[offset]) : ""
            throw ReadError(path: path, line: HTMLInput.line(at: min(offset, bytes.count), in: bytes),
                            reason: "is declared as '\(declared)' but \(what) of it at byte offset \(offset)\(byte)")
        }
        return output
    }
}

private extension String {
    /// ` (0xHH)`.
    init(format2 byte: UInt8) {
        let digits = Array("0123456789ABCDEF")
        self = " (0x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)]) + ")"
    }
}

/// A page saved as UTF-16 with a byte order mark (FF FE little-endian, FE FF big-endian).
enum UTF16Page {
    /// The page as UTF-8 and the name of the encoding it was in, or nil when it has no UTF-16
    /// byte order mark. Throws a `ReadError` for an odd length or an unpaired surrogate.
    static func decode(_ raw: [UInt8], path: String) throws -> (bytes: [UInt8], name: String)? {
        let littleEndian: Bool
        if raw.starts(with: [0xFF, 0xFE]) { littleEndian = true } else if raw.starts(with: [0xFE, 0xFF]) { littleEndian = false } else { return nil }
        let name = littleEndian ? "UTF-16LE" : "UTF-16BE"
        if raw.count % 2 != 0 {
            throw ReadError(path: path, reason: "starts with a \(name) byte order mark but has an odd number of bytes (\(raw.count))")
        }
        var units: [UInt16] = []
        units.reserveCapacity(raw.count / 2 - 1)
        var i = 2
        while i + 1 < raw.count {
            let a = UInt16(raw[i]), b = UInt16(raw[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        var out: [UInt8] = []
        out.reserveCapacity(units.count * 3 / 2)
        var decoder = UTF16()
        var iterator = units.makeIterator()
        var index = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                UTF8.encode(scalar) { out.append($0) }
                index += scalar.value > 0xFFFF ? 2 : 1
            case .emptyInput:
                return (out, name)
            case .error:
                throw ReadError(path: path, reason: "is \(name) (by its byte order mark) but has an unpaired surrogate at byte offset \(2 + 2 * index)")
            }
        }
    }
}
