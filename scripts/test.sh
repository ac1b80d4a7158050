#!/usr/bin/env bash
# The README's test command: runs trainmesh's whole test suite on a fresh
# machine. It installs what the tests need (into .cache/, idempotently), then
# runs the Go tests, with the race detector on the concurrent packages.
set -euo pipefail
cd "$(dirname "$0")/.."

go test -count=1 ./...
go test -race -count=1 ./mesh/... ./node/...

# --- gpu (issue 5) -------------------------------------------------------
# The go test above runs the CPU backend and the CUDA backend on the kernel
# emulator (gpu/internal/kernelemu); without a GPU the real CUDA loader must
# fail cleanly (TestNoDriver). Here: the one binary must also build without
# cgo (CPU backend only), and the gpu package's no-cgo files must vet.
# The CUDA backend on real hardware is checked by scripts/gpu-check.sh.
CGO_ENABLED=0 go build ./...
CGO_ENABLED=0 go vet ./gpu/...

# --- train (issue 6) -----------------------------------------------------
# The go test above runs train's tests: finite-difference gradient checks
# of every layer, the digits MLP alone and in a group of 4, a member
# dropping mid-training, bit-exact resume from checkpoints, a process
# killed mid-write, the char-LM against its unigram entropy, mesh/blob on
# real hosts. Here: the race detector on the in-memory all-reducer and the
# group loop. Fashion-MNIST (minutes) is not run by default: see
# scripts/fetch-fashion-mnist.sh and TestFashionMNIST.
go test -race -count=1 -run 'LocalGroup|MemberDrops|Divergence|Resume' ./train/
