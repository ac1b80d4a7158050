#!/usr/bin/env bash
# The PyTorch cross-check of trainmesh's models (issue 19): train/model's
# TestTorchCheck exports the MLP, the char transformer and the llamas with a fixed
# batch as safetensors, and scripts/torch_check.py loads them into a
# PyTorch implementation of each architecture and compares logits, loss
# and every gradient with trainmesh's (relative error < 1e-4); a copy of
# each model with one weight changed by 1% must fail the same check.
# cmd/trainmesh's TestDemoModelInTorch does the same for a model a real
# group trained: the demo's BPE llama job, posted with `trainmesh submit`
# to two providers on libp2p, collected, written by `trainmesh model
# export` and accepted by `model verify` (which refuses it with one byte
# changed).
#
# It runs under /usr/bin/python3 (Debian's, whatever python3 comes first on
# PATH) with Debian's python3-torch, which it installs with apt-get when
# root. Where it cannot (not root, no apt-get), it says why and skips.
# Cost: about 15 s for TestTorchCheck and 30-50 s for TestDemoModelInTorch
# (its auction windows, 8 s, and torch's import, 3-9 s, are most of them),
# plus the package's download and install once.
set -euo pipefail
cd "$(dirname "$0")/.."

py=/usr/bin/python3
if ! "$py" -c 'import torch' >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "scripts/torch-check.sh: installing Debian's python3-torch"
    if ! DEBIAN_FRONTEND=noninteractive apt-get install -y python3-torch >/dev/null 2>&1; then
      apt-get update >/dev/null
      DEBIAN_FRONTEND=noninteractive apt-get install -y python3-torch >/dev/null
    fi
  else
    echo "scripts/torch-check.sh: SKIPPED: $py cannot import torch, and installing Debian's python3-torch needs root and apt-get"
    exit 0
  fi
fi
TRAINMESH_TORCH_CHECK=1 go test -count=1 -run '^TestTorchCheck$' -v ./train/model/
TRAINMESH_TORCH_CHECK=1 go test -count=1 -run '^TestDemoModelInTorch$' -v ./cmd/trainmesh/
