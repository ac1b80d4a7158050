#!/usr/bin/env bash
# The README's test command: runs trainmesh's whole test suite on a fresh
# machine. It installs what the tests need (into .cache/, idempotently), then
# runs the Go tests, with the race detector on the concurrent packages.
set -euo pipefail
cd "$(dirname "$0")/.."

# --- reputation: Debian's chromium for the dashboard's browser test ---
# (reputation/dash TestBrowser; it skips, saying why, where Chromium is absent)
if ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "scripts/test.sh: installing Debian's chromium for the dashboard browser test"
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >/dev/null 2>&1; then
    apt-get update >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >/dev/null
  fi
fi
# --- verify (issue 16): Debian's qemu-user-static, so train's
# TestSameBitsOnArm64 and train/verify's TestRecomputeOnArm64 (run by the
# go test below) run their arm64 builds under emulation; they skip, saying
# why, where qemu-aarch64-static is absent ---
if ! command -v qemu-aarch64-static >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "scripts/test.sh: installing Debian's qemu-user-static for the arm64 recomputation test"
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y qemu-user-static >/dev/null 2>&1; then
    apt-get update >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y qemu-user-static >/dev/null
  fi
fi
# --- end verify ---
# Screenshots and other files for people to look at.
export TRAINMESH_ARTIFACTS="${TRAINMESH_ARTIFACTS:-$PWD/.cache/artifacts}"
# --- end reputation ---

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

# Each stage says how long it took (the whole run should stay well under
# 15 minutes on a 2-core machine).
stage() { echo "scripts/test.sh: $1 done at ${SECONDS}s"; }
stage "installs"

go test -count=1 ./...
stage "go test ./..."
# The race detector on the concurrent packages. node/'s lifecycle tests run
# two jobs at once on the same providers (TestJobsConcurrent), which is the
# demo's concurrent path too; the demo itself (node/demo) runs only above.
go test -race -count=1 ./mesh/... ./node/ ./node/ringbench/ ./reputation/store/...
stage "race: mesh, node, reputation store"
# chain: the sender's nonces, the embedded chain's miner and reorg waiting.
go test -race -count=1 -run 'TestConcurrentNonces|TestDemoSequence|TestReorgOnSimulatedChain|TestWaitReceipt' ./chain/

stage "race: chain"


# --- mesh/allreduce (training groups, ring all-reduce) ---
# Nothing to install: its tests start real libp2p hosts on 127.0.0.1, and
# the race run above covers it (its 64 MiB case runs only without -race).
# `trainmesh bench allreduce` is a benchmark, not a test: see BENCHMARKS.md.
# --- train (issue 6) -----------------------------------------------------
# The go test above runs train's tests: finite-difference gradient checks
# of every layer, the digits MLP alone and in a group of 4, a member
# dropping mid-training, bit-exact resume from checkpoints, a process
# killed mid-write, the char-LM against its unigram entropy, mesh/blob on
# real hosts. Here: the race detector on the in-memory all-reducer and the
# group loop. Fashion-MNIST (minutes) is not run by default: see
# scripts/fetch-fashion-mnist.sh and TestFashionMNIST.
go test -race -count=1 -run 'LocalGroup|MemberDrops|Divergence|Resume' ./train/
stage "race: train"

# --- gpu (issue 5) -------------------------------------------------------
# The go test above runs the CPU backend and the CUDA backend on the kernel
# emulator (gpu/internal/kernelemu); without a GPU the real CUDA loader must
# fail cleanly (TestNoDriver). Here: the one binary must also build without
# cgo (CPU backend only), and the gpu package's no-cgo files must vet.
# The CUDA backend on real hardware is checked by scripts/gpu-check.sh.
# Without cgo every package that imports net compiles anew (a minute on a
# cold cache), so it runs at the lowest priority beside the NAT test below,
# which spends most of its time waiting on the network.
mkdir -p .cache
( CGO_ENABLED=0 nice -n 19 go build ./... && CGO_ENABLED=0 nice -n 19 go vet ./gpu/... ) >.cache/nocgo.log 2>&1 &
nocgo=$!
trap 'kill "$nocgo" 2>/dev/null || true' EXIT

# --- nat (issue 11) --------------------------------------------------------
# NAT traversal: a public relay and two home nodes behind their own NAT
# routers, built from network namespaces on this machine (cone NATs: hole
# punching to a direct link; symmetric NATs: relayed, within the relay's
# limits). Needs root; where it cannot run it prints why and skips. The
# go test above runs mesh/nattest too, which skips outside the topology.
./scripts/nat-test.sh
stage "nat"

# --- models (issue 19) ----------------------------------------------------
# The PyTorch cross-check: installs Debian's python3-torch when root, then
# compares trainmesh's logits and gradients with PyTorch's for the MLP and
# the char transformer, and checks that a perturbed weight fails (about
# 15 s once torch is installed).
./scripts/torch-check.sh
stage "torch check"
# --- end models

if ! wait "$nocgo"; then
  echo "scripts/test.sh: the build without cgo failed:"; cat .cache/nocgo.log; exit 1
fi
stage "CGO_ENABLED=0 build and gpu vet"
