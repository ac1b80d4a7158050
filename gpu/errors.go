package gpu

import (
	"errors"

	"github.com/trainmesh/trainmesh/gpu/internal/cudadrv"
)

// Errors of package gpu. Callers test them with errors.Is; the error
// returned carries the detail.
var (
	// ErrNoDriver: the CUDA driver (libcuda) could not be loaded, or the
	// binary was built without cgo. Open falls back to the CPU backend.
	ErrNoDriver = cudadrv.ErrNoDriver
	// ErrNoDevice: the CUDA driver loaded but found no GPU, or not the one
	// asked for.
	ErrNoDevice = cudadrv.ErrNoDevice
	// ErrNoNVML: NVIDIA's management library (libnvidia-ml) could not be
	// loaded, so no GPU can be listed: no NVIDIA driver is installed.
	ErrNoNVML = errors.New("no NVIDIA driver found (libnvidia-ml not loadable)")
	// ErrShape: buffer lengths or types do not fit the op's shape.
	ErrShape = errors.New("gpu: buffers do not match the shape")
	// ErrBuffer: a buffer that was freed, belongs to another backend, or
	// is a view passed to Free.
	ErrBuffer = errors.New("gpu: invalid buffer")
	// ErrAlias: an op's output overlaps an input it may not overlap.
	ErrAlias = errors.New("gpu: output overlaps an input")
	// ErrIndex: an embedding id or label outside its range. The outputs
	// it touched hold zeros.
	ErrIndex = errors.New("gpu: index out of range")
	// ErrClosed: the backend was closed.
	ErrClosed = errors.New("gpu: backend closed")
	// ErrParams: invalid Params or hyperparameters.
	ErrParams = errors.New("gpu: invalid parameters")
)
