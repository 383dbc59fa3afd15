/// The indirect objects of a PDF being written, numbered from 1 in the order they are reserved or added,
/// each written to bytes as it is set.
package struct PDFObjectList {
    package private(set) var objects: [Int: PDFObject] = [:]
    private var next = 1

    package init() {}

    /// A number for an object written later (one that others refer to before it is complete).
    package mutating func reserve() -> Int {
        defer { next += 1 }
        return next
    }

    package mutating func set(_ number: Int, _ value: PDFValue, stream: [UInt8]? = nil) {
        objects[number] = PDFObject(value, stream: stream?[...])
    }

    /// Sets an object already written (a dictionary without a stream).
    package mutating func set(_ number: Int, written dictionary: [UInt8]) {
        objects[number] = PDFObject(dictionary: dictionary)
    }

    package mutating func add(_ value: PDFValue, stream: [UInt8]? = nil) -> Int {
        let number = reserve()
        set(number, value, stream: stream)
        return number
    }
}
