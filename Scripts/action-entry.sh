#!/bin/sh
# The GitHub Action's entry (action.yml): lints the drafts changed since the pull request's base and
# reports only what the change added — `github` annotations on standard output, the markdown scorecard
# (each dimension then and now) appended to $GITHUB_STEP_SUMMARY, SARIF to $PRFAQ_SARIF when set. Its exit
# status is the lint's: an error added by the pull request fails the job.
#
# Environment: PRFAQ_BIN (default prfaq), PRFAQ_PATHS (space-separated, default .), PRFAQ_BASE (default
# the event's pull_request.base.sha; none: everything is linted), PRFAQ_SARIF, PRFAQ_MAX_WARNINGS, and
# GitHub's GITHUB_EVENT_PATH and GITHUB_STEP_SUMMARY.
set -u
bin=${PRFAQ_BIN:-prfaq}
paths=${PRFAQ_PATHS:-.}
base=${PRFAQ_BASE:-}
if [ -z "$base" ] && [ -n "${GITHUB_EVENT_PATH:-}" ] && [ -f "$GITHUB_EVENT_PATH" ]; then
    base=$(python3 -c 'import json, sys
event = json.load(open(sys.argv[1]))
print(((event.get("pull_request") or {}).get("base") or {}).get("sha", ""))' "$GITHUB_EVENT_PATH" 2>/dev/null)
fi
set -f
if [ -n "$base" ]; then
    # A shallow checkout may lack the base commit.
    git cat-file -e "$base^{commit}" 2>/dev/null || git fetch --no-tags --quiet --depth=1 origin "$base" 2>/dev/null || true
    set -- --since "$base"
else
    set --
fi
# shellcheck disable=SC2086 # the paths are space-separated on purpose
"$bin" lint "$@" --max-warnings "${PRFAQ_MAX_WARNINGS:--1}" --format github $paths
status=$?
if [ -n "${PRFAQ_SARIF:-}" ]; then
    # shellcheck disable=SC2086
    "$bin" lint "$@" --format sarif $paths > "$PRFAQ_SARIF" 2>/dev/null
fi
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    # shellcheck disable=SC2086
    "$bin" lint "$@" --format markdown $paths >> "$GITHUB_STEP_SUMMARY" 2>/dev/null
fi
exit $status
