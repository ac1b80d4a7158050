package chain

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/protocol"
)

// FuzzEquivocationCheck feeds arbitrary evidence to CheckEquivocation, which
// nodes run on evidence they receive before paying gas to submit it: it must
// never panic, and must accept only pairs signed by the key the messages
// name. (The decoders it relies on are fuzzed in package protocol.)
func FuzzEquivocationCheck(f *testing.F) {
	d := protocol.Domain{ChainID: EmbeddedChainID, VerifyingContract: protocol.Address(common.HexToAddress("0x5e"))}
	k := identity.FromSeed([]byte("fuzz"))
	a := protocol.StepReceipt{JobID: protocol.Hash{1}, Member: protocol.Address(k.Address()), Step: 2, ParamsHash: protocol.Hash{3}}
	b := a
	b.ParamsHash = protocol.Hash{4}
	sa, _ := Sign(k, d, a)
	sb, _ := Sign(k, d, b)
	f.Add(uint8(protocol.EvidenceReceipt), a.AppendABI(nil), sa, b.AppendABI(nil), sb)
	f.Add(uint8(protocol.EvidenceCommit), a.AppendABI(nil)[:96], sa, b.AppendABI(nil)[:96], sb)
	f.Add(uint8(0), []byte{}, []byte{}, []byte{}, []byte{})
	f.Fuzz(func(t *testing.T, kind uint8, ma, sa, mb, sb []byte) {
		ev := protocol.Equivocation{Kind: protocol.EvidenceKind(kind), MsgA: ma, SigA: sa, MsgB: mb, SigB: sb}
		who, err := CheckEquivocation(d, ev)
		if err != nil {
			return
		}
		if bytes.Equal(ma, mb) {
			t.Fatal("accepted two identical messages")
		}
		_, _, named, err := ev.Open()
		if err != nil || common.Address(named) != who {
			t.Fatalf("offender %s is not the address %s the messages name (%v)", who, named, err)
		}
	})
}
