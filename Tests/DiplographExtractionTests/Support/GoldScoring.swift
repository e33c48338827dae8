import DiplographExtraction
import DiplographModel
import Foundation

/// A gold file (`*.gold.json`, ../shared/eval/gold-format.md): the actors, events, demands and
/// threats a careful reader takes from one article.
struct GoldFile: Decodable, Sendable {
    struct GoldActor: Decodable, Sendable {
        let id: String
        let type: String?
        let names: [String]?
        let wikidata: String?
        let state: String?
        let optional: Bool?
    }

    struct GoldEvent: Decodable, Sendable {
        let type: SentenceSuite.OneOrMany
        let participants: [String]
        let date: String?
        let status: String?
        let optional: Bool?
    }

    struct GoldDemand: Decodable, Sendable {
        let by: [String]
        let to: [String]
        var topics: [String]? = nil
        var note: String? = nil
        let optional: Bool?
    }

    struct GoldThreat: Decodable, Sendable {
        let by: [String]
        let against: [String]
        let sanctions: Bool?
        var topics: [String]? = nil
        var note: String? = nil
        let optional: Bool?
    }

    let article: String
    let actors: [GoldActor]?
    let events: [GoldEvent]?
    let demands: [GoldDemand]?
    let threats: [GoldThreat]?
}

/// The per-article scoring of ../shared/eval/score.py (`score_article`), ported: actors matched to
/// gold by Wikidata id, then by any name (case-folded, with and without diacritics), then a state
/// actor by its state; events, demands and threats compared at state level and assigned one to one
/// greedily by rank; optional gold items are neither a miss when absent nor an extra when found.
struct GoldScore {
    var tallies: [String: KindTally] = Dictionary(uniqueKeysWithValues: SentenceMatch.kinds.map { ($0, KindTally()) })
    /// "date" of matched required events: (right, total), as score.py's `field date`.
    var dates = (right: 0, total: 0)
    var misses: [String] = []
    var extras: [String] = []

    mutating func add(_ o: GoldScore) {
        for k in SentenceMatch.kinds { tallies[k, default: KindTally()].add(o.tallies[k] ?? KindTally()) }
        dates.right += o.dates.right
        dates.total += o.dates.total
        misses += o.misses
        extras += o.extras
    }

    subscript(kind: String) -> KindTally { tallies[kind] ?? KindTally() }

    // ------------------------------------------------------------------ names

    /// score.py's `norm`: NFC, case-folded, stripped, `-` as a space, white space runs as one space.
    static func norm(_ s: String) -> String {
        let folded = PythonText.casefold(PythonText.nfc(s))
        var dashless = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars { dashless.append(scalar == "-" ? " " : scalar) }
        return PythonText.splitOnSpace(String(dashless)).joined(separator: " ")
    }

    /// score.py's `bare`: `norm` without diacritics, `đ` as `d`.
    static func bare(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in PythonText.nfd(norm(s)).unicodeScalars where !PythonText.isNonspacingMark(scalar) {
            out.append(scalar == "đ" ? "d" : scalar)
        }
        return String(out)
    }

    /// `[x for x in v.split("|") if x.strip()]`.
    static func splitList(_ v: String?) -> [String] {
        PythonText.splitBars(v ?? "").filter { !PythonText.strip($0).isEmpty }
    }

    /// The gold actors by id in file order (a repeated id keeps its first place and its last
    /// entry, as a Python dict built from the list does).
    struct Actors {
        let order: [String]
        let byID: [String: GoldFile.GoldActor]

        init(_ list: [GoldFile.GoldActor]) {
            var order: [String] = [], byID: [String: GoldFile.GoldActor] = [:]
            for a in list {
                if byID[a.id] == nil { order.append(a.id) }
                byID[a.id] = a
            }
            self.order = order
            self.byID = byID
        }

        /// `Gold.state_key`.
        func stateKey(_ gid: String) -> String {
            guard let a = byID[gid] else { return gid }
            if a.type == "organization" || (a.state ?? "").isEmpty { return a.id }
            return a.state ?? ""
        }

        /// `Gold.match_actor`: the gold id of a system actor, or nil.
        func match(_ attrs: [String: String]) -> String? {
            let names = [attrs["label"] ?? ""] + GoldScore.splitList(attrs["aliases"])
            let wd = PythonText.strip(attrs["wikidata"] ?? "")
            if !wd.isEmpty {
                for gid in order {
                    if let w = byID[gid]?.wikidata, !w.isEmpty, PythonText.same(wd, w) { return gid }
                }
            }
            var normed = Set<String>()
            for n in names where !n.isEmpty {
                normed.insert(GoldScore.norm(n))
                normed.insert(GoldScore.bare(n))
            }
            for gid in order {
                for n in byID[gid]?.names ?? [] where normed.contains(GoldScore.norm(n)) || normed.contains(GoldScore.bare(n)) {
                    return gid
                }
            }
            let st = PythonText.strip(attrs["state"] ?? "").uppercased()
            if attrs["actorType"] == "state" && !st.isEmpty && byID[st] != nil { return st }
            return nil
        }

        /// `system_actor_keys`: gold ids and state keys of some system actor nodes.
        func systemKeys(_ g: ExportedGraph, _ nodeIDs: [String]) -> (gids: Set<String>, keys: Set<String>) {
            var gids = Set<String>(), keys = Set<String>()
            for n in nodeIDs {
                let attrs = g.nodes[n] ?? [:]
                if let gid = match(attrs), !gid.isEmpty {
                    gids.insert(gid)
                    keys.insert(stateKey(gid))
                } else {
                    let label = attrs["label"] ?? n
                    gids.insert("?" + label)
                    let state = attrs["state"] ?? ""
                    if attrs["actorType"] == "organization" || attrs["actorType"] == "media" || state.isEmpty {
                        keys.insert("?" + GoldScore.norm(label))
                    } else {
                        keys.insert(state.uppercased())
                    }
                }
            }
            return (gids, keys)
        }

        /// `gold_keys(...)[1]`.
        func keys(_ ids: [String]) -> Set<String> { Set(ids.map(stateKey)) }
    }

    /// score.py's `assign`: every compatible (gold, system) pair ranked, best rank first, then by
    /// gold index and system id; each taken unless either side is already used.
    static func assign(golds: Int, systems: [String], compatible: (Int, String) -> Bool, rank: (Int, String) -> Int) -> [Int: String] {
        var pairs: [(rank: Int, gi: Int, sid: String)] = []
        for gi in 0..<golds {
            for sid in systems where compatible(gi, sid) { pairs.append((rank(gi, sid), gi, sid)) }
        }
        pairs.sort { a, b in
            if a.rank != b.rank { return a.rank > b.rank }
            if a.gi != b.gi { return a.gi < b.gi }
            return PythonText.less(a.sid, b.sid)
        }
        var usedG = Set<Int>(), usedS = Set<String>(), out: [Int: String] = [:]
        for p in pairs where !usedG.contains(p.gi) && !usedS.contains(p.sid) {
            usedG.insert(p.gi)
            usedS.insert(p.sid)
            out[p.gi] = p.sid
        }
        return out
    }

    init() {}

    /// `ge.get('topics', ge.get('note', ''))` as score.py prints it after a missed demand or threat.
    static func about(_ topics: [String]?, _ note: String?) -> String {
        if let topics { return PythonText.repr(topics) }
        return note ?? ""
    }

    /// `score_article` for one article's exported graph.
    init(_ g: ExportedGraph, gold: GoldFile) {
        let art = gold.article
        let actors = Actors(gold.actors ?? [])

        // actors
        var seen: [String: String] = [:]
        for (_, attrs) in g.ofKind("actor") {
            guard let gid = actors.match(attrs) else {
                tallies["actors", default: KindTally()].fp += 1
                extras.append("\(art): actor '\(attrs["label"] ?? "")'")
                continue
            }
            if let first = seen[gid] {
                if actors.byID[gid]?.optional != true {
                    tallies["actors", default: KindTally()].fp += 1
                    extras.append("\(art): duplicate actor '\(attrs["label"] ?? "")' (same as '\(first)')")
                }
            } else {
                seen[gid] = attrs["label"] ?? ""
            }
        }
        for gid in actors.order {
            guard let a = actors.byID[gid], a.optional != true else { continue }
            if seen[gid] != nil { tallies["actors", default: KindTally()].tp += 1 } else {
                tallies["actors", default: KindTally()].fn += 1
                misses.append("\(art): actor \(gid) \(PythonText.repr(Array((a.names ?? []).prefix(2))))")
            }
        }

        // events
        struct SystemEvent { let attrs: [String: String]; let gids: Set<String>; let keys: Set<String> }
        var sysEvents: [String: SystemEvent] = [:]
        var eventOrder: [String] = []
        for (nid, attrs) in g.ofKind("event") {
            let (gids, keys) = actors.systemKeys(g, g.sources(nid, "participant"))
            sysEvents[nid] = SystemEvent(attrs: attrs, gids: gids, keys: keys)
            eventOrder.append(nid)
        }
        let goldEvents = gold.events ?? []
        let m = Self.assign(golds: goldEvents.count, systems: eventOrder, compatible: { gi, sid in
            guard let se = sysEvents[sid] else { return false }
            let ge = goldEvents[gi]
            return ge.type.values.contains(se.attrs["eventType"] ?? "\u{0}") && actors.keys(ge.participants) == se.keys
        }, rank: { gi, sid in
            guard let se = sysEvents[sid] else { return 0 }
            let ge = goldEvents[gi]
            let strict = Set(ge.participants) == se.gids
            let dated = ge.date != nil && PythonText.same(ge.date ?? "", se.attrs["date"] ?? "\u{0}")
            let status = ge.status.map { PythonText.same($0, se.attrs["status"] ?? "\u{0}") } ?? (se.attrs["status"] == nil)
            return 4 * (strict ? 1 : 0) + 2 * (dated ? 1 : 0) + (status ? 1 : 0)
        })
        let matched = Set(m.values)
        for (gi, ge) in goldEvents.enumerated() {
            if let sid = m[gi] {
                if ge.optional == true { continue }
                tallies["events", default: KindTally()].tp += 1
                if let d = ge.date, !d.isEmpty, let se = sysEvents[sid] {
                    dates.total += 1
                    if PythonText.same(se.attrs["date"] ?? "\u{0}", d) { dates.right += 1 }
                }
            } else if ge.optional != true {
                tallies["events", default: KindTally()].fn += 1
                misses.append("\(art): \(ge.type.values.sorted(by: PythonText.less).joined(separator: "/")) \(PythonText.repr(ge.participants)) \(ge.date ?? "None")")
            }
        }
        for sid in eventOrder where !matched.contains(sid) {
            guard let se = sysEvents[sid] else { continue }
            tallies["events", default: KindTally()].fp += 1
            let evidence = String((se.attrs["evidence"] ?? "").unicodeScalars.prefix(90).map(Character.init))
            extras.append("\(art): \(se.attrs["eventType"] ?? "None") \(PythonText.repr(se.keys.sorted(by: PythonText.less))) \(se.attrs["date"] ?? "None") «\(evidence)»")
        }

        // demands and threats
        struct Wanted { let by: [String]; let to: [String]; let sanctions: Bool?; let optional: Bool; let about: String }
        let plans: [(kind: String, byRel: String, toRel: String, golds: [Wanted])] = [
            ("demand", "demands", "addressee", (gold.demands ?? []).map { Wanted(by: $0.by, to: $0.to, sanctions: nil, optional: $0.optional == true, about: Self.about($0.topics, $0.note)) }),
            ("threat", "threatens", "target", (gold.threats ?? []).map { Wanted(by: $0.by, to: $0.against, sanctions: $0.sanctions, optional: $0.optional == true, about: Self.about($0.topics, $0.note)) }),
        ]
        for plan in plans {
            let plural = plan.kind + "s"
            struct SystemAct { let attrs: [String: String]; let by: Set<String>; let to: Set<String> }
            var systems: [String: SystemAct] = [:]
            var order: [String] = []
            for (nid, attrs) in g.ofKind(plan.kind) {
                let by = actors.systemKeys(g, g.sources(nid, plan.byRel)).keys
                let to = actors.systemKeys(g, g.targets(nid, plan.toRel)).keys
                systems[nid] = SystemAct(attrs: attrs, by: by, to: to)
                order.append(nid)
            }
            let golds = plan.golds
            let m = Self.assign(golds: golds.count, systems: order, compatible: { gi, sid in
                guard let se = systems[sid] else { return false }
                let gb = actors.keys(golds[gi].by), gt = actors.keys(golds[gi].to)
                if gb.isDisjoint(with: se.by) { return false }
                return (gt.isEmpty && se.to.isEmpty) || !gt.isDisjoint(with: se.to)
            }, rank: { gi, sid in
                actors.keys(golds[gi].to).intersection(systems[sid]?.to ?? []).count
            })
            let used = Set(m.values)
            for (gi, ge) in golds.enumerated() {
                if m[gi] != nil {
                    if ge.optional { continue }
                    tallies[plural, default: KindTally()].tp += 1
                } else if !ge.optional {
                    tallies[plural, default: KindTally()].fn += 1
                    misses.append("\(art): \(plan.kind) \(PythonText.repr(ge.by)) -> \(PythonText.repr(ge.to)) \(ge.about)")
                }
            }
            for sid in order where !used.contains(sid) {
                guard let se = systems[sid] else { continue }
                tallies[plural, default: KindTally()].fp += 1
                let quoted = se.attrs["evidence"] ?? se.attrs["text"] ?? ""
                extras.append("\(art): \(plan.kind) \(PythonText.repr(se.by.sorted(by: PythonText.less))) -> \(PythonText.repr(se.to.sorted(by: PythonText.less))) «\(String(quoted.unicodeScalars.prefix(90).map(Character.init)))»")
            }
        }
    }
}
