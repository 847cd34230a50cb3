# prfaq — two commands on a fresh machine: `make demo` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
PREFIX ?= /usr/local
BIN := .build/release/prfaq
DEMO := Fixtures/prfaq-flawed-pharmacy-refills.md

.PHONY: demo test test-deps venv build release profile deps install lists readme bench bench-instr bench-since clean check-contract layers seeded goldens editor-check fuzz report-check

## deps: install libcmark-dev when pkg-config cannot find it (apt-get as root, else print the command).
deps:
	@if pkg-config --exists libcmark 2>/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "installing libcmark-dev and pkg-config…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev pkg-config >/dev/null; \
	elif command -v apt-get >/dev/null; then \
		echo "libcmark is missing: run  sudo apt-get update && sudo apt-get install -y libcmark-dev pkg-config" >&2; exit 1; \
	elif command -v brew >/dev/null; then \
		echo "libcmark is missing: run  brew install cmark pkg-config" >&2; exit 1; \
	else echo "libcmark is missing: install cmark 0.30 (headers and pkg-config file)" >&2; exit 1; fi

readme: build venv
	$(PY) Scripts/rules-table.py

## venv: a Python of the project's own, for the scripts and the tools the tests drive. Debian's Python
## refuses `pip install` outside a virtual environment ("externally-managed-environment"); the venv sees
## the system's packages, so Debian's python3-yaml serves when it is there, and pip adds only what is not.
VENV := .build-venv
PY := $(VENV)/bin/python3
venv: $(PY)
$(PY):
	@python3 -m venv --system-site-packages $(VENV) 2>/dev/null \
	|| { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && echo "installing python3-venv…" \
	     && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null \
	     && rm -rf $(VENV) && python3 -m venv --system-site-packages $(VENV); } \
	|| { echo "venv: python3 -m venv failed: run  sudo apt-get install -y python3-venv" >&2; exit 2; }

## test-deps: the PyPI tools the tests drive (pre-commit for the hook test, jsonschema for SARIF), in the venv.
test-deps: venv
	@$(PY) -c "import jsonschema" 2>/dev/null || $(PY) -m pip install -q jsonschema
	@[ -x $(VENV)/bin/pre-commit ] || $(PY) -m pip install -q pre-commit || echo "note: pre-commit not installed; its test will be skipped"

## lists: regenerate Rules/Generated/BuiltinLists.swift with Sources/generate-lists (Swift, through the pack
## parser) when its inputs (the YAML lists, the generator) differ from the hash it records.
LISTS_HASH = $(shell cat $$(LC_ALL=C ls Sources/generate-lists/*.swift Rules/Lists/*.yml) | sha256sum | cut -d' ' -f1)
lists:
	@grep -q "^// inputs sha256: $(LISTS_HASH)$$" Rules/Generated/BuiltinLists.swift 2>/dev/null \
	|| { $(SWIFT) build --product generate-lists >/dev/null && $(SWIFT) run --skip-build generate-lists "$(CURDIR)" $(LISTS_HASH); }

build: deps lists
	$(SWIFT) build

# One fully static executable (the Swift runtime, Foundation, libstdc++, libcmark and glibc linked in): the
# loader has nothing to load or relocate at start-up. Linked against the shared libc and libstdc++, relocating
# them was 1.9 M of the 2.6 M instructions `prfaq --version` ran; static, it runs 0.29 M.
RELEASE_FLAGS := -c release -Xswiftc -static-executable
# glibc warns at link time that getpwuid, getpwnam and dlopen in a static executable need the shared glibc
# of the same version at run time; Foundation links them for a user's home folder and for bundles, which
# prfaq never asks for. Those two kinds of line are dropped from the build's output, nothing else.
STATIC_LINK_NOTES := -e "in statically linked applications requires at runtime" -e "is dangerous, better use"

release: SHELL := /bin/bash
release: .SHELLFLAGS := -o pipefail -c
# The release build is optimised with the profile of Scripts/pgo/prfaq.proftext (see Scripts/pgo/profile.py):
# the same output, about 5% less CPU. `make profile` renews the profile after the hot code changed.
release: deps lists
	@pgo="$$(python3 Scripts/pgo/profile.py flags $(CURDIR)/.build)"; \
	echo "$(SWIFT) build $(RELEASE_FLAGS) $$pgo --product prfaq"; \
	$(SWIFT) build $(RELEASE_FLAGS) $$pgo --product prfaq 2>&1 | { grep -v $(STATIC_LINK_NOTES) || true; }

## profile: rebuild instrumented, lint the fixtures and seeded drafts, rewrite Scripts/pgo/prfaq.proftext
profile: deps lists
	python3 Scripts/pgo/profile.py train

## demo: build release and lint a bundled flawed draft (its findings are the point; their exit status is not).
demo: release
	@echo "== prfaq lint $(DEMO)"
	@$(BIN) lint $(DEMO) || true
	@echo "== prfaq stats $(DEMO)"
	@$(BIN) stats $(DEMO)

## test: unit, rule-example, fixture and CLI tests, then the shared contract check; ends with one
## "N passed, N failed" line.
test: deps test-deps lists
	$(SWIFT) build --build-tests
	@set -o pipefail; PATH="$(CURDIR)/$(VENV)/bin:$$PATH" $(SWIFT) test --skip-build --disable-swift-testing 2>&1 | tee .build/test.log
	@$(MAKE) --no-print-directory check-contract
	@$(MAKE) --no-print-directory layers
	@$(MAKE) --no-print-directory seeded
	@python3 Scripts/test-summary.py .build/test.log

## seeded: recall on drafts with flaws seeded by writers who never saw the rules (Tests/Seeded, issue 17):
## each set must catch at least what it caught when last measured, with no more false alarms.
seeded:
	@$(SWIFT) build >/dev/null
	@set -e; for s in a:23:2 b:21:3 c:18:5 d:24:5 e:22:13; do \
	  set -- $$(echo $$s | tr : ' '); \
	  python3 Scripts/seeded-recall.py .build/debug/prfaq Tests/Seeded/set-$$1 --min $$2 --max-noise $$3 > .build/seeded-$$1.log \
	    || { cat .build/seeded-$$1.log; exit 1; }; \
	  echo "seeded set-$$1: $$(grep '^recall' .build/seeded-$$1.log)"; done

## layers: every target imports only the targets below it (Scripts/check-layers.py, with a self-test that
## shows a violation is caught), and each target builds with just what it declares.
LAYER_TARGETS := Markdown Text DraftAnatomy LintCore Settings PRFAQRules Formats HTMLReport Session prfaq generate-lists
layers:
	@python3 Scripts/check-layers.py --self-test
	@python3 Scripts/check-layers.py
	@for t in $(LAYER_TARGETS); do $(SWIFT) build --target $$t >/dev/null || { echo "layers: target $$t does not build on its own" >&2; exit 1; }; done

check-contract:
	@$(SWIFT) build >/dev/null
	@if [ -f ../shared/conformance/check_contract.py ]; then python3 ../shared/conformance/check_contract.py .build/debug/prfaq; \
	else echo "check-contract: ../shared/conformance not present, skipped"; fi

## goldens: rewrite Fixtures/*.expected.{txt,json} and Fixtures/layouts/*.expected.{txt,json} from the current code (review the diff!).
goldens: deps lists
	$(SWIFT) build --build-tests
	PRFAQ_UPDATE_GOLDENS=1 $(SWIFT) test --skip-build --filter "FixtureTests/testGoldenTextAndJSON|LayoutTests/testGoldenTextAndJSON"

## install: the stripped binary into $(PREFIX)/bin. It links libcmark dynamically: where it runs, the
## library must be there too (Debian: libcmark0.30.2, which libcmark-dev pulls in).
install: release
	install -d $(PREFIX)/bin
	install -s -m 755 $(BIN) $(PREFIX)/bin/prfaq
	@echo "installed $(PREFIX)/bin/prfaq; at run time it needs libcmark ($$(ldd $(BIN) | awk '/libcmark/ {print $$1}'))"

clean:
	rm -rf .build

# ---- bench (issue 6) ------------------------------------------------------------------------------
## bench: deterministic corpus, release build, one table (see Scripts/bench/run.py)
bench: deps lists
	python3 Scripts/bench/run.py

## bench-instr: instructions per input byte, whole and by phase, under valgrind (issue 20)
bench-instr: deps lists
	python3 Scripts/bench/instr.py

## bench-since: lint --since on 2,000 drafts with 5 changed, against linting the 5 (issue 19)
bench-since: release
	python3 Scripts/bench/since.py
# ---- end bench -----------------------------------------------------------------------------------

## editor-check: headless Neovim drives prfaq lsp (diagnostics, hover, quick fix)
editor-check: build
	Scripts/editor-check/run.sh

# ---- report-check (issue 8) -----------------------------------------------------------------------
## report-check: `prfaq report` for every fixture, a headless-Chromium screenshot of each page, checks that
## the marks show, and a fresh docs/report-screenshot.png. Installs chromium (and pngquant) as root if missing.
REPORT_SCRATCH ?= .build
.PHONY: report-check
report-check: deps
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "installing chromium…"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else echo "report-check: Chromium is missing: sudo apt-get install -y chromium" >&2; exit 1; fi
	@command -v pngquant >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pngquant >/dev/null 2>&1; } || true
	$(SWIFT) build --scratch-path $(REPORT_SCRATCH)
	python3 Scripts/report-check.py $(REPORT_SCRATCH)/debug/prfaq $(REPORT_SCRATCH)/report-check
# ---- end report-check -----------------------------------------------------------------------------

# ---- fuzz (issue 7) -------------------------------------------------------------------------------
## fuzz: libFuzzer + AddressSanitizer over drafts, .prfaq.yml, front matter, rule packs and the
## language server's input (the first byte picks which: see Fuzz/Sources/prfaq-fuzz); SECONDS=N (default 60)
## (Linux only; one process. Debug configuration with -O: 4x the executions of -Onone, same checks.
## Crashes, timeouts and invariant failures land in .build-fuzz/artifacts/; reproduce one with
## `.build-fuzz/debug/prfaq-fuzz FILE`. The corpus grows in .build-fuzz/corpus, seeded from Fixtures.)
SECONDS ?= 60
FUZZ_SCRATCH := .build-fuzz
FUZZ_BUILD := $(SWIFT) build --package-path Fuzz --scratch-path $(FUZZ_SCRATCH) -c debug \
	-Xswiftc -O -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
.PHONY: fuzz
fuzz: deps lists
	@# The fuzz package reaches prfaq by path, and SwiftPM kept its old build plan when a source file was
	@# added to prfaq ("cannot find HotSlot in scope"): the plan is made again each run.
	@rm -f $(FUZZ_SCRATCH)/debug.yaml
	@set -o pipefail; $(FUZZ_BUILD) 2>&1 | grep -v "Cannot export local symbol"
	@mkdir -p $(FUZZ_SCRATCH)/corpus $(FUZZ_SCRATCH)/artifacts && cp -n Fixtures/*.md Fuzz/seeds/* $(FUZZ_SCRATCH)/corpus/
	@for f in Rules/Lists/*.yml; do [ -e $(FUZZ_SCRATCH)/corpus/pack-$$(basename $$f) ] || { printf '\003'; cat $$f; } > $(FUZZ_SCRATCH)/corpus/pack-$$(basename $$f); done
	SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 $(FUZZ_SCRATCH)/debug/prfaq-fuzz \
		-dict=Fuzz/markdown.dict -max_len=65536 -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
		-artifact_prefix=$(FUZZ_SCRATCH)/artifacts/ -max_total_time=$(SECONDS) $(FUZZ_SCRATCH)/corpus
# ---- end fuzz ------------------------------------------------------------------------------------
