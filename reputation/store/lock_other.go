//go:build !unix

package store

import (
	"os"
	"path/filepath"
	"strings"
)

// writerActive guesses from Badger's LOCK file, which its writer removes on
// a clean close; without flock a crashed writer's file reads as active, and
// the follower then serves the snapshot, which is safe.
func writerActive(dir string) (bool, error) {
	_, err := os.Stat(filepath.Join(dir, "LOCK"))
	return err == nil, nil
}

func isLockErr(err error) bool {
	return strings.Contains(err.Error(), "Cannot acquire directory lock")
}
