import GongkaiDocument

extension ParagraphLayouter {
    /// Web addresses in the text ("https://…", "http://…", "www.…") become links, up to the first
    /// character that cannot be part of one.
    static func markLinks(_ text: inout ParagraphText) {
        // Addresses start with h or w: look no further at any other character (most are CJK).
        func mayStartLink(_ c: MeasuredCharacter) -> Bool {
            c.isSingleScalar && (c.scalar == 0x68 || c.scalar == 0x48 || c.scalar == 0x77 || c.scalar == 0x57)
        }
        guard text.characters.contains(where: mayStartLink) else { return }
        let characters = text.characters
        /// Whether the characters from `index` on spell `prefix` (ASCII, lowercase), ignoring case.
        func spells(_ prefix: String, at index: Int) -> Bool {
            var position = index
            for byte in prefix.utf8 {
                guard position < characters.count, characters[position].isSingleScalar else { return false }
                var scalar = characters[position].scalar
                if (0x41...0x5A).contains(scalar) { scalar += 0x20 }
                guard scalar == UInt32(byte) else { return false }
                position += 1
            }
            return true
        }
        var index = 0
        while index < characters.count {
            guard mayStartLink(characters[index]) else {
                index += 1
                continue
            }
            let isWWW = spells("www.", at: index)
            guard spells("http://", at: index) || spells("https://", at: index) || isWWW else {
                index += 1
                continue
            }
            var end = index
            while end < characters.count, characters[end].isASCII, !characters[end].isASCIIWhitespace,
                !(characters[end].isSingleScalar && [0x22, 0x3C, 0x3E].contains(characters[end].scalar))  // " < >
            {
                end += 1
            }
            // Trailing ASCII punctuation ends the sentence, not the address.
            while end > index, characters[end - 1].isSingleScalar,
                [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29].contains(characters[end - 1].scalar)  // . , ; : ! ? )
            {
                end -= 1
            }
            var address = text.string(index..<end)
            if isWWW, end - index >= 4 { address = "http://" + address }  // not when cut back to "www"
            let target = LinkTarget.uri(address)
            let link: Int
            if let last = text.links.last, last == target {
                link = text.links.count - 1
            } else {
                text.links.append(target)
                link = text.links.count - 1
            }
            for position in index..<end { text.characters[position].link = link }
            index = max(end, index + 1)
        }
    }
}
