import DraftAnatomy
import Formats
import LintCore

/// What `prfaq init` writes: a commented starter configuration and draft skeletons whose guidance sits
/// in HTML comments (never prose), so a filled-in skeleton passes the structure rules.
public enum Templates {
    public static let config = """
        # prfaq configuration (README, "Configuration"; `prfaq explain RULE` for a rule's options).
        # The nearest .prfaq.yml above a draft applies; command-line options and a draft's
        # front matter (`prfaq:` key) override it.

        # auto detects PR/FAQ, narrative or STAR from the draft; or force one.
        profile: auto

        # Who reads the drafts: general, technical (developers know CI/CD, IAM, SDK…), or auto to read it
        # from each draft (code blocks, API names, developer customers). It changes only which acronyms
        # and technology words count as known.
        audience: auto

        # Other configurations to start from, relative to this file.
        # extends: [team.yml]

        # Globs, relative to this folder, that folder walks skip.
        ignore: ["archive/**"]

        # Folders of extra YAML rule packs (see README "Rule packs").
        # rule-paths: [Rules/team]

        # Per rule: off | suggestion | warning | error, or a map with severity and options.
        # `prfaq rules` lists them; `prfaq explain RULE` shows each rule's options.
        rules:
          concision/long-sentence: { severity: warning, max-words: 30 }
          # concision/weasel-word: error
          # clarity/passive-voice: off

        """

    public static let prfaq = """
        # [[Headline: the product in the customer's words, 6–12 words]]

        _[[Subheading: one sentence — who the customer is and what they gain.]]_

        [[CITY]] — [[Month Day, Year]] — [[Summary: what launches today, for whom, and the main benefit with a figure.]]

        <!-- Problem: the customer's problem in their words, ideally with a number. No product name yet. -->
        [[Problem paragraph.]]

        <!-- Solution: how the product solves it, in customer language. -->
        [[Solution paragraph.]]

        “[[Why we built it, with the figure that convinced us]],” said [[Name]], [[Role]] at [[Company]].

        <!-- How it works / getting started: where to go and the first step. -->
        [[How to get started.]]

        “[[What changed for me, with a figure]],” said [[Customer name]], [[who they are]].

        [[Call to action: where to go, the price, when it is available — e.g. https://example.com]]

        ## External FAQ

        ### How much does it cost?

        [[Answer.]]

        ### How do I get started?

        [[Answer.]]

        ## Internal FAQ

        ### Who is the customer, and how many are there?

        [[Answer with the market size.]]

        ### What does it cost us, and what do we get back?

        [[Answer with the investment and the return.]]

        ### What do we depend on?

        [[Answer naming teams, partners and dates.]]

        ### How could this fail?

        [[Answer: specific risks and mitigations.]]

        ### What alternatives did we consider?

        [[Answer: each option and why it lost.]]

        ### What are we not building?

        [[Answer: what is out of scope.]]

        ### How will we measure success?

        [[Answer: metrics with targets and dates.]]

        """

    public static let narrative = """
        # [[Title]]

        ## Purpose

        <!-- State the ask or the prompt in the first two sentences. -->
        [[This document asks for … / The prompt: …]]

        ## Background

        [[The state of the business, with figures.]]

        ## Goals

        [[Goals with targets and dates.]]

        ## Tenets

        [[The principles that settle trade-offs.]]

        ## Proposal

        [[What we will do, for which customers, and why.]]

        ## Risks

        [[What could go wrong, and how we will know early.]]

        ## Plan

        [[Milestones with dates and owners.]]

        ## Appendix

        [[Data the body cites.]]

        """

    /// A written assessment: a narrative that answers a prompt. The prompt goes in front matter, and
    /// `structure/prompt-coverage` checks that each of its parts is answered.
    public static let assessment = """
        ---
        # The prompt you answer, word for word: prfaq checks that the draft answers each part of it.
        prompt: "[[Paste the prompt here]]"
        ---
        # [[Title]]

        ## Purpose

        <!-- Restate the prompt in your own words in the first two sentences, then give your answer. -->
        [[The prompt asks … This answer proposes …]]

        ## The customer problem

        [[Who the customers are and what hurts them, with figures.]]

        ## Proposal

        [[What you propose to build, for which customers, and why.]]

        ## Measuring success

        [[Metrics with targets and dates.]]

        ## Risks

        [[What could go wrong, what you give up, and how you will know early.]]

        ## Plan

        [[Milestones with dates and owners.]]

        """

    public static let star = """
        # [[The question, e.g. "Tell me about a time you disagreed with your manager"]]

        ## Situation

        <!-- About 20%: where, when, what was at stake, with a figure. -->
        [[Situation.]]

        ## Task

        <!-- About 10%: what you owned. -->
        [[Task.]]

        ## Action

        <!-- About 60%: what *I* did, step by step — "I", not "we"; no "I would". -->
        [[Action.]]

        ## Result

        <!-- About 10%: the outcome with a number, a unit and a baseline. -->
        [[Result.]]

        ## Learning

        [[What I do differently now.]]

        """

    public static func draft(_ profile: Profile) -> String {
        switch profile {
        case .prfaq: return prfaq
        case .narrative: return narrative
        case .star: return star
        }
    }
}
