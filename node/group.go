package node

import (
	"maps"
	"sync"
)

// stage is a shutdown stage of the node's goroutines: Run stops them one
// stage at a time, in this order, and joins every goroutine of a stage
// before it stops the next, so that nothing a later stage closes (the
// reputation store, the host) is still in use.
type stage int

const (
	// stageIntake: what brings work in (topic readers, the auction's
	// ticker and publishers, the status file). Stopped first, so that no
	// new job starts while the others stop.
	stageIntake stage = iota
	// stageJobs: a job's run and its helpers (training topic readers,
	// receipt resends, chain calls), and a caller's PostAndTrain, Settle or
	// Refund in progress (withRun). They record into the reputation store.
	stageJobs
	// stageStore: the reputation store's snapshots, pruning and dashboard.
	// Stopped once no job can record any more; the store closes with it.
	stageStore
	stagesN
)

var stageNames = [stagesN]string{"intake", "jobs", "store"}

func (s stage) String() string { return stageNames[s] }

// group is the node's one tracked goroutine group: every goroutine the
// node starts goes through Go, counted by stage and by name, so that Run
// can join each stage (close) and a test can see what is still running.
// Once a stage is closed it starts nothing more.
type group struct {
	mu      sync.Mutex // mu guards the following
	cond    *sync.Cond // broadcast when a goroutine leaves
	running [stagesN]map[string]int
	closed  [stagesN]bool
}

func newGroup() *group {
	g := &group{}
	g.cond = sync.NewCond(&g.mu)
	for i := range g.running {
		g.running[i] = map[string]int{}
	}
	return g
}

// Go runs fn on a new goroutine in stage s, named for diagnostics. It
// reports whether fn was started: after the stage is closed it is not (the
// node is stopping, and fn's work would be cancelled at once anyway).
func (g *group) Go(s stage, name string, fn func()) bool {
	leave, ok := g.enter(s, name)
	if !ok {
		return false
	}
	go func() {
		defer leave()
		fn()
	}()
	return true
}

// enter counts the calling goroutine in stage s until leave is called: a
// caller's call into the node (PostAndTrain) is joined like the node's own
// goroutines. ok is false, and leave a no-op, once the stage is closed.
func (g *group) enter(s stage, name string) (leave func(), ok bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.closed[s] {
		return func() {}, false
	}
	g.running[s][name]++
	var once sync.Once
	return func() {
		once.Do(func() {
			g.mu.Lock()
			defer g.mu.Unlock()
			if g.running[s][name]--; g.running[s][name] == 0 {
				delete(g.running[s], name)
			}
			g.cond.Broadcast()
		})
	}, true
}

// close refuses new goroutines in stage s and waits until every one
// running there has returned. The caller must already have told them to
// stop (cancelled their context).
func (g *group) close(s stage) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.closed[s] = true
	for len(g.running[s]) > 0 {
		g.cond.Wait()
	}
}

// runningIn returns how many goroutines of each name run in stage s.
func (g *group) runningIn(s stage) map[string]int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return maps.Clone(g.running[s])
}
