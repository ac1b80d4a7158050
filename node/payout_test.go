package node

import (
	"bytes"
	"fmt"
	"math/big"
	"testing"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/protocol"
)

// The receipt book's rules are tested in package job (book_test.go); these
// tests check that what it builds from really signed receipts is what the
// contract verifies, once converted to the chain's forms.

// bookFixture is an award of len(keys) winners and a signer for receipts.
type bookFixture struct {
	dom   protocol.Domain
	keys  []*identity.Key
	award *auction.Award
}

func newBookFixture(t *testing.T, winners int) *bookFixture {
	f := &bookFixture{dom: protocol.Domain{ChainID: 1337, VerifyingContract: protocol.Address{0xee}}}
	f.award = &auction.Award{JobID: auction.Hash{7}, Poster: auction.Address{9}}
	for i := range winners {
		k := identity.FromSeed([]byte(fmt.Sprintf("book/%d", i)))
		f.keys = append(f.keys, k)
		f.award.Winners = append(f.award.Winners, auction.Address(k.Address()))
		f.award.Prices = append(f.award.Prices, big.NewInt(10))
	}
	return f
}

func (f *bookFixture) receipt(t *testing.T, member int, step uint64, h byte) *job.Receipt {
	t.Helper()
	sr := protocol.StepReceipt{JobID: f.award.JobID, Member: protocol.Address(f.keys[member].Address()), Step: step, ParamsHash: protocol.Hash{h}}
	sig, err := chain.Sign(f.keys[member], f.dom, sr)
	if err != nil {
		t.Fatal(err)
	}
	return &job.Receipt{StepReceipt: sr, Sig: [protocol.SignatureLen]byte(sig)}
}

// TestReceiptProofVerifies: the proof the book builds for a claim is what
// the contract checks (a quorum of receipts for one step and hash, sorted
// signers with their award indices); here it is checked by recovering
// every signature.
func TestReceiptProofVerifies(t *testing.T) {
	f := newBookFixture(t, 3)
	b := job.NewBook(f.award, 100)
	for _, r := range []*job.Receipt{f.receipt(t, 0, 50, 1), f.receipt(t, 1, 50, 1), f.receipt(t, 2, 50, 1), f.receipt(t, 0, 100, 2), f.receipt(t, 1, 100, 2)} {
		if added, _, err := b.Add(*r); !added || err != nil {
			t.Fatalf("Add: %v, %v", added, err)
		}
	}
	jp, ok := b.Proof(auction.Address(f.keys[0].Address()), job.QuorumOf(3, 6666))
	if !ok {
		t.Fatal("no proof")
	}
	p := chainProof(jp)
	if p.Step != 100 || len(p.Quorum.Sigs) != 2 {
		t.Fatalf("proof for member 0 = %+v; want step 100 with 2 signatures", p)
	}
	members := f.award.Members()
	for i, sig := range p.Quorum.Sigs {
		member := members[p.Quorum.Members[i]]
		who, err := chain.Recover(f.dom, protocol.StepReceipt{JobID: f.award.JobID, Member: member, Step: p.Step, ParamsHash: protocol.Hash(p.ParamsHash)}, sig)
		if err != nil || protocol.Address(who) != member {
			t.Errorf("signature %d recovers to %s, %v; want %s", i, who, err, member)
		}
		if i > 0 && bytes.Compare(members[p.Quorum.Members[i-1]][:], member[:]) >= 0 {
			t.Errorf("signers not sorted by address")
		}
	}
}

// TestReceiptEquivocationChecks: evidence the book returns checks as the
// contract's kind 3 against the member that signed both receipts.
func TestReceiptEquivocationChecks(t *testing.T) {
	f := newBookFixture(t, 3)
	b := job.NewBook(f.award, 100)
	b.Add(*f.receipt(t, 0, 50, 1))
	_, ev, err := b.Add(*f.receipt(t, 0, 50, 2))
	if err != nil || ev == nil {
		t.Fatalf("a second hash for one step: evidence %v, err %v", ev, err)
	}
	eq := ev.Equivocation()
	if eq.Kind != protocol.EvidenceReceipt {
		t.Errorf("kind %v; want StepReceipt", eq.Kind)
	}
	if who, err := chain.CheckEquivocation(f.dom, eq); err != nil || who != f.keys[0].Address() {
		t.Errorf("evidence checks to %s, %v; want member 0", who, err)
	}
}
