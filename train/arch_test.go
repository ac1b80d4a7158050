package train

import (
	"os/exec"
	"strings"
	"testing"
)

// TestNoNetwork enforces train's rule: it is given an all-reducer and its
// data and talks to no network itself, so nothing under train reaches
// libp2p or the net package, even indirectly. train/progress is the one
// exception for net: the progress-bar library it uses links net/http (it
// can render a bar into an HTTP response), which progress never calls.
func TestNoNetwork(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	out, err := exec.Command("go", "list", "github.com/trainmesh/trainmesh/train/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, pkg := range strings.Fields(string(out)) {
		deps, err := exec.Command("go", "list", "-deps", pkg).Output()
		if err != nil {
			t.Fatalf("go list: %v", err)
		}
		for _, dep := range strings.Fields(string(deps)) {
			libp2p := strings.HasPrefix(dep, "github.com/libp2p/")
			network := dep == "net" || strings.HasPrefix(dep, "net/")
			if libp2p || network && !strings.HasSuffix(pkg, "/train/progress") {
				t.Errorf("%s depends on %s", pkg, dep)
			}
		}
	}
}
