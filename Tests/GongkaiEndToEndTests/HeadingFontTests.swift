import Foundation
import Gongkai
import GongkaiDocument
import Testing

/// GB/T 9704's heading faces, as the PDF embeds them: 一、 黑体; （一） 楷体; 1. and （1） 仿宋 — the
/// second and third in bold — each level in a face of its own, and a licensed face dropped into the
/// fonts folder taking over its role from the free substitute.
@Suite struct HeadingFontTests {
    /// The faces (PostScript names, subset tag dropped) `pdffonts` lists for a PDF.
    static func embeddedFaces(_ pdf: String) throws -> Set<String> {
        let output = try Support.tool("pdffonts", [pdf])
        #expect(output.status == 0, "\(output.stderr)")
        let names = output.stdout.split(separator: "\n").dropFirst(2).compactMap { $0.split(separator: " ").first }
        return Set(names.map { name in
            var face = String(name.split(separator: "+", maxSplits: 1).last ?? name)
            if face.hasSuffix("-Identity-H") { face.removeLast("-Identity-H".count) }
            return face
        })
    }

    /// A PDF of one paragraph in the layout's style `styleName`, written with `fonts`; its faces.
    static func faces(of text: String, style styleName: String, level: Int, fonts: String) throws -> Set<String> {
        let layout = try LayoutLoader.load(from: Support.layout)
        let style = try #require(layout.styles[styleName], "no style \(styleName)")
        let document = Document(
            metadata: DocumentMetadata(title: "t", author: "a"), page: layout.page, header: nil, pageNumber: nil,
            blocks: [.paragraph(Paragraph(text, style: style, role: .heading(level: level)))])
        let renderer = try DisclosureRenderer(fontConfiguration: fonts)
        let pdf = (try Support.temporaryDirectory() as NSString).appendingPathComponent("\(styleName).pdf")
        try renderer.write(try renderer.typeset(document), to: pdf)
        return try embeddedFaces(pdf)
    }

    @Test func eachHeadingLevelIsSetInTheFaceOfGBT9704() throws {
        let expected = [
            (1, "一、部门职责及机构设置情况", "NotoSansCJKsc-Regular"),  // 黑体
            (2, "（一）办公室工作职责", "LXGWWenKai-Bold"),  // 楷体, bold
            (3, "1.1 主要职责", "NotoSerifCJKsc-Bold"),  // 仿宋 (its stand-in), bold
            (4, "（1）职责分工", "NotoSerifCJKsc-Regular"),  // 仿宋 (its stand-in)
        ]
        var seen: [Set<String>] = []
        for (level, text, face) in expected {
            let faces = try Self.faces(of: text, style: "heading\(level)", level: level, fonts: Support.fonts)
            #expect(faces == [face], "heading\(level): \(faces.sorted())")
            seen.append(faces)
        }
        #expect(Set(seen).count == expected.count, "two heading levels share a face")
    }

    @Test func theSampleEmbedsTheKaitiFace() throws {
        let faces = try Self.embeddedFaces(try Support.samplePDF())
        #expect(faces.contains("LXGWWenKai-Bold"), "\(faces.sorted())")
    }

    /// 楷体_GB2312 and 仿宋_GB2312 put into the fonts folder come before the free faces: stand-ins made
    /// from LXGW WenKai under the licensed names, cut to a few characters (the rest falls back).
    @Test func aLicensedFaceInTheFontsFolderTakesOverItsRole() throws {
        let folder = try Support.temporaryDirectory()
        let configuration = (folder as NSString).appendingPathComponent("fonts.conf")
        try FileManager.default.copyItem(atPath: Support.fonts, toPath: configuration)
        let script = """
            import sys
            from fontTools import subset
            from fontTools.ttLib import TTFont
            source, folder = sys.argv[1], sys.argv[2]
            for family, postscript in [("楷体_GB2312", "KaiTi_GB2312"), ("仿宋_GB2312", "FangSong_GB2312")]:
                font = TTFont(source)
                options = subset.Options()
                options.name_IDs = []
                subsetter = subset.Subsetter(options)
                subsetter.populate(text="（一）办公室工作职责部门预算")
                subsetter.subset(font)
                for record, text in [(1, family), (4, family), (6, postscript), (16, family)]:
                    font["name"].setName(text, record, 3, 1, 0x804)
                    font["name"].setName(text, record, 3, 1, 0x409)
                font.save(f"{folder}/{postscript}.ttf")
            """
        let made = try Support.run(
            "/usr/bin/env", ["python3", "-c", script, "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", folder])
        try #require(made.status == 0, "\(made.stderr)")

        let kaiti = try Self.faces(of: "（一）办公室工作职责", style: "heading2", level: 2, fonts: configuration)
        #expect(kaiti == ["KaiTi_GB2312"], "\(kaiti.sorted())")
        let fangsong = try Self.faces(of: "部门预算", style: "heading4", level: 4, fonts: configuration)
        #expect(fangsong == ["FangSong_GB2312"], "\(fangsong.sorted())")
        // Without them, the free faces.
        #expect(try Self.faces(of: "部门预算", style: "heading4", level: 4, fonts: Support.fonts) == ["NotoSerifCJKsc-Regular"])
    }
}
