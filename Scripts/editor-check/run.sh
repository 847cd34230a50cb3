#!/usr/bin/env bash
# Drives prfaq lsp from a real editor: headless Neovim (Debian's neovim, 0.7+) opens a draft, waits for
# diagnostics, hovers a finding, applies the "Replace with" quick fix, and prints what it saw.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=$(cd "$here/../.." && pwd)/${1:-.build/debug/prfaq}
command -v nvim >/dev/null || { apt-get install -y -qq neovim >/dev/null; }
d=$(mktemp -d)
printf '# Title\n\nZoë 🚀 drop significantly, in order to win.\n' > "$d/draft.md"
(cd "$d" && PRFAQ="$bin" OUT="$d/result.txt" timeout 60 nvim --headless -u "$here/nvim.lua" >/dev/null 2>&1)
cat "$d/result.txt"
grep -q 'line after fix: Zoë 🚀 drop significantly, to win.' "$d/result.txt"
