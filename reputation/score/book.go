package score

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"slices"
	"sort"
)

// Aggregate is what a node keeps about one peer, kept up to date with every
// observation so that a score never needs the raw observations (which the
// store prunes).
type Aggregate struct {
	Peer Address `json:"-"`
	// Direct is the evidence this node gathered itself (observations with By
	// zero), decayed as of Direct.AtMs.
	Direct Evidence `json:"direct"`
	// Counts are observations by kind, from every reporter, never decayed.
	Counts [NumKinds]uint64 `json:"counts"`
	// FirstMs and LastMs are the earliest and latest observation times.
	FirstMs uint64 `json:"first_ms"`
	LastMs  uint64 `json:"last_ms"`
	// LatencyMs is an exponentially weighted mean of the step latencies
	// this node measured (weight LatencyEWMAWeight per new sample), ms; 0
	// before the first.
	LatencyMs float64 `json:"latency_ms"`
	// PaidTotal and SlashedTotal sum the amounts of SettlementPaid and
	// Slashed observations, base units.
	PaidTotal    *big.Int `json:"paid_total,omitempty"`
	SlashedTotal *big.Int `json:"slashed_total,omitempty"`
	// DeliveredMFLOPs is the most this node measured the peer deliver
	// (direct Throughput observations), and ClaimedMFLOPs what its bid
	// claimed in the latest, MFLOP/s: 0 before the first. (Stores written
	// before MFLOP/s hold delivered_gflops and claimed_gflops, which
	// UnmarshalJSON reads as 1000 times as many MFLOP/s.)
	DeliveredMFLOPs uint64 `json:"delivered_mflops,omitempty"`
	ClaimedMFLOPs   uint64 `json:"claimed_mflops,omitempty"`
}

// UnmarshalJSON reads an aggregate as MarshalJSON writes it, and one
// written before throughput was kept in MFLOP/s (delivered_gflops,
// claimed_gflops: whole GFLOP/s), converting those to MFLOP/s.
func (a *Aggregate) UnmarshalJSON(b []byte) error {
	type plain Aggregate // without the method, so no recursion
	var v struct {
		plain
		LegacyDelivered uint64 `json:"delivered_gflops"`
		LegacyClaimed   uint64 `json:"claimed_gflops"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*a = Aggregate(v.plain)
	if a.DeliveredMFLOPs == 0 && a.ClaimedMFLOPs == 0 {
		a.DeliveredMFLOPs, a.ClaimedMFLOPs = GFLOPsToMFLOPs(v.LegacyDelivered), GFLOPsToMFLOPs(v.LegacyClaimed)
	}
	return nil
}

// GFLOPsToMFLOPs converts whole GFLOP/s to MFLOP/s, saturating.
func GFLOPsToMFLOPs(g uint64) uint64 {
	if g > math.MaxUint64/1000 {
		return math.MaxUint64
	}
	return g * 1000
}

// LatencyEWMAWeight is the weight of a new latency sample in
// Aggregate.LatencyMs: about the last ten steps matter.
const LatencyEWMAWeight = 0.1

// Observations returns the total count over every kind.
func (a *Aggregate) Observations() uint64 {
	var n uint64
	for _, c := range a.Counts {
		n += c
	}
	return n
}

func (a *Aggregate) clone() Aggregate {
	c := *a
	if a.PaidTotal != nil {
		c.PaidTotal = new(big.Int).Set(a.PaidTotal)
	}
	if a.SlashedTotal != nil {
		c.SlashedTotal = new(big.Int).Set(a.SlashedTotal)
	}
	return c
}

// Cell is what one reporter (Voucher) has said about one peer (Subject):
// the evidence it claimed, decayed as of Evidence.AtMs.
type Cell struct {
	Subject  Address  `json:"-"`
	Voucher  Address  `json:"-"`
	Evidence Evidence `json:"evidence"`
}

// Claim is the total evidence one reporter has claimed about everyone; it
// sets how thinly its trust budget is spread.
type Claim struct {
	Voucher Address
	Total   Evidence
}

// Change is what applying one observation changes. Book.Plan computes it
// without changing the book; the store writes it in one transaction, then
// Book.Commit applies it, so that memory and disk never disagree.
type Change struct {
	Obs Observation
	// Agg is the new aggregate of Obs.Peer.
	Agg Aggregate
	// Cell, when set, is the new opinion of Obs.By about Obs.Peer.
	Cell *Cell
	// Evicted, when set, is an opinion dropped to make room for Cell.
	Evicted *Cell
	// Claims are the new totals of the reporters involved.
	Claims []Claim
	// Dropped reports that a reported opinion was not kept: its peer already
	// has VouchersPerPeerMax reporters, all with more direct trust.
	Dropped bool
}

// Detail explains one peer's score.
type Detail struct {
	// Score is in [0, 1].
	Score float64 `json:"score"`
	// Direct is this node's own evidence, Indirect the discounted evidence
	// from reporters, both decayed to the time asked about.
	Direct   Evidence `json:"direct"`
	Indirect Evidence `json:"indirect"`
	// DirectScore is the score from direct evidence alone.
	DirectScore float64 `json:"direct_score"`
	// Trust is how much this node trusts the peer's own reports, [0, 1].
	Trust float64 `json:"trust"`
	// Vouchers is how many reporters' opinions of the peer are kept.
	Vouchers int `json:"vouchers"`
}

// Book holds every peer's aggregate and the reporters' opinions, and scores
// peers. It is the in-memory twin of the Badger store (which keeps a Book as
// its cache), and what the simulation uses directly.
//
// How a score is made, and why:
//
//  1. Direct evidence r, s (this node's observations and the chain's) is
//     summed with exponential forgetting (Params.HalfLifeMs) — Jøsang &
//     Ismail's beta reputation with a forgetting factor.
//  2. A reporter v's opinions of others (vouches, fault reports) are kept
//     per (v, peer), also forgetting. They count through v's trust
//     τ_v = Params.Trust(direct evidence of v) — Jøsang's discounting
//     operator: an opinion is worth what its source is worth to us.
//  3. Budget: v passes on, over all the peers it reports on, at most
//     VouchDiscount × (v's direct positive evidence). If it claimed more, all
//     its opinions are scaled down alike. This is the flow bound behind
//     sybil-resistant trust metrics (Advogato; Cheng & Friedman, "Sybilproof
//     reputation mechanisms", 2005): since trust only flows in from what this
//     node saw itself, a ring of identities that praise each other gets at
//     most the discounted evidence its members earned in front of this node,
//     however many identities and vouches it makes.
//  4. Score = (r_direct + r_indirect + α) / (r + s + α + β).
//
// Pre-trusted peers (Params.Trusted) are the seeds EigenTrust starts from:
// their opinions count in full. Only one hop is followed: a reporter's trust
// comes from direct evidence only, never from what others say of it, which
// keeps scoring O(reporters of the peer), iteration-free and deterministic.
//
// A Book is not safe for concurrent use.
type Book struct {
	p       Params
	trusted map[Address]bool
	aggs    map[Address]*Aggregate
	// cells[subject] is sorted by voucher address, so that sums run in a
	// fixed order and scores are bit-for-bit deterministic.
	cells  map[Address][]Cell
	claims map[Address]Evidence
	totals [NumKinds]uint64
}

// NewBook returns an empty book.
func NewBook(p Params) (*Book, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	b := &Book{p: p, trusted: map[Address]bool{}, aggs: map[Address]*Aggregate{}, cells: map[Address][]Cell{}, claims: map[Address]Evidence{}}
	for _, t := range p.Trusted {
		b.trusted[t] = true
	}
	return b, nil
}

// Params returns the book's rules.
func (b *Book) Params() Params { return b.p }

// Apply plans and commits o: the in-memory path, for tests and simulation.
func (b *Book) Apply(o Observation) (Change, error) {
	ch, err := b.Plan(o)
	if err != nil {
		return ch, err
	}
	b.Commit(ch)
	return ch, nil
}

// Plan computes what o changes, without changing b.
func (b *Book) Plan(o Observation) (Change, error) {
	if err := o.Validate(); err != nil {
		return Change{}, err
	}
	ch := Change{Obs: o}
	var agg Aggregate
	if old := b.aggs[o.Peer]; old != nil {
		agg = old.clone()
	} else {
		agg = Aggregate{Peer: o.Peer, FirstMs: o.AtMs, LastMs: o.AtMs, Direct: Evidence{AtMs: o.AtMs}}
	}
	agg.Counts[o.Kind]++
	agg.FirstMs = min(agg.FirstMs, o.AtMs)
	agg.LastMs = max(agg.LastMs, o.AtMs)
	switch o.Kind {
	case KindStepLatency:
		if o.By.IsZero() {
			if agg.LatencyMs == 0 {
				agg.LatencyMs = float64(o.LatencyMs)
			} else {
				agg.LatencyMs += LatencyEWMAWeight * (float64(o.LatencyMs) - agg.LatencyMs)
			}
		}
	case KindSettlementPaid:
		agg.PaidTotal = addBig(agg.PaidTotal, o.Amount)
	case KindSlashed:
		agg.SlashedTotal = addBig(agg.SlashedTotal, o.Amount)
	case KindThroughput:
		if o.By.IsZero() {
			agg.DeliveredMFLOPs = max(agg.DeliveredMFLOPs, o.DeliveredMFLOPs)
			agg.ClaimedMFLOPs = o.ClaimedMFLOPs
		}
	}
	pos, neg := b.p.Effect(&o)
	if o.By.IsZero() {
		agg.Direct = b.p.Add(agg.Direct, pos, neg, o.AtMs)
	} else if pos != 0 || neg != 0 {
		b.planReport(&ch, pos, neg)
	}
	ch.Agg = agg
	return ch, nil
}

func addBig(total, x *big.Int) *big.Int {
	if x == nil || x.Sign() == 0 {
		return total
	}
	if total == nil {
		return new(big.Int).Set(x)
	}
	return new(big.Int).Add(total, x)
}

// planReport adds a reporter's evidence about a peer to ch.
func (b *Book) planReport(ch *Change, pos, neg float64) {
	o := &ch.Obs
	cells := b.cells[o.Peer]
	i, found := b.findCell(cells, o.By)
	var cell Cell
	if found {
		cell = cells[i]
	} else {
		cell = Cell{Subject: o.Peer, Voucher: o.By, Evidence: Evidence{AtMs: o.AtMs}}
		if len(cells) >= b.p.VouchersPerPeerMax {
			victim := b.weakestVoucher(cells, o.AtMs)
			if b.reporterRank(o.By, o.AtMs) <= b.reporterRank(cells[victim].Voucher, o.AtMs) {
				ch.Dropped = true
				return
			}
			ev := cells[victim]
			ch.Evicted = &ev
			total := b.p.At(b.claims[ev.Voucher], ev.Evidence.AtMs)
			gone := b.p.At(ev.Evidence, total.AtMs)
			total.Pos = math.Max(0, total.Pos-gone.Pos)
			total.Neg = math.Max(0, total.Neg-gone.Neg)
			ch.Claims = append(ch.Claims, Claim{Voucher: ev.Voucher, Total: total})
		}
	}
	cell.Evidence = b.p.Add(cell.Evidence, pos, neg, o.AtMs)
	ch.Cell = &cell
	ch.Claims = append(ch.Claims, Claim{Voucher: o.By, Total: b.p.Add(b.claims[o.By], pos, neg, o.AtMs)})
}

func (b *Book) findCell(cells []Cell, voucher Address) (int, bool) {
	return slices.BinarySearchFunc(cells, voucher, func(c Cell, v Address) int { return bytes.Compare(c.Voucher[:], v[:]) })
}

// reporterRank orders reporters for eviction: pre-trusted first, then by
// direct positive evidence. A sybil with no direct record ranks lowest, so
// a flood of sybil opinions can not push out an honest reporter's.
func (b *Book) reporterRank(v Address, nowMs uint64) float64 {
	if b.trusted[v] {
		return math.Inf(1)
	}
	if a := b.aggs[v]; a != nil {
		return b.p.At(a.Direct, nowMs).Pos
	}
	return 0
}

// weakestVoucher returns the index of the lowest-ranked reporter (the last
// in address order among equals, so the choice is deterministic).
func (b *Book) weakestVoucher(cells []Cell, nowMs uint64) int {
	w, wr := 0, math.Inf(1)
	for i, c := range cells {
		if r := b.reporterRank(c.Voucher, nowMs); r <= wr {
			w, wr = i, r
		}
	}
	return w
}

// Commit applies a change computed by Plan on this book, unchanged since.
func (b *Book) Commit(ch Change) {
	agg := ch.Agg
	b.aggs[agg.Peer] = &agg
	b.totals[ch.Obs.Kind]++
	if ch.Evicted != nil {
		b.removeCell(*ch.Evicted)
	}
	if ch.Cell != nil {
		b.putCell(*ch.Cell)
	}
	for _, c := range ch.Claims {
		b.claims[c.Voucher] = c.Total
	}
}

func (b *Book) putCell(c Cell) {
	cells := b.cells[c.Subject]
	i, found := b.findCell(cells, c.Voucher)
	if found {
		cells[i] = c
		return
	}
	b.cells[c.Subject] = slices.Insert(cells, i, c)
}

func (b *Book) removeCell(c Cell) {
	cells := b.cells[c.Subject]
	if i, found := b.findCell(cells, c.Voucher); found {
		b.cells[c.Subject] = slices.Delete(cells, i, i+1)
	}
}

// Restore loads persisted state (the store calls these at open, in any
// order, before any Plan).
func (b *Book) Restore(a Aggregate) {
	if old := b.aggs[a.Peer]; old != nil {
		for k, n := range old.Counts {
			b.totals[k] -= n
		}
	}
	b.aggs[a.Peer] = &a
	for k, n := range a.Counts {
		b.totals[k] += n
	}
}

// RestoreCell loads a persisted opinion.
func (b *Book) RestoreCell(c Cell) { b.putCell(c) }

// RestoreClaim loads a persisted reporter total.
func (b *Book) RestoreClaim(c Claim) { b.claims[c.Voucher] = c.Total }

// Forget drops peer's aggregate (the store forgets peers long gone).
func (b *Book) Forget(peer Address) {
	if a := b.aggs[peer]; a != nil {
		for k, n := range a.Counts {
			b.totals[k] -= n
		}
		delete(b.aggs, peer)
	}
}

// Reports reports whether peer's opinions of others still carry evidence
// at nowMs.
func (b *Book) Reports(peer Address, nowMs uint64) bool {
	c := b.p.At(b.claims[peer], nowMs)
	return c.Pos+c.Neg > 1e-9
}

// Aggregate returns a copy of peer's aggregate.
func (b *Book) Aggregate(peer Address) (Aggregate, bool) {
	a := b.aggs[peer]
	if a == nil {
		return Aggregate{}, false
	}
	return a.clone(), true
}

// Cells returns copies of the opinions kept about peer, by voucher.
func (b *Book) Cells(peer Address) []Cell { return slices.Clone(b.cells[peer]) }

// Peers returns every peer with an aggregate, in address order.
func (b *Book) Peers() []Address {
	ps := make([]Address, 0, len(b.aggs))
	for a := range b.aggs {
		ps = append(ps, a)
	}
	sort.Slice(ps, func(i, j int) bool { return bytes.Compare(ps[i][:], ps[j][:]) < 0 })
	return ps
}

// Len returns how many peers the book knows.
func (b *Book) Len() int { return len(b.aggs) }

// Totals returns observation counts by kind over all peers.
func (b *Book) Totals() [NumKinds]uint64 { return b.totals }

// Score returns peer's score at nowMs, in [0, 1]; a peer never seen gets
// the prior.
func (b *Book) Score(peer Address, nowMs uint64) float64 { return b.Detail(peer, nowMs).Score }

// Detail returns peer's score at nowMs with what it is made of.
func (b *Book) Detail(peer Address, nowMs uint64) Detail {
	var d Detail
	if a := b.aggs[peer]; a != nil {
		d.Direct = b.p.At(a.Direct, nowMs)
	}
	d.Direct.AtMs = max(d.Direct.AtMs, nowMs)
	d.Indirect.AtMs = d.Direct.AtMs
	for _, c := range b.cells[peer] {
		f := b.reportWeight(c.Voucher, nowMs)
		if f == 0 {
			continue
		}
		e := b.p.At(c.Evidence, nowMs)
		d.Indirect.Pos += f * e.Pos
		d.Indirect.Neg += f * e.Neg
	}
	d.Vouchers = len(b.cells[peer])
	d.DirectScore = b.p.Mean(d.Direct)
	d.Trust = b.p.Trust(d.Direct)
	if b.trusted[peer] {
		d.Trust = 1
	}
	d.Score = b.p.Mean(Evidence{Pos: d.Direct.Pos + d.Indirect.Pos, Neg: d.Direct.Neg + d.Indirect.Neg})
	return d
}

// reportWeight is the factor applied to what voucher v reports: its trust,
// scaled down when its claims exceed its budget.
func (b *Book) reportWeight(v Address, nowMs uint64) float64 {
	if b.trusted[v] {
		return 1
	}
	a := b.aggs[v]
	if a == nil {
		return 0
	}
	direct := b.p.At(a.Direct, nowMs)
	tau := b.p.Trust(direct)
	if tau == 0 {
		return 0
	}
	claims := b.p.At(b.claims[v], nowMs)
	total := claims.Pos + claims.Neg
	budget := b.p.VouchDiscount * direct.Pos
	if total > budget {
		tau *= budget / total
	}
	return tau
}

// String summarises the book for logs and test failures.
func (b *Book) String() string {
	return fmt.Sprintf("score.Book{%d peers, %d opinions}", len(b.aggs), len(b.cells))
}
