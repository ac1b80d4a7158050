#!/usr/bin/env bash
# The README's test command: runs trainmesh's whole test suite on a fresh
# machine. It installs what the tests need (into .cache/, idempotently), then
# runs the Go tests, with the race detector on the concurrent packages.
set -euo pipefail
cd "$(dirname "$0")/.."

# --- chain: pinned solc (for the test that recompiles the contracts) and a
# geth built from the module proxy (for the client tests against a real
# `geth --dev` over JSON-RPC). Both land in .cache/ once and are reused.
if ! command -v npm >/dev/null; then
  apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
fi
./scripts/build-contracts.sh --install
TRAINMESH_GETH="$(./scripts/geth.sh)"
export TRAINMESH_GETH
# --- end chain

go test -count=1 ./...
go test -race -count=1 ./mesh/... ./node/...
# chain: the sender's nonces, the embedded chain's miner and reorg waiting.
go test -race -count=1 -run 'TestConcurrentNonces|TestDemoSequence|TestReorgOnSimulatedChain|TestWaitReceipt' ./chain/
