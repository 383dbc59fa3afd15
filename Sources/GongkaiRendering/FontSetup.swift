import CPango
import GongkaiDocument

/// The project's own font world: a fontconfig configuration read from `Fonts/fonts.conf` (and only that),
/// wrapped in a Pango font map at 72 dpi so that one unit is one point.
///
/// Fonts installed elsewhere on the machine are invisible to it, so output does not change when
/// unrelated fonts are installed. Owns its `FcConfig` reference and its `PangoFontMap`.
public final class FontSetup {
    /// The configuration file it was loaded from.
    public let configurationPath: String
    let fontMap: UnsafeMutablePointer<PangoFontMap>

    /// Loads the fontconfig configuration at `configurationPath`.
    /// - Throws: `RenderingError.fontConfiguration` if fontconfig cannot parse it,
    ///   `RenderingError.noFonts` if it finds no font at all.
    public init(configurationPath: String) throws {
        self.configurationPath = configurationPath
        // FcConfigCreate starts empty: no system configuration, no system font directories.
        guard let config = FcConfigCreate() else { throw RenderingError.fontConfiguration(path: configurationPath) }
        defer { FcConfigDestroy(config) }
        guard FcConfigParseAndLoad(config, configurationPath, 1) == 1, FcConfigBuildFonts(config) == 1 else {
            throw RenderingError.fontConfiguration(path: configurationPath)
        }
        guard let fonts = FcConfigGetFonts(config, FcSetSystem), fonts.pointee.nfont > 0 else {
            throw RenderingError.noFonts(configuration: configurationPath)
        }
        try Self.checkEmbeddable(fonts.pointee)
        // Made the process's current configuration before Pango's first font map is created: Pango then finds
        // fontconfig initialised and does not load the system's configuration and fonts on a thread of its
        // own (FcInit), which it would never use.
        FcConfigSetCurrent(config)
        guard let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) else {
            throw RenderingError.fontConfiguration(path: configurationPath)
        }
        fontMap = map
        // Pango takes its own reference to the configuration.
        pango_fc_font_map_set_config(OpaquePointer(map), config)
        pango_cairo_font_map_set_resolution(OpaquePointer(map), 72)
    }

    deinit {
        g_object_unref(fontMap)
    }

    /// Refuses a configuration that sees a font the PDF writer cannot embed (`FontOutlines`), naming its file.
    private static func checkEmbeddable(_ set: FcFontSet) throws {
        var checked: Set<String> = []
        for index in 0..<Int(set.nfont) {
            guard let pattern = set.fonts[index], let (path, face) = file(of: pattern) else { continue }
            // The low 16 bits are the face; the high ones a variable font's named instance.
            let faceIndex = UInt32(truncatingIfNeeded: face) & 0xFFFF
            guard checked.insert("\(faceIndex):\(path)").inserted else { continue }
            if let problem = FontOutlines.problem(path: path, index: faceIndex) {
                throw RenderingError.unembeddableFont(path: path, reason: problem)
            }
        }
    }

    /// The file and face index a Pango font was loaded from.
    static func file(of font: UnsafeMutablePointer<PangoFont>) -> (path: String, index: Int32)? {
        let fcFont = UnsafeMutableRawPointer(font).assumingMemoryBound(to: PangoFcFont.self)
        return pango_fc_font_get_pattern(fcFont).flatMap(file(of:))
    }

    /// The file and face index of a fontconfig pattern.
    private static func file(of pattern: OpaquePointer) -> (path: String, index: Int32)? {
        var file: UnsafeMutablePointer<FcChar8>?
        var index: Int32 = 0
        guard FcPatternGetString(pattern, FC_FILE, 0, &file) == FcResultMatch, let file else { return nil }
        if FcPatternGetInteger(pattern, FC_INDEX, 0, &index) != FcResultMatch { index = 0 }
        return (String(cString: file), index)
    }

    /// The files of every font the configuration sees, sorted, for manifests and diagnostics.
    public var fontFiles: [String] {
        guard let config = pango_fc_font_map_get_config(OpaquePointer(fontMap)),
            let set = FcConfigGetFonts(config, FcSetSystem)
        else { return [] }
        var files: Set<String> = []
        for index in 0..<Int(set.pointee.nfont) {
            if let pattern = set.pointee.fonts[index], let (path, _) = Self.file(of: pattern) { files.insert(path) }
        }
        return files.sorted()
    }
}
