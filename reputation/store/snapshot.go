package store

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/options"
	"github.com/dgraph-io/badger/v4/pb"
	"google.golang.org/protobuf/proto"

	"github.com/trainmesh/trainmesh/reputation/score"
)

// Snapshot file format, version 1. A running node publishes one beside its
// store (SnapshotPath) so that other processes can read the store without
// touching its live files:
//
//	"trainmesh-reputation-snapshot/1\n"
//	SnapshotMeta as one line of JSON, "\n"
//	a Badger backup stream (DB.Backup: every live key at one read
//	  timestamp, so the content is one consistent state)
//	footer: sha256 of everything above (32) | stream length (8, BE) | "TMSNAPv1"
//
// It is written to a temporary file in the same folder, fsynced, renamed
// over the previous snapshot and the folder fsynced: a reader sees the old
// snapshot or the new one, whole, never a torn one; the checksum catches
// anything else.
const (
	snapshotMagic = "trainmesh-reputation-snapshot/1\n"
	footerMagic   = "TMSNAPv1"
	footerLen     = int64(sha256.Size + 8 + len(footerMagic))
	// SnapshotSuffix names a store's snapshot: the store in DIR/reputation
	// publishes DIR/reputation.snapshot.
	SnapshotSuffix = ".snapshot"
	// snapshotMetaMax bounds the header line a reader accepts.
	snapshotMetaMax = 4 << 10
)

// SnapshotPath returns where the store in storeDir publishes its snapshot.
func SnapshotPath(storeDir string) string { return filepath.Clean(storeDir) + SnapshotSuffix }

// SnapshotMeta describes a snapshot.
type SnapshotMeta struct {
	Schema string `json:"schema"`
	// Self is the owner's address.
	Self score.Address `json:"-"`
	// SelfHex is Self in hex, for the JSON header.
	SelfHex string `json:"self"`
	// Seq is the store's last sequence number when the snapshot began; the
	// content may hold a few later observations (LoadSnapshot reports the
	// exact figure from the content).
	Seq uint64 `json:"seq"`
	// TakenMs is when the snapshot was taken, Unix ms (the writer's clock).
	TakenMs uint64 `json:"taken_ms"`
}

// WriteSnapshot writes a consistent snapshot of the store to path,
// atomically replacing any previous one. Writers are not blocked: the
// backup reads at one timestamp while Record goes on.
func (s *Store) WriteSnapshot(path string) (SnapshotMeta, error) {
	meta := SnapshotMeta{Schema: schemaVersion, Self: s.Self(), Seq: s.Seq(), TakenMs: s.nowMs()}
	meta.SelfHex = meta.Self.String()
	header, err := json.Marshal(meta)
	if err != nil {
		return meta, err
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, filepath.Base(path)+".tmp-*")
	if err != nil {
		return meta, fmt.Errorf("store: snapshot: %w", err)
	}
	ok := false
	defer func() {
		if !ok {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	h := sha256.New()
	bw := bufio.NewWriterSize(io.MultiWriter(tmp, h), 256<<10)
	bw.WriteString(snapshotMagic)
	bw.Write(header)
	bw.WriteByte('\n')
	cw := &countingWriter{w: bw}
	if err := s.backup(cw); err != nil {
		return meta, fmt.Errorf("store: snapshot backup: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return meta, fmt.Errorf("store: snapshot: %w", err)
	}
	footer := h.Sum(nil)
	footer = binary.BigEndian.AppendUint64(footer, uint64(cw.n))
	footer = append(footer, footerMagic...)
	if _, err := tmp.Write(footer); err != nil {
		return meta, fmt.Errorf("store: snapshot: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		return meta, fmt.Errorf("store: snapshot fsync: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return meta, fmt.Errorf("store: snapshot: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return meta, fmt.Errorf("store: snapshot rename: %w", err)
	}
	ok = true
	if d, err := os.Open(dir); err == nil {
		d.Sync() // make the rename durable; a failure here loses only freshness
		d.Close()
	}
	return meta, nil
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// backup writes the store to w in Badger's backup format, what db.Load
// reads back: KVLists, each after its size as a little-endian uint64, with
// every version of every key down to its newest delete marker, as
// db.Backup writes them. It does not use db.Backup: Badger's stream
// readers allocate zeroed 32 MiB buffers, eight at a time and more for
// each batch, 322 MiB for a snapshot of a few-kilobyte store (98 MiB with
// one reader), and a node publishes a snapshot every SnapshotInterval (10
// s) while anything is recorded: with ten nodes in one test process, 84%
// of its CPU went to zeroing those buffers, which starved their gossip
// under load (announcements 2-8 s late). One read transaction, at one
// timestamp, keeps the snapshot consistent as Backup's did.
func (s *Store) backup(w io.Writer) error {
	return s.db.View(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.AllVersions = true
		opts.PrefetchValues = false
		it := txn.NewIterator(opts)
		defer it.Close()
		list := &pb.KVList{}
		size := 0
		flush := func() error {
			if len(list.Kv) == 0 {
				return nil
			}
			var n [8]byte
			binary.LittleEndian.PutUint64(n[:], uint64(proto.Size(list)))
			buf, err := proto.Marshal(list)
			if err != nil {
				return err
			}
			if _, err := w.Write(n[:]); err != nil {
				return err
			}
			if _, err := w.Write(buf); err != nil {
				return err
			}
			list.Kv, size = list.Kv[:0], 0
			return nil
		}
		var done []byte // a key whose older versions a delete marker hides
		for it.Rewind(); it.Valid(); it.Next() {
			item := it.Item()
			if done != nil && bytes.Equal(item.Key(), done) {
				continue
			}
			done = nil
			kv := &pb.KV{Key: item.KeyCopy(nil), UserMeta: []byte{item.UserMeta()}, Version: item.Version(), ExpiresAt: item.ExpiresAt(), Meta: []byte{0}}
			if item.IsDeletedOrExpired() {
				// The store never sets a TTL: this is a delete marker.
				kv.Meta[0] = badgerBitDelete
				done = kv.Key
			} else {
				v, err := item.ValueCopy(nil)
				if err != nil {
					return err
				}
				kv.Value = v
			}
			list.Kv = append(list.Kv, kv)
			if size += len(kv.Key) + len(kv.Value); size >= backupBatch {
				if err := flush(); err != nil {
					return err
				}
			}
		}
		return flush()
	})
}

// badgerBitDelete is Badger's meta bit of a delete marker (bitDelete in
// its value.go), what its backups carry for a deleted key;
// TestSnapshotKeepsDeletes holds a snapshot's copy to it.
const badgerBitDelete = 1 << 0

// backupBatch is how many key and value bytes a snapshot's KVList holds
// before it is written.
const backupBatch = 1 << 20

// checkSnapshot verifies a snapshot file's framing and checksum and returns
// its meta and where its stream lies.
func checkSnapshot(f *os.File) (meta SnapshotMeta, streamOff, streamLen int64, err error) {
	st, err := f.Stat()
	if err != nil {
		return meta, 0, 0, err
	}
	size := st.Size()
	if size < int64(len(snapshotMagic)+2)+footerLen {
		return meta, 0, 0, fmt.Errorf("%w: snapshot of %d bytes is too short", ErrCorrupt, size)
	}
	footer := make([]byte, footerLen)
	if _, err := f.ReadAt(footer, size-footerLen); err != nil {
		return meta, 0, 0, err
	}
	if string(footer[sha256.Size+8:]) != footerMagic {
		return meta, 0, 0, fmt.Errorf("%w: not a trainmesh reputation snapshot (no footer)", ErrCorrupt)
	}
	streamLen = int64(binary.BigEndian.Uint64(footer[sha256.Size:]))
	br := bufio.NewReader(io.NewSectionReader(f, 0, min(size, int64(len(snapshotMagic)+snapshotMetaMax))))
	magic := make([]byte, len(snapshotMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != snapshotMagic {
		return meta, 0, 0, fmt.Errorf("%w: not a trainmesh reputation snapshot (header)", ErrCorrupt)
	}
	line, err := br.ReadBytes('\n')
	if err != nil {
		return meta, 0, 0, fmt.Errorf("%w: snapshot header line", ErrCorrupt)
	}
	if err := json.Unmarshal(line, &meta); err != nil {
		return meta, 0, 0, fmt.Errorf("%w: snapshot header: %v", ErrCorrupt, err)
	}
	if meta.Schema != schemaVersion {
		return meta, 0, 0, fmt.Errorf("%w: snapshot schema %q", ErrSchema, meta.Schema)
	}
	if meta.Self, err = score.ParseAddress(meta.SelfHex); err != nil {
		return meta, 0, 0, fmt.Errorf("%w: snapshot owner: %v", ErrCorrupt, err)
	}
	streamOff = int64(len(snapshotMagic) + len(line))
	if streamLen < 0 || streamOff+streamLen+footerLen != size {
		return meta, 0, 0, fmt.Errorf("%w: snapshot length %d does not fit a %d-byte file", ErrCorrupt, streamLen, size)
	}
	h := sha256.New()
	if _, err := io.Copy(h, io.NewSectionReader(f, 0, streamOff+streamLen)); err != nil {
		return meta, 0, 0, err
	}
	if !bytes.Equal(h.Sum(nil), footer[:sha256.Size]) {
		return meta, 0, 0, fmt.Errorf("%w: snapshot checksum mismatch", ErrCorrupt)
	}
	return meta, streamOff, streamLen, nil
}

// memOptions are Badger's options for an in-memory copy.
func memOptions(opts Options) badger.Options {
	return badger.DefaultOptions("").WithInMemory(true).
		WithMemTableSize(16 << 20).
		WithCompression(options.None).
		WithBlockCacheSize(0).
		WithNumCompactors(2).
		WithLogger(badgerLogger{opts.Log})
}

// loadPendingMax bounds the writes Badger's loader keeps in flight.
const loadPendingMax = 16

// LoadSnapshot loads a snapshot file into a read-only in-memory store. The
// file is checked whole (framing, checksum) before anything is loaded.
func LoadSnapshot(path string, opts Options) (*Store, SnapshotMeta, error) {
	if err := opts.Validate(); err != nil {
		return nil, SnapshotMeta{}, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, SnapshotMeta{}, fmt.Errorf("store: open snapshot: %w", err)
	}
	defer f.Close()
	meta, off, n, err := checkSnapshot(f)
	if err != nil {
		return nil, meta, fmt.Errorf("%s: %w", path, err)
	}
	db, err := badger.Open(memOptions(opts))
	if err != nil {
		return nil, meta, fmt.Errorf("store: in-memory copy: %w", err)
	}
	if err := db.Load(io.NewSectionReader(f, off, n), loadPendingMax); err != nil {
		db.Close()
		return nil, meta, fmt.Errorf("%w: %s: load: %v", ErrCorrupt, path, err)
	}
	s, err := newStore(db, opts, true)
	if err != nil {
		db.Close()
		return nil, meta, err
	}
	return s, meta, nil
}

// OpenCopy copies the store in dir, which no process may be writing, into
// a read-only in-memory store, holding Badger's shared lock only while it
// copies: a node starting meanwhile retries (see Open's callers). It fails
// with ErrLocked when a writer has the store.
func OpenCopy(dir string, opts Options) (*Store, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	if active, err := writerActive(dir); err != nil {
		return nil, fmt.Errorf("store: check lock of %s: %w", dir, err)
	} else if active {
		return nil, fmt.Errorf("%w: %s", ErrLocked, dir)
	}
	ro, err := badger.Open(badgerOptions(dir, opts.Log).WithReadOnly(true))
	// Badger formats its wrapped errors with %+v, so errors.Is can not see
	// the sentinel; its message is stable.
	if err != nil && strings.Contains(err.Error(), badger.ErrTruncateNeeded.Error()) {
		// The writer died without closing: Badger must cut the torn end of
		// its write-ahead log before reading, which a read-only open may not
		// do. Repair a private copy instead and leave the original as it is
		// for its node to recover.
		tmp, cerr := copyDir(dir)
		if cerr != nil {
			return nil, fmt.Errorf("store: copy crashed store %s: %w", dir, cerr)
		}
		defer os.RemoveAll(tmp)
		ro, err = badger.Open(badgerOptions(tmp, opts.Log))
	}
	if err != nil {
		if isLockErr(err) {
			return nil, fmt.Errorf("%w: %s", ErrLocked, dir)
		}
		return nil, fmt.Errorf("store: open %s read-only: %w", dir, err)
	}
	pr, pw := io.Pipe()
	go func() {
		_, err := ro.Backup(pw, 0)
		pw.CloseWithError(err)
	}()
	db, err := badger.Open(memOptions(opts))
	if err != nil {
		pr.CloseWithError(err)
		ro.Close()
		return nil, err
	}
	lerr := db.Load(pr, loadPendingMax)
	pr.CloseWithError(errors.New("load finished"))
	ro.Close()
	if lerr != nil {
		db.Close()
		return nil, fmt.Errorf("store: copy %s: %w", dir, lerr)
	}
	s, err := newStore(db, opts, true)
	if err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// PublishSnapshot writes a snapshot to path if anything was recorded since
// the last one this store published (or always, with force). It reports
// whether it wrote one.
func (s *Store) PublishSnapshot(path string, force bool) (SnapshotMeta, bool, error) {
	s.pubMu.Lock()
	defer s.pubMu.Unlock()
	seq := s.Seq()
	if !force && s.published && seq == s.publishedSeq {
		return SnapshotMeta{}, false, nil
	}
	meta, err := s.WriteSnapshot(path)
	if err != nil {
		return meta, false, err
	}
	s.published, s.publishedSeq = true, meta.Seq
	return meta, true, nil
}

// copyDir copies the regular files of dir into a new temporary folder,
// except Badger's LOCK file.
func copyDir(dir string) (string, error) {
	tmp, err := os.MkdirTemp("", "trainmesh-store-copy-")
	if err != nil {
		return "", err
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		os.RemoveAll(tmp)
		return "", err
	}
	for _, e := range entries {
		if !e.Type().IsRegular() || e.Name() == "LOCK" {
			continue
		}
		if err := copyFile(filepath.Join(dir, e.Name()), filepath.Join(tmp, e.Name())); err != nil {
			os.RemoveAll(tmp)
			return "", err
		}
	}
	return tmp, nil
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
