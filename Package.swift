// swift-tools-version:6.0
import PackageDescription

/// mcs-forms: the official forms of the おおさき地区医介連ネットワーク as Japanese PDFs.
///
/// The targets are the stages of one pipeline, each depending only on the ones before it:
/// typed models and their contracts (FormModels) → input (FormInput) → display values (FormDisplay) →
/// templates and layout (FormLayout) → rendering (FormRender), tied together by MCSForms;
/// the desk (Desk, a web server) on top of it, and the command line (CommandLineInterface) on top of
/// both, run by two programs: `mcs-forms`, which prints, and `mcs-forms-desk`, which also serves the
/// desk (`mcs-forms serve` starts it).
let package = Package(
    name: "mcs-forms",
    products: [
        .library(name: "MCSForms", targets: ["MCSForms"]),
        .executable(name: "mcs-forms", targets: ["mcs-forms"]),
        .executable(name: "mcs-forms-desk", targets: ["mcs-forms-desk"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CHarfBuzz", pkgConfig: "harfbuzz", providers: [.apt(["libharfbuzz-dev"])]),
        .systemLibrary(name: "CFreeType", pkgConfig: "freetype2", providers: [.apt(["libfreetype-dev"])]),
        .systemLibrary(name: "CHarfBuzzSubset", pkgConfig: "harfbuzz-subset", providers: [.apt(["libharfbuzz-dev"])]),

        .target(name: "CSystemCalls"),
        // cairo's streams compressed by libdeflate (libdeflate-dev; zlib1g-dev for zlib.h): docs/performance.md.
        .target(name: "CCairoDeflate", linkerSettings: [.linkedLibrary("deflate")]),
        // cairo's numbers written without glibc's printf: docs/performance.md.
        .target(name: "CCairoNumbers"),

        .target(name: "Core"),
        .target(name: "FormModels", dependencies: ["Core"]),
        .target(name: "FormInput", dependencies: ["Core", "FormModels", .product(name: "Yams", package: "Yams")]),
        .target(name: "FormDisplay", dependencies: ["Core", "FormModels"]),
        .target(name: "FormLayout", dependencies: ["Core", "FormInput", "CHarfBuzz"]),
        .target(name: "FormRender", dependencies: ["Core", "FormLayout", "CCairo", "CFreeType", "CCairoDeflate", "CCairoNumbers"]),
        .target(name: "MCSForms", dependencies: [
            "Core", "FormModels", "FormInput", "FormDisplay", "FormLayout", "FormRender",
            "CCairo", "CHarfBuzz", "CFreeType", "CHarfBuzzSubset", "CSystemCalls",
            .product(name: "Yams", package: "Yams"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "Desk", dependencies: [
            "Core", "FormModels", "FormInput", "MCSForms", .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "HummingbirdCore", package: "hummingbird"),
            .product(name: "HummingbirdTLS", package: "hummingbird"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
            .product(name: "MultipartKit", package: "multipart-kit"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .target(name: "CommandLineInterface", dependencies: ["MCSForms", "FormInput", "FormModels", "Core"]),
        // Both programs allocate through mimalloc (libmimalloc-dev) instead of glibc's malloc: docs/performance.md.
        .executableTarget(name: "mcs-forms", dependencies: ["CommandLineInterface"], linkerSettings: [.linkedLibrary("mimalloc")]),
        .executableTarget(name: "mcs-forms-desk", dependencies: ["CommandLineInterface", "Desk"],
                          linkerSettings: [.linkedLibrary("mimalloc")]),

        // Seeded mutators of inputs, shared by the fuzz tests of the batch and of the desk.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "FormModelsTests", dependencies: ["FormModels"]),
        .testTarget(name: "FormInputTests", dependencies: ["FormInput", "FormModels", "Core", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "FormDisplayTests", dependencies: ["FormDisplay", "FormInput", "FormModels", "Core"]),
        .testTarget(name: "FormLayoutTests", dependencies: ["FormLayout", "Core"]),
        .testTarget(name: "FormRenderTests", dependencies: [
            "FormRender", "FormLayout", "Core", "CFreeType", "CCairoDeflate", "CCairoNumbers", "TestSupport",
        ]),
        .testTarget(name: "MCSFormsTests", dependencies: [
            "MCSForms", "FormInput", "FormModels", "FormDisplay", "FormRender", "FormLayout", "Core", "CCairo", "TestSupport",
        ], exclude: ["SeedText", "Goldens"]),
        .testTarget(name: "DeskTests", dependencies: [
            "Desk", "MCSForms", "FormModels", "FormInput", "Core", "TestSupport",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
    ]
)
