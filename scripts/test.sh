#!/usr/bin/env bash
# The README's test command: runs trainmesh's whole test suite on a fresh
# machine. It installs what the tests need (into .cache/, idempotently), then
# runs the Go tests, with the race detector on the concurrent packages.
set -euo pipefail
cd "$(dirname "$0")/.."

go test -count=1 ./...
go test -race -count=1 ./mesh/... ./node/...

# --- mesh/allreduce (training groups, ring all-reduce) ---
# Nothing to install: its tests start real libp2p hosts on 127.0.0.1, and
# the race run above covers it (its 64 MiB case runs only without -race).
# `trainmesh bench allreduce` is a benchmark, not a test: see BENCHMARKS.md.
