import DraftAnatomy
import LintCore

/// The STAR branch of structure/missing-section: one finding per story, naming every core part it lacks,
/// on the story's heading — a bank's second story without a Result is that story's problem, not line 1's.
enum StoryParts {
    static func check(_ draft: Draft, _ ctx: inout RuleContext) {
        let required = ctx.strings("star-parts").compactMap(Anatomy.StarPart.init(rawValue:))
        let stories = draft.anatomy.stories
        guard !stories.isEmpty else {
            if !required.isEmpty {
                ctx.report(draft.documentRange, "the story has no \(list(required))", help: help(required))
            }
            return
        }
        for story in stories {
            ctx.story = story.title
            defer { ctx.story = nil }
            if story.isUnlabelled {
                // Told in order, so a listener can follow it; labels make the structure visible at a glance.
                ctx.report(draft.lineRange(of: story), say("the story tells its parts in order but names none of them", story),
                           help: "start each part with its label: \"**Situation:**\", \"**Task:**\", \"**Action:**\", \"**Result:**\"",
                           severity: .warning)
                continue
            }
            let missing = required.filter { story.parts[$0] == nil }
            guard !missing.isEmpty else { continue }
            // A Situation, Action and Result without a Task is the short SAR form: the goal is often in the
            // Situation. Worth a look, not certainly wrong.
            let sar = missing == [.task] && story.parts[.situation] != nil
            ctx.report(draft.lineRange(of: story), say("the story has no \(list(missing))", story), help: help(missing),
                       severity: sar ? .warning : nil)
        }
    }

    static func say(_ message: String, _ story: Anatomy.Story) -> String {
        story.title.map { "story \"\($0)\": " + message } ?? message
    }

    /// "Result", "Task or Result", "Situation, Task or Result".
    static func list(_ parts: [Anatomy.StarPart]) -> String {
        let names = parts.map { $0.rawValue.capitalized }
        guard let last = names.last else { return "" }
        return names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " or " + last
    }

    static func help(_ parts: [Anatomy.StarPart]) -> String {
        let names = parts.map { $0.rawValue.capitalized }
        if names.count == 1, let n = names.first { return "add a \"## \(n)\" section or a \"\(n):\" lead-in" }
        return "add " + names.map { "\"## \($0)\"" }.joined(separator: ", ") + " sections, or \""
            + names.joined(separator: ":\", \"") + ":\" lead-ins"
    }
}
