package job

import "fmt"

// Params are the timings of a job's life, in milliseconds. Every field is
// positive; Validate checks.
type Params struct {
	// ChainPollMs is how often the machine reads the chain while it waits on
	// it (settlement, the release time, the claim time), and the first wait
	// before a chain call that found the chain out of reach is tried again.
	ChainPollMs uint64
	// RetryWaitMaxMs caps the back-off between tries of one chain call: it
	// doubles from ChainPollMs up to this, so a chain that comes back is
	// used within a bounded time, and one that stays away is not hammered.
	RetryWaitMaxMs uint64
	// ReceiptResendMs is how often a member publishes its latest receipt
	// again until its pay is collected, for peers that joined late or lost
	// a message (a restarted poster among them).
	ReceiptResendMs uint64
	// ReadyEveryMs is how often a member announces its readiness while it
	// waits for the others: gossip reaches a peer only once it has joined
	// the topic, so one announcement is not enough.
	ReadyEveryMs uint64
	// StartTimeoutMs is how long a member waits for every winner's
	// readiness before it forms the ring with those that are ready.
	StartTimeoutMs uint64
	// FinishGraceMs is how long a poster waits, once one winner has
	// receipted the last step, for the others before it settles without
	// them.
	FinishGraceMs uint64
	// StallTimeoutMs is how long a poster waits for a new receipt while
	// training runs before it settles what it has.
	StallTimeoutMs uint64
	// SettleSlackMs is how long past the settle deadline the poster keeps
	// trying a settlement the chain did not answer: the contract refuses a
	// late one, so trying longer is useless.
	SettleSlackMs uint64
	// SlashWithinMs bounds the tries of one slashing call; evidence stays
	// good on-chain, but a poster should not retry it forever.
	SlashWithinMs uint64
	// SlashBackupMs is how long a member or standby that holds a
	// conviction's quorum waits for the poster's slashFault before it
	// submits the quorum itself (backup.go): a vanished poster must not
	// leave a conviction unslashed. Each waits this plus ChainPollMs per
	// place in the award before it, so that one tries at a time. 0 (the
	// default here; nodes set it from [jobs] slash-backup, 2 minutes by
	// default, node.DefaultJobsConfig): never.
	SlashBackupMs uint64
}

// DefaultParams suit nodes on the internet (node.DefaultJobsConfig).
func DefaultParams() Params {
	return Params{ChainPollMs: 5_000, RetryWaitMaxMs: 30_000, ReceiptResendMs: 5_000, ReadyEveryMs: 250,
		StartTimeoutMs: 120_000, FinishGraceMs: 30_000, StallTimeoutMs: 300_000, SettleSlackMs: 60_000,
		SlashWithinMs: 300_000}
}

// Validate reports the first problem with p, in field order.
func (p *Params) Validate() error {
	for _, f := range []struct {
		name string
		v    uint64
	}{{"ChainPollMs", p.ChainPollMs}, {"RetryWaitMaxMs", p.RetryWaitMaxMs}, {"ReceiptResendMs", p.ReceiptResendMs},
		{"ReadyEveryMs", p.ReadyEveryMs}, {"StartTimeoutMs", p.StartTimeoutMs}, {"FinishGraceMs", p.FinishGraceMs},
		{"StallTimeoutMs", p.StallTimeoutMs}, {"SettleSlackMs", p.SettleSlackMs}, {"SlashWithinMs", p.SlashWithinMs}} {
		if f.v == 0 {
			return fmt.Errorf("%w: %s must be positive", ErrParams, f.name)
		}
	}
	if p.RetryWaitMaxMs < p.ChainPollMs {
		return fmt.Errorf("%w: RetryWaitMaxMs %d below ChainPollMs %d", ErrParams, p.RetryWaitMaxMs, p.ChainPollMs)
	}
	return nil
}
