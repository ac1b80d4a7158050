package scenario

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// Duration is a length of virtual time, written as Go writes durations
// ("250ms", "10s", "20m", "1h30m").
type Duration time.Duration

// Std returns d as a time.Duration.
func (d Duration) Std() time.Duration { return time.Duration(d) }

// Micros returns d in microseconds, the engine's unit of virtual time.
func (d Duration) Micros() int64 { return time.Duration(d).Microseconds() }

// UnmarshalYAML reads a duration string.
func (d *Duration) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("line %d: want a duration such as \"10s\"", n.Line)
	}
	v, err := time.ParseDuration(n.Value)
	if err != nil {
		return fmt.Errorf("line %d: %q is not a duration (e.g. \"10s\", \"5m\")", n.Line, n.Value)
	}
	*d = Duration(v)
	return nil
}

// MarshalYAML writes the duration string.
func (d Duration) MarshalYAML() (any, error) { return time.Duration(d).String(), nil }

// MarshalText writes the duration string (JSON reports).
func (d Duration) MarshalText() ([]byte, error) { return []byte(time.Duration(d).String()), nil }

// Bytes is a size in bytes, written as "24GiB", "512MiB", "16GB" or a
// plain number.
type Bytes uint64

// UnmarshalYAML reads a size.
func (b *Bytes) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("line %d: want a size such as \"24GiB\"", n.Line)
	}
	v, err := parseScaled(n.Value, []unit{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}, {"GB", 1e9}, {"MB", 1e6}, {"KB", 1e3}, {"B", 1}})
	if err != nil {
		return fmt.Errorf("line %d: %q is not a size (e.g. \"24GiB\"): %v", n.Line, n.Value, err)
	}
	*b = Bytes(v)
	return nil
}

// MarshalYAML writes the size in bytes.
func (b Bytes) MarshalYAML() (any, error) { return uint64(b), nil }

// Bitrate is a link's bandwidth in bytes per second, written as
// "100Mbit", "1Gbit", "500kbit" or "12.5MB/s".
type Bitrate uint64

// UnmarshalYAML reads a bandwidth.
func (r *Bitrate) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("line %d: want a bandwidth such as \"100Mbit\"", n.Line)
	}
	v, err := parseScaled(n.Value, []unit{{"Gbit", 1e9 / 8}, {"Mbit", 1e6 / 8}, {"kbit", 1e3 / 8}, {"GB/s", 1e9}, {"MB/s", 1e6}, {"kB/s", 1e3}, {"B/s", 1}})
	if err != nil {
		return fmt.Errorf("line %d: %q is not a bandwidth (e.g. \"100Mbit\", \"12.5MB/s\"): %v", n.Line, n.Value, err)
	}
	*r = Bitrate(v)
	return nil
}

// MarshalYAML writes the bandwidth in bytes per second.
func (r Bitrate) MarshalYAML() (any, error) { return fmt.Sprintf("%dB/s", uint64(r)), nil }

type unit struct {
	suffix string
	mult   float64
}

// parseScaled reads a non-negative number with one of units' suffixes
// (or none) and returns it in the base unit, rounded down.
func parseScaled(s string, units []unit) (uint64, error) {
	s = strings.TrimSpace(s)
	mult := 1.0
	for _, u := range units {
		if strings.HasSuffix(s, u.suffix) {
			s, mult = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), u.mult
			break
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	switch {
	case err != nil:
		return 0, err
	case math.IsNaN(v) || v < 0:
		return 0, fmt.Errorf("negative")
	case v*mult >= 1<<62:
		return 0, fmt.Errorf("too large")
	}
	return uint64(v * mult), nil
}

// Amount is a non-negative whole number of stablecoin base units (a
// uint256 on-chain), written as a YAML integer or a string of digits.
type Amount struct{ v *big.Int }

// NewAmount returns the amount v.
func NewAmount(v int64) Amount { return Amount{big.NewInt(v)} }

// Int returns a copy of the amount (0 when unset).
func (a Amount) Int() *big.Int {
	if a.v == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(a.v)
}

// IsSet reports whether the amount was given.
func (a Amount) IsSet() bool { return a.v != nil }

// UnmarshalYAML reads an amount.
func (a *Amount) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("line %d: want a whole number of base units", n.Line)
	}
	v, ok := new(big.Int).SetString(strings.ReplaceAll(strings.TrimSpace(n.Value), "_", ""), 10)
	if !ok || v.Sign() < 0 || v.BitLen() > 256 {
		return fmt.Errorf("line %d: %q is not a whole number of base units", n.Line, n.Value)
	}
	a.v = v
	return nil
}

// MarshalYAML writes the amount as a string of digits.
func (a Amount) MarshalYAML() (any, error) { return a.Int().String(), nil }

// MarshalText writes the amount as digits (JSON reports).
func (a Amount) MarshalText() ([]byte, error) { return []byte(a.Int().String()), nil }
