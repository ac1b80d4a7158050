//go:build unix

package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/sys/unix"
)

// writerActive reports whether a process holds Badger's exclusive lock on
// the store in dir. It takes (and drops at once) a shared flock on Badger's
// LOCK file, the same lock Badger's own read-only open would take, and
// touches none of the store's data files.
func writerActive(dir string) (bool, error) {
	f, err := os.Open(filepath.Join(dir, "LOCK"))
	if errors.Is(err, os.ErrNotExist) {
		return false, nil // Badger removes LOCK when its writer closes
	} else if err != nil {
		return false, err
	}
	defer f.Close()
	switch err := unix.Flock(int(f.Fd()), unix.LOCK_SH|unix.LOCK_NB); {
	case errors.Is(err, unix.EWOULDBLOCK):
		return true, nil
	case err != nil:
		return false, err
	}
	return false, unix.Flock(int(f.Fd()), unix.LOCK_UN)
}

func isLockErr(err error) bool {
	return errors.Is(err, unix.EWOULDBLOCK) || strings.Contains(err.Error(), "Cannot acquire directory lock")
}
