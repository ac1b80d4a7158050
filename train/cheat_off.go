//go:build !cheat

package train

// CheatOptions returns nothing in a normal build: only a binary built with
// the test-only build tag `cheat` can make a member cheat (cheat_on.go).
func CheatOptions() ([]Option, string, error) { return nil, "", nil }

// CheatForward returns nothing in a normal build (cheat_on.go).
func CheatForward() func(op uint64, off int, seg []float32) { return nil }
