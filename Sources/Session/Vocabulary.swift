import DraftAnatomy
import LintCore
import Settings

// The command line imports only this layer and the formats. These are the values it names (option
// types, results it passes to a format, the did-you-mean helper): listed here on purpose, so anything
// else below this layer stays out of its reach.

public typealias Profile = DraftAnatomy.Profile
public typealias Audience = DraftAnatomy.Audience
public typealias FileResult = LintCore.FileResult
public typealias Suggest = Settings.Suggest
public typealias ConfigLoader = Settings.ConfigLoader
