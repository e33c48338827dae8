@testable import DiplographInput
import Testing

@Suite("SHA-256")
struct SHA256Tests {
    static func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    @Test("FIPS 180-4 examples: one block, empty message, two blocks (448 bits), 896 bits", arguments: [
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func standardVectors(_ message: String, _ digest: String) {
        #expect(sha256Hex(Self.bytes(message)) == digest)
    }

    /// Lengths around the padding boundaries (55/56 bytes leave no room for the length in the
    /// first block), checked against coreutils `sha256sum`.
    @Test("messages of n letters 'a' around the 64-byte block and padding boundaries", arguments: [
        (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (57, "f13b2d724659eb3bf47f2dd6af1accc87b81f09f59f2b75e5c0bed6589dfe8c6"),
        (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
        (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
        (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
        (128, "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e"),
    ])
    func boundaries(_ count: Int, _ digest: String) {
        #expect(sha256Hex([UInt8](repeating: 0x61, count: count)) == digest)
    }

    @Test("one million 'a' (FIPS 180-4 long message)")
    func million() {
        #expect(sha256Hex([UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("UTF-8 bytes of Vietnamese text")
    func vietnamese() {
        #expect(sha256Hex(Self.bytes("Tiếng Việt")) == "690829f87a103acd5eb5734b27b86ca2fc994ea6cabf6c18285130906fed8419")
    }

    @Test("fed in pieces of any size, the digest is that of the whole message")
    func incremental() {
        let message = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let whole = sha256Hex(message)
        for piece in [1, 3, 63, 64, 65, 100, 299] {
            var hash = SHA256()
            var start = 0
            while start < message.count {
                hash.update(Array(message[start..<min(start + piece, message.count)]))
                start += piece
            }
            #expect(hash.hexDigest() == whole, "pieces of \(piece)")
        }
    }
}
