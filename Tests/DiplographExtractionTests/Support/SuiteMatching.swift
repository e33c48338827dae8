import DiplographExtraction
import DiplographModel
import Foundation
import DiplographInput

/// A sentence suite (Fixtures/sentences*.json): cases of one or two sentences, each with a
/// publication date and what a careful reader finds in it.
struct SentenceSuite: Decodable {
    struct Case: Decodable, Sendable {
        let id: String
        let published: String
        let text: String
        let expect: Expectation
    }

    /// `"type": "call"` or `"type": ["call", "meeting"]`.
    struct OneOrMany: Decodable, Sendable {
        let values: [String]
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let one = try? c.decode(String.self) { values = [one] } else { values = try c.decode([String].self) }
        }
        init(_ values: [String]) { self.values = values }
    }

    struct ExpectedEvent: Decodable, Sendable {
        let type: OneOrMany
        let participants: [String]
        let date: String?
        let status: String?
        let mode: String?
        let initiator: String?
    }

    struct ExpectedDemand: Decodable, Sendable {
        let by: [String]
        let to: [String]
    }

    struct ExpectedThreat: Decodable, Sendable {
        let by: [String]
        let against: [String]
        let sanctions: Bool?
    }

    struct Expectation: Decodable, Sendable {
        var actors: [String]? = nil
        var not_actors: [String]? = nil
        var events: [ExpectedEvent]? = nil
        var demands: [ExpectedDemand]? = nil
        var threats: [ExpectedThreat]? = nil
    }

    let cases: [Case]
}

/// Per-kind counts of true positives, false positives and false negatives, with P/R/F1 computed
/// as both Python scorers do (an empty denominator counts as 1.0).
struct KindTally: Equatable, Sendable {
    var tp = 0, fp = 0, fn = 0

    var precision: Double { tp + fp > 0 ? Double(tp) / Double(tp + fp) : 1.0 }
    var recall: Double { tp + fn > 0 ? Double(tp) / Double(tp + fn) : 1.0 }
    var f1: Double {
        let p = precision, r = recall
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0
    }

    mutating func add(_ o: KindTally) { tp += o.tp; fp += o.fp; fn += o.fn }

    var summary: String {
        "P \(Self.fixed(precision)) R \(Self.fixed(recall)) F1 \(Self.fixed(f1))  (tp \(tp) fp \(fp) fn \(fn))"
    }

    /// Three decimals, rounded half away from zero (close enough for messages; comparisons use the Doubles).
    static func fixed(_ x: Double) -> String { String(format: "%.3f", x) }
}

/// The matching of scripts/eval_sentences.py, ported: a case is right when every expected actor is
/// found and no unwanted one is, every expected event, demand and threat is matched at state level
/// one to one (greedily, in the order they are listed, to the first unused node in id order) with
/// its date, status and sanctions agreeing where given, and nothing extra was found.
///
/// eval_sentences.py checks neither `mode` nor `initiator`; `strictProblems` adds those checks
/// (mode where given and not `unknown`, the initiator's side among the participants the graph marks
/// `initiator`), reported apart so that the faithful count stays comparable with the script's.
struct SentenceMatch {
    let problems: [String]
    let strictProblems: [String]
    let tallies: [String: KindTally]

    var isRight: Bool { problems.isEmpty }
    var isStrictlyRight: Bool { problems.isEmpty && strictProblems.isEmpty }

    static let kinds = ["actors", "events", "demands", "threats"]

    /// eval_sentences.py's `slug`: NFD, `đ`→`d`, marks dropped, ASCII letters, digits and `_`
    /// lower-cased, every other run one `-`.
    static func slug(_ s: String) -> String {
        var folded = ""
        for scalar in PythonText.nfd(s).unicodeScalars {
            switch scalar {
            case "đ": folded.unicodeScalars.append("d")
            case "Đ": folded.unicodeScalars.append("D")
            default: folded.unicodeScalars.append(scalar)
            }
        }
        var out = "", dash = false
        for scalar in folded.unicodeScalars {
            if PythonText.isNonspacingMark(scalar) { continue }
            let v = scalar.value
            let alnum = (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
            if alnum || v == 0x5F {
                if dash && !out.isEmpty { out += "-" }
                dash = false
                out.unicodeScalars.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v + 0x20)) : scalar)
            } else {
                dash = true
            }
        }
        return out.isEmpty ? "x" : out
    }

    /// `nid[len("actor-"):]`.
    private static func dropPrefix(_ nid: String) -> String {
        String(String.UnicodeScalarView(nid.unicodeScalars.dropFirst(6)))
    }

    init(_ expect: SentenceSuite.Expectation, graph g: ExportedGraph) {
        var problems: [String] = []
        var strict: [String] = []
        var tally: [String: KindTally] = Dictionary(uniqueKeysWithValues: Self.kinds.map { ($0, KindTally()) })

        // actors: id (node id without `actor-`) → attributes; sorted(actors.items()) is by id.
        var actors: [String: [String: String]] = [:]
        for (nid, a) in g.ofKind("actor") { actors[Self.dropPrefix(nid)] = a }
        let actorIDs = actors.keys.sorted(by: PythonText.less)

        func find(_ ref: String) -> String? {
            let s = Self.slug(ref)
            if actors[s] != nil { return s }
            for aid in actorIDs {
                guard let a = actors[aid] else { continue }
                let names = [a["label"] ?? ""] + PythonText.splitBars(a["aliases"] ?? "").filter { !$0.isEmpty }
                if names.contains(where: { Self.slug($0) == s }) || s.hasSuffix("-" + aid) || aid.hasSuffix("-" + s) { return aid }
            }
            return nil
        }
        func key(_ ref: String) -> String {
            if PythonText.length(ref) == 2 && PythonText.isUpper(ref) { return ref }
            guard let found = find(ref), let a = actors[found] else { return "?" + ref }
            if a["actorType"] == "organization" || (a["state"] ?? "").isEmpty { return found.uppercased() }
            return a["state"] ?? ""
        }
        func sysKey(_ nid: String) -> String {
            let a = g.nodes[nid] ?? [:]
            if a["actorType"] == "organization" || (a["state"] ?? "").isEmpty { return Self.dropPrefix(nid).uppercased() }
            return a["state"] ?? ""
        }
        func sorted(_ s: Set<String>) -> String { PythonText.repr(s.sorted(by: PythonText.less)) }

        // actors
        for ref in expect.actors ?? [] {
            let ok = find(ref) != nil
                || (PythonText.length(ref) == 2 && actors.values.contains { PythonText.same($0["state"] ?? "", ref) && $0["actorType"] == "state" })
            if ok { tally["actors", default: KindTally()].tp += 1 } else {
                tally["actors", default: KindTally()].fn += 1
                problems.append("missing actor \(ref)")
            }
        }
        for ref in expect.not_actors ?? [] {
            let bad = actors[Self.slug(ref)] != nil || actors.values.contains { a in
                PythonText.same(a["label"] ?? "", ref) || PythonText.splitBars(a["aliases"] ?? "").contains { PythonText.same($0, ref) }
            }
            if bad {
                tally["actors", default: KindTally()].fp += 1
                problems.append("unwanted actor \(ref)")
            }
        }

        // events
        let sysEvents: [(id: String, attrs: [String: String], parts: Set<String>)] = g.ofKind("event").map { nid, a in
            (nid, a, Set(g.sources(nid, "participant").map(sysKey)))
        }
        var used = Set<String>()
        for ge in expect.events ?? [] {
            let types = ge.type.values
            let want = Set(ge.participants.map(key))
            guard let match = sysEvents.first(where: { !used.contains($0.id) && types.contains($0.attrs["eventType"] ?? "\u{0}") && $0.parts == want }) else {
                tally["events", default: KindTally()].fn += 1
                problems.append("missing event \(PythonText.repr(types)) \(sorted(want)) \(ge.date ?? "None")")
                continue
            }
            used.insert(match.id)
            tally["events", default: KindTally()].tp += 1
            let a = match.attrs
            if let d = ge.date, !d.isEmpty, !PythonText.same(a["date"] ?? "", d) {
                problems.append("event date \(a["date"] ?? "None") != \(d)")
            }
            if let st = ge.status, !st.isEmpty, !PythonText.same(a["status"] ?? "", st) {
                problems.append("event status \(a["status"] ?? "None") != \(st)")
            }
            if let mode = ge.mode, !mode.isEmpty, mode != "unknown", !PythonText.same(a["mode"] ?? "", mode) {
                strict.append("event mode \(a["mode"] ?? "None") != \(mode)")
            }
            if let who = ge.initiator, !who.isEmpty {
                let marked = Set(g.edges.filter { $0.target == match.id && $0.relation == "participant" && $0.role == "initiator" }.map { sysKey($0.source) })
                if !marked.contains(key(who)) { strict.append("event initiator \(sorted(marked)) lacks \(key(who))") }
            }
        }
        for e in sysEvents where !used.contains(e.id) {
            tally["events", default: KindTally()].fp += 1
            problems.append("extra event \(e.attrs["eventType"] ?? "None") \(sorted(e.parts)) \(e.attrs["date"] ?? "None")")
        }

        // demands and threats
        struct Wanted { let by: Set<String>; let to: Set<String>; let sanctions: Bool? }
        let plans: [(kind: String, byRel: String, toRel: String, wanted: [Wanted])] = [
            ("demand", "demands", "addressee", (expect.demands ?? []).map { Wanted(by: Set($0.by.map(key)), to: Set($0.to.map(key)), sanctions: nil) }),
            ("threat", "threatens", "target", (expect.threats ?? []).map { Wanted(by: Set($0.by.map(key)), to: Set($0.against.map(key)), sanctions: $0.sanctions) }),
        ]
        for plan in plans {
            let plural = plan.kind + "s"
            let acts: [(id: String, attrs: [String: String], by: Set<String>, to: Set<String>)] = g.ofKind(plan.kind).map { nid, a in
                (nid, a, Set(g.sources(nid, plan.byRel).map(sysKey)), Set(g.targets(nid, plan.toRel).map(sysKey)))
            }
            var used = Set<String>()
            for w in plan.wanted {
                guard let match = acts.first(where: { x in
                    !used.contains(x.id) && !w.by.isDisjoint(with: x.by) && ((w.to.isEmpty && x.to.isEmpty) || !w.to.isDisjoint(with: x.to))
                }) else {
                    tally[plural, default: KindTally()].fn += 1
                    problems.append("missing \(plan.kind) \(sorted(w.by)) -> \(sorted(w.to))")
                    continue
                }
                used.insert(match.id)
                tally[plural, default: KindTally()].tp += 1
                if plan.kind == "threat", let wantSanctions = w.sanctions, (match.attrs["sanctions"] == "true") != wantSanctions {
                    problems.append("threat sanctions \(match.attrs["sanctions"] ?? "None") != \(wantSanctions ? "True" : "False")")
                }
            }
            for x in acts where !used.contains(x.id) {
                tally[plural, default: KindTally()].fp += 1
                problems.append("extra \(plan.kind) \(sorted(x.by)) -> \(sorted(x.to))")
            }
        }
        self.problems = problems
        self.strictProblems = strict
        self.tallies = tally
    }
}

/// Runs sentence cases in process, as eval_sentences.py runs them through the binary: each case
/// written as an article `---\ndate: PUBLISHED\n---\nTEXT\n` named `ID.txt`, read by `ArticleReader`,
/// extracted and merged as `diplograph export` does, then matched.
struct SentenceRunner {
    let export: InProcessExport

    struct Outcome: Sendable {
        let id: String
        let match: SentenceMatch?
        /// Why the case could not be run (the article could not be read), or nil.
        let error: String?
        let trace: [String]

        var isRight: Bool { match?.isRight ?? false }
        var isStrictlyRight: Bool { match?.isStrictlyRight ?? false }
        var reason: String {
            if let error { return error }
            return (match?.problems ?? []).joined(separator: "; ")
        }
    }

    /// A folder that is never created, so that no `manifest.json` is found beside the case.
    static let folder = FileManager.default.temporaryDirectory.appendingPathComponent("diplograph-sentence-suite-\(UUID().uuidString)")

    func run(_ c: SentenceSuite.Case) -> Outcome {
        let text = "---\ndate: \(c.published)\n---\n\(c.text)\n"
        let path = Self.folder.appendingPathComponent(c.id + ".txt").path
        let article: SourceArticle
        do {
            article = try ArticleReader().read(bytes: Array(text.utf8), path: path)
        } catch {
            return Outcome(id: c.id, match: nil, error: "not read: \(error)", trace: [])
        }
        let (graph, trace) = export.run(article)
        return Outcome(id: c.id, match: SentenceMatch(c.expect, graph: ExportedGraph(graph, stripped: false)), error: nil,
                       trace: InProcessExport.lines(trace))
    }
}
