#!/usr/bin/env python3
"""Writes the deterministic benchmark corpus for `make bench` (Scripts/bench/run.py).

    python3 Scripts/bench/make_corpus.py OUT_DIR [--drafts 200] [--size 12000] [--big-mb 5]

Layout under OUT_DIR:
    drafts/prfaq-NNN.md   200 PR/FAQ drafts of ~12 KB each (the corpus)
    big/huge.md           one ~5 MB draft: a press release followed by thousands of FAQ sections
    one-page.md           one ~500-word draft (start-up cost)

Everything comes from `random.Random(42)`, so the same command writes byte-identical files on every
machine. The drafts read like real PR/FAQs (headline, dateline, problem before solution, attributed
quotes, external and internal FAQ with `###` questions, a table, a link, code spans, em dashes and
curly quotes) and carry a realistic share of flaws: weasel words, hedges, hype, jargon, long
sentences and passive voice, so every rule has work to do.
"""
import argparse
import os
import random

COMPANIES = ["Cascade Health", "Northwind Freight", "Harborline Bank", "Juniper Schools", "Alder Grocers",
             "Copperleaf Energy", "Tidewater Transit", "Summit Pharmacy", "Lumen Insurance", "Bramble Books",
             "Riverbend Clinics", "Pinecrest Logistics", "Orchard Payments", "Meridian Hotels", "Foxglove Pets",
             "Silverlake Utilities", "Kestrel Airlines", "Granite Builders", "Willow Tutoring", "Beacon Rentals"]
PRODUCTS = ["Waitlist Match", "Dock Ready", "Early Pay", "Route Planner", "Refill Reminder", "Slot Finder",
            "Quick Claim", "Bill Split", "Shelf Alert", "Fare Cap", "Tutor Match", "Return Desk",
            "Outage Map", "Seat Swap", "Dose Check", "Rent Ledger", "Order Ahead", "Crew Board",
            "Budget Guard", "Pickup Window"]
VERBS = ["Launches", "Introduces", "Opens", "Brings", "Releases", "Starts"]
CITIES = ["SEATTLE", "PORTLAND", "BOISE", "SPOKANE", "TACOMA", "DENVER", "AUSTIN", "BOSTON", "CHICAGO",
          "MINNEAPOLIS", "NASHVILLE", "PHOENIX"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
CUSTOMERS = ["patient", "driver", "shopper", "small-business owner", "teacher", "parent", "pharmacist",
             "warehouse lead", "renter", "traveler", "student", "nurse", "dispatcher", "farmer",
             "clinic manager", "store associate"]
PAINS = ["waits {n} days for a reply", "spends {n} minutes on hold each week", "loses ${n} a month to late fees",
         "misses {n}% of pickup windows", "retypes the same form {n} times", "calls the front desk {n} times",
         "drives {n} miles to check in person", "gives up after {n} failed tries",
         "pays {n} dollars in fees that no one explains", "waits {n} hours for a dock to open"]
ACTIONS = ["texts the next {c} in line", "books the slot with one reply", "shows the live queue",
           "sends a reminder {n} hours ahead", "moves the payment to the next business day",
           "fills the gap from the waitlist", "flags the order before it ships", "checks eligibility in {n} seconds",
           "splits the bill by share", "holds the seat for {n} minutes", "opens a claim from a photo",
           "routes the request to the nearest desk"]
FIRST = ["Amélie", "Joaquín", "Nadia", "Tomasz", "Zoë", "Ravi", "Mei", "Olusegun", "Ingrid", "Mateo", "Aisha",
         "Björn", "Chloé", "Dmitri", "Fatima", "Hiroshi", "Lucía", "Søren", "Priya", "Kwame"]
LAST = ["Dubois", "Reyes", "Haddad", "Nowak", "Müller", "Patel", "Chen", "Adeyemi", "Larsen", "García",
        "Khan", "Øberg", "Moreau", "Ivanov", "Rahman", "Tanaka", "Fernández", "Nielsen", "Iyer", "Mensah"]
TITLES = ["Chief Executive Officer", "Vice President of Operations", "Director of Customer Experience",
          "General Manager", "Chief Medical Officer", "Head of Product", "Director of Patient Access",
          "Chief Operating Officer"]
TOWNS = ["Everett", "Bellevue", "Olympia", "Yakima", "Salem", "Eugene", "Renton", "Kent", "Auburn", "Bend"]
WEASEL_ADV = ["significantly", "largely", "mostly", "clearly", "generally", "quite often", "nearly always",
              "very quickly", "relatively quickly"]
HEDGE_ADV = ["probably", "likely", "possibly", "perhaps"]
HYPE = ["seamless", "revolutionary", "world-class", "cutting-edge", "robust", "game-changing",
        "industry-leading", "next-generation"]
JARGON_VERB = ["leverage", "synergize", "reuse"]
JARGON_NOUN = ["best practices", "a holistic plan", "the ecosystem playbook", "the written runbook"]
NOUNS = ["schedule", "queue", "ledger", "waitlist", "dock", "order", "claim", "invoice", "route", "refill",
         "account", "booking", "shipment", "appointment", "payment", "reminder", "report", "dashboard"]
ADJS = ["new", "open", "late", "empty", "shared", "missed", "weekly", "monthly", "manual", "current",
        "nightly", "local", "regional", "first", "last", "next"]
SYSTEMS = ["Epic", "SAP", "Salesforce", "Workday", "Oracle", "ServiceNow", "Stripe", "Twilio", "Zendesk"]
TECH = ["`POST /v1/offers`", "`retry_after`", "`cdk deploy`", "`--dry-run`", "`status=open`", "`STOP`",
        "`offer.accepted`", "`queue_depth`", "`max_wait_minutes`", "`202 Accepted`"]
ACRONYMS = ["SLA", "SKU", "EHR", "ETA", "KPI", "API", "SMS", "NPS"]
EXT_Q = ["What does {p} cost?", "How do I sign up for {p}?", "Which {c}s can use {p}?",
         "What happens if I miss an offer?", "Who sees my phone number?", "Can I turn off the texts?",
         "Does {p} work without the app?", "How fast does {p} reply?", "What if the {n2} is wrong?",
         "Does {p} work in {town}?", "How do I cancel?", "What languages does {p} support?",
         "Will my {n2} change?", "How do I report a problem?", "What do I need before I start?"]
INT_Q = ["Who is the customer, and how large is the group?", "What are the economics?",
         "What does {p} depend on?", "What are the top risks?", "What alternatives did we consider?",
         "What is out of scope?", "How will we measure success?", "Who owns the launch, and what are the dates?",
         "Why now?", "What did the pilot show?", "What does it cost to run each year?",
         "What happens when {sys} is down?", "How does {p} handle the {adj} {n2}?",
         "What would make us stop?", "What do we need from legal?", "How do we staff support?"]


def money(r):
    return f"${r.randint(2, 900):,}{r.choice(['', ',000', '.50', ' million'])}"


class Writer:
    def __init__(self, r):
        self.r = r

    def ctx(self):
        r = self.r
        company, product = r.choice(COMPANIES), r.choice(PRODUCTS)
        return {"co": company, "p": product, "c": r.choice(CUSTOMERS), "city": r.choice(CITIES),
                "town": r.choice(TOWNS), "sys": r.choice(SYSTEMS)}

    def fill(self, s, c):
        r = self.r
        return s.format(n=r.randint(2, 95), n2=r.choice(NOUNS), adj=r.choice(ADJS), c=c["c"], p=c["p"],
                        co=c["co"], town=c["town"], sys=c["sys"])

    def name(self):
        return f"{self.r.choice(FIRST)} {self.r.choice(LAST)}"

    def adv(self):
        """An adverb slot before a verb: a weasel word or hedge in about a quarter of sentences."""
        r = self.r
        x = r.random()
        if x < 0.14: return r.choice(WEASEL_ADV) + " "
        if x < 0.24: return r.choice(HEDGE_ADV) + " "
        return ""

    def adj(self):
        """An adjective slot before a noun: hype or a vague size in about a tenth of sentences."""
        r = self.r
        x = r.random()
        if x < 0.06: return r.choice(HYPE) + " "
        if x < 0.10: return r.choice(["very large", "huge", "tiny", "various"]) + " "
        return ""

    def sentence(self, c):
        r = self.r
        kind = r.randrange(16)
        n, n2, adj = r.randint(2, 98), r.choice(NOUNS), r.choice(ADJS)
        if kind == 0:
            return f"A {c['c']} at {c['co']} " + self.fill(r.choice(PAINS), c) + "."
        if kind == 1:
            return f"{c['p']} {self.adv()}" + self.fill(r.choice(ACTIONS), c) + f" when the {adj} {n2} changes."
        if kind == 2:
            return f"In {r.randint(2019, 2026)}, {n}% of {adj} {n2}s went unused, and the front desk {self.adv()}could not fill them in time."
        if kind == 3:
            return f"The {n2} is reviewed by the {c['sys']} team every {r.choice(['Monday', 'Friday', 'morning', 'night'])}."
        if kind == 4:
            return f"After {n} minutes with no reply, the offer moves to the next {c['c']} — no one has to call."
        if kind == 5:
            return (f"When a {c['c']} opens the {adj} {n2}, {c['p']} checks the {r.choice(NOUNS)}, the "
                    f"{r.choice(NOUNS)} and the {r.choice(NOUNS)}, compares them with what the {c['sys']} record "
                    f"says, and {self.adv()}sends one message that explains what changed, why it changed, and what "
                    f"the {c['c']} can do next if the answer is still wrong after {n} days.")
        if kind == 6:
            return f"It costs {money(r)} to build and {money(r)} a year to run."
        if kind == 7:
            return f"The {r.choice(ACRONYMS)} for each {n2} is {n} hours, set in {r.choice(TECH)}."
        if kind == 8:
            return f"We {self.adv()}expect the {adj} {n2} rate to fall from {n}% to {max(1, n // 2)}% by {r.choice(MONTHS)} {r.randint(1, 28)}, 2027."
        if kind == 9:
            return f"Each {c['c']} sees the {n2} in the app, on the web or by phone at 206-555-0{r.randint(100, 199)}."
        if kind == 10:
            return f"{c['co']} {self.adv()}tested {c['p']} with {r.randint(20, 9000):,} {c['c']}s in {c['town']}."
        if kind == 11:
            return f"{c['p']} gives every {c['c']} a {self.adj()}{n2} that is {r.choice(['shorter', 'cheaper', 'clearer', 'quicker'])} than the {r.choice(NOUNS)} it replaces."
        if kind == 12:
            return f"{r.choice(['We believe', 'We think', 'We hope'])} {c['c']}s want the {adj} {n2} sooner, so we {r.choice(['will', 'might', 'could', 'should'])} {r.choice(JARGON_VERB)} the {r.choice(NOUNS)} they already use."
        if kind == 13:
            return f"The team follows {r.choice(JARGON_NOUN)} for the {adj} {n2}, and the {r.choice(NOUNS)} {r.choice(['was rebuilt', 'is checked', 'was moved', 'is signed'])} by {c['sys']} each quarter."
        if kind == 14:
            return f"Today a {c['c']} opens the {self.adj()}{n2}, reads the “{adj} {r.choice(NOUNS)}” note, and {self.adv()}calls {c['co']} to ask what it means."
        return f"The {adj} {n2} takes {n} minutes instead of {n + r.randint(5, 60)} — {r.choice(['a pilot figure', 'measured in ' + c['town'], 'per the ' + c['sys'] + ' log'])}."

    def paragraph(self, c, lo=2, hi=5):
        return " ".join(self.sentence(c) for _ in range(self.r.randint(lo, hi)))

    def quote(self, c, leader=True):
        r = self.r
        if leader:
            who = f"{self.name()}, {r.choice(TITLES)} at {c['co']}"
        else:
            who = f"{self.name()} of {c['town']}"
        a = self.paragraph(c, 1, 2).rstrip(".") + ","
        b = self.paragraph(c, 1, 2)
        return f"“{a}” said {who}. “{b}”"

    def table(self, c):
        r = self.r
        rows = ["| Item | Year one | Year two |", "| --- | ---: | ---: |"]
        for item in r.sample(["Build", "Messages", "Support staff", "Hosting", "Licences", "Recovered revenue",
                              "Training", "Refunds"], r.randint(3, 5)):
            rows.append(f"| {item} | {money(r)} | {money(r)} |")
        return "\n".join(rows)

    def faq(self, c, internal, short=False):
        r = self.r
        q = self.fill(r.choice(INT_Q if internal else EXT_Q), c)
        if short:
            return f"### {q}\n\n{self.paragraph(c, 1, 3)}\n"
        parts = [f"### {q}", ""]
        for _ in range(r.randint(1, 3)):
            parts += [self.paragraph(c, 2, 5), ""]
        x = r.random()
        if internal and x < 0.25:
            parts += [self.table(c), ""]
        elif x < 0.40:
            parts += ["\n".join(f"- {self.sentence(c)}" for _ in range(r.randint(2, 4))), ""]
        return "\n".join(parts)

    def press_release(self, c, paragraphs):
        r = self.r
        head = f"# {c['co']} {r.choice(VERBS)} {c['p']}, So Every {c['c'].title()} Gets the {r.choice(NOUNS).title()} Sooner"
        sub = f"## A {c['c']} {self.fill(r.choice(PAINS), c)}; {c['p']} {self.fill(r.choice(ACTIONS), c)}."
        date = f"{c['city']} — {r.choice(MONTHS)} {r.randint(1, 28)}, 2027 — {c['co']} today launched {c['p']}. " + self.paragraph(c, 1, 3)
        out = [head, "", sub, "", date, ""]
        for i in range(paragraphs):
            out += [self.paragraph(c), ""]
            if i == 1:
                out += [self.quote(c, leader=True), ""]
            if i == 2:
                out += [self.quote(c, leader=False), ""]
        slug = c["p"].lower().replace(" ", "-")
        out += [f"{c['p']} is live today. Details are at [{slug}.example](https://{slug}.example/start).", ""]
        return out

    def draft(self, size):
        c = self.ctx()
        r = self.r
        out = self.press_release(c, r.randint(3, 5))
        out += ["## External FAQ", ""]
        body = "\n".join(out)
        n_ext = 0
        while len(body.encode()) < size * 0.45 or n_ext < 3:
            out.append(self.faq(c, internal=False)); n_ext += 1
            body = "\n".join(out)
        out += ["## Internal FAQ", ""]
        while len("\n".join(out).encode()) < size:
            out.append(self.faq(c, internal=True))
        return "\n".join(out).rstrip() + "\n"

    def huge(self, size):
        c = self.ctx()
        out = self.press_release(c, 5) + ["## External FAQ", ""]
        total = sum(len(s.encode()) + 1 for s in out)
        internal_at = size // 2
        switched = False
        while total < size:
            if not switched and total >= internal_at:
                out += ["## Internal FAQ", ""]; switched = True
            s = self.faq(c, internal=switched)
            out.append(s); total += len(s.encode()) + 1
        return "\n".join(out).rstrip() + "\n"

    def one_page(self):
        c = self.ctx()
        out = self.press_release(c, 3) + ["## External FAQ", ""]
        words = lambda: len(" ".join(out).split())
        while words() < 380:
            out.append(self.faq(c, internal=False, short=True))
        out += ["## Internal FAQ", ""]
        while words() < 480:
            out.append(self.faq(c, internal=True, short=True))
        return "\n".join(out).rstrip() + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--drafts", type=int, default=200)
    ap.add_argument("--size", type=int, default=12_000, help="target bytes per draft (±10%)")
    ap.add_argument("--big-mb", type=float, default=5.0)
    a = ap.parse_args()
    r = random.Random(42)
    w = Writer(r)
    for sub in ("drafts", "big"):
        os.makedirs(os.path.join(a.out, sub), exist_ok=True)
    total = 0
    for i in range(a.drafts):
        text = w.draft(int(a.size * r.uniform(0.9, 1.05)))
        with open(os.path.join(a.out, "drafts", f"prfaq-{i:03d}.md"), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        total += len(text.encode())
    huge = w.huge(int(a.big_mb * 1024 * 1024))
    with open(os.path.join(a.out, "big", "huge.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(huge)
    one = w.one_page()
    with open(os.path.join(a.out, "one-page.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(one)
    print(f"corpus: {a.drafts} drafts, {total / 1e6:.2f} MB; big/huge.md {len(huge.encode()) / 1e6:.2f} MB; "
          f"one-page.md {len(one.split())} words -> {a.out}")


if __name__ == "__main__":
    main()
