// swift-tools-version:5.9
// The libFuzzer target over prfaq's input paths (issues 7 and 15). Build and run it with
// `make fuzz SECONDS=N` from the main package: libFuzzer + AddressSanitizer, Linux only, never part of
// `make test`.
import Foundation
import PackageDescription

// SwiftPM names a package found by path after its folder, so the checkout's own folder name (main,
// prfaq, a CI runner's random name) is the package to depend on.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let checkout = root.lastPathComponent.lowercased()

let package = Package(
    name: "prfaq-fuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "prfaq-fuzz",
            dependencies: [.product(name: "PRFAQLayers", package: checkout)],
            path: "Sources/prfaq-fuzz"
        ),
    ]
)
