#!/usr/bin/env bash
# `npm run test:e2e`: the code-server end-to-end suite, start to finish.
#   1. set up Node 24, code-server and chromium under .e2e/ (idempotent, fast when done)
#   2. package the extension with the project's own `npm run package` (unless E2E_VSIX names one)
#   3. run test/e2e with mocha, inside a hard time limit
# Any failure, including a missing tool, fails the command: nothing here skips.
set -euo pipefail
cd "$(dirname "$0")/../.."

bash scripts/e2e/setup-code-server.sh

if [ -z "${E2E_VSIX:-}" ]; then
  vsix="$(node -p "const p = require('./package.json'); p.name + '-' + p.version + '.vsix'")"
  rm -f "$vsix"
  npm run package --silent
  E2E_VSIX="$PWD/$vsix"
fi
if ! [ -f "$E2E_VSIX" ]; then
  echo "e2e: no .vsix at $E2E_VSIX" >&2
  exit 1
fi
export E2E_VSIX
echo "e2e: testing $E2E_VSIX in code-server"

# The suite's own watchdog stops at 9 minutes; this is the backstop if Node itself hangs.
timeout --kill-after=15 600 npx mocha --config test/e2e/mocharc.json
