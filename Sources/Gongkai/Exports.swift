// The library's public surface, chosen: what a program embedding Gongkai needs to load a department's data
// and a layout, check the figures, typeset, write PDF and PNG, and keep visual snapshots. The modules
// behind it (model, layout, document tree, typesetter, rendering, the PDF format) are the package's own;
// a program that needs more of one (a layout's parts, the pure typesetter with a measurer of its own)
// imports that module itself.
import GongkaiDocument
import GongkaiLayout
import GongkaiMessages
import GongkaiModel
import GongkaiRendering
import GongkaiSnapshot
import GongkaiTypesetting

// Data: a department's disclosure, read and checked.
public typealias Disclosure = GongkaiModel.Disclosure
public typealias DisclosureLoader = GongkaiModel.DisclosureLoader
public typealias DisclosureValidator = GongkaiModel.DisclosureValidator
public typealias DataError = GongkaiModel.DataError
public typealias Finding = GongkaiModel.Finding
public typealias BatchManifest = GongkaiModel.BatchManifest

// Layouts: read from a folder of Layouts/.
public typealias Layout = GongkaiLayout.Layout
public typealias LayoutLoader = GongkaiLayout.LayoutLoader
public typealias LayoutError = GongkaiLayout.LayoutError
public typealias LayoutData = GongkaiLayout.LayoutData

// Typeset pages and the failures of typesetting and drawing.
public typealias Document = GongkaiDocument.Document
public typealias TypesetDocument = GongkaiTypesetting.TypesetDocument
public typealias Page = GongkaiTypesetting.Page
public typealias TypesettingError = GongkaiTypesetting.TypesettingError
public typealias RenderingError = GongkaiRendering.RenderingError
public typealias RasterImage = GongkaiRendering.RasterImage

// Messages: the language they are put in (from LC_ALL, LC_MESSAGES, LANG) and texts in both languages.
public typealias Language = GongkaiMessages.Language
public typealias LocalizedText = GongkaiMessages.LocalizedText

// Visual snapshots.
public typealias SnapshotTolerance = GongkaiSnapshot.SnapshotTolerance
public typealias SnapshotVerification = GongkaiSnapshot.SnapshotVerification
