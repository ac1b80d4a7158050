package chain

import (
	"flag"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/chain/bindings"
	"github.com/trainmesh/trainmesh/protocol"
)

var (
	propertySeed  = flag.Uint64("chain.seed", 0, "seed of TestInvariantRandomCalls (0: its fixed seeds)")
	propertySteps = flag.Int("chain.steps", 120, "calls per seed in TestInvariantRandomCalls")
)

// TestInvariantRandomCalls drives the contract with random sequences of
// calls from several accounts (valid ones and ones that must revert) and
// checks after every call that tokens in = tokens paid out + tokens held,
// that what is held is exactly what is owed (unspent escrow, unreleased
// credits, balances, stakes, the stakers' fee stream and their unclaimed
// rewards), and that every job's credits add up to what it says it
// credited. Stakes, fees (settle, claim, challenges), reward claims,
// slashes and unbonds interleave; after every call no staker's earned
// rewards have fallen (but by its own claim, which moves them into its
// balance to the unit), a staker with no active stake has earned nothing
// more, and the pool owes at least what its stakers have earned, the
// difference (rounding dust) bounded by the calls made. A failure prints
// the seed that replays it:
//
//	go test ./chain -run TestInvariantRandomCalls -chain.seed=N
func TestInvariantRandomCalls(t *testing.T) {
	// Seed 9 replaced 6 when the evaluations' calls joined: with them, no
	// fixed seed reached a successful challengeFault.
	seeds := []uint64{1, 2, 3, 9}
	if *propertySeed != 0 {
		seeds = []uint64{*propertySeed}
	}
	succeeded := map[string]bool{}
	dataSettles := 0
	for _, seed := range seeds {
		t.Run(fmt.Sprintf("seed=%d", seed), func(t *testing.T) {
			m := newModel(t, seed)
			for i := 0; i < *propertySteps; i++ {
				op := m.step()
				if err := m.check(); err != nil {
					t.Fatalf("seed %d, call %d (%s): %v\nhistory:\n%s", seed, i, op, err, m.history())
				}
			}
			for k := range m.outcomes {
				if method, result, _ := strings.Cut(k, " "); result == "ok" {
					succeeded[method] = true
				}
			}
			t.Logf("seed %d: %d calls, %d succeeded; %d jobs (%d settled paying data holders), tokens in %v, out %v\noutcomes: %v", seed, len(m.log), m.succeeded, len(m.jobs), m.dataSettles, m.in, m.out, m.outcomes)
			dataSettles += m.dataSettles
		})
	}
	// The fixed seeds must reach every state-changing path, so that the
	// invariant is checked after each kind of call, not only after reverts.
	if *propertySeed == 0 && *propertySteps >= 120 && !t.Failed() {
		for _, method := range []string{"deposit", "registerAward", "settle", "challengeSteps", "challengeFault", "claim",
			"release", "refund", "withdraw", "stake", "unbond", "withdrawStake", "slashEquivocation", "slashFault", "claimRewards",
			"openEvaluation", "submitScore", "finalizeEvaluation", "withdrawEvaluationFees"} {
			if !succeeded[method] {
				t.Errorf("no seed made a successful %s call", method)
			}
		}
		if dataSettles == 0 {
			t.Error("no seed settled a job paying data holders")
		}
	}
}

type modelJob struct {
	id     common.Hash
	poster *Client
	award  protocol.Award
	steps  uint64
	group  uint32
	budget *big.Int
	audits uint32   // the verification bound
	data   *big.Int // the data pool escrowed at deposit
	// eval is the job's evaluation terms, if its poster opened one.
	eval *EvalTerms
	// feeKept is the fee paid into the stakers' stream (or the treasury)
	// at settlement on entries challengeFault lowered that could not be
	// returned (stakers had earned it, the treasury had withdrawn it).
	feeKept *big.Int
}

type model struct {
	t         *testing.T
	e         *env
	rng       *rand.Rand
	posters   []*Client
	actors    []*Client // everyone who may hold a balance or stake
	jobs      []*modelJob
	nonce     uint64
	in, out   *big.Int
	log       []string
	succeeded int
	// dataSettles counts jobs settled with data holders paid.
	dataSettles int
	outcomes    map[string]int // "method -> result" counts
	// earned is each actor's earned rewards (and active stake) at the last
	// check; claimer the actor whose claimRewards succeeded in this call
	// and what it claimed.
	earned  map[common.Address]earning
	claimer common.Address
	claim   *big.Int
	// erng draws the evaluations' calls, apart from rng so that the fixed
	// seeds' other calls stay as they were; evIn and evOut are the tokens
	// into and out of the evaluations contract.
	erng        *rand.Rand
	evIn, evOut *big.Int
}

type earning struct{ rewards, active, balance *big.Int }

func newModel(t *testing.T, seed uint64) *model {
	e := newEnv(t, simNet(t))
	m := &model{
		t: t, e: e, rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)),
		posters: []*Client{e.poster, e.outsider},
		in:      new(big.Int), out: new(big.Int),
		outcomes: map[string]int{}, earned: map[common.Address]earning{},
		erng: rand.New(rand.NewPCG(seed^0xe7a1, seed)), evIn: new(big.Int), evOut: new(big.Int),
	}
	m.actors = append([]*Client{e.poster, e.outsider, e.reporter, e.gov}, e.workers...)
	return m
}

func (m *model) pick(cs []*Client) *Client { return cs[m.rng.IntN(len(cs))] }

func (m *model) amount(maxDollars int) *big.Int {
	return big.NewInt(int64(m.rng.IntN(maxDollars*1_000_000) + 1))
}

func (m *model) job() *modelJob {
	if len(m.jobs) == 0 {
		return nil
	}
	return m.jobs[m.rng.IntN(len(m.jobs))]
}

// jobWhere picks, four times in five, a job whose on-chain record satisfies
// ok (so that calls reach their interesting paths), else any job.
func (m *model) jobWhere(ok func(*Job) bool) *modelJob {
	if m.rng.IntN(5) > 0 {
		var fit []*modelJob
		for _, j := range m.jobs {
			if rec, err := m.e.gov.Job(m.e.ctx, j.id); err == nil && ok(rec) {
				fit = append(fit, j)
			}
		}
		if len(fit) > 0 {
			return fit[m.rng.IntN(len(fit))]
		}
	}
	return m.job()
}

func (m *model) inWindow(j *Job) bool { return j.Status == JobSettled && m.e.now().Before(j.ReleaseAt) }

// step makes one random call and returns what it was.
func (m *model) step() string {
	e := m.e
	var desc string
	var err error
	m.claimer = common.Address{}
	switch op := m.rng.IntN(15); {
	case op == 0 || len(m.jobs) == 0:
		p := m.pick(m.posters)
		group := uint32(m.rng.IntN(4) + 1)
		steps := uint64(m.rng.IntN(10) + 1)
		budget := m.amount(200)
		m.nonce++
		// A verification bound of 4 audits for every fourth job, from the
		// nonce (no draw: the fixed seeds' paths stay as they were).
		audits := uint32(m.nonce%4/3) * 4
		// A data pool of a third of the budget for every third job, also
		// from the nonce.
		data := new(big.Int)
		if m.nonce%3 == 2 {
			data.Div(budget, big.NewInt(3))
		}
		desc = fmt.Sprintf("deposit nonce %d group %d steps %d audits %d budget %v data %v by %s", m.nonce, group, steps, audits, budget, data, short(p))
		var id common.Hash
		id, _, err = p.Deposit(e.ctx, JobSpec{Nonce: m.nonce, GroupSize: group, Steps: steps, Audits: audits, Budget: budget,
			SettleDeadline: e.now().Add(time.Duration(m.rng.IntN(300)+30) * time.Second), Data: data})
		if err == nil {
			m.in.Add(m.in, budget).Add(m.in, data)
			m.jobs = append(m.jobs, &modelJob{id: id, poster: p, award: m.randomAward(id, p, group, steps, audits, budget), steps: steps, group: group, audits: audits, budget: budget, data: data, feeKept: new(big.Int)})
			if m.nonce%3 == 0 {
				m.openEvaluation(m.jobs[len(m.jobs)-1])
			}
		}
	case op == 1:
		j := m.job()
		desc = "registerAward " + short2(j.id)
		_, err = m.pick(m.e.workers).RegisterAward(e.ctx, j.award, e.sign(j.poster, j.award))
	case op == 2:
		// A batch of one poster's jobs, with random (sometimes invalid) steps.
		p := m.pick(m.posters)
		var batch []Payout
		for _, j := range m.jobs {
			rec, err := e.gov.Job(e.ctx, j.id)
			fresh := err == nil && rec.Status == JobOpen && e.now().Before(rec.SettleDeadline)
			if j.poster == p && (fresh || m.rng.IntN(8) == 0) && len(batch) < 3 {
				steps := m.randomSteps(j)
				holders, pay := m.holdersOf(j, steps)
				batch = append(batch, Payout{Award: j.award, Steps: steps, Audits: auditsOf(j, steps), Holders: holders, HolderPay: pay})
			}
		}
		desc = fmt.Sprintf("settle %d jobs by %s", len(batch), short(p))
		_, err = p.Settle(e.ctx, batch)
		for _, b := range batch {
			if err == nil && len(b.Holders) > 0 {
				m.dataSettles++
			}
		}
	case op == 3:
		j := m.jobWhere(m.inWindow)
		winner := common.Address(j.award.Winners[m.rng.IntN(len(j.award.Winners))])
		step := uint64(m.rng.IntN(int(j.steps)) + 1)
		desc = fmt.Sprintf("challengeSteps %s winner %s step %d", short2(j.id), winner.Hex()[:8], step)
		_, err = e.reporter.ChallengeSteps(e.ctx, j.award, winner, m.randomProof(j, winner, step))
	case op == 4:
		j := m.jobWhere(m.inWindow)
		members := j.award.Members()
		accused := members[m.rng.IntN(len(members))]
		kinds := []uint8{protocol.FaultMissedSteps, protocol.FaultWrongResult, protocol.FaultTampered}
		f := protocol.FaultAttestation{JobID: protocol.Hash(j.id), Accused: accused, Fault: kinds[m.rng.IntN(len(kinds))], Step: uint64(m.rng.IntN(int(j.steps)) + 1)}
		desc = fmt.Sprintf("challengeFault %s accused %s fault %d step %d", short2(j.id), common.Address(accused).Hex()[:8], f.Fault, f.Step)
		table, _ := e.gov.PayoutTable(e.ctx, j.id)
		escrowBefore := m.escrow(j.id)
		_, err = e.reporter.ChallengeFault(e.ctx, j.award, f, m.faultSigners(j, f))
		if err == nil {
			// The fee on what was taken back returns to the escrow out of
			// the stream not dripped yet, then the treasury's balance; the
			// rest stays out of the job's books, never more than the fee.
			bps := m.e.cp.FeeBps
			i := j.award.IndexOf(accused)
			old := table.Amounts[i]
			capSteps := int64(0) // faults 2 and 4: nothing
			if f.Fault == protocol.FaultMissedSteps {
				capSteps = int64(f.Step - 1)
			}
			lowered := mul(j.award.PriceOf(i), capSteps)
			excess := sub(fee(old, bps), fee(lowered, bps))
			kept := sub(sub(old, lowered), sub(m.escrow(j.id), escrowBefore))
			if kept.Sign() < 0 || kept.Cmp(excess) > 0 {
				m.t.Fatalf("%s: the escrow got back %v of %v lowered; the fee on it is %v", desc, sub(old, lowered), kept, excess)
			}
			j.feeKept.Add(j.feeKept, kept)
		}
	case op == 5:
		j := m.jobWhere(func(j *Job) bool { return j.Status == JobOpen && !m.e.now().Before(j.SettleDeadline) })
		winner := common.Address(j.award.Winners[m.rng.IntN(len(j.award.Winners))])
		step := uint64(m.rng.IntN(int(j.steps)) + 1)
		desc = fmt.Sprintf("claim %s winner %s step %d", short2(j.id), winner.Hex()[:8], step)
		_, err = e.outsider.Claim(e.ctx, j.award, e.sign(j.poster, j.award), winner, m.randomProof(j, winner, step))
	case op == 6:
		var ids []common.Hash
		for range m.rng.IntN(3) + 1 {
			ids = append(ids, m.jobWhere(func(j *Job) bool { return !j.ReleaseAt.IsZero() && !m.e.now().Before(j.ReleaseAt) }).id)
		}
		a := m.worker(m.jobs[0].award.Winners[0])
		for _, j := range m.jobs {
			if j.id == ids[0] {
				members := j.award.Members()
				a = m.worker(members[m.rng.IntN(len(members))])
			}
		}
		if m.rng.IntN(4) == 0 {
			desc, err = m.forgedRelease(ids[0], a)
			break
		}
		desc = fmt.Sprintf("release %d jobs for %s", len(ids), short(a))
		_, err = e.reporter.Release(e.ctx, a.Address(), ids...)
	case op == 7:
		j := m.jobWhere(func(j *Job) bool { return j.Status == JobSettled && !m.e.now().Before(j.ReleaseAt) })
		desc = "refund " + short2(j.id)
		_, err = e.reporter.Refund(e.ctx, j.id)
	case op == 8:
		a := m.pick(m.actors)
		bal := mustBig(e.gov.Balance(e.ctx, a.Address()))
		amt := m.amount(100)
		if bal.Sign() > 0 && m.rng.IntN(3) > 0 {
			amt = add(m.below(bal), big.NewInt(1))
		}
		desc = fmt.Sprintf("withdraw %v of %v by %s", amt, bal, short(a))
		_, err = a.Withdraw(e.ctx, amt)
		if err == nil {
			m.out.Add(m.out, amt)
		}
	case op == 9:
		w := m.pick(e.workers)
		amt := m.amount(300)
		desc = fmt.Sprintf("stake %v by %s", amt, short(w))
		_, err = w.Stake(e.ctx, amt)
		if err == nil {
			m.in.Add(m.in, amt)
		}
	case op == 10:
		w := m.pick(e.workers)
		st, _ := w.StakeOf(e.ctx, w.Address())
		amt := m.amount(300)
		if st.Active.Sign() > 0 && m.rng.IntN(3) > 0 {
			amt = add(m.below(st.Active), big.NewInt(1))
		}
		desc = fmt.Sprintf("unbond %v of %v by %s", amt, st.Active, short(w))
		_, err = w.Unbond(e.ctx, amt)
	case op == 11:
		w := m.pick(e.workers)
		st, _ := w.StakeOf(e.ctx, w.Address())
		desc = fmt.Sprintf("withdrawStake %v by %s", st.Unbonding, short(w))
		_, err = w.WithdrawStake(e.ctx)
		if err == nil {
			m.out.Add(m.out, st.Unbonding)
		}
	case op == 12:
		w := m.pick(e.workers)
		pairs := equivocations(JobIDOf(e.poster.Address(), uint64(m.rng.IntN(3))), w.Address())
		pair := pairs[m.rng.IntN(len(pairs))]
		ev, _ := protocol.NewEquivocation(pair.a, e.sign(w, pair.a), pair.b, e.sign(w, pair.b))
		desc = fmt.Sprintf("slashEquivocation %s of %s", pair.kind, short(w))
		_, err = e.reporter.SlashEquivocation(e.ctx, ev)
	case op == 14:
		w := m.pick(e.workers)
		desc = "claimRewards by " + short(w)
		var tx *Tx
		if tx, err = w.ClaimRewards(e.ctx); err == nil {
			m.claimer, m.claim = w.Address(), w.Claimed(tx)
		}
	case op == 13:
		if m.rng.IntN(2) == 0 {
			j := m.job()
			members := j.award.Members()
			kind := uint8(m.rng.IntN(4) + 1)
			f := protocol.FaultAttestation{JobID: protocol.Hash(j.id), Accused: members[m.rng.IntN(len(members))], Fault: kind, Step: 1}
			desc = fmt.Sprintf("slashFault %s accused %s fault %d", short2(j.id), common.Address(f.Accused).Hex()[:8], kind)
			before, _ := e.gov.StakeOf(e.ctx, common.Address(f.Accused))
			_, err = e.reporter.SlashFault(e.ctx, j.award, e.sign(j.poster, j.award), f, m.faultSigners(j, f))
			if err == nil && kind == protocol.FaultMissedSteps {
				// Missed steps forfeit at most the bond: bondBps of the
				// member's value in the job, never a share of the stake.
				after, _ := e.gov.StakeOf(e.ctx, common.Address(f.Accused))
				took := sub(add(before.Active, before.Unbonding), add(after.Active, after.Unbonding))
				// The member's price: the highest of its entries, as the
				// contract takes it for an address listed twice.
				price := new(big.Int)
				for i, a := range j.award.Members() {
					if a == f.Accused && j.award.PriceOf(i).Cmp(price) > 0 {
						price = j.award.PriceOf(i)
					}
				}
				bond := fee(new(big.Int).Mul(price, new(big.Int).SetUint64(j.steps)), e.cp.BondBps)
				if took.Cmp(bond) > 0 || took.Sign() == 0 {
					m.t.Fatalf("%s: took %v of the stake; the bond is %v", desc, took, bond)
				}
			}
		} else {
			d := time.Duration(m.rng.IntN(120)+1) * time.Second
			desc = fmt.Sprintf("advance %v", d)
			e.advance(d)
		}
	}
	m.record(desc, err)
	if d := m.evalStep(); d != "" {
		desc += "; " + d
	}
	return desc
}

// record logs a call's outcome: ok, or the revert's name.
func (m *model) record(desc string, err error) {
	result := "ok"
	if err != nil {
		if RevertName(err) == "" {
			m.t.Fatalf("%s: not a revert: %v", desc, err)
		}
		result = RevertName(err)
	} else {
		m.succeeded++
	}
	m.log = append(m.log, desc+" -> "+result)
	m.outcomes[strings.Fields(desc)[0]+" "+result]++
}

// openEvaluation has j's poster open an evaluation with random terms.
func (m *model) openEvaluation(j *modelJob) {
	r := m.erng
	t := EvalTerms{
		HeldOutHash: common.BigToHash(big.NewInt(int64(r.IntN(1000) + 1))), Threshold: uint64(r.IntN(100)), Tolerance: uint64(r.IntN(10)),
		Fee: big.NewInt(int64(r.IntN(1000))), Quorum: uint8(r.IntN(3) + 3), HigherIsBetter: r.IntN(2) == 0,
		ConditionalBps: uint16(r.IntN(10_001)), MinStake: big.NewInt(int64(r.IntN(2))),
	}
	_, err := j.poster.OpenEvaluation(m.e.ctx, j.id, t)
	m.record(fmt.Sprintf("openEvaluation %s quorum %d bps %d", short2(j.id), t.Quorum, t.ConditionalBps), err)
	if err == nil {
		j.eval = &t
		m.evIn.Add(m.evIn, t.Pot())
	}
}

// evalStep makes, one time in four, a call of the evaluations contract: a
// score (by anyone, members and the poster included, which must revert),
// a finalization or a withdrawal of fees. It returns what it did.
func (m *model) evalStep() string {
	r := m.erng
	var evJobs []*modelJob
	for _, j := range m.jobs {
		if j.eval != nil {
			evJobs = append(evJobs, j)
		}
	}
	if len(evJobs) == 0 || r.IntN(4) > 0 {
		return ""
	}
	e := m.e
	j := evJobs[r.IntN(len(evJobs))]
	var desc string
	var err error
	switch op := r.IntN(6); {
	case op < 4:
		c := m.actors[r.IntN(len(m.actors))]
		s := protocol.Score{JobID: protocol.Hash(j.id), Evaluator: protocol.Address(c.Address()), ModelHash: protocol.Hash{1},
			HeldOutHash: protocol.Hash(j.eval.HeldOutHash), Score: uint64(r.IntN(200))}
		var signed protocol.SignedScore
		if signed, err = c.SignScore(s); err != nil {
			m.t.Fatal(err)
		}
		desc = fmt.Sprintf("submitScore %s by %s score %d", short2(j.id), short(c), s.Score)
		_, err = e.reporter.SubmitScore(e.ctx, j.award, signed)
	case op == 4:
		desc = "finalizeEvaluation " + short2(j.id)
		_, err = e.reporter.FinalizeEvaluation(e.ctx, j.id)
	default:
		c := m.actors[r.IntN(len(m.actors))]
		bal := mustBig(e.gov.EvaluationBalance(e.ctx, c.Address()))
		desc = fmt.Sprintf("withdrawEvaluationFees %v by %s", bal, short(c))
		if _, err = c.WithdrawEvaluationFees(e.ctx); err == nil {
			m.evOut.Add(m.evOut, bal)
		}
	}
	m.record(desc, err)
	return desc
}

// checkEvaluations: the evaluations contract holds exactly its balances
// plus the fees of open evaluations, and every finalized result is the
// median of its scores, judged against its threshold.
func (m *model) checkEvaluations() error {
	e := m.e
	addr, err := e.gov.Evaluations(e.ctx)
	if err != nil {
		return err
	}
	held := mustBig(e.gov.TokenBalance(e.ctx, addr))
	if want := sub(m.evIn, m.evOut); held.Cmp(want) != 0 {
		return fmt.Errorf("evaluations hold %v != in %v - out %v", held, m.evIn, m.evOut)
	}
	owed := new(big.Int)
	for _, a := range m.actors {
		owed.Add(owed, mustBig(e.gov.EvaluationBalance(e.ctx, a.Address())))
	}
	for _, j := range m.jobs {
		if j.eval == nil {
			continue
		}
		ev, err := e.gov.Evaluation(e.ctx, j.id)
		if err != nil {
			return err
		}
		n := len(ev.Scores)
		switch ev.Outcome {
		case EvalOpen:
			owed.Add(owed, j.eval.Pot())
		case EvalNoQuorum:
			if n >= int(j.eval.Quorum) {
				return fmt.Errorf("job %s: no quorum with %d scores of %d", short2(j.id), n, j.eval.Quorum)
			}
		case EvalPassed, EvalFailed:
			v := make([]uint64, n)
			for i, s := range ev.Scores {
				v[i] = s.Score
			}
			slices.Sort(v)
			med := v[n/2]
			if n%2 == 0 {
				med = (v[n/2-1] + v[n/2]) / 2
			}
			if n < int(j.eval.Quorum) || ev.Result != med || j.eval.Passes(med) != (ev.Outcome == EvalPassed) {
				return fmt.Errorf("job %s: %v with result %d of scores %v (median %d, quorum %d)", short2(j.id), ev.Outcome, ev.Result, v, med, j.eval.Quorum)
			}
		default:
			return fmt.Errorf("job %s: evaluation %v", short2(j.id), ev.Outcome)
		}
	}
	if held.Cmp(owed) != 0 {
		return fmt.Errorf("evaluations hold %v != owed %v (balances + open evaluations' fees)", held, owed)
	}
	return nil
}

// forgedRelease sends a release of one of a's entries of job id with the
// amount raised by one or a proof element changed, or the genuine entry a
// second time: each must revert (BadProof, AlreadyReleased), leaving the
// invariant to show nothing moved.
func (m *model) forgedRelease(id common.Hash, a *Client) (string, error) {
	e := m.e
	t, err := e.gov.PayoutTable(e.ctx, id)
	if err != nil || len(t.Indices(a.Address())) == 0 {
		return "release (forged) of a job without a table for " + short(a), nil
	}
	i := t.Indices(a.Address())[0]
	entry, _ := t.entry(i)
	how := "replayed"
	switch released, _ := e.gov.IsReleased(e.ctx, id, i); {
	case !released && len(entry.Proof) > 0 && m.rng.IntN(2) == 0:
		how = "proof altered"
		entry.Proof[m.rng.IntN(len(entry.Proof))][0] ^= 1
	case !released:
		how = "amount raised"
		entry.Amount = add(entry.Amount, big.NewInt(1))
	}
	desc := fmt.Sprintf("release (forged: %s) %s entry %d for %s", how, short2(id), i, short(a))
	_, err = e.reporter.TransactRaw(e.ctx, "release", e.reporter.sc.PackRelease([]bindings.SettlementEntry{entry}, a.Address()))
	if err == nil {
		m.t.Fatalf("%s: went through", desc)
	}
	return desc, err
}

// randomAward gives a job winners and maybe a standby among the workers,
// each at its own price at or (rarely) above the cap.
func (m *model) randomAward(id common.Hash, p *Client, group uint32, steps uint64, audits uint32, budget *big.Int) protocol.Award {
	perm := m.rng.Perm(len(m.e.workers))
	a := protocol.Award{JobID: protocol.Hash(id), Poster: protocol.Address(p.Address())}
	nWinners := m.rng.IntN(int(group)) + 1
	for _, i := range perm[:nWinners] {
		a.Winners = append(a.Winners, protocol.Address(m.e.workers[i].Address()))
	}
	if nWinners < len(perm) && m.rng.IntN(2) == 0 {
		a.Standbys = append(a.Standbys, protocol.Address(m.e.workers[perm[nWinners]].Address()))
	}
	capPrice := new(big.Int).Div(budget, new(big.Int).SetUint64(uint64(group)*steps+uint64(audits)))
	// At or below the cap; one award in twenty a unit above it. Member i
	// gets that price less i/(2n) of it, so prices differ between members
	// without drawing more numbers (the fixed seeds keep reaching every
	// path).
	base := add(m.below(add(capPrice, big.NewInt(1))), big.NewInt(int64(m.rng.IntN(20)/19)))
	n := int64(len(a.Members()))
	for i := range n {
		off := new(big.Int).Div(new(big.Int).Mul(base, big.NewInt(i)), big.NewInt(2*n))
		a.Prices = append(a.Prices, sub(base, off))
	}
	return a
}

// auditsOf is a settlement's audits column for a job with a verification
// bound, derived from its steps without a draw: one audit for each member
// with an odd number of steps (sometimes over the bound, which reverts);
// none for a job without a bound.
func auditsOf(j *modelJob, steps []uint64) []uint64 {
	if j.audits == 0 {
		return nil
	}
	out := make([]uint64, len(steps))
	for i, s := range steps {
		out[i] = s % 2
	}
	return out
}

// holdersOf is a settlement's data holders for a job with a data pool,
// derived from its steps without a draw: two holders (workers 4 and 0,
// sometimes members too) paid a half and a third of the pool, or, when
// the first member's steps are 4 mod 5, one unit past the pool (which
// reverts DataPoolExceeded); none for a job without a pool.
func (m *model) holdersOf(j *modelJob, steps []uint64) ([]common.Address, []*big.Int) {
	if j.data.Sign() == 0 {
		return nil, nil
	}
	half, third := new(big.Int).Div(j.data, big.NewInt(2)), new(big.Int).Div(j.data, big.NewInt(3))
	if steps[0]%5 == 4 {
		half = sub(add(j.data, big.NewInt(1)), third)
	}
	return []common.Address{m.e.workers[4].Address(), m.e.workers[0].Address()}, []*big.Int{half, third}
}

func (m *model) randomSteps(j *modelJob) []uint64 {
	out := make([]uint64, len(j.award.Members()))
	for i := range out {
		out[i] = uint64(m.rng.IntN(int(j.steps) + 1))
		if m.rng.IntN(30) == 0 {
			out[i] = j.steps + 1 // sometimes one too many
		}
	}
	return out
}

// randomProof has the winner and a random set of other members sign
// receipts for step.
func (m *model) randomProof(j *modelJob, winner common.Address, step uint64) StepProof {
	params := common.BigToHash(big.NewInt(int64(step)))
	sigs := map[common.Address][]byte{}
	for _, a := range j.award.Members() {
		if common.Address(a) == winner || m.rng.IntN(3) > 0 {
			sigs[common.Address(a)] = m.e.sign(m.worker(a), protocol.StepReceipt{JobID: protocol.Hash(j.id), Member: a, Step: step,
				ParamsHash: protocol.Hash(params), ContribRoot: protocol.Hash(testRoot(common.Address(a), step))})
		}
	}
	q, err := NewQuorum(j.award, sigs)
	if err != nil {
		m.t.Fatal(err)
	}
	return StepProof{Step: step, ParamsHash: params, ContribRoots: testRoots(j.award, q, step), Quorum: q}
}

func (m *model) faultSigners(j *modelJob, f protocol.FaultAttestation) Quorum {
	sigs := map[common.Address][]byte{}
	for _, a := range j.award.Members() {
		if a != f.Accused && m.rng.IntN(4) > 0 {
			sigs[common.Address(a)] = m.e.sign(m.worker(a), f)
		}
	}
	// For faults 2 and 4 the poster re-checks too and counts as one signer
	// (TestSlashFaultGroupOfTwo checks it counts for no other fault).
	if (f.Fault == protocol.FaultWrongResult || f.Fault == protocol.FaultTampered) && m.rng.IntN(2) == 0 {
		sigs[common.Address(j.award.Poster)] = m.e.sign(j.poster, f)
	}
	q, err := NewFaultQuorum(j.award, f.Fault, sigs)
	if err != nil {
		m.t.Fatal(err)
	}
	return q
}

func (m *model) worker(a protocol.Address) *Client {
	for _, w := range m.e.workers {
		if protocol.Address(w.Address()) == a {
			return w
		}
	}
	m.t.Fatalf("%s is not a worker", a)
	return nil
}

// check verifies the invariants against the chain.
func (m *model) check() error {
	e := m.e
	ctx := e.ctx
	held := mustBig(e.gov.TokenBalance(ctx, e.addrs.Settlement))
	if want := new(big.Int).Sub(m.in, m.out); held.Cmp(want) != 0 {
		return fmt.Errorf("tokens held %v != tokens in %v - tokens out %v", held, m.in, m.out)
	}
	owed := new(big.Int)
	for _, j := range m.jobs {
		job, err := e.gov.Job(ctx, j.id)
		if err != nil {
			return err
		}
		pool, err := e.gov.DataPool(ctx, j.id)
		if err != nil {
			return err
		}
		owed.Add(owed, job.Escrow).Add(owed, pool)
		// Every job's tokens: escrow + data pool + the table's entries
		// (settled) or what claims paid (never settled) = the budget and
		// the data pool escrowed, until the poster's refund closes it.
		accounted := add(add(job.Escrow, pool), j.feeKept)
		if job.Settled() {
			t, err := e.gov.PayoutTable(ctx, j.id)
			if err != nil {
				return err
			}
			for i, amount := range t.Amounts {
				released, err := e.gov.IsReleased(ctx, j.id, i)
				if err != nil {
					return err
				}
				if !released {
					// The fee went to the stakers' stream (or the
					// treasury) at settlement.
					owed.Add(owed, sub(amount, fee(amount, job.FeeBps)))
				}
				accounted.Add(accounted, amount)
			}
		} else {
			seen := map[common.Address]bool{}
			for _, pa := range j.award.Members() {
				if a := common.Address(pa); !seen[a] {
					seen[a] = true
					cr, err := e.gov.Credit(ctx, j.id, a)
					if err != nil {
						return err
					}
					accounted.Add(accounted, cr.Amount)
				}
			}
		}
		if job.Status == JobClosed {
			if job.Escrow.Sign() != 0 || pool.Sign() != 0 {
				return fmt.Errorf("job %s: closed with %v in escrow, %v in its data pool", short2(j.id), job.Escrow, pool)
			}
		} else if accounted.Cmp(add(j.budget, j.data)) != 0 {
			return fmt.Errorf("job %s: escrow + data pool + entries (or claims) = %v, budget %v + data %v", short2(j.id), accounted, j.budget, j.data)
		}
	}
	pool, err := e.gov.FeePool(ctx)
	if err != nil {
		return err
	}
	owed.Add(owed, pool.Streaming).Add(owed, pool.Owed)
	earnedAll := new(big.Int)
	for _, a := range m.actors {
		bal := mustBig(e.gov.Balance(ctx, a.Address()))
		owed.Add(owed, bal)
		st, err := e.gov.StakeOf(ctx, a.Address())
		if err != nil {
			return err
		}
		owed.Add(owed, st.Active).Add(owed, st.Unbonding)
		// What the staker has earned to the pool's last drip.
		earned := new(big.Int).Sub(pool.PerShare, st.PerSharePaid)
		earned.Mul(earned, st.Active).Div(earned, RewardScale).Add(earned, st.Rewards)
		earnedAll.Add(earnedAll, earned)
		was, ok := m.earned[a.Address()]
		m.earned[a.Address()] = earning{earned, st.Active, bal}
		switch {
		case !ok:
		case a.Address() == m.claimer:
			// Its claim moved what it had earned into its balance.
			if earned.Sign() != 0 || m.claim.Cmp(was.rewards) < 0 || sub(bal, was.balance).Cmp(m.claim) != 0 {
				return fmt.Errorf("%s claimed %v: earned %v before, %v after; balance %v -> %v", short(a), m.claim, was.rewards, earned, was.balance, bal)
			}
		case earned.Cmp(was.rewards) < 0:
			return fmt.Errorf("%s's earned rewards fell from %v to %v", short(a), was.rewards, earned)
		case was.active.Sign() == 0 && st.Active.Sign() == 0 && earned.Cmp(was.rewards) != 0:
			return fmt.Errorf("%s has no active stake and earned %v more", short(a), sub(earned, was.rewards))
		}
	}
	if held.Cmp(owed) != 0 {
		return fmt.Errorf("tokens held %v != owed %v (escrow + unreleased table entries + balances + stakes + fee stream + rewards)", held, owed)
	}
	if dust := sub(pool.Owed, earnedAll); dust.Sign() < 0 || dust.Cmp(big.NewInt(int64(2*len(m.log)+2))) > 0 {
		return fmt.Errorf("the pool owes %v; its stakers earned %v", pool.Owed, earnedAll)
	}
	return m.checkEvaluations()
}

func (m *model) escrow(id common.Hash) *big.Int {
	j, err := m.e.gov.Job(m.e.ctx, id)
	if err != nil {
		m.t.Fatal(err)
	}
	return j.Escrow
}

func (m *model) history() string {
	start := max(0, len(m.log)-25)
	out := ""
	for i := start; i < len(m.log); i++ {
		out += fmt.Sprintf("  %3d %s\n", i, m.log[i])
	}
	return out
}

func short(c *Client) string       { return c.Address().Hex()[:8] }
func short2(id common.Hash) string { return id.Hex()[:10] }

// below returns a random integer in [0, n); n is a token amount, far below
// 2^63.
func (m *model) below(n *big.Int) *big.Int {
	if n.Sign() <= 0 {
		return new(big.Int)
	}
	return big.NewInt(m.rng.Int64N(n.Int64()))
}
