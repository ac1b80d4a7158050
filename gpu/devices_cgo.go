//go:build cgo

package gpu

import (
	"fmt"
	"strings"

	"github.com/trainmesh/trainmesh/gpu/internal/nvml"
)

// Devices lists the GPUs through NVML (gpu/internal/nvml, which dlopens
// libnvidia-ml.so.1 rather than linking it). Without an NVIDIA driver it
// returns ErrNoNVML.
func Devices() (System, error) {
	lib, err := nvml.Open()
	if err != nil {
		// No library, or a driver that does not initialise (nvmlInit's
		// own words say which): either way there is no GPU to list.
		return System{}, fmt.Errorf("%w: %s", ErrNoNVML, strings.TrimPrefix(err.Error(), nvml.ErrNoLibrary.Error()+": "))
	}
	defer lib.Shutdown()

	var s System
	if v, err := lib.DriverVersion(); err == nil {
		s.DriverVersion = v
	}
	if v, err := lib.CUDAVersion(); err == nil {
		s.CUDAVersion = v
	}
	n, err := lib.DeviceCount()
	if err != nil {
		return s, fmt.Errorf("nvml: device count: %w", err)
	}
	for i := 0; i < n; i++ {
		d, err := lib.Device(i)
		if err != nil {
			return s, fmt.Errorf("nvml: device %d: %w", i, err)
		}
		s.Devices = append(s.Devices, deviceInfo(i, d))
	}
	return s, nil
}

func deviceInfo(i int, d nvml.Device) DeviceInfo {
	info := DeviceInfo{Index: i}
	miss := func(field string, err error) {
		info.Missing = append(info.Missing, fmt.Sprintf("%s (%v)", field, err))
	}
	var err error
	if info.Name, err = d.Name(); err != nil {
		miss("name", err)
	}
	if info.UUID, err = d.UUID(); err != nil {
		miss("uuid", err)
	}
	if m, err := d.Memory(); err == nil {
		info.MemoryTotal, info.MemoryFree = m.Total, m.Free
	} else {
		miss("memory", err)
	}
	if info.Major, info.Minor, err = d.ComputeCapability(); err != nil {
		miss("compute capability", err)
	}
	if u, err := d.Utilization(); err == nil {
		info.UtilGPU, info.UtilMemory = u.GPU, u.Memory
	} else {
		miss("utilisation", err)
	}
	if info.TemperatureC, err = d.TemperatureC(); err != nil {
		miss("temperature", err)
	}
	if mw, err := d.PowerMilliwatts(); err == nil {
		info.PowerW = float64(mw) / 1000
	} else {
		miss("power", err)
	}
	if mw, err := d.PowerLimitMilliwatts(); err == nil {
		info.PowerLimitW = float64(mw) / 1000
	} else {
		miss("power limit", err)
	}
	return info
}
