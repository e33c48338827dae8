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
        .library(name: "DiplographHTML", targets: ["DiplographHTML"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "CSystemMemory"),
        .target(name: "DiplographModel"),
        .target(
            name: "DiplographExtraction",
            dependencies: [
                "DiplographModel",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            // The lexicon is compiled in at build time (EmbedResourcesPlugin), not a resource
            // bundle: an installed or copied binary finds it with nothing beside it.
            exclude: ["Lexicon"],
            plugins: ["EmbedResourcesPlugin"]
        ),
        // The GraphML profile that `validate` uses by default is compiled in the same way.
        .target(name: "DiplographExport", dependencies: ["DiplographModel", "CLibXML2"], plugins: ["EmbedResourcesPlugin"]),
        .executableTarget(name: "EmbedResources"),
        .plugin(name: "EmbedResourcesPlugin", capability: .buildTool(), dependencies: ["EmbedResources"]),
        .target(name: "DiplographHTML", dependencies: ["CLibXML2", "DiplographModel", "DiplographExtraction"]),
        .executableTarget(
            name: "diplograph",
            dependencies: [
                "DiplographModel", "DiplographExtraction", "DiplographExport", "DiplographHTML", "CSystemMemory",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DiplographModelTests", dependencies: ["DiplographModel"]),
        .testTarget(name: "DiplographExtractionTests", dependencies: ["DiplographExtraction"], resources: [.copy("Fixtures")]),
        .testTarget(name: "DiplographExportTests", dependencies: ["DiplographExport", "CLibXML2"]),
        .testTarget(name: "EndToEndTests", dependencies: ["DiplographModel"]),
        .testTarget(name: "DiplographHTMLTests", dependencies: ["DiplographHTML", "DiplographExtraction", "DiplographModel"]),
        .testTarget(
            name: "PropertyTests",
            dependencies: [
                "DiplographModel", "DiplographExport", "CLibXML2",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
    ]
)
