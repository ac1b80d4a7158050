package protocol

import (
	"encoding/binary"
	"fmt"
)

// Verified work (PROTOCOL.md, "Verified work"): the signed Audit a verifier
// publishes for each sampled (member, step) it recomputed, and the
// WorkEvidence it publishes when the recomputation disagrees with what the
// member committed in its StepReceipt.

// Audit is a verifier's signed statement that it recomputed Member's
// contribution at Step and found it equal (OK) or not equal to the leaf
// whose hash is LeafHash, committed under the member's receipt. The poster
// pays a verifier for each Audit of a pair the sample really drew.
type Audit struct {
	JobID    Hash
	Verifier Address
	Member   Address
	Step     uint64
	// LeafHash is the RFC 6962 leaf hash (train/commit.Leaf.Hash) of the
	// member's leaf for Step: which commitment the verifier checked.
	LeafHash Hash
	OK       bool
}

// AuditABILen is the size of an Audit's ABI fields.
const AuditABILen = 6 * word

func (m Audit) Job() Hash       { return m.JobID }
func (m Audit) Signer() Address { return m.Verifier }

func (m Audit) AppendABI(dst []byte) []byte {
	dst = append(dst, m.JobID[:]...)
	dst = appendWord(dst, m.Verifier[:])
	dst = appendWord(dst, m.Member[:])
	dst = appendUint(dst, m.Step)
	dst = append(dst, m.LeafHash[:]...)
	var ok uint64
	if m.OK {
		ok = 1
	}
	return appendUint(dst, ok)
}

// DecodeAudit parses the ABI fields of an Audit; a bool other than 0 or 1
// is malformed.
func DecodeAudit(b []byte) (*Audit, error) {
	if err := exactLen(b, AuditABILen, "audit"); err != nil {
		return nil, err
	}
	r := &abiReader{b: b}
	m := &Audit{JobID: r.hash(), Verifier: r.address(), Member: r.address(), Step: r.uint(64), LeafHash: r.hash()}
	switch ok := r.uint(8); ok {
	case 0, 1:
		m.OK = ok == 1
	default:
		r.fail("bool %d", ok)
	}
	if err := r.end(); err != nil {
		return nil, err
	}
	return m, nil
}

// Bounds of WorkEvidence's variable fields. A leaf is about a hundred bytes
// and a proof of a period of 2^k leaves k hashes; a hop record is one ring
// hop's signed segment hashes. The bounds keep a decoder of network input
// from allocating what an attacker asks.
const (
	MaxEvidenceLeaf  = 1024
	MaxEvidenceProof = 64
	MaxEvidenceHop   = 4096
	// workEvidenceVersion is the encoding's first byte.
	workEvidenceVersion = 1
	// workEvidenceMin is the size of an encoding with empty variable fields.
	workEvidenceMin = 1 + 32 + 20 + 8 + 1 + ReceiptABILen + SignatureLen + 8 + 8 + 2 + 1 + 32 + 2 + 2 + 20 + SignatureLen
)

// WorkEvidence is a verifier's self-contained proof that Accused committed
// fault Fault (FaultWrongResult or FaultTampered) at Step: the accused's
// signed receipt, the leaf it committed for Step under the receipt's
// ContribRoot with its inclusion proof, the contribution hash the verifier
// recomputed, and for tampering the two signed hop records whose
// difference is not the accused's contribution. Everything a re-checker
// needs to recompute the step is named by hash inside the leaf and hop
// records and fetched from the group (mesh/blob). EvidenceHash is what
// FaultAttestations sign.
type WorkEvidence struct {
	JobID   Hash
	Accused Address
	Step    uint64
	Fault   uint8
	// Receipt and ReceiptSig: the accused's signed StepReceipt whose
	// ContribRoot commits to Leaf.
	Receipt    StepReceipt
	ReceiptSig [SignatureLen]byte
	// LeafIndex and LeafCount place Leaf in the receipt's period of
	// LeafCount leaves, one per all-reduce, through Receipt.Step: in the
	// synchronous mode one a step, so LeafIndex is Step − (Receipt.Step −
	// LeafCount + 1); in the local-steps mode (DiLoCo) one an outer step,
	// so fewer leaves than steps. Check asks only that the leaves before
	// and after Leaf fit in the steps before and after Step; the
	// inclusion proof (checked by the node) places it exactly.
	LeafIndex, LeafCount uint64
	// Leaf is the leaf's encoding (train/commit.Leaf.Encode).
	Leaf []byte
	// Proof is the leaf's RFC 6962 inclusion proof under ContribRoot.
	Proof []Hash
	// Recomputed is the contribution hash the verifier got by
	// recomputing Step.
	Recomputed Hash
	// HopIn and HopOut are, for FaultTampered, the signed all-reduce hop
	// records of what the accused received and of what it sent (encoded
	// as train/commit encodes them); empty for FaultWrongResult.
	HopIn, HopOut []byte
	// Verifier published the evidence and signs it (Sig, over Statement).
	Verifier Address
	Sig      [SignatureLen]byte
}

// EvidenceStatement is what a verifier signs for its WorkEvidence: the
// fault's coordinates and Body, keccak256 of the evidence's encoding up to
// its signature. A wallet shows the accused, fault and step it signs for.
type EvidenceStatement struct {
	JobID    Hash
	Accused  Address
	Fault    uint8
	Step     uint64
	Verifier Address
	Body     Hash
}

// EvidenceStatementABILen is the size of an EvidenceStatement's ABI fields.
const EvidenceStatementABILen = 6 * word

func (m EvidenceStatement) Job() Hash       { return m.JobID }
func (m EvidenceStatement) Signer() Address { return m.Verifier }

func (m EvidenceStatement) AppendABI(dst []byte) []byte {
	dst = append(dst, m.JobID[:]...)
	dst = appendWord(dst, m.Accused[:])
	dst = appendUint(dst, uint64(m.Fault))
	dst = appendUint(dst, m.Step)
	dst = appendWord(dst, m.Verifier[:])
	return append(dst, m.Body[:]...)
}

// Statement returns what the verifier signs (Sig).
func (e *WorkEvidence) Statement() EvidenceStatement {
	b := e.Encode()
	return EvidenceStatement{
		JobID: e.JobID, Accused: e.Accused, Fault: e.Fault, Step: e.Step, Verifier: e.Verifier,
		Body: Keccak256(b[:len(b)-SignatureLen]),
	}
}

// EvidenceHash is keccak256 of the evidence's encoding, signature
// included: what a FaultAttestation's evidenceHash names.
func (e *WorkEvidence) EvidenceHash() Hash { return Keccak256(e.Encode()) }

// Attestation returns the FaultAttestation a re-checker that confirms the
// evidence signs.
func (e *WorkEvidence) Attestation() FaultAttestation {
	return FaultAttestation{JobID: e.JobID, Accused: e.Accused, Fault: e.Fault, Step: e.Step, EvidenceHash: e.EvidenceHash()}
}

// Check reports whether the evidence is well formed: a fault it can prove,
// a receipt of the accused for this job whose period holds Step at
// LeafIndex, bounded fields, hop records exactly when the fault is
// tampering. It checks no signature and no proof (this package cannot
// recover keys nor knows the leaf's hash function: the node does both).
func (e *WorkEvidence) Check() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: work evidence: %s", ErrMalformed, fmt.Sprintf(format, args...))
	}
	if e.IsEquivocation() {
		switch {
		case e.Step == 0:
			return bad("step 0")
		case len(e.Proof) != 0 || e.Recomputed != (Hash{}) || e.ReceiptSig != ([SignatureLen]byte{}):
			return bad("an equivocation with a proof, a recomputation or a receipt")
		case len(e.HopIn) == 0 || len(e.HopOut) == 0:
			return bad("an equivocation without both statements")
		case len(e.HopIn) > MaxEvidenceHop || len(e.HopOut) > MaxEvidenceHop:
			return bad("hop record over %d bytes", MaxEvidenceHop)
		case e.Verifier == e.Accused:
			return bad("the accused accuses itself")
		}
		return nil
	}
	switch {
	case e.Fault != FaultWrongResult && e.Fault != FaultTampered:
		return bad("fault %d", e.Fault)
	case e.Step == 0:
		return bad("step 0")
	case e.Receipt.JobID != e.JobID || e.Receipt.Member != e.Accused:
		return bad("receipt of another job or member")
	case e.Receipt.ContribRoot == (Hash{}):
		return bad("receipt commits to no contributions")
	case e.LeafCount == 0 || e.LeafCount > e.Receipt.Step || e.LeafIndex >= e.LeafCount:
		return bad("leaf %d of %d under the receipt for step %d", e.LeafIndex, e.LeafCount, e.Receipt.Step)
	case e.Step > e.Receipt.Step || e.LeafIndex > e.Step-1 || e.LeafCount-1-e.LeafIndex > e.Receipt.Step-e.Step:
		// Each leaf is of a step of its own, in step order.
		return bad("leaf %d of %d of the period ending at step %d cannot be step %d", e.LeafIndex, e.LeafCount, e.Receipt.Step, e.Step)
	case len(e.Leaf) == 0 || len(e.Leaf) > MaxEvidenceLeaf:
		return bad("leaf of %d bytes", len(e.Leaf))
	case len(e.Proof) > MaxEvidenceProof:
		return bad("proof of %d hashes", len(e.Proof))
	case len(e.HopIn) > MaxEvidenceHop || len(e.HopOut) > MaxEvidenceHop:
		return bad("hop record over %d bytes", MaxEvidenceHop)
	case e.Fault == FaultTampered && (len(e.HopIn) == 0 || len(e.HopOut) == 0):
		return bad("tampering without both hop records")
	case e.Fault == FaultWrongResult && (len(e.HopIn) != 0 || len(e.HopOut) != 0):
		return bad("hop records in evidence of a wrong result")
	case e.Verifier == e.Accused:
		return bad("the accused accuses itself")
	}
	return nil
}

// IsEquivocation reports whether e is the equivocation form of fault 4
// (PROTOCOL.md, "Equivocation on-chain"): no receipt and no leaf, HopOut
// the accused's signed statement of an all-reduce and HopIn its
// successor's, whose input (the accused's hop statement) contradicts it
// (transcript.Equivocation: two signatures of the accused, re-checked
// with its key alone, no recomputation). LeafIndex is then the
// all-reduce's operation number (the statements' context binds the job
// and the operation), Step the training step it was part of.
func (e *WorkEvidence) IsEquivocation() bool {
	return e.Fault == FaultTampered && e.Receipt == (StepReceipt{}) && len(e.Leaf) == 0 && e.LeafCount == 0
}

// Encode returns the evidence's canonical encoding (PROTOCOL.md, "Work
// evidence"): a version byte, then jobId, accused, step (8 bytes,
// big-endian), fault, the receipt's ABI fields and signature, leafIndex,
// leafCount, the leaf (2-byte length), the proof (1-byte count, 32 bytes
// each), recomputed, hopIn and hopOut (2-byte lengths), verifier and
// signature.
func (e *WorkEvidence) Encode() []byte {
	n := workEvidenceMin + len(e.Leaf) + 32*len(e.Proof) + len(e.HopIn) + len(e.HopOut)
	b := make([]byte, 0, n)
	b = append(b, workEvidenceVersion)
	b = append(b, e.JobID[:]...)
	b = append(b, e.Accused[:]...)
	b = binary.BigEndian.AppendUint64(b, e.Step)
	b = append(b, e.Fault)
	b = e.Receipt.AppendABI(b)
	b = append(b, e.ReceiptSig[:]...)
	b = binary.BigEndian.AppendUint64(b, e.LeafIndex)
	b = binary.BigEndian.AppendUint64(b, e.LeafCount)
	b = binary.BigEndian.AppendUint16(b, uint16(len(e.Leaf)))
	b = append(b, e.Leaf...)
	b = append(b, uint8(len(e.Proof)))
	for _, h := range e.Proof {
		b = append(b, h[:]...)
	}
	b = append(b, e.Recomputed[:]...)
	b = binary.BigEndian.AppendUint16(b, uint16(len(e.HopIn)))
	b = append(b, e.HopIn...)
	b = binary.BigEndian.AppendUint16(b, uint16(len(e.HopOut)))
	b = append(b, e.HopOut...)
	b = append(b, e.Verifier[:]...)
	return append(b, e.Sig[:]...)
}

// evReader reads WorkEvidence's encoding; the first short read sticks.
type evReader struct {
	b   []byte
	err error
}

func (r *evReader) take(n int) []byte {
	if r.err != nil {
		return make([]byte, n)
	}
	if n > len(r.b) {
		r.err = fmt.Errorf("%w: work evidence truncated", ErrMalformed)
		return make([]byte, n)
	}
	out := r.b[:n:n]
	r.b = r.b[n:]
	return out
}

func (r *evReader) u64() uint64 { return binary.BigEndian.Uint64(r.take(8)) }

// bytes reads a 2-byte length and that many bytes, at most max.
func (r *evReader) bytes(max int, what string) []byte {
	n := int(binary.BigEndian.Uint16(r.take(2)))
	if r.err == nil && n > max {
		r.err = fmt.Errorf("%w: work evidence %s of %d bytes, max %d", ErrMalformed, what, n, max)
	}
	if r.err != nil || n == 0 {
		return nil
	}
	return append([]byte(nil), r.take(n)...)
}

// DecodeWorkEvidence parses and checks (Check) an encoding Encode made.
// The encoding is canonical: a decoded evidence encodes to the same bytes,
// so its EvidenceHash is the hash of the bytes received.
func DecodeWorkEvidence(b []byte) (*WorkEvidence, error) {
	if len(b) < workEvidenceMin {
		return nil, fmt.Errorf("%w: work evidence of %d bytes", ErrMalformed, len(b))
	}
	if b[0] != workEvidenceVersion {
		return nil, fmt.Errorf("%w: work evidence version %d", ErrMalformed, b[0])
	}
	r := &evReader{b: b[1:]}
	e := &WorkEvidence{}
	copy(e.JobID[:], r.take(32))
	copy(e.Accused[:], r.take(20))
	e.Step = r.u64()
	e.Fault = r.take(1)[0]
	rec, err := DecodeStepReceipt(r.take(ReceiptABILen))
	if r.err == nil && err != nil {
		return nil, fmt.Errorf("work evidence receipt: %w", err)
	}
	if rec != nil {
		e.Receipt = *rec
	}
	copy(e.ReceiptSig[:], r.take(SignatureLen))
	e.LeafIndex, e.LeafCount = r.u64(), r.u64()
	e.Leaf = r.bytes(MaxEvidenceLeaf, "leaf")
	np := int(r.take(1)[0])
	if r.err == nil && np > MaxEvidenceProof {
		return nil, fmt.Errorf("%w: work evidence proof of %d hashes", ErrMalformed, np)
	}
	if np > 0 {
		e.Proof = make([]Hash, np)
		for i := range e.Proof {
			copy(e.Proof[i][:], r.take(32))
		}
	}
	copy(e.Recomputed[:], r.take(32))
	e.HopIn = r.bytes(MaxEvidenceHop, "hop in")
	e.HopOut = r.bytes(MaxEvidenceHop, "hop out")
	copy(e.Verifier[:], r.take(20))
	copy(e.Sig[:], r.take(SignatureLen))
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("%w: work evidence with %d trailing bytes", ErrMalformed, len(r.b))
	}
	if err := e.Check(); err != nil {
		return nil, err
	}
	return e, nil
}
