/// The indirect objects of a PDF being written, numbered from 1 in the order they are reserved or added,
/// each written to bytes as it is set.
package struct PDFObjectList {
    package private(set) var objects: [Int: PDFObject] = [:]
    /// Objects written only when they are packed, from small records (a long table's structure elements):
    /// numbers and what writes each one's dictionary.
    package private(set) var generated: [PDFGeneratedObjects] = []
    private var next = 1

    package init() {}

    /// `count` consecutive numbers for objects (not streams) whose dictionaries `make` writes when the file
    /// is written, given an object's number.
    package mutating func generate(count: Int, _ make: @escaping (Int) -> [UInt8]) -> Range<Int> {
        generate(count: count, appending: { number, bytes in bytes += make(number) })
    }

    /// `generate(count:_:)` for dictionaries that `write` appends to the bytes it is given (the object
    /// stream being filled), given an object's number.
    package mutating func generate(count: Int, appending write: @escaping (Int, inout [UInt8]) -> Void) -> Range<Int> {
        let numbers = next..<(next + count)
        next += count
        generated.append(PDFGeneratedObjects(numbers: numbers, write: write))
        return numbers
    }

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

/// Objects of consecutive numbers written as they are packed (`PDFObjectList.generate`).
package struct PDFGeneratedObjects {
    package var numbers: Range<Int>
    /// Appends an object's dictionary, given its number.
    package var write: (Int, inout [UInt8]) -> Void
}
