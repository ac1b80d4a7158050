// Package nvml binds the few NVML (libnvidia-ml) calls that gpu.Devices
// makes. It declares them itself and loads libnvidia-ml.so.1 with dlopen
// when Open is called, like cudadrv does for libcuda: a binary builds
// without NVIDIA's headers or libraries and runs, with Open returning
// ErrNoLibrary, where no NVIDIA driver is installed.
//
// It replaces github.com/NVIDIA/go-nvml, whose cgo prologue declares all
// of NVML's several hundred functions, deprecated ones included, so that
// a first build printed about 150 lines of C compiler deprecation
// warnings before anything of trainmesh's. Built without cgo, Open always
// fails.
package nvml

import "errors"

// ErrNoLibrary: libnvidia-ml could not be loaded, lacks a symbol, or this
// is a build without cgo.
var ErrNoLibrary = errors.New("NVML library not found")

// Return is an NVML status code (nvmlReturn_t); 0 is success.
type Return int

// Status codes used by callers.
const (
	Success      Return = 0
	NotSupported Return = 3
	NoPermission Return = 4
)

// Error is a failed NVML call.
type Error struct {
	Call string
	Code Return
	Text string // nvmlErrorString's, when the library could say
}

func (e *Error) Error() string {
	if e.Text != "" {
		return e.Call + ": " + e.Text
	}
	return e.Call + ": NVML error " + itoa(int(e.Code))
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// Memory is nvmlMemory_t, in bytes.
type Memory struct{ Total, Free, Used uint64 }

// Utilization is nvmlUtilization_t, in percent.
type Utilization struct{ GPU, Memory uint32 }
