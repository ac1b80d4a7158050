// Package cudadrv binds the few CUDA driver API and cuBLAS functions that
// trainmesh's CUDA backend needs. It declares them itself (no CUDA headers)
// and loads libcuda and libcublas with dlopen when Open is called, so a
// binary that imports it builds without the CUDA toolkit and runs, with
// Open returning ErrNoDriver, where no NVIDIA driver is installed. Built
// without cgo, Open always returns ErrNoDriver.
//
// Every call makes the device's primary context current on the calling OS
// thread first, so callers need not lock goroutines to threads. A Driver is
// not safe for concurrent use; gpu serialises its calls.
package cudadrv

import "errors"

// Errors of the driver binding.
var (
	// ErrNoDriver: libcuda could not be loaded or initialised, or this is
	// a build without cgo.
	ErrNoDriver = errors.New("no CUDA driver found")
	// ErrNoDevice: the driver works but there is no such GPU.
	ErrNoDevice = errors.New("no CUDA device found")
	// ErrNoBLAS: cuBLAS was not loaded; GEMM must use the fallback kernel.
	ErrNoBLAS = errors.New("cuBLAS not loaded")
)

// Options say how to open a device.
type Options struct {
	// Ordinal is the CUDA device index, from 0.
	Ordinal int
	// PTX is the module to load (JIT-compiled by the driver) and Kernels
	// the entry points to resolve in it, launched by index.
	PTX     string
	Kernels []string
	// BLAS asks for cuBLAS; when it is not found Open succeeds and
	// Info.BLAS says why it is missing.
	BLAS bool
	// BLASPath is the cuBLAS library to dlopen; empty tries libcublas.so
	// and its versioned names on the loader's path.
	BLASPath string
	// TF32 lets cuBLAS use TF32 tensor cores for fp32 GEMM (faster, about
	// 1e-3 relative error); false keeps strict fp32 (CUBLAS_DEFAULT_MATH).
	TF32 bool
}

// Info describes an opened device.
type Info struct {
	Ordinal        int
	Name           string
	Major, Minor   int    // compute capability
	TotalBytes     uint64 // device memory
	SMs            int    // multiprocessors
	DriverVersion  int    // e.g. 12040 for CUDA 12.4
	BLASVersion    int    // 0 when cuBLAS is not loaded
	BLASLoadFailed string // why cuBLAS is missing, when asked for
}

// GEMM is one row-major (strided batched) product C = Alpha·op(A)·op(B) +
// Beta·C; see gpu.GEMM. Addresses are device pointers.
type GEMM struct {
	TransA, TransB   bool
	M, N, K          int
	Alpha, Beta      float32
	A, B, C          uint64
	LDA, LDB, LDC    int
	StrideA, StrideB int64
	StrideC          int64
	Batch            int
}
