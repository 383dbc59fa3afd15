/// Writes a glyph's Type 2 charstring with its subroutines inlined and its hints removed, byte for byte as
/// HarfBuzz's subsetter flattens it (`cff1_cs_opset_flatten_t` with DESUBROUTINIZE and NO_HINTING): every
/// operand written again in its shortest form, the advance width (when the charstring gives one) before
/// the first operator that clears the stack, stem hints and hint masks left out.
///
/// Anything HarfBuzz would refuse (an unknown operator, a call out of range, calls nested too deep) is
/// refused too (`CFFFont.Failure`), so that the caller can let HarfBuzz cut that font instead.
///
/// A first cut flattens some thousand glyphs of each font: operands and output live in buffers of its own,
/// read and written through pointers.
package final class CFFFlattener {
    private let source: CFFSource
    /// Operands (HarfBuzz's limit) in 16.16 fixed point, which holds every operand a charstring can give
    /// exactly; where each subroutine call returns to; the output of the glyph being flattened.
    private let stack: UnsafeMutablePointer<Int32>
    private let calls: UnsafeMutablePointer<(position: Int, end: Int)>
    private var output: UnsafeMutablePointer<UInt8>
    private var capacity = 4096

    /// HarfBuzz's limits: operands on the stack, subroutine calls nested.
    private static let stackLimit = 513
    private static let callLimit = 10

    package init(_ source: CFFSource) {
        self.source = source
        stack = .allocate(capacity: Self.stackLimit)
        calls = .allocate(capacity: Self.callLimit)
        output = .allocate(capacity: capacity)
    }

    deinit {
        stack.deallocate()
        calls.deallocate()
        output.deallocate()
    }

    /// `glyph`'s charstring flattened.
    package func flatten(glyph: Int) throws -> [UInt8] {
        func fail(_ why: String) -> CFFFont.Failure { CFFFont.Failure(description: "cannot flatten glyph \(glyph): \(why)") }
        guard glyph >= 0, glyph < source.glyphCount else { throw fail("no such glyph") }
        let fd = Int(source.fontDictionaryOfGlyph[glyph])
        let local = source.fontDictionaries[fd].localSubrs
        let global = source.globalSubrs
        let bytes = source.bytes
        let size = source.count
        var range = try CFFSource.checkedItem(glyph, of: source.charStrings, bytes, size)
        var position = range.lowerBound
        var end = range.upperBound
        let (stack, calls) = (stack, calls)
        var depth = 0
        var count = 0
        var written = 0
        // The width is the first operand of the first operator that clears the stack, when it has one
        // operand more than that operator takes; it is written before that operator's operands.
        var argumentStart = 0
        var widthDone = false
        var stems = 0
        var seenHintMask = false
        var hintMaskSize = 0

        while true {
            guard position < end else { throw fail("charstring ends without endchar") }
            let b0 = Int(bytes[position])
            position += 1
            var op = b0
            if b0 >= 32 || b0 == 28 {
                guard count < Self.stackLimit else { throw fail("too many operands") }
                switch b0 {
                case 32...246:
                    stack[count] = Int32(b0 &- 139) &<< 16
                case 247...254:
                    guard position < end else { throw fail("number cut short") }
                    let b1 = Int(bytes[position])
                    position += 1
                    stack[count] = Int32(b0 <= 250 ? (b0 &- 247) &* 256 &+ b1 &+ 108 : -(b0 &- 251) &* 256 &- b1 &- 108) &<< 16
                case 28:
                    guard position + 2 <= end else { throw fail("number cut short") }
                    stack[count] = Int32(Int16(bitPattern: UInt16(bytes[position]) << 8 | UInt16(bytes[position + 1]))) &<< 16
                    position += 2
                default:  // 255: 16.16 fixed point
                    guard position + 4 <= end else { throw fail("number cut short") }
                    var bits: UInt32 = 0
                    for index in 0..<4 { bits = bits << 8 | UInt32(bytes[position + index]) }
                    stack[count] = Int32(bitPattern: bits)
                    position += 4
                }
                count += 1
                continue
            }
            if b0 == 12 {
                guard position < end else { throw fail("operator cut short") }
                op = 1200 + Int(bytes[position])
                position += 1
            }

            switch op {
            case 11:  // return
                guard depth > 0 else { throw fail("return outside a subroutine") }
                depth -= 1
                (position, end) = calls[depth]
                continue
            case 10, 29:  // callsubr, callgsubr
                let subrs = op == 10 ? local : global
                guard count > 0, depth < Self.callLimit else { throw fail("bad subroutine call") }
                count -= 1
                // The operand as an integer, toward zero, as HarfBuzz takes it.
                let index = Int(stack[count]) / 65536 + Self.bias(subrs.count)
                guard index >= 0, index < subrs.count else { throw fail("subroutine \(index) out of range") }
                calls[depth] = (position, end)
                depth += 1
                range = try CFFSource.checkedItem(index, of: subrs, bytes, size)
                (position, end) = (range.lowerBound, range.upperBound)
                continue
            case 14, 1, 18, 3, 23, 19, 20, 21, 22, 4:  // endchar, stems, masks, moves: the width is known
                if !widthDone {
                    let hasWidth =
                        switch op {
                        case 22, 4: count > 1
                        case 21: count > 2
                        default: count & 1 != 0
                        }
                    if hasWidth, count > 0 { argumentStart = 1 }
                    widthDone = true
                }
            case 5, 6, 7, 8, 24, 25, 26, 27, 30, 31, 1234, 1235, 1236, 1237, 1200:  // lines, curves, flexes, dotsection
                break
            default:
                throw fail("operator \(op)")
            }

            // Room for every operand (5 bytes at most), the width and the operator.
            if written + 5 * (count + 1) + 2 > capacity { grow(to: 2 * (written + 5 * (count + 1) + 2)) }
            // dotsection is written without the width (HarfBuzz's flattener passes it by).
            if argumentStart > 0, op != 1200 { written = Self.encode(stack[0], into: output, at: written) }
            switch op {
            case 1, 18, 3, 23:  // stems: dropped with their operands
                stems += count / 2
            case 19, 20:  // hintmask, cntrmask: dropped with their mask bytes
                if !seenHintMask {
                    // Stems given as operands of the first mask are vstems.
                    stems += count / 2
                    hintMaskSize = (stems + 7) >> 3
                    seenHintMask = true
                }
                guard position + hintMaskSize <= end else { throw fail("hint mask cut short") }
                position += hintMaskSize
            default:
                var index = argumentStart
                while index < count {
                    written = Self.encode(stack[index], into: output, at: written)
                    index += 1
                }
                if op >= 1200 {
                    output[written] = 12
                    output[written + 1] = UInt8(op - 1200)
                    written += 2
                } else {
                    output[written] = UInt8(op)
                    written += 1
                }
            }
            count = 0
            argumentStart = 0
            if op == 14 { return Array(UnsafeBufferPointer(start: output, count: written)) }
        }
    }

    private func grow(to size: Int) {
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        larger.update(from: output, count: capacity)
        output.deallocate()
        output = larger
        capacity = size
    }

    /// A subroutine number's bias (Type 2 charstrings, §4.7).
    private static func bias(_ count: Int) -> Int { count < 1240 ? 107 : count < 33900 ? 1131 : 32768 }

    /// Writes an operand (16.16 fixed point) as HarfBuzz does at `at`, which has room for 5 bytes: an
    /// integer in its shortest form, anything else as 16.16 fixed point; returns where the next byte goes.
    @inline(__always)
    static func encode(_ fixed: Int32, into output: UnsafeMutablePointer<UInt8>, at: Int) -> Int {
        guard fixed & 0xFFFF == 0 else {
            let bits = UInt32(bitPattern: fixed)
            output[at] = 255
            output[at &+ 1] = UInt8(truncatingIfNeeded: bits >> 24)
            output[at &+ 2] = UInt8(truncatingIfNeeded: bits >> 16)
            output[at &+ 3] = UInt8(truncatingIfNeeded: bits >> 8)
            output[at &+ 4] = UInt8(truncatingIfNeeded: bits)
            return at &+ 5
        }
        var v = Int(fixed >> 16)
        if v >= -107, v <= 107 {
            output[at] = UInt8(truncatingIfNeeded: v &+ 139)
            return at &+ 1
        }
        if v >= -1131, v <= 1131 {
            if v > 0 {
                v = v &- 108
                output[at] = UInt8(truncatingIfNeeded: (v >> 8) &+ 247)
            } else {
                v = -v &- 108
                output[at] = UInt8(truncatingIfNeeded: (v >> 8) &+ 251)
            }
            output[at &+ 1] = UInt8(truncatingIfNeeded: v)
            return at &+ 2
        }
        output[at] = 28
        output[at &+ 1] = UInt8(truncatingIfNeeded: v >> 8)
        output[at &+ 2] = UInt8(truncatingIfNeeded: v)
        return at &+ 3
    }
}
