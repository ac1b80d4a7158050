package job

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/trainmesh/trainmesh/protocol"
)

func testConfig(role Role, k int) Config {
	a := bookAward(k)
	self := gPoster
	if role == RoleMember {
		self = member(1)
	}
	return Config{Role: role, Self: self, Job: &protocol.JobAnnounce{JobID: a.JobID, Poster: gPoster, GroupSize: uint32(k), Steps: 20},
		Award: a, SettleDeadlineMs: 100_000, Chain: true}
}

func TestNewRefuses(t *testing.T) {
	for _, c := range []struct {
		name string
		edit func(p *Params, c *Config)
		want error
	}{
		{"zero poll", func(p *Params, c *Config) { p.ChainPollMs = 0 }, ErrParams},
		{"cap below poll", func(p *Params, c *Config) { p.RetryWaitMaxMs = p.ChainPollMs - 1 }, ErrParams},
		{"no award", func(p *Params, c *Config) { c.Award = nil }, ErrParams},
		{"award of another job", func(p *Params, c *Config) { c.Job.JobID = Hash{9} }, ErrParams},
		{"a standby as member", func(p *Params, c *Config) { c.Role, c.Self = RoleMember, standby(1) }, ErrParams},
		{"a stranger as poster", func(p *Params, c *Config) { c.Self = member(1) }, ErrParams},
		{"no role", func(p *Params, c *Config) { c.Role = 0 }, ErrParams},
		{"no steps", func(p *Params, c *Config) { c.Job.Steps = 0 }, ErrParams},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, cfg := testParams(), testConfig(RolePoster, 2)
			c.edit(&p, &cfg)
			if _, err := New(0, p, cfg); !errors.Is(err, c.want) {
				t.Errorf("New: %v; want %v", err, c.want)
			}
		})
	}
}

// TestMachineProperties feeds both roles random inputs (receipts with
// forks and strangers, readiness, training results, chain answers of every
// outcome, ticks) and checks what must hold whatever happens: no panic;
// stages only move forward; every call answered is one that was out; and
// every record the machine asks to persist restores to a machine (unless
// the job is over).
func TestMachineProperties(t *testing.T) {
	order := stageOrder
	for seed := range uint64(300) {
		rng := rand.New(rand.NewPCG(seed, 2))
		role := RolePoster
		if seed%2 == 1 {
			role = RoleMember
		}
		k := 1 + rng.IntN(4)
		cfg := testConfig(role, k)
		cfg.Chain = rng.IntN(5) != 0
		now := uint64(0)
		m, err := New(now, testParams(), cfg)
		if err != nil {
			t.Fatal(err)
		}
		out := map[uint64]Call{}
		last := StageAwarded
		for range 400 {
			now += uint64(rng.IntN(3000))
			switch rng.IntN(8) {
			case 0, 1:
				i := rng.IntN(k + 1) // k: a stranger (the standby)
				r := rcpt(i, 1+rng.Uint64N(25), byte(rng.IntN(3)))
				if i == k {
					r.Member = standby(1)
				}
				if role == RoleMember && i == 0 {
					m.Step(now, OwnReceipt{r})
				} else {
					m.Step(now, PeerReceipt{r})
				}
			case 2:
				m.Step(now, PeerReady{member(1 + rng.IntN(k))})
			case 3:
				if rng.IntN(2) == 0 {
					m.Step(now, Prepared{})
				} else {
					m.Step(now, TrainResult{ModelHash: Hash{1}, Steps: 20})
				}
			case 4, 5:
				for id, c := range out {
					res := CallResult{ID: id, Outcome: Outcome(1 + rng.IntN(3)), Revert: []string{"", "NothingToRelease", "RefundTooEarly", "SettleDeadlineNotReached"}[rng.IntN(4)],
						Amount: big.NewInt(5), Txs: []Tx{{Method: c.Kind.String(), Hash: "0x1"}}}
					if c.Kind == CallView {
						res.View = &ChainView{HeadMs: now + uint64(rng.IntN(200_000)), Status: ChainStatus(rng.IntN(4)), SettleDeadlineMs: 100_000,
							ReleaseAtMs: uint64(rng.IntN(300_000)), GroupSize: uint32(k), QuorumBps: 6666,
							ClaimWindowMs: 50_000, Credit: big.NewInt(int64(rng.IntN(300)))}
					}
					delete(out, id)
					if err := m.Step(now, res); err != nil {
						t.Fatalf("seed %d: answering call %d (%v): %v", seed, id, c.Kind, err)
					}
					break
				}
			default:
				m.Tick(now)
			}
			rd := m.Ready()
			m.Advance()
			for _, c := range rd.Calls {
				out[c.ID] = c
			}
			for id := range out {
				if _, ok := m.calls[id]; !ok {
					delete(out, id) // dropped: the job is over
				}
			}
			if rd.Record != nil {
				if order[rd.Record.Stage] < order[last] {
					t.Fatalf("seed %d: stage went back from %s to %s", seed, last, rd.Record.Stage)
				}
				last = rd.Record.Stage
				if !last.Done() {
					if _, err := Restore(now, testParams(), cfg, *rd.Record); err != nil {
						t.Fatalf("seed %d: record at %s does not restore: %v", seed, last, err)
					}
				}
			}
		}
	}
}

// TestPosterFollows: the poster follows training until every winner has
// receipted the last step, FinishGraceMs after the first did, or
// StallTimeoutMs without a receipt; every receipt restarts the stall.
// (node's shell waited with timers for this; the machine decides it from
// the times it is given.)
func TestPosterFollows(t *testing.T) {
	type receipt struct {
		afterMs uint64 // since the previous one
		member  int
		step    uint64
	}
	const steps = 100
	p := testParams()
	p.StallTimeoutMs, p.FinishGraceMs = 60_000, 10_000
	for _, c := range []struct {
		name     string
		receipts []receipt
		wantMs   uint64 // how long the poster followed
	}{
		{"no receipt: stalls", nil, 60_000},
		{"both finish", []receipt{{1000, 0, steps}, {2000, 1, steps}}, 3000},
		{"one finishes: grace for the other", []receipt{{1000, 0, steps}, {2000, 1, 50}}, 11_000},
		{"receipts restart the stall", []receipt{{50_000, 0, 10}, {50_000, 1, 10}}, 160_000},
	} {
		t.Run(c.name, func(t *testing.T) {
			cfg := testConfig(RolePoster, 2)
			cfg.Job.Steps, cfg.Chain = steps, false
			m, err := New(0, p, cfg)
			if err != nil {
				t.Fatal(err)
			}
			now := uint64(0)
			for _, r := range c.receipts {
				now += r.afterMs
				m.Tick(now)
				if err := m.Step(now, PeerReceipt{rcpt(r.member, r.step, byte(r.step))}); err != nil {
					t.Fatal(err)
				}
			}
			// Tick at every time the machine asks for until it is done.
			for range 100 {
				if m.Stage() != StageAwarded {
					break
				}
				next := m.NextTick()
				if next == 0 {
					t.Fatalf("still following at %d ms with nothing scheduled", now)
				}
				now = max(now, next)
				m.Tick(now)
			}
			if m.Stage() != StageTrained || now != c.wantMs {
				t.Errorf("followed until %d ms (stage %s); want %d ms, trained", now, m.Stage(), c.wantMs)
			}
		})
	}
}
