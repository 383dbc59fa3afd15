import CHarfBuzz
import Foundation
import Testing

import GongkaiPDF
@testable import GongkaiRendering

/// Font programs copied together from glyphs HarfBuzz cut: every glyph drawn as the source font draws it,
/// only those asked for, each under its CID; cuts only for glyphs not seen before.
@Suite(.serialized) struct CFFProgramTests {
    static let serif = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"

    /// A HarfBuzz face of Noto Serif CJK SC (face 2 of the collection), with its owner.
    final class Face {
        let face: HarfBuzzFace
        let font: OpaquePointer

        init() throws {
            face = try #require(HarfBuzzFace.open(path: CFFProgramTests.serif, index: 2))
            font = hb_font_create(face.pointer)
        }

        deinit {
            hb_font_destroy(font)
            face.release()
        }

        func glyphs(_ text: String) -> [UInt32] {
            text.unicodeScalars.compactMap { scalar in
                var glyph: hb_codepoint_t = 0
                return hb_font_get_nominal_glyph(font, scalar.value, &glyph) != 0 ? glyph : nil
            }
        }
    }

    /// fontTools' reading of a CFF program: ROS, glyph names (by CID), and the glyphs whose outline or
    /// advance differs from the source font's.
    func fontTools(_ program: [UInt8]) throws -> [String: Any] {
        let path = PDFTools.temporaryPath("program.cff")
        defer { unlink(path) }
        try Data(program).write(to: URL(fileURLWithPath: path))
        let script = """
            import sys, json
            from fontTools.cffLib import CFFFontSet
            from fontTools.pens.recordingPen import RecordingPen
            cff = CFFFontSet(); cff.decompile(open(sys.argv[1], 'rb'), None)
            top = cff[cff.fontNames[0]]
            from fontTools.ttLib import TTFont
            source = TTFont(sys.argv[2], fontNumber=2).getGlyphSet()
            differ, empty = [], []
            for name in top.charset:
                pen = RecordingPen(); top.CharStrings[name].draw(pen)
                original = RecordingPen(); source[name].draw(original)
                # The charstring's width (relative to its private dictionary's nominal width) as well.
                if pen.value != original.value or top.CharStrings[name].width != source[name].width: differ.append(name)
                if not pen.value: empty.append(name)
            print(json.dumps({"ros": list(top.ROS), "glyphs": top.charset, "differ": differ, "empty": empty}))
            """
        let output = try PDFTools.run("/usr/bin/env", ["python3", "-c", script, path, Self.serif])
        #expect(output.status == 0, "\(output.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    }

    @Test func aProgramHasTheGlyphsAskedForWithTheSourceOutlines() throws {
        let face = try Face()
        let cache = CFFProgramCache()
        let glyphs = face.glyphs("部门预算信息公开说明，。2023")
        let (table, metrics) = try #require(cache.table(for: face.face, covering: Set(glyphs)))
        #expect(metrics.unitsPerEm == 1000)
        #expect(metrics.postScriptName == "NotoSerifCJKsc-Regular")
        let program = table.program(for: glyphs.prefix(6))
        let read = try fontTools(program)
        #expect(read["ros"] as? [AnyHashable] == ["Adobe", "Identity", 0])
        // .notdef and the six glyphs, each named by its CID.
        let names = try #require(read["glyphs"] as? [String])
        #expect(names.count == 7)
        let cids = glyphs.prefix(6).compactMap { table.cid(of: $0) }
        #expect(Set(names.dropFirst()) == Set(cids.map { String(format: "cid%05d", $0) }))
        // Every glyph drawn exactly as the source font draws it.
        #expect(read["differ"] as? [String] == [])
        #expect(read["empty"] as? [String] == [])
    }

    @Test func onlyNewGlyphsAreCut() throws {
        let face = try Face()
        let cache = CFFProgramCache()
        let first = Set(face.glyphs("部门预算信息公开"))
        _ = try #require(cache.table(for: face.face, covering: first))
        #expect(cache.cutCount == 1)
        _ = try #require(cache.table(for: face.face, covering: Set(face.glyphs("预算公开"))))
        #expect(cache.cutCount == 1, "no new glyph, no cut")
        let (table, _) = try #require(cache.table(for: face.face, covering: Set(face.glyphs("预算公开鹦鹉螺"))))
        #expect(cache.cutCount == 2)
        // Glyphs of both cuts in one program, with the source outlines.
        let glyphs = face.glyphs("部门鹦鹉螺")
        let read = try fontTools(table.program(for: glyphs))
        #expect((read["glyphs"] as? [String])?.count == 6)
        #expect(read["differ"] as? [String] == [])
    }
}
