package gpu

import (
	"errors"
	"fmt"
)

// Kind selects a backend.
type Kind string

// Backend kinds.
const (
	// KindAuto is CUDA when a GPU and driver are found, else the CPU.
	KindAuto Kind = "auto"
	KindCPU  Kind = "cpu"
	KindCUDA Kind = "cuda"
)

// Params configure a backend.
type Params struct {
	// Kind is auto, cpu or cuda.
	Kind Kind
	// Device is the CUDA device index, from 0.
	Device int
	// Deterministic selects reproducible mode (see Backend): the same
	// bits as every other backend in that mode, which groups and step
	// verification rely on. Off is fast mode: cuBLAS for GEMM on CUDA.
	Deterministic bool
	// TF32 lets cuBLAS use TF32 tensor cores for GEMM in fast mode:
	// several times faster on Ampere and later, about 1e-3 relative error
	// instead of fp32's 1e-7. Reproducible mode ignores it.
	TF32 bool
	// NoBLAS makes the CUDA backend use its own GEMM kernel in fast mode
	// too, even when cuBLAS is installed (for comparisons).
	NoBLAS bool
	// BLASPath is the cuBLAS shared library to load; empty searches
	// libcublas.so and its versioned names on the loader path
	// (LD_LIBRARY_PATH).
	BLASPath string
	// PTXPath loads the CUDA kernels from this PTX file instead of the
	// embedded ones: for testing kernels rebuilt with scripts/build-ptx.sh
	// (nvcc on a GPU machine) without rebuilding the binary.
	PTXPath string
}

// DefaultParams returns automatic selection, device 0, reproducible mode.
func DefaultParams() Params {
	return Params{Kind: KindAuto, Deterministic: true}
}

// Validate checks the parameters.
func (p Params) Validate() error {
	switch p.Kind {
	case KindAuto, KindCPU, KindCUDA:
	default:
		return fmt.Errorf("%w: backend kind %q (want auto, cpu or cuda)", ErrParams, p.Kind)
	}
	if p.Device < 0 {
		return fmt.Errorf("%w: device %d < 0", ErrParams, p.Device)
	}
	return nil
}

// Open returns the backend p asks for. With KindAuto it tries CUDA and
// falls back to the CPU when no driver or device is found (any other CUDA
// failure is returned); fallback, when not nil, says why CUDA was not
// used.
func Open(p Params) (b Backend, fallback error, err error) {
	if err := p.Validate(); err != nil {
		return nil, nil, err
	}
	switch p.Kind {
	case KindCPU:
		b, err = OpenCPU(p)
		return b, nil, err
	case KindCUDA:
		b, err = OpenCUDA(p)
		return b, nil, err
	}
	b, err = OpenCUDA(p)
	if err == nil {
		return b, nil, nil
	}
	if !errors.Is(err, ErrNoDriver) && !errors.Is(err, ErrNoDevice) {
		return nil, nil, err
	}
	b, cpuErr := OpenCPU(p)
	return b, err, cpuErr
}

// Describe says in one line what b runs on: for CUDA the device, its
// compute capability, memory, and what runs GEMM: in reproducible mode
// always trainmesh's kernel (the CPU's summation order), in fast mode
// cuBLAS when it is installed (else the same kernel, and why).
func Describe(b Backend) string {
	mode := "reproducible mode (repro)"
	if !b.Deterministic() {
		mode = "fast mode (not reproducible)"
	}
	c := cudaOf(b)
	if c == nil {
		return fmt.Sprintf("%s, %s", b.Name(), mode)
	}
	i := c.drv.Info()
	gemm := "trainmesh's reproducible GEMM kernel"
	if !c.repro {
		if c.drv.HasBLAS() {
			gemm = fmt.Sprintf("cuBLAS %d", i.BLASVersion)
			if c.tf32 {
				gemm += " (TF32)"
			}
		} else if i.BLASLoadFailed != "" {
			gemm += " (" + i.BLASLoadFailed + ")"
		}
	}
	return fmt.Sprintf("%s, sm_%d%d, %d MiB, %d SMs, driver CUDA %d.%d, GEMM by %s, %s",
		b.Name(), i.Major, i.Minor, i.TotalBytes>>20, i.SMs, i.DriverVersion/1000, i.DriverVersion%1000/10, gemm, mode)
}
