package node

import (
	"fmt"
	"log/slog"

	"github.com/trainmesh/trainmesh/auction/attest"
	"github.com/trainmesh/trainmesh/gpu"
)

// ComputeConfig chooses the device a node trains reproducible jobs on and
// times its GEMM challenges on (JobsConfig.Compute). The zero value is
// automatic selection of device 0.
type ComputeConfig struct {
	// Backend is "auto" or "" (the CUDA device when an NVIDIA driver and
	// GPU answer, else the CPU, with the reason logged), "cpu", or "cuda"
	// (the node does not start without a working GPU).
	Backend string
	// Device is the CUDA device index, from 0.
	Device int
	// PTXPath loads the CUDA kernels from this file instead of the
	// embedded ones (kernel development; gpu.Params.PTXPath).
	PTXPath string
}

// params returns the gpu parameters c asks for: reproducible mode always,
// since every job trains in it (Recipe.Backend).
func (c ComputeConfig) params() gpu.Params {
	p := gpu.DefaultParams()
	if c.Backend != "" {
		p.Kind = gpu.Kind(c.Backend)
	}
	p.Device, p.PTXPath = c.Device, c.PTXPath
	p.Deterministic = true
	// Reproducible mode never calls cuBLAS (its GEMM is trainmesh's
	// kernel, in the CPU's order); not loading it saves its start-up on
	// every backend a job opens.
	p.NoBLAS = true
	return p
}

// Compute is the device a node chose at open.
type Compute struct {
	params gpu.Params // resolved: KindCPU or KindCUDA
	// Device says what trains, as gpu.Describe does:
	// "cuda:0 NVIDIA GeForce RTX 4090, sm_89, …" or "cpu, reproducible mode".
	Device string
	// Fallback, when not nil, is why the node trains on the CPU although
	// automatic selection looked for a GPU.
	Fallback error
}

// OnGPU reports whether the node trains on a CUDA device.
func (c *Compute) OnGPU() bool { return c.params.Kind == gpu.KindCUDA }

// ChooseCompute opens the device c asks for once, to learn which one
// answers (and to have the driver compile the kernels, which it caches),
// and closes it. With automatic selection and no usable GPU it chooses
// the CPU and says why in Fallback; an explicit "cuda" without one is an
// error.
func ChooseCompute(c ComputeConfig) (*Compute, error) {
	p := c.params()
	if err := p.Validate(); err != nil {
		return nil, fmt.Errorf("node: compute: %w", err)
	}
	b, fallback, err := gpu.Open(p)
	if err != nil {
		return nil, fmt.Errorf("node: compute device: %w", err)
	}
	defer b.Close()
	cp := &Compute{params: p, Device: gpu.Describe(b), Fallback: fallback}
	cp.params.Kind = gpu.KindCPU
	if gpu.OnGPU(b) {
		cp.params.Kind = gpu.KindCUDA
	}
	return cp, nil
}

// chooseCompute is ChooseCompute for a starting node, which logs the
// choice.
func chooseCompute(c ComputeConfig, log *slog.Logger) (*Compute, error) {
	cp, err := ChooseCompute(c)
	if err != nil {
		return nil, err
	}
	if cp.Fallback != nil {
		log.Info("compute: training on the CPU", "device", cp.Device, "reason", cp.Fallback)
	} else {
		log.Info("compute: training on "+cp.Device, "gpu", cp.OnGPU())
	}
	return cp, nil
}

// open returns a backend on the chosen device for one job; a nil Compute
// (a node built without New) is the CPU.
func (c *Compute) open() (gpu.Backend, error) {
	if c == nil {
		return gpu.OpenCPU(gpu.DefaultParams())
	}
	b, _, err := gpu.Open(c.params)
	return b, err
}

// challenge returns the GEMM the node answers GEMM challenges with, on the
// device it trains on, so that the throughput it bids is that device's,
// and a function that releases it. Where the device cannot be opened it
// is the CPU's reference GEMM.
func (c *Compute) challenge() (attest.GEMM, func() error) {
	if c == nil || !c.OnGPU() {
		return attest.CPU{}, func() error { return nil }
	}
	b, err := c.open()
	if err != nil {
		return attest.CPU{}, func() error { return nil }
	}
	g := &gpu.HostGEMM{B: b}
	return g, func() error {
		if g.Err != nil {
			b.Close()
			return g.Err
		}
		return b.Close()
	}
}
