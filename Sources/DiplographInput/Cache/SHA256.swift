import Crypto

/// The SHA-256 digest of `bytes` as 64 lower-case hexadecimal digits (FIPS 180-4).
public func sha256Hex(_ bytes: [UInt8]) -> String {
    var hash = SHA256()
    hash.update(bytes)
    return hash.hexDigest()
}

/// SHA-256 fed in pieces, computed by swift-crypto (BoringSSL's assembly on Linux, CryptoKit on
/// Apple platforms). The digests name inputs and cache entries and check cache entries' bodies.
struct SHA256 {
    private var hash = Crypto.SHA256()

    mutating func update(_ bytes: [UInt8]) {
        hash.update(data: bytes)
    }

    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        hash.update(bufferPointer: bytes)
    }

    /// The 32 bytes of the digest. The value is not changed.
    func digest() -> [UInt8] {
        Array(hash.finalize())
    }

    /// The digest as 64 lower-case hexadecimal digits. The value is not changed.
    func hexDigest() -> String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in digest() {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// The SHA-256 of bytes that arrive in pieces (an export's file as it is written), as hex.
public struct ContentDigest: Sendable {
    private var hash = SHA256()

    public init() {}

    public mutating func update(_ bytes: UnsafeRawBufferPointer) { hash.update(bytes) }

    public func hex() -> String { hash.hexDigest() }
}
