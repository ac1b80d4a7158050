// Package blob serves and fetches content-addressed blobs (dataset chunks
// and manifests) between peers over direct libp2p streams: one request
// names a 32-byte key, the answer is the blob's bytes. It only moves
// bytes: whoever asks checks them against the key (train/dataset does),
// so a holder that answers with wrong bytes is caught by its client, not
// here. Client satisfies train/dataset's Fetcher.
package blob

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"

	"github.com/trainmesh/trainmesh/mesh"
)

// Protocol is the stream protocol of blob requests. Its version changes
// with the request format.
const Protocol protocol.ID = "/trainmesh/blob/1.0.0"

// A request is requestVersion, opGet, then the 32-byte key.
const (
	requestVersion = 1
	opGet          = 1
	// requestBytes is the exact size of a request; the server reads no
	// more than this from a stream.
	requestBytes = 2 + 32
)

// Errors of package blob.
var (
	// ErrBadRequest: a request that is not a version-1 get of one key.
	ErrBadRequest = errors.New("blob: malformed request")
	// ErrNotFound: the holder does not have the blob. Servers send its
	// text; clients see a *mesh.RemoteError carrying it.
	ErrNotFound = errors.New("blob: not held here")
	// ErrParams: invalid parameters.
	ErrParams = errors.New("blob: invalid parameters")
)

// Params bound what a server sends and a client accepts.
type Params struct {
	// BlobBytesMax is the largest blob served or accepted, in bytes (at
	// most 1 GiB, the frame limit). Dataset chunks are at most 4 MiB and
	// manifests under 3 MiB, so 8 MiB by default.
	BlobBytesMax int
	// Timeout bounds one exchange on the server side (the client's
	// context bounds its side).
	Timeout time.Duration
}

// DefaultParams: 8 MiB blobs, 30 s per exchange.
func DefaultParams() Params {
	return Params{BlobBytesMax: 8 << 20, Timeout: 30 * time.Second}
}

// Validate reports the first problem with p.
func (p Params) Validate() error {
	if p.BlobBytesMax < 1 || p.BlobBytesMax > 1<<30 {
		return fmt.Errorf("%w: blob limit %d bytes, want 1 to 1 GiB", ErrParams, p.BlobBytesMax)
	}
	if p.Timeout <= 0 {
		return fmt.Errorf("%w: timeout %v", ErrParams, p.Timeout)
	}
	return nil
}

// Store is what a server serves: blobs by key.
type Store interface {
	Get(key [32]byte) ([]byte, bool)
}

// EncodeRequest returns the request for key.
func EncodeRequest(key [32]byte) []byte {
	return append([]byte{requestVersion, opGet}, key[:]...)
}

// DecodeRequest parses a request from a peer.
func DecodeRequest(req []byte) ([32]byte, error) {
	var key [32]byte
	if len(req) != requestBytes {
		return key, fmt.Errorf("%w: %d bytes, want %d", ErrBadRequest, len(req), requestBytes)
	}
	if req[0] != requestVersion || req[1] != opGet {
		return key, fmt.Errorf("%w: version %d, op %d", ErrBadRequest, req[0], req[1])
	}
	copy(key[:], req[2:])
	return key, nil
}

// Serve answers blob requests on h from store until h closes.
func Serve(h *mesh.Host, store Store, p Params) error {
	if err := p.Validate(); err != nil {
		return err
	}
	h.HandleRequests(Protocol, requestBytes, p.Timeout, func(_ context.Context, _ peer.ID, req []byte) ([]byte, error) {
		key, err := DecodeRequest(req)
		if err != nil {
			return nil, err
		}
		b, ok := store.Get(key)
		if !ok {
			return nil, ErrNotFound
		}
		if len(b) > p.BlobBytesMax {
			return nil, fmt.Errorf("blob: %d bytes, over this server's limit", len(b))
		}
		return b, nil
	})
	return nil
}

// Client fetches blobs from peers.
type Client struct {
	h *mesh.Host
	p Params
}

// NewClient returns a client using h's streams.
func NewClient(h *mesh.Host, p Params) (*Client, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return &Client{h: h, p: p}, nil
}

// Fetch asks holder (a peer ID in its string form) for the blob with key
// and returns at most limit bytes (capped at Params.BlobBytesMax); a
// longer answer is an error and is not read past the limit. The bytes are
// unverified.
func (c *Client) Fetch(ctx context.Context, holder string, key [32]byte, limit int) ([]byte, error) {
	id, err := peer.Decode(holder)
	if err != nil {
		return nil, fmt.Errorf("blob: holder %q: %w", holder, err)
	}
	limit = min(limit, c.p.BlobBytesMax)
	if limit < 0 {
		return nil, fmt.Errorf("%w: limit %d", ErrParams, limit)
	}
	return c.h.Request(ctx, id, Protocol, EncodeRequest(key), limit)
}
