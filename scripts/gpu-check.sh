#!/usr/bin/env bash
# gpu-check.sh: the GPU machine's check of the CUDA backend. Run it from a
# clone on a machine with an NVIDIA GPU and driver:
#
#   ./scripts/gpu-check.sh               # everything below; figures in $OUT
#   ./scripts/gpu-check.sh --build-only  # only build bin/ (on a machine
#                                        # with Go, for a GPU machine without)
#
# 1. builds bin/trainmesh and bin/gpu.test (when Go is installed; else it
#    uses the bin/ that --build-only made elsewhere);
# 2. prints `trainmesh gpu info` and nvidia-smi;
# 3. finds cuBLAS: on the loader path, else PyTorch's wheel (nvidia-cublas);
# 4. runs the op tests on CUDA (with cuBLAS and with the fallback GEMM
#    kernel) against float64 references and against the CPU backend, the
#    determinism, bit-identity and 1000-cycle leak tests, with
#    TRAINMESH_REQUIRE_CUDA=1 so that nothing passes by skipping: first
#    with the embedded (committed) PTX, then, when nvcc is here, with PTX
#    that nvcc builds from the same source;
# 5. runs `trainmesh gpu bench` (fp32 GEMM, copies) in strict fp32 and in
#    TF32 mode, and the vendor reference in the same run: PyTorch when it
#    is installed, else cublasSgemm called directly (the bench's baseline);
# 6. prints a summary and fails if GEMM is below 0.8 of the reference.
#
# Figures and logs go to $OUT (default ./gpu-check-out). Environment:
# GEMM_N (default 8192), COPY_MIB (256), MIN_TIME (2s), CUBLAS (a library
# path), SKIP_TESTS=1.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=${OUT:-gpu-check-out}
GEMM_N=${GEMM_N:-8192}
COPY_MIB=${COPY_MIB:-256}
MIN_TIME=${MIN_TIME:-2s}
mkdir -p "$OUT" bin
say() { printf '\n== %s\n' "$*"; }

# --- 1. binaries -------------------------------------------------------
if command -v go >/dev/null; then
	say "building bin/trainmesh and bin/gpu.test ($(go version))"
	CGO_CFLAGS="${CGO_CFLAGS:--O2 -g -Wno-deprecated-declarations}" go build -o bin/trainmesh ./cmd/trainmesh
	CGO_CFLAGS="${CGO_CFLAGS:--O2 -g -Wno-deprecated-declarations}" go test -c -o bin/gpu.test ./gpu
elif [[ ! -x bin/trainmesh || ! -x bin/gpu.test ]]; then
	echo "gpu-check: no Go toolchain here and no bin/trainmesh, bin/gpu.test: run" >&2
	echo "  ./scripts/gpu-check.sh --build-only   on a machine with Go, then copy bin/ here" >&2
	exit 1
fi
if [[ "${1:-}" == "--build-only" ]]; then
	echo "gpu-check: built bin/trainmesh and bin/gpu.test"
	exit 0
fi

# --- 2. what is here ---------------------------------------------------
say "device"
command -v nvidia-smi >/dev/null && nvidia-smi | tee "$OUT/nvidia-smi.txt" || echo "(no nvidia-smi)"
bin/trainmesh gpu info | tee "$OUT/gpu-info.txt"

# --- 3. cuBLAS ---------------------------------------------------------
CUBLAS=${CUBLAS:-}
if [[ -z "$CUBLAS" ]] && ! ldconfig -p 2>/dev/null | grep -q 'libcublas\.so'; then
	CUBLAS=$(python3 - 2>/dev/null <<'EOF' || true
import glob, os
try:
    import nvidia.cublas as m
    base = list(m.__path__)[0]
except Exception:
    import site
    base = next((p for p in (os.path.join(s, "nvidia", "cublas") for s in site.getsitepackages()) if os.path.isdir(p)), "")
hits = sorted(glob.glob(os.path.join(base, "lib", "libcublas.so*")))
print(hits[0] if hits else "")
EOF
)
fi
if [[ -n "$CUBLAS" ]]; then
	echo "cuBLAS: $CUBLAS"
	export TRAINMESH_CUBLAS="$CUBLAS"
	export LD_LIBRARY_PATH="$(dirname "$CUBLAS")${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
fi
cublas_flag=()
[[ -n "$CUBLAS" ]] && cublas_flag=(--cublas "$CUBLAS")

# --- 4. op tests on CUDA -----------------------------------------------
status=0
if [[ "${SKIP_TESTS:-}" != 1 ]]; then
	say "op tests on CUDA, embedded PTX ($(head -1 gpu/kernels/kernels.ptx | sed 's,^// ,,'))"
	if ! (cd gpu && TRAINMESH_REQUIRE_CUDA=1 ../bin/gpu.test -test.count=1 -test.v 2>&1) >"$OUT/tests-embedded-ptx.txt"; then
		status=1
	fi
	grep -E '^(--- FAIL|FAIL|ok|PASS)|real CUDA backend|device free memory' "$OUT/tests-embedded-ptx.txt" || true
	tail -1 "$OUT/tests-embedded-ptx.txt"

	if command -v nvcc >/dev/null; then

		arch=sm_60
		nvcc --list-gpu-arch 2>/dev/null | grep -q compute_60 || arch=sm_75 # nvcc 13 starts at Turing
		say "op tests on CUDA, PTX built by nvcc for $arch"
		ARCH=$arch OUT="$OUT/kernels.nvcc.ptx" ./scripts/build-ptx.sh
		if ! (cd gpu && TRAINMESH_PTX="../$OUT/kernels.nvcc.ptx" TRAINMESH_REQUIRE_CUDA=1 ../bin/gpu.test -test.count=1 -test.v 2>&1) >"$OUT/tests-nvcc-ptx.txt"; then
			status=1
		fi
		grep -E '^(--- FAIL|FAIL|ok|PASS)' "$OUT/tests-nvcc-ptx.txt" || true
		tail -1 "$OUT/tests-nvcc-ptx.txt"
	else
		echo "(no nvcc: only the embedded PTX was tested)"
	fi
fi

# --- 5. benchmark and vendor reference ---------------------------------
say "trainmesh gpu bench, strict fp32 (deterministic)"
bin/trainmesh gpu bench --backend cuda "${cublas_flag[@]}" --gemm-size "$GEMM_N" --copy-mib "$COPY_MIB" --min-time "$MIN_TIME" --json | tee "$OUT/bench-fp32.json"
say "trainmesh gpu bench, TF32 allowed (--no-deterministic)"
bin/trainmesh gpu bench --backend cuda "${cublas_flag[@]}" --no-deterministic --gemm-size "$GEMM_N" --copy-mib "$COPY_MIB" --min-time "$MIN_TIME" --json | tee "$OUT/bench-tf32.json"

say "vendor reference: PyTorch"
if python3 -c 'import torch; assert torch.cuda.is_available()' 2>/dev/null; then
	GEMM_N=$GEMM_N COPY_MIB=$COPY_MIB python3 - <<'EOF' | tee "$OUT/torch.json"
import json, os, time, torch
n, nbytes = int(os.environ["GEMM_N"]), int(os.environ["COPY_MIB"]) << 20
def rate(f, work, seconds=2.0):
    f(); torch.cuda.synchronize()
    reps, t0 = 0, time.perf_counter()
    while True:
        f(); reps += 1
        if reps % 4 == 0:
            torch.cuda.synchronize()
            if time.perf_counter() - t0 >= seconds:
                return work * reps / (time.perf_counter() - t0) / 1e9
a, b = torch.randn(n, n, device="cuda"), torch.randn(n, n, device="cuda")
c = torch.empty(n, n, device="cuda")
res = {"torch": torch.__version__, "cuda": torch.version.cuda, "device": torch.cuda.get_device_name()}
flops = 2.0 * n ** 3
torch.backends.cuda.matmul.allow_tf32 = False
res["gemm_fp32_gflops"] = rate(lambda: torch.mm(a, b, out=c), flops)
torch.backends.cuda.matmul.allow_tf32 = True
res["gemm_tf32_gflops"] = rate(lambda: torch.mm(a, b, out=c), flops)
x = torch.empty(nbytes // 4, device="cuda"); y = torch.empty_like(x)
res["copy_d2d_gbps"] = rate(lambda: y.copy_(x), 2.0 * nbytes)
h = torch.empty(nbytes // 4, pin_memory=True)
res["copy_h2d_pinned_gbps"] = rate(lambda: x.copy_(h), float(nbytes))
hp = torch.empty(nbytes // 4)
res["copy_h2d_pageable_gbps"] = rate(lambda: x.copy_(hp), float(nbytes))
print(json.dumps(res, indent=2))
EOF
else
	echo "(PyTorch with CUDA not installed: the reference is cublasSgemm called directly, in bench-fp32.json)"
fi

# --- 6. summary --------------------------------------------------------
say "summary"
if ! command -v python3 >/dev/null; then
	echo "(no python3: read the figures in $OUT/bench-*.json)"
else python3 - "$OUT" <<'EOF' | tee "$OUT/summary.txt" || status=1
import json, os, sys
out = sys.argv[1]
load = lambda f: json.load(open(os.path.join(out, f))) if os.path.exists(os.path.join(out, f)) else None
fp32, tf32, torch = load("bench-fp32.json"), load("bench-tf32.json"), load("torch.json")
print(f"backend: {fp32['Backend']}, GEMM {fp32['GEMMSize']}^3")
ours = fp32["GEMMGFLOPS"]
if torch:
    ref, refname = torch["gemm_fp32_gflops"], f"PyTorch {torch['torch']} torch.mm fp32 (CUDA {torch['cuda']})"
elif fp32.get("BaselineGFLOPS"):
    ref, refname = fp32["BaselineGFLOPS"], fp32["GEMMBaseline"]
else:
    ref, refname = 0, "none"
print(f"GEMM fp32   trainmesh {ours/1e3:8.2f} TFLOP/s   {refname}: {ref/1e3:8.2f} TFLOP/s   ratio {ours/ref if ref else float('nan'):.2f}")
if torch:
    print(f"GEMM TF32   trainmesh {tf32['GEMMGFLOPS']/1e3:8.2f} TFLOP/s   PyTorch TF32: {torch['gemm_tf32_gflops']/1e3:8.2f} TFLOP/s   ratio {tf32['GEMMGFLOPS']/torch['gemm_tf32_gflops']:.2f}")
    print(f"copy D2D    trainmesh {fp32['CopyGBps']:8.1f} GB/s      PyTorch copy_: {torch['copy_d2d_gbps']:8.1f} GB/s      ratio {fp32['CopyGBps']/torch['copy_d2d_gbps']:.2f}")
    print(f"upload H2D  trainmesh {fp32['UploadGBps']:8.1f} GB/s      PyTorch pageable: {torch['copy_h2d_pageable_gbps']:8.1f} GB/s, pinned {torch['copy_h2d_pinned_gbps']:.1f} GB/s")
else:
    print(f"copy D2D    trainmesh {fp32['CopyGBps']:8.1f} GB/s")
    print(f"upload H2D  trainmesh {fp32['UploadGBps']:8.1f} GB/s   {fp32.get('CopyBaseline','')}: {fp32.get('CopyBaselineGBps',0):.1f} GB/s")
print(f"download    trainmesh {fp32['DownloadGBps']:8.1f} GB/s")
if not ref:
    print("FAIL: no vendor reference measured (neither PyTorch with CUDA nor cuBLAS): the 0.8 criterion cannot be checked")
    sys.exit(1)
if ours < 0.8 * ref:
    print("FAIL: GEMM below 0.8 of the reference")
    sys.exit(1)
EOF
fi
if [[ $status != 0 ]]; then
	echo "gpu-check: FAILED (see $OUT)"
	exit 1
fi
echo "gpu-check: passed; figures in $OUT"
