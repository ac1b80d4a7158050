package wire

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/auction/attest"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/protocol"
)

var (
	testDomain = auction.Domain{ChainID: 1337, VerifyingContract: auction.Address{0xc0, 0x17, 0xac, 0x7}}
	posterKey  = identity.FromSeed([]byte("wire-poster"))
	bidderKey  = identity.FromSeed([]byte("wire-bidder"))
)

func testJob() *auction.JobAnnounce {
	p := Address(posterKey.Address())
	return &auction.JobAnnounce{
		JobID: protocol.JobIDOf(p, 42), Poster: p, ModelHash: auction.Hash{1, 2}, DatasetRoot: auction.Hash{3, 4},
		GroupSize: 2, MinVRAMBytes: 8 << 30, MinThroughput: 5, Steps: 1000,
		Budget:           new(big.Int).Lsh(big.NewInt(1), 200), // beyond uint64: exercises uint256
		CommitDeadlineMs: 1_800_000_000_000, RevealDeadlineMs: 1_800_000_060_000, Nonce: 42,
	}
}

func testMessages() []auction.Message {
	job := testJob()
	b := Address(bidderKey.Address())
	r := &auction.BidReveal{JobID: job.JobID, Bidder: b, PricePerStep: big.NewInt(12345), Throughput: 17, VRAMBytes: 24 << 30, LatencyMs: 31, Attestation: auction.Hash{9}, Salt: auction.Hash{8, 7}}
	tabled := *job
	tabled.Nonce = 43
	tabled.JobID = protocol.JobIDOf(job.Poster, 43)
	tabled.Table = auction.QualityTable{{Peer: b, PPM: 900_000}, {Peer: auction.Address{0xf0}, PPM: 250_000}}
	if bytes.Compare(tabled.Table[0].Peer[:], tabled.Table[1].Peer[:]) > 0 {
		tabled.Table[0], tabled.Table[1] = tabled.Table[1], tabled.Table[0]
	}
	tabled.QualityRoot = tabled.Table.Root()
	evaluated := *job
	evaluated.Nonce = 44
	evaluated.JobID = protocol.JobIDOf(job.Poster, 44)
	evaluated.Evaluation = protocol.EvalTerms{HeldOutHash: auction.Hash{0xe1}, HigherIsBetter: true, Threshold: 900_000, Tolerance: 5_000,
		Fee: new(big.Int).Lsh(big.NewInt(1), 90), Quorum: 3, ConditionalBps: 2_500, MinStake: new(big.Int).Lsh(big.NewInt(1), 120)}
	return []auction.Message{
		job,
		&tabled,
		&auction.BidCommit{JobID: job.JobID, Bidder: b, Commitment: r.Commitment()},
		r,
		&auction.Decline{JobID: job.JobID, Provider: b, Reason: auction.DeclinePrice},
		&auction.Award{JobID: job.JobID, Poster: job.Poster, Winners: []auction.Address{b, {0x11}}, Standbys: []auction.Address{{0x22}}, Prices: []*big.Int{big.NewInt(999), big.NewInt(1000), big.NewInt(1200)}},
		&evaluated,
	}
}

// typeOf parses a PROTOCOL.md type string into go-ethereum's form, so the
// cross-check also covers the type strings themselves.
func typeOf(s string) (string, []apitypes.Type) {
	name, rest, _ := strings.Cut(s, "(")
	var fields []apitypes.Type
	for _, f := range strings.Split(strings.TrimSuffix(rest, ")"), ",") {
		typ, fname, _ := strings.Cut(f, " ")
		fields = append(fields, apitypes.Type{Name: fname, Type: typ})
	}
	return name, fields
}

func hexOf(b []byte) string { return "0x" + fmt.Sprintf("%x", b) }

// gethMessage renders m as the JSON-style message eth_signTypedData takes.
func gethMessage(m auction.Message) (string, apitypes.TypedDataMessage) {
	addrs := func(as []auction.Address) []interface{} {
		out := []interface{}{}
		for _, a := range as {
			out = append(out, hexOf(a[:]))
		}
		return out
	}
	uints := func(vs []*big.Int) []interface{} {
		out := []interface{}{}
		for _, v := range vs {
			out = append(out, v.String())
		}
		return out
	}
	switch m := m.(type) {
	case *auction.JobAnnounce:
		return protocol.TypeJobAnnounce, apitypes.TypedDataMessage{
			"jobId": hexOf(m.JobID[:]), "poster": hexOf(m.Poster[:]), "modelHash": hexOf(m.ModelHash[:]), "datasetRoot": hexOf(m.DatasetRoot[:]),
			"groupSize": fmt.Sprint(m.GroupSize), "minVramBytes": fmt.Sprint(m.MinVRAMBytes), "minThroughput": fmt.Sprint(m.MinThroughput),
			"steps": fmt.Sprint(m.Steps), "budget": m.Budget.String(), "commitDeadlineMs": fmt.Sprint(m.CommitDeadlineMs),
			"revealDeadlineMs": fmt.Sprint(m.RevealDeadlineMs), "nonce": fmt.Sprint(m.Nonce), "qualityRoot": hexOf(m.QualityRoot[:]),
			"audits": fmt.Sprint(m.Audits), "heldOutHash": hexOf(m.Evaluation.HeldOutHash[:]), "evalHigherIsBetter": m.Evaluation.HigherIsBetter,
			"evalThreshold": fmt.Sprint(m.Evaluation.Threshold), "evalTolerance": fmt.Sprint(m.Evaluation.Tolerance),
			"evalFee": uintOf(m.Evaluation.Fee), "evalQuorum": fmt.Sprint(m.Evaluation.Quorum),
			"evalConditionalBps": fmt.Sprint(m.Evaluation.ConditionalBps), "evalMinStake": uintOf(m.Evaluation.MinStake),
		}
	case *auction.BidCommit:
		return protocol.TypeBidCommit, apitypes.TypedDataMessage{"jobId": hexOf(m.JobID[:]), "bidder": hexOf(m.Bidder[:]), "commitment": hexOf(m.Commitment[:])}
	case *auction.BidReveal:
		return protocol.TypeBidReveal, apitypes.TypedDataMessage{
			"jobId": hexOf(m.JobID[:]), "bidder": hexOf(m.Bidder[:]), "pricePerStep": m.PricePerStep.String(), "throughput": fmt.Sprint(m.Throughput),
			"vramBytes": fmt.Sprint(m.VRAMBytes), "latencyMs": fmt.Sprint(m.LatencyMs), "attestation": hexOf(m.Attestation[:]), "salt": hexOf(m.Salt[:]),
		}
	case *auction.Decline:
		return protocol.TypeDecline, apitypes.TypedDataMessage{"jobId": hexOf(m.JobID[:]), "provider": hexOf(m.Provider[:]), "reason": fmt.Sprint(uint8(m.Reason))}
	case *auction.Award:
		return protocol.TypeAward, apitypes.TypedDataMessage{
			"jobId": hexOf(m.JobID[:]), "poster": hexOf(m.Poster[:]), "winners": addrs(m.Winners), "standbys": addrs(m.Standbys), "prices": uints(m.Prices),
		}
	}
	panic("unknown message")
}

// uintOf is a uint as geth's typed data takes it (nil: 0).
func uintOf(v *big.Int) string {
	if v == nil {
		return "0"
	}
	return v.String()
}

// TestEIP712MatchesGeth checks our hashing against go-ethereum's
// eth_signTypedData implementation, message by message, and checks that a
// signature over geth's digest verifies with our codec.
func TestEIP712MatchesGeth(t *testing.T) {
	dname, dfields := typeOf(protocol.TypeEIP712Domain)
	for _, m := range testMessages() {
		t.Run(m.Kind().String(), func(t *testing.T) {
			typ, msg := gethMessage(m)
			name, fields := typeOf(typ)
			td := apitypes.TypedData{
				Types:       apitypes.Types{dname: dfields, name: fields},
				PrimaryType: name,
				Domain: apitypes.TypedDataDomain{
					Name: protocol.DomainName, Version: protocol.DomainVersion,
					ChainId:           math.NewHexOrDecimal256(int64(testDomain.ChainID)),
					VerifyingContract: common.Address(testDomain.VerifyingContract).Hex(),
				},
				Message: msg,
			}
			digest, _, err := apitypes.TypedDataAndHash(td)
			if err != nil {
				t.Fatal(err)
			}
			codec := NewCodec(testDomain, 8)
			if got := codec.Digest(m); string(got[:]) != string(digest) {
				t.Fatalf("digest %x; go-ethereum says %x", got, digest)
			}
			sep, err := td.HashStruct("EIP712Domain", td.Domain.Map())
			if err != nil {
				t.Fatal(err)
			}
			if got := testDomain.Separator(); string(got[:]) != string(sep) {
				t.Errorf("domain separator %x; go-ethereum says %x", got, sep)
			}
			// A signature made by go-ethereum over its own digest (as a
			// wallet would) verifies with our codec.
			key := bidderKey
			if m.Signer() != Address(bidderKey.Address()) {
				key = posterKey
			}
			sig, err := ethcrypto.Sign(digest, key.ECDSA())
			if err != nil {
				t.Fatal(err)
			}
			sig[64] += 27
			s := auction.Signed{Msg: m}
			copy(s.Sig[:], sig)
			if err := codec.Verify(s); err != nil {
				t.Errorf("geth-made signature does not verify: %v", err)
			}
		})
	}
}

func sign(t testing.TB, c *Codec, m auction.Message) (auction.Signed, []byte) {
	t.Helper()
	key := bidderKey
	if m.Signer() == Address(posterKey.Address()) {
		key = posterKey
	}
	s, data, err := c.Sign(key, m)
	if err != nil {
		t.Fatal(err)
	}
	return s, data
}

func TestSignDecodeRoundTrip(t *testing.T) {
	c := NewCodec(testDomain, 8)
	for _, m := range testMessages() {
		s, data := sign(t, c, m)
		got, err := c.Decode(data)
		if err != nil {
			t.Fatalf("%v: %v", m.Kind(), err)
		}
		if !got.Equal(s) {
			t.Errorf("%v: decoded %+v; want %+v", m.Kind(), got, s)
		}
	}
	if _, _, err := c.Sign(posterKey, testMessages()[2]); !errors.Is(err, ErrSigner) {
		t.Errorf("signing a bidder's commit with the poster's key: %v", err)
	}
}

// highS returns the same signature with s replaced by n − s (and v
// flipped): valid for secp256k1, but a second encoding the protocol
// refuses.
func highS(sig []byte) []byte {
	n := ethcrypto.S256().Params().N
	s := new(big.Int).SetBytes(sig[32:64])
	out := append([]byte{}, sig...)
	new(big.Int).Sub(n, s).FillBytes(out[32:64])
	out[64] ^= 1
	return out
}

func TestDecodeRejects(t *testing.T) {
	c := NewCodec(testDomain, 8)
	commit := testMessages()[2]
	_, good := sign(t, c, commit)
	otherChain := NewCodec(auction.Domain{ChainID: 1, VerifyingContract: testDomain.VerifyingContract}, 8)
	_, foreign := sign(t, otherChain, commit)
	otherContract := NewCodec(auction.Domain{ChainID: 1337, VerifyingContract: auction.Address{1}}, 8)
	_, foreign2 := sign(t, otherContract, commit)
	mod := func(f func(b []byte) []byte) []byte { return f(append([]byte{}, good...)) }
	sigAt := len(good) - protocol.SignatureLen
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrSize},
		{"too long", make([]byte, c.MaxBytes()+1), ErrSize},
		{"truncated", good[:len(good)-1], protocol.ErrMalformed},
		{"unknown kind", mod(func(b []byte) []byte { b[0] = 77; return b }), protocol.ErrMalformed},
		{"wrong kind", mod(func(b []byte) []byte { b[0] = byte(auction.KindDecline); return b }), protocol.ErrMalformed},
		{"flipped signature byte", mod(func(b []byte) []byte { b[sigAt+5] ^= 1; return b }), nil},
		{"field changed after signing", mod(func(b []byte) []byte { b[1+2*32+3] ^= 1; return b }), ErrSigner},
		{"v = 0", mod(func(b []byte) []byte { b[len(b)-1] -= 27; return b }), identity.ErrBadSignature},
		{"high s", mod(func(b []byte) []byte { return append(b[:sigAt], highS(b[sigAt:])...) }), identity.ErrBadSignature},
		{"replay from another chain", foreign, ErrSigner},
		{"replay from another contract", foreign2, ErrSigner},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := c.Decode(tt.data)
			if err == nil {
				t.Fatal("accepted")
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("err = %v; want %v", err, tt.want)
			}
			if tt.want == nil && !errors.Is(err, ErrSigner) && !errors.Is(err, identity.ErrBadSignature) {
				t.Errorf("err = %v; want a signature error", err)
			}
		})
	}
}

// TestEvidenceFromMachineVerifies: a real equivocation (two commits signed
// by one key) detected by the core is evidence the chain can verify.
func TestEvidenceFromMachineVerifies(t *testing.T) {
	c := NewCodec(testDomain, 8)
	p := auction.DefaultParams()
	p.ChallengeN = attest.NMin
	job := testJob()
	ann, _ := sign(t, c, job)
	m, err := auction.New(p, testDomain, ann, auction.Address{0x99})
	if err != nil {
		t.Fatal(err)
	}
	b := Address(bidderKey.Address())
	c1, d1 := sign(t, c, &auction.BidCommit{JobID: job.JobID, Bidder: b, Commitment: auction.Hash{1}})
	_, d2 := sign(t, c, &auction.BidCommit{JobID: job.JobID, Bidder: b, Commitment: auction.Hash{2}})
	now := job.CommitDeadlineMs - 1000
	for _, d := range [][]byte{d1, d2} {
		s, err := c.Decode(d)
		if err != nil {
			t.Fatal(err)
		}
		m.Step(now, s)
	}
	var ev *auction.Evidence
	for _, e := range m.Ready().Events {
		if e.Kind == auction.EventEquivocation {
			ev = e.Evidence
		}
	}
	if ev == nil {
		t.Fatal("no evidence")
	}
	if err := c.VerifyEvidence(ev); err != nil {
		t.Fatalf("evidence does not verify: %v", err)
	}
	if !ev.First.Equal(c1) {
		t.Error("evidence does not hold the first signed message as sent")
	}
	forged := *ev
	forged.Second.Sig[10] ^= 1
	if err := c.VerifyEvidence(&forged); err == nil {
		t.Error("evidence with a broken signature verifies")
	}
}

// TestAnnounceTable: an announcement's quality table travels after its
// signature and is accepted only as the table its signed root commits to.
func TestAnnounceTable(t *testing.T) {
	c := NewCodec(testDomain, 8)
	tabled := testMessages()[1].(*auction.JobAnnounce)
	_, data := sign(t, c, tabled)
	got, err := c.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if a := got.Msg.(*auction.JobAnnounce); a.Table.Root() != tabled.QualityRoot || len(a.Table) != 2 {
		t.Fatalf("decoded table %+v; want the committed one", a.Table)
	}
	_, plain := sign(t, c, testMessages()[0])
	tampered := append([]byte{}, data...)
	tampered[len(tampered)-1] ^= 1 // the last entry's ppm
	for name, b := range map[string][]byte{
		"table altered":                    tampered,
		"table stripped":                   data[:len(data)-len(tabled.Table.AppendEncoding(nil))],
		"table on an announcement of none": append(append([]byte{}, plain...), tabled.Table.AppendEncoding(nil)...),
		"trailing byte after the table":    append(append([]byte{}, data...), 0),
	} {
		if _, err := c.Decode(b); !errors.Is(err, protocol.ErrMalformed) {
			t.Errorf("%s: %v; want ErrMalformed", name, err)
		}
	}
}

// awardWithBids is testMessages' award carrying the bidder's signed
// commit and reveal, and its wire form.
func awardWithBids(t testing.TB, c *Codec) (auction.Signed, []byte) {
	t.Helper()
	ms := testMessages()
	commit, _ := sign(t, c, ms[2])
	reveal, _ := sign(t, c, ms[3])
	a := *ms[5].(*auction.Award)
	a.Bids = []auction.Signed{commit, reveal}
	return sign(t, c, &a)
}

// TestAwardBids: an award carries the bids that decide it (PROTOCOL.md,
// "One view"); each is verified as its bidder's and must be a commit or
// reveal of the award's job, and the envelope is parsed strictly.
func TestAwardBids(t *testing.T) {
	c := NewCodec(testDomain, 8)
	s, data := awardWithBids(t, c)
	got, err := c.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	a := got.Msg.(*auction.Award)
	if !got.Equal(s) || len(a.Bids) != 2 || !a.Bids[0].Equal(s.Msg.(*auction.Award).Bids[0]) || !a.Bids[1].Equal(s.Msg.(*auction.Award).Bids[1]) {
		t.Fatalf("decoded %+v; want the award with its two bids", got)
	}
	if len(data) > c.MaxBytes() {
		t.Fatalf("%d bytes over MaxBytes %d", len(data), c.MaxBytes())
	}
	ms := testMessages()
	// The signature covers the award's fields only: the same award
	// without bids has the same signature.
	plain := *a
	plain.Bids = nil
	if _, err := c.Decode(c.Encode(auction.Signed{Msg: &plain, Sig: got.Sig})); err != nil {
		t.Fatalf("the award without its bids: %v", err)
	}
	otherJob := *ms[2].(*auction.BidCommit)
	otherJob.JobID = auction.Hash{0xee}
	foreign, _ := sign(t, c, &otherJob)
	decline, _ := sign(t, c, ms[4])
	with := func(bids ...auction.Signed) []byte {
		x := *a
		x.Bids = bids
		return c.Encode(auction.Signed{Msg: &x, Sig: got.Sig})
	}
	forged := a.Bids[1]
	forged.Sig[7] ^= 1
	tamperedAward := append([]byte{}, data...)
	tamperedAward[1+4+1+40] ^= 1
	for name, b := range map[string][]byte{
		"a bid of another job":  with(a.Bids[0], foreign),
		"a decline among bids":  with(decline),
		"a bid's bad signature": with(a.Bids[0], forged),
		"award field altered":   tamperedAward,
		"trailing byte":         append(append([]byte{}, data...), 0),
		"truncated":             data[:len(data)-1],
		"no award":              {kindAwardBids, 0, 0, 0, 0},
	} {
		if _, err := c.Decode(b); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func FuzzDecode(f *testing.F) {
	c := NewCodec(testDomain, 8)
	for _, m := range testMessages() {
		_, data := sign(f, c, m)
		f.Add(data)
	}
	_, bids := awardWithBids(f, c)
	f.Add(bids)
	f.Add([]byte{})
	f.Add([]byte{2})
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := c.Decode(data)
		if err != nil {
			return
		}
		// Only a message signed by its own signer gets through, and it
		// re-encodes to exactly the bytes received.
		if string(c.Encode(s)) != string(data) {
			t.Fatalf("decoded %x re-encodes to %x", data, c.Encode(s))
		}
		if err := c.Verify(s); err != nil {
			t.Fatalf("decoded message does not verify: %v", err)
		}
	})
}
