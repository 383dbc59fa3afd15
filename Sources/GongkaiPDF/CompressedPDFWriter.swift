/// Writes a PDF's objects with those other than streams packed into compressed object streams (PDF 1.7
/// §7.5.7) and a compressed cross-reference stream (§7.5.8) in place of the table.
///
/// A tagged document's structure tree (a dictionary per paragraph, list item and table cell), its page and
/// font dictionaries would be a third of the file as plain text, and compress to a tenth of that.
/// The same objects always give the same bytes.
package enum CompressedPDFWriter {
    /// Objects per object stream: a reader decompresses a whole object stream to reach one of its objects.
    package static let objectsPerStream = 500

    /// Writes `objects` (dictionaries already written, streams with their direct /Length) and the
    /// `generated` ones as a PDF.
    package static func write(
        _ objects: [Int: PDFObject], generated: [PDFGeneratedObjects] = [], trailer: PDFValue, version: String, deflater: Deflater
    ) throws -> [UInt8] {
        var output = Array("%PDF-\(max(version, "1.5"))\n%".utf8) + [0xB5, 0xED, 0xAE, 0xFB, 0x0A]
        var numbers = Array(objects.keys)
        for part in generated { numbers += part.numbers }
        numbers.sort()
        /// Appends the dictionary of a packed object to `bytes`: `written` if it was, written now if it is
        /// generated; false for a number without an object.
        func appendDictionary(_ number: Int, written: [UInt8]?, to bytes: inout [UInt8]) -> Bool {
            if let written {
                bytes += written
                return true
            }
            guard let part = generated.first(where: { $0.numbers.contains(number) }) else { return false }
            part.write(number, &bytes)
            return true
        }
        var maxNumber = numbers.last ?? 0
        /// Where each object is: (1, offset) for an object in the file, (2, object stream, index) inside one.
        var entries = CrossReferenceEntries(capacity: maxNumber + 1)

        func writeObject(_ number: Int, _ dictionary: [UInt8], stream: ArraySlice<UInt8>? = nil) {
            entries[number] = (1, output.count, 0)
            PDFSyntax.appendInteger(number, into: &output)
            output.append(contentsOf: " 0 obj\n".utf8)
            output += dictionary
            if let stream {
                output.append(contentsOf: "\nstream\n".utf8)
                output.append(contentsOf: stream)
                output.append(contentsOf: "\nendstream".utf8)
            }
            output.append(contentsOf: "\nendobj\n".utf8)
        }
        func written(_ value: PDFValue) -> [UInt8] {
            var bytes: [UInt8] = []
            value.write(into: &bytes)
            return bytes
        }

        // Room for the streams as they are and the packed objects compressed, about: the file is not copied
        // as it grows.
        var streamBytes = 0
        for object in objects.values {
            guard let stream = object.stream else { continue }
            streamBytes += stream.count + object.dictionary.count + 64
        }
        output.reserveCapacity(streamBytes + 16 * numbers.count + 4096)

        // Streams as they are, in object order.
        // The others' numbers, with their dictionaries if already written (looked up once).
        var packed: [(number: Int, written: [UInt8]?)] = []
        for number in numbers {
            guard let object = objects[number] else {
                packed.append((number, nil))
                continue
            }
            if let stream = object.stream {
                writeObject(number, object.dictionary, stream: stream)
            } else {
                packed.append((number, object.dictionary))
            }
        }

        // Everything else in object streams: "number offset" pairs, then the objects.
        var start = 0
        while start < packed.count {
            let chunk = packed[start..<min(start + objectsPerStream, packed.count)]
            start = chunk.endIndex
            maxNumber += 1
            let streamNumber = maxNumber
            var header: [UInt8] = []
            var body: [UInt8] = []
            for (index, (number, written)) in chunk.enumerated() {
                let offset = body.count
                guard appendDictionary(number, written: written, to: &body) else { continue }
                entries[number] = (2, streamNumber, index)
                // "number offset", after a space but for the first: formatted together, appended at once.
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * PDFSyntax.numberRoom + 2) { buffer in
                    let target = buffer.baseAddress!
                    var count = 0
                    if index > 0 {
                        target[0] = UInt8(ascii: " ")
                        count = 1
                    }
                    count += PDFSyntax.writeInteger(number, to: target + count)
                    target[count] = UInt8(ascii: " ")
                    count += 1
                    count += PDFSyntax.writeInteger(offset, to: target + count)
                    header.append(contentsOf: UnsafeBufferPointer(start: target, count: count))
                }
                body.append(0x0A)
            }
            header.append(0x0A)
            let data = try deflater.compress(header + body, level: Deflater.thorough)
            let dictionary = PDFValue.dictionary([
                PDFEntry(key: Array("/Type".utf8), value: .token("/ObjStm")),
                PDFEntry(key: Array("/N".utf8), value: .token("\(chunk.count)")),
                PDFEntry(key: Array("/First".utf8), value: .token("\(header.count)")),
                PDFEntry(key: Array("/Filter".utf8), value: .token("/FlateDecode")),
                PDFEntry(key: Array("/Length".utf8), value: .token("\(data.count)")),
            ])
            writeObject(streamNumber, written(dictionary), stream: data[...])
        }

        // The cross-reference stream, which lists itself too.
        let xrefNumber = maxNumber + 1
        let xrefOffset = output.count
        entries[xrefNumber] = (1, xrefOffset, 0)
        let size = xrefNumber + 1
        let largest = entries.largestField2
        let width2 = max(1, (String(largest, radix: 2).count + 7) / 8)
        let width3 = 2  // object 0's generation, 65535, is the largest third field
        let columns = 1 + width2 + width3
        // Rows with the PNG "Up" predictor (§7.4.4.4): each byte minus the one above it compresses better.
        var rows: [UInt8] = []
        rows.reserveCapacity(size * (columns + 1))
        var previous = [UInt8](repeating: 0, count: columns)
        // Each row written over the one before last: a row an object, not an array an object.
        var row = [UInt8](repeating: 0, count: columns)
        for number in 0..<size {
            let entry = entries[number] ?? (0, 0, number == 0 ? 65535 : 0)
            row[0] = entry.kind
            var column = 1
            for shift in stride(from: (width2 - 1) * 8, through: 0, by: -8) {
                row[column] = UInt8((entry.field2 >> shift) & 0xFF)
                column += 1
            }
            for shift in stride(from: (width3 - 1) * 8, through: 0, by: -8) {
                row[column] = UInt8((entry.field3 >> shift) & 0xFF)
                column += 1
            }
            rows.append(2)
            for column in 0..<columns { rows.append(row[column] &- previous[column]) }
            swap(&previous, &row)
        }
        let data = try deflater.compress(rows, level: Deflater.thorough)
        var dictionary = PDFValue.dictionary([
            PDFEntry(key: Array("/Type".utf8), value: .token("/XRef")),
            PDFEntry(key: Array("/Size".utf8), value: .token("\(size)")),
            PDFEntry(key: Array("/W".utf8), value: .array([.token("1"), .token("\(width2)"), .token("\(width3)")])),
        ])
        for key in ["/Root", "/Info", "/ID"] {
            if let value = trailer[key] { dictionary.set(key, to: value) }
        }
        if trailer["/ID"] == nil {
            // The file identifier (§14.4), which PDF/A requires: from the file's bytes, so the same file
            // always has the same one.
            let identifier = PDFValue.token(Self.identifier(of: output))
            dictionary.set("/ID", to: .array([identifier, identifier]))
        }
        dictionary.set("/Filter", to: .token("/FlateDecode"))
        dictionary.set(
            "/DecodeParms",
            to: .dictionary([
                PDFEntry(key: Array("/Columns".utf8), value: .token("\(columns)")),
                PDFEntry(key: Array("/Predictor".utf8), value: .token("12")),
            ]))
        dictionary.set("/Length", to: .token("\(data.count)"))
        writeObject(xrefNumber, written(dictionary), stream: data[...])
        output += Array("startxref\n\(xrefOffset)\n%%EOF\n".utf8)
        return output
    }
}

extension CompressedPDFWriter {
    /// A 128-bit digest of `bytes` as a hex string ("<…>"): two 64-bit FNV-1a lanes over 8-byte words.
    package static func identifier(of bytes: [UInt8]) -> String {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x6c62_272e_07bb_0142
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset + 8 <= buffer.count {
                let word = buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                first = (first ^ word) &* 0x100_0000_01b3
                second = (second ^ (word &+ first)) &* 0x100_0000_01b3
                offset += 8
            }
            while offset < buffer.count {
                first = (first ^ UInt64(buffer[offset])) &* 0x100_0000_01b3
                second = (second ^ UInt64(buffer[offset]) ^ first) &* 0x100_0000_01b3
                offset += 1
            }
        }
        var hex: [UInt8] = [UInt8(ascii: "<")]
        for lane in [first, second] {
            for shift in stride(from: 48, through: 0, by: -16) { PDFSyntax.appendHex16(UInt16((lane >> UInt64(shift)) & 0xFFFF), into: &hex) }
        }
        hex.append(UInt8(ascii: ">"))
        return String(decoding: hex, as: UTF8.self)
    }
}

/// An indirect object ready to be written: its dictionary (or other value) as bytes and, for a stream,
/// the stream's encoded bytes, which the dictionary's /Length counts.
package struct PDFObject {
    package var dictionary: [UInt8]
    package var stream: ArraySlice<UInt8>?

    package init(dictionary: [UInt8], stream: ArraySlice<UInt8>? = nil) {
        self.dictionary = dictionary
        self.stream = stream
    }

    /// `value` written, with a direct /Length for `stream`.
    package init(_ value: PDFValue, stream: ArraySlice<UInt8>?) {
        var value = value
        if let stream { value.set("/Length", to: PDFSyntax.integer(stream.count)) }
        dictionary = []
        value.write(into: &dictionary)
        self.stream = stream
    }
}

/// Where each object of a file is, by number: (1, offset, 0) for an object in the file, (2, object stream,
/// index) for one inside an object stream. Arrays by number, not a dictionary: a long table's structure
/// elements make a million objects.
package struct CrossReferenceEntries {
    private var kinds: [UInt8]
    private var fields2: [Int]
    private var fields3: [UInt16]
    private(set) var largestField2 = 0

    package init(capacity: Int) {
        kinds = [UInt8](repeating: 0, count: capacity)
        fields2 = [Int](repeating: 0, count: capacity)
        fields3 = [UInt16](repeating: 0, count: capacity)
    }

    subscript(number: Int) -> (kind: UInt8, field2: Int, field3: Int)? {
        get {
            guard number < kinds.count, kinds[number] != 0 else { return nil }
            return (kinds[number], fields2[number], Int(fields3[number]))
        }
        set {
            guard let newValue else { return }
            if number >= kinds.count {
                let count = max(number + 1, kinds.count * 2)
                kinds += [UInt8](repeating: 0, count: count - kinds.count)
                fields2 += [Int](repeating: 0, count: count - fields2.count)
                fields3 += [UInt16](repeating: 0, count: count - fields3.count)
            }
            kinds[number] = newValue.kind
            fields2[number] = newValue.field2
            fields3[number] = UInt16(truncatingIfNeeded: newValue.field3)
            largestField2 = max(largestField2, newValue.field2)
        }
    }
}
