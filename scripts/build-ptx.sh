#!/usr/bin/env bash
# Builds gpu/kernels/kernels.ptx, the PTX that the binary embeds and the CUDA
# driver JIT-compiles for whatever GPU it finds. Run it after editing
# gpu/kernels/kernels.cu and commit the result.
#
# Compiler: nvcc when it is on PATH (or $NVCC), else clang's NVPTX back end
# (Debian: apt-get install clang), which needs no CUDA installation since the
# kernels include no CUDA headers. The first line of the PTX says which one
# made it.
#
# Target: PTX for $ARCH (default sm_60, Pascal, so that GTX 10xx cards and
# everything newer can JIT it; nvcc 13 starts at sm_75: ARCH=sm_75).
set -euo pipefail
cd "$(dirname "$0")/.."

ARCH=${ARCH:-sm_60}
SRC=gpu/kernels/kernels.cu
OUT=${OUT:-gpu/kernels/kernels.ptx}
NVCC=${NVCC:-$(command -v nvcc || true)}
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT

if [[ -n "$NVCC" && -x "$NVCC" ]]; then
	compiler="nvcc $("$NVCC" --version | sed -n 's/.*release \([0-9.]*\).*/\1/p')"
	"$NVCC" -ptx -O3 -arch="compute_${ARCH#sm_}" -o "$tmp" "$SRC"
elif command -v clang >/dev/null; then
	# TestPTXMatchesSource rebuilds with "clang" and compares: use that
	# name (Debian: apt-get install clang, which links clang-14).
	compiler="$(clang --version | head -1)"
	clang --cuda-device-only -nocudainc -nocudalib --cuda-gpu-arch="$ARCH" \
		-O3 -S -o "$tmp" "$SRC"
else
	echo "build-ptx: neither nvcc nor clang found (apt-get install clang, or install the CUDA toolkit)" >&2
	exit 1
fi

{
	echo "// trainmesh kernels: built from $SRC by scripts/build-ptx.sh with $compiler for $ARCH"
	cat "$tmp"
} >"$OUT"
echo "build-ptx: wrote $OUT ($compiler, $ARCH)"
