#!/usr/bin/env python3
"""Compiles Rules/Lists/*.yml into Rules/Generated/BuiltinLists.swift: rule packs become PackRules, and
glossaries (`kind: glossary`, a `terms` list) become lists of strings that coded rules consult.

The YAML files stay the readable source of truth. The binary carries them as Swift values, so an
installed prfaq needs no files beside it and spends no start-up time parsing YAML. The YAML text is
embedded too: a test parses it with the same PackParser that reads teams' packs and checks that the
result equals the generated rule, so the two can never drift. `make lists` runs this.
"""
import hashlib, os, sys
try:
    import yaml
except ImportError:
    sys.exit("embed-lists: PyYAML is needed (python3 -m pip install pyyaml)")

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src = os.path.join(root, "Rules", "Lists")
out = os.path.join(root, "Rules", "Generated", "BuiltinLists.swift")

def s(v):
    if v is None:
        return "nil"
    v = str(v)
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + '"'

def words(phrase):
    return [w.lower().replace("\u2019", "'") for w in phrase.split(" ") if w]

def strs(xs):
    return "[" + ", ".join(s(x) for x in xs) + "]"

def lst(v):
    if v is None:
        return []
    return [v] if isinstance(v, str) else list(v)

def truthy(v):
    return v in ("true", "yes")

def entry(e):
    if isinstance(e, str):
        return f"PhraseEntry(words: {strs(words(e))})"
    args = [f"words: {strs(words(e['phrase']))}"]
    if "replace" in e: args.append(f"replacement: {s(e['replace'])}")
    if "help" in e: args.append(f"help: {s(e['help'])}")
    if "message" in e: args.append(f"message: {s(e['message'])}")
    if e.get("unless") == "figure": args.append("unlessFigure: true")
    if "not-after" in e: args.append(f"notAfter: {strs(sorted(set(words(' '.join(lst(e['not-after']))))))}")
    if "not-before" in e: args.append(f"notBefore: {strs(sorted(set(words(' '.join(lst(e['not-before']))))))}")
    if truthy(e.get("not-name-or-date")): args.append("notNameOrDate: true")
    if truthy(e.get("before-number")): args.append("beforeNumber: true")
    if truthy(e.get("modal")): args.append("modal: true")
    if truthy(e.get("unless-explained")): args.append("unlessExplained: true")
    if truthy(e.get("modifies-next")): args.append("modifiesNext: true")
    if truthy(e.get("noun-replacement")): args.append("nounReplacement: true")
    if truthy(e.get("unless-compared")): args.append("unlessCompared: true")
    if truthy(e.get("quantity-only")): args.append("quantityOnly: true")
    if truthy(e.get("as-name")): args.append("asName: true")
    if truthy(e.get("before-claim-figure")): args.append("beforeClaimFigure: true")
    if "audience" in e: args.append(f"audience: .{e['audience']}")
    if "severity" in e: args.append(f"severity: .{e['severity']}")
    if "placement" in e: args.append(f"placement: .{e['placement']}")
    return "PhraseEntry(" + ", ".join(args) + ")"

KINDS = {"existence": "existence", "substitution": "substitution", "occurrence": "occurrence", "required-section": "requiredSection"}
REGIONS = {"anywhere": "anywhere", "press-release": "pressRelease", "faq": "faq", "body": "body", "statements": "statements", "claims": "claims", "commitments": "commitments"}
DEFAULT_MESSAGES = {"existence": 'avoid "{match}"', "substitution": 'write "{replacement}" instead of "{match}"',
                    "occurrence": '"{match}" appears more than {max} times', "required-section": 'missing section "{section}"'}

names = sorted(f for f in os.listdir(src) if f.endswith(".yml"))
rules, texts = [], []
glossaries, glossary_texts = [], []
for n in names:
    text = open(os.path.join(src, n), encoding="utf-8").read()
    # Every scalar as a string, as PackParser reads them (so "no" stays a word, not false).
    d = yaml.load(text, Loader=yaml.BaseLoader)
    if '"""#' in text:
        sys.exit(f"{n}: contains the raw-string terminator")
    if d.get("kind") == "glossary":
        # A glossary is a list of terms a rule consults (acronyms a reader knows), not a rule of its own.
        # Terms may be grouped in sub-lists for reading; the embedded list is flat.
        terms = [t for g in lst(d.get("terms")) for t in (g if isinstance(g, list) else [g])]
        if not terms or not all(isinstance(t, str) and t.strip() for t in terms):
            sys.exit(f"{n}: a glossary needs a non-empty \"terms\" list of strings")
        stem = n[:-len(".yml")]
        glossaries.append(f"        {s(stem)}: {strs(terms)},\n")
        glossary_texts.append(f'        ("{n}", #"""\n{text}"""#),\n')
        continue
    kind = d.get("kind", "existence")
    entries = [entry(e) for e in d.get("phrases", [])]
    profiles = d.get("profiles", ["prfaq", "narrative", "star"])
    audiences = lst(d.get("audience", ["general", "technical"]))
    ex = d.get("examples", {}) or {}
    fixable = kind == "substitution" and any(isinstance(e, dict) and e.get("replace") for e in d.get("phrases", []))
    scope = ".document" if kind in ("required-section", "occurrence") else ".text"
    desc = (f"RuleDescription(id: {s(d['id'])}, summary: {s(d.get('summary', d['id']))}, rationale: {s(d.get('rationale', ''))}, "
            f"severity: .{d.get('severity', 'warning')}, profiles: [{', '.join('.' + p for p in profiles)}], "
            f"audiences: [{', '.join('.' + a for a in audiences)}], options: [], "
            f"scope: {scope}, fixable: {'true' if fixable else 'false'}, "
            f"triggering: [{', '.join('RuleExample(' + s(x) + ')' for x in lst(ex.get('fail')))}], "
            f"nonTriggering: [{', '.join('RuleExample(' + s(x) + ')' for x in lst(ex.get('pass')))}])")
    rules.append(
        "        PackRule(\n"
        f"            description: {desc},\n"
        f"            kind: .{KINDS[kind]},\n"
        f"            entries: [\n" + "".join(f"                {e},\n" for e in entries) + "            ],\n"
        f"            exceptions: [{', '.join(strs(words(x)) for x in lst(d.get('exceptions')))}],\n"
        f"            message: {s(d.get('message', DEFAULT_MESSAGES[kind]))}, help: {s(d.get('help'))},\n"
        f"            region: .{REGIONS[d.get('in', 'anywhere')]}, max: {int(d.get('max', 0))}, perSection: {'true' if d.get('per') == 'section' else 'false'},\n"
        f"            sectionNames: {strs(lst(d.get('section')))}"
        + (f", technicalSeverity: .{d['technical-severity']}" if 'technical-severity' in d else "") + "),\n")
    texts.append(f'        ("{n}", #"""\n{text}"""#),\n')

# The hash of what the file is made from (this script, then each list in name order): `make lists` compares
# it with the same hash taken by sha256sum and runs this script only when they differ, so a checkout whose
# lists have not changed builds without Python or PyYAML.
digest = hashlib.sha256(open(__file__, "rb").read() + b"".join(open(os.path.join(src, n), "rb").read() for n in names)).hexdigest()
new = ("// Generated by Scripts/embed-lists.py from Rules/Lists/*.yml. Do not edit; run `make lists`.\n"
       f"// inputs sha256: {digest}\n"
       "// swiftlint:disable all\n"
       "import LintCore\nimport Settings\n\n"
       "/// The built-in word and phrase lists: compiled rules, and the YAML they were compiled from.\n"
       "public enum BuiltinLists {\n"
       "    public static let rules: [PackRule] = [\n" + "".join(rules) + "    ]\n\n"
       "    public static let files: [(name: String, yaml: String)] = [\n" + "".join(texts) + "    ]\n\n"
       "    /// Glossaries (`kind: glossary`): terms by list name, e.g. the acronyms every reader knows.\n"
       "    public static let glossaries: [String: [String]] = [\n" + "".join(glossaries) + "    ]\n\n"
       "    public static let glossaryFiles: [(name: String, yaml: String)] = [\n" + "".join(glossary_texts) + "    ]\n}\n")
os.makedirs(os.path.dirname(out), exist_ok=True)
if not os.path.exists(out) or open(out, encoding="utf-8").read() != new:
    open(out, "w", encoding="utf-8").write(new)
    print(f"wrote {os.path.relpath(out, root)} ({len(names)} lists)")
