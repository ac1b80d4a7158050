package protocol

import (
	"bytes"
	"errors"
	"testing"
)

func testDataReceipt(n int) DataReceipt {
	m := DataReceipt{JobID: Hash{1}, Member: Address{2}, Holder: Address{3}}
	for i := range n {
		m.Chunks = append(m.Chunks, Hash{0x10, byte(i >> 8), byte(i)})
	}
	return m
}

func TestDataReceiptCodec(t *testing.T) {
	sig := bytes.Repeat([]byte{7}, SignatureLen)
	for _, c := range []struct {
		name string
		m    DataReceipt
		sig  []byte
		ok   bool
	}{
		{"one chunk", testDataReceipt(1), sig, true},
		{"many chunks", testDataReceipt(300), sig, true},
		{"the most chunks", testDataReceipt(MaxReceiptChunks), sig, true},
		{"too many chunks", testDataReceipt(MaxReceiptChunks + 1), sig, false},
		{"no chunks", testDataReceipt(0), sig, false},
		{"a chunk twice", func() DataReceipt { m := testDataReceipt(3); m.Chunks[2] = m.Chunks[1]; return m }(), sig, false},
		{"descending", func() DataReceipt {
			m := testDataReceipt(2)
			m.Chunks[0], m.Chunks[1] = m.Chunks[1], m.Chunks[0]
			return m
		}(), sig, false},
		{"to itself", func() DataReceipt { m := testDataReceipt(2); m.Holder = m.Member; return m }(), sig, false},
		{"a short signature", testDataReceipt(2), sig[:64], false},
	} {
		t.Run(c.name, func(t *testing.T) {
			b, err := EncodeDataReceipt(c.m, c.sig)
			if !c.ok {
				if !errors.Is(err, ErrMalformed) {
					t.Fatalf("encoded: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got, gotSig, err := DecodeDataReceipt(b)
			if err != nil {
				t.Fatal(err)
			}
			if got.StructHash() != c.m.StructHash() || !bytes.Equal(gotSig, c.sig) {
				t.Fatalf("decoded %+v, want %+v", got, c.m)
			}
			// Every truncation and every extension is refused.
			for _, bad := range [][]byte{b[:len(b)-1], append(append([]byte(nil), b...), 0), b[:dataReceiptHead]} {
				if _, _, err := DecodeDataReceipt(bad); !errors.Is(err, ErrMalformed) {
					t.Fatalf("decoded %d of %d bytes: %v", len(bad), len(b), err)
				}
			}
		})
	}
}

// TestDataReceiptStructHash: hashStruct is keccak256(typeHash ‖ jobId ‖
// member ‖ holder ‖ keccak256(chunks)), each address padded to a word, and
// every field changes it.
func TestDataReceiptStructHash(t *testing.T) {
	m := testDataReceipt(2)
	var want []byte
	th := Keccak256([]byte("DataReceipt(bytes32 jobId,address member,address holder,bytes32[] chunks)"))
	want = append(want, th[:]...)
	want = append(want, m.JobID[:]...)
	want = append(want, make([]byte, 12)...)
	want = append(want, m.Member[:]...)
	want = append(want, make([]byte, 12)...)
	want = append(want, m.Holder[:]...)
	ch := Keccak256(m.Chunks[0][:], m.Chunks[1][:])
	want = append(want, ch[:]...)
	if got := m.StructHash(); got != Keccak256(want) {
		t.Fatalf("StructHash %x, want %x", got, Keccak256(want))
	}
	seen := map[Hash]string{m.StructHash(): "base"}
	for name, alt := range map[string]DataReceipt{
		"job":    {JobID: Hash{9}, Member: m.Member, Holder: m.Holder, Chunks: m.Chunks},
		"member": {JobID: m.JobID, Member: Address{9}, Holder: m.Holder, Chunks: m.Chunks},
		"holder": {JobID: m.JobID, Member: m.Member, Holder: Address{9}, Chunks: m.Chunks},
		"chunks": {JobID: m.JobID, Member: m.Member, Holder: m.Holder, Chunks: m.Chunks[:1]},
	} {
		h := alt.StructHash()
		if other, dup := seen[h]; dup {
			t.Fatalf("changing the %s gives %s's hash", name, other)
		}
		seen[h] = name
	}
	if abi := m.AppendABI(nil); len(abi) != 5*word+2*word {
		t.Fatalf("ABI of %d bytes", len(abi))
	}
}

// FuzzDecodeDataReceipt: the decoder never panics and accepts only
// canonical encodings (a decoded receipt encodes to the bytes given).
func FuzzDecodeDataReceipt(f *testing.F) {
	sig := bytes.Repeat([]byte{7}, SignatureLen)
	for _, n := range []int{1, 2, 17} {
		b, err := EncodeDataReceipt(testDataReceipt(n), sig)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
		f.Add(b[:len(b)-1])
	}
	f.Add([]byte{dataReceiptVersion})
	f.Fuzz(func(t *testing.T, b []byte) {
		m, s, err := DecodeDataReceipt(b)
		if err != nil {
			return
		}
		again, err := EncodeDataReceipt(*m, s)
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("decoded %x to %+v, which encodes to %x (%v)", b, m, again, err)
		}
	})
}
