//go:build cgo

package nvml

import (
	"errors"
	"testing"
)

// TestOpen: where no NVIDIA driver is installed Open reports ErrNoLibrary
// (what gpu.Devices turns into ErrNoNVML); where one is, the calls
// gpu.Devices makes answer for every GPU.
func TestOpen(t *testing.T) {
	lib, err := Open()
	if errors.Is(err, ErrNoLibrary) {
		t.Skipf("no NVML here: %v", err)
	}
	if err != nil {
		var e *Error
		if !errors.As(err, &e) || e.Text == "" {
			t.Fatalf("Open: %v, want ErrNoLibrary or an *Error with NVML's text", err)
		}
		t.Skipf("NVML loads but does not initialise: %v", err)
	}
	defer func() {
		if err := lib.Shutdown(); err != nil {
			t.Error(err)
		}
	}()
	v, err := lib.DriverVersion()
	if err != nil || v == "" {
		t.Fatalf("DriverVersion: %q, %v", v, err)
	}
	n, err := lib.DeviceCount()
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n; i++ {
		d, err := lib.Device(i)
		if err != nil {
			t.Fatal(err)
		}
		name, err := d.Name()
		if err != nil || name == "" {
			t.Errorf("device %d: Name %q, %v", i, name, err)
		}
		if m, err := d.Memory(); err != nil || m.Total == 0 {
			t.Errorf("device %d: Memory %+v, %v", i, m, err)
		}
		t.Logf("device %d: %s", i, name)
	}
}

func TestErrorText(t *testing.T) {
	for _, c := range []struct {
		e    Error
		want string
	}{
		{Error{Call: "nvmlInit", Code: 9, Text: "Driver Not Loaded"}, "nvmlInit: Driver Not Loaded"},
		{Error{Call: "nvmlDeviceGetName", Code: 3}, "nvmlDeviceGetName: NVML error 3"},
		{Error{Call: "x", Code: -1}, "x: NVML error -1"},
	} {
		if got := c.e.Error(); got != c.want {
			t.Errorf("%+v: %q, want %q", c.e, got, c.want)
		}
	}
}
