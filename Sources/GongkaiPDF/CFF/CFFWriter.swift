/// Writes CFF's structures.
package enum CFFWriter {
    package static func card16(_ value: UInt16, into output: inout [UInt8]) {
        output.append(UInt8(value >> 8))
        output.append(UInt8(value & 0xFF))
    }

    /// An integer operand in its 5-byte form, so that its size does not depend on its value.
    package static func integer5(_ value: Int, into output: inout [UInt8]) {
        let bits = UInt32(truncatingIfNeeded: value)
        output += [29, UInt8(bits >> 24), UInt8((bits >> 16) & 0xFF), UInt8((bits >> 8) & 0xFF), UInt8(bits & 0xFF)]
    }

    /// An integer operand in its shortest form.
    package static func integer(_ value: Int, into output: inout [UInt8]) {
        switch value {
        case -107...107:
            output.append(UInt8(value + 139))
        case 108...1131:
            let offset = value - 108
            output += [UInt8(247 + offset / 256), UInt8(offset % 256)]
        case -1131 ... -108:
            let offset = -value - 108
            output += [UInt8(251 + offset / 256), UInt8(offset % 256)]
        case -32768...32767:
            let bits = UInt16(bitPattern: Int16(value))
            output += [28, UInt8(bits >> 8), UInt8(bits & 0xFF)]
        default:
            integer5(value, into: &output)
        }
    }

    package static func op(_ op: Int, into output: inout [UInt8]) {
        if op >= 1200 {
            output += [12, UInt8(op - 1200)]
        } else {
            output.append(UInt8(op))
        }
    }

    package static func dictionary(_ entries: [CFFDict.Entry], into output: inout [UInt8]) {
        for entry in entries {
            output += entry.operandBytes
            op(entry.op, into: &output)
        }
    }

    package static func offsetSize(_ largest: Int) -> Int {
        largest < 1 << 8 ? 1 : largest < 1 << 16 ? 2 : largest < 1 << 24 ? 3 : 4
    }

    package static func indexSize(itemSizes: [Int]) -> Int {
        guard !itemSizes.isEmpty else { return 2 }
        let total = itemSizes.reduce(0, +)
        return 3 + (itemSizes.count + 1) * offsetSize(total + 1) + total
    }

    package static func index(_ items: [ArraySlice<UInt8>]) -> [UInt8] {
        var output: [UInt8] = []
        index(items, into: &output)
        return output
    }

    package static func index(_ items: [ArraySlice<UInt8>], into output: inout [UInt8]) {
        card16(UInt16(items.count), into: &output)
        guard !items.isEmpty else { return }
        let total = items.reduce(0) { $0 + $1.count }
        let size = offsetSize(total + 1)
        output.reserveCapacity(output.count + 1 + (items.count + 1) * size + total)
        output.append(UInt8(size))
        var offset = 1
        func write(_ value: Int) {
            for shift in stride(from: (size - 1) * 8, through: 0, by: -8) { output.append(UInt8((value >> shift) & 0xFF)) }
        }
        write(offset)
        for item in items {
            offset += item.count
            write(offset)
        }
        for item in items { output += item }
    }
}
