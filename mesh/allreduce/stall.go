package allreduce

// Stall notes: the lanes' waits on their neighbours, measured here, and
// what the membership core's rules ("Who is to blame when the ring
// stalls" in mesh/allreduce/membership) make of them: a lane that waited
// on a neighbour for half of ChunkTimeout accuses it (rule 1); a member
// with a lane that holds a chunk that long accuses nobody (rule 2); the
// coordinator's Blame does the rest (rule 3).

import (
	"fmt"
	"sync/atomic"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/clock"
	"github.com/trainmesh/trainmesh/mesh/allreduce/membership"
)

// laneWaits records, per lane, since when this member's receiver has been
// waiting for its predecessor's next chunk, and its sender for its
// successor to take one, and for which chunk (rule 1); and since when each
// has been working on a chunk rather than waiting (rule 2).
type laneWaits struct {
	clk        clock.Clock // the group's clock
	recv, send laneWait
	// busy[2*lane] is the receiver's, busy[2*lane+1] the sender's: unix
	// ns, 0 while the goroutine waits (on a neighbour, or on the other
	// goroutine of its lane) or once it is done.
	busy [2 * lanesMax]atomic.Int64
}

// The two goroutines of a lane, for laneWaits.
const (
	recvSide = 0
	sendSide = 1
)

func (w *laneWaits) side(side int) *laneWait {
	if side == recvSide {
		return &w.recv
	}
	return &w.send
}

// wait notes that a lane's goroutine starts waiting on its neighbour for
// chunk (round, step).
func (w *laneWaits) wait(side, lane, round, step int) {
	w.busy[2*lane+side].Store(0)
	w.side(side).begin(lane, round, step, w.clk.Now())
}

// done ends the wait on the neighbour, if any, and returns how long it
// lasted; the goroutine works on the chunk from now.
func (w *laneWaits) done(side, lane int) time.Duration {
	d := w.side(side).end(lane, w.clk.Now())
	w.busy[2*lane+side].Store(w.clk.Now().UnixNano())
	return d
}

// work notes that a lane's goroutine has a chunk in hand.
func (w *laneWaits) work(side, lane int) {
	w.busy[2*lane+side].Store(w.clk.Now().UnixNano())
}

// rest notes that a lane's goroutine waits on the other goroutine of its
// lane, or is done: it holds up nothing.
func (w *laneWaits) rest(side, lane int) {
	w.side(side).end(lane, w.clk.Now())
	w.busy[2*lane+side].Store(0)
}

// holding reports whether one of the first lanes has had a chunk in hand
// long enough to hold up the ring at now (rule 2).
func (w *laneWaits) holding(lanes int, now time.Time, chunkTimeout time.Duration) bool {
	for i := range 2 * lanes {
		if since := w.busy[i].Load(); since != 0 && membership.HoldsUp(now.UnixNano()-since, int64(chunkTimeout)) {
			return true
		}
	}
	return false
}

type laneWait struct {
	since [lanesMax]atomic.Int64  // unix ns; 0 while not waiting
	at    [lanesMax]atomic.Uint64 // round<<16 | step of the chunk
}

// begin notes that lane starts waiting for chunk (round, step).
func (w *laneWait) begin(lane, round, step int, now time.Time) {
	w.at[lane].Store(uint64(round)<<16 | uint64(step))
	w.since[lane].Store(now.UnixNano())
}

// end notes that lane's wait is over and returns how long it lasted.
func (w *laneWait) end(lane int, now time.Time) time.Duration {
	since := w.since[lane].Swap(0)
	if since == 0 {
		return 0
	}
	return time.Duration(now.UnixNano() - since)
}

// pending returns how long lane has been waiting, and for which chunk.
func (w *laneWait) pending(lane int, now time.Time) (d time.Duration, round, step int) {
	since := w.since[lane].Load()
	if since == 0 {
		return 0, 0, 0
	}
	at := w.at[lane].Load()
	return time.Duration(now.UnixNano() - since), int(at >> 16), int(at & 0xffff)
}

// stalled reports whether a wait of d on a neighbour makes a stall note.
func (g *Group) stalled(d time.Duration) bool {
	return membership.Stalled(int64(d), int64(g.params.ChunkTimeout))
}

// holdingUp reports whether this member is itself holding up a lane of
// the running operation (rule 2), so that it must accuse no one of
// missing chunks.
func (g *Group) holdingUp() bool {
	return g.waits.holding(g.spec.Lanes, g.clk.Now(), g.params.ChunkTimeout)
}

// accuseMissed accuses p of missing chunks unless this member is itself
// holding up the ring.
func (g *Group) accuseMissed(p peer.ID, detail string) {
	g.step(message{Type: membership.MsgAccuse, Accuse: []accusation{{Peer: p, Kind: FaultMissed, Detail: detail}}, Holding: g.holdingUp()})
}

// stallNote is the detail of a stall note.
func stallNote(recv bool, d time.Duration, op uint64, round, step int) string {
	what := "sent"
	if !recv {
		what = "took"
	}
	return fmt.Sprintf("%s no chunk for %v (op %d round %d step %d) before the ring broke", what, d.Round(time.Millisecond), op, round, step)
}

// noteStallsLocked makes a stall note of each lane of the running
// operation that has been waiting on a neighbour long enough (rule 1
// above). A probe calls it: the probe aborts the operation, but its reply
// leaves before the lanes notice.
func (g *Group) noteStallsLocked(now time.Time) {
	lk := g.links
	if g.abort == nil && g.joinPinned {
		// A called-in standby that has not begun its first operation
		// (its node is still fetching the state it starts from): whoever
		// waits on it waits on it, so an accusation against it stands.
		// Without this it answered "not holding", the accusation became
		// a dispute, and its honest accuser lost its seat at the second
		// one (a ring of three cannot keep the pair apart).
		g.stepLocked(message{Type: membership.MsgAccuse, Holding: true})
		return
	}
	if lk == nil || g.abort == nil {
		return
	}
	if g.waits.holding(g.spec.Lanes, now, g.params.ChunkTimeout) {
		// It accuses nobody, and its probe reply says it held a chunk
		// up: an accusation of missing chunks against it then stands
		// (membership's silence rule).
		g.stepLocked(message{Type: membership.MsgAccuse, Holding: true})
		return
	}
	op := g.m.Op()
	var notes []accusation
	for lane := range g.spec.Lanes {
		if d, j, k := g.waits.recv.pending(lane, now); d > 0 && g.stalled(d) {
			notes = append(notes, accusation{Peer: lk.pred, Kind: FaultMissed, Detail: stallNote(true, d, op, j, k)})
		}
		if d, j, k := g.waits.send.pending(lane, now); d > 0 && g.stalled(d) {
			notes = append(notes, accusation{Peer: lk.succ, Kind: FaultMissed, Detail: stallNote(false, d, op, j, k)})
		}
	}
	if len(notes) > 0 {
		g.stepLocked(message{Type: membership.MsgAccuse, Accuse: notes})
	}
}
