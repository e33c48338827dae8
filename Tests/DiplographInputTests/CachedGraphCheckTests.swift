@testable import DiplographInput
import DiplographModel
import Foundation
import Testing

@Suite("checks of cached graphs")
struct CachedGraphCheckTests {
    @Test("numbers at the ends of Int's range are refused without trapping")
    func extremeIntegers() {
        #expect(CachedGraphCheck.badValue(.int(Int.min)) != nil)
        #expect(CachedGraphCheck.badValue(.int(Int.max)) != nil)
        #expect(CachedGraphCheck.badValue(.int(90)) == nil)
        #expect(CachedGraphCheck.badValue(.double(.nan)) != nil)
        #expect(CachedGraphCheck.badValue(.double(.infinity)) != nil)
    }

    @Test("ids must be non-empty NMTOKEN-safe ASCII of bounded length")
    func ids() throws {
        #expect(CachedGraphCheck.badID(NodeID(raw: "actor-putin")) == nil)
        #expect(CachedGraphCheck.badID(NodeID(kind: .actor, slug: "Nguyễn Phú Trọng")) == nil)
        for raw in ["", "actor-x y", "actor-<x>", "actor-ngà", "actor-" + String(repeating: "a", count: 2000)] {
            // Decoded, as from a cache entry: `NodeID(raw:)` would clean the id.
            let id = try JSONDecoder().decode(NodeID.self, from: Data("{\"rawValue\":\(String(reflecting: raw))}".utf8))
            #expect(id.rawValue == raw)
            #expect(CachedGraphCheck.badID(id) != nil, "\(raw)")
        }
    }
}
