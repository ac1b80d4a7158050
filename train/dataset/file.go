package dataset

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"

	"golang.org/x/crypto/sha3"
)

// A file (a base model, a tokenizer.json) is named by FileKey, the
// keccak256 of its bytes, which is how a recipe names it. A file of at
// most PieceBytes is served whole under its key. A larger one is served
// in pieces, like a dataset's chunks: under its key a piece list (magic,
// the file's size, then each piece's sha256), and each piece of
// PieceBytes (the last shorter) under its sha256. A fetcher checks every
// piece against the list and the whole file against its key, so a holder
// that sends anything else is caught, whichever blob it lied in; no blob
// is larger than a chunk, so the blob service's 8 MiB frame limit does
// not bound a file's size.

const (
	// PieceBytes is the size of a file's pieces: a chunk's limit.
	PieceBytes = ChunkBytesMax
	// FileBytesMax bounds a file served in pieces (4 GiB: 1024 pieces, a
	// piece list of 32 KiB).
	FileBytesMax = 1 << 32
	// pieceListMagic opens a piece list; a file's own bytes never hash
	// to its key by accident, so a fetcher tells the two apart by the
	// hash, and the magic only guards the decoder.
	pieceListMagic = "tmpieces"
	pieceListHead  = len(pieceListMagic) + 1 + 8 // magic, version, size
	pieceListVer   = 1
)

// ErrFile: a file or piece list that does not check against its key.
var ErrFile = errors.New("dataset: file does not check")

// FileKey is keccak256 of a file's bytes, its name (model.FileHash).
func FileKey(data []byte) Hash {
	var h Hash
	k := sha3.NewLegacyKeccak256()
	k.Write(data)
	k.Sum(h[:0])
	return h
}

// PieceList is a large file's list of pieces.
type PieceList struct {
	Size   uint64 // the file's bytes
	Pieces []Hash // sha256 of each PieceBytes piece, in order
}

// pieceCount is how many pieces a file of size bytes is cut into.
func pieceCount(size uint64) int { return int((size + PieceBytes - 1) / PieceBytes) }

// Encode returns the list's bytes.
func (l *PieceList) Encode() []byte {
	b := make([]byte, 0, pieceListHead+32*len(l.Pieces))
	b = append(b, pieceListMagic...)
	b = append(b, pieceListVer)
	b = binary.BigEndian.AppendUint64(b, l.Size)
	for _, h := range l.Pieces {
		b = append(b, h[:]...)
	}
	return b
}

// DecodePieceList parses a piece list from a holder: a file of more than
// PieceBytes and at most FileBytesMax, with exactly one hash per piece.
func DecodePieceList(b []byte) (*PieceList, error) {
	if len(b) < pieceListHead || string(b[:len(pieceListMagic)]) != pieceListMagic {
		return nil, fmt.Errorf("%w: not a piece list", ErrFile)
	}
	if v := b[len(pieceListMagic)]; v != pieceListVer {
		return nil, fmt.Errorf("%w: piece list version %d, want %d", ErrFile, v, pieceListVer)
	}
	size := binary.BigEndian.Uint64(b[len(pieceListMagic)+1:])
	if size <= PieceBytes || size > FileBytesMax {
		return nil, fmt.Errorf("%w: a piece list for %d bytes, want %d to %d", ErrFile, size, PieceBytes+1, uint64(FileBytesMax))
	}
	n := pieceCount(size)
	if len(b) != pieceListHead+32*n {
		return nil, fmt.Errorf("%w: a piece list of %d bytes for %d pieces", ErrFile, len(b), n)
	}
	l := &PieceList{Size: size, Pieces: make([]Hash, n)}
	for i := range l.Pieces {
		copy(l.Pieces[i][:], b[pieceListHead+32*i:])
	}
	return l, nil
}

// AddFile stores a file under its key: whole when it fits one piece,
// otherwise its piece list under the key and each piece under its sha256.
// The pieces share data's memory.
func (s *MemStore) AddFile(data []byte) (Hash, error) {
	key := FileKey(data)
	if len(data) <= PieceBytes {
		s.Put(key, data)
		return key, nil
	}
	if uint64(len(data)) > FileBytesMax {
		return key, fmt.Errorf("%w: a file of %d bytes, at most %d are served", ErrParams, len(data), uint64(FileBytesMax))
	}
	l := &PieceList{Size: uint64(len(data))}
	for off := 0; off < len(data); off += PieceBytes {
		p := data[off:min(off+PieceBytes, len(data))]
		h := Hash(sha256.Sum256(p))
		l.Pieces = append(l.Pieces, h)
		s.Put(h, p)
	}
	s.Put(key, l.Encode())
	return key, nil
}

// FetchFile gets the file named key, of at most limit bytes, from the
// first holder that serves it: whole, or as a piece list whose pieces it
// then fetches (each from the holders in turn, kept when its sha256 is
// the list's). The assembled file must hash to key.
func FetchFile(ctx context.Context, f Fetcher, holders []string, key Hash, limit int) ([]byte, *Report, error) {
	rep := &Report{}
	listMax := pieceListHead + 32*pieceCount(FileBytesMax)
	for _, h := range holders {
		data, err := f.Fetch(ctx, h, key, max(PieceBytes, listMax))
		if err == nil {
			data, err = fetchPieces(ctx, f, holders, key, data, limit, rep)
		}
		if err == nil {
			rep.From = append(rep.From, h)
			rep.Bytes += len(data)
			return data, rep, nil
		}
		if ctx.Err() != nil {
			return nil, rep, ctx.Err()
		}
		rep.Refused = append(rep.Refused, Refusal{Holder: h, Chunk: -1, Err: err})
	}
	return nil, rep, fmt.Errorf("%w: file %s (asked %d holders): %w", ErrUnavailable, key.Short(), len(holders), lastRefusal(rep))
}

func lastRefusal(rep *Report) error {
	if len(rep.Refused) == 0 {
		return errors.New("no holders")
	}
	return rep.Refused[len(rep.Refused)-1].Err
}

// fetchPieces returns first when it is the file itself, or else the file
// assembled from the pieces first lists.
func fetchPieces(ctx context.Context, f Fetcher, holders []string, key Hash, first []byte, limit int, rep *Report) ([]byte, error) {
	if FileKey(first) == key {
		if len(first) > limit {
			return nil, fmt.Errorf("%w: a file of %d bytes, want at most %d", ErrFile, len(first), limit)
		}
		return first, nil
	}
	l, err := DecodePieceList(first)
	if err != nil {
		return nil, err
	}
	if l.Size > uint64(limit) {
		return nil, fmt.Errorf("%w: a file of %d bytes, want at most %d", ErrFile, l.Size, limit)
	}
	out := make([]byte, 0, l.Size)
	for i, ph := range l.Pieces {
		want := min(PieceBytes, int(l.Size)-len(out))
		var got []byte
		for a := 0; a < len(holders) && got == nil; a++ {
			h := holders[(i+a)%len(holders)]
			p, err := f.Fetch(ctx, h, ph, want)
			if err == nil && (len(p) != want || Hash(sha256.Sum256(p)) != ph) {
				err = fmt.Errorf("%w: piece %d of %s: %d bytes not hashing to %s", ErrFile, i, key.Short(), len(p), ph.Short())
			}
			if err != nil {
				if ctx.Err() != nil {
					return nil, ctx.Err()
				}
				rep.Refused = append(rep.Refused, Refusal{Holder: h, Chunk: i, Err: err})
				continue
			}
			got = p
		}
		if got == nil {
			return nil, fmt.Errorf("%w: piece %d of %s, asked %d holders: %w", ErrUnavailable, i, key.Short(), len(holders), lastRefusal(rep))
		}
		out = append(out, got...)
	}
	if FileKey(out) != key {
		// Every piece is the list's, so the list itself lied.
		return nil, fmt.Errorf("%w: the pieces of %s assemble to a file hashing to %s", ErrFile, key.Short(), FileKey(out).Short())
	}
	return out, nil
}
