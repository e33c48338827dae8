import DiplographModel
import Foundation
import Testing

@Suite("NodeID")
struct NodeIDTests {
    @Test("Vietnamese text folds to a lower-case ASCII slug", arguments: [
        ("Phạm Minh Chính", "pham-minh-chinh"),
        ("Đức", "duc"),
        ("đường", "duong"),
        ("Nguyễn Phú Trọng", "nguyen-phu-trong"),
        ("Bộ Ngoại giao", "bo-ngoai-giao"),
        ("Hà Nội", "ha-noi"),
        ("Thủ tướng Ấn Độ", "thu-tuong-an-do"),
        ("ỲỴỶỸ", "yyyy"),
        ("NATO", "nato"),
        ("G7_2022", "g7_2022"),
    ])
    func slug(_ input: String, _ expected: String) {
        #expect(NodeID.slug(input) == expected)
    }

    @Test("runs of punctuation and spaces become one dash, none at either end", arguments: [
        ("a, b!!  c", "a-b-c"),
        ("  Hà Nội!  ", "ha-noi"),
        ("--Mỹ--Nga--", "my-nga"),
        ("Nga - Ukraine", "nga-ukraine"),
        ("a\tb\nc", "a-b-c"),
        ("“Biden”", "biden"),
    ])
    func punctuationRuns(_ input: String, _ expected: String) {
        #expect(NodeID.slug(input) == expected)
    }

    @Test("an empty or all-punctuation slug is x", arguments: ["", " ", "!?—", "«»", "中国"])
    func emptySlug(_ input: String) {
        #expect(NodeID.slug(input) == "x")
    }

    @Test("a slug is the same whether the text is in NFC or NFD",
          arguments: ["Phạm Minh Chính", "Nguyễn Phú Trọng", "Đức", "Hội đồng Bảo an"])
    func slugOfNFD(_ name: String) {
        let nfd = name.decomposedStringWithCanonicalMapping
        #expect(Array(nfd.unicodeScalars) != Array(name.precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(NodeID.slug(nfd) == NodeID.slug(name.precomposedStringWithCanonicalMapping))
    }

    @Test("kind and slug make kind-slug")
    func kindSlug() {
        #expect(NodeID(kind: .actor, slug: "Phạm Minh Chính").rawValue == "actor-pham-minh-chinh")
        #expect(NodeID(kind: .event, slug: "").rawValue == "event-x")
        #expect(NodeID(kind: .article, slug: "001 Tin").description == "article-001-tin")
    }

    @Test("raw ids that are already safe are kept", arguments: ["actor-putin", "article-001_c370ad7c0e317180", "a.b-c_D9"])
    func rawSafe(_ raw: String) {
        #expect(NodeID(raw: raw).rawValue == raw)
    }

    @Test("raw ids have each character outside the NMTOKEN-safe set replaced", arguments: [
        ("article-bản tin", "article-b-n-tin"),
        ("a b/c", "a-b-c"),
        ("x<y>&\"z\"", "x-y---z-"),
        ("", "x"),
    ])
    func rawReplaced(_ raw: String, _ expected: String) {
        let id = NodeID(raw: raw)
        #expect(id.rawValue == expected)
        #expect(id.rawValue.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)) })
    }

    @Test("ids compare by raw value")
    func ordering() {
        let ids = ["event-b", "actor-z", "actor-a", "article-1"].map(NodeID.init(raw:))
        #expect(ids.sorted().map(\.rawValue) == ["actor-a", "actor-z", "article-1", "event-b"])
        #expect(NodeID(raw: "actor-a") == NodeID(kind: .actor, slug: "A"))
    }
}

@Suite("edge ids")
struct EdgeIDTests {
    static let putin = NodeID(raw: "actor-putin"), call = NodeID(raw: "event-2022-02-12-call-biden-putin")

    @Test("an edge's id is source:relation:target, with :role when it has one")
    func fromEnds() {
        #expect(Edge(source: Self.putin, target: Self.call, relation: .participant).id
            == "actor-putin:participant:event-2022-02-12-call-biden-putin")
        #expect(Edge(source: Self.putin, target: Self.call, relation: .participant, role: "initiator").id
            == "actor-putin:participant:event-2022-02-12-call-biden-putin:initiator")
    }

    @Test("different edges never share an id, even with roles that differ only in characters an id cannot hold")
    func neverShared() {
        let us = NodeID(raw: "actor-us")
        let edges = [Edge(source: Self.putin, target: Self.call, relation: .participant),
                     Edge(source: Self.putin, target: Self.call, relation: .participant, role: "initiator"),
                     Edge(source: Self.putin, target: us, relation: .affiliation, role: "head of state"),
                     Edge(source: Self.putin, target: us, relation: .affiliation, role: "head-of-state"),
                     Edge(source: Self.putin, target: us, relation: .affiliation, role: "head/of/state"),
                     Edge(source: us, target: Self.putin, relation: .affiliation, role: "head-of-state"),
                     Edge(source: Self.putin, target: us, relation: .met)]
        #expect(Set(edges.map(\.id)).count == edges.count, "\(edges.map(\.id))")
        for e in edges { #expect(e.id.unicodeScalars.allSatisfy { $0.isASCII && !$0.properties.isWhitespace }, "\(e.id)") }
    }

    @Test("an edge's id does not depend on its weight, dates or facts")
    func onlyEnds() {
        let a = Edge(source: Self.putin, target: NodeID(raw: "actor-us"), relation: .called)
        let b = Edge(source: Self.putin, target: NodeID(raw: "actor-us"), relation: .called, weight: 3, firstDate: "2021", lastDate: "2022", facts: [Self.call])
        #expect(a.id == b.id)
    }
}
