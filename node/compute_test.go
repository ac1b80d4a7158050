package node

import (
	"errors"
	"testing"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/auction/attest"
	"github.com/trainmesh/trainmesh/clock"
	"github.com/trainmesh/trainmesh/gpu"
)

// TestChooseCompute: the device a node trains on, chosen at open. Where a
// CUDA driver and GPU answer, automatic selection picks the GPU; where
// none does (CI), it picks the CPU and says why; "cpu" never looks for a
// GPU; "cuda" without one, or a kind that does not exist, stops the node.
func TestChooseCompute(t *testing.T) {
	_, cudaErr := gpu.OpenCUDA(gpu.Params{Kind: gpu.KindCUDA, Deterministic: true, NoBLAS: true})
	haveGPU := cudaErr == nil
	for _, c := range []struct {
		name     string
		cfg      ComputeConfig
		wantErr  bool
		gpu      bool
		fellBack bool
	}{
		{name: "zero value is auto", cfg: ComputeConfig{}, gpu: haveGPU, fellBack: !haveGPU},
		{name: "auto", cfg: ComputeConfig{Backend: "auto"}, gpu: haveGPU, fellBack: !haveGPU},
		{name: "cpu", cfg: ComputeConfig{Backend: "cpu"}},
		{name: "cuda", cfg: ComputeConfig{Backend: "cuda"}, wantErr: !haveGPU, gpu: haveGPU},
		{name: "unknown kind", cfg: ComputeConfig{Backend: "tpu"}, wantErr: true},
		{name: "negative device", cfg: ComputeConfig{Device: -1}, wantErr: true},
	} {
		t.Run(c.name, func(t *testing.T) {
			cp, err := ChooseCompute(c.cfg)
			if (err != nil) != c.wantErr {
				t.Fatalf("ChooseCompute: %v, want error %v", err, c.wantErr)
			}
			if err != nil {
				return
			}
			if cp.OnGPU() != c.gpu || (cp.Fallback != nil) != c.fellBack {
				t.Errorf("%s: on GPU %v, fallback %v; want %v, %v", cp.Device, cp.OnGPU(), cp.Fallback, c.gpu, c.fellBack)
			}
			if cp.Fallback != nil && !errors.Is(cp.Fallback, gpu.ErrNoDriver) && !errors.Is(cp.Fallback, gpu.ErrNoDevice) {
				t.Errorf("fallback %v: want ErrNoDriver or ErrNoDevice", cp.Fallback)
			}
			b, err := cp.open()
			if err != nil {
				t.Fatal(err)
			}
			if !b.Deterministic() || gpu.OnGPU(b) != c.gpu {
				t.Errorf("a job's backend %s: reproducible %v, on GPU %v", b.Name(), b.Deterministic(), gpu.OnGPU(b))
			}
			b.Close()
			t.Logf("trains on %s (fallback: %v)", cp.Device, cp.Fallback)
		})
	}
}

// TestChallengeOnComputeDevice: the GEMM challenge timed on the chosen
// device gives the reference answer (a bid's attestation must verify on
// any peer's CPU), for a node without a device too.
func TestChallengeOnComputeDevice(t *testing.T) {
	seed := auction.Hash{7}
	w, err := attest.Answer(attest.CPU{}, seed, attest.NMin*4)
	want := auction.Hash(w)
	if err != nil {
		t.Fatal(err)
	}
	cp, err := ChooseCompute(ComputeConfig{})
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]*Compute{"chosen": cp, "none": nil} {
		g, release := c.challenge()
		got, rate := measure(clock.Real(), g, seed, attest.NMin*4)
		if err := release(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		// The answer, not the rate, is what this checks: a rate is a
		// timing (whole GFLOP/s, 0 on a loaded 2-core machine), which a
		// test must not assert.
		if got != want {
			t.Errorf("%s: answer %s (at %d GFLOP/s), want %s", name, got.Short(), rate, want.Short())
		}
	}
}
