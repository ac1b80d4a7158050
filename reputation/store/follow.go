package store

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// DirName is the folder of a node's data dir that holds its store; the
// snapshot is published beside it as DirName + SnapshotSuffix.
const DirName = "reputation"

// Source says where a follower's current copy came from.
type Source string

// Sources.
const (
	// SourceSnapshot: the snapshot a running node published.
	SourceSnapshot Source = "snapshot"
	// SourceStore: the store of a stopped node, copied read-only.
	SourceStore Source = "store"
	// SourceLive: the store of this process (a node serving its own
	// dashboard).
	SourceLive Source = "live"
)

// Loaded describes a follower's current copy.
type Loaded struct {
	Source Source `json:"source"`
	// Path is the file or folder it was read from.
	Path string `json:"path"`
	// LoadedMs is when it was loaded, Unix ms (this process's clock).
	LoadedMs uint64 `json:"loaded_ms"`
	// TakenMs is when a snapshot was taken (its writer's clock); 0 otherwise.
	TakenMs uint64 `json:"taken_ms,omitempty"`
	// Seq is the last observation's sequence number in the copy.
	Seq uint64 `json:"seq"`
}

// Follower keeps an up-to-date read-only copy of a store that another
// process may be writing: the snapshot its node publishes while the node
// runs, the store itself (copied through a read-only open) once it has
// stopped. It never opens the files of a store whose writer is alive.
type Follower struct {
	storeDir, snapPath string
	opts               Options

	mu      sync.RWMutex // mu guards the following; readers hold it while they use cur
	cur     *Store
	loaded  Loaded
	version string // what cur was loaded from: file identity and mtime
}

// ResolveStore maps what a user passes to `trainmesh dash --store` to a
// store folder: a node's data dir (holding DirName), a store folder, or a
// snapshot file.
func ResolveStore(path string) (storeDir string, err error) {
	path = filepath.Clean(path)
	if st, err := os.Stat(path); err == nil && !st.IsDir() && strings.HasSuffix(path, SnapshotSuffix) {
		return strings.TrimSuffix(path, SnapshotSuffix), nil
	}
	if dir := filepath.Join(path, DirName); exists(dir) || exists(SnapshotPath(dir)) {
		return dir, nil // a node's data dir
	}
	if exists(filepath.Join(path, "MANIFEST")) || exists(SnapshotPath(path)) {
		return path, nil // a store folder
	}
	return "", fmt.Errorf("store: no reputation store at %s (give a node's data dir, its %s folder, or a %s file)", path, DirName, SnapshotSuffix)
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// NewFollower follows the store in storeDir (see ResolveStore). Call
// Refresh to load it.
func NewFollower(storeDir string, opts Options) (*Follower, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	return &Follower{storeDir: storeDir, snapPath: SnapshotPath(storeDir), opts: opts}, nil
}

// StoreDir returns the followed store's folder.
func (f *Follower) StoreDir() string { return f.storeDir }

// Acquire returns the current copy for reading; call release when done
// (promptly: a refresh waits for readers). It returns nil before the first
// successful Refresh.
func (f *Follower) Acquire() (s *Store, l Loaded, release func()) {
	f.mu.RLock()
	return f.cur, f.loaded, f.mu.RUnlock
}

// Refresh loads a newer copy if there is one and reports whether it did.
// Errors leave the previous copy in place.
func (f *Follower) Refresh() (bool, error) {
	active, err := writerActive(f.storeDir)
	if err != nil {
		return false, err
	}
	storeExists := exists(filepath.Join(f.storeDir, "MANIFEST"))
	if active || !storeExists {
		return f.refreshSnapshot(active)
	}
	version, err := dirVersion(f.storeDir)
	if err != nil {
		return false, err
	}
	if f.currentVersion() == version {
		return false, nil
	}
	s, err := OpenCopy(f.storeDir, f.opts)
	if errors.Is(err, ErrLocked) {
		// A node has just started on it; its snapshot follows shortly.
		return f.refreshSnapshot(true)
	} else if err != nil {
		return false, err
	}
	f.swap(s, Loaded{Source: SourceStore, Path: f.storeDir, LoadedMs: uint64(f.opts.Now().UnixMilli()), Seq: s.Seq()}, version)
	return true, nil
}

func (f *Follower) refreshSnapshot(active bool) (bool, error) {
	st, err := os.Stat(f.snapPath)
	if errors.Is(err, fs.ErrNotExist) {
		if active {
			return false, fmt.Errorf("store: %s is in use by a running node that has published no snapshot yet at %s (wait a snapshot interval)", f.storeDir, f.snapPath)
		}
		return false, fmt.Errorf("store: no reputation store or snapshot at %s", f.storeDir)
	} else if err != nil {
		return false, err
	}
	version := fmt.Sprintf("snapshot %d %d", st.ModTime().UnixNano(), st.Size())
	if f.currentVersion() == version {
		return false, nil
	}
	s, meta, err := LoadSnapshot(f.snapPath, f.opts)
	if err != nil {
		return false, err
	}
	f.swap(s, Loaded{Source: SourceSnapshot, Path: f.snapPath, LoadedMs: uint64(f.opts.Now().UnixMilli()), TakenMs: meta.TakenMs, Seq: s.Seq()}, version)
	return true, nil
}

func (f *Follower) currentVersion() string {
	f.mu.RLock()
	defer f.mu.RUnlock()
	return f.version
}

func (f *Follower) swap(s *Store, l Loaded, version string) {
	f.mu.Lock()
	old := f.cur
	f.cur, f.loaded, f.version = s, l, version
	f.mu.Unlock()
	if old != nil {
		old.Close()
	}
}

// dirVersion identifies the state of a stopped store's files: it changes
// whenever a node has written to it since.
func dirVersion(dir string) (string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", err
	}
	var latest int64
	var total int64
	for _, e := range entries {
		info, err := e.Info()
		if err != nil {
			continue // removed while listing
		}
		latest = max(latest, info.ModTime().UnixNano())
		total += info.Size()
	}
	return fmt.Sprintf("store %d %d %d", len(entries), latest, total), nil
}

// Run refreshes every interval until ctx ends, reporting each load, and
// each new error once, to report (which may be nil). It closes the current copy when it returns.
func (f *Follower) Run(ctx context.Context, interval time.Duration, report func(Loaded, error)) {
	tick := time.NewTicker(interval)
	defer tick.Stop()
	lastErr := "" // report a failure once, not at every tick
	for {
		select {
		case <-ctx.Done():
			f.Close()
			return
		case <-tick.C:
			changed, err := f.Refresh()
			if err != nil && err.Error() == lastErr {
				continue
			}
			lastErr = ""
			if err != nil {
				lastErr = err.Error()
			}
			if report != nil && (changed || err != nil) {
				_, l, release := f.Acquire()
				release()
				report(l, err)
			}
		}
	}
}

// Close closes the current copy.
func (f *Follower) Close() {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.cur != nil {
		f.cur.Close()
		f.cur = nil
		f.version = ""
	}
}
