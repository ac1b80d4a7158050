// Package wire is the auction's edge to the network: it encodes signed
// auction messages for gossip (one kind byte ‖ the ABI encoding of the
// fields ‖ the 65-byte signature, PROTOCOL.md), signs them with a node's
// key, and decodes and verifies what arrives, recovering the signer with
// secp256k1 so that the pure core (package auction) only ever sees messages
// whose signature checks out. It also names the gossip topics.
package wire

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/protocol"
)

// Errors of this package; decoding errors also match protocol.ErrMalformed
// or identity.ErrBadSignature.
var (
	// ErrSize reports a message too short or too long for its kind.
	ErrSize = errors.New("wire: message size")
	// ErrSigner reports a signature that recovers to an address other than
	// the message's signer field (a forgery, or a message signed under
	// another domain).
	ErrSigner = errors.New("wire: signature is not the signer's")
)

// Topic names (PROTOCOL.md, "Gossip").
const (
	jobsTopicPrefix = "trainmesh/jobs/1/"
	jobTopicPrefix  = "trainmesh/job/1/"
)

// JobsTopic is the topic carrying announcements of one job class
// (auction.Class).
func JobsTopic(class string) string { return jobsTopicPrefix + class }

// JobTopic is the topic carrying one job's commits, reveals, declines and
// award.
func JobTopic(id auction.Hash) string { return jobTopicPrefix + id.Hex() }

// Address converts a go-ethereum address to the core's.
func Address(a common.Address) auction.Address { return auction.Address(a) }

// Codec encodes and verifies messages under one domain.
type Codec struct {
	dom      auction.Domain
	sep      auction.Hash
	maxAddrs int
}

// NewCodec returns a codec for domain dom; maxAddrs bounds an award's
// winners and standbys (auction.Params.GroupSizeMax).
func NewCodec(dom auction.Domain, maxAddrs int) *Codec {
	return &Codec{dom: dom, sep: dom.Separator(), maxAddrs: maxAddrs}
}

// Domain returns the codec's domain.
func (c *Codec) Domain() auction.Domain { return c.dom }

// MaxBytes is the largest message the codec accepts: an award with maxAddrs
// winners and as many standbys, each with its price, and the bids that
// decide it (Award.Bids), or an announcement with the largest quality
// table.
func (c *Codec) MaxBytes() int {
	announce := 1 + protocol.AnnounceABILen + protocol.SignatureLen + protocol.MaxQualityTableLen
	return max(c.awardBytes()+c.bidsBytes(), announce)
}

// awardBytes is the largest plain award.
func (c *Codec) awardBytes() int { return 1 + 8*32 + 4*32*c.maxAddrs + protocol.SignatureLen }

// maxBids bounds an award's bids: a commit and a reveal for each of at
// most 2·maxAddrs members and the bid after them.
func (c *Codec) maxBids() int { return 2 * (2*c.maxAddrs + 1) }

// bidsBytes is the largest envelope around an award with its bids.
func (c *Codec) bidsBytes() int {
	return 1 + 4 + 2 + c.maxBids()*(2+1+protocol.RevealABILen+protocol.SignatureLen)
}

// kindAwardBids opens an award that carries its bids (PROTOCOL.md, "One
// view"): kindAwardBids ‖ uint32 length ‖ the award's wire form ‖ uint16
// count ‖ count × (uint16 length ‖ a commit's or reveal's wire form), big
// endian. It is no protocol.Kind (nothing signs the envelope; each message
// in it is signed by its own signer) and lies outside their range.
const kindAwardBids = 0x80

// Digest is the EIP-712 digest of m under the codec's domain.
func (c *Codec) Digest(m auction.Message) auction.Hash {
	return protocol.DigestWith(c.sep, m.StructHash())
}

// Encode returns the wire form of s. An announcement with a quality table
// carries the table after its signature (PROTOCOL.md, "Quality table").
func (c *Codec) Encode(s auction.Signed) []byte {
	if a, ok := s.Msg.(*auction.Award); ok && len(a.Bids) > 0 {
		return c.encodeAwardBids(s, a)
	}
	b := make([]byte, 1, 1+protocol.RevealABILen+protocol.SignatureLen)
	b[0] = byte(s.Msg.Kind())
	b = s.Msg.AppendABI(b)
	b = append(b, s.Sig[:]...)
	if a, ok := s.Msg.(*auction.JobAnnounce); ok && a.QualityRoot != (auction.Hash{}) {
		b = a.Table.AppendEncoding(b)
	}
	return b
}

// encodeAwardBids is an award's wire form with its bids (kindAwardBids).
func (c *Codec) encodeAwardBids(s auction.Signed, a *auction.Award) []byte {
	plain := *a
	plain.Bids = nil
	aw := c.Encode(auction.Signed{Msg: &plain, Sig: s.Sig})
	b := make([]byte, 0, 1+4+len(aw)+2+len(a.Bids)*(2+1+protocol.RevealABILen+protocol.SignatureLen))
	b = append(b, kindAwardBids)
	b = binary.BigEndian.AppendUint32(b, uint32(len(aw)))
	b = append(b, aw...)
	b = binary.BigEndian.AppendUint16(b, uint16(len(a.Bids)))
	for _, bid := range a.Bids {
		m := c.Encode(bid)
		b = binary.BigEndian.AppendUint16(b, uint16(len(m)))
		b = append(b, m...)
	}
	return b
}

// decodeAwardBids parses and verifies an award with its bids: the award's
// signature is the poster's, each bid's its bidder's, and every bid is a
// commit or reveal of the award's job. Strict: no trailing bytes, at most
// maxBids bids.
func (c *Codec) decodeAwardBids(data []byte) (auction.Signed, error) {
	bad := func(why string) (auction.Signed, error) {
		return auction.Signed{}, fmt.Errorf("%w: award with bids: %s", protocol.ErrMalformed, why)
	}
	rest := data[1:]
	if len(rest) < 4 {
		return bad("short")
	}
	n := binary.BigEndian.Uint32(rest)
	rest = rest[4:]
	if n == 0 || uint64(n) > uint64(len(rest)) || int(n) > c.awardBytes() || protocol.Kind(rest[0]) != protocol.KindAward {
		return bad("award length")
	}
	s, err := c.Decode(rest[:n])
	if err != nil {
		return auction.Signed{}, err
	}
	a := s.Msg.(*auction.Award)
	rest = rest[n:]
	if len(rest) < 2 {
		return bad("no bid count")
	}
	count := int(binary.BigEndian.Uint16(rest))
	rest = rest[2:]
	if count == 0 || count > c.maxBids() {
		return bad(fmt.Sprintf("%d bids, want 1 to %d", count, c.maxBids()))
	}
	a.Bids = make([]auction.Signed, 0, count)
	for range count {
		if len(rest) < 2 {
			return bad("truncated")
		}
		l := int(binary.BigEndian.Uint16(rest))
		rest = rest[2:]
		if l == 0 || l > len(rest) {
			return bad("bid length")
		}
		if k := protocol.Kind(rest[0]); k != protocol.KindCommit && k != protocol.KindReveal {
			return bad(fmt.Sprintf("a bid of kind %d", k))
		}
		bid, err := c.Decode(rest[:l])
		if err != nil {
			return auction.Signed{}, err
		}
		if bid.Msg.Job() != a.JobID {
			return bad("a bid for another job")
		}
		a.Bids = append(a.Bids, bid)
		rest = rest[l:]
	}
	if len(rest) != 0 {
		return bad("trailing bytes")
	}
	return s, nil
}

// Sign signs m with key and returns the signed message and its wire form.
// The key must be the message's signer.
func (c *Codec) Sign(key *identity.Key, m auction.Message) (auction.Signed, []byte, error) {
	if Address(key.Address()) != m.Signer() {
		return auction.Signed{}, nil, fmt.Errorf("%w: key %s signing a message of %s", ErrSigner, key.Address(), m.Signer())
	}
	sig, err := key.SignHash(c.Digest(m))
	if err != nil {
		return auction.Signed{}, nil, err
	}
	s := auction.Signed{Msg: m}
	copy(s.Sig[:], sig)
	return s, c.Encode(s), nil
}

// Decode parses a message from the network and verifies its signature:
// it returns the message only if the signature recovers, under the codec's
// domain, to the message's signer field.
func (c *Codec) Decode(data []byte) (auction.Signed, error) {
	if len(data) < 1+protocol.SignatureLen || len(data) > c.MaxBytes() {
		return auction.Signed{}, fmt.Errorf("%w: %d bytes (%d max)", ErrSize, len(data), c.MaxBytes())
	}
	if data[0] == kindAwardBids {
		return c.decodeAwardBids(data)
	}
	end := len(data) - protocol.SignatureLen
	var trailer []byte
	if protocol.Kind(data[0]) == protocol.KindAnnounce && len(data) > 1+protocol.AnnounceABILen+protocol.SignatureLen {
		// The quality table follows the announcement's signature.
		end = 1 + protocol.AnnounceABILen
		trailer = data[end+protocol.SignatureLen:]
	}
	msg, err := protocol.DecodeMessage(protocol.Kind(data[0]), data[1:end], c.maxAddrs)
	if err != nil {
		return auction.Signed{}, err
	}
	if a, ok := msg.(*auction.JobAnnounce); ok {
		if err := attachTable(a, trailer); err != nil {
			return auction.Signed{}, err
		}
	}
	s := auction.Signed{Msg: msg}
	copy(s.Sig[:], data[end:end+protocol.SignatureLen])
	if err := c.Verify(s); err != nil {
		return auction.Signed{}, err
	}
	return s, nil
}

// attachTable decodes an announcement's quality table and checks it against
// the root the poster signed: an announcement committing to no table
// carries none.
func attachTable(a *auction.JobAnnounce, trailer []byte) error {
	if a.QualityRoot == (auction.Hash{}) {
		if len(trailer) != 0 {
			return fmt.Errorf("%w: a quality table after an announcement that commits to none", protocol.ErrMalformed)
		}
		return nil
	}
	t, err := protocol.DecodeQualityTable(trailer)
	if err != nil {
		return err
	}
	if t.Root() != a.QualityRoot {
		return fmt.Errorf("%w: quality table hashes to %s, the announcement commits to %s", protocol.ErrMalformed, t.Root().Short(), a.QualityRoot.Short())
	}
	a.Table = t
	return nil
}

// Verify checks that s's signature recovers to its signer under the
// codec's domain. Signatures must have v in {27, 28} (PROTOCOL.md).
func (c *Codec) Verify(s auction.Signed) error {
	if v := s.Sig[64]; v != 27 && v != 28 {
		return fmt.Errorf("%w: v = %d, want 27 or 28", identity.ErrBadSignature, v)
	}
	signer, err := identity.Recover(c.Digest(s.Msg), s.Sig[:])
	if err != nil {
		return err
	}
	if Address(signer) != s.Msg.Signer() {
		return fmt.Errorf("%w: recovered %s, message names %s", ErrSigner, signer, s.Msg.Signer())
	}
	return nil
}

// VerifyEvidence checks an equivocation the way the contract will: both
// messages for one slot, different, and each signed by the slot's signer.
func (c *Codec) VerifyEvidence(e *auction.Evidence) error {
	if err := e.Check(); err != nil {
		return err
	}
	if err := c.Verify(e.First); err != nil {
		return fmt.Errorf("first message: %w", err)
	}
	if err := c.Verify(e.Second); err != nil {
		return fmt.Errorf("second message: %w", err)
	}
	return nil
}
