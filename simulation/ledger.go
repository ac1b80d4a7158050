package simulation

import (
	"math/big"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/reputation/score"
)

// ledger is the simulated settlement contract: stakes, escrow, credits
// and slashing under chain/contracts/Settlement.sol's rules (PROTOCOL.md,
// "On-chain settlement"), with the contract's default parameters unless
// the scenario sets others. Transactions take effect a block later.
// Equivocation evidence is checked as the contract checks it
// (wire.Codec.VerifyEvidence: one slot, two different messages, both
// signed by the slot's signer under the domain); the tests check the same
// evidence with chain.CheckEquivocation. Fault slashes need a quorum of
// the other members, which the simulation counts rather than signs.
//
// Tokens never leave (a withdrawal leaves them in the ledger), so tokens
// in (deposits and stakes) always equal tokens held (escrow, stakes,
// balances, treasury); TestLedgerConserves checks it after every run.
type ledger struct {
	e        *Engine
	stake    []*big.Int
	balance  []*big.Int
	escrow   []*big.Int // by job
	treasury *big.Int
	in       *big.Int
	slots    map[slashSlot]bool
	pending  map[slashSlot]bool
	slashes  map[string]*SlashStats
	jobs     map[int32]*chainJob // awarded jobs, by index (jobs.go)
}

// slashSlot is what the contract slashes once: an equivocation slot
// (kind, job, signer) or a fault (kind 4, job, accused).
type slashSlot struct {
	kind uint8
	job  auction.Hash
	who  auction.Address
}

type txKind uint8

const (
	txEquivocation txKind = iota + 1
	txFault
)

// tx is a transaction waiting for its block.
type tx struct {
	kind     txKind
	fault    uint8 // txFault: the fault kind (1 missed steps, 2 wrong result, 4 tampered)
	job      int32
	reporter int32
	accused  int32
	step     uint64
	ev       *auction.Evidence
}

func newLedger(e *Engine) *ledger {
	l := &ledger{e: e, treasury: new(big.Int), in: new(big.Int), slots: map[slashSlot]bool{}, pending: map[slashSlot]bool{}, slashes: map[string]*SlashStats{}, jobs: map[int32]*chainJob{}}
	for _, p := range e.peers {
		s := new(big.Int)
		if p.kind == kindProvider {
			s.Set(e.stake)
			l.in.Add(l.in, s)
		}
		l.stake = append(l.stake, s)
		l.balance = append(l.balance, new(big.Int))
		p.paid, p.slashed, p.margin = new(big.Int), new(big.Int), new(big.Int)
	}
	return l
}

// deposit escrows a job's budget.
func (l *ledger) deposit(j *job) {
	b := new(big.Int).Set(j.ann.Budget)
	l.escrow = append(l.escrow, b)
	l.in.Add(l.in, b)
}

// refund returns a job's escrow left to its poster (an unawarded job's,
// or what a settlement did not credit) and the amount.
func (l *ledger) refund(j *job) *big.Int {
	esc := l.escrow[j.idx]
	amount := new(big.Int).Set(esc)
	l.balance[j.poster].Add(l.balance[j.poster], esc)
	esc.SetInt64(0)
	return amount
}

func bps(v *big.Int, b int) *big.Int {
	x := new(big.Int).Mul(v, big.NewInt(int64(b)))
	return x.Quo(x, big.NewInt(10_000))
}

// submitEvidence sends p's equivocation evidence to the chain, unless
// the slot is slashed already or evidence for it is pending (a node sees
// the mempool and the contract's state before it pays for a transaction).
func (e *Engine) submitEvidence(p *peer, j *job, ev *auction.Evidence) {
	slot := slashSlot{kind: uint8(ev.Kind), job: ev.JobID, who: ev.Signer}
	if e.chain.slots[slot] || e.chain.pending[slot] {
		return
	}
	e.chain.pending[slot] = true
	e.txs = append(e.txs, &tx{kind: txEquivocation, job: j.idx, reporter: p.idx, ev: ev, accused: -1})
	e.schedule(e.now+e.blockDelay(), evChainTx, -1, int32(len(e.txs)-1), 0)
}

// submitFault sends a quorum's fault attestation against accused.
func (e *Engine) submitFault(reporter *peer, j *job, accused *peer, step uint64) {
	e.txs = append(e.txs, &tx{kind: txFault, fault: 1, job: j.idx, reporter: reporter.idx, accused: accused.idx, step: step})
	e.schedule(e.now+e.blockDelay(), evChainTx, -1, int32(len(e.txs)-1), 0)
}

// blockDelay is when a transaction sent now is included: the next block
// or the one after.
func (e *Engine) blockDelay() int64 {
	bt := e.sc.Chain.BlockTime.Micros()
	return bt + e.rng.Int64N(max(1, bt))
}

// chainTx applies a transaction.
func (e *Engine) chainTx(ev *event) {
	t := e.txs[ev.a]
	l := e.chain
	j := e.jobs[t.job]
	b := e.line(ev)
	b = logInt(b, "job", int64(j.idx))
	switch t.kind {
	case txEquivocation:
		sub := Submitted{Evidence: t.ev, Reporter: e.peers[t.reporter].addr}
		b = logStr(b, "kind", "equivocation")
		if err := e.codec.VerifyEvidence(t.ev); err != nil {
			sub.Err = err.Error()
		} else if who := e.peerOf(t.ev.Signer); who == nil {
			sub.Err = "unknown signer"
		} else {
			slot := slashSlot{kind: uint8(t.ev.Kind), job: t.ev.JobID, who: t.ev.Signer}
			delete(l.pending, slot)
			if l.slots[slot] {
				sub.Err = "AlreadySlashed"
			} else {
				l.slots[slot] = true
				sub.Slashed = true
				e.caught(who)
				amount := l.slash(who, e.peers[t.reporter], e.sc.Chain.EquivocationSlashBps, "equivocation-"+t.ev.Kind.String())
				e.chainObserve(j, score.Observation{Peer: score.Address(who.addr), Kind: score.KindSlashed, Job: j.ann.JobID, Amount: amount})
				b = logInt(b, "slashed", int64(who.idx))
			}
		}
		if sub.Err != "" {
			b = logStr(b, "reverted", sub.Err)
			e.st.txReverted++
		}
		e.submitted = append(e.submitted, sub)
	case txFault:
		who := e.peers[t.accused]
		b = logStr(b, "kind", faultName(t.fault))
		// The contract slashes one fault per (job, accused), whatever
		// its kind (slashKey(KIND_FAULT, job, accused)).
		slot := slashSlot{kind: 4, job: j.ann.JobID, who: who.addr}
		if l.slots[slot] {
			b = logStr(b, "reverted", "AlreadySlashed")
			e.st.txReverted++
			break
		}
		l.slots[slot] = true
		var amount *big.Int
		if t.fault == 1 {
			// Missed steps forfeit the bond, bondBps of the member's
			// value in the job, never a share of the whole stake
			// (Settlement.slashFault).
			value := new(big.Int).Mul(memberPrice(j.award, who.addr), new(big.Int).SetUint64(j.ann.Steps))
			amount = l.take(who, e.peers[t.reporter], bps(value, e.sc.Chain.BondBps), faultName(t.fault))
		} else {
			amount = l.slash(who, e.peers[t.reporter], e.sc.Chain.FaultSlashBps, faultName(t.fault))
		}
		e.chainObserve(j, score.Observation{Peer: score.Address(who.addr), Kind: score.KindSlashed, Job: j.ann.JobID, Amount: amount})
		b = logInt(b, "slashed", int64(who.idx))
	}
	e.log.end(b)
}

// slash takes share bps of who's stake, paying the reporter its reward.
func (l *ledger) slash(who, reporter *peer, share int, reason string) *big.Int {
	return l.take(who, reporter, bps(l.stake[who.idx], share), reason)
}

// take takes want (at most the whole stake) from who's stake, paying the
// reporter its reward and the treasury the rest.
func (l *ledger) take(who, reporter *peer, want *big.Int, reason string) *big.Int {
	st := l.stake[who.idx]
	amount := new(big.Int).Set(want)
	if amount.Cmp(st) > 0 {
		amount.Set(st)
	}
	st.Sub(st, amount)
	reward := bps(amount, l.e.sc.Chain.ReporterRewardBps)
	l.balance[reporter.idx].Add(l.balance[reporter.idx], reward)
	l.treasury.Add(l.treasury, new(big.Int).Sub(amount, reward))
	who.slashed.Add(who.slashed, amount)
	if who.slashes == nil {
		who.slashes = map[string]int{}
	}
	who.slashes[reason]++
	s := l.slashes[reason]
	if s == nil {
		s = &SlashStats{Amount: new(big.Int)}
		l.slashes[reason] = s
	}
	s.Count++
	s.Amount.Add(s.Amount, amount)
	return amount
}

// chainObserve has every honest follower of the job record what the
// chain did (a node watches the contract's events for the jobs it
// followed, and catches up after being offline). The peer concerned
// records it too: see observeJob.
func (e *Engine) chainObserve(j *job, o score.Observation) {
	for _, f := range j.followers {
		e.observe(e.peers[f], o)
	}
}

// held returns every token the ledger holds.
func (l *ledger) held() *big.Int {
	h := new(big.Int).Set(l.treasury)
	for _, v := range l.stake {
		h.Add(h, v)
	}
	for _, v := range l.balance {
		h.Add(h, v)
	}
	for _, v := range l.escrow {
		h.Add(h, v)
	}
	return h
}
