package allreduce

import (
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/mesh/allreduce/gcm"
)

// Direct lanes: the record layer.
//
// A direct lane is a TCP connection of its own that carries one lane of a
// ring link (one direction: from a member to its successor), with keys the
// two agreed over the lane's libp2p stream (lane.go). Over it go records:
//
//	record: length u32 | type u8 | sequence u64 | ciphertext and tag [length]
//
// sealed with AES-128-GCM; the 13-byte header is the associated data and
// the nonce is 4 zero bytes and the sequence number, which counts the
// records of the direction from 0. The sequence number is on the wire only
// so that the receiver can say what went wrong: a record out of order, a
// replayed one or a forged one fails authentication anyway, as its nonce
// is not the one the receiver expects. The last record of a lane that
// ends gracefully is a close record, so that a connection cut at a record
// boundary is told from an end (truncation). Records are large
// (laneRecordMax of plaintext), so that a 1 MiB chunk costs one send; a
// reader decrypts a record straight into the caller's buffer when it
// fits, the chunk's place in the tensor.
//
// AES-GCM, not ChaCha20-Poly1305: on this project's machines (AES-NI) it
// sealed 1 MiB records at 1.6-1.8 GB/s on one core against ChaCha's
// 0.5-0.9 (BENCHMARKS.md). A 128-bit key, TLS 1.3's default suite's
// (TLS_AES_128_GCM_SHA256): AES-128 runs 10 rounds to AES-256's 14, and
// sealing and opening were 15-25% faster with it on one core (lane
// protocol 2; BENCHMARKS.md, "AES-128 lanes and the xxh3 checksum").

const (
	laneHeaderLen = 4 + 1 + 8
	laneTagLen    = 16
	// laneKeyLen is the AES-128-GCM key's length.
	laneKeyLen = 16
	// laneRecordMax bounds a record's plaintext: one 1 MiB chunk (the
	// default chunk) per record, so that a chunk is one send, and a
	// receiver holds at most this much of a record (its buffer).
	laneRecordMax = 1 << 20
	// laneSendBufMax bounds the sealed records one send carries: a chunk
	// header's record and a full record of the chunk.
	laneSendBufMax = 2*(laneHeaderLen+laneTagLen) + frameHeaderLen + laneRecordMax
)

// Record types.
const (
	recData    byte = 1 // bytes of the lane
	recClose   byte = 2 // the lane ends here (empty)
	recConfirm byte = 3 // the dialler proves it holds the keys (empty, first record)
)

// Errors of the record layer; each wraps ErrLaneRecord.
var (
	// ErrLaneRecord reports a direct lane's record that cannot be
	// accepted: the lane is broken (corrupted, forged, cut or replayed
	// data), as a TLS alert would break a libp2p stream.
	ErrLaneRecord     = errors.New("allreduce: bad record on a direct lane")
	errRecordOversize = fmt.Errorf("%w: record too large", ErrLaneRecord)
	errRecordOrder    = fmt.Errorf("%w: record out of sequence", ErrLaneRecord)
	errRecordAuth     = fmt.Errorf("%w: record fails authentication", ErrLaneRecord)
	errRecordType     = fmt.Errorf("%w: unexpected record type", ErrLaneRecord)
	errRecordCut      = fmt.Errorf("%w: lane cut off", ErrLaneRecord)
)

// laneKey derives the key of one direction of lane `lane` between sender
// and receiver in view epoch of group: both sides' fresh random material
// (exchanged over the authenticated libp2p stream, so only the two peers
// know it) keyed by everything that names the lane, so that a lane's
// records cannot be replayed on another lane, view, group or pair, or
// reflected back (dir). Lane protocol 2 (DataProtocol 1.2.0) derives
// a 16-byte AES-128 key under the label "trainmesh/allreduce/lane/2";
// protocol 1 derived 32 bytes for AES-256 under "lane/1".
func laneKey(senderRand, receiverRand [32]byte, group GroupID, epoch uint64, digest [32]byte, sender, receiver peer.ID, lane uint16, dir string) ([]byte, error) {
	secret := append(senderRand[:], receiverRand[:]...)
	info := []byte("trainmesh/allreduce/lane/2 " + dir)
	info = append(info, group[:]...)
	info = binary.BigEndian.AppendUint64(info, epoch)
	info = append(info, digest[:]...)
	for _, p := range []peer.ID{sender, receiver} {
		info = binary.BigEndian.AppendUint32(info, uint32(len(p)))
		info = append(info, p...)
	}
	info = binary.BigEndian.AppendUint16(info, lane)
	return hkdf.Key(sha256.New, secret, nil, string(info), laneKeyLen)
}

// newLaneAEAD is AES-GCM under key: the vector code of package gcm where
// the CPU has VAES and VPCLMULQDQ, crypto/cipher's GCM elsewhere (the
// same bytes either way).
func newLaneAEAD(key []byte) (cipher.AEAD, error) {
	return gcm.New(key)
}

func laneNonce(n *[12]byte, seq uint64) []byte {
	binary.BigEndian.PutUint64(n[4:], seq)
	return n[:]
}

// laneWriter seals what is written into records. Not safe for concurrent
// use (a lane has one writer at a time).
type laneWriter struct {
	w     io.Writer
	aead  cipher.AEAD
	seq   uint64
	nonce [12]byte
	buf   []byte // sealed records waiting for one send (laneSendBufMax)
}

func newLaneWriter(w io.Writer, aead cipher.AEAD) *laneWriter {
	return &laneWriter{w: w, aead: aead, buf: make([]byte, 0, laneSendBufMax)}
}

// seal appends one record of p to the send buffer.
func (w *laneWriter) seal(typ byte, p []byte) {
	b := w.buf
	at := len(b)
	b = binary.BigEndian.AppendUint32(b, uint32(len(p)+laneTagLen))
	b = append(b, typ)
	b = binary.BigEndian.AppendUint64(b, w.seq)
	w.buf = w.aead.Seal(b, laneNonce(&w.nonce, w.seq), p, b[at:at+laneHeaderLen])
	w.seq++
}

func (w *laneWriter) flush() error {
	if len(w.buf) == 0 {
		return nil
	}
	_, err := w.w.Write(w.buf)
	w.buf = w.buf[:0]
	return err
}

// writeParts sends parts as data records, as few sends as the buffer
// allows: a chunk's header and the chunk go out together.
func (w *laneWriter) writeParts(parts ...[]byte) error {
	for _, p := range parts {
		for len(p) > 0 {
			n := min(len(p), laneRecordMax)
			if len(w.buf)+laneHeaderLen+n+laneTagLen > cap(w.buf) {
				if err := w.flush(); err != nil {
					return err
				}
			}
			w.seal(recData, p[:n])
			p = p[n:]
		}
	}
	return w.flush()
}

// control sends one empty record of typ on its own.
func (w *laneWriter) control(typ byte) error {
	w.seal(typ, nil)
	return w.flush()
}

// laneReader opens the records a laneWriter sealed. Not safe for
// concurrent use.
type laneReader struct {
	r     io.Reader
	aead  cipher.AEAD
	seq   uint64
	nonce [12]byte
	hdr   [laneHeaderLen]byte
	ahead [laneHeaderLen]byte // the start of the next record's header, read with the last record
	nhead int                 // bytes in ahead
	buf   []byte              // one record's ciphertext, and what came after it (laneRecordMax + tag + header)
	plain []byte              // opened bytes of the last record not yet read (in buf)
	err   error               // sticky: a broken lane stays broken
}

func newLaneReader(r io.Reader, aead cipher.AEAD) *laneReader {
	return &laneReader{r: r, aead: aead}
}

// parseLaneHeader checks a record header against the sequence number due.
func parseLaneHeader(h []byte, want uint64) (typ byte, ctLen int, err error) {
	n := binary.BigEndian.Uint32(h[0:])
	typ = h[4]
	seq := binary.BigEndian.Uint64(h[5:])
	switch {
	case seq < want:
		return 0, 0, fmt.Errorf("%w: record %d again after it (replayed), record %d due", errRecordOrder, seq, want)
	case seq > want:
		return 0, 0, fmt.Errorf("%w: record %d where record %d was due (records lost or reordered)", errRecordOrder, seq, want)
	case n < laneTagLen || n > laneRecordMax+laneTagLen:
		return 0, 0, fmt.Errorf("%w: record %d of %d bytes, want %d to %d", errRecordOversize, seq, n, laneTagLen, laneRecordMax+laneTagLen)
	case typ != recData && typ != recClose && typ != recConfirm:
		return 0, 0, fmt.Errorf("%w: record %d of type %d", errRecordType, seq, typ)
	case typ != recData && n != laneTagLen:
		return 0, 0, fmt.Errorf("%w: control record %d (type %d) of %d bytes, want empty", errRecordType, seq, typ, n-laneTagLen)
	}
	return typ, int(n), nil
}

// next reads and checks the next record's header and ciphertext.
func (r *laneReader) next() (typ byte, ct []byte, err error) {
	got := copy(r.hdr[:], r.ahead[:r.nhead])
	r.nhead = 0
	if _, err := io.ReadFull(r.r, r.hdr[got:]); err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return 0, nil, fmt.Errorf("%w: the connection ended before record %d without a close record", errRecordCut, r.seq)
		}
		return 0, nil, err
	}
	typ, n, err := parseLaneHeader(r.hdr[:], r.seq)
	if err != nil {
		return 0, nil, err
	}
	if cap(r.buf) < n+laneHeaderLen {
		r.buf = make([]byte, laneRecordMax+laneTagLen+laneHeaderLen)
	}
	// Read the record, and as much of the next one's header as has come
	// with it (never waiting for that), which saves a read call per
	// record.
	have := 0
	for have < n {
		m, err := r.r.Read(r.buf[have : n+laneHeaderLen])
		have += m
		if have >= n {
			break
		}
		if err != nil {
			if errors.Is(err, io.EOF) {
				return 0, nil, fmt.Errorf("%w: the connection ended inside record %d", errRecordCut, r.seq)
			}
			return 0, nil, err
		}
	}
	r.nhead = copy(r.ahead[:], r.buf[n:have])
	return typ, r.buf[:n], nil
}

// open authenticates ct and decrypts it into dst's storage (cap(dst) must
// hold it).
func (r *laneReader) open(dst, ct []byte) ([]byte, error) {
	p, err := r.aead.Open(dst, laneNonce(&r.nonce, r.seq), ct, r.hdr[:])
	if err != nil {
		return nil, fmt.Errorf("%w: record %d (corrupted or forged)", errRecordAuth, r.seq)
	}
	r.seq++
	return p, nil
}

// expect reads one empty record of typ (the dialler's confirm).
func (r *laneReader) expect(typ byte) error {
	got, ct, err := r.next()
	if err != nil {
		return err
	}
	if got != typ {
		return fmt.Errorf("%w: record %d of type %d, want %d", errRecordType, r.seq, got, typ)
	}
	_, err = r.open(ct[:0], ct)
	return err
}

func (r *laneReader) Read(p []byte) (int, error) {
	if len(r.plain) > 0 {
		n := copy(p, r.plain)
		r.plain = r.plain[n:]
		return n, nil
	}
	if r.err != nil {
		return 0, r.err
	}
	if len(p) == 0 {
		return 0, nil
	}
	for {
		typ, ct, err := r.next()
		if err != nil {
			r.err = err
			if ne, ok := err.(net.Error); ok && ne.Timeout() {
				// A deadline leaves the lane usable only if nothing of
				// the record was read; the ring aborts on it anyway.
				r.err = fmt.Errorf("%w: a read timed out inside a record: %w", errRecordCut, err)
				return 0, err
			}
			return 0, err
		}
		switch typ {
		case recClose:
			if _, err := r.open(ct[:0], ct); err != nil {
				r.err = err
				return 0, err
			}
			r.err = io.EOF
			return 0, io.EOF
		case recConfirm:
			r.err = fmt.Errorf("%w: a confirm record inside the lane (record %d)", errRecordType, r.seq)
			return 0, r.err
		}
		n := len(ct) - laneTagLen
		if n == 0 {
			if _, err := r.open(ct[:0], ct); err != nil {
				r.err = err
				return 0, err
			}
			continue // an empty data record carries nothing
		}
		if n <= len(p) {
			// Straight into the caller's buffer: cap limited to p, so
			// nothing beyond it is touched.
			if _, err := r.open(p[:0:len(p)], ct); err != nil {
				r.err = err
				return 0, err
			}
			return n, nil
		}
		pt, err := r.open(ct[:0], ct)
		if err != nil {
			r.err = err
			return 0, err
		}
		k := copy(p, pt)
		r.plain = pt[k:]
		return k, nil
	}
}
