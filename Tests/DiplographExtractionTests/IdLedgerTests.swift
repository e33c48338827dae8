import DiplographModel
import Testing
@testable import DiplographExtraction

/// `IdLedger.assign`: which node keeps which id when a folder's corpus grows.
@Suite("id ledger assignment")
struct IdLedgerAssignTests {
    @Test("the actors linked to each fact: each once (an actor on two edges of one fact too), sorted, whichever way the edges point")
    func linkedActors() {
        var g = KnowledgeGraph()
        let call = NodeID(raw: "event-call"), demand = NodeID(raw: "demand-d"), threat = NodeID(raw: "threat-t")
        let b = NodeID(raw: "actor-b"), a = NodeID(raw: "actor-a"), c = NodeID(raw: "actor-c"), art = NodeID(raw: "article-x")
        g.connect(b, call, .participant)
        g.connect(b, call, .participant, role: "initiator")
        g.connect(a, call, .participant)
        g.connect(c, demand, .demands)
        g.connect(demand, a, .addressee)
        g.connect(demand, c, .addressee)
        g.connect(b, threat, .threatens)
        g.connect(threat, a, .target)
        g.connect(a, c, .affiliation)
        g.connect(art, call, .mentions)
        let linked = IdLedger.linkedActors(g)
        #expect(linked[call] == ["actor-a", "actor-b"])
        #expect(linked[demand] == ["actor-a", "actor-c"])
        #expect(linked[threat] == ["actor-a", "actor-b"])
        #expect(linked.count == 3, "affiliation and mentions link no fact")
    }

    /// `IdLedger.onePerID`, which keeps one entry per id by sorting, against the dictionary it
    /// replaced (assigned in rank order, then list order; an actor only where nothing else is),
    /// on random lists with many ids repeated within and across ranks.
    @Test("one entry per id by sorting gives what assigning into a dictionary in rank order gave", arguments: 0..<25)
    func onePerIDLikeADictionary(seed: Int) {
        var state = UInt64(seed) &+ 0x5851_F42D_4C95_7F2D
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<20 {
            var entries: [IdLedger.Entry] = [], rank: [UInt8] = []
            // Ranks in order, as `assign` lists them; ids drawn from a small pool so that they collide.
            for r in 0..<4 {
                for _ in 0..<next(8) {
                    let id = "event-\(next(6))"
                    entries.append(IdLedger.Entry(id: id, kind: r == 3 ? "actor" : "event", evidence: ["a:\(next(100))-1"],
                                                  replacedBy: r == 1 ? "event-x" : nil))
                    rank.append(UInt8(r))
                }
            }
            var expected: [String: IdLedger.Entry] = [:]
            for (entry, r) in zip(entries, rank) where r < 3 { expected[entry.id] = entry }
            for (entry, r) in zip(entries, rank) where r == 3 && expected[entry.id] == nil { expected[entry.id] = entry }
            let got = IdLedger.onePerID(entries, rank: rank)
            #expect(got == expected.values.sorted { $0.id < $1.id }, "seed \(seed): \(entries.map(\.id)) ranks \(rank)")
        }
    }

    static let article = NodeID(raw: "article-a")

    /// A call with `parties`, read from the sentences at `starts` of article-a.
    static func call(_ id: String, _ parties: [String], _ starts: [Int]) -> (Event, [Edge]) {
        let event = Event(id: NodeID(raw: id), label: id, eventType: .call, mode: .phone, status: .occurred,
                          articles: [article], evidence: starts.map { Evidence(article: article, sentence: "s\($0)", start: $0, end: $0 + 5) })
        return (event, parties.map { Edge(source: NodeID(raw: "actor-" + $0), target: event.id, relation: .participant) })
    }

    static func graph(_ calls: [(Event, [Edge])]) -> KnowledgeGraph {
        var g = KnowledgeGraph()
        for (event, edges) in calls {
            g.insert(event)
            for e in edges {
                g.insert(Actor(id: e.source, label: e.source.rawValue, actorType: .person))
                g.connect(e)
            }
        }
        return g
    }

    @Test("two calls read from one sentence keep their own ids when both are renamed (same actors decide)")
    func oneSentenceTwoCalls() {
        var first = Self.graph([Self.call("event-undated-call-a-b", ["a", "b"], [0]), Self.call("event-undated-call-a-c", ["a", "c"], [0])])
        let ledger = IdLedger().assign(&first)
        // Dated now, so minted under other ids; listed in the opposite order of their old ids.
        var second = Self.graph([Self.call("event-2022-call-a-c", ["a", "c"], [0]), Self.call("event-2022-call-a-b", ["a", "b"], [0])])
        _ = ledger.assign(&second)
        #expect(second.events.map(\.id.rawValue) == ["event-undated-call-a-b", "event-undated-call-a-c"])
        #expect(second.sources(into: NodeID(raw: "event-undated-call-a-c"), .participant).map(\.rawValue) == ["actor-a", "actor-c"])
    }

    @Test("a merge retires an id; a later merge of the survivor retires both into the new one, in formerIds and the ledger")
    func chainedMerges() {
        var g1 = Self.graph([Self.call("event-x", ["a", "b"], [0]), Self.call("event-y", ["a", "b"], [10]), Self.call("event-z", ["a", "b"], [20])])
        let l1 = IdLedger().assign(&g1)
        var g2 = Self.graph([Self.call("event-y", ["a", "b"], [0, 10]), Self.call("event-z", ["a", "b"], [20])])
        let l2 = l1.assign(&g2)
        #expect(g2.events.map(\.id.rawValue) == ["event-y", "event-z"])
        #expect(g2.events.first?.formerIds.map(\.rawValue) == ["event-x"])
        var g3 = Self.graph([Self.call("event-z", ["a", "b"], [0, 10, 20])])
        let l3 = l2.assign(&g3)
        #expect(g3.events.map(\.id.rawValue) == ["event-z"])
        #expect(g3.events.first?.formerIds.map(\.rawValue) == ["event-x", "event-y"])
        #expect(l3.entries.filter { $0.replacedBy != nil }.map { "\($0.id)>\($0.replacedBy ?? "")" } == ["event-x>event-z", "event-y>event-z"])
        // The participant edges moved with the id.
        #expect(g3.sources(into: NodeID(raw: "event-z"), .participant).count == 2)
    }

    @Test("a new node minted with a retired or taken id gets the next free suffix; the same graph and ledger give the same result")
    func retiredNeverReused() {
        var g1 = Self.graph([Self.call("event-x", ["a", "b"], [0]), Self.call("event-y", ["a", "b"], [10])])
        let l1 = IdLedger().assign(&g1)
        var g2 = Self.graph([Self.call("event-y", ["a", "b"], [0, 10])])
        let l2 = l1.assign(&g2)
        var g3 = Self.graph([Self.call("event-y", ["a", "b"], [0, 10]), Self.call("event-x", ["c", "d"], [50])])
        let l3 = l2.assign(&g3)
        #expect(g3.events.map(\.id.rawValue) == ["event-x-2", "event-y"])
        var again = Self.graph([Self.call("event-y", ["a", "b"], [0, 10]), Self.call("event-x", ["c", "d"], [50])])
        #expect(l2.assign(&again) == l3)
        #expect(again.events == g3.events)
        // With the ledger it wrote, the export is stable.
        var fourth = g3
        #expect(l3.assign(&fourth) == l3)
        #expect(fourth.events == g3.events)
    }
}

@Suite("id ledger assignment, splits and edits")
struct IdLedgerSplitTests {
    typealias T = IdLedgerAssignTests

    @Test("an entry now read as two events: the one minted with its id keeps it, the other takes its own minted id")
    func split() {
        var g1 = T.graph([T.call("event-e", ["a", "b"], [0, 10])])
        let l1 = IdLedger().assign(&g1)
        var g2 = T.graph([T.call("event-f", ["a", "b"], [10]), T.call("event-e", ["a", "b"], [0])])
        let l2 = l1.assign(&g2)
        #expect(g2.events.map(\.id.rawValue) == ["event-e", "event-f"])
        #expect(g2.events.allSatisfy { $0.formerIds.isEmpty })
        #expect(l2.entries.first { $0.id == "event-e" }?.evidence == ["article-a:0-5"])
        #expect(l2.entries.first { $0.id == "event-f" }?.evidence == ["article-a:10-15"])
    }

    @Test("an edited article moves the offsets: an event minted with a known id that no other node took keeps it")
    func editedArticle() {
        var g1 = T.graph([T.call("event-2022-call-a-b", ["a", "b"], [0])])
        let l1 = IdLedger().assign(&g1)
        var g2 = T.graph([T.call("event-2022-call-a-b", ["a", "b"], [40])])
        let l2 = l1.assign(&g2)
        #expect(g2.events.map(\.id.rawValue) == ["event-2022-call-a-b"])
        #expect(l2.entries.first { $0.id == "event-2022-call-a-b" }?.evidence == ["article-a:40-45"])
    }

    @Test("actors are recorded as they are, and a ledger entry of another kind never claims a fact")
    func kindsApart() {
        var g1 = T.graph([T.call("event-x", ["a", "b"], [0])])
        let l1 = IdLedger().assign(&g1)
        #expect(l1.entries.filter { $0.kind == "actor" }.map(\.id) == ["actor-a", "actor-b"])
        let demand = Demand(id: NodeID(raw: "demand-y"), label: "y", topics: [], text: "y", cameo: "100",
                            articles: [T.article], evidence: [Evidence(article: T.article, sentence: "s0", start: 0, end: 5)])
        var g2 = T.graph([])
        g2.insert(demand)
        _ = l1.assign(&g2)
        #expect(g2.demands.map(\.id.rawValue) == ["demand-y"])
    }
}
