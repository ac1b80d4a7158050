// Package wire is the auction's edge to the network: it encodes signed
// auction messages for gossip (one kind byte ‖ the ABI encoding of the
// fields ‖ the 65-byte signature, PROTOCOL.md), signs them with a node's
// key, and decodes and verifies what arrives, recovering the signer with
// secp256k1 so that the pure core (package auction) only ever sees messages
// whose signature checks out. It also names the gossip topics.
package wire

import (
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
// winners and as many standbys, each with its price, or an announcement
// with the largest quality table.
func (c *Codec) MaxBytes() int {
	award := 1 + 8*32 + 4*32*c.maxAddrs + protocol.SignatureLen
	announce := 1 + protocol.AnnounceABILen + protocol.SignatureLen + protocol.MaxQualityTableLen
	return max(award, announce)
}

// Digest is the EIP-712 digest of m under the codec's domain.
func (c *Codec) Digest(m auction.Message) auction.Hash {
	return protocol.DigestWith(c.sep, m.StructHash())
}

// Encode returns the wire form of s. An announcement with a quality table
// carries the table after its signature (PROTOCOL.md, "Quality table").
func (c *Codec) Encode(s auction.Signed) []byte {
	b := make([]byte, 1, 1+protocol.RevealABILen+protocol.SignatureLen)
	b[0] = byte(s.Msg.Kind())
	b = s.Msg.AppendABI(b)
	b = append(b, s.Sig[:]...)
	if a, ok := s.Msg.(*auction.JobAnnounce); ok && a.QualityRoot != (auction.Hash{}) {
		b = a.Table.AppendEncoding(b)
	}
	return b
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
