package node

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/synctest"
)

// TestEveryGoroutineTracked: no go statement in node's own code but the
// group's: every goroutine the node starts is counted and joined by Run's
// staged shutdown.
func TestEveryGoroutineTracked(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || name == "group.go" {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(nd ast.Node) bool {
			if g, ok := nd.(*ast.GoStmt); ok {
				t.Errorf("%v: a go statement; start it with n.goes.Go(stage, name, fn)", fset.Position(g.Pos()))
			}
			return true
		})
	}
}

// TestGroupStages: a closed stage waits for its goroutines, refuses new
// ones, and leaves the other stages open; enter counts a caller like a
// goroutine.
func TestGroupStages(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		g := newGroup()
		var order steps
		release := make(chan struct{})
		g.Go(stageJobs, "job", func() {
			<-release
			order.add("job returned")
		})
		leave, ok := g.enter(stageJobs, "caller")
		if !ok {
			t.Fatal("an open stage refused a caller")
		}
		if r := g.runningIn(stageJobs); r["job"] != 1 || r["caller"] != 1 {
			t.Fatalf("running %v; want the job and the caller", r)
		}
		closed := make(chan struct{})
		go func() {
			g.close(stageJobs)
			order.add("closed")
			close(closed)
		}()
		synctest.Wait() // close is waiting
		if g.Go(stageJobs, "late", func() { t.Error("a closing stage ran a goroutine") }) {
			t.Error("a closing stage accepted a goroutine")
		}
		if _, ok := g.enter(stageJobs, "late caller"); ok {
			t.Error("a closing stage accepted a caller")
		}
		ran := make(chan struct{})
		if !g.Go(stageStore, "store", func() { close(ran) }) {
			t.Error("closing one stage closed another")
		}
		<-ran
		close(release)
		synctest.Wait()
		order.add("caller left")
		leave()
		leave() // idempotent
		<-closed
		if got, want := order.all(), []string{"job returned", "caller left", "closed"}; !slices.Equal(got, want) {
			t.Errorf("order %q; want %q", got, want)
		}
	})
}
