#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file or folder path as the system gives it: bytes, which need not be UTF-8 (POSIX file names
/// are any bytes but `/` and NUL). Files are opened by these bytes, so a name that is not valid
/// UTF-8 is read like any other; `display` is how it is named in messages and in the graph.
public struct InputPath: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The path's bytes, without a terminating NUL.
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes.filter { $0 != 0 } }

    /// The path spelled by `string` (its UTF-8).
    public init(_ string: String) { self.init(bytes: Array(string.utf8)) }

    /// The path the user typed for `argument`, as the system passed it to the process: the
    /// argument parser sees arguments as Strings, in which bytes that are not UTF-8 have been
    /// replaced, so the raw argument whose decoding gives `argument` is looked up.
    public static func commandLine(_ argument: String) -> InputPath {
        // Only a replaced byte (U+FFFD) can make the text differ from the raw argument.
        guard argument.unicodeScalars.contains("\u{FFFD}") else { return InputPath(argument) }
        for index in 0..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[index] else { continue }
            let raw = UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer))
            if UTF8Check.firstInvalidOffset(Array(raw)) != nil, String(decoding: raw, as: UTF8.self) == argument {
                return InputPath(bytes: Array(raw))
            }
        }
        return InputPath(argument)
    }

    /// The path as text: valid UTF-8 as it is, each byte that is not part of a valid UTF-8
    /// sequence as `\xHH` (upper-case hexadecimal).
    public var display: String {
        guard UTF8Check.firstInvalidOffset(bytes) != nil else { return String(decoding: bytes, as: UTF8.self) }
        var out = ""
        var rest = bytes[...]
        while !rest.isEmpty {
            guard let bad = UTF8Check.firstInvalidOffset(Array(rest)) else {
                out += String(decoding: rest, as: UTF8.self)
                break
            }
            let start = rest.startIndex
            out += String(decoding: rest[start..<(start + bad)], as: UTF8.self)
            let byte = rest[start + bad]
            let digits = Array("0123456789ABCDEF")
            out += "\\x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
            rest = rest[(start + bad + 1)...]
        }
        return out
    }

    public var description: String { display }

    /// The path of `name` inside this folder.
    public func appending(_ name: [UInt8]) -> InputPath {
        if bytes.isEmpty || bytes.last == UInt8(ascii: "/") { return InputPath(bytes: bytes + name) }
        return InputPath(bytes: bytes + [UInt8(ascii: "/")] + name)
    }

    /// The last component's bytes (the path itself when it has no `/`).
    public var lastComponent: [UInt8] {
        var end = bytes.count
        while end > 1 && bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
        let head = bytes[..<end]
        guard let slash = head.lastIndex(of: UInt8(ascii: "/")) else { return Array(head) }
        return Array(head[(slash + 1)...])
    }

    /// The extension of the last component, lower-cased ASCII (`html` for `Bài.HTML`), or "".
    public var pathExtension: String {
        let name = lastComponent
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return "" }
        let ext = name[(dot + 1)...]
        guard ext.allSatisfy({ $0 < 0x80 }) else { return "" }
        return String(decoding: ext.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    /// Runs `body` with the path as a NUL-terminated C string.
    public func withCString<T>(_ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
        try (bytes + [0]).withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let base = chars.baseAddress else { return try "".withCString(body) }
                return try body(base)
            }
        }
    }

    public static func < (a: InputPath, b: InputPath) -> Bool { a.bytes.lexicographicallyPrecedes(b.bytes) }
}
