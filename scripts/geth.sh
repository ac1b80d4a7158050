#!/usr/bin/env bash
# Builds go-ethereum's geth at a pinned version from the Go module proxy into
# .cache/geth/<version>/geth (once; later runs reuse it) and prints its path.
# The chain package's tests start it as `geth --dev` on 127.0.0.1 to check the
# client against a real node over JSON-RPC; they find it through $TRAINMESH_GETH.
set -euo pipefail
cd "$(dirname "$0")/.."

GETH_VERSION=v1.17.10 # keep equal to go-ethereum's version in go.mod
dir="$PWD/.cache/geth/$GETH_VERSION"
if [ ! -x "$dir/geth" ]; then
  echo "building geth $GETH_VERSION from the module proxy (about 2 minutes, once)" >&2
  mkdir -p "$dir"
  GOBIN="$dir" GOFLAGS=-buildvcs=false go install "github.com/ethereum/go-ethereum/cmd/geth@$GETH_VERSION"
fi
echo "$dir/geth"
