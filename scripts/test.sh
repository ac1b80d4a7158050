#!/usr/bin/env bash
# The README's test command: runs trainmesh's whole test suite on a fresh
# machine. It installs what the tests need (into .cache/, idempotently), then
# runs the Go tests, with the race detector on the concurrent packages.
set -euo pipefail
cd "$(dirname "$0")/.."

go test -count=1 ./...
go test -race -count=1 ./mesh/... ./node/...
