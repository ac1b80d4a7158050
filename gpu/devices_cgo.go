//go:build cgo

package gpu

import (
	"fmt"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
)

// Devices lists the GPUs through NVML (NVIDIA's go-nvml binding, which
// dlopens libnvidia-ml.so.1 here rather than linking it). Without an
// NVIDIA driver it returns ErrNoNVML.
func Devices() (System, error) {
	lib := nvml.New()
	if r := lib.Init(); r != nvml.SUCCESS {
		if r == nvml.ERROR_LIBRARY_NOT_FOUND {
			return System{}, fmt.Errorf("%w: %v", ErrNoNVML, r)
		}
		return System{}, fmt.Errorf("%w: nvmlInit: %v", ErrNoNVML, r)
	}
	defer lib.Shutdown()

	var s System
	if v, r := lib.SystemGetDriverVersion(); r == nvml.SUCCESS {
		s.DriverVersion = v
	}
	if v, r := lib.SystemGetCudaDriverVersion(); r == nvml.SUCCESS {
		s.CUDAVersion = v
	}
	n, r := lib.DeviceGetCount()
	if r != nvml.SUCCESS {
		return s, fmt.Errorf("nvml: device count: %v", r)
	}
	for i := 0; i < n; i++ {
		d, r := lib.DeviceGetHandleByIndex(i)
		if r != nvml.SUCCESS {
			return s, fmt.Errorf("nvml: device %d: %v", i, r)
		}
		s.Devices = append(s.Devices, deviceInfo(i, d))
	}
	return s, nil
}

func deviceInfo(i int, d nvml.Device) DeviceInfo {
	info := DeviceInfo{Index: i}
	miss := func(field string, r nvml.Return) {
		info.Missing = append(info.Missing, fmt.Sprintf("%s (%v)", field, r))
	}
	var r nvml.Return
	if info.Name, r = d.GetName(); r != nvml.SUCCESS {
		miss("name", r)
	}
	if info.UUID, r = d.GetUUID(); r != nvml.SUCCESS {
		miss("uuid", r)
	}
	if m, r := d.GetMemoryInfo(); r == nvml.SUCCESS {
		info.MemoryTotal, info.MemoryFree = m.Total, m.Free
	} else {
		miss("memory", r)
	}
	if info.Major, info.Minor, r = d.GetCudaComputeCapability(); r != nvml.SUCCESS {
		miss("compute capability", r)
	}
	if u, r := d.GetUtilizationRates(); r == nvml.SUCCESS {
		info.UtilGPU, info.UtilMemory = u.Gpu, u.Memory
	} else {
		miss("utilisation", r)
	}
	if info.TemperatureC, r = d.GetTemperature(nvml.TEMPERATURE_GPU); r != nvml.SUCCESS {
		miss("temperature", r)
	}
	if mw, r := d.GetPowerUsage(); r == nvml.SUCCESS {
		info.PowerW = float64(mw) / 1000
	} else {
		miss("power", r)
	}
	if mw, r := d.GetEnforcedPowerLimit(); r == nvml.SUCCESS {
		info.PowerLimitW = float64(mw) / 1000
	} else {
		miss("power limit", r)
	}
	return info
}
