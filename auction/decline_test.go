package auction

import (
	"errors"
	"math/big"
	"testing"
)

// TestCheckEscrow: a provider bids on a paid job only against an open
// deposit by the job's poster, on the announced terms, of at least the
// budget.
func TestCheckEscrow(t *testing.T) {
	job := testJob(2, 100_000)
	good := func() *Escrow {
		return &Escrow{Open: true, Poster: job.Poster, GroupSize: job.GroupSize, Steps: job.Steps, Budget: big.NewInt(100_000)}
	}
	tests := []struct {
		name string
		edit func(e *Escrow) *Escrow
		want DeclineReason
	}{
		{"escrowed as announced", func(e *Escrow) *Escrow { return e }, 0},
		{"escrowed more than the budget", func(e *Escrow) *Escrow { e.Budget = big.NewInt(100_001); return e }, 0},
		{"no deposit", func(*Escrow) *Escrow { return nil }, DeclineNoEscrow},
		{"no longer open", func(e *Escrow) *Escrow { e.Open = false; return e }, DeclineNoEscrow},
		{"another poster", func(e *Escrow) *Escrow { e.Poster = addr(9); return e }, DeclineNoEscrow},
		{"another group size", func(e *Escrow) *Escrow { e.GroupSize = 3; return e }, DeclineNoEscrow},
		{"other steps", func(e *Escrow) *Escrow { e.Steps = 99; return e }, DeclineNoEscrow},
		{"another verification bound", func(e *Escrow) *Escrow { e.Audits = 16; return e }, DeclineNoEscrow},
		{"short", func(e *Escrow) *Escrow { e.Budget = big.NewInt(99_999); return e }, DeclineEscrowShort},
		{"no budget", func(e *Escrow) *Escrow { e.Budget = nil; return e }, DeclineEscrowShort},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CheckEscrow(job, tt.edit(good())); got != tt.want {
				t.Errorf("got %v; want %v", got, tt.want)
			}
		})
	}
}

// TestMachineDecline: a provider declines for a reason found outside the
// offer once, before the reveal window closes, and not on its own job.
func TestMachineDecline(t *testing.T) {
	p := testParams()
	job := testJob(1, 100_000)
	revealClose := job.RevealDeadlineMs + p.ClockGraceMs
	tests := []struct {
		name   string
		self   Address
		before func(m *Machine)
		at     uint64
		reason DeclineReason
		want   error
	}{
		{"escrow missing", addr(1), nil, tCommit, DeclineNoEscrow, nil},
		{"late for the commit, in time to say so", addr(1), nil, tCommitDL + 1, DeclineLate, nil},
		{"last moment", addr(1), nil, revealClose - 1, DeclineChainDown, nil},
		{"after the reveal window", addr(1), nil, revealClose, DeclineLate, ErrLate},
		{"after an offer", addr(1), func(m *Machine) { _ = m.Offer(tCommit, Offer{Busy: true}) }, tCommit, DeclineNoEscrow, ErrAlreadyOffered},
		{"twice", addr(1), func(m *Machine) { _ = m.Decline(tCommit, DeclineBusy) }, tCommit, DeclineNoEscrow, ErrAlreadyOffered},
		{"the poster", poster, nil, tCommit, DeclineBusy, ErrPosterBid},
		{"no reason", addr(1), nil, tCommit, 0, ErrMalformed},
		{"unknown reason", addr(1), nil, tCommit, 255, ErrMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newMachine(t, p, job, tt.self)
			if tt.before != nil {
				tt.before(m)
			}
			drain(m)
			err := m.Decline(tt.at, tt.reason)
			rd := drain(m)
			if !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
				t.Fatalf("Decline: %v; want %v", err, tt.want)
			}
			if tt.want != nil {
				if len(rd.Messages) != 0 {
					t.Errorf("sent %v after refusing", rd.Messages)
				}
				return
			}
			want := Decline{JobID: job.JobID, Provider: tt.self, Reason: tt.reason}
			if len(rd.Messages) != 1 || *rd.Messages[0].(*Decline) != want {
				t.Fatalf("sent %v; want one %+v", rd.Messages, want)
			}
			// Stepped back in, as the shell does, the decline is recorded.
			if err := m.Step(tt.at, signed(rd.Messages[0])); err != nil {
				t.Errorf("own decline stepped back in: %v", err)
			}
		})
	}
}
