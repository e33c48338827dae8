/// A trie of phrases over Unicode scalars, matched leftmost-longest on word boundaries.
///
/// Word boundaries know Vietnamese letters: `Nga` does not match inside `ngà` or `Ngay`, because a
/// match must neither start nor end next to a letter or digit.
struct PhraseTrie<Payload: Sendable>: Sendable {
    private struct Node: Sendable {
        var children: [UInt32: Int32] = [:]
        var payload: Int32 = -1
    }
    private var nodes: [Node] = [Node()]
    private(set) var payloads: [Payload] = []

    /// A match: scalar range in the text and the payload of the phrase.
    struct Match: Sendable {
        let range: Range<Int>
        let payload: Payload
    }

    /// Adds a phrase. When the phrase is already present, `merge` decides the kept payload.
    mutating func insert(_ phrase: String, _ payload: Payload, merge: (Payload, Payload) -> Payload = { a, _ in a }) {
        var current = 0
        for s in phrase.unicodeScalars {
            if let next = nodes[current].children[s.value] {
                current = Int(next)
            } else {
                nodes.append(Node())
                let index = Int32(nodes.count - 1)
                nodes[current].children[s.value] = index
                current = Int(index)
            }
        }
        if nodes[current].payload >= 0 {
            let i = Int(nodes[current].payload)
            payloads[i] = merge(payloads[i], payload)
        } else {
            payloads.append(payload)
            nodes[current].payload = Int32(payloads.count - 1)
        }
    }

    /// Non-overlapping matches in `text[range]`, leftmost first, longest at each start.
    func matches(in text: [Unicode.Scalar], range: Range<Int>) -> [Match] {
        var out: [Match] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            if i > range.lowerBound && text[i - 1].isWordScalar && text[i].isWordScalar {
                i += 1
                continue
            }
            var current = 0
            var best: (Int, Int32)? = nil
            var j = i
            while j < end, let next = nodes[current].children[text[j].value] {
                current = Int(next)
                j += 1
                let p = nodes[current].payload
                if p >= 0 && (j == end || !text[j].isWordScalar || !text[j - 1].isWordScalar) {
                    best = (j, p)
                }
            }
            if let (stop, p) = best {
                out.append(Match(range: i..<stop, payload: payloads[Int(p)]))
                i = stop
            } else {
                i += 1
            }
        }
        return out
    }
}
