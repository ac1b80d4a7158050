package protocol

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"slices"
)

// QualityEntry is one row of a poster's quality table: the quality factor
// the poster will clear Peer's bid with, in parts per million, and the
// throughput the poster measured Peer deliver, MFLOP/s (0: not measured),
// which decides Peer's eligibility in place of its bid's claim
// (auction.Params.Eligible).
type QualityEntry struct {
	Peer   Address
	PPM    uint32
	MFLOPs uint64
}

// QualityTable is the quality table a poster commits to in its
// announcement (JobAnnounce.QualityRoot) and clears with: one entry per
// peer it has evidence of, in ascending address order. A bidder absent from
// it is ranked with the newcomer's quality (auction.Params.NewcomerQuality).
// Because every follower of a job clears with the same committed table
// rather than its own reputation view, every honest follower computes the
// same award, and an award that is not the clearing of the table and the
// valid reveals is the poster's fault, provably (auction.AwardEvidence).
type QualityTable []QualityEntry

// MaxQualityEntries bounds a table, so that an announcement with its table
// stays one gossip message (24 bytes an entry: about 24 KiB).
const MaxQualityEntries = 1024

// qualityEntryLen is an entry's encoded size: address ‖ uint32 ppm ‖
// uint64 MFLOP/s.
const qualityEntryLen = 20 + 4 + 8

// QualityPPMMax is the largest quality factor, 1.0.
const QualityPPMMax = 1_000_000

// Lookup returns peer's quality in ppm and whether the table has it.
func (t QualityTable) Lookup(peer Address) (uint32, bool) {
	i, ok := slices.BinarySearchFunc(t, peer, func(e QualityEntry, a Address) int { return bytes.Compare(e.Peer[:], a[:]) })
	if !ok {
		return 0, false
	}
	return t[i].PPM, true
}

// Entry returns peer's entry and whether the table has it.
func (t QualityTable) Entry(peer Address) (QualityEntry, bool) {
	i, ok := slices.BinarySearchFunc(t, peer, func(e QualityEntry, a Address) int { return bytes.Compare(e.Peer[:], a[:]) })
	if !ok {
		return QualityEntry{}, false
	}
	return t[i], true
}

// AppendEncoding appends the table's canonical encoding: a big-endian
// uint16 count, then each entry as its 20-byte address, a big-endian
// uint32 ppm and a big-endian uint64 MFLOP/s.
func (t QualityTable) AppendEncoding(dst []byte) []byte {
	dst = binary.BigEndian.AppendUint16(dst, uint16(len(t)))
	for _, e := range t {
		dst = append(dst, e.Peer[:]...)
		dst = binary.BigEndian.AppendUint32(dst, e.PPM)
		dst = binary.BigEndian.AppendUint64(dst, e.MFLOPs)
	}
	return dst
}

// Root is what an announcement commits to: keccak256 of the encoding, or
// zero for an empty table (every bidder a newcomer), so that an
// announcement without a table needs no trailer.
func (t QualityTable) Root() Hash {
	if len(t) == 0 {
		return Hash{}
	}
	return Keccak256(t.AppendEncoding(nil))
}

// Check reports whether t is canonical: at most MaxQualityEntries entries,
// addresses strictly ascending, each ppm in [1, QualityPPMMax].
func (t QualityTable) Check() error {
	if len(t) > MaxQualityEntries {
		return fmt.Errorf("%w: quality table of %d entries, max %d", ErrMalformed, len(t), MaxQualityEntries)
	}
	for i, e := range t {
		if e.PPM == 0 || e.PPM > QualityPPMMax {
			return fmt.Errorf("%w: quality %d ppm for %s", ErrMalformed, e.PPM, e.Peer)
		}
		if i > 0 && bytes.Compare(t[i-1].Peer[:], e.Peer[:]) >= 0 {
			return fmt.Errorf("%w: quality table not in strictly ascending address order at %d", ErrMalformed, i)
		}
	}
	return nil
}

// DecodeQualityTable parses a table's encoding, strictly: exactly the
// bytes AppendEncoding writes for a table that passes Check.
func DecodeQualityTable(b []byte) (QualityTable, error) {
	if len(b) < 2 {
		return nil, fmt.Errorf("%w: quality table of %d bytes", ErrMalformed, len(b))
	}
	n := int(binary.BigEndian.Uint16(b))
	if n > MaxQualityEntries {
		return nil, fmt.Errorf("%w: quality table of %d entries, max %d", ErrMalformed, n, MaxQualityEntries)
	}
	if len(b) != 2+n*qualityEntryLen {
		return nil, fmt.Errorf("%w: quality table of %d entries in %d bytes", ErrMalformed, n, len(b))
	}
	t := make(QualityTable, n)
	for i := range t {
		e := b[2+i*qualityEntryLen:]
		copy(t[i].Peer[:], e[:20])
		t[i].PPM = binary.BigEndian.Uint32(e[20:24])
		t[i].MFLOPs = binary.BigEndian.Uint64(e[24:32])
	}
	if err := t.Check(); err != nil {
		return nil, err
	}
	return t, nil
}

// MaxQualityTableLen is the largest encoded table.
const MaxQualityTableLen = 2 + MaxQualityEntries*qualityEntryLen
