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
    /// The same trie in flat arrays, for matching without a dictionary look-up per scalar; made by
    /// `seal()` and dropped by the next `insert`.
    private var sealed: SealedTrie? = nil

    /// A match: scalar range in the text and the payload of the phrase.
    struct Match: Sendable {
        let range: Range<Int>
        let payload: Payload
    }

    /// Adds a phrase. When the phrase is already present, `merge` decides the kept payload.
    mutating func insert(_ phrase: String, _ payload: Payload, merge: (Payload, Payload) -> Payload = { a, _ in a }) {
        sealed = nil
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

    /// Builds the flat form `matches` uses; call once all phrases are in.
    mutating func seal() {
        sealed = SealedTrie(children: nodes.map { $0.children }, payloads: nodes.map { $0.payload })
    }

    /// Non-overlapping matches in `text[range]`, leftmost first, longest at each start.
    func matches(in text: [Unicode.Scalar], range: Range<Int>) -> [Match] {
        guard let sealed else { return unsealedMatches(in: text, range: range) }
        let lower = max(0, range.lowerBound), end = min(range.upperBound, text.count)
        var out: [Match] = []
        var i = lower
        // Whether the scalar before `i` is part of a word (false at the start of the range).
        var afterWord = false
        // `isWordScalar` with the class table fetched once, not through its lazy global each time.
        let classes = ScalarClass.table
        let wordFlags = ScalarClass.alphabetic | ScalarClass.digit | ScalarClass.combining
        func isWordScalar(_ c: Unicode.Scalar) -> Bool {
            let v = Int(c.value)
            return (v < classes.count ? classes[v] : ScalarClass.compute(c)) & wordFlags != 0
        }
        while i < end {
            let here = isWordScalar(text[i])
            // Inside a word, or no phrase starts with this scalar: on to the next.
            if (afterWord && here) || sealed.child(of: 0, text[i].value) < 0 {
                afterWord = here
                i += 1
                continue
            }
            var current = 0
            var best: (Int, Int32)? = nil
            var j = i
            var lastIsWord = here
            while j < end {
                let next = sealed.child(of: current, text[j].value)
                if next < 0 { break }
                lastIsWord = j == i ? here : isWordScalar(text[j])
                current = next
                j += 1
                let p = sealed.payload(current)
                if p >= 0 && (j == end || !lastIsWord || !isWordScalar(text[j])) {
                    best = (j, p)
                }
            }
            if let (stop, p) = best {
                out.append(Match(range: i..<stop, payload: payloads[Int(p)]))
                i = stop
                afterWord = isWordScalar(text[stop - 1])
            } else {
                afterWord = here
                i += 1
            }
        }
        return out
    }

    /// `matches` through the dictionaries, for a trie not sealed since its last insert.
    private func unsealedMatches(in text: [Unicode.Scalar], range: Range<Int>) -> [Match] {
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

/// A trie's children as flat arrays: the root's by scalar value in a table (most phrases start
/// with a letter below U+2000), every other node's as a run of (scalar, child) pairs sorted by
/// scalar, found by a short scan.
struct SealedTrie: Sendable {
    static let rootTableSize = 0x2000
    private let root: [Int32]
    /// Node `n`'s children are `keys[first[n]..<first[n + 1]]` with `targets` alike.
    private let first: [Int32]
    private let keys: [UInt32]
    private let targets: [Int32]
    private let payloads: [Int32]

    init(children: [[UInt32: Int32]], payloads: [Int32]) {
        var first: [Int32] = [0]
        var keys: [UInt32] = []
        var targets: [Int32] = []
        for c in children {
            for (k, t) in c.sorted(by: { $0.key < $1.key }) {
                keys.append(k)
                targets.append(t)
            }
            first.append(Int32(keys.count))
        }
        var root = [Int32](repeating: -1, count: SealedTrie.rootTableSize)
        if let top = children.first {
            for (k, t) in top where k < UInt32(SealedTrie.rootTableSize) { root[Int(k)] = t }
        }
        self.root = root
        self.first = first
        self.keys = keys
        self.targets = targets
        self.payloads = payloads
    }

    /// The child of node `n` by scalar value `key`, or -1.
    @inline(__always)
    func child(of n: Int, _ key: UInt32) -> Int {
        if n == 0 && key < UInt32(SealedTrie.rootTableSize) { return Int(root[Int(key)]) }
        guard n >= 0, n + 1 < first.count else { return -1 }
        var k = Int(first[n])
        var stop = Int(first[n + 1])
        // A node with many children (the second letter of a name, say): halved down to a short run.
        while stop - k > 8 {
            let mid = k + (stop - k) / 2
            if keys[mid] > key { stop = mid } else { k = mid }
        }
        while k < stop {
            let candidate = keys[k]
            if candidate == key { return Int(targets[k]) }
            if candidate > key { return -1 }
            k += 1
        }
        return -1
    }

    @inline(__always)
    func payload(_ n: Int) -> Int32 { n >= 0 && n < payloads.count ? payloads[n] : -1 }
}
