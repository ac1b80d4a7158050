#!/usr/bin/env bash
# Compiles trainmesh's Solidity contracts (chain/contracts/*.sol) with a pinned
# solc from npm and regenerates their Go bindings (chain/bindings) with
# go-ethereum's abigen. The ABI and bytecode land in chain/contracts/build;
# artifacts and bindings are committed, and chain/contracts' tests fail when
# they no longer match the sources.
#
#   scripts/build-contracts.sh            install (once), compile, regenerate bindings
#   scripts/build-contracts.sh --install  only install the pinned compiler and libraries
#   scripts/build-contracts.sh --check    compile and generate into a temp dir; fail on any difference
set -euo pipefail
cd "$(dirname "$0")/.."

SOLC_VERSION=0.8.37          # the contracts' pragma pins the same version
OPENZEPPELIN_VERSION=5.4.0   # @openzeppelin/contracts
GETH_VERSION=v1.17.10        # abigen; keep equal to go-ethereum in go.mod
CONTRACTS="Settlement Evaluations Tallies TestToken ReentrantToken GovernanceToken TrainmeshGovernor GovernanceTimelock"

prefix="$PWD/.cache/solc"
have_version() { node -p "require('$prefix/node_modules/$1/package.json').version" 2>/dev/null || true; }
if [ "$(have_version solc)" != "$SOLC_VERSION" ] || [ "$(have_version @openzeppelin/contracts)" != "$OPENZEPPELIN_VERSION" ]; then
  echo "installing solc@$SOLC_VERSION and @openzeppelin/contracts@$OPENZEPPELIN_VERSION into .cache/solc" >&2
  mkdir -p "$prefix"
  npm install --prefix "$prefix" --no-save --no-audit --no-fund --loglevel=error \
    "solc@$SOLC_VERSION" "@openzeppelin/contracts@$OPENZEPPELIN_VERSION" >&2
fi
[ "${1:-}" = "--install" ] && exit 0

out_build=chain/contracts/build
out_bind=chain/bindings
if [ "${1:-}" = "--check" ]; then
  tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
  out_build=$tmp/build
  out_bind=$tmp/bindings
fi

mkdir -p "$out_build" "$out_bind"
NODE_PATH="$prefix/node_modules" node scripts/solc-compile.cjs chain/contracts "$out_build"

abigen_dir="$PWD/.cache/abigen/$GETH_VERSION"
if [ ! -x "$abigen_dir/abigen" ]; then
  echo "building abigen $GETH_VERSION from the module proxy (once)" >&2
  GOBIN="$abigen_dir" GOFLAGS=-buildvcs=false go install "github.com/ethereum/go-ethereum/cmd/abigen@$GETH_VERSION"
fi
abigen=("$abigen_dir/abigen")
# All bindings share one package, and abigen names the result struct of a
# multi-value method after the method alone (Eip712DomainOutput): a second
# contract with the same method is renamed here, in Go only (the ABI keeps
# the method's name).
aliases() {
  case "$1" in
    GovernanceToken) echo --alias eip712Domain=tokenEip712Domain ;;
    TrainmeshGovernor) echo --alias eip712Domain=governorEip712Domain ;;
  esac
}
for c in $CONTRACTS; do
  file=$(echo "$c" | tr 'A-Z' 'a-z').go
  # shellcheck disable=SC2046 # aliases prints flags to split
  "${abigen[@]}" --v2 $(aliases "$c") --abi "$out_build/$c.abi" --bin "$out_build/$c.bin" \
    --pkg bindings --type "$c" --out "$out_bind/$file"
done

if [ "${1:-}" = "--check" ]; then
  status=0
  for c in $CONTRACTS; do
    for ext in abi bin; do
      cmp -s "$out_build/$c.$ext" "chain/contracts/build/$c.$ext" || { echo "chain/contracts/build/$c.$ext is stale" >&2; status=1; }
    done
    file=$(echo "$c" | tr 'A-Z' 'a-z').go
    cmp -s "$out_bind/$file" "chain/bindings/$file" || { echo "chain/bindings/$file is stale" >&2; status=1; }
  done
  [ $status = 0 ] && echo "contracts, artifacts and bindings agree" >&2
  [ $status = 0 ] || echo "run scripts/build-contracts.sh and commit the result" >&2
  exit $status
fi
echo "wrote $out_build and $out_bind" >&2
