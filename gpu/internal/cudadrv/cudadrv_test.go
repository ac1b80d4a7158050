package cudadrv

import (
	"errors"
	"strings"
	"testing"
)

// TestOpenWithoutDriver: where libcuda is missing (or the build has no
// cgo), Open fails with ErrNoDriver and says so in words; where a driver
// and GPU are present, it opens and reports the device.
func TestOpenWithoutDriver(t *testing.T) {
	n, err := DeviceCount()
	if err == nil && n > 0 {
		d, err := Open(Options{PTX: ".version 5.0\n.target sm_60\n.address_size 64\n"})
		if err != nil {
			t.Fatalf("driver and %d GPUs present, Open: %v", n, err)
		}
		t.Logf("device: %+v", d.Info())
		if err := d.Close(); err != nil {
			t.Error(err)
		}
		return
	}
	_, err = Open(Options{})
	if !errors.Is(err, ErrNoDriver) && !errors.Is(err, ErrNoDevice) {
		t.Fatalf("Open without a GPU: %v, want ErrNoDriver or ErrNoDevice", err)
	}
	if errors.Is(err, ErrNoDriver) && !strings.HasPrefix(err.Error(), "no CUDA driver found") {
		t.Errorf("error %q does not start with \"no CUDA driver found\"", err)
	}
	t.Log(err)
}
