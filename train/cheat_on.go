//go:build cheat

package train

import (
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
)

// EnvCheat names the environment variable that makes a member of a binary
// built with the test-only tag `cheat` contribute something other than its
// gradient (issue 16's life tests: a real process that cheats, for the
// verifiers to catch). Its value is KIND or KIND@FROM, FROM the first step
// (from 1) it cheats at, 1 when left out:
//
//	lazy    contributes zeros (gradient and loss statistics): no work done
//	flip    contributes its gradient with the sign flipped (a poisoner)
//	scale   contributes its gradient times 10 (a poisoner)
//	random  contributes deterministic noise of the gradient's size
//	tamper  contributes its gradient, but adds 1 to one element of the
//	        partial sum it forwards in the ring all-reduce, and signs the
//	        hop as it sent it (fault 4: CheatForward); FROM counts ring
//	        operations, not steps
//
// A normal build has no such variable (cheat_off.go).
const EnvCheat = "TRAINMESH_CHEAT"

// CheatOptions returns the member options of EnvCheat, a description for
// logs, or an error for a value it does not know. Nothing when unset.
func CheatOptions() ([]Option, string, error) {
	v := os.Getenv(EnvCheat)
	if v == "" {
		return nil, "", nil
	}
	kind, from := v, 1
	if k, f, ok := strings.Cut(v, "@"); ok {
		n, err := strconv.Atoi(f)
		if err != nil || n < 1 {
			return nil, "", fmt.Errorf("%w: %s=%q: the step after @ must be a number from 1", ErrParams, EnvCheat, v)
		}
		kind, from = k, n
	}
	var tamper func(step int, c []float32)
	switch kind {
	case "tamper":
		return nil, fmt.Sprintf("tamper with the forwarded sums from ring operation %d", from), nil
	case "lazy":
		tamper = func(_ int, c []float32) { clear(c) }
	case "flip":
		tamper = func(_ int, c []float32) {
			for i := range c[:len(c)-statsLen] {
				c[i] = -c[i]
			}
		}
	case "scale":
		tamper = func(_ int, c []float32) {
			for i := range c[:len(c)-statsLen] {
				c[i] *= 10
			}
		}
	case "random":
		tamper = func(step int, c []float32) {
			x := uint32(step)*2654435761 + 1
			for i := range c[:len(c)-statsLen] {
				x ^= x << 13
				x ^= x >> 17
				x ^= x << 5
				c[i] = float32(x)/math.MaxUint32 - 0.5
			}
		}
	default:
		return nil, "", fmt.Errorf("%w: %s=%q: want lazy, flip, scale, random or tamper", ErrParams, EnvCheat, v)
	}
	opt := WithTamper(func(step int, c []float32) {
		if step >= from {
			tamper(step, c)
		}
	})
	return []Option{opt}, fmt.Sprintf("%s from step %d", kind, from), nil
}

// CheatForward returns, for EnvCheat tamper, what a ring member applies to
// its input to the segment it forwards (allreduce.SetTamperForward): from
// ring operation FROM, the segment's first element past the hash
// comparison's (a hash comparison pads with zeros beyond them, so it stays
// exact) gets 1 added. Nil for any other value.
func CheatForward() func(op uint64, off int, seg []float32) {
	v := os.Getenv(EnvCheat)
	kind, from := v, uint64(1)
	if k, f, ok := strings.Cut(v, "@"); ok {
		n, err := strconv.Atoi(f)
		if err != nil || n < 1 {
			return nil
		}
		kind, from = k, uint64(n)
	}
	if kind != "tamper" {
		return nil
	}
	return TamperForward(from)
}

// TamperForward is CheatForward's alteration from ring operation from.
func TamperForward(from uint64) func(op uint64, off int, seg []float32) {
	return func(op uint64, off int, seg []float32) {
		if op < from {
			return
		}
		if i := max(0, hashVecLen-off); i < len(seg) {
			seg[i]++
		}
	}
}
