package protocol

import (
	"bytes"
	"errors"
	"math/big"
	"testing"
)

func TestScoreEncoding(t *testing.T) {
	full := Score{JobID: Hash{1}, Evaluator: Address{2}, ModelHash: Hash{3}, HeldOutHash: Hash{4}, Score: 1<<64 - 1}
	good := SignedScore{Score: full}
	good.Sig[0], good.Sig[64] = 9, 27
	enc := good.Encode()
	highPad := bytes.Clone(enc)
	highPad[32] = 1 // evaluator's padding
	bigScore := bytes.Clone(enc)
	bigScore[4*32+23] = 1 // a uint64 with a bit above 64
	for _, tc := range []struct {
		name string
		in   []byte
		want *SignedScore // nil: malformed
	}{
		{"round trip", enc, &good},
		{"zero score", SignedScore{Score: Score{JobID: Hash{7}}}.Encode(), &SignedScore{Score: Score{JobID: Hash{7}}}},
		{"empty", nil, nil},
		{"short", enc[:SignedScoreLen-1], nil},
		{"trailing byte", append(bytes.Clone(enc), 0), nil},
		{"address padding", highPad, nil},
		{"score above uint64", bigScore, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := DecodeSignedScore(tc.in)
			if tc.want == nil {
				if !errors.Is(err, ErrMalformed) {
					t.Fatalf("decoded %+v, %v; want ErrMalformed", got, err)
				}
				return
			}
			if err != nil || *got != *tc.want {
				t.Fatalf("got %+v, %v; want %+v", got, err, tc.want)
			}
		})
	}
}

// FuzzDecodeSignedScore feeds arbitrary bytes (a score as a peer publishes
// it) to DecodeSignedScore: it must never panic, and what it accepts must
// encode back to the very bytes (one accepted form per score).
func FuzzDecodeSignedScore(f *testing.F) {
	s := SignedScore{Score: Score{JobID: Hash{1}, Evaluator: Address{2}, ModelHash: Hash{3}, HeldOutHash: Hash{4}, Score: 1_234_567}}
	s.Sig[64] = 28
	f.Add(s.Encode())
	f.Add(s.Encode()[:ScoreABILen])
	f.Add([]byte{})
	f.Add(make([]byte, SignedScoreLen))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := DecodeSignedScore(b)
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("error %v is not ErrMalformed", err)
			}
			return
		}
		if !bytes.Equal(m.Encode(), b) {
			t.Fatalf("accepted %x, which encodes back to %x", b, m.Encode())
		}
		if m.Score.StructHash() != staticStructHash(m.Score, ScoreABILen) || m.Score.Signer() != m.Score.Evaluator {
			t.Fatal("inconsistent score")
		}
	})
}

// TestEvalTermsValidate: the terms' rules, as the contract's open checks
// them, and one encoding of "no evaluation".
func TestEvalTermsValidate(t *testing.T) {
	good := evaluatedJob().Evaluation
	with := func(f func(*EvalTerms)) EvalTerms {
		t := good
		t.Fee, t.MinStake = new(big.Int).Set(good.Fee), new(big.Int).Set(good.MinStake)
		f(&t)
		return t
	}
	for _, tc := range []struct {
		name string
		t    EvalTerms
		ok   bool
	}{
		{"none", EvalTerms{}, true},
		{"none with zero amounts", EvalTerms{Fee: new(big.Int), MinStake: new(big.Int)}, true},
		{"bounds", good, true},
		{"least quorum", with(func(t *EvalTerms) { t.Quorum = EvalMinQuorum }), true},
		{"nil amounts", with(func(t *EvalTerms) { t.Fee, t.MinStake = nil, nil }), true},
		{"quorum below 3", with(func(t *EvalTerms) { t.Quorum = EvalMinQuorum - 1 }), false},
		{"quorum above 32", with(func(t *EvalTerms) { t.Quorum = EvalMaxScores + 1 }), false},
		{"share above 100%", with(func(t *EvalTerms) { t.ConditionalBps = 10_001 }), false},
		{"fee above uint96", with(func(t *EvalTerms) { t.Fee.Lsh(t.Fee, 1) }), false},
		{"negative fee", with(func(t *EvalTerms) { t.Fee.SetInt64(-1) }), false},
		{"stake above uint128", with(func(t *EvalTerms) { t.MinStake.Lsh(t.MinStake, 1) }), false},
		{"terms without a held-out set", with(func(t *EvalTerms) { t.HeldOutHash = Hash{} }), false},
		{"a threshold alone", EvalTerms{Threshold: 1}, false},
		{"a fee alone", EvalTerms{Fee: big.NewInt(1)}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.t.Validate(); (err == nil) != tc.ok {
				t.Fatalf("Validate = %v; want ok %v", err, tc.ok)
			}
		})
	}
	if !good.Passes(good.Threshold) || good.Passes(good.Threshold-1) {
		t.Error("an accuracy passes at the threshold and above")
	}
	loss := EvalTerms{Threshold: 2_000_000}
	if !loss.Passes(2_000_000) || loss.Passes(2_000_001) {
		t.Error("a loss passes at the threshold and below")
	}
}
