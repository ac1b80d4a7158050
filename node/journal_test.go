package node

import (
	"maps"
	"math/big"
	"slices"
	"testing"

	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/protocol"
)

// TestJournalKeepsSeats: the called-in standbys' seat statements are
// journaled with the receipts, so a restarted verifier (or poster) checks
// each standby on exactly its stated seat still. Two seats are freed in
// one receipt period (m2 leaves after step 12, m1 after 17; s1 and s2 are
// called in, both first receipting step 20), which the receipts alone
// cannot order: without the statements each standby is checked on both.
// A statement that does not verify under the domain (forged) is dropped
// on the way back, as a bad receipt is.
func TestJournalKeepsSeats(t *testing.T) {
	dom := protocol.Domain{ChainID: 1337, VerifyingContract: protocol.Address{9}}
	keys := make([]*identity.Key, 6) // m1..m3, s1..s3
	for i := range keys {
		keys[i] = mustKey(t)
	}
	addr := func(i int) protocol.Address { return protocol.Address(keys[i].Address()) }
	jobID := protocol.Hash{7}
	a := &protocol.Award{JobID: jobID, Poster: protocol.Address{0xbb}}
	for i := range keys {
		if i < 3 {
			a.Winners = append(a.Winners, addr(i))
		} else {
			a.Standbys = append(a.Standbys, addr(i))
		}
		a.Prices = append(a.Prices, big.NewInt(10))
	}
	ann := &protocol.JobAnnounce{JobID: jobID, Poster: a.Poster, GroupSize: 3, Steps: 30, Budget: big.NewInt(1_000_000)}
	cfg := job.Config{Role: job.RoleStandby, Self: addr(5), Job: ann, Award: a, SettleDeadlineMs: 1 << 40, Chain: true, AuditRateBps: 1, ReceiptEvery: 10}
	m, err := job.New(0, job.DefaultParams(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []struct {
		who  int
		step uint64
	}{{0, 10}, {1, 10}, {2, 10}, {2, 20}, {3, 20}, {4, 20}} {
		rc := job.Receipt{StepReceipt: protocol.StepReceipt{JobID: jobID, Member: addr(r.who), Step: r.step, ParamsHash: protocol.Hash{byte(r.step)}, ContribRoot: protocol.Hash{1}}}
		sig, err := chain.Sign(keys[r.who], dom, rc.StepReceipt)
		if err != nil {
			t.Fatal(err)
		}
		rc.Sig = [protocol.SignatureLen]byte(sig)
		if err := m.Step(0, job.PeerReceipt{Receipt: rc}); err != nil {
			t.Fatal(err)
		}
	}
	seat := func(signer, standby int, seat uint32, from uint64) job.SignedSeat {
		st := job.SeatStatement{JobID: jobID, Standby: addr(standby), Seat: seat, From: from}
		sig, err := chain.Sign(keys[signer], dom, st)
		if err != nil {
			t.Fatal(err)
		}
		return job.SignedSeat{SeatStatement: st, Sig: [protocol.SignatureLen]byte(sig)}
	}
	for _, s := range []job.SignedSeat{seat(3, 3, 1, 12), seat(4, 4, 0, 17)} {
		if err := m.Step(0, job.PeerSeat{Seat: s}); err != nil {
			t.Fatal(err)
		}
	}
	want := map[protocol.Address][]int{addr(3): {1}, addr(4): {0}}
	if got := job.StandbyShards(m.Book()); !maps.EqualFunc(got, want, slices.Equal) {
		t.Fatalf("shards before the restart: %v; want %v", got, want)
	}
	rd := m.Ready()
	if rd.Record == nil || len(rd.Record.Seats) != 2 {
		t.Fatalf("the journal record holds %v; want both seat statements", rd.Record)
	}
	jn, err := newJournal(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	rec := &JobRecord{Job: jobID, Role: "standby"}
	rec.merge(rd.Record)
	// A forged statement (s3's, signed by s1) in the journal is dropped.
	forged := seat(3, 5, 2, 12)
	rec.Seats = append(rec.Seats, forged.Encode())
	if err := jn.write(rec); err != nil {
		t.Fatal(err)
	}
	back, err := readRecord(jn.path(jobID))
	if err != nil {
		t.Fatal(err)
	}
	core, err := back.core(dom)
	if err != nil {
		t.Fatal(err)
	}
	if len(core.Seats) != 2 || len(core.Receipts) != 6 {
		t.Fatalf("restored %d seat statements and %d receipts; want 2 (the forged one dropped) and 6", len(core.Seats), len(core.Receipts))
	}
	restarted, err := job.Restore(1000, job.DefaultParams(), cfg, core)
	if err != nil {
		t.Fatal(err)
	}
	if got := job.StandbyShards(restarted.Book()); !maps.EqualFunc(got, want, slices.Equal) {
		t.Fatalf("shards after the restart: %v; want %v", got, want)
	}
	// Without the statements (the journal before them) each standby is
	// checked on both freed seats.
	core.Seats = nil
	forgot, err := job.Restore(1000, job.DefaultParams(), cfg, core)
	if err != nil {
		t.Fatal(err)
	}
	if got := job.StandbyShards(forgot.Book()); len(got[addr(3)]) != 2 || len(got[addr(4)]) != 2 {
		t.Fatalf("shards without the statements: %v; want both seats for each", got)
	}
}

// TestJournalKeepsWitnesses: the rejoin witnesses are journaled with the
// receipts, each one's witness recovered from its signature on the way
// back, so that a restarted poster or verifier still knows the gaps of a
// winner that stated none (m1, restarted twice: receipts at steps 10 and
// 20, witnessed back after steps 14 and 25 by m2 and m3, a quorum of
// three winners).
func TestJournalKeepsWitnesses(t *testing.T) {
	dom := protocol.Domain{ChainID: 1337, VerifyingContract: protocol.Address{9}}
	keys := make([]*identity.Key, 3)
	for i := range keys {
		keys[i] = mustKey(t)
	}
	addr := func(i int) protocol.Address { return protocol.Address(keys[i].Address()) }
	jobID := protocol.Hash{7}
	a := &protocol.Award{JobID: jobID, Poster: protocol.Address{0xbb}}
	for i := range keys {
		a.Winners = append(a.Winners, addr(i))
		a.Prices = append(a.Prices, big.NewInt(10))
	}
	ann := &protocol.JobAnnounce{JobID: jobID, Poster: a.Poster, GroupSize: 3, Steps: 30, Budget: big.NewInt(1_000_000)}
	cfg := job.Config{Role: job.RolePoster, Self: a.Poster, Job: ann, Award: a, SettleDeadlineMs: 1 << 40, Chain: true, AuditRateBps: 1, ReceiptEvery: 10}
	m, err := job.New(0, job.DefaultParams(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, step := range []uint64{10, 20} {
		for i := range keys {
			rc := job.Receipt{StepReceipt: protocol.StepReceipt{JobID: jobID, Member: addr(i), Step: step, ParamsHash: protocol.Hash{byte(step)}, ContribRoot: protocol.Hash{1}}}
			sig, err := chain.Sign(keys[i], dom, rc.StepReceipt)
			if err != nil {
				t.Fatal(err)
			}
			rc.Sig = [protocol.SignatureLen]byte(sig)
			if err := m.Step(0, job.PeerReceipt{Receipt: rc}); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, from := range []uint64{14, 25} {
		for _, by := range []int{1, 2} {
			w := job.RejoinWitness{SeatStatement: job.SeatStatement{JobID: jobID, Standby: addr(0), Seat: 0, From: from}}
			sig, err := chain.Sign(keys[by], dom, w)
			if err != nil {
				t.Fatal(err)
			}
			if err := m.Step(0, job.PeerWitness{Witness: job.SignedWitness{RejoinWitness: w, Witness: addr(by), Sig: [protocol.SignatureLen]byte(sig)}}); err != nil {
				t.Fatal(err)
			}
		}
	}
	want := []job.Gap{{After: 10, Through: 14}, {After: 20, Through: 25}}
	if got := m.Book().Gaps(addr(0)); !slices.Equal(got, want) {
		t.Fatalf("gaps before the restart: %v; want %v", got, want)
	}
	rd := m.Ready()
	if rd.Record == nil || len(rd.Record.Witnesses) != 4 {
		t.Fatalf("the journal record holds %v; want all four witnesses", rd.Record)
	}
	jn, err := newJournal(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	rec := &JobRecord{Job: jobID, Role: "poster"}
	rec.merge(rd.Record)
	if err := jn.write(rec); err != nil {
		t.Fatal(err)
	}
	back, err := readRecord(jn.path(jobID))
	if err != nil {
		t.Fatal(err)
	}
	core, err := back.core(dom)
	if err != nil {
		t.Fatal(err)
	}
	if len(core.Witnesses) != 4 || core.Witnesses[0].Witness != addr(1) || core.Witnesses[1].Witness != addr(1) || core.Witnesses[3].Witness != addr(2) {
		t.Fatalf("restored witnesses %+v; want m2's and m3's, two each", core.Witnesses)
	}
	restarted, err := job.Restore(1000, job.DefaultParams(), cfg, core)
	if err != nil {
		t.Fatal(err)
	}
	if got := restarted.Book().Gaps(addr(0)); !slices.Equal(got, want) {
		t.Fatalf("gaps after the restart: %v; want %v", got, want)
	}
	// Under another domain, each witness recovers as another signer (not
	// in the award): the core refuses them, and no gap is known.
	other, err := back.core(protocol.Domain{ChainID: 1, VerifyingContract: protocol.Address{9}})
	if err != nil {
		t.Fatal(err)
	}
	forgot, err := job.Restore(1000, job.DefaultParams(), cfg, other)
	if err != nil {
		t.Fatal(err)
	}
	if got := forgot.Book().Gaps(addr(0)); got != nil {
		t.Fatalf("witnesses signed under another domain made gaps %v", got)
	}
}
