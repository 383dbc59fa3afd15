/// The indirect objects of a PDF being written, numbered from 1 in the order they are reserved or added.
struct PDFObjectList {
    private(set) var objects: [Int: PDFFile.Object] = [:]
    private var next = 1

    /// A number for an object written later (one that others refer to before it is complete).
    mutating func reserve() -> Int {
        defer { next += 1 }
        return next
    }

    mutating func set(_ number: Int, _ value: PDFValue, stream: [UInt8]? = nil) {
        objects[number] = PDFFile.Object(value: value, stream: stream.map { $0[...] })
    }

    mutating func add(_ value: PDFValue, stream: [UInt8]? = nil) -> Int {
        let number = reserve()
        set(number, value, stream: stream)
        return number
    }
}
