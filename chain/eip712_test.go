package chain

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/trainmesh/trainmesh/protocol"
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
		{Name: "standbys", Type: "address[]"}, {Name: "prices", Type: "uint256[]"},
	},
	"StepReceipt": {
		{Name: "jobId", Type: "bytes32"}, {Name: "member", Type: "address"}, {Name: "step", Type: "uint64"},
		{Name: "paramsHash", Type: "bytes32"}, {Name: "contribRoot", Type: "bytes32"},
	},
	"Audit": {
		{Name: "jobId", Type: "bytes32"}, {Name: "verifier", Type: "address"}, {Name: "member", Type: "address"},
		{Name: "step", Type: "uint64"}, {Name: "leafHash", Type: "bytes32"}, {Name: "ok", Type: "bool"},
	},
	"WorkEvidence": {
		{Name: "jobId", Type: "bytes32"}, {Name: "accused", Type: "address"}, {Name: "fault", Type: "uint8"},
		{Name: "step", Type: "uint64"}, {Name: "verifier", Type: "address"}, {Name: "body", Type: "bytes32"},
	},
	"FaultAttestation": {
		{Name: "jobId", Type: "bytes32"}, {Name: "accused", Type: "address"}, {Name: "fault", Type: "uint8"},
		{Name: "step", Type: "uint64"}, {Name: "evidenceHash", Type: "bytes32"},
	},
	"Score": {
		{Name: "jobId", Type: "bytes32"}, {Name: "evaluator", Type: "address"}, {Name: "modelHash", Type: "bytes32"},
		{Name: "heldOutHash", Type: "bytes32"}, {Name: "score", Type: "uint64"},
	},
	"ClaimTally": {
		{Name: "jobId", Type: "bytes32"}, {Name: "member", Type: "address"}, {Name: "audits", Type: "uint64[]"},
		{Name: "holders", Type: "address[]"}, {Name: "data", Type: "uint256[]"},
	},
}

func addrList(as []protocol.Address) []interface{} {
	out := make([]interface{}, len(as))
	for i, a := range as {
		out[i] = common.Address(a).Hex()
	}
	return out
}

func num(v uint64) *math.HexOrDecimal256 { return (*math.HexOrDecimal256)(new(big.Int).SetUint64(v)) }

// TestEIP712MatchesAPITypes checks protocol's type strings and the digests
// of the messages the contract takes against go-ethereum's apitypes
// (auction/wire's tests do the same for the auction's messages).
func TestEIP712MatchesAPITypes(t *testing.T) {
	settlement := common.HexToAddress("0x00000000000000000000000000000000000fee01")
	d := protocol.Domain{ChainID: 8453, VerifyingContract: protocol.Address(settlement)}
	job := protocol.JobIDOf(protocol.Address(common.HexToAddress("0xa1")), 42)
	jobHex := common.Hash(job).Hex()
	bidder := common.HexToAddress("0x00000000000000000000000000000000000000b1")
	pb := protocol.Address(bidder)
	h := func(s string) common.Hash { return crypto.Keccak256Hash([]byte(s)) }
	ph := func(s string) protocol.Hash { return protocol.Hash(h(s)) }
	reveal := protocol.BidReveal{JobID: job, Bidder: pb, PricePerStep: new(big.Int).Lsh(big.NewInt(1), 200), Throughput: 1<<64 - 1,
		VRAMBytes: 24 << 30, LatencyMs: 1<<32 - 1, Attestation: ph("att"), Salt: ph("salt")}
	award := protocol.Award{JobID: job, Poster: protocol.Address(common.HexToAddress("0xa1")),
		Winners: []protocol.Address{pb, protocol.Address(common.HexToAddress("0xb2"))}, Standbys: nil, Prices: []*big.Int{big.NewInt(1234), new(big.Int).Lsh(big.NewInt(1), 255)}}
	commitment := common.Hash(reveal.Commitment())
	cases := []struct {
		typ  string
		str  string
		m    protocol.Struct
		data apitypes.TypedDataMessage
	}{
		{"BidCommit", protocol.TypeBidCommit, protocol.BidCommit{JobID: job, Bidder: pb, Commitment: reveal.Commitment()},
			apitypes.TypedDataMessage{"jobId": jobHex, "bidder": bidder.Hex(), "commitment": commitment.Hex()}},
		{"BidReveal", protocol.TypeBidReveal, reveal, apitypes.TypedDataMessage{
			"jobId": jobHex, "bidder": bidder.Hex(), "pricePerStep": (*math.HexOrDecimal256)(reveal.PricePerStep),
			"throughput": num(reveal.Throughput), "vramBytes": num(reveal.VRAMBytes), "latencyMs": num(uint64(reveal.LatencyMs)),
			"attestation": h("att").Hex(), "salt": h("salt").Hex()}},
		{"Award", protocol.TypeAward, award, apitypes.TypedDataMessage{
			"jobId": jobHex, "poster": common.Address(award.Poster).Hex(), "winners": addrList(award.Winners),
			"standbys": addrList(award.Standbys), "prices": []interface{}{num(1234), (*math.HexOrDecimal256)(award.Prices[1])}}},
		{"StepReceipt", protocol.TypeStepReceipt, protocol.StepReceipt{JobID: job, Member: pb, Step: 99, ParamsHash: ph("params"), ContribRoot: ph("root")},
			apitypes.TypedDataMessage{"jobId": jobHex, "member": bidder.Hex(), "step": num(99), "paramsHash": h("params").Hex(), "contribRoot": h("root").Hex()}},
		{"Audit", protocol.TypeAudit, protocol.Audit{JobID: job, Verifier: pb, Member: protocol.Address(common.HexToAddress("0xb2")), Step: 12, LeafHash: ph("leaf"), OK: true},
			apitypes.TypedDataMessage{"jobId": jobHex, "verifier": bidder.Hex(), "member": common.HexToAddress("0xb2").Hex(), "step": num(12), "leafHash": h("leaf").Hex(), "ok": true}},
		{"WorkEvidence", protocol.TypeWorkEvidence, protocol.EvidenceStatement{JobID: job, Accused: pb, Fault: protocol.FaultTampered, Step: 5, Verifier: protocol.Address(common.HexToAddress("0xb2")), Body: ph("body")},
			apitypes.TypedDataMessage{"jobId": jobHex, "accused": bidder.Hex(), "fault": num(4), "step": num(5), "verifier": common.HexToAddress("0xb2").Hex(), "body": h("body").Hex()}},
		{"FaultAttestation", protocol.TypeFaultAttestation, protocol.FaultAttestation{JobID: job, Accused: pb, Fault: protocol.FaultGarbageData, Step: 7, EvidenceHash: ph("ev")},
			apitypes.TypedDataMessage{"jobId": jobHex, "accused": bidder.Hex(), "fault": num(3), "step": num(7), "evidenceHash": h("ev").Hex()}},
		{"Score", protocol.TypeScore, protocol.Score{JobID: job, Evaluator: pb, ModelHash: ph("model"), HeldOutHash: ph("heldout"), Score: 1<<64 - 1},
			apitypes.TypedDataMessage{"jobId": jobHex, "evaluator": bidder.Hex(), "modelHash": h("model").Hex(), "heldOutHash": h("heldout").Hex(), "score": num(1<<64 - 1)}},
		{"ClaimTally", protocol.TypeClaimTally, protocol.ClaimTally{JobID: job, Member: pb, Audits: []uint64{0, 3, 1<<64 - 1},
			Holders: []protocol.Address{protocol.Address(common.HexToAddress("0xb2")), protocol.Address(common.HexToAddress("0xc3"))}, Data: []*big.Int{big.NewInt(5), new(big.Int).Lsh(big.NewInt(1), 95)}},
			apitypes.TypedDataMessage{"jobId": jobHex, "member": bidder.Hex(), "audits": []interface{}{num(0), num(3), num(1<<64 - 1)},
				"holders": []interface{}{common.HexToAddress("0xb2").Hex(), common.HexToAddress("0xc3").Hex()},
				"data":    []interface{}{num(5), (*math.HexOrDecimal256)(new(big.Int).Lsh(big.NewInt(1), 95))}}},
	}
	for _, c := range cases {
		t.Run(c.typ, func(t *testing.T) {
			td := apitypes.TypedData{
				Types: apiTypes, PrimaryType: c.typ, Message: c.data,
				Domain: apitypes.TypedDataDomain{Name: protocol.DomainName, Version: protocol.DomainVersion,
					ChainId: (*math.HexOrDecimal256)(new(big.Int).SetUint64(d.ChainID)), VerifyingContract: settlement.Hex()},
			}
			if got := string(td.EncodeType(c.typ)); got != c.str {
				t.Fatalf("type string %q; apitypes has %q", c.str, got)
			}
			if got := c.m.TypeHash(); got != protocol.Keccak256([]byte(c.str)) {
				t.Fatalf("TypeHash = %x; keccak256 of the type string is not", got)
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

// TestEIP712MatchesContract checks protocol's schema against the deployed
// contract's: the domain separator, the type hash of every type the
// contract knows, the evidence and fault kinds, the award hash, the job ID
// and the slash key.
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
	if protocol.Hash(sep) != c.Domain().Separator() {
		t.Fatalf("domainSeparator = %x; protocol %x", sep, c.Domain().Separator())
	}
	for _, th := range []struct {
		name string
		pack []byte
		want protocol.Hash
	}{
		{"BidCommit", c.sc.PackBIDCOMMITTYPEHASH(), protocol.BidCommit{}.TypeHash()},
		{"BidReveal", c.sc.PackBIDREVEALTYPEHASH(), protocol.BidReveal{}.TypeHash()},
		{"Award", c.sc.PackAWARDTYPEHASH(), protocol.Award{}.TypeHash()},
		{"StepReceipt", c.sc.PackSTEPRECEIPTTYPEHASH(), protocol.StepReceipt{}.TypeHash()},
		{"FaultAttestation", c.sc.PackFAULTATTESTATIONTYPEHASH(), protocol.FaultAttestation{}.TypeHash()},
	} {
		if got := protocol.Hash(common.BytesToHash(view(th.pack))); got != th.want {
			t.Errorf("%s type hash = %x; protocol %x", th.name, got, th.want)
		}
	}
	evAddr, err := c.Evaluations(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	out, err := c.call(e.ctx, "view", evAddr, c.ev.PackSCORETYPEHASH())
	if err != nil {
		t.Fatal(err)
	}
	if got := protocol.Hash(common.BytesToHash(out)); got != (protocol.Score{}).TypeHash() {
		t.Errorf("Score type hash = %x; protocol %x", got, protocol.Score{}.TypeHash())
	}
	taAddr, err := c.Tallies(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	out, err = c.call(e.ctx, "view", taAddr, c.ta.PackCLAIMTALLYTYPEHASH())
	if err != nil {
		t.Fatal(err)
	}
	if got := protocol.Hash(common.BytesToHash(out)); got != (protocol.ClaimTally{}).TypeHash() {
		t.Errorf("ClaimTally type hash = %x; protocol %x", got, protocol.ClaimTally{}.TypeHash())
	}
	for _, k := range []struct {
		name string
		pack []byte
		want uint8
	}{
		{"KIND_BID_COMMIT", c.sc.PackKINDBIDCOMMIT(), uint8(protocol.EvidenceCommit)},
		{"KIND_BID_REVEAL", c.sc.PackKINDBIDREVEAL(), uint8(protocol.EvidenceReveal)},
		{"KIND_STEP_RECEIPT", c.sc.PackKINDSTEPRECEIPT(), uint8(protocol.EvidenceReceipt)},
		{"KIND_FAULT", c.sc.PackKINDFAULT(), uint8(protocol.EvidenceFault)},
		{"FAULT_MISSED_STEPS", c.sc.PackFAULTMISSEDSTEPS(), protocol.FaultMissedSteps},
		{"FAULT_WRONG_RESULT", c.sc.PackFAULTWRONGRESULT(), protocol.FaultWrongResult},
		{"FAULT_GARBAGE_DATA", c.sc.PackFAULTGARBAGEDATA(), protocol.FaultGarbageData},
		{"FAULT_TAMPERED", c.sc.PackFAULTTAMPERED(), protocol.FaultTampered},
	} {
		if got := new(big.Int).SetBytes(view(k.pack)); !got.IsUint64() || got.Uint64() != uint64(k.want) {
			t.Errorf("%s = %v; protocol %d", k.name, got, k.want)
		}
	}
	a := priced(e.award(JobIDOf(e.poster.Address(), 5), nil, e.workers[:3], e.workers[3]), tokens(3), tokens(2), big.NewInt(7), tokens(4))
	got, _ := c.sc.UnpackHashAward(view(c.sc.PackHashAward(a.JobID, common.Address(a.Poster), awardBinding(a))))
	if protocol.Hash(got) != a.StructHash() {
		t.Fatalf("hashAward = %x; protocol %x", got, a.StructHash())
	}
	id, _ := c.sc.UnpackJobIdOf(view(c.sc.PackJobIdOf(e.poster.Address(), 5)))
	if protocol.Hash(id) != protocol.JobIDOf(protocol.Address(e.poster.Address()), 5) {
		t.Fatalf("jobIdOf = %x; protocol %x", id, protocol.JobIDOf(protocol.Address(e.poster.Address()), 5))
	}
	key := SlashKey(protocol.EvidenceReceipt, common.Hash(a.JobID), e.workers[0].Address(), 9)
	onChain, _ := c.sc.UnpackSlashKey(view(c.sc.PackSlashKey(uint8(protocol.EvidenceReceipt), a.JobID, e.workers[0].Address(), big.NewInt(9))))
	if common.Hash(onChain) != key {
		t.Fatalf("slashKey = %x; Go %x", onChain, key)
	}
}
