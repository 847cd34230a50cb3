import Foundation

/// The package's root folder, for reading Fixtures/, Rules/ and the built binary from any test target.
public let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
