// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "diplograph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "diplograph", targets: ["diplograph"]),
        .library(name: "DiplographModel", targets: ["DiplographModel"]),
        .library(name: "DiplographExtraction", targets: ["DiplographExtraction"]),
        .library(name: "DiplographExport", targets: ["DiplographExport"]),
        .library(name: "DiplographInput", targets: ["DiplographInput"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The one way into libxml2: set-up and error collection, for the export and the HTML input.
        .target(name: "DiplographLibXML", dependencies: ["CLibXML2"]),
        .target(name: "CSystemMemory"),
        .target(name: "DiplographModel"),
        // Reading: files, front matter, manifests, HTML pages, the per-article graph cache.
        .target(
            name: "DiplographInput",
            dependencies: [
                "DiplographModel", "DiplographLibXML",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "DiplographExtraction",
            dependencies: ["DiplographModel"],
            // The lexicon is compiled in at build time (EmbedResourcesPlugin), not a resource
            // bundle: an installed or copied binary finds it with nothing beside it.
            exclude: ["Lexicon"],
            plugins: ["EmbedResourcesPlugin"]
        ),
        // The GraphML profile that `validate` uses by default is compiled in the same way.
        .target(name: "DiplographExport", dependencies: ["DiplographModel", "DiplographLibXML"], plugins: ["EmbedResourcesPlugin"]),
        .executableTarget(name: "EmbedResources"),
        .plugin(name: "EmbedResourcesPlugin", capability: .buildTool(), dependencies: ["EmbedResources"]),
        .executableTarget(
            name: "diplograph",
            dependencies: [
                "DiplographModel", "DiplographInput", "DiplographExtraction", "DiplographExport", "CSystemMemory",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Times each writer alone on a graph built once (scripts/bench/writers.sh); not a test.
        .executableTarget(
            name: "diplograph-writers-bench",
            dependencies: ["DiplographModel", "DiplographInput", "DiplographExtraction", "DiplographExport"]
        ),
        .testTarget(name: "DiplographModelTests", dependencies: ["DiplographModel"]),
        .testTarget(name: "DiplographExtractionTests", dependencies: ["DiplographExtraction", "DiplographInput"], resources: [.copy("Fixtures")]),
        .testTarget(name: "DiplographExportTests", dependencies: ["DiplographExport", "CLibXML2"]),
        .testTarget(name: "EndToEndTests", dependencies: ["DiplographModel"]),
        .testTarget(name: "DiplographInputTests", dependencies: ["DiplographInput", "DiplographExtraction", "DiplographModel"]),
        .testTarget(
            name: "PropertyTests",
            dependencies: [
                "DiplographModel", "DiplographExport", "CLibXML2",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
    ]
)
