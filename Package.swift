// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Gongkai",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Gongkai", targets: ["Gongkai"]),
        .library(name: "GongkaiTestSupport", targets: ["GongkaiTestSupport"]),
        .library(name: "GongkaiSnapshotTesting", targets: ["GongkaiSnapshotTesting"]),
        .executable(name: "gongkai", targets: ["GongkaiCommand"]),
        // The loaders alone (YAML, CSV, XLSX), for the fuzzers of Fuzz/ (`make fuzz`).
        .library(name: "GongkaiLoaders", targets: ["GongkaiModel", "GongkaiImport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.19"),
    ],
    targets: [
        // C libraries, seen only by GongkaiRendering (libdeflate by GongkaiPDF, libyaml by GongkaiModel).
        .systemLibrary(
            name: "CCairo", pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(
            name: "CPango", pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev"])]),
        .systemLibrary(
            name: "CHarfBuzz", pkgConfig: "harfbuzz-subset",
            providers: [.apt(["libharfbuzz-dev"])]),
        // libyaml's event parser, to measure a department file's nesting and alias expansion before Yams builds
        // its tree (whose recursion and copies those would exhaust).
        .systemLibrary(
            name: "CLibYAML", pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]),
        // libdeflate for the PDF's streams: whole-buffer zlib streams, two to three times as fast as zlib.
        .systemLibrary(
            name: "CLibDeflate", pkgConfig: "libdeflate",
            providers: [.apt(["libdeflate-dev"])]),
        // glibc's malloc.h (malloc_trim), to give the memory a long document freed back to the system.
        .systemLibrary(name: "CMalloc"),
        // mimalloc, linked into the command only: it serves every allocation of the process (Swift's, Pango's,
        // Cairo's) faster than glibc's malloc and keeps less of a long document's memory resident.
        .systemLibrary(name: "CMimalloc", providers: [.apt(["libmimalloc-dev"])]),

        // Messages in the user's language (Chinese or English, from the locale): each module's catalogue builds them.
        .target(name: "GongkaiMessages"),
        // The document tree: what is to be typeset, with resolved styles.
        .target(name: "GongkaiDocument"),
        // The pure typesetter: line breaking, tables, pagination → pages of positioned boxes.
        .target(name: "GongkaiTypesetting", dependencies: ["GongkaiDocument", "GongkaiMessages"]),
        // The PDF format in Swift alone: objects and syntax, compressed object streams, content streams, the
        // structure tree, embedded fonts and CFF font programs; deflate through libdeflate.
        .target(name: "GongkaiPDF", dependencies: ["GongkaiTypesetting", "CLibDeflate"]),
        // The C owners: fontconfig font setup, Pango/HarfBuzz shaping and measuring, HarfBuzz subsetting,
        // Cairo PNG painting; writes the typeset pages through GongkaiPDF.
        .target(
            name: "GongkaiRendering",
            dependencies: ["GongkaiTypesetting", "GongkaiPDF", "GongkaiMessages", "CCairo", "CPango", "CHarfBuzz"]),
        // The disclosure's typed model and its YAML reader.
        .target(name: "GongkaiModel", dependencies: ["Yams", "GongkaiImport", "GongkaiMessages", "CLibYAML"]),
        // Tables from the budget system's exports: CSV (UTF-8 or GBK) and XLSX sheets found by name and labels.
        .target(
            name: "GongkaiImport", dependencies: ["GongkaiMessages", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // Layout templates (Layouts/): model + template → document tree.
        .target(name: "GongkaiLayout", dependencies: ["GongkaiModel", "GongkaiDocument", "GongkaiMessages", "Yams"]),
        // Visual snapshots: reference pages with records of what they draw, tolerant comparison, diff images, font manifests.
        .target(name: "GongkaiSnapshot", dependencies: ["GongkaiTypesetting", "GongkaiRendering", "GongkaiMessages"]),
        // The public library API.
        .target(
            name: "Gongkai",
            dependencies: [
                "GongkaiModel", "GongkaiImport", "GongkaiMessages", "GongkaiLayout", "GongkaiTypesetting", "GongkaiRendering",
                "GongkaiSnapshot", .target(name: "CMalloc", condition: .when(platforms: [.linux])),
            ]),
        // Snapshot assertions for Swift tests (ours and users').
        .target(name: "GongkaiSnapshotTesting", dependencies: ["Gongkai", "GongkaiSnapshot"]),
        .executableTarget(
            name: "GongkaiCommand",
            dependencies: [
                "Gongkai", "GongkaiModel", "GongkaiLayout", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .target(name: "CMimalloc", condition: .when(platforms: [.linux])),
            ],
            // Release builds link the Swift runtime and Foundation in (with what Foundation's static libraries
            // need): no dynamic symbol look-ups at every start. lld, because the static libraries' order does
            // not suit the default linker. Debug builds (and the tests) link them dynamically.
            linkerSettings: [
                .unsafeFlags(["-static-stdlib", "-use-ld=lld"], .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("_CFXMLInterface", .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("xml2", .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("_FoundationICU", .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("_FoundationCShims", .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("_FoundationCollections", .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("swiftSynchronization", .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("CoreFoundation", .when(platforms: [.linux], configuration: .release)),
            ]),
        // `make bench`: timings of the sample and of long tables.
        .executableTarget(
            name: "GongkaiBenchmarks", dependencies: ["Gongkai", "GongkaiDocument", "GongkaiTypesetting", "GongkaiTestSupport"],
            path: "Benchmarks/GongkaiBenchmarks"),
        // `make doc-images`: the before/after pictures of docs/typography.md.
        .executableTarget(
            name: "GongkaiDocImages", dependencies: ["Gongkai", "GongkaiDocument"], path: "Tools/GongkaiDocImages"),
        // A deterministic text measurer and fixtures for tests.
        .target(name: "GongkaiTestSupport", dependencies: ["GongkaiTypesetting"]),

        .testTarget(name: "GongkaiModelTests", dependencies: ["GongkaiModel", "GongkaiMessages"]),
        .testTarget(
            name: "GongkaiRenderingTests",
            dependencies: [
                "GongkaiRendering", "GongkaiPDF", "GongkaiTypesetting", "GongkaiDocument", "GongkaiMessages", "GongkaiTestSupport",
            ]),
        .testTarget(
            name: "GongkaiImportTests",
            dependencies: ["GongkaiImport", "GongkaiModel", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "GongkaiSnapshotTests",
            dependencies: [
                "GongkaiSnapshotTesting", "Gongkai", "GongkaiSnapshot", "GongkaiDocument", "GongkaiTypesetting", "GongkaiMessages",
            ],
            exclude: ["__Snapshots__"]),
        .testTarget(
            name: "GongkaiTypesettingTests", dependencies: ["GongkaiTypesetting", "GongkaiMessages", "GongkaiTestSupport"]),
        .testTarget(
            name: "GongkaiLayoutTests",
            dependencies: ["GongkaiLayout", "GongkaiModel", "GongkaiMessages", "GongkaiTypesetting", "GongkaiTestSupport"]),
        // Depends on the command so that `swift test` builds the `gongkai` binary it runs.
        .testTarget(
            name: "GongkaiEndToEndTests", dependencies: ["Gongkai", "GongkaiCommand", "GongkaiTestSupport"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
