// swift-tools-version:5.9
// The libFuzzer target over prfaq's whole lint path (issue 7). Build and run it with `make fuzz SECONDS=N`
// from the main package: libFuzzer + AddressSanitizer, Linux only, never part of `make test`.
import PackageDescription

let package = Package(
    name: "prfaq-fuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "prfaq-fuzz",
            dependencies: [
                .product(name: "PRFAQKit", package: "main"),
                .product(name: "PRFAQRules", package: "main"),
            ],
            path: "Sources/prfaq-fuzz"
        ),
    ]
)
