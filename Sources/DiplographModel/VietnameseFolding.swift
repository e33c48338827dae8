/// Maps precomposed Latin letters with diacritics (Vietnamese and common European) to their
/// lower-case ASCII base letter, for slugs.
enum VietnameseFolding {
    static let base: [Unicode.Scalar: Character] = {
        let groups: [(Character, String)] = [
            ("a", "àáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬäåāąÄÅĀĄ"),
            ("e", "èéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆëēęěËĒĘĚ"),
            ("i", "ìíỉĩịÌÍỈĨỊîïīÎÏĪı"),
            ("o", "òóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢöøōőÖØŌŐ"),
            ("u", "ùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰûüūůűÛÜŪŮŰ"),
            ("y", "ỳýỷỹỵỲÝỶỸỴÿŸ"),
            ("d", "đĐ"), ("c", "çćčÇĆČ"), ("n", "ñńňÑŃŇ"), ("s", "śšşșŚŠŞȘß"),
            ("z", "źżžŹŻŽ"), ("l", "łŁ"), ("r", "řŘ"), ("t", "ťţțŤŢȚ"), ("g", "ğĞ"),
        ]
        var map: [Unicode.Scalar: Character] = [:]
        for (letter, all) in groups {
            for s in all.unicodeScalars { map[s] = letter }
        }
        return map
    }()
}
