#!/usr/bin/env sh
# Runs a command with Node >= 22.12 first on PATH (see use-node.sh), so `npm start`,
# `npm test` and `npm run cli` work on a machine that still carries Node 20.
RRO_NODE_QUIET=1 . "$(dirname "$0")/use-node.sh" || exit 1
exec "$@"
