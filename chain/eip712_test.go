package chain

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// apiTypes are PROTOCOL.md's types in go-ethereum's independent EIP-712
// implementation (the one behind eth_signTypedData_v4).
var apiTypes = apitypes.Types{
	"EIP712Domain": {
		{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
		{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"},
	},
	"BidCommit": {{Name: "jobId", Type: "bytes32"}, {Name: "bidder", Type: "address"}, {Name: "commitment", Type: "bytes32"}},
	"BidReveal": {
		{Name: "jobId", Type: "bytes32"}, {Name: "bidder", Type: "address"}, {Name: "pricePerStep", Type: "uint256"},
		{Name: "throughput", Type: "uint64"}, {Name: "vramBytes", Type: "uint64"}, {Name: "latencyMs", Type: "uint32"},
		{Name: "attestation", Type: "bytes32"}, {Name: "salt", Type: "bytes32"},
	},
	"Award": {
		{Name: "jobId", Type: "bytes32"}, {Name: "poster", Type: "address"}, {Name: "winners", Type: "address[]"},
		{Name: "standbys", Type: "address[]"}, {Name: "pricePerStep", Type: "uint256"},
	},
	"StepReceipt": {{Name: "jobId", Type: "bytes32"}, {Name: "member", Type: "address"}, {Name: "step", Type: "uint64"}, {Name: "paramsHash", Type: "bytes32"}},
	"FaultAttestation": {
		{Name: "jobId", Type: "bytes32"}, {Name: "accused", Type: "address"}, {Name: "fault", Type: "uint8"},
		{Name: "step", Type: "uint64"}, {Name: "evidenceHash", Type: "bytes32"},
	},
}

func addrList(as []common.Address) []interface{} {
	out := make([]interface{}, len(as))
	for i, a := range as {
		out[i] = a.Hex()
	}
	return out
}

func num(v uint64) *math.HexOrDecimal256 { return (*math.HexOrDecimal256)(new(big.Int).SetUint64(v)) }

// TestEIP712MatchesAPITypes checks the type strings and the digests of every
// message against go-ethereum's apitypes.
func TestEIP712MatchesAPITypes(t *testing.T) {
	d := Domain{ChainID: big.NewInt(8453), Settlement: common.HexToAddress("0x00000000000000000000000000000000000fee01")}
	job := JobID(common.HexToAddress("0xa1"), 42)
	bidder := common.HexToAddress("0x00000000000000000000000000000000000000b1")
	h := func(s string) common.Hash { return crypto.Keccak256Hash([]byte(s)) }
	reveal := BidReveal{JobID: job, Bidder: bidder, PricePerStep: new(big.Int).Lsh(big.NewInt(1), 200), Throughput: 1<<64 - 1,
		VRAMBytes: 24 << 30, LatencyMs: 1<<32 - 1, Attestation: h("att"), Salt: h("salt")}
	award := Award{JobID: job, Poster: common.HexToAddress("0xa1"), Winners: []common.Address{bidder, common.HexToAddress("0xb2")},
		Standbys: nil, PricePerStep: big.NewInt(1234)}
	cases := []struct {
		typ  string
		str  string
		m    Message
		data apitypes.TypedDataMessage
	}{
		{"BidCommit", TypeBidCommit, BidCommit{JobID: job, Bidder: bidder, Commitment: reveal.Commitment()},
			apitypes.TypedDataMessage{"jobId": job.Hex(), "bidder": bidder.Hex(), "commitment": reveal.Commitment().Hex()}},
		{"BidReveal", TypeBidReveal, reveal, apitypes.TypedDataMessage{
			"jobId": job.Hex(), "bidder": bidder.Hex(), "pricePerStep": (*math.HexOrDecimal256)(reveal.PricePerStep),
			"throughput": num(reveal.Throughput), "vramBytes": num(reveal.VRAMBytes), "latencyMs": num(uint64(reveal.LatencyMs)),
			"attestation": reveal.Attestation.Hex(), "salt": reveal.Salt.Hex()}},
		{"Award", TypeAward, award, apitypes.TypedDataMessage{
			"jobId": job.Hex(), "poster": award.Poster.Hex(), "winners": addrList(award.Winners),
			"standbys": addrList(award.Standbys), "pricePerStep": num(1234)}},
		{"StepReceipt", TypeStepReceipt, StepReceipt{JobID: job, Member: bidder, Step: 99, ParamsHash: h("params")},
			apitypes.TypedDataMessage{"jobId": job.Hex(), "member": bidder.Hex(), "step": num(99), "paramsHash": h("params").Hex()}},
		{"FaultAttestation", TypeFaultAttestation, FaultAttestation{JobID: job, Accused: bidder, Fault: FaultGarbageData, Step: 7, EvidenceHash: h("ev")},
			apitypes.TypedDataMessage{"jobId": job.Hex(), "accused": bidder.Hex(), "fault": num(3), "step": num(7), "evidenceHash": h("ev").Hex()}},
	}
	for _, c := range cases {
		t.Run(c.typ, func(t *testing.T) {
			td := apitypes.TypedData{
				Types: apiTypes, PrimaryType: c.typ, Message: c.data,
				Domain: apitypes.TypedDataDomain{Name: DomainName, Version: DomainVersion,
					ChainId: (*math.HexOrDecimal256)(d.ChainID), VerifyingContract: d.Settlement.Hex()},
			}
			if got := string(td.EncodeType(c.typ)); got != c.str {
				t.Fatalf("type string %q; apitypes has %q", c.str, got)
			}
			want, _, err := apitypes.TypedDataAndHash(td)
			if err != nil {
				t.Fatal(err)
			}
			if got := d.Digest(c.m); !bytes.Equal(got[:], want) {
				t.Fatalf("Digest = %x; apitypes = %x", got, want)
			}
		})
	}
}

// TestEIP712MatchesContract checks the Go hashes against the deployed
// contract's: domain separator, type hashes, award hash, job ID.
func TestEIP712MatchesContract(t *testing.T) {
	e := newEnv(t, simNet(t))
	c := e.gov
	view := func(data []byte) []byte {
		t.Helper()
		out, err := c.call(e.ctx, "view", e.addrs.Settlement, data)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	sep, _ := c.sc.UnpackDomainSeparator(view(c.sc.PackDomainSeparator()))
	if common.Hash(sep) != c.Domain().Separator() {
		t.Fatalf("domainSeparator = %x; Go %x", sep, c.Domain().Separator())
	}
	for _, th := range []struct {
		name string
		pack []byte
		want common.Hash
	}{
		{"BidCommit", c.sc.PackBIDCOMMITTYPEHASH(), typeHashBidCommit},
		{"BidReveal", c.sc.PackBIDREVEALTYPEHASH(), typeHashBidReveal},
		{"Award", c.sc.PackAWARDTYPEHASH(), typeHashAward},
		{"StepReceipt", c.sc.PackSTEPRECEIPTTYPEHASH(), typeHashReceipt},
		{"FaultAttestation", c.sc.PackFAULTATTESTATIONTYPEHASH(), typeHashFault},
	} {
		if got := common.BytesToHash(view(th.pack)); got != th.want {
			t.Errorf("%s type hash = %x; Go %x", th.name, got, th.want)
		}
	}
	a := e.award(JobID(e.poster.Address(), 5), tokens(3), e.workers[:3], e.workers[3])
	got, _ := c.sc.UnpackHashAward(view(c.sc.PackHashAward(a.JobID, a.Poster, a.binding())))
	if common.Hash(got) != a.StructHash() {
		t.Fatalf("hashAward = %x; Go %x", got, a.StructHash())
	}
	key := SlashKey(KindStepReceipt, a.JobID, e.workers[0].Address(), 9)
	onChain, _ := c.sc.UnpackSlashKey(view(c.sc.PackSlashKey(uint8(KindStepReceipt), a.JobID, e.workers[0].Address(), big.NewInt(9))))
	if common.Hash(onChain) != key {
		t.Fatalf("slashKey = %x; Go %x", onChain, key)
	}
}

// TestDecodeRoundTrip: decoders invert Fields and refuse non-canonical input.
func TestDecodeRoundTrip(t *testing.T) {
	who := common.HexToAddress("0x00000000000000000000000000000000000000b1")
	c := BidCommit{JobID: common.Hash{1}, Bidder: who, Commitment: common.Hash{2}}
	r := BidReveal{JobID: common.Hash{1}, Bidder: who, PricePerStep: big.NewInt(77), Throughput: 5, VRAMBytes: 6, LatencyMs: 7, Salt: common.Hash{3}}
	s := StepReceipt{JobID: common.Hash{1}, Member: who, Step: 8, ParamsHash: common.Hash{4}}
	if got, err := DecodeBidCommit(c.Fields()); err != nil || got != c {
		t.Errorf("DecodeBidCommit = %+v, %v", got, err)
	}
	if got, err := DecodeBidReveal(r.Fields()); err != nil || !bytes.Equal(got.Fields(), r.Fields()) {
		t.Errorf("DecodeBidReveal = %+v, %v", got, err)
	}
	if got, err := DecodeStepReceipt(s.Fields()); err != nil || got != s {
		t.Errorf("DecodeStepReceipt = %+v, %v", got, err)
	}
	bad := []struct {
		name   string
		decode func([]byte) error
		in     []byte
	}{
		{"short commit", func(b []byte) error { _, err := DecodeBidCommit(b); return err }, c.Fields()[:95]},
		{"long commit", func(b []byte) error { _, err := DecodeBidCommit(b); return err }, append(c.Fields(), 0)},
		{"dirty address", func(b []byte) error { _, err := DecodeBidCommit(b); return err }, setByte(c.Fields(), 32, 1)},
		{"throughput above uint64", func(b []byte) error { _, err := DecodeBidReveal(b); return err }, setByte(r.Fields(), 3*32+23, 1)},
		{"latency above uint32", func(b []byte) error { _, err := DecodeBidReveal(b); return err }, setByte(r.Fields(), 5*32+27, 1)},
		{"step above uint64", func(b []byte) error { _, err := DecodeStepReceipt(b); return err }, setByte(s.Fields(), 2*32, 1)},
	}
	for _, b := range bad {
		if err := b.decode(b.in); err == nil {
			t.Errorf("%s: decoded", b.name)
		}
	}
}

func setByte(b []byte, i int, v byte) []byte {
	out := append([]byte(nil), b...)
	out[i] = v
	return out
}
