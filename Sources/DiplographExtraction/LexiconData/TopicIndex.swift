/// The topics of `rules.json` with each word of their forms numbered once, so that finding the
/// topics of a demand's words hashes each of its words once rather than every form's words
/// against a set of strings.
///
/// Two words get one number exactly when they are equal as strings (canonical equivalence, as
/// `Set<String>` and `==` compare them): the numbering is kept by a dictionary of strings and the
/// look-up table answers as that dictionary does (`WordTable`).
struct TopicIndex: Sendable {
    private let numbers: WordTable<Int>
    private let count: Int
    /// Each topic's tag and its forms as word numbers.
    private let topics: [(tag: String, forms: [[Int]])]

    init(_ topicForms: [(tag: String, forms: [[String]])]) {
        var numbered: [String: Int] = [:]
        var pairs: [(String, Int)] = []
        var topics: [(tag: String, forms: [[Int]])] = []
        for topic in topicForms {
            let forms = topic.forms.map { form in
                form.map { word -> Int in
                    if let k = numbered[word] { return k }
                    let k = pairs.count
                    numbered[word] = k
                    pairs.append((word, k))
                    return k
                }
            }
            topics.append((topic.tag, forms))
        }
        numbers = WordTable(pairs)
        count = pairs.count
        self.topics = topics
    }

    /// The tags of the topics one of whose forms has all its words among `words`, in order with at
    /// most two others between them (`SpeechActRules.occurs`); each tag once, in the topics' order.
    func tags(in words: [String]) -> [String] {
        let ids = words.map { numbers[$0] ?? -1 }
        var present = [Bool](repeating: false, count: count)
        for k in ids where k >= 0 && k < count { present[k] = true }
        var out: [String] = []
        for topic in topics
        where topic.forms.contains(where: { form in form.allSatisfy { $0 >= 0 && $0 < count && present[$0] } && TopicIndex.occurs(form, in: ids) }) {
            if !out.contains(topic.tag) { out.append(topic.tag) }
        }
        return out
    }

    /// True when the numbers `want` occur in `ids` in order, with at most two others between them.
    static func occurs(_ want: [Int], in ids: [Int]) -> Bool {
        guard let first = want.first else { return false }
        for start in ids.indices where ids[start] == first {
            var k = start
            var ok = true
            for w in want.dropFirst() {
                guard let next = ids[(k + 1)..<min(ids.count, k + 4)].firstIndex(of: w) else { ok = false; break }
                k = next
            }
            if ok { return true }
        }
        return false
    }
}
