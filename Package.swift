// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "prfaq",
    products: [
        .executable(name: "prfaq", targets: ["prfaq"]),
        .library(name: "PRFAQKit", targets: ["PRFAQKit"]),
        .library(name: "PRFAQRules", targets: ["PRFAQRules"]),
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
        .target(name: "Markdown", dependencies: ["CCmark"], path: "Sources/Markdown"),
        .target(
            name: "PRFAQKit",
            dependencies: ["Markdown", .product(name: "Yams", package: "Yams")],
            path: "Sources/PRFAQKit"
        ),
        .target(name: "PRFAQRules", dependencies: ["PRFAQKit", "Markdown"], path: "Rules", exclude: ["README.md", "Lists"]),
        .executableTarget(
            name: "prfaq",
            dependencies: ["PRFAQRules", "PRFAQKit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Sources/prfaq"
        ),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"], path: "Tests/MarkdownTests"),
        .testTarget(
            name: "PRFAQKitTests",
            dependencies: ["PRFAQKit", "PRFAQRules"],
            path: "Tests/PRFAQKitTests"
        ),
        .testTarget(
            name: "PRFAQRulesTests",
            dependencies: ["PRFAQKit", "PRFAQRules", .product(name: "Yams", package: "Yams")],
            path: "Tests/PRFAQRulesTests"
        ),
        .testTarget(
            name: "CLITests",
            dependencies: ["PRFAQKit"],
            path: "Tests/CLITests"
        ),
    ]
)
