import GongkaiMessages
import GongkaiRendering
import Testing

/// `RenderingMessages`: drawing's errors, one of each kind, in both languages; files keep their paths.
@Suite struct RenderingMessagesTests {
    @Test func aFontTheWriterCannotEmbedIsNamedWithItsReasonInEachLanguage() {
        let error = RenderingError.unembeddableFont(path: "/fonts/v.otf", reason: .cff2)
        #expect(
            error.text.english
                == "the font /fonts/v.otf cannot be embedded in a PDF: its outlines are CFF2, which the PDF writer does not embed; "
                + "use a TrueType or OpenType (CFF) font")
        #expect(error.text.chinese == "字体 /fonts/v.otf 无法嵌入 PDF：其轮廓为 CFF2，PDF 输出不支持嵌入；请改用 TrueType 或 OpenType（CFF）字体")
        #expect(error.description == error.text.english)
        let bitmap = RenderingError.unembeddableFont(path: "/fonts/e.ttf", reason: .bitmapOnly).text
        #expect(bitmap.chinese.contains("它只有点阵字形") && bitmap.english.contains("it has bitmap glyphs only"))
    }

    @Test func fontsNotFoundAreSaidInEachLanguage() {
        let none = RenderingError.noFonts(configuration: "Fonts/fonts.conf").text
        #expect(none.chinese == "通过 Fonts/fonts.conf 找不到字体；请安装 fonts-noto-cjk，或把字体放入 Fonts/")
        #expect(none.english.hasPrefix("no fonts found through Fonts/fonts.conf; install fonts-noto-cjk"))
        let configuration = RenderingError.fontConfiguration(path: "x.conf").text
        #expect(configuration.chinese == "无法加载字体配置 x.conf")
        #expect(configuration.english == "cannot load the font configuration x.conf")
    }

    @Test func aPNGThatCannotBeWrittenKeepsCairosWords() {
        let error = RenderingError.cannotWritePNG(path: "/out/page-001.png", status: "error while writing to output stream").text
        #expect(error.chinese == "无法写入 /out/page-001.png：error while writing to output stream")
        #expect(error.english == "cannot write /out/page-001.png: error while writing to output stream")
        let image = RenderingError.cairo(operation: .creatingImage(dpi: 150), status: "out of memory").text
        #expect(image.chinese == "创建 150.0 dpi 的图像失败：out of memory")
        #expect(image.english == "creating a 150.0 dpi image failed: out of memory")
    }
}
