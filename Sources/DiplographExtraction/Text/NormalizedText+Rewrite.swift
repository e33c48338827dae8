import Foundation

/// The slow path of normalisation, for text that has dropped, merged or decomposed scalars. Each
/// step keeps, for every scalar it writes, the offset in the original text it came from.
extension NormalizedText {
    /// Normalised scalars of `source` and, for each, its offset in `source`.
    static func rewrite(_ source: [Unicode.Scalar]) -> (scalars: [Unicode.Scalar], original: [Int32]) {
        let tidy = tidyLayout(source)
        let composed = tidy.hasMarks ? compose(tidy.scalars, tidy.original) : (scalars: tidy.scalars, original: tidy.original)
        var out = composed.scalars
        for i in out.indices { out[i] = TextFolding.fold(out[i]) }
        TextFolding.unifyToneMarks(&out)
        return (out, composed.original)
    }

    /// Drops ignorable scalars, writes each run of horizontal white space as one space and each
    /// line end (CR LF counted once) as `\n`; every other scalar is copied as it is.
    ///
    /// A space or line end maps to the first ignorable scalar dropped right before it, if any, so
    /// that the word before it ends where its last visible scalar ends.
    private static func tidyLayout(_ source: [Unicode.Scalar]) -> (scalars: [Unicode.Scalar], original: [Int32], hasMarks: Bool) {
        var out: [Unicode.Scalar] = []
        var map: [Int32] = []
        out.reserveCapacity(source.count)
        map.reserveCapacity(source.count)
        var hasMarks = false
        // The first ignorable scalar dropped since the last scalar written.
        var gapStart: Int? = nil
        var i = 0
        while i < source.count {
            let s = source[i]
            let layout = ScalarClass.layoutFlags(s)
            if layout & ScalarClass.ignorable != 0 {
                if gapStart == nil { gapStart = i }
                i += 1
                continue
            }
            if layout & ScalarClass.horizontalSpace != 0 {
                // Only horizontal white space is written as a space: a space last means a run goes on.
                if out.last != " " {
                    out.append(" ")
                    map.append(Int32(gapStart ?? i))
                }
                gapStart = nil
                i += 1
                continue
            }
            if layout & ScalarClass.lineEnd != 0 {
                out.append("\n")
                map.append(Int32(gapStart ?? i))
                gapStart = nil
                i += (s == "\r" && i + 1 < source.count && source[i + 1] == "\n") ? 2 : 1
                continue
            }
            if layout & ScalarClass.combining != 0 { hasMarks = true }
            out.append(s)
            map.append(Int32(i))
            gapStart = nil
            i += 1
        }
        return (out, map, hasMarks)
    }

    /// NFC, cluster by cluster: each scalar and the combining marks after it are composed together
    /// and map to the original offset of the cluster's first scalar.
    private static func compose(_ text: [Unicode.Scalar], _ map: [Int32]) -> (scalars: [Unicode.Scalar], original: [Int32]) {
        var out: [Unicode.Scalar] = []
        var outMap: [Int32] = []
        out.reserveCapacity(text.count)
        outMap.reserveCapacity(text.count)
        var start = 0
        while start < text.count {
            var end = start + 1
            while end < text.count && isCombiningMark(text[end]) { end += 1 }
            if end - start > 1 {
                var cluster = String.UnicodeScalarView()
                cluster.append(contentsOf: text[start..<end])
                for s in String(cluster).precomposedStringWithCanonicalMapping.unicodeScalars {
                    out.append(s)
                    outMap.append(map[start])
                }
            } else {
                out.append(text[start])
                outMap.append(map[start])
            }
            start = end
        }
        return (out, outMap)
    }
}
