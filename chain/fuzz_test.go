package chain

import (
	"bytes"
	"math/big"
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

// FuzzDecodeTable feeds arbitrary JobSettled table bytes (what a node reads
// from any RPC endpoint's logs) to DecodeTable: it must never panic, must
// refuse lengths that are not whole entries, and what it accepts must
// encode back to the same bytes and have a proof for every entry that
// leads to the table's root.
func FuzzDecodeTable(f *testing.F) {
	seed := &PayoutTable{Members: []common.Address{common.HexToAddress("0xa1"), common.HexToAddress("0xb2"), common.HexToAddress("0xc3")},
		Amounts: []*big.Int{big.NewInt(1_000), new(big.Int), new(big.Int).Lsh(big.NewInt(1), 95)}}
	f.Add(seed.EncodeTable())
	f.Add([]byte{})
	f.Add(make([]byte, 31))
	f.Fuzz(func(t *testing.T, b []byte) {
		tab, err := DecodeTable(b)
		if err != nil {
			if len(b)%32 == 0 {
				t.Fatalf("refused %d bytes: %v", len(b), err)
			}
			return
		}
		if !bytes.Equal(tab.EncodeTable(), b) {
			t.Fatal("decode then encode changed the table")
		}
		root := tab.Root()
		for i := range tab.Members {
			node := LeafOf(i, tab.Members[i], tab.Amounts[i])
			idx := i
			for _, sib := range tab.Proof(i) {
				if idx&1 == 0 {
					node = hashPair(node, sib)
				} else {
					node = hashPair(sib, node)
				}
				idx >>= 1
			}
			if node != root {
				t.Fatalf("entry %d of %d: its proof leads to %s, the root is %s", i, len(tab.Members), node, root)
			}
		}
	})
}
