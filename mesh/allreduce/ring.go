package allreduce

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/zeebo/xxh3"

	"github.com/trainmesh/trainmesh/clock"
	"github.com/trainmesh/trainmesh/mesh"
	"github.com/trainmesh/trainmesh/mesh/allreduce/codec"
	"github.com/trainmesh/trainmesh/mesh/allreduce/membership"
	"github.com/trainmesh/trainmesh/mesh/allreduce/schedule"
	"github.com/trainmesh/trainmesh/mesh/allreduce/transcript"
	"github.com/trainmesh/trainmesh/mesh/frame"
)

// links is a linked ring: Lanes streams to the successor and Lanes from
// the predecessor, for one view.
type links struct {
	epoch      uint64
	n, rank    int
	succ, pred peer.ID

	mu      sync.Mutex // mu guards out and in while they are being set up
	out, in []lane

	// outConn carries the lanes to the successor; outRelayed reports
	// whether it is a relayed connection, whose bytes are budgeted
	// (relayed.go).
	outConn    network.Conn
	outRelayed bool
}

// reset aborts every stream of the ring: the neighbours' reads and writes
// fail at once, which is how an abort travels round the ring.
func (l *links) reset() {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, s := range append(slices.Clone(l.out), l.in...) {
		if s != nil {
			_ = s.Reset()
		}
	}
}

// closeGather ends the gather lane gracefully when this member refuses an
// operation whose records it has all: its successor may not have read the
// last of them yet, and a reset would discard them unread, so the one
// member that can accuse (the successor of a liar) would never see them.
// A closed lane delivers what was written, then its end.
func (l *links) closeGather() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.out) > 0 && l.out[0] != nil {
		_ = l.out[0].CloseWrite()
	}
}

// inboundLane is a lane a predecessor opened (its stream, or the direct
// lane agreed on it), with its hello.
type inboundLane struct {
	s lane
	h hello
}

// stash holds incoming lanes until this member links the view they are
// for. A predecessor may link a view before this member has adopted it, and
// a called-in standby links the planned view while the current one still
// runs, so lanes of a few epochs wait side by side: at most stashEpochsMax
// epochs of Lanes streams; the oldest go first.
type stash struct {
	epochs map[uint64][]inboundLane
}

// stashEpochsMax bounds the views whose lanes wait: the current one, the
// planned one, and one being agreed.
const stashEpochsMax = 3

func (s *stash) reset() {
	for e := range s.epochs {
		s.drop(e)
	}
}

func (s *stash) drop(epoch uint64) {
	for _, l := range s.epochs[epoch] {
		if l.s != nil {
			_ = l.s.Reset()
		}
	}
	delete(s.epochs, epoch)
}

// pruneBelow resets the lanes of views older than epoch.
func (s *stash) pruneBelow(epoch uint64) {
	for e := range s.epochs {
		if e < epoch {
			s.drop(e)
		}
	}
}

func (s *stash) full(epoch uint64) bool {
	lanes, ok := s.epochs[epoch]
	if !ok {
		return false
	}
	for _, l := range lanes {
		if l.s == nil {
			return false
		}
	}
	return true
}

// mayAccept reports whether an incoming lane with hello h would be kept
// now (acceptInbound checks again once its handshake is done).
func (g *Group) mayAccept(h hello) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return !g.m.Closed() && int(h.Lane) < g.spec.Lanes && h.Epoch >= g.m.Epoch()
}

// acceptInbound keeps an incoming lane for its view; false means reset it.
func (g *Group) acceptInbound(st lane, h hello) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.m.Closed() || int(h.Lane) >= g.spec.Lanes || h.Epoch < g.m.Epoch() {
		return false
	}
	if g.stash.epochs == nil {
		g.stash.epochs = map[uint64][]inboundLane{}
	}
	lanes, ok := g.stash.epochs[h.Epoch]
	if !ok {
		if len(g.stash.epochs) >= stashEpochsMax {
			oldest := h.Epoch
			for e := range g.stash.epochs {
				oldest = min(oldest, e)
			}
			if oldest == h.Epoch {
				return false
			}
			g.stash.drop(oldest)
		}
		lanes = make([]inboundLane, g.spec.Lanes)
		g.stash.epochs[h.Epoch] = lanes
	}
	if old := lanes[h.Lane].s; old != nil {
		_ = old.Reset()
	}
	lanes[h.Lane] = inboundLane{s: st, h: h}
	close(g.stashChanged)
	g.stashChanged = make(chan struct{})
	return true
}

// setAbort registers cancel as the way to abort what this member is doing
// in view epoch; it fails if that view is already being replaced.
func (g *Group) setAbort(cancel context.CancelCauseFunc, epoch uint64) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.m.Closed() {
		return ErrClosed
	}
	if g.m.Stale(epoch) {
		return errViewChange
	}
	g.abort = cancel
	return nil
}

func (g *Group) clearAbort() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.abort = nil
}

// attempt links the ring of v if needed and runs operation op on buf.
func (g *Group) attempt(ctx context.Context, v view, op uint64, buf []float32) (int, error) {
	actx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	if err := g.setAbort(cancel, v.Epoch); err != nil {
		return 0, err
	}
	defer g.clearAbort()
	lk, err := g.ensureLinks(actx, v)
	if err != nil {
		return 0, causeOr(actx, err)
	}
	n, err := g.runOp(actx, lk, v, op, buf)
	return n, causeOr(actx, err)
}

// linkOnly links the ring of v, for Form.
func (g *Group) linkOnly(ctx context.Context, v view) error {
	actx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	if err := g.setAbort(cancel, v.Epoch); err != nil {
		return err
	}
	defer g.clearAbort()
	_, err := g.ensureLinks(actx, v)
	return causeOr(actx, err)
}

// causeOr prefers the reason ctx was cancelled (a view change, Close) to
// the stream error it caused.
func causeOr(ctx context.Context, err error) error {
	if err != nil && ctx.Err() != nil {
		if c := context.Cause(ctx); c != nil {
			return c
		}
	}
	return err
}

// ensureLinks opens this member's lanes to its successor, takes its
// predecessor's, and passes a readiness token round the ring; all within
// StartTimeout. A neighbour that does not link up in time is accused, so
// the next view drops it.
func (g *Group) ensureLinks(ctx context.Context, v view) (*links, error) {
	g.mu.Lock()
	if g.links != nil && g.links.epoch == v.Epoch {
		lk := g.links
		g.mu.Unlock()
		return lk, nil
	}
	g.dropLinksLocked()
	g.mu.Unlock()

	n := len(v.Members)
	rank := slices.Index(v.Members, g.self)
	lk := &links{
		epoch: v.Epoch, n: n, rank: rank,
		succ: v.Members[(rank+1)%n], pred: v.Members[(rank-1+n)%n],
		out: make([]lane, g.spec.Lanes),
	}
	digest := viewDigest(g.digest, &v)
	lctx, cancel := g.clk.WithTimeout(ctx, g.params.StartTimeout)
	defer cancel()
	stop := context.AfterFunc(lctx, lk.reset)
	defer stop()
	timedOut := func() bool { return ctx.Err() == nil && lctx.Err() != nil }

	// Prefer a direct connection to the successor; over a relayed one the
	// lanes go only within the relay's budget (relayed.go).
	kind, err := g.connectSucc(lctx, lk.succ, n)
	if err != nil {
		lk.reset()
		if timedOut() {
			g.accuse(lk.succ, FaultMissed, fmt.Sprintf("unreachable for %v: %v", g.params.StartTimeout, err))
		}
		return nil, fmt.Errorf("link to successor %s: %w", lk.succ, err)
	}
	octx := lctx
	if kind == mesh.ConnRelayed {
		c := g.relayedConnTo(lk.succ)
		if c == nil {
			return nil, fmt.Errorf("link to successor %s: relayed connection closed", lk.succ)
		}
		l, err := schedule.NewLayout(n, g.spec.Len, g.chunkElems)
		if err != nil {
			return nil, err
		}
		// Refuse at once a ring whose first operation would not fit.
		need := g.linkBytesMax(n) + g.opBytesMax(l, rank)
		if budget := g.relayBudget(c); need > budget {
			return nil, fmt.Errorf("%w: the link to %s is relayed (hole punching gave no direct connection; a member waits at most %v for one); one operation of %d elements needs up to %d bytes on it, the relay allows %d (Params.RelayedBytesMax %d, capped by the relay's limit); retry once hole punching succeeds, use a smaller tensor, or run with directly reachable members",
				ErrRelayed, lk.succ, g.directWait(), g.spec.Len, need, budget, g.params.RelayedBytesMax)
		}
		octx = network.WithAllowLimitedConn(lctx, "trainmesh all-reduce within the relay's limits")
	}
	for lane := range g.spec.Lanes {
		// A relayed link's lanes stay on it: a direct lane would need
		// the very reachability hole punching has not found.
		h := hello{Group: g.spec.ID, Epoch: v.Epoch, Digest: digest, Lane: uint16(lane), Rank: uint16(rank),
			Direct: g.params.DirectLanes && kind != mesh.ConnRelayed}
		s, err := g.openLane(octx, lk.succ, h)
		if err != nil {
			lk.reset()
			if timedOut() {
				g.accuse(lk.succ, FaultMissed, fmt.Sprintf("unreachable for %v: %v", g.params.StartTimeout, err))
			}
			return nil, fmt.Errorf("link to successor %s: %w", lk.succ, err)
		}
		lk.mu.Lock()
		lk.out[lane] = s
		lk.mu.Unlock()
	}
	lk.outConn = lk.out[0].Conn()
	if lk.outConn.Stat().Limited {
		lk.outRelayed = true
		if err := g.spendRelayed(lk.outConn, lk.succ, g.linkBytesMax(n), "linking the ring"); err != nil {
			lk.reset()
			return nil, err
		}
	}
	in, err := g.awaitInbound(lctx, v.Epoch, lk.pred, digest, (rank-1+n)%n)
	if err != nil {
		lk.reset()
		if timedOut() {
			g.accuse(lk.pred, FaultMissed, fmt.Sprintf("did not link up within %v", g.params.StartTimeout))
		}
		return nil, fmt.Errorf("link from predecessor %s: %w", lk.pred, err)
	}
	lk.mu.Lock()
	lk.in = in
	lk.mu.Unlock()

	tokens, err := g.ringGather(lctx, lk, frameReady, 0, digest[:], g.params.StartTimeout)
	if err != nil {
		lk.reset()
		return nil, fmt.Errorf("readiness round: %w", err)
	}
	for i, t := range tokens {
		if !bytes.Equal(t, digest[:]) {
			lk.reset()
			return nil, fmt.Errorf("%w: member %s linked another view", ErrProtocol, v.Members[i])
		}
	}
	g.mu.Lock()
	if g.m.Stale(v.Epoch) {
		g.mu.Unlock()
		lk.reset()
		return nil, errViewChange
	}
	g.links = lk
	g.mu.Unlock()
	g.log.Debug("ring linked", "epoch", v.Epoch, "rank", rank, "members", n)
	g.reportLinks(lk)
	return lk, nil
}

// Who dials a ring link.
//
// Exactly one of the two members of a ring link dials it. Two hosts that
// dial each other at the same moment meet, over TCP, in a simultaneous
// open: libp2p dials from its listen port (hole punching needs that), so
// both SYNs carry the same pair of addresses and the kernel makes one
// connection of the two attempts; both ends then start the security
// handshake as its client, both fail, and each swarm refuses the other's
// address for 5 s (its dial backoff), which stalls the ring's formation
// that long. Through a relay, two circuits opened at once defeat hole
// punching instead: DCUtR refuses a stream on the connection the other
// side sees as inbound (seen in the NAT test).
//
// A member opens its lanes to its successor and takes its predecessor's,
// so in a ring of three or more it dials only its successor, and the
// successor never dials back: one dialer per link. In a ring of two each
// member is the other's successor: there the member with the smaller peer
// ID dials, and the other waits for its connection, at most pairDialWait
// (and a quarter of StartTimeout), before it dials too. That fallback is
// for a neighbour that cannot reach it (behind a NAT, with no relay) or is
// late to link; it can only meet the other's dial in a simultaneous open if
// the two happen to coincide. Control requests (probes, joins) are not
// ring links; they go over whatever connection exists or dial one.

// pairDialWait bounds how long the larger-ID member of a ring of two waits
// for the other to connect before dialling itself.
const pairDialWait = 5 * time.Second

// dialsLink reports whether self dials the link to its successor succ in a
// ring of n members (see "Who dials a ring link").
func dialsLink(self, succ peer.ID, n int) bool {
	return n != 2 || self < succ
}

// Retry bounds for opening a lane: a successor that is starting up, or
// still creating the group, refuses at first.
const (
	openBackoffMin = 20 * time.Millisecond
	openBackoffMax = 500 * time.Millisecond
)

// openLane opens one lane to the successor and sends its hello, and
// agrees on a direct lane where h asks for one (lane.go), retrying until
// ctx ends.
func (g *Group) openLane(ctx context.Context, to peer.ID, h hello) (lane, error) {
	backoff := openBackoffMin
	for {
		s, err := g.host.NewStream(ctx, to, DataProtocol)
		if err == nil {
			if dl, ok := ctx.Deadline(); ok {
				_ = s.SetWriteDeadline(dl)
			}
			if h.Direct {
				randBytes(h.Rand[:])
			}
			err = frame.Write(s, h.encode(), helloBytesMax)
			_ = s.SetWriteDeadline(time.Time{})
			if err == nil && !h.Direct {
				return s, nil
			}
			if err == nil {
				var l lane
				if l, err = g.openDirect(ctx, s, h, to); err == nil {
					return l, nil
				}
			}
			_ = s.Reset()
		}
		t := g.clk.Timer(backoff)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, fmt.Errorf("%w (last error: %v)", ctx.Err(), err)
		case <-t.C:
		}
		backoff = min(2*backoff, openBackoffMax)
	}
}

// awaitInbound waits for every lane of view epoch from pred.
func (g *Group) awaitInbound(ctx context.Context, epoch uint64, pred peer.ID, digest [32]byte, predRank int) ([]lane, error) {
	for {
		g.mu.Lock()
		if g.stash.full(epoch) {
			lanes := g.stash.epochs[epoch]
			delete(g.stash.epochs, epoch)
			g.stash.pruneBelow(epoch)
			g.mu.Unlock()
			out := make([]lane, len(lanes))
			var bad error
			for i, l := range lanes {
				out[i] = l.s
				if from := l.s.Conn().RemotePeer(); from != pred || l.h.Digest != digest || int(l.h.Rank) != predRank {
					bad = fmt.Errorf("%w: lane %d of view %d from %s (rank %d) does not match this member's view (predecessor %s, rank %d)", ErrProtocol, i, epoch, from, l.h.Rank, pred, predRank)
				}
			}
			if bad != nil {
				for _, s := range out {
					_ = s.Reset()
				}
				return nil, bad
			}
			return out, nil
		}
		ch := g.stashChanged
		g.mu.Unlock()
		select {
		case <-ch:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

// ringGather passes one small record per member round the ring on lane 0
// and returns all of them, indexed by rank: N-1 hops, each member
// forwarding what it received. It is the readiness round after linking and
// the checksum comparison after an operation.
func (g *Group) ringGather(ctx context.Context, lk *links, kind byte, op uint64, record []byte, timeout time.Duration) ([][]byte, error) {
	stop := context.AfterFunc(ctx, lk.reset)
	defer stop()
	n := lk.n
	items := make([][]byte, n)
	items[lk.rank] = record
	out, in := lk.out[0], lk.in[0]
	send := func(idx int, p []byte) error {
		b := make([]byte, frameHeaderLen+len(p))
		h := frameHeader{Len: uint32(len(p)), Kind: kind, Round: uint32(idx), Op: op}
		h.put(b)
		copy(b[frameHeaderLen:], p)
		_ = out.SetWriteDeadline(clock.NetDeadline(timeout))
		_, err := out.Write(b)
		return err
	}
	if err := send(0, record); err != nil {
		return nil, fmt.Errorf("send to %s: %w", lk.succ, err)
	}
	hdr := make([]byte, frameHeaderLen)
	for m := 0; m < n-1; m++ {
		_ = in.SetReadDeadline(clock.NetDeadline(timeout))
		if _, err := io.ReadFull(in, hdr); err != nil {
			return nil, fmt.Errorf("receive from %s: %w", lk.pred, err)
		}
		h := decodeFrameHeader(hdr)
		if h.Kind != kind || h.Op != op || int(h.Round) != m || int(h.Len) > g.gatherMax(n) {
			err := fmt.Errorf("%w: got frame kind %d op %d index %d (%d bytes), want kind %d op %d index %d", ErrProtocol, h.Kind, h.Op, h.Round, h.Len, kind, op, m)
			g.accuse(lk.pred, FaultGarbage, err.Error())
			return nil, err
		}
		p := make([]byte, h.Len)
		if _, err := io.ReadFull(in, p); err != nil {
			return nil, fmt.Errorf("receive from %s: %w", lk.pred, err)
		}
		items[(lk.rank-1-m+2*n)%n] = p
		if m < n-2 {
			if err := send(m+1, p); err != nil {
				return nil, fmt.Errorf("send to %s: %w", lk.succ, err)
			}
		}
	}
	return items, nil
}

// frameReady is the kind of the readiness round's records.
const frameReady byte = 3

// chunkMeta is how a final chunk was encoded by its owner, so that the
// all-gather forwards the very same bytes.
type chunkMeta struct {
	kind  codec.Kind
	scale float32
}

// opState is the per-operation scratch of a Group, reused across
// operations (guarded by Group.opMu).
type opState struct {
	buf    []float32 // the caller's buffer, during AllReduce
	backup []float32 // inputs of the chunks overwritten so far
	layout schedule.Layout
	saved  []bool // per chunk (segment-major): backed up in this attempt
	hashes []uint64
	meta   []chunkMeta
	enc    [][]byte // per lane: encoding buffer of the sender
	recv   [][]byte // per lane: payload buffer of the receiver
	// rsIn, with transcripts, holds the segments received in the
	// reduce-scatter as they came (each at its place: a member receives
	// each segment but its own once).
	rsIn []float32
}

func (st *opState) begin(buf []float32) {
	st.buf = buf
	if cap(st.backup) < len(buf) {
		st.backup = make([]float32, len(buf))
	}
	st.backup = st.backup[:len(buf)]
	clear(st.saved)
}

func (st *opState) end() { st.buf = nil }

// prepare sizes the scratch for one attempt with layout l.
func (st *opState) prepare(l schedule.Layout, lanes int) {
	st.layout = l
	chunks := l.Ranks() * l.Rounds()
	st.saved = resize(st.saved, chunks)
	st.hashes = resize(st.hashes, chunks)
	st.meta = resize(st.meta, chunks)
	// The longest encoding of the longest chunk: FP32, or int8's scale
	// plus one byte per element for one-element chunks.
	size := 4*l.ChunkElemsMax() + 4
	for len(st.enc) < lanes {
		st.enc = append(st.enc, nil)
		st.recv = append(st.recv, nil)
	}
	for i := range lanes {
		if cap(st.enc[i]) < size {
			st.enc[i] = make([]byte, size)
			st.recv[i] = make([]byte, size)
		}
	}
}

func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// save backs up chunk ci (elements [lo, hi)) before its first overwrite.
func (st *opState) save(ci, lo, hi int) {
	if !st.saved[ci] {
		codec.Save(st.backup[lo:hi], st.buf[lo:hi])
		st.saved[ci] = true
	}
}

// decodeAdd adds payload p (of kind k) into chunk ci (elements [lo, hi)),
// backing the chunk up first if this is its first overwrite: for FP32 in
// the same pass as the addition, so that the chunk is read from memory
// once (codec.AddSaving).
func (st *opState) decodeAdd(ci, lo, hi int, k codec.Kind, p []byte) error {
	if st.saved[ci] {
		return codec.DecodeAdd(st.buf[lo:hi], k, p)
	}
	st.saved[ci] = true
	return codec.DecodeAddSaving(st.buf[lo:hi], st.backup[lo:hi], k, p)
}

// restore puts back the inputs of every chunk overwritten in the last
// attempt, so that buf is this member's input again.
func (st *opState) restore() {
	if st.buf == nil {
		return
	}
	for ci, ok := range st.saved {
		if ok {
			lo, hi := st.layout.Chunk(ci/st.layout.Rounds(), ci%st.layout.Rounds())
			copy(st.buf[lo:hi], st.backup[lo:hi])
			st.saved[ci] = false
		}
	}
}

// checksum combines the chunks' hashes in tensor order.
//
// The hashes are XXH3-64 (seed 0) of the chunks' bytes and of the
// hashes' list (little-endian u64 each): members compare the sums for
// equality only, and XXH3's vector code hashes a 1 MiB chunk several
// times faster than XXH64 did (data protocol 1.2.0; 1.1.0 used XXH64).
func (st *opState) checksum() uint64 {
	b := make([]byte, 0, 8*len(st.hashes))
	for _, h := range st.hashes {
		b = binary.LittleEndian.AppendUint64(b, h)
	}
	return xxh3.Hash(b)
}

// hashFloats hashes a final chunk in the wire's byte order.
func hashFloats(v []float32) uint64 {
	if codec.NativeLittleEndian() {
		return xxh3.Hash(codec.AsBytes(v))
	}
	b := make([]byte, 4*len(v))
	codec.Encode(b, codec.FP32, 0, v)
	return xxh3.Hash(b)
}

// progress counts a lane's completed sends, so that its receiver can wait
// until the sender has read a chunk before overwriting it.
type progress struct {
	sent   atomic.Int64
	notify chan struct{} // one pending wake-up is enough: the receiver rechecks
}

func newProgress() *progress { return &progress{notify: make(chan struct{}, 1)} }

func (p *progress) add() {
	p.sent.Add(1)
	select {
	case p.notify <- struct{}{}:
	default:
	}
}

func (p *progress) wait(ctx context.Context, n int64) error {
	for p.sent.Load() < n {
		select {
		case <-p.notify:
		case <-ctx.Done():
			return context.Cause(ctx)
		}
	}
	return nil
}

// testHooks let tests make a member misbehave at a chosen chunk.
type testHooks struct {
	// beforeSend, if it returns true, replaces the chunk frame by raw.
	beforeSend func(op uint64, round, step int) (raw []byte, replace bool)
	// afterSend runs after each chunk is sent.
	afterSend func(op uint64, round, step int)
	// beforeRecv runs before each chunk is read.
	beforeRecv func(op uint64, round, step int)
	// alterTranscript may change this member's transcript after the hop
	// statements are exchanged, before it is signed and gathered: a
	// member that lies in its record.
	alterTranscript func(op uint64, t *transcript.Transcript)
	// beforeOp runs before each attempt at an operation (AllReduce).
	beforeOp func(op uint64)
	// beforeFinish runs after an attempt's checksum round and record
	// checks passed, before the operation is recorded as completed.
	beforeFinish func(op uint64)
	// offerAddr may change the address this member offers for a direct
	// lane (a receiver behind a NAT offers one nobody reaches).
	offerAddr func(addr string) string
}

// runOp runs operation op over the linked ring: each lane's sender and
// receiver goroutines follow the schedule for the lane's rounds; then the
// members compare checksums.
func (g *Group) runOp(ctx context.Context, lk *links, v view, op uint64, buf []float32) (int, error) {
	l, err := schedule.NewLayout(lk.n, len(buf), g.chunkElems)
	if err != nil {
		return 0, err
	}
	if lk.outRelayed {
		if err := g.spendRelayed(lk.outConn, lk.succ, g.opBytesMax(l, lk.rank), fmt.Sprintf("operation %d (%d elements)", op, len(buf))); err != nil {
			return 0, err
		}
	}
	st := &g.op
	st.prepare(l, g.spec.Lanes)
	if g.tamperFwd != nil && lk.n > 1 {
		lo, hi := l.Segment(l.Step(lk.rank, 1).Send)
		g.tamperFwd(op, lo, buf[lo:hi])
	}
	if g.spec.Transcripts {
		st.rsIn = resize(st.rsIn, len(buf))
	}
	g.setLast(OpRecord{})
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	stop := context.AfterFunc(ctx, lk.reset)
	defer stop()
	var wg sync.WaitGroup
	for lane := range g.spec.Lanes {
		rounds := schedule.LaneRounds(lane, g.spec.Lanes, l.Rounds())
		if rounds == 0 {
			continue
		}
		// Every forward of the lane fits, so the receiver never blocks on
		// the sender: a full queue could otherwise close a cycle of
		// waiting round the ring.
		q := make(chan int, rounds*l.Steps())
		prog := newProgress()
		wg.Go(func() {
			if err := g.sendLane(ctx, lk, l, op, lane, buf, q, prog); err != nil {
				cancel(err)
			}
		})
		wg.Go(func() {
			if err := g.recvLane(ctx, lk, l, op, lane, buf, q, prog); err != nil {
				cancel(err)
			}
		})
	}
	wg.Wait()
	if ctx.Err() != nil {
		return 0, context.Cause(ctx)
	}
	sum := st.checksum()
	g.step(message{Type: membership.MsgResult, Done: &done{Op: op, Checksum: sum}})
	mine := binary.BigEndian.AppendUint64(nil, sum)
	record := mine
	var octx [32]byte
	if g.spec.Transcripts {
		octx = OpContext(g.spec.ID, op)
		t := st.transcript(l, lk.rank, g.params.KeepSegment)
		var input []byte
		if g.params.Witness != nil {
			if input, err = g.exchangeHopStatements(ctx, lk, op, octx, t); err != nil {
				return 0, err
			}
		}
		if hk := g.hooks.alterTranscript; hk != nil {
			hk(op, &t)
		}
		if record, err = g.signedRecord(mine, octx, t, input); err != nil {
			return 0, err
		}
	}
	records, err := g.ringGather(ctx, lk, frameGather, op, record, g.params.ChunkTimeout)
	if err != nil {
		return 0, fmt.Errorf("checksum round: %w", err)
	}
	var differ []string
	for i, r := range records {
		if len(r) < len(mine) || !bytes.Equal(r[:len(mine)], mine) {
			differ = append(differ, fmt.Sprintf("%s has %x", v.Members[i], r[:min(len(r), len(mine))]))
		}
	}
	if len(differ) > 0 {
		lk.closeGather()
		return 0, fmt.Errorf("%w: operation %d, this member has %016x; %s", ErrChecksum, op, sum, strings.Join(differ, "; "))
	}
	if g.spec.Transcripts {
		if err := g.checkTranscripts(lk, v, op, octx, records); err != nil {
			lk.closeGather()
			return 0, err
		}
	}
	if hk := g.hooks.beforeFinish; hk != nil {
		hk(op)
	}
	if err := g.finishUnlessAborted(ctx, op, done{Op: op, Checksum: sum, Members: lk.n}); err != nil {
		return 0, err
	}
	return lk.n, nil
}

func (g *Group) sendLane(ctx context.Context, lk *links, l schedule.Layout, op uint64, lane int, buf []float32, q <-chan int, prog *progress) error {
	s := lk.out[lane]
	hdr := make([]byte, frameHeaderLen)
	enc := g.op.enc[lane]
	g.waits.work(sendSide, lane) // its own chunk first
	defer g.waits.rest(sendSide, lane)
	for idx, j := 0, lane; j < l.Rounds(); idx, j = idx+1, j+g.spec.Lanes {
		for k := range l.Steps() {
			if k > 0 {
				g.waits.rest(sendSide, lane) // the receiver's turn
				select {
				case got := <-q:
					if got != k {
						panic(fmt.Sprintf("allreduce: lane %d round %d: sender at step %d got step %d", lane, j, k, got))
					}
				case <-ctx.Done():
					return context.Cause(ctx)
				}
				g.waits.work(sendSide, lane)
			}
			timeout := g.params.ChunkTimeout
			if idx == 0 && k < l.Ranks()-1 {
				timeout = g.params.StartTimeout // see recvLane
			}
			_ = s.SetWriteDeadline(clock.NetDeadline(timeout))
			err := g.sendChunk(s, lane, l, lk.rank, op, j, k, buf, hdr, enc)
			waited := g.waits.done(sendSide, lane)
			if err != nil {
				switch {
				case ctx.Err() == nil && isTimeout(err):
					g.accuseMissed(lk.succ, fmt.Sprintf("took no chunk for %v (op %d round %d step %d)", timeout, op, j, k))
				case g.stalled(waited):
					g.accuseMissed(lk.succ, stallNote(false, waited, op, j, k))
				}
				if ctx.Err() != nil {
					return context.Cause(ctx)
				}
				return fmt.Errorf("send op %d round %d step %d to %s: %w", op, j, k, lk.succ, err)
			}
			prog.add()
		}
	}
	return nil
}

// sendChunk sends chunk (j, k); its writes count as a wait on the
// successor (g.waits, which the caller ends).
func (g *Group) sendChunk(s lane, ln int, l schedule.Layout, rank int, op uint64, j, k int, buf []float32, hdr, enc []byte) error {
	stp := l.Step(rank, k)
	lo, hi := l.Chunk(stp.Send, j)
	data := buf[lo:hi]
	kind, scale := codec.FP32, float32(0)
	if c := g.spec.Compression; c != codec.FP32 {
		if stp.Phase == schedule.ReduceScatter {
			kind, scale = codec.Choose(c, data)
		} else {
			m := g.op.meta[stp.Send*l.Rounds()+j]
			kind, scale = m.kind, m.scale
		}
	}
	var payload []byte
	if kind == codec.FP32 && codec.NativeLittleEndian() {
		payload = codec.AsBytes(data) // sent in place
	} else {
		payload = enc[:codec.EncodedLen(kind, len(data))]
		codec.Encode(payload, kind, scale, data)
	}
	h := frameHeader{Len: uint32(len(payload)), Kind: frameChunk, Codec: kind, Step: uint16(k), Round: uint32(j), Op: op}
	h.put(hdr)
	if hk := g.hooks.beforeSend; hk != nil {
		if raw, ok := hk(op, j, k); ok {
			g.waits.wait(sendSide, ln, j, k)
			_, err := s.Write(raw)
			return err
		}
	}
	g.waits.wait(sendSide, ln, j, k)
	if fw, ok := s.(frameWriter); ok {
		if err := fw.writeFrame(hdr, payload); err != nil {
			return err
		}
	} else {
		if _, err := s.Write(hdr); err != nil {
			return err
		}
		if len(payload) > 0 {
			if _, err := s.Write(payload); err != nil {
				return err
			}
		}
	}
	if hk := g.hooks.afterSend; hk != nil {
		hk(op, j, k)
	}
	if hk := g.params.AfterChunk; hk != nil {
		hk(op, j, k)
	}
	return nil
}

func (g *Group) recvLane(ctx context.Context, lk *links, l schedule.Layout, op uint64, lane int, buf []float32, q chan<- int, prog *progress) error {
	s := lk.in[lane]
	st := &g.op
	hdr := make([]byte, frameHeaderLen)
	scratch := st.recv[lane]
	n, steps, rounds := l.Ranks(), l.Steps(), l.Rounds()
	comp := g.spec.Compression
	defer g.waits.rest(recvSide, lane)
	for idx, j := 0, lane; j < rounds; idx, j = idx+1, j+g.spec.Lanes {
		for k := range steps {
			// In the first round of a lane, the chunk of step k < n-1
			// carries the contributions of the k+1 members before this
			// one, so it comes only once they have all reached the
			// operation, whose spread StartTimeout covers. The chunk of
			// step n-2 holds every other member's contribution: from then
			// on all have started, and each chunk gets ChunkTimeout.
			timeout := g.params.ChunkTimeout
			if idx == 0 && k < n-1 {
				timeout = g.params.StartTimeout
			}
			fail := func(err error) error {
				waited := g.waits.done(recvSide, lane)
				switch {
				case ctx.Err() == nil && isTimeout(err):
					g.accuseMissed(lk.pred, fmt.Sprintf("sent no chunk for %v (op %d round %d step %d)", timeout, op, j, k))
				case g.stalled(waited):
					g.accuseMissed(lk.pred, stallNote(true, waited, op, j, k))
				}
				if ctx.Err() != nil {
					return context.Cause(ctx)
				}
				return fmt.Errorf("receive op %d round %d step %d from %s: %w", op, j, k, lk.pred, err)
			}
			garbage := func(err error) error {
				if ctx.Err() != nil {
					return context.Cause(ctx)
				}
				g.accuse(lk.pred, FaultGarbage, err.Error())
				return fmt.Errorf("from %s: %w", lk.pred, err)
			}
			if hk := g.hooks.beforeRecv; hk != nil {
				hk(op, j, k)
			}
			g.waits.wait(recvSide, lane, j, k)
			_ = s.SetReadDeadline(clock.NetDeadline(timeout))
			if _, err := io.ReadFull(s, hdr); err != nil {
				return fail(err)
			}
			g.waits.done(recvSide, lane)
			h := decodeFrameHeader(hdr)
			stp := l.Step(lk.rank, k)
			lo, hi := l.Chunk(stp.Recv, j)
			dst := buf[lo:hi]
			if err := h.expectChunk(op, j, k, hi-lo, comp); err != nil {
				return garbage(err)
			}
			ci := stp.Recv*rounds + j
			if stp.Reduce {
				p := scratch[:h.Len]
				g.waits.wait(recvSide, lane, j, k)
				if _, err := io.ReadFull(s, p); err != nil {
					return fail(err)
				}
				g.waits.done(recvSide, lane)
				if st.rsIn != nil && g.spec.Transcripts {
					// The transcript hashes what came, before it is
					// summed away.
					if _, err := codec.Decode(st.rsIn[lo:hi], h.Codec, p); err != nil {
						return garbage(err)
					}
				}
				if err := st.decodeAdd(ci, lo, hi, h.Codec, p); err != nil {
					return garbage(err)
				}
				if stp.Final {
					if comp != codec.FP32 {
						kind, scale := codec.Choose(comp, dst)
						codec.Round(dst, kind, scale)
						st.meta[ci] = chunkMeta{kind, scale}
					}
				}
			} else {
				// This member's sender last read this chunk at step
				// k-(N-1) of the round; the ring's causality has it done
				// long before, and waiting on it makes that explicit.
				g.waits.rest(recvSide, lane)
				if err := prog.wait(ctx, int64(idx*steps+k-(n-1)+1)); err != nil {
					return err
				}
				if stp.Recv == lk.rank {
					st.save(ci, lo, hi)
				}
				g.waits.wait(recvSide, lane, j, k)
				if h.Codec == codec.FP32 && codec.NativeLittleEndian() {
					if _, err := io.ReadFull(s, codec.AsBytes(dst)); err != nil { // in place
						return fail(err)
					}
					g.waits.done(recvSide, lane)
					// Forwarded as it came: a chunk that fell back to FP32 in a
					// compressed group must not go on under an earlier op's kind.
					st.meta[ci] = chunkMeta{codec.FP32, 0}
				} else {
					p := scratch[:h.Len]
					if _, err := io.ReadFull(s, p); err != nil {
						return fail(err)
					}
					g.waits.done(recvSide, lane)
					scale, err := codec.Decode(dst, h.Codec, p)
					if err != nil {
						return garbage(err)
					}
					st.meta[ci] = chunkMeta{h.Codec, scale}
				}
			}
			if stp.Forward {
				q <- k + 1
			}
			if stp.Final || !stp.Reduce {
				// The chunk is final here: hash it after handing it to the
				// sender (both only read it now), so that the hop does not
				// wait for the hash.
				st.hashes[ci] = hashFloats(dst)
			}
		}
	}
	return nil
}

func isTimeout(err error) bool {
	var t interface{ Timeout() bool }
	return errors.As(err, &t) && t.Timeout()
}
