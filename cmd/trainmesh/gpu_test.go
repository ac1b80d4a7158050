package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/trainmesh/trainmesh/gpu"
)

func TestGPUInfo(t *testing.T) {
	code, out, errOut := runCLI(t, "gpu", "info")
	if code != 0 {
		t.Fatalf("gpu info: exit %d, stderr %s", code, errOut)
	}
	if !strings.Contains(out, "a node here trains on ") {
		t.Errorf("gpu info does not say which device trains:\n%s", out)
	}
	if _, err := gpu.OpenCUDA(gpu.Params{Kind: gpu.KindCUDA, Deterministic: true, NoBLAS: true}); err != nil &&
		(!strings.Contains(out, "trains on the CPU") || !strings.Contains(out, "not a GPU: ")) {
		t.Errorf("without a GPU, gpu info does not say the CPU trains, and why:\n%s", out)
	}
	if _, err := gpu.Devices(); err != nil && !strings.Contains(out, "No NVIDIA GPU found") {
		t.Errorf("without NVML, gpu info does not say so:\n%s", out)
	}
	t.Log(out)
}

func TestGPUBenchJSON(t *testing.T) {
	code, out, errOut := runCLI(t, "gpu", "bench", "--backend", "cpu", "--gemm-size", "16", "--copy-mib", "1", "--min-time", "1ms", "--json")
	if code != 0 {
		t.Fatalf("gpu bench: exit %d, stderr %s", code, errOut)
	}
	var r gpu.BenchResult
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("gpu bench --json printed %q: %v", out, err)
	}
	if r.Backend != "cpu" || r.GEMMSize != 16 || !(r.GEMMGFLOPS > 0) || !(r.BaselineGFLOPS > 0) || !(r.CopyGBps > 0) {
		t.Errorf("gpu bench --json = %+v", r)
	}
}

func TestGPUBenchCUDAWithoutDriver(t *testing.T) {
	if _, err := gpu.Devices(); err == nil {
		t.Skip("an NVIDIA driver is installed")
	}
	code, _, errOut := runCLI(t, "gpu", "bench", "--backend", "cuda", "--gemm-size", "16")
	if code != 1 || !strings.Contains(errOut, "no CUDA driver found") {
		t.Errorf("gpu bench --backend cuda without a driver: exit %d, stderr %q", code, errOut)
	}
}
