package job

import (
	"bytes"
	"errors"
	"slices"
	"testing"

	"github.com/trainmesh/trainmesh/protocol"
)

func fetchSamples() (Hash, *Fetch, Answered) {
	f := &Fetch{Receipts: []Pair{{Member: member(1), Step: 10}, {Member: member(2), Step: 20}}, Seats: []Address{standby(1)},
		Witnesses: []Address{member(1), member(2)}}
	r := Receipt{StepReceipt: protocol.StepReceipt{JobID: Hash{7}, Member: member(1), Step: 10, ParamsHash: Hash{1}, ContribRoot: Hash{2}}}
	r.Sig[64] = 27
	s := SignedSeat{SeatStatement: SeatStatement{JobID: Hash{7}, Standby: standby(1), Seat: 1, From: 12}}
	s.Sig[64] = 28
	w := SignedWitness{RejoinWitness: RejoinWitness{SeatStatement{JobID: Hash{7}, Standby: member(1), Seat: 0, From: 14}}}
	w.Sig[64] = 27
	return Hash{7}, f, Answered{Receipts: []Receipt{r}, Seats: []SignedSeat{s}, Witnesses: []SignedWitness{w}}
}

// TestFetchWire: a request and an answer decode to what was encoded, and
// what breaks the rules is refused with ErrFetch.
func TestFetchWire(t *testing.T) {
	job, f, a := fetchSamples()
	req, err := EncodeFetchRequest(job, f)
	if err != nil {
		t.Fatal(err)
	}
	gotJob, got, err := DecodeFetchRequest(req)
	if err != nil || gotJob != job || len(got.Receipts) != 2 || got.Receipts[1] != f.Receipts[1] || !slices.Equal(got.Seats, f.Seats) || !slices.Equal(got.Witnesses, f.Witnesses) {
		t.Fatalf("request: %v, %v %+v", err, gotJob, got)
	}
	ans, err := EncodeFetchAnswer(a)
	if err != nil {
		t.Fatal(err)
	}
	g, err := DecodeFetchAnswer(ans)
	if err != nil || !slices.Equal(g.Receipts, a.Receipts) || !slices.Equal(g.Seats, a.Seats) || !slices.Equal(g.Witnesses, a.Witnesses) {
		t.Fatalf("answer: %v, %+v", err, g)
	}
	twice := &Fetch{Receipts: []Pair{f.Receipts[0], f.Receipts[0]}}
	twiceW := &Fetch{Witnesses: []Address{member(1), member(1)}}
	zero := &Fetch{Receipts: []Pair{{Member: member(1)}}}
	over := &Fetch{Receipts: make([]Pair, FetchReceiptsMax+1)}
	overW := &Fetch{Witnesses: make([]Address, FetchSeatsMax+1)}
	for name, b := range map[string][]byte{
		"twice":            must(EncodeFetchRequest(job, twice)),
		"witnesses twice":  must(EncodeFetchRequest(job, twiceW)),
		"no witness count": req[:len(req)-2-2*20],
		"step 0":           must(EncodeFetchRequest(job, zero)),
		"trailing":         append(bytes.Clone(req), 0),
		"truncated":        req[:len(req)-1],
		"short":            req[:10],
	} {
		if _, _, err := DecodeFetchRequest(b); !errors.Is(err, ErrFetch) {
			t.Errorf("request %s: %v, want ErrFetch", name, err)
		}
	}
	for _, f := range []*Fetch{over, overW} {
		if _, err := EncodeFetchRequest(job, f); !errors.Is(err, ErrFetch) {
			t.Errorf("a request over the bound: %v", err)
		}
	}
	tooMany := Answered{Witnesses: make([]SignedWitness, FetchWitnessesMax+1)}
	if _, err := EncodeFetchAnswer(tooMany); !errors.Is(err, ErrFetch) {
		t.Errorf("an answer over the bound: %v", err)
	}
	badKind := bytes.Clone(ans)
	badKind[2] = 7 // a claim tally's: not a record
	for name, b := range map[string][]byte{
		"trailing":  append(bytes.Clone(ans), 0),
		"truncated": ans[:len(ans)-1],
		"kind":      badKind,
		"count":     append([]byte{0xff, 0xff}, ans[2:]...),
	} {
		if _, err := DecodeFetchAnswer(b); !errors.Is(err, ErrFetch) {
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
	job, fe, _ := fetchSamples()
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
// the same number of bytes (receipts, statements, then witnesses: an
// answer is re-encoded in that order).
func FuzzDecodeFetchAnswer(f *testing.F) {
	_, _, a := fetchSamples()
	f.Add(must(EncodeFetchAnswer(a)))
	f.Add(must(EncodeFetchAnswer(Answered{})))
	f.Add(must(EncodeFetchAnswer(Answered{Seats: a.Seats})))
	f.Add(must(EncodeFetchAnswer(Answered{Witnesses: a.Witnesses})))
	f.Add([]byte{0, 1, KindReceipt})
	f.Add([]byte{0, 1, KindRejoinWitness})
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := DecodeFetchAnswer(data)
		if err != nil {
			if !errors.Is(err, ErrFetch) {
				t.Fatalf("error %v is not ErrFetch", err)
			}
			return
		}
		if len(a.Receipts) > FetchReceiptsMax || len(a.Seats) > FetchSeatsMax || len(a.Witnesses) > FetchWitnessesMax {
			t.Fatalf("%d receipts, %d statements and %d witnesses accepted", len(a.Receipts), len(a.Seats), len(a.Witnesses))
		}
		b, err := EncodeFetchAnswer(a)
		if err != nil || (len(b) != len(data)) {
			t.Fatalf("accepted %d bytes that re-encode to %d (%v)", len(data), len(b), err)
		}
	})
}
