#!/usr/bin/env bash
# gpu-check.sh: the check of trainmesh's CUDA backend on an NVIDIA card
# (issue 18). Run it from a clone on a machine with an NVIDIA GPU and
# driver:
#
#   ./scripts/gpu-check.sh               # everything below; figures in $OUT
#   ./scripts/gpu-check.sh --build-only  # only build bin/ (on a machine
#                                        # with Go, for a GPU machine without)
#
# 0. fails at once, saying so, where no NVIDIA GPU answers: nothing here
#    can pass by skipping (the tests run with TRAINMESH_REQUIRE_CUDA=1);
# 1. builds bin/trainmesh and bin/gpu.test (when Go is installed; else it
#    uses the bin/ that --build-only made elsewhere);
# 2. prints nvidia-smi and `trainmesh gpu info`, which must say that a
#    node here trains on the GPU;
# 3. finds cuBLAS: on the loader path, else PyTorch's wheel (nvidia-cublas);
# 4. runs gpu's tests on the GPU: the op tests against float64 references,
#    CPU-against-CUDA bit equality in reproducible mode for every op
#    (TestRepro*), a group of a CPU member and a GPU member training 100
#    steps of each model to the CPU-only group's parameter hash
#    (TestMixedGroupTrainsSameBits), determinism, and the 1,000-cycle leak
#    test (TestNoLeaks); first with the embedded PTX, then, when nvcc is
#    here, with PTX that nvcc builds from the same source;
# 5. measures GEMM 8192³ in reproducible mode, in fast mode (cuBLAS, TF32)
#    and cuBLAS SGEMM fp32 called directly, in one run, and the
#    host-device copy bandwidth (`trainmesh gpu bench --modes`), plus
#    PyTorch's figures as a second reference when it is installed;
# 6. runs the demo (a 5-node mesh training the digits MLP as a job) with
#    every node on the GPU, then on the CPU, and compares the parameter
#    hashes the winners signed;
# 7. prints the figures as BENCHMARKS.md rows and fails if any test failed,
#    the demo hashes differ, or fast mode is below 0.8 of cuBLAS SGEMM.
#
# Figures and logs go to $OUT (default ./gpu-check-out). Environment:
# GEMM_N (default 8192), COPY_MIB (256), MIN_TIME (2s), CUBLAS (a library
# path), SKIP_TESTS=1, SKIP_DEMO=1.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=${OUT:-gpu-check-out}
GEMM_N=${GEMM_N:-8192}
COPY_MIB=${COPY_MIB:-256}
MIN_TIME=${MIN_TIME:-2s}
mkdir -p "$OUT" bin
say() { printf '\n== %s\n' "$*"; }
fail() {
	echo "gpu-check: FAIL: $*" >&2
	exit 1
}
failures=()

# --- 0. a GPU, or a clear failure ----------------------------------------
if [[ "${1:-}" != "--build-only" ]]; then
	if ! command -v nvidia-smi >/dev/null || ! nvidia-smi -L >/dev/null 2>&1; then
		fail "no NVIDIA GPU answers here (nvidia-smi missing or failing): this check needs one; nothing was tested"
	fi
	if ! ldconfig -p 2>/dev/null | grep -q 'libcuda\.so' && [[ ! -e /usr/lib/x86_64-linux-gnu/libcuda.so.1 ]]; then
		echo "gpu-check: warning: libcuda.so not in the loader cache; the CUDA backend may not open" >&2
	fi
fi

# --- 1. binaries -------------------------------------------------------
if command -v go >/dev/null; then
	say "building bin/trainmesh and bin/gpu.test ($(go version))"
	go build -o bin/trainmesh ./cmd/trainmesh 2>&1 | tee "$OUT/build.txt"
	go test -c -o bin/gpu.test ./gpu 2>&1 | tee -a "$OUT/build.txt"
	if [[ -s "$OUT/build.txt" ]]; then
		echo "gpu-check: the build printed $(wc -l <"$OUT/build.txt") lines (want none)"
		failures+=("build not quiet")
	fi
elif [[ ! -x bin/trainmesh || ! -x bin/gpu.test ]]; then
	fail "no Go toolchain here and no bin/trainmesh, bin/gpu.test: run ./scripts/gpu-check.sh --build-only on a machine with Go, then copy bin/ here"
fi
if [[ "${1:-}" == "--build-only" ]]; then
	echo "gpu-check: built bin/trainmesh and bin/gpu.test"
	exit 0
fi

# --- 2. what is here ---------------------------------------------------
say "device"
nvidia-smi | tee "$OUT/nvidia-smi.txt"
card=$(nvidia-smi --query-gpu=name --format=csv,noheader | head -1)
bin/trainmesh gpu info | tee "$OUT/gpu-info.txt"
if ! grep -q '^a node here trains on the GPU' "$OUT/gpu-info.txt"; then
	failures+=("gpu info: a node here would not train on the GPU")
fi

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

# --- 4. tests on the GPU -------------------------------------------------
# The lines of a test log to show: failures, the verdicts of the judged
# tests on the GPU, the backend, the leak test's memory line.
key='^(--- FAIL|FAIL|ok|PASS)|^\s*--- (PASS|FAIL): (TestRepro|TestMixedGroup|TestNoLeaks)[^ ]*/cuda|real CUDA backend|device free memory'
run_tests() { # name, then extra environment
	local name=$1
	shift
	if ! (cd gpu && env "$@" TRAINMESH_REQUIRE_CUDA=1 ../bin/gpu.test -test.count=1 -test.v -test.timeout 20m 2>&1) >"$OUT/tests-$name.txt"; then
		failures+=("tests ($name)")
	fi
	grep -E -- "$key" "$OUT/tests-$name.txt" | grep -v -- '/cuda-emu' || true
	tail -1 "$OUT/tests-$name.txt"
}
if [[ "${SKIP_TESTS:-}" != 1 ]]; then
	say "gpu tests on CUDA, embedded PTX ($(head -1 gpu/kernels/kernels.ptx | sed 's,^// ,,'))"
	run_tests embedded-ptx
	if command -v nvcc >/dev/null; then
		arch=sm_60
		nvcc --list-gpu-arch 2>/dev/null | grep -q compute_60 || arch=sm_75 # nvcc 13 starts at Turing
		say "gpu tests on CUDA, PTX built by nvcc for $arch"
		ARCH=$arch OUT="$OUT/kernels.nvcc.ptx" ./scripts/build-ptx.sh
		run_tests nvcc-ptx TRAINMESH_PTX="../$OUT/kernels.nvcc.ptx"
	else
		echo "(no nvcc: only the embedded PTX was tested)"
	fi
fi

# --- 5. GEMM by mode, copies, and the references --------------------------
say "trainmesh gpu bench --modes ($GEMM_N³ GEMM, $COPY_MIB MiB copies)"
bench_cmd=(bin/trainmesh gpu bench --backend cuda "${cublas_flag[@]}" --modes --gemm-size "$GEMM_N" --copy-mib "$COPY_MIB" --min-time "$MIN_TIME")
"${bench_cmd[@]}" | tee "$OUT/bench.txt"
"${bench_cmd[@]}" --json >"$OUT/bench.json"

say "second reference: PyTorch"
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
	echo "(PyTorch with CUDA not installed: the reference is cublasSgemm called directly, in bench.json)"
fi

# --- 6. the demo on the GPU and on the CPU ---------------------------------
demo_hash() { sed -n 's/.*signed parameters \([0-9a-fx.]*\).*/\1/p' "$1" | head -1; }
if [[ "${SKIP_DEMO:-}" != 1 ]]; then
	for dev in cuda cpu; do
		say "demo, every node training on $dev"
		if ! bin/trainmesh demo --backend "$dev" --lm-steps 0 --timeout 5m >"$OUT/demo-$dev.txt" 2>&1; then
			failures+=("demo on $dev")
		fi
		grep -E 'result|signed parameters' "$OUT/demo-$dev.txt" || tail -5 "$OUT/demo-$dev.txt"
	done
	gpu_hash=$(demo_hash "$OUT/demo-cuda.txt")
	cpu_hash=$(demo_hash "$OUT/demo-cpu.txt")
	echo "demo parameter hash: GPU ${gpu_hash:-none}, CPU ${cpu_hash:-none}"
	if [[ -z "$gpu_hash" || "$gpu_hash" != "$cpu_hash" ]]; then
		failures+=("demo: the GPU's parameter hash (${gpu_hash:-none}) is not the CPU's (${cpu_hash:-none})")
	fi
fi

# --- 7. summary, in BENCHMARKS.md's form -----------------------------------
say "summary"
python3 - "$OUT" "$card" "$GEMM_N" "$COPY_MIB" <<'EOF' | tee "$OUT/summary.md" || failures+=("GEMM figures")
import json, os, sys
out, card, n, mib = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
b = json.load(open(os.path.join(out, "bench.json")))
m = b.get("Modes") or {}
t = lambda g: g / 1e3
cmd = f"`trainmesh gpu bench --backend cuda --modes --gemm-size {n} --copy-mib {mib}` (scripts/gpu-check.sh)"
print(f"| GEMM fp32 {n}³, reproducible mode (trainmesh kernel, the CPU's bits) | {card} | {t(m.get('Repro',0)):.2f} TFLOP/s | {cmd} |")
print(f"| GEMM {n}³, fast mode ({m.get('FastBy','')}) | {card} | {t(m.get('Fast',0)):.2f} TFLOP/s | same run |")
print(f"| GEMM fp32 {n}³, cublasSgemm called directly | {card} | {t(m.get('SGEMM',0)):.2f} TFLOP/s | same run |")
if m.get("SGEMM"):
    print(f"| fast / cuBLAS SGEMM fp32; reproducible / SGEMM; reproducible / fast | {card} | {m['Fast']/m['SGEMM']:.2f}; {m['Repro']/m['SGEMM']:.2f}; {m['Repro']/m['Fast']:.2f} | same run |")
print(f"| copy host→device (pageable); page-locked reference | {card} | {b['UploadGBps']:.1f} GB/s; {b.get('CopyBaselineGBps',0):.1f} GB/s | same run |")
print(f"| copy device→host; device→device (read + write) | {card} | {b['DownloadGBps']:.1f} GB/s; {b['CopyGBps']:.1f} GB/s | same run |")
tp = os.path.join(out, "torch.json")
if os.path.exists(tp):
    tr = json.load(open(tp))
    print(f"| PyTorch {tr['torch']} torch.mm fp32; TF32 | {card} | {t(tr['gemm_fp32_gflops']):.2f}; {t(tr['gemm_tf32_gflops']):.2f} TFLOP/s | same machine |")
if not m.get("SGEMM"):
    print("FAIL: cuBLAS SGEMM was not measured (cuBLAS not found: set CUBLAS=/path/libcublas.so)")
    sys.exit(1)
if m["Fast"] < 0.8 * m["SGEMM"]:
    print(f"FAIL: fast mode at {m['Fast']/m['SGEMM']:.2f} of cuBLAS SGEMM fp32, want at least 0.8")
    sys.exit(1)
EOF

if ((${#failures[@]})); then
	printf 'gpu-check: FAILED:\n' >&2
	printf '  - %s\n' "${failures[@]}" >&2
	echo "  (logs in $OUT)" >&2
	exit 1
fi
echo "gpu-check: passed on $card; figures in $OUT/summary.md"
