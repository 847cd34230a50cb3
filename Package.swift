// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "prfaq",
    products: [
        .executable(name: "prfaq", targets: ["prfaq"]),
        // Every layer below the command line, for harnesses that drive them directly (Fuzz/).
        .library(
            name: "PRFAQLayers",
            targets: ["Markdown", "Text", "DraftAnatomy", "LintCore", "Settings", "PRFAQRules", "Formats", "HTMLReport", "Session"]
        ),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "5.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            path: "Sources/CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        // The layers, each importing only those below it (Scripts/check-layers.py holds `make test` to that):
        // Markdown → Text → DraftAnatomy → LintCore → Settings → PRFAQRules → Formats, HTMLReport → Session → prfaq.
        .target(name: "Markdown", dependencies: ["CCmark"], path: "Sources/Markdown"),
        .target(name: "Text", dependencies: ["Markdown"], path: "Sources/Text"),
        .target(name: "DraftAnatomy", dependencies: ["Markdown", "Text"], path: "Sources/DraftAnatomy"),
        .target(name: "LintCore", dependencies: ["Markdown", "Text", "DraftAnatomy"], path: "Sources/LintCore"),
        .target(
            name: "Settings",
            dependencies: ["Markdown", "Text", "DraftAnatomy", "LintCore", .product(name: "Yams", package: "Yams")],
            path: "Sources/Settings"
        ),
        .target(
            name: "PRFAQRules",
            dependencies: ["Markdown", "Text", "DraftAnatomy", "LintCore", "Settings"],
            path: "Rules", exclude: ["README.md", "Lists"]
        ),
        .target(name: "Formats", dependencies: ["Markdown", "Text", "DraftAnatomy", "LintCore"], path: "Sources/Formats"),
        .target(
            name: "HTMLReport",
            dependencies: ["Markdown", "Text", "DraftAnatomy", "LintCore", "Formats"],
            path: "Sources/HTMLReport"
        ),
        .target(
            name: "Session",
            dependencies: ["Markdown", "Text", "DraftAnatomy", "LintCore", "Settings", "PRFAQRules", "Formats", "HTMLReport"],
            path: "Sources/Session"
        ),
        // Compiles Rules/Lists/*.yml into Rules/Generated/BuiltinLists.swift (`make lists`), through the
        // same pack parser that reads teams' packs.
        .executableTarget(
            name: "generate-lists",
            dependencies: ["LintCore", "Settings", .product(name: "Yams", package: "Yams")],
            path: "Sources/generate-lists"
        ),
        // The allocator's settings for a one-shot run: glibc's mallopt, which Swift's Glibc module leaves out.
        .target(name: "CAllocator", path: "Sources/CAllocator"),
        .executableTarget(
            name: "prfaq",
            dependencies: ["Session", "Formats", "CAllocator", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Sources/prfaq"
        ),
        // What the test targets share: the package root and one way to run a program.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"], path: "Tests/MarkdownTests"),
        .testTarget(
            name: "DraftAnatomyTests",
            dependencies: ["Markdown", "Text", "DraftAnatomy", "LintCore", "Settings", "PRFAQRules"],
            path: "Tests/DraftAnatomyTests"
        ),
        .testTarget(
            name: "SettingsTests",
            dependencies: ["Markdown", "DraftAnatomy", "LintCore", "Settings"],
            path: "Tests/SettingsTests"
        ),
        .testTarget(
            name: "SessionTests",
            dependencies: ["Markdown", "Text", "DraftAnatomy", "LintCore", "Settings", "PRFAQRules", "Session"],
            path: "Tests/SessionTests"
        ),
        .testTarget(
            name: "PRFAQRulesTests",
            dependencies: ["Markdown", "Text", "DraftAnatomy", "LintCore", "Settings", "PRFAQRules", "Formats", "HTMLReport", "Session", "TestSupport", .product(name: "Yams", package: "Yams")],
            path: "Tests/PRFAQRulesTests"
        ),
        .testTarget(name: "CLITests", dependencies: ["TestSupport", .product(name: "Yams", package: "Yams")], path: "Tests/CLITests", exclude: ["template-fills.json"]),
    ]
)
