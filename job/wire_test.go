package job

import (
	"bytes"
	"testing"

	"github.com/trainmesh/trainmesh/protocol"
)

// FuzzDecodeReceipt: receipts arrive over gossip from anyone; the decoder
// never panics and what it accepts re-encodes to the same bytes.
func FuzzDecodeReceipt(f *testing.F) {
	r := Receipt{StepReceipt: protocol.StepReceipt{JobID: Hash{7}, Member: Address{1}, Step: 10, ParamsHash: Hash{1}}}
	r.Sig[64] = 27
	f.Add(r.Encode())
	f.Add(make([]byte, receiptWireLen))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := DecodeReceipt(data)
		if err != nil {
			return
		}
		if !bytes.Equal(r.Encode(), data) {
			t.Fatalf("accepted bytes that re-encode differently")
		}
	})
}

// FuzzDecodeReady: readiness messages arrive over gossip from anyone.
func FuzzDecodeReady(f *testing.F) {
	f.Add(EncodeReady(Hash{1}))
	f.Add([]byte{KindReady})
	f.Fuzz(func(t *testing.T, data []byte) {
		job, err := DecodeReady(data)
		if err == nil && !bytes.Equal(EncodeReady(job), data) {
			t.Fatal("accepted bytes that re-encode differently")
		}
	})
}
