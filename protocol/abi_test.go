package protocol

import (
	"bytes"
	"errors"
	"math/big"
	"testing"
)

func addr(i int) Address { return Address{0xa0, byte(i >> 8), byte(i)} }

var poster = Address{0x90, 0x57}

func testJob() *JobAnnounce {
	return &JobAnnounce{
		JobID: JobIDOf(poster, 7), Poster: poster, ModelHash: Hash{1}, DatasetRoot: Hash{2},
		GroupSize: 3, MinVRAMBytes: 8 << 30, MinThroughput: 10, Steps: 100, Budget: big.NewInt(123_456_789),
		CommitDeadlineMs: 10_000, RevealDeadlineMs: 20_000, Nonce: 7, QualityRoot: sampleTable().Root(), Audits: 56, Table: sampleTable(),
	}
}

func sampleMessages() []Message {
	job := testJob()
	r := &BidReveal{JobID: job.JobID, Bidder: addr(1), PricePerStep: big.NewInt(77), Throughput: 12, VRAMBytes: 1 << 34, LatencyMs: 9, Attestation: Hash{3}, Salt: Hash{4}}
	return []Message{
		job,
		&BidCommit{JobID: job.JobID, Bidder: addr(1), Commitment: r.Commitment()},
		r,
		&Decline{JobID: job.JobID, Provider: addr(2), Reason: DeclineTooSlow},
		&Award{JobID: job.JobID, Poster: poster, Winners: []Address{addr(1), addr(3), addr(4)}, Standbys: []Address{addr(5)}, Prices: []*big.Int{big.NewInt(1234), big.NewInt(1300), big.NewInt(1201), big.NewInt(2000)}},
		&Award{JobID: job.JobID, Poster: poster, Winners: []Address{}, Standbys: []Address{}, Prices: []*big.Int{}},
		evaluatedJob(),
	}
}

// evaluatedJob is testJob with evaluation terms at their fields' bounds.
func evaluatedJob() *JobAnnounce {
	j := testJob()
	j.Evaluation = EvalTerms{HeldOutHash: Hash{0xe1}, HigherIsBetter: true, Threshold: 900_000, Tolerance: 1 << 63,
		Fee: new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1)), Quorum: EvalMaxScores, ConditionalBps: 10_000,
		MinStake: new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))}
	return j
}

func TestABIRoundTrip(t *testing.T) {
	for _, m := range sampleMessages() {
		t.Run(m.Kind().String(), func(t *testing.T) {
			enc := m.AppendABI(nil)
			got, err := DecodeMessage(m.Kind(), enc, 8)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.AppendABI(nil), enc) || got.StructHash() != m.StructHash() {
				t.Errorf("round trip changed the message: %+v -> %+v", m, got)
			}
		})
	}
}

// TestABIStrict: each encoding has one accepted form.
func TestABIStrict(t *testing.T) {
	msgs := sampleMessages()
	flip := func(m Message, at int, v byte) []byte {
		b := m.AppendABI(nil)
		b[at] = v
		return b
	}
	tests := []struct {
		name string
		kind Kind
		data []byte
	}{
		{"commit truncated", KindCommit, msgs[1].AppendABI(nil)[:CommitABILen-1]},
		{"commit with trailing byte", KindCommit, append(msgs[1].AppendABI(nil), 0)},
		{"address padding", KindCommit, flip(msgs[1], word+3, 1)},
		{"uint32 overflow", KindAnnounce, flip(msgs[0], 4*word+20, 1)},
		{"uint64 overflow", KindReveal, flip(msgs[2], 3*word+10, 1)},
		{"decline reason 0", KindDecline, flip(msgs[3], 3*word-1, 0)},
		{"decline reason past the last", KindDecline, flip(msgs[3], 3*word-1, byte(declineReasonMax+1))},
		{"uint8 overflow", KindDecline, flip(msgs[3], 3*word-2, 1)},
		{"award winners offset", KindAward, flip(msgs[4], 3*word-1, 0x40)},
		{"award standbys offset", KindAward, flip(msgs[4], 4*word-1, 0x40)},
		{"award prices offset", KindAward, flip(msgs[4], 5*word-1, 0x40)},
		{"award with too many winners", KindAward, flip(msgs[4], 6*word-1, 9)},
		{"award with a price missing", KindAward, flip(msgs[4], 12*word-1, 3)},
		{"award with a price too many", KindAward, flip(msgs[4], 12*word-1, 5)},
		{"award truncated", KindAward, msgs[4].AppendABI(nil)[:awardHeadLen+word]},
		{"unknown kind", 9, msgs[1].AppendABI(nil)},
		// The evaluation terms (words 14 to 21 of an announcement).
		{"evaluation bool of 2", KindAnnounce, flip(msgs[6], 16*word-1, 2)},
		{"evaluation fee above uint96", KindAnnounce, flip(msgs[6], 18*word+19, 1)},
		{"evaluation quorum above uint8", KindAnnounce, flip(msgs[6], 20*word-2, 1)},
		{"evaluation share above uint16", KindAnnounce, flip(msgs[6], 21*word-3, 1)},
		{"evaluation stake above uint128", KindAnnounce, flip(msgs[6], 21*word+15, 1)},
		{"announcement without its evaluation words", KindAnnounce, msgs[6].AppendABI(nil)[:14*word]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := DecodeMessage(tt.kind, tt.data, 8); !errors.Is(err, ErrMalformed) {
				t.Errorf("decode = %v; want ErrMalformed", err)
			}
		})
	}
}

func TestJobIDAndCommitment(t *testing.T) {
	// keccak256(abi.encode(address(0x9057…), uint64(7))) and the
	// commitment are the reveal/poster ABI words hashed; check the layout
	// against a hand-built encoding.
	var enc []byte
	enc = append(enc, make([]byte, 12)...)
	enc = append(enc, poster[:]...)
	enc = append(enc, make([]byte, 31)...)
	enc = append(enc, 7)
	if JobIDOf(poster, 7) != Keccak256(enc) {
		t.Error("job ID is not keccak256(abi.encode(poster, nonce))")
	}
	r := sampleMessages()[2].(*BidReveal)
	if r.Commitment() != Keccak256(r.AppendABI(nil)) || len(r.AppendABI(nil)) != RevealABILen {
		t.Error("commitment is not keccak256 of the reveal's 8 ABI words")
	}
}

func fuzzDecoder(f *testing.F, kind Kind) {
	for _, m := range sampleMessages() {
		f.Add(m.AppendABI(nil))
	}
	// The decline reason's bound: the last reason decodes, the next does not.
	for _, r := range []DeclineReason{declineReasonMax, declineReasonMax + 1} {
		f.Add((&Decline{JobID: Hash{1}, Provider: addr(2), Reason: r}).AppendABI(nil))
	}
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := DecodeMessage(kind, data, 16)
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("error %v does not match ErrMalformed", err)
			}
			return
		}
		// Strict decoding: what decodes re-encodes to the same bytes, and
		// hashes without panicking.
		if !bytes.Equal(m.AppendABI(nil), data) {
			t.Fatalf("decode(%x) re-encodes to %x", data, m.AppendABI(nil))
		}
		_ = m.StructHash()
	})
}

func FuzzDecodeAnnounce(f *testing.F) { fuzzDecoder(f, KindAnnounce) }
func FuzzDecodeCommit(f *testing.F)   { fuzzDecoder(f, KindCommit) }
func FuzzDecodeReveal(f *testing.F)   { fuzzDecoder(f, KindReveal) }
func FuzzDecodeDecline(f *testing.F)  { fuzzDecoder(f, KindDecline) }
func FuzzDecodeAward(f *testing.F)    { fuzzDecoder(f, KindAward) }
