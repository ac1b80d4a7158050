package node

import (
	"encoding/json"
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/multiformats/go-multiaddr"
)

// TopicPresence is the gossip topic on which every node announces itself
// periodically: who it is, where it listens, what it runs.
const TopicPresence = "trainmesh/presence/1"

// Bounds on a presence message. An honest node sends a few hundred bytes; the
// bounds leave room for many addresses and reject anything larger before it
// is relayed.
const (
	presenceBytesMax   = 4 << 10
	presenceAddrsMax   = 16
	presenceAddrLenMax = 256
	presenceTextMax    = 64
)

// MsgPresence announces a node. It is signed by gossipsub (strict signing),
// so the author is the node it describes.
type MsgPresence struct {
	// Version is the node's software version.
	Version string `json:"version"`
	// Addrs are the multiaddrs the node listens on (without /p2p/).
	Addrs []string `json:"addrs"`
	// Seq increases with every announcement of one node run, so receivers can
	// tell a fresh announcement from a replayed one.
	Seq uint64 `json:"seq"`
}

// ErrBadPresence reports a malformed presence message.
var ErrBadPresence = errors.New("node: malformed presence message")

// Encode returns the wire form of m.
func (m *MsgPresence) Encode() ([]byte, error) {
	if err := m.validate(); err != nil {
		return nil, err
	}
	return json.Marshal(m)
}

// DecodePresence parses and checks a presence message from the network.
func DecodePresence(data []byte) (*MsgPresence, error) {
	if len(data) > presenceBytesMax {
		return nil, fmt.Errorf("%w: %d bytes, max %d", ErrBadPresence, len(data), presenceBytesMax)
	}
	var m MsgPresence
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadPresence, err)
	}
	if err := m.validate(); err != nil {
		return nil, err
	}
	return &m, nil
}

func (m *MsgPresence) validate() error {
	if m.Version == "" || len(m.Version) > presenceTextMax || !utf8.ValidString(m.Version) {
		return fmt.Errorf("%w: version must be 1-%d bytes of UTF-8", ErrBadPresence, presenceTextMax)
	}
	if len(m.Addrs) > presenceAddrsMax {
		return fmt.Errorf("%w: %d addresses, max %d", ErrBadPresence, len(m.Addrs), presenceAddrsMax)
	}
	for _, a := range m.Addrs {
		if len(a) > presenceAddrLenMax {
			return fmt.Errorf("%w: address of %d bytes", ErrBadPresence, len(a))
		}
		if _, err := multiaddr.NewMultiaddr(a); err != nil {
			return fmt.Errorf("%w: address %q: %v", ErrBadPresence, a, err)
		}
	}
	return nil
}
