package job

import (
	"testing"

	"github.com/trainmesh/trainmesh/protocol"
)

// TestBackupSlash: a member or standby that holds a conviction's quorum
// submits slashFault itself once SlashBackupMs (plus ChainPollMs per place
// before it in the award) has passed, the poster having vanished; a refusal
// because the slot is slashed already ends the backup quietly; the machine
// is not done while a backup is armed or out; the accused, the poster and a
// node without a chain arm none.
func TestBackupSlash(t *testing.T) {
	const k, standbys = 3, 1
	accused := member(1)
	att := protocol.FaultAttestation{JobID: Hash{7}, Accused: accused, Fault: protocol.FaultWrongResult, Step: 3, EvidenceHash: Hash{9}}
	for _, tc := range []struct {
		name   string
		role   Role
		self   Address
		chain  bool
		revert string // the chain's answer to the backup call, "" for a slash
		armed  bool
	}{
		{"winner slashes", RoleMember, member(2), true, "", true},
		{"standby slashes", RoleStandby, standby(1), true, "", true},
		{"slashed already", RoleMember, member(3), true, revertAlreadySlashed, true},
		{"the accused", RoleMember, accused, true, "", false},
		{"no chain", RoleMember, member(2), false, "", false},
		{"the poster slashes at once", RolePoster, gPoster, true, "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := workMachine(t, tc.role, tc.self, k, standbys, 10)
			m.cfg.Chain = tc.chain
			m.p.SlashBackupMs = 60_000
			now := uint64(1_000)
			for _, s := range []Address{member(2), member(3), gPoster} {
				if err := m.Step(now, PeerAttestation{Attestation: att, Signer: s}); err != nil {
					t.Fatal(err)
				}
			}
			m.Advance()
			if len(m.w.convicted) != 1 {
				t.Fatalf("not convicted: %v", m.w.convicted)
			}
			if tc.role == RolePoster {
				return // covered by the golden scripts: it calls at once
			}
			if got := len(m.w.backups) > 0; got != tc.armed {
				t.Fatalf("backup armed %v; want %v", got, tc.armed)
			}
			if !tc.armed {
				return
			}
			due := now + m.p.SlashBackupMs + uint64(m.award.IndexOf(tc.self))*m.p.ChainPollMs
			if next := m.NextTick(); next == 0 || next > due {
				t.Fatalf("NextTick %d; want at most %d", next, due)
			}
			m.phase = phaseDone // withdrawn meanwhile: the backup still runs
			if m.Done() {
				t.Fatal("done with a backup armed")
			}
			m.Tick(due - 1)
			if c := m.Ready().Calls; len(c) != 0 {
				t.Fatalf("calls before the backup is due: %v", c)
			}
			m.Advance()
			m.Tick(due)
			rd := m.Ready()
			m.Advance()
			if len(rd.Calls) != 1 || rd.Calls[0].Kind != CallSlashFault || rd.Calls[0].Conviction.Attestation != att || len(rd.Calls[0].Conviction.Signers) < m.quorum() {
				t.Fatalf("calls at the backup's time: %+v; want one slashFault with the quorum", rd.Calls)
			}
			if m.Done() {
				t.Fatal("done with the backup's call out")
			}
			res := CallResult{ID: rd.Calls[0].ID, Outcome: OK, Txs: []Tx{{Method: "slashFault", Hash: "0x01"}}}
			want := EventSlashed
			if tc.revert != "" {
				res = CallResult{ID: rd.Calls[0].ID, Outcome: Reverted, Revert: tc.revert, Err: "reverted"}
				want = EventRefused
			}
			if err := m.Step(due+1, res); err != nil {
				t.Fatal(err)
			}
			var kinds []EventKind
			for _, e := range m.Ready().Events {
				kinds = append(kinds, e.Kind)
			}
			if len(kinds) != 1 || kinds[0] != want {
				t.Errorf("events %v; want %v", kinds, want)
			}
			if !m.Done() {
				t.Error("not done once the backup is answered")
			}
		})
	}
}
