package node

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/identity"
)

// bookFixture is an award of len(keys) winners and a signer for receipts.
type bookFixture struct {
	dom   chain.Domain
	keys  []*identity.Key
	award chain.Award
}

func newBookFixture(t *testing.T, winners int) *bookFixture {
	f := &bookFixture{dom: chain.Domain{ChainID: big.NewInt(1337), Settlement: common.Address{0xee}}}
	f.award = chain.Award{JobID: common.Hash{7}, Poster: common.Address{9}, PricePerStep: big.NewInt(10)}
	for i := range winners {
		k := identity.FromSeed([]byte(fmt.Sprintf("book/%d", i)))
		f.keys = append(f.keys, k)
		f.award.Winners = append(f.award.Winners, k.Address())
	}
	return f
}

func (f *bookFixture) receipt(t *testing.T, member int, step uint64, h byte) *Receipt {
	t.Helper()
	sr := chain.StepReceipt{JobID: f.award.JobID, Member: f.keys[member].Address(), Step: step, ParamsHash: common.Hash{h}}
	sig, err := f.dom.Sign(f.keys[member], sr)
	if err != nil {
		t.Fatal(err)
	}
	return &Receipt{StepReceipt: sr, Sig: sig}
}

func TestCredits(t *testing.T) {
	type rc struct {
		member int
		step   uint64
		hash   byte
	}
	for _, c := range []struct {
		name     string
		winners  int
		receipts []rc
		want     []uint64
	}{
		{"all finish", 3, []rc{{0, 50, 1}, {1, 50, 1}, {2, 50, 1}, {0, 100, 2}, {1, 100, 2}, {2, 100, 2}}, []uint64{100, 100, 100}},
		{"one stops after step 50", 3, []rc{{0, 50, 1}, {1, 50, 1}, {2, 50, 1}, {0, 100, 2}, {1, 100, 2}}, []uint64{100, 100, 50}},
		{"one never sent a receipt", 3, []rc{{0, 50, 1}, {1, 50, 1}, {0, 100, 2}, {1, 100, 2}}, []uint64{100, 100, 0}},
		{"a wrong hash is not credited", 3, []rc{{0, 50, 1}, {1, 50, 1}, {2, 50, 1}, {0, 100, 2}, {1, 100, 2}, {2, 100, 3}}, []uint64{100, 100, 50}},
		{"a survivor alone after a pair splits", 2, []rc{{0, 50, 1}, {1, 50, 1}, {1, 100, 2}}, []uint64{50, 100}},
		{"a tie is no agreement", 2, []rc{{0, 50, 1}, {1, 50, 2}}, []uint64{0, 0}},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := newBookFixture(t, c.winners)
			b := newReceiptBook(f.award, 100)
			for _, r := range c.receipts {
				if added, ev, err := b.add(f.receipt(t, r.member, r.step, r.hash)); !added || ev != nil || err != nil {
					t.Fatalf("add(%v) = %v, %v, %v", r, added, ev, err)
				}
			}
			got := b.credits()
			if fmt.Sprint(got) != fmt.Sprint(c.want) {
				t.Errorf("credits = %v; want %v", got, c.want)
			}
			if c.name == "a wrong hash is not credited" {
				if mm := b.mismatches(); len(mm) != 1 || mm[f.keys[2].Address()] != 100 {
					t.Errorf("mismatches = %v; want member 2 at step 100", mm)
				}
			} else if c.name == "all finish" && len(b.mismatches()) != 0 {
				t.Errorf("mismatches = %v among agreeing members", b.mismatches())
			}
		})
	}
}

func TestReceiptBookRefusesAndCatchesEquivocation(t *testing.T) {
	f := newBookFixture(t, 3)
	b := newReceiptBook(f.award, 100)
	r := f.receipt(t, 0, 50, 1)
	if added, _, err := b.add(r); !added || err != nil {
		t.Fatalf("first receipt: %v, %v", added, err)
	}
	if added, ev, err := b.add(r); added || ev != nil || err != nil {
		t.Errorf("duplicate: added %v, evidence %v, err %v; want a silent no", added, ev, err)
	}
	for name, bad := range map[string]*Receipt{
		"step 0":    f.receipt(t, 1, 0, 1),
		"past end":  f.receipt(t, 1, 101, 1),
		"other job": {StepReceipt: chain.StepReceipt{JobID: common.Hash{8}, Member: f.keys[1].Address(), Step: 50}},
		"outsider":  {StepReceipt: chain.StepReceipt{JobID: f.award.JobID, Member: common.Address{1}, Step: 50}},
	} {
		if _, _, err := b.add(bad); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	_, ev, err := b.add(f.receipt(t, 0, 50, 2))
	if err != nil || ev == nil {
		t.Fatalf("a second hash for one step: evidence %v, err %v", ev, err)
	}
	if who, err := ev.Check(f.dom); err != nil || who != f.keys[0].Address() {
		t.Errorf("evidence checks to %s, %v; want member 0", who, err)
	}
}

func TestReceiptBookBound(t *testing.T) {
	f := newBookFixture(t, 1)
	b := newReceiptBook(f.award, 1000)
	for s := uint64(1); s <= 3*receiptsPerMemberMax; s++ {
		b.add(f.receipt(t, 0, s, byte(s)))
	}
	if n := len(b.slots); n != receiptsPerMemberMax {
		t.Errorf("book holds %d receipts; want the bound %d", n, receiptsPerMemberMax)
	}
	if got := b.latest(f.keys[0].Address()); got != 3*receiptsPerMemberMax {
		t.Errorf("latest = %d", got)
	}
}

// TestProof: the proof the book builds for a claim is what
// the contract checks (quorum of receipts for one step and hash, sorted
// signers with their award indices); here it is checked by recovering every
// signature.
func TestProof(t *testing.T) {
	f := newBookFixture(t, 3)
	b := newReceiptBook(f.award, 100)
	for _, r := range []*Receipt{f.receipt(t, 0, 50, 1), f.receipt(t, 1, 50, 1), f.receipt(t, 2, 50, 1), f.receipt(t, 0, 100, 2), f.receipt(t, 1, 100, 2)} {
		b.add(r)
	}
	q := quorumOf(3, 6666)
	if q != 2 {
		t.Fatalf("quorum of 3 at 6666 bps = %d; want 2", q)
	}
	p, ok := b.proof(f.keys[0].Address(), q)
	if !ok || p.Step != 100 || len(p.Quorum.Sigs) != 2 {
		t.Fatalf("proof for member 0 = %+v, %v; want step 100 with 2 signatures", p, ok)
	}
	for i, sig := range p.Quorum.Sigs {
		member := f.award.Members()[p.Quorum.Members[i]]
		who, err := f.dom.Recover(chain.StepReceipt{JobID: f.award.JobID, Member: member, Step: p.Step, ParamsHash: p.ParamsHash}, sig)
		if err != nil || who != member {
			t.Errorf("signature %d recovers to %s, %v; want %s", i, who, err, member)
		}
	}
	if p, ok := b.proof(f.keys[2].Address(), q); !ok || p.Step != 50 {
		t.Errorf("proof for member 2 (stopped at 50) = %+v, %v; want step 50", p, ok)
	}
	if p, ok := b.proof(f.keys[0].Address(), 3); !ok || p.Step != 50 {
		t.Errorf("proof for member 0 with a quorum of 3 = %+v, %v; want step 50, the last all three signed", p, ok)
	}
}
