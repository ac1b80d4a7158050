package allreduce

// Who is to blame when the ring stalls.
//
// A member that stops sending (or reading) stalls the whole ring, not only
// its successor: every chunk moves on only once its receiver has it, so
// each member downstream of the silent one soon waits on its own
// predecessor, and each upstream one on its successor once the stream
// windows fill. Their waits begin within a few chunk hops of each other,
// so when the first chunk deadline (Params.ChunkTimeout) fires, the others
// are about to fire too, and many do (seen on loopback: all three
// survivors of a 4-ring timed out in the same millisecond, each accusing
// its predecessor, and the coordinator dropped all three). The abort that
// the first one starts (its streams reset, the coordinator's probes) races
// the other timers, so which members accuse whom is down to scheduling.
//
// Three rules make the outcome independent of that race:
//
//  1. A member that was stalled on a neighbour says so, whether its own
//     deadline fired or not: when its operation is aborted, or when a
//     coordinator probes it, each of its lanes that had been waiting on a
//     neighbour for at least half of ChunkTimeout accuses that neighbour
//     of missing chunks (a stall note, FaultMissed like a deadline).
//  2. A member that is itself holding up a lane accuses nobody of missing
//     chunks, neither by deadline nor by note: one of its lanes has had a
//     chunk in hand (received and not yet passed on, or its own to send)
//     for half of ChunkTimeout without waiting on anyone. The silent member
//     is such a one; the lanes of it that were waiting on its predecessor
//     when it stopped would otherwise accuse it, and close the chain below
//     into a cycle.
//  3. The coordinator excuses a member accused of missing chunks if it
//     answered the probe and itself accused a neighbour of missing chunks:
//     it was waiting, not silent (blame). The chain of accusations then
//     ends at the member that waited on nobody, which is dropped. If every
//     accused member is excused (a cycle, with no end to blame), all the
//     accusations stand, as they would without this rule.
//
// What it cannot tell: a member that starts an operation more than
// ChunkTimeout/2 after the others (within StartTimeout, so not late) is
// blamed if the ring breaks for another reason while the others wait on
// it; and a member starved of CPU for ChunkTimeout/2 in the middle of a
// chunk counts as holding it up.

import (
	"cmp"
	"fmt"
	"slices"
	"sync/atomic"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/clock"
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
// for at least d at now (rule 2).
func (w *laneWaits) holding(lanes int, now time.Time, d time.Duration) bool {
	for i := range 2 * lanes {
		if since := w.busy[i].Load(); since != 0 && time.Duration(now.UnixNano()-since) >= d {
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
	return d >= g.params.ChunkTimeout/2
}

// holdingUp reports whether this member is itself holding up a lane of
// the running operation (rule 2), so that it must accuse no one of
// missing chunks.
func (g *Group) holdingUp() bool {
	return g.waits.holding(g.spec.Lanes, g.clk.Now(), g.params.ChunkTimeout/2)
}

// accuseMissed accuses p of missing chunks unless this member is itself
// holding up the ring.
func (g *Group) accuseMissed(p peer.ID, detail string) {
	if g.holdingUp() {
		g.log.Info("not accusing a neighbour: this member is holding up the ring itself", "peer", p, "detail", detail)
		return
	}
	g.accuse(p, FaultMissed, detail)
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
	if lk == nil || g.abort == nil || g.waits.holding(g.spec.Lanes, now, g.params.ChunkTimeout/2) {
		return
	}
	op := g.nextOp
	for lane := range g.spec.Lanes {
		if d, j, k := g.waits.recv.pending(lane, now); d > 0 && g.stalled(d) {
			g.accuseLocked(lk.pred, FaultMissed, stallNote(true, d, op, j, k))
		}
		if d, j, k := g.waits.send.pending(lane, now); d > 0 && g.stalled(d) {
			g.accuseLocked(lk.succ, FaultMissed, stallNote(false, d, op, j, k))
		}
	}
}

// claim is an accusation and the member that made it.
type claim struct {
	By peer.ID
	accusation
}

// blame decides, from every accusation a coordinator heard and which
// members answered its probe, whom to drop and why (rule 2 above).
// Garbage accusations always stand; of several accusations of one peer,
// garbage wins, then the one by the smallest accuser ID.
func blame(claims []claim, answered func(peer.ID) bool) map[peer.ID]accusation {
	claims = slices.Clone(claims)
	slices.SortFunc(claims, func(a, b claim) int {
		return cmp.Or(compareIDs(a.Peer, b.Peer), cmp.Compare(b.Kind, a.Kind), compareIDs(a.By, b.By), cmp.Compare(a.Detail, b.Detail))
	})
	waited := map[peer.ID]bool{}
	for _, c := range claims {
		if c.Kind == FaultMissed && c.By != c.Peer {
			waited[c.By] = true
		}
	}
	excused := func(p peer.ID) bool { return waited[p] && answered(p) }
	end := false // some member accused of missing chunks is not excused
	for _, c := range claims {
		if c.Kind == FaultMissed && !excused(c.Peer) {
			end = true
		}
	}
	out := map[peer.ID]accusation{}
	for _, c := range claims {
		if c.Kind == FaultMissed && end && excused(c.Peer) {
			continue
		}
		if prev, ok := out[c.Peer]; !ok || (c.Kind == FaultGarbage && prev.Kind != FaultGarbage) {
			out[c.Peer] = c.accusation
		}
	}
	return out
}
