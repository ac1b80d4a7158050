package protocol

import (
	"bytes"
	"errors"
	"testing"
)

func sampleTable() QualityTable {
	return QualityTable{{Peer: addr(1), PPM: 562_500}, {Peer: addr(2), PPM: 1_000_000, MFLOPs: 41_250}, {Peer: addr(9), PPM: 1, MFLOPs: 1}}
}

func TestQualityTable(t *testing.T) {
	tab := sampleTable()
	enc := tab.AppendEncoding(nil)
	got, err := DecodeQualityTable(enc)
	if err != nil || got.Root() != tab.Root() || len(got) != 3 {
		t.Fatalf("round trip: %+v, %v", got, err)
	}
	if q, ok := tab.Lookup(addr(2)); !ok || q != 1_000_000 {
		t.Errorf("Lookup(addr 2) = %d, %v", q, ok)
	}
	if e, ok := tab.Entry(addr(2)); !ok || got[1] != e || e.MFLOPs != 41_250 {
		t.Errorf("Entry(addr 2) = %+v, %v; decoded %+v", e, ok, got[1])
	}
	if _, ok := tab.Lookup(addr(3)); ok {
		t.Error("Lookup found a peer the table lacks")
	}
	if (QualityTable{}).Root() != (Hash{}) || tab.Root() == (Hash{}) {
		t.Error("the empty table's root is not zero, or a table's is")
	}
	bad := map[string]QualityTable{
		"unsorted":  {{Peer: addr(2), PPM: 1}, {Peer: addr(1), PPM: 1}},
		"duplicate": {{Peer: addr(1), PPM: 1}, {Peer: addr(1), PPM: 2}},
		"zero ppm":  {{Peer: addr(1), PPM: 0}},
		"above 1e6": {{Peer: addr(1), PPM: 1_000_001}},
		"oversized": make(QualityTable, MaxQualityEntries+1),
	}
	for name, b := range bad {
		if err := b.Check(); !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: Check = %v", name, err)
		}
		if _, err := DecodeQualityTable(b.AppendEncoding(nil)); !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: decode = %v", name, err)
		}
	}
	for name, b := range map[string][]byte{"empty": nil, "truncated": enc[:len(enc)-1], "trailing": append(bytes.Clone(enc), 0)} {
		if _, err := DecodeQualityTable(b); !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: decode = %v", name, err)
		}
	}
}

// FuzzDecodeQualityTable: a table travels with every announcement; what
// decodes is canonical and re-encodes to the same bytes.
func FuzzDecodeQualityTable(f *testing.F) {
	f.Add(sampleTable().AppendEncoding(nil))
	f.Add(QualityTable{}.AppendEncoding(nil))
	f.Add([]byte{0xff, 0xff})
	f.Fuzz(func(t *testing.T, b []byte) {
		tab, err := DecodeQualityTable(b)
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("error %v does not match ErrMalformed", err)
			}
			return
		}
		if !bytes.Equal(tab.AppendEncoding(nil), b) || tab.Check() != nil {
			t.Fatalf("decode(%x) is not canonical", b)
		}
	})
}
