import GongkaiMessages

/// The catalogue of what drawing says when it fails, in English and Chinese: fonts that cannot be found or
/// embedded (named by their file), and files Cairo cannot write. Cairo's own status words are kept as they are.
enum RenderingMessages {
    static func text(of error: RenderingError) -> LocalizedText {
        switch error {
        case .fontConfiguration(let path):
            LocalizedText("cannot load the font configuration \(path)", zh: "无法加载字体配置 \(path)")
        case .noFonts(let configuration):
            LocalizedText(
                "no fonts found through \(configuration); install fonts-noto-cjk or put fonts in Fonts/",
                zh: "通过 \(configuration) 找不到字体；请安装 fonts-noto-cjk，或把字体放入 Fonts/")
        case let .cairo(operation, status):
            Self.operation(operation) + LocalizedText(" failed: \(status)", zh: "失败：\(status)")
        case let .cannotWritePNG(path, status):
            LocalizedText("cannot write \(path): \(status)", zh: "无法写入 \(path)：\(status)")
        case let .unembeddableFont(path, reason):
            LocalizedText("the font \(path) cannot be embedded in a PDF: ", zh: "字体 \(path) 无法嵌入 PDF：") + problem(reason)
                + LocalizedText(
                    "; use a TrueType or OpenType (CFF) font", zh: "；请改用 TrueType 或 OpenType（CFF）字体")
        }
    }

    static func operation(_ operation: RenderingError.CairoOperation) -> LocalizedText {
        switch operation {
        case .readingPNG(let path): LocalizedText("reading \(path)", zh: "读取 \(path) ")
        case .creatingImage(let dpi?): LocalizedText("creating a \(dpi) dpi image", zh: "创建 \(dpi) dpi 的图像")
        case .creatingImage(nil): LocalizedText("creating an image", zh: "创建图像")
        case .creatingContext: LocalizedText("creating a drawing context", zh: "创建绘图上下文")
        }
    }

    static func problem(_ problem: RenderingError.FontProblem) -> LocalizedText {
        switch problem {
        case .notOpenType: LocalizedText("it is not an OpenType or TrueType font", zh: "它不是 OpenType 或 TrueType 字体")
        case .cff2: LocalizedText("its outlines are CFF2, which the PDF writer does not embed", zh: "其轮廓为 CFF2，PDF 输出不支持嵌入")
        case .bitmapOnly: LocalizedText("it has bitmap glyphs only", zh: "它只有点阵字形")
        case .noOutlines: LocalizedText("it has neither TrueType nor CFF outlines", zh: "它既没有 TrueType 轮廓也没有 CFF 轮廓")
        case .cannotCut: LocalizedText("HarfBuzz cannot cut it to the glyphs drawn", zh: "HarfBuzz 无法将其裁剪为所用的字形")
        }
    }
}
