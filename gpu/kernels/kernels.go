// Package kernels holds trainmesh's CUDA kernels: their source
// (kernels.cu, compat.h), the PTX built from it by scripts/build-ptx.sh, and
// the list of entry points the CUDA backend launches. The PTX is embedded in
// the binary; the CUDA driver JIT-compiles it for the GPU it finds, so no
// CUDA toolkit is needed to build or run trainmesh.
//
// It imports nothing; gpu and its emulator test harness read it.
package kernels

import _ "embed"

// PTX is kernels.cu compiled to PTX. Its first line names the compiler.
//
//go:embed kernels.ptx
var PTX string

// Source is kernels.cu itself. Embedding it also makes the kernel
// emulator, which compiles the file with cgo, rebuild when it changes: Go
// caches a cgo package by its own files, but by its imports' contents too.
//
//go:embed kernels.cu
var Source string

// CompatSource is compat.h, embedded for the same reason as Source.
//
//go:embed compat.h
var CompatSource string

// ID names one kernel; it indexes Names.
type ID int

// The kernels, in the order of Names.
const (
	Fill ID = iota
	Add
	Mul
	Scale
	Axpy
	AddBias
	ColSum
	ReLU
	ReLUBackward
	GELU
	GELUBackward
	Softmax
	SoftmaxBackward
	CrossEntropy
	CrossEntropyBackward
	LayerNorm
	LayerNormBackward
	LayerNormBackwardParams
	Embedding
	EmbeddingBackward
	SGD
	AdamW
	GEMM
	count
)

// Names are the kernels' entry points in the PTX, indexed by ID.
var Names = [count]string{
	Fill:                    "tm_fill",
	Add:                     "tm_add",
	Mul:                     "tm_mul",
	Scale:                   "tm_scale",
	Axpy:                    "tm_axpy",
	AddBias:                 "tm_add_bias",
	ColSum:                  "tm_col_sum",
	ReLU:                    "tm_relu",
	ReLUBackward:            "tm_relu_bwd",
	GELU:                    "tm_gelu",
	GELUBackward:            "tm_gelu_bwd",
	Softmax:                 "tm_softmax",
	SoftmaxBackward:         "tm_softmax_bwd",
	CrossEntropy:            "tm_xent",
	CrossEntropyBackward:    "tm_xent_bwd",
	LayerNorm:               "tm_layernorm",
	LayerNormBackward:       "tm_layernorm_bwd",
	LayerNormBackwardParams: "tm_layernorm_bwd_params",
	Embedding:               "tm_embedding",
	EmbeddingBackward:       "tm_embedding_bwd",
	SGD:                     "tm_sgd",
	AdamW:                   "tm_adamw",
	GEMM:                    "tm_gemm",
}

// String returns the kernel's entry point name.
func (id ID) String() string {
	if id < 0 || id >= count {
		return "kernel?"
	}
	return Names[id]
}
