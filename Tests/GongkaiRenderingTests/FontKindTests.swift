import Foundation
import GongkaiDocument
import GongkaiTypesetting
import Testing

@testable import GongkaiRendering

/// Every kind of font a font role can name goes through the one PDF writer — name-keyed CFF (most Latin
/// OpenType fonts), CID-keyed CFF (Noto CJK), TrueType — and a font it cannot embed is refused when fonts
/// are set up. The fonts are built from DejaVu Sans by fontTools.
@Suite(.serialized) struct FontKindTests {
    static let dejaVu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

    /// A folder with an OpenType font of `kind` ("cff": name-keyed CFF, "cff2") named `family`, drawn from
    /// DejaVu Sans' printable ASCII, and a fontconfig file that sees it, DejaVu and Noto CJK.
    static func fonts(_ kind: String, family: String) throws -> (directory: String, configuration: String) {
        let directory = PDFTools.temporaryPath("fonts")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let script = """
            import sys
            from fontTools.ttLib import TTFont
            from fontTools.fontBuilder import FontBuilder
            from fontTools.pens.t2CharStringPen import T2CharStringPen
            source, output, kind, family = sys.argv[1:5]
            font = TTFont(source)
            glyphs, cmap, hmtx = font.getGlyphSet(), font.getBestCmap(), font["hmtx"]
            codes = [code for code in range(0x20, 0x7F) if code in cmap]
            names = [".notdef"] + sorted({cmap[code] for code in codes})
            builder = FontBuilder(font["head"].unitsPerEm, isTTF=False)
            builder.setupGlyphOrder(names)
            builder.setupCharacterMap({code: cmap[code] for code in codes})
            charStrings = {}
            for name in names:
                pen = T2CharStringPen(None if kind == "cff2" else glyphs[name].width, None, CFF2=kind == "cff2")
                glyphs[name].draw(pen)
                charStrings[name] = pen.getCharString()
            postScriptName = family.replace(" ", "")
            if kind == "cff2":
                builder.setupCFF2(charStrings)
            else:
                builder.setupCFF(postScriptName, {"FullName": family}, charStrings, {})
            builder.setupHorizontalMetrics({name: hmtx[name] for name in names})
            builder.setupHorizontalHeader(ascent=1901, descent=-483)
            builder.setupNameTable({"familyName": family, "styleName": "Regular", "psName": postScriptName})
            builder.setupOS2(sTypoAscender=1556, usWinAscent=1901, usWinDescent=483)
            builder.setupPost()
            builder.save(output)
            """
        let font = (directory as NSString).appendingPathComponent("\(kind).otf")
        let output = try PDFTools.run("/usr/bin/env", ["python3", "-c", script, dejaVu, font, kind, family])
        try #require(output.status == 0, "\(output.stderr)")
        let configuration = (directory as NSString).appendingPathComponent("fonts.conf")
        try """
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
            <fontconfig>
              <dir>\(directory)</dir>
              <dir>/usr/share/fonts/truetype/dejavu</dir>
              <dir>/usr/share/fonts/opentype/noto</dir>
              <cachedir>\(directory)/cache</cachedir>
            </fontconfig>
            """.write(toFile: configuration, atomically: true, encoding: .utf8)
        return (directory, configuration)
    }

    @Test func nameKeyedCFFAndTrueTypeFontsAreEmbeddedByTheWriter() throws {
        let (directory, configuration) = try Self.fonts("cff", family: "Gongkai Test Sans")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let renderer = PageRenderer(fonts: try FontSetup(configurationPath: configuration))
        let lines = [
            ("Name-keyed CFF: revenue 273.87 (2024) 部门", FontSpec(families: ["Gongkai Test Sans", "Noto Serif CJK SC"])),
            ("TrueType: expenditure 1,024.50 预算", FontSpec(families: ["DejaVu Serif", "Noto Serif CJK SC"])),
        ]
        let document = try PDFDocumentWriterTests.document(lines, fonts: renderer)
        let pdf = try PDFTools.write(document, with: renderer, name: "kinds")
        defer { unlink(pdf) }

        // pdffonts: name, type, encoding, emb, sub, uni, object; one row a source font.
        let rows = try PDFTools.run("pdffonts", [pdf]).stdout.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ") }
        #expect(rows.count == 3, "\(rows)")
        for row in rows {
            #expect(row.count >= 7 && row[row.count - 5] == "yes" && row[row.count - 4] == "yes" && row[row.count - 3] == "yes", "\(row)")
            // A subset's name carries its six-letter tag.
            #expect(row.first?.dropFirst(6).hasPrefix("+") == true, "\(row)")
        }
        let names = rows.compactMap { $0.first.map(String.init) }
        let cff = try #require(rows.first { $0.first?.contains("GongkaiTestSans") == true }, "\(names)")
        #expect(cff.joined(separator: " ").contains("CID Type 0C"), "\(cff)")
        #expect(rows.contains { $0.first?.contains("DejaVuSerif") == true && $0.joined(separator: " ").contains("CID TrueType") }, "\(names)")

        let extracted = try PDFTools.run("pdftotext", [pdf, "-"]).stdout.filter { !$0.isWhitespace }
        #expect(extracted == lines.map(\.0).joined().filter { !$0.isWhitespace })
        #expect(try PDFTools.expectSameLook(pdf, page: 1, as: document, with: renderer) > 100, "the page has text")

        // The embedded program is a CID-keyed CFF font with the glyphs drawn, each under its source glyph id.
        let objects = try PDFTools.objects(of: pdf)
        let programs = objects.values.filter { $0.contains("CIDFontType0C") }
        #expect(programs.count == 2, "the test font's and Noto's")
    }

    /// The program embedded for a name-keyed font is CID-keyed (what CIDFontType0C requires, PDF 1.7
    /// §9.7.4.2), each glyph under its source glyph id as CID, drawn exactly as the source draws it.
    @Test func aNameKeyedFontsProgramIsCIDKeyedWithTheSourceOutlines() throws {
        let (directory, _) = try Self.fonts("cff", family: "Gongkai Test Sans")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let font = (directory as NSString).appendingPathComponent("cff.otf")
        let face = try #require(HarfBuzzFace.open(path: font, index: 0))
        defer { face.release() }
        let glyphs: Set<UInt32> = [3, 7, 20, 40, 60]
        let (table, metrics) = try #require(CFFProgramCache().table(for: face, covering: glyphs))
        #expect(metrics.postScriptName == "GongkaiTestSans")
        let path = PDFTools.temporaryPath("program.cff")
        defer { unlink(path) }
        try Data(table.program(for: glyphs.sorted())).write(to: URL(fileURLWithPath: path))
        let script = """
            import sys, json
            from fontTools.cffLib import CFFFontSet
            from fontTools.pens.recordingPen import RecordingPen
            from fontTools.ttLib import TTFont
            cff = CFFFontSet(); cff.decompile(open(sys.argv[1], 'rb'), None)
            top = cff[cff.fontNames[0]]
            source = TTFont(sys.argv[2])
            order, outlines = source.getGlyphOrder(), source.getGlyphSet()
            differ = []
            for name in top.charset[1:]:
                original = order[int(name[3:])]
                pen = RecordingPen(); top.CharStrings[name].draw(pen)
                expected = RecordingPen(); outlines[original].draw(expected)
                if pen.value != expected.value or top.CharStrings[name].width != outlines[original].width: differ.append(name)
            print(json.dumps({"ros": list(top.ROS), "cids": [int(n[3:]) for n in top.charset[1:]], "differ": differ}))
            """
        let output = try PDFTools.run("/usr/bin/env", ["python3", "-c", script, path, font])
        try #require(output.status == 0, "\(output.stderr)")
        let read = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(read["ros"] as? [AnyHashable] == ["Adobe", "Identity", 0])
        #expect(read["cids"] as? [Int] == glyphs.sorted().map(Int.init))
        #expect(read["differ"] as? [String] == [])
    }

    @Test func aFontTheWriterCannotEmbedIsRefusedAtSetup() throws {
        let (directory, configuration) = try Self.fonts("cff2", family: "Gongkai Test Variable")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let font = (directory as NSString).appendingPathComponent("cff2.otf")
        #expect(throws: RenderingError.unembeddableFont(path: font, reason: .cff2)) {
            try FontSetup(configurationPath: configuration)
        }
    }
}
