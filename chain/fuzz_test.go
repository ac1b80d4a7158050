package chain

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/identity"
)

// FuzzDecodeEvidence feeds arbitrary bytes to the evidence decoders: they
// must never panic, and whatever they accept must re-encode to the same
// bytes (one encoding per message, as the contract requires).
func FuzzDecodeEvidence(f *testing.F) {
	who := common.HexToAddress("0x00000000000000000000000000000000000000b1")
	f.Add(BidCommit{JobID: common.Hash{1}, Bidder: who, Commitment: common.Hash{2}}.Fields())
	f.Add(BidReveal{JobID: common.Hash{1}, Bidder: who, PricePerStep: big.NewInt(9), Throughput: 1, VRAMBytes: 2, LatencyMs: 3}.Fields())
	f.Add(StepReceipt{JobID: common.Hash{1}, Member: who, Step: 4}.Fields())
	f.Add([]byte{})
	f.Add(bytes.Repeat([]byte{0xff}, 128))
	f.Fuzz(func(t *testing.T, b []byte) {
		if m, err := DecodeBidCommit(b); err == nil && !bytes.Equal(m.Fields(), b) {
			t.Fatalf("BidCommit %x re-encodes to %x", b, m.Fields())
		}
		if m, err := DecodeBidReveal(b); err == nil && !bytes.Equal(m.Fields(), b) {
			t.Fatalf("BidReveal %x re-encodes to %x", b, m.Fields())
		}
		if m, err := DecodeStepReceipt(b); err == nil && !bytes.Equal(m.Fields(), b) {
			t.Fatalf("StepReceipt %x re-encodes to %x", b, m.Fields())
		}
		if fields, sig, err := SplitSigned(b); err == nil && (len(sig) != identity.SignatureLen || !bytes.Equal(append(append([]byte{}, fields...), sig...), b)) {
			t.Fatalf("SplitSigned(%x) = %x, %x", b, fields, sig)
		}
	})
}

// FuzzEquivocationCheck feeds arbitrary evidence to Check, which nodes run
// on evidence they receive before paying gas to submit it: it must never
// panic, and must accept only pairs signed by the key the messages name.
func FuzzEquivocationCheck(f *testing.F) {
	d := Domain{ChainID: big.NewInt(EmbeddedChainID), Settlement: common.HexToAddress("0x5e")}
	k := identity.FromSeed([]byte("fuzz"))
	a := StepReceipt{JobID: common.Hash{1}, Member: k.Address(), Step: 2, ParamsHash: common.Hash{3}}
	b := a
	b.ParamsHash = common.Hash{4}
	sa, _ := d.Sign(k, a)
	sb, _ := d.Sign(k, b)
	f.Add(uint8(KindStepReceipt), a.Fields(), sa, b.Fields(), sb)
	f.Add(uint8(KindBidCommit), a.Fields()[:96], sa, b.Fields()[:96], sb)
	f.Add(uint8(0), []byte{}, []byte{}, []byte{}, []byte{})
	f.Fuzz(func(t *testing.T, kind uint8, ma, sa, mb, sb []byte) {
		ev := Equivocation{Kind: EvidenceKind(kind), MsgA: ma, SigA: sa, MsgB: mb, SigB: sb}
		who, err := ev.Check(d)
		if err != nil {
			return
		}
		if bytes.Equal(ma, mb) {
			t.Fatal("accepted two identical messages")
		}
		_, named, _, _ := slotOf(ev.Kind, ma)
		if named != who {
			t.Fatalf("offender %s is not the address %s the messages name", who, named)
		}
	})
}
