package protocol

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

// Paid data (PROTOCOL.md, "Paid data"): a member that fetched chunks of its
// job's dataset from a holder signs a DataReceipt naming them; the poster
// pays each holder from the job's data pool per chunk a member signed for
// (chain.DataPayout).

// TypeDataReceipt never reaches the contract: the poster checks receipts
// and pays holders in the payout table it settles.
const TypeDataReceipt = "DataReceipt(bytes32 jobId,address member,address holder,bytes32[] chunks)"

var dataReceiptTypeHash = Keccak256([]byte(TypeDataReceipt))

// DataReceipt is a member's signed statement that Holder delivered to it
// the chunks of the job's dataset whose sha256 hashes are Chunks, each
// checked against the dataset's manifest before the member signed. A
// member signs for what verified only, so a holder that served a chunk
// failing its hash is named in no receipt for it.
type DataReceipt struct {
	JobID  Hash
	Member Address
	Holder Address
	// Chunks are the chunks' sha256 hashes, strictly ascending (so a
	// chunk counts once per receipt and the encoding is canonical).
	Chunks []Hash
}

// MaxReceiptChunks bounds the chunks one receipt names (a receipt is one
// stream message: 4096 × 32 bytes = 128 KiB). A member that fetched more
// from one holder signs several receipts.
const MaxReceiptChunks = 4096

func (DataReceipt) TypeHash() Hash     { return dataReceiptTypeHash }
func (m DataReceipt) Job() Hash        { return m.JobID }
func (m DataReceipt) Signer() Address  { return m.Member }
func (m DataReceipt) ChunksHash() Hash { return Keccak256(hashesBytes(m.Chunks)) }

// StructHash is EIP-712's hashStruct: a bytes32[] is encoded as the
// keccak256 of its elements.
func (m DataReceipt) StructHash() Hash {
	b := make([]byte, 0, 5*word)
	b = append(b, dataReceiptTypeHash[:]...)
	b = append(b, m.JobID[:]...)
	b = appendWord(b, m.Member[:])
	b = appendWord(b, m.Holder[:])
	ch := m.ChunksHash()
	return Keccak256(append(b, ch[:]...))
}

// AppendABI appends abi.encode(jobId, member, holder, chunks).
func (m DataReceipt) AppendABI(dst []byte) []byte {
	dst = append(dst, m.JobID[:]...)
	dst = appendWord(dst, m.Member[:])
	dst = appendWord(dst, m.Holder[:])
	dst = appendUint(dst, 4*word) // the array's offset
	dst = appendUint(dst, uint64(len(m.Chunks)))
	return append(dst, hashesBytes(m.Chunks)...)
}

func hashesBytes(hs []Hash) []byte {
	b := make([]byte, 0, len(hs)*32)
	for _, h := range hs {
		b = append(b, h[:]...)
	}
	return b
}

// Check reports whether m is well formed: 1 to MaxReceiptChunks chunks,
// strictly ascending; a member is not its own holder.
func (m DataReceipt) Check() error {
	if len(m.Chunks) == 0 || len(m.Chunks) > MaxReceiptChunks {
		return fmt.Errorf("%w: data receipt of %d chunks (1 to %d)", ErrMalformed, len(m.Chunks), MaxReceiptChunks)
	}
	for i := 1; i < len(m.Chunks); i++ {
		if bytes.Compare(m.Chunks[i-1][:], m.Chunks[i][:]) >= 0 {
			return fmt.Errorf("%w: data receipt chunks not strictly ascending at %d", ErrMalformed, i)
		}
	}
	if m.Member == m.Holder {
		return fmt.Errorf("%w: data receipt from a member to itself", ErrMalformed)
	}
	return nil
}

// dataReceiptVersion leads a receipt's wire form.
const dataReceiptVersion = 1

// dataReceiptHead is the wire form's size before the chunks: version,
// jobId, member, holder, uint16 count.
const dataReceiptHead = 1 + 32 + 20 + 20 + 2

// EncodeDataReceipt is a signed receipt's wire form: version byte 1,
// jobId (32), member (20), holder (20), the chunk count (uint16 BE), the
// chunks (32 each), the member's signature (65).
func EncodeDataReceipt(m DataReceipt, sig []byte) ([]byte, error) {
	if err := m.Check(); err != nil {
		return nil, err
	}
	if len(sig) != SignatureLen {
		return nil, fmt.Errorf("%w: signature of %d bytes", ErrMalformed, len(sig))
	}
	b := make([]byte, 0, dataReceiptHead+32*len(m.Chunks)+SignatureLen)
	b = append(b, dataReceiptVersion)
	b = append(b, m.JobID[:]...)
	b = append(b, m.Member[:]...)
	b = append(b, m.Holder[:]...)
	b = binary.BigEndian.AppendUint16(b, uint16(len(m.Chunks)))
	b = append(b, hashesBytes(m.Chunks)...)
	return append(b, sig...), nil
}

// DecodeDataReceipt parses what EncodeDataReceipt wrote and checks it
// (Check); it accepts nothing else, so a decoded receipt encodes to the
// bytes received. The signature is returned unchecked.
func DecodeDataReceipt(b []byte) (*DataReceipt, []byte, error) {
	if len(b) < dataReceiptHead+SignatureLen || b[0] != dataReceiptVersion {
		return nil, nil, fmt.Errorf("%w: data receipt of %d bytes", ErrMalformed, len(b))
	}
	m := &DataReceipt{}
	copy(m.JobID[:], b[1:33])
	copy(m.Member[:], b[33:53])
	copy(m.Holder[:], b[53:73])
	n := int(binary.BigEndian.Uint16(b[73:75]))
	if len(b) != dataReceiptHead+32*n+SignatureLen {
		return nil, nil, fmt.Errorf("%w: data receipt of %d chunks in %d bytes", ErrMalformed, n, len(b))
	}
	m.Chunks = make([]Hash, n)
	for i := range m.Chunks {
		copy(m.Chunks[i][:], b[dataReceiptHead+32*i:])
	}
	if err := m.Check(); err != nil {
		return nil, nil, err
	}
	return m, append([]byte(nil), b[len(b)-SignatureLen:]...), nil
}
