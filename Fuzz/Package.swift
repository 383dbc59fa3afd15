// swift-tools-version:6.0
import PackageDescription

/// libFuzzer targets for the loaders of department files: `make fuzz` builds them with
/// `-sanitize=fuzzer,address` in .build-fuzz and runs each for a bounded time. A package of its own so
/// that `swift build` and `swift test` of Gongkai never see it.
let package = Package(
    name: "GongkaiFuzz",
    dependencies: [
        .package(name: "Gongkai", path: ".."),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.19"),
    ],
    targets: [
        // What the fuzzers share: the input folder, a workbook written from a text list of its parts.
        .target(
            name: "FuzzSupport",
            dependencies: [
                .product(name: "GongkaiLoaders", package: "Gongkai"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        // The `main` of each executable below, which hands over to libFuzzer's driver.
        .target(name: "CFuzzDriver"),
        // One executable per loader: libFuzzer supplies `main`, each calls LLVMFuzzerTestOneInput.
        .executableTarget(
            name: "FuzzYAML", dependencies: ["FuzzSupport", "CFuzzDriver"], swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
        .executableTarget(
            name: "FuzzCSV", dependencies: ["FuzzSupport", "CFuzzDriver"], swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
        .executableTarget(
            name: "FuzzXLSX", dependencies: ["FuzzSupport", "CFuzzDriver"], swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
    ],
    swiftLanguageModes: [.v6]
)
