package store

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"

	"github.com/trainmesh/trainmesh/reputation/score"
)

// The key schema, version 1. Every key starts with "v1/" so that a later
// schema can live beside this one while a migration runs; the schema in use
// is recorded under keySchema. Integers in keys are big-endian so that
// Badger's byte order is numeric order.
//
//	v1/m/schema                      "1"
//	v1/m/seq                         uint64: last sequence number given out
//	v1/m/self                        20 bytes: the node that owns the store
//	v1/o/<peer 20><seq 8>            an observation (encodeObservation)
//	v1/l/<seq 8>                     log index: peer 20, at_ms 8, kind 1
//	v1/a/<peer 20>                   the peer's score.Aggregate (JSON)
//	v1/c/<subject 20><voucher 20>    a reporter's opinion, score.Cell (JSON)
//	v1/t/<voucher 20>                a reporter's total claims, score.Evidence (JSON)
//	v1/h/<peer 20><bucket ms 8>      score history point (JSON)
//	v1/j/<job 32>                    a job's aggregate (JSON)
//
// Observations (o/ and l/) are append-only: written once under a new
// sequence number, never changed, deleted only by Prune once older than the
// retention. Everything else is derived state kept up to date in the same
// transaction as the observation that changes it.
const schemaVersion = "1"

var (
	keySchema    = []byte("v1/m/schema")
	keySeq       = []byte("v1/m/seq")
	keySelf      = []byte("v1/m/self")
	prefixObs    = []byte("v1/o/")
	prefixLog    = []byte("v1/l/")
	prefixAgg    = []byte("v1/a/")
	prefixCell   = []byte("v1/c/")
	prefixClaim  = []byte("v1/t/")
	prefixHist   = []byte("v1/h/")
	prefixJob    = []byte("v1/j/")
	prefixSchema = []byte("v1/")
)

func key(prefix []byte, parts ...[]byte) []byte {
	n := len(prefix)
	for _, p := range parts {
		n += len(p)
	}
	k := make([]byte, 0, n)
	k = append(k, prefix...)
	for _, p := range parts {
		k = append(k, p...)
	}
	return k
}

func be64(x uint64) []byte { return binary.BigEndian.AppendUint64(nil, x) }

func obsKey(peer score.Address, seq uint64) []byte { return key(prefixObs, peer[:], be64(seq)) }
func logKey(seq uint64) []byte                     { return key(prefixLog, be64(seq)) }
func aggKey(peer score.Address) []byte             { return key(prefixAgg, peer[:]) }
func cellKey(subject, voucher score.Address) []byte {
	return key(prefixCell, subject[:], voucher[:])
}
func claimKey(voucher score.Address) []byte { return key(prefixClaim, voucher[:]) }
func histKey(peer score.Address, bucketMs uint64) []byte {
	return key(prefixHist, peer[:], be64(bucketMs))
}
func jobKey(job [32]byte) []byte { return key(prefixJob, job[:]) }

// logEntry is the value under a log key: enough to prune and list without
// reading the observation.
type logEntry struct {
	Peer score.Address
	AtMs uint64
	Kind score.Kind
}

const logEntryLen = 20 + 8 + 1

func (e logEntry) encode() []byte {
	b := make([]byte, 0, logEntryLen)
	b = append(b, e.Peer[:]...)
	b = binary.BigEndian.AppendUint64(b, e.AtMs)
	return append(b, byte(e.Kind))
}

func decodeLogEntry(b []byte) (logEntry, error) {
	var e logEntry
	if len(b) != logEntryLen {
		return e, fmt.Errorf("%w: log entry of %d bytes", ErrCorrupt, len(b))
	}
	copy(e.Peer[:], b)
	e.AtMs = binary.BigEndian.Uint64(b[20:])
	e.Kind = score.Kind(b[28])
	return e, nil
}

// Observation encoding, version 1:
//
//	version 1 | kind 1 | peer 20 | by 20 | at_ms 8 | job 32 | step 8 |
//	latency_ms 4 | fault 1 | pos 8 (float64 bits) | neg 8 |
//	amount_len 1 | amount (big-endian, ≤ 32) | note_len 1 | note (≤ 128)
//
// Version 2 is version 1 followed by claimed 8 | delivered 8 (a Throughput
// observation's whole GFLOP/s); version 3 is the same in MFLOP/s (whole
// GFLOP/s read 2 for a CPU delivering 1.6). Throughput observations are
// written as version 3 and the rest still as version 1; a version 2 record
// of a store written before reads back as 1000 times as many MFLOP/s, so
// stores of every version read back unchanged in meaning.
//
// A fixed binary layout rather than JSON: observations are the bulk of the
// store, and this is about a third of JSON's size and ten times as fast.
const (
	obsVersion  = 1
	obsVersion2 = 2
	obsVersion3 = 3
	obsFixedLen = 1 + 1 + 20 + 20 + 8 + 32 + 8 + 4 + 1 + 8 + 8
	obsV2Tail   = 8 + 8
	obsLenMax   = obsFixedLen + 1 + score.AmountBytesMax + 1 + score.NoteBytesMax
	obsLenMaxV2 = obsLenMax + obsV2Tail
)

// EncodeObservation returns the stored form of o, which must be valid.
func EncodeObservation(o *score.Observation) []byte {
	var amount []byte
	if o.Amount != nil {
		amount = o.Amount.Bytes()
	}
	v3 := o.ClaimedMFLOPs != 0 || o.DeliveredMFLOPs != 0
	version := byte(obsVersion)
	if v3 {
		version = obsVersion3
	}
	b := make([]byte, 0, obsFixedLen+2+len(amount)+len(o.Note)+obsV2Tail)
	b = append(b, version, byte(o.Kind))
	b = append(b, o.Peer[:]...)
	b = append(b, o.By[:]...)
	b = binary.BigEndian.AppendUint64(b, o.AtMs)
	b = append(b, o.Job[:]...)
	b = binary.BigEndian.AppendUint64(b, o.Step)
	b = binary.BigEndian.AppendUint32(b, o.LatencyMs)
	b = append(b, o.Fault)
	b = binary.BigEndian.AppendUint64(b, math.Float64bits(o.Pos))
	b = binary.BigEndian.AppendUint64(b, math.Float64bits(o.Neg))
	b = append(b, byte(len(amount)))
	b = append(b, amount...)
	b = append(b, byte(len(o.Note)))
	b = append(b, o.Note...)
	if v3 {
		b = binary.BigEndian.AppendUint64(b, o.ClaimedMFLOPs)
		b = binary.BigEndian.AppendUint64(b, o.DeliveredMFLOPs)
	}
	return b
}

// DecodeObservation parses a stored observation and validates it. Any
// malformed input gives an error wrapping ErrCorrupt, never a panic.
func DecodeObservation(b []byte) (score.Observation, error) {
	var o score.Observation
	if len(b) < obsFixedLen+2 || len(b) > obsLenMaxV2 {
		return o, fmt.Errorf("%w: observation of %d bytes", ErrCorrupt, len(b))
	}
	switch b[0] {
	case obsVersion:
		if len(b) > obsLenMax {
			return o, fmt.Errorf("%w: observation of %d bytes", ErrCorrupt, len(b))
		}
	case obsVersion2, obsVersion3:
		if len(b) < obsFixedLen+2+obsV2Tail {
			return o, fmt.Errorf("%w: observation of %d bytes", ErrCorrupt, len(b))
		}
		tail := b[len(b)-obsV2Tail:]
		o.ClaimedMFLOPs = binary.BigEndian.Uint64(tail)
		o.DeliveredMFLOPs = binary.BigEndian.Uint64(tail[8:])
		if o.ClaimedMFLOPs == 0 && o.DeliveredMFLOPs == 0 {
			return o, fmt.Errorf("%w: version %d observation without throughput", ErrCorrupt, b[0])
		}
		if b[0] == obsVersion2 { // whole GFLOP/s
			o.ClaimedMFLOPs, o.DeliveredMFLOPs = score.GFLOPsToMFLOPs(o.ClaimedMFLOPs), score.GFLOPsToMFLOPs(o.DeliveredMFLOPs)
		}
		b = b[:len(b)-obsV2Tail]
	default:
		return o, fmt.Errorf("%w: observation encoding version %d", ErrCorrupt, b[0])
	}
	o.Kind = score.Kind(b[1])
	p := b[2:]
	copy(o.Peer[:], p)
	copy(o.By[:], p[20:])
	p = p[40:]
	o.AtMs = binary.BigEndian.Uint64(p)
	copy(o.Job[:], p[8:])
	p = p[40:]
	o.Step = binary.BigEndian.Uint64(p)
	o.LatencyMs = binary.BigEndian.Uint32(p[8:])
	o.Fault = p[12]
	o.Pos = math.Float64frombits(binary.BigEndian.Uint64(p[13:]))
	o.Neg = math.Float64frombits(binary.BigEndian.Uint64(p[21:]))
	p = p[29:]
	n := int(p[0])
	if n > score.AmountBytesMax || len(p) < 1+n+1 {
		return o, fmt.Errorf("%w: observation amount of %d bytes", ErrCorrupt, n)
	}
	if n > 0 {
		o.Amount = new(big.Int).SetBytes(p[1 : 1+n])
	}
	p = p[1+n:]
	n = int(p[0])
	if len(p) != 1+n {
		return o, fmt.Errorf("%w: observation note of %d bytes in %d", ErrCorrupt, n, len(p)-1)
	}
	o.Note = string(p[1:])
	if err := o.Validate(); err != nil {
		return o, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	return o, nil
}
