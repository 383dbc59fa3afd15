// The library's public surface: load data and layouts, render, and the types they use.
@_exported import GongkaiDocument
@_exported import GongkaiLayout
@_exported import GongkaiMessages
@_exported import GongkaiModel
@_exported import GongkaiTypesetting
@_exported import GongkaiRendering
@_exported import GongkaiSnapshot
