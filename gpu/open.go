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
	// Deterministic fixes every reduction order (see Backend); on CUDA it
	// also keeps cuBLAS in strict fp32. Step verification relies on it.
	Deterministic bool
	// TF32 lets cuBLAS use TF32 tensor cores for GEMM when Deterministic
	// is off: several times faster on Ampere and later, about 1e-3
	// relative error instead of fp32's 1e-7.
	TF32 bool
	// NoBLAS makes the CUDA backend use its own GEMM kernel even when
	// cuBLAS is installed (for tests and comparisons).
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

// DefaultParams returns automatic selection, device 0, deterministic.
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
// compute capability, memory and whether GEMM uses cuBLAS or the fallback
// kernel (and why).
func Describe(b Backend) string {
	mode := "deterministic"
	if !b.Deterministic() {
		mode = "fast (not deterministic)"
	}
	c := cudaOf(b)
	if c == nil {
		return fmt.Sprintf("%s, %s", b.Name(), mode)
	}
	i := c.drv.Info()
	gemm := fmt.Sprintf("cuBLAS %d", i.BLASVersion)
	if !c.drv.HasBLAS() {
		gemm = "trainmesh's GEMM kernel"
		if i.BLASLoadFailed != "" {
			gemm += " (" + i.BLASLoadFailed + ")"
		}
	}
	return fmt.Sprintf("%s, sm_%d%d, %d MiB, %d SMs, driver CUDA %d.%d, GEMM by %s, %s",
		b.Name(), i.Major, i.Minor, i.TotalBytes>>20, i.SMs, i.DriverVersion/1000, i.DriverVersion%1000/10, gemm, mode)
}
