// swift-tools-version:6.0
// libFuzzer targets for diplograph. A separate package, so that `swift build` and `swift test` of
// the main package never see them. Build and run with scripts/fuzz.sh (see README.md here).
import Foundation
import PackageDescription

// A path dependency's identity is the folder's name, whatever the clone is called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let main = root.lastPathComponent.lowercased()

let package = Package(
    name: "diplograph-fuzz",
    dependencies: [
        .package(path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "FuzzArticle",
            dependencies: [
                .product(name: "DiplographInput", package: main),
                .product(name: "DiplographExtraction", package: main),
                .product(name: "DiplographModel", package: main),
            ]
        ),
        .executableTarget(
            name: "FuzzFrontMatter",
            dependencies: [
                .product(name: "DiplographInput", package: main),
                .product(name: "DiplographModel", package: main),
            ]
        ),
        .executableTarget(
            name: "FuzzManifest",
            dependencies: [
                .product(name: "DiplographInput", package: main),
                .product(name: "DiplographModel", package: main),
            ]
        ),
        .executableTarget(
            name: "FuzzWriters",
            dependencies: [
                .product(name: "DiplographExport", package: main),
                .product(name: "DiplographModel", package: main),
            ]
        ),
        .executableTarget(
            name: "FuzzCacheEntry",
            dependencies: [
                .product(name: "DiplographInput", package: main),
                .product(name: "DiplographModel", package: main),
            ]
        ),
        .executableTarget(
            name: "FuzzHTML",
            dependencies: [
                .product(name: "DiplographInput", package: main),
                .product(name: "DiplographModel", package: main),
            ]
        ),
    ]
)
