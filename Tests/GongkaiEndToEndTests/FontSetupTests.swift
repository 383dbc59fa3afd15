import Foundation
import Gongkai
import Testing

@Suite struct FontSetupTests {
    /// Only the project's folder and Debian's Noto CJK and LXGW WenKai folders are visible, whatever else is
    /// installed.
    @Test func onlyTheProjectsFontsAreVisible() throws {
        let renderer = try DisclosureRenderer(fontConfiguration: Support.fonts)
        let files = renderer.fontFiles
        #expect(!files.isEmpty)
        let allowed = [Support.path("Fonts") + "/", "/usr/share/fonts/opentype/noto/", "/usr/share/fonts/truetype/lxgw-wenkai/"]
        for file in files {
            #expect(allowed.contains { file.hasPrefix($0) }, "font from outside the setup: \(file)")
        }
        #expect(files.contains { $0.hasSuffix("NotoSerifCJK-Regular.ttc") })
        #expect(files.contains { $0.hasSuffix("LXGWWenKai-Bold.ttf") })
    }

    /// A character no font can draw is reported, not printed silently as a box.
    @Test func aCharacterWithoutAFontIsReported() throws {
        let directory = try Support.temporaryDirectory()
        // U+13000 EGYPTIAN HIEROGLYPH A001: in no CJK font.
        let input = try Support.sampleVariant(with: "我部门无其他需要说明的事项\u{13000}。", in: directory, name: "glyph.yaml")

        let renderer = try DisclosureRenderer(fontConfiguration: Support.fonts)
        let report = try renderer.render(
            DisclosureLoader.load(contentsOf: input), layout: LayoutLoader.load(from: Support.layout),
            to: (directory as NSString).appendingPathComponent("glyph.pdf"))
        #expect(report.missingCharacters == ["\u{13000}"])
        // Per document, with measurements kept between documents: the clean sample after it reports
        // nothing, and the same text again (measured from the cache) reports the character again.
        let layout = try LayoutLoader.load(from: Support.layout)
        let clean = try renderer.render(
            DisclosureLoader.load(contentsOf: Support.sample), layout: layout,
            to: (directory as NSString).appendingPathComponent("clean.pdf"))
        #expect(clean.missingCharacters.isEmpty)
        let again = try renderer.render(
            DisclosureLoader.load(contentsOf: input), layout: layout, to: (directory as NSString).appendingPathComponent("again.pdf"))
        #expect(again.missingCharacters == ["\u{13000}"])

        let pdf = (directory as NSString).appendingPathComponent("cli.pdf")
        let warned = try Support.run(Support.gongkai, ["render", input, "-o", pdf, "--layout", Support.layout])
        #expect(warned.status == 0)
        #expect(warned.stderr.contains("U+13000"), "\(warned.stderr)")

        let strictPDF = (directory as NSString).appendingPathComponent("strict.pdf")
        let strict = try Support.run(Support.gongkai, ["render", input, "-o", strictPDF, "--strict", "--layout", Support.layout])
        #expect(strict.status != 0)
        #expect(strict.stderr.contains("U+13000"))
        #expect(!FileManager.default.fileExists(atPath: strictPDF))
    }
}
