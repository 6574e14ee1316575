// swift-tools-version: 6.1
import PackageDescription
import Foundation

let package = Package(
    name: "Tolk",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tolk", targets: ["tolk"]),
        .library(name: "TolkKit", targets: ["TolkKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // System libraries (Debian: libxml2-dev, libcmark-gfm-dev, libcmark-gfm-extensions-dev).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        // zlib (zlib1g-dev, which libxml2-dev brings): inflates the deflated entries of kits returned as .zip.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // A thin C layer over the system ICU (libicu-dev). Its public header exposes no ICU
        // types, because ICU's headers clash with Foundation's bundled ICU when both are imported.
        .target(
            name: "CICUShim",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]
        ),
        .target(
            name: "TolkKit",
            dependencies: [
                "CLibXML2", "CCmarkGFM", "CICUShim", "CQRencode", "CZlib",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            // The default theme: templates and stylesheet used when a project has none of its own.
            resources: [.copy("Resources/theme")]
        ),
        // The preview server of `tolk serve` (Hummingbird): kept apart so the library stays free of NIO.
        .target(
            name: "TolkServer",
            dependencies: [
                "TolkKit",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .executableTarget(
            name: "tolk",
            dependencies: [
                "TolkKit", "TolkServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "TolkKitTests",
            dependencies: ["TolkKit", "TolkServer"],
            resources: [.copy("Fixtures")]
        ),
    ]
)

// The libFuzzer harnesses (scripts/fuzz) exist only when TOLK_FUZZ=1: they have no `main` of their
// own (libFuzzer's comes with `-sanitize=fuzzer`), so a plain `swift build` could not link them.
if ProcessInfo.processInfo.environment["TOLK_FUZZ"] == "1" {
    package.targets.append(.executableTarget(name: "TolkFuzz", dependencies: ["TolkKit"]))
}
