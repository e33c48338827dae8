extension String {
    /// Replaces every mention of a temporary file of `path` (`dir/.name.tmp-…`) with `path` itself.
    func replacingTemporary(of path: String) -> String {
        let prefix = Array(AtomicFile.temporaryPrefix(of: path))
        let chars = Array(self)
        var out = ""
        var i = 0
        while i < chars.count {
            if i + prefix.count <= chars.count && Array(chars[i..<(i + prefix.count)]) == prefix {
                out += path
                i += prefix.count
                while i < chars.count && (chars[i].isLetter || chars[i].isNumber || chars[i] == "-") { i += 1 }
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return out
    }
}
