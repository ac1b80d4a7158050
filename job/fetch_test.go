package job

import (
	"bytes"
	"errors"
	"testing"

	"github.com/trainmesh/trainmesh/protocol"
)

func fetchSamples() (Hash, *Fetch, []Receipt, []SignedSeat) {
	f := &Fetch{Receipts: []Pair{{Member: member(1), Step: 10}, {Member: member(2), Step: 20}}, Seats: []Address{standby(1)}}
	r := Receipt{StepReceipt: protocol.StepReceipt{JobID: Hash{7}, Member: member(1), Step: 10, ParamsHash: Hash{1}, ContribRoot: Hash{2}}}
	r.Sig[64] = 27
	s := SignedSeat{SeatStatement: SeatStatement{JobID: Hash{7}, Standby: standby(1), Seat: 1, From: 12}}
	s.Sig[64] = 28
	return Hash{7}, f, []Receipt{r}, []SignedSeat{s}
}

// TestFetchWire: a request and an answer decode to what was encoded, and
// what breaks the rules is refused with ErrFetch.
func TestFetchWire(t *testing.T) {
	job, f, rs, seats := fetchSamples()
	req, err := EncodeFetchRequest(job, f)
	if err != nil {
		t.Fatal(err)
	}
	gotJob, got, err := DecodeFetchRequest(req)
	if err != nil || gotJob != job || len(got.Receipts) != 2 || got.Receipts[1] != f.Receipts[1] || len(got.Seats) != 1 || got.Seats[0] != f.Seats[0] {
		t.Fatalf("request: %v, %v %+v", err, gotJob, got)
	}
	ans, err := EncodeFetchAnswer(rs, seats)
	if err != nil {
		t.Fatal(err)
	}
	grs, gseats, err := DecodeFetchAnswer(ans)
	if err != nil || len(grs) != 1 || grs[0] != rs[0] || len(gseats) != 1 || gseats[0] != seats[0] {
		t.Fatalf("answer: %v, %+v %+v", err, grs, gseats)
	}
	twice := &Fetch{Receipts: []Pair{f.Receipts[0], f.Receipts[0]}}
	zero := &Fetch{Receipts: []Pair{{Member: member(1)}}}
	over := &Fetch{Receipts: make([]Pair, FetchReceiptsMax+1)}
	for name, b := range map[string][]byte{
		"twice":     must(EncodeFetchRequest(job, twice)),
		"step 0":    must(EncodeFetchRequest(job, zero)),
		"trailing":  append(bytes.Clone(req), 0),
		"truncated": req[:len(req)-1],
		"short":     req[:10],
	} {
		if _, _, err := DecodeFetchRequest(b); !errors.Is(err, ErrFetch) {
			t.Errorf("request %s: %v, want ErrFetch", name, err)
		}
	}
	if _, err := EncodeFetchRequest(job, over); !errors.Is(err, ErrFetch) {
		t.Errorf("a request over the bound: %v", err)
	}
	badKind := bytes.Clone(ans)
	badKind[2] = 9
	for name, b := range map[string][]byte{
		"trailing":  append(bytes.Clone(ans), 0),
		"truncated": ans[:len(ans)-1],
		"kind":      badKind,
		"count":     append([]byte{0xff, 0xff}, ans[2:]...),
	} {
		if _, _, err := DecodeFetchAnswer(b); !errors.Is(err, ErrFetch) {
			t.Errorf("answer %s: %v, want ErrFetch", name, err)
		}
	}
}

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}

// FuzzDecodeFetchRequest: requests come from anyone; the decoder never
// panics, refuses with ErrFetch, and what it accepts re-encodes to the
// same bytes.
func FuzzDecodeFetchRequest(f *testing.F) {
	job, fe, _, _ := fetchSamples()
	f.Add(must(EncodeFetchRequest(job, fe)))
	f.Add(must(EncodeFetchRequest(job, &Fetch{})))
	f.Add([]byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, data []byte) {
		job, fe, err := DecodeFetchRequest(data)
		if err != nil {
			if !errors.Is(err, ErrFetch) {
				t.Fatalf("error %v is not ErrFetch", err)
			}
			return
		}
		b, err := EncodeFetchRequest(job, fe)
		if err != nil || !bytes.Equal(b, data) {
			t.Fatalf("accepted bytes that re-encode differently (%v)", err)
		}
	})
}

// FuzzDecodeFetchAnswer: answers come from any peer asked; the decoder
// never panics, refuses with ErrFetch, and what it accepts re-encodes to
// the same bytes (receipts first: an answer is re-encoded in that order).
func FuzzDecodeFetchAnswer(f *testing.F) {
	_, _, rs, seats := fetchSamples()
	f.Add(must(EncodeFetchAnswer(rs, seats)))
	f.Add(must(EncodeFetchAnswer(nil, nil)))
	f.Add(must(EncodeFetchAnswer(nil, seats)))
	f.Add([]byte{0, 1, KindReceipt})
	f.Fuzz(func(t *testing.T, data []byte) {
		rs, seats, err := DecodeFetchAnswer(data)
		if err != nil {
			if !errors.Is(err, ErrFetch) {
				t.Fatalf("error %v is not ErrFetch", err)
			}
			return
		}
		if len(rs) > FetchReceiptsMax || len(seats) > FetchSeatsMax {
			t.Fatalf("%d receipts and %d statements accepted", len(rs), len(seats))
		}
		b, err := EncodeFetchAnswer(rs, seats)
		if err != nil || (len(b) != len(data)) {
			t.Fatalf("accepted %d bytes that re-encode to %d (%v)", len(data), len(b), err)
		}
	})
}
