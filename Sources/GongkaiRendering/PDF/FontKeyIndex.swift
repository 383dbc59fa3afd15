import GongkaiTypesetting

/// An index (a font's, a face's) by font key. Keys are small numbers given out in order, so most are
/// found in an array by their number rather than by hashing: drawing looks one up for every glyph run.
struct FontKeyIndex {
    /// Keys below this are kept in the array.
    private static let direct = 4096
    /// The index of each key by its number, -1 for none.
    private var indices: [Int32] = []
    private var others: [FontKey: Int] = [:]

    subscript(key: FontKey) -> Int? {
        get {
            let raw = key.rawValue
            guard raw >= 0, raw < Self.direct else { return others[key] }
            guard raw < indices.count else { return nil }
            let index = indices[raw]
            return index >= 0 ? Int(index) : nil
        }
        set {
            let raw = key.rawValue
            guard raw >= 0, raw < Self.direct else {
                others[key] = newValue
                return
            }
            if raw >= indices.count {
                guard newValue != nil else { return }
                indices += [Int32](repeating: -1, count: raw + 1 - indices.count)
            }
            indices[raw] = newValue.map { Int32($0) } ?? -1
        }
    }
}
