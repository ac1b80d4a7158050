package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/trainmesh/trainmesh"

// pureCores are the deterministic state machines. They must stay free of
// I/O libraries so that the simulation can drive the very code the network
// runs, on a virtual clock.
var pureCores = []string{
	module + "/auction",
	module + "/job",
	module + "/mesh/allreduce/codec",
	module + "/mesh/allreduce/membership",
	module + "/mesh/allreduce/ringorder",
	module + "/mesh/allreduce/schedule",
	module + "/mesh/allreduce/transcript",
	module + "/protocol",
	module + "/reputation/score",
}

// coreForbidden are import path prefixes a pure core must not reach, even
// indirectly.
var coreForbidden = []string{
	"github.com/libp2p/",
	"github.com/ethereum/go-ethereum",
	"github.com/dgraph-io/badger",
	"C", // cgo
	"net",
	"os/exec",
}

type listedPackage struct {
	ImportPath string
	Name       string
	Doc        string
	Imports    []string
	Deps       []string
}

func listPackages(t *testing.T) map[string]listedPackage {
	t.Helper()
	out, err := exec.Command("go", "list", "-json", module+"/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	pkgs := map[string]listedPackage{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p listedPackage
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		pkgs[p.ImportPath] = p
	}
	return pkgs
}

func isPureCore(path string) bool {
	for _, c := range pureCores {
		if path == c {
			return true
		}
	}
	return false
}

// meshMayBeImportedBy reports whether path may import the network layer.
// Everything below node (auction, chain, train, reputation, identity, the
// simulation's engine) must not: libp2p stays at the edge.
func meshMayBeImportedBy(path string) bool {
	for _, p := range []string{"/mesh", "/node", "/cmd", "/simulation/testnet"} {
		if path == module+p || strings.HasPrefix(path, module+p+"/") {
			return true
		}
	}
	return false
}

func TestArchitecture(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	pkgs := listPackages(t)
	for path, p := range pkgs {
		if p.Doc == "" && p.Name != "main" {
			t.Errorf("%s has no package doc comment saying what it owns", path)
		}
		for _, imp := range p.Imports {
			switch {
			case strings.HasPrefix(imp, module+"/cmd"):
				t.Errorf("%s imports %s: nothing imports the command", path, imp)
			case imp == module+"/node" && !strings.HasPrefix(path, module+"/cmd") && !strings.HasPrefix(path, module+"/node/"):
				t.Errorf("%s imports node: only cmd (and node's own subpackages) may", path)
			case strings.HasPrefix(path, module+"/gpu") && strings.HasPrefix(imp, module+"/") && !strings.HasPrefix(imp, module+"/gpu"):
				t.Errorf("%s imports %s: gpu depends on no other trainmesh package", path, imp)
			case strings.HasPrefix(path, module+"/identity") && strings.HasPrefix(imp, module+"/"):
				t.Errorf("%s imports %s: identity is at the top and imports nothing of trainmesh", path, imp)
			case imp == module+"/mesh" || strings.HasPrefix(imp, module+"/mesh/"):
				if !meshMayBeImportedBy(path) && !isPureCore(imp) {
					t.Errorf("%s imports %s: only node, cmd, the simulation's process harness and mesh itself reach the network layer", path, imp)
				}
			case imp == "C" && !strings.HasPrefix(path, module+"/gpu"):
				t.Errorf("%s uses cgo: cgo stays inside gpu", path)
			}
		}
	}
	for _, core := range pureCores {
		if _, ok := pkgs[core]; !ok {
			continue // not written yet
		}
		for _, dep := range pkgs[core].Deps {
			for _, bad := range coreForbidden {
				if dep == bad || strings.HasPrefix(dep, bad+"/") || (strings.HasSuffix(bad, "/") && strings.HasPrefix(dep, bad)) || (bad == "github.com/ethereum/go-ethereum" && strings.HasPrefix(dep, bad)) {
					t.Errorf("pure core %s depends on %s", core, dep)
				}
			}
		}
	}
}
