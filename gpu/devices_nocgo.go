//go:build !cgo

package gpu

import "fmt"

// Devices needs cgo to load NVML; this build has none.
func Devices() (System, error) {
	return System{}, fmt.Errorf("%w: trainmesh was built with CGO_ENABLED=0; rebuild with cgo to list GPUs", ErrNoNVML)
}
