package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// mayImport lists, for each top-level folder, the other top-level folders
// of trainmesh its packages may import. Dependencies point one way
// (DESIGN.md): cmd → node → {mesh, auction, job, train, reputation, chain}
// → {protocol, identity, clock, gpu}. The simulation drives the pure cores
// and runs real processes; its imports of mesh are limited to pure cores
// and its process harness (TestArchitecture).
var mayImport = map[string][]string{
	"identity":   {},
	"clock":      {},
	"protocol":   {},
	"gpu":        {},
	"auction":    {"protocol", "identity"},
	"job":        {"auction", "protocol", "reputation"}, // reputation/score: the observations a job yields
	"chain":      {"protocol", "identity", "clock"},
	"mesh":       {"identity", "clock", "protocol"},
	"train":      {"gpu", "protocol", "clock"},
	"reputation": {"protocol", "identity", "clock"},
	"simulation": {"auction", "job", "protocol", "identity", "clock", "mesh", "reputation", "train", "chain", "gpu"},
	"node":       {"auction", "job", "protocol", "identity", "clock", "mesh", "reputation", "train", "chain", "gpu"},
	"cmd":        nil, // the binary wires everything
}

// mayImportPackage are single packages a folder may import beyond
// mayImport. train recomputes what a ring did (train/verify names a member
// that altered what it forwarded), so it reads the all-reduce's pure
// cores: its schedule (the summation order), its transcripts (the signed
// hop records) and its codec (DiLoCo's compressed outer gradients, which a
// member computes and a verifier recomputes); TestPureCoresStayPure keeps
// them free of I/O, and none imports anything of mesh beyond the schedule.
var mayImportPackage = map[string][]string{
	"train": {module + "/mesh/allreduce/schedule", module + "/mesh/allreduce/transcript", module + "/mesh/allreduce/codec"},
}

func topFolder(path string) string {
	return strings.SplitN(strings.TrimPrefix(path, module+"/"), "/", 2)[0]
}

// TestLayers fails on any import upward or sideways that the table above
// does not allow (mesh importing node, chain importing mesh, ...).
func TestLayers(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	var problems []string
	for path, p := range listPackages(t) {
		from := topFolder(path)
		allowed, known := mayImport[from]
		if !known {
			problems = append(problems, path+" is in a top-level folder the layer table does not know: add it to mayImport")
			continue
		}
		if allowed == nil {
			continue
		}
		for _, imp := range p.Imports {
			if !strings.HasPrefix(imp, module+"/") {
				continue
			}
			to := topFolder(imp)
			if to == from || contains(allowed, to) || contains(mayImportPackage[from], imp) {
				continue
			}
			problems = append(problems, path+" imports "+imp+": "+from+" may import only "+strings.Join(allowed, ", "))
		}
	}
	sort.Strings(problems) // a stable report, whatever the map order
	for _, p := range problems {
		t.Error(p)
	}
}

// coreForbiddenDirect are standard packages a pure core must not import
// directly: a core reads no clock (time is data: milliseconds or block
// numbers given to Step and Tick), holds no lock, draws no randomness of its
// own (a seeded source is injected), touches no file or socket.
var coreForbiddenDirect = []string{"time", "sync", "sync/atomic", "math/rand", "math/rand/v2", "crypto/rand", "os", "net"}

// TestPureCoresStayPure checks every pure core's own imports and source:
// none of the forbidden packages and no `go` statement.
func TestPureCoresStayPure(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	pkgs := listPackages(t)
	for _, core := range pureCores {
		p, ok := pkgs[core]
		if !ok {
			continue // not written yet
		}
		for _, imp := range p.Imports {
			if contains(coreForbiddenDirect, imp) || strings.HasPrefix(imp, "net/") || strings.HasPrefix(imp, "os/") {
				t.Errorf("pure core %s imports %s", core, imp)
			}
		}
		dir := packageDir(t, core)
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		fset := token.NewFileSet()
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			file, err := parser.ParseFile(fset, f, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(file, func(n ast.Node) bool {
				if g, ok := n.(*ast.GoStmt); ok {
					t.Errorf("%s: pure core %s starts a goroutine", fset.Position(g.Pos()), core)
				}
				return true
			})
		}
	}
}

func packageDir(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command("go", "list", "-f", "{{.Dir}}", path).Output()
	if err != nil {
		t.Fatalf("go list %s: %v", path, err)
	}
	return strings.TrimSpace(string(out))
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
