// Package frame is the length-prefixed framing of trainmesh's direct streams.
//
// A frame is a 4-byte big-endian length followed by that many bytes. Every
// reader states the largest frame it accepts, so a peer cannot make a node
// allocate more than that by lying in a header: the length is checked before
// any payload buffer is allocated. The package imports nothing but the
// standard library.
package frame

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// HeaderLen is the size of the length prefix.
const HeaderLen = 4

// MaxLimit is the largest limit a reader may set: the 4-byte header can say
// more, but no trainmesh message needs over 1 GiB in one frame.
const MaxLimit = 1 << 30

// Errors returned by Read and Write.
var (
	// ErrTooLarge reports a frame longer than the reader's or writer's limit.
	ErrTooLarge = errors.New("frame: too large")
	// ErrTruncated reports a stream that ended inside a frame.
	ErrTruncated = errors.New("frame: truncated")
)

// Write writes p as one frame. It refuses frames over limit, so a writer
// learns of an oversized message before its peer rejects it.
func Write(w io.Writer, p []byte, limit int) error {
	if len(p) > limit || limit > MaxLimit {
		return fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(p), limit)
	}
	var hdr [HeaderLen]byte
	binary.BigEndian.PutUint32(hdr[:], uint32(len(p)))
	if _, err := w.Write(hdr[:]); err != nil {
		return err
	}
	_, err := w.Write(p)
	return err
}

// Read reads one frame of at most limit bytes. It reuses buf when the frame
// fits in its capacity. At a clean end of stream before any header byte it
// returns io.EOF; inside a frame, ErrTruncated.
func Read(r io.Reader, buf []byte, limit int) ([]byte, error) {
	if limit > MaxLimit {
		limit = MaxLimit
	}
	var hdr [HeaderLen]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, fmt.Errorf("%w: header", ErrTruncated)
		}
		return nil, err
	}
	n := binary.BigEndian.Uint32(hdr[:])
	if uint64(n) > uint64(limit) {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, n, limit)
	}
	if cap(buf) >= int(n) {
		buf = buf[:n]
	} else {
		buf = make([]byte, n)
	}
	if _, err := io.ReadFull(r, buf); err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, fmt.Errorf("%w: %d-byte payload", ErrTruncated, n)
		}
		return nil, err
	}
	return buf, nil
}
