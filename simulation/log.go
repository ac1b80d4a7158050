package simulation

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"io"
	"strconv"
)

// eventLog is the run's event log: one line per event handled, in the
// order handled. Every line goes into a SHA-256 (the report's LogSHA256,
// what the determinism test compares at scale) and, when the caller asks
// for it, to a writer. Lines are built with strconv appends into one
// reused buffer: a 10,000-peer run writes millions of them.
type eventLog struct {
	h     hash.Hash
	w     *bufio.Writer
	buf   []byte
	lines uint64
	err   error
}

func newEventLog(w io.Writer) *eventLog {
	l := &eventLog{h: sha256.New(), buf: make([]byte, 0, 256)}
	if w != nil {
		l.w = bufio.NewWriterSize(w, 1<<16)
	}
	return l
}

// begin starts a line: virtual time in µs, sequence number, event name.
func (l *eventLog) begin(at int64, seq uint64, name string) []byte {
	b := strconv.AppendInt(l.buf[:0], at, 10)
	b = append(b, ' ')
	b = strconv.AppendUint(b, seq, 10)
	b = append(b, ' ')
	return append(b, name...)
}

// int appends " key=v".
func logInt(b []byte, key string, v int64) []byte {
	b = append(b, ' ')
	b = append(b, key...)
	b = append(b, '=')
	return strconv.AppendInt(b, v, 10)
}

// logStr appends " key=s".
func logStr(b []byte, key, s string) []byte {
	b = append(b, ' ')
	b = append(b, key...)
	b = append(b, '=')
	return append(b, s...)
}

// logHex appends " key=" and the first 4 bytes of h in hex.
func logHex(b []byte, key string, h []byte) []byte {
	b = append(b, ' ')
	b = append(b, key...)
	b = append(b, '=')
	return hex.AppendEncode(b, h[:min(4, len(h))])
}

// end finishes a line.
func (l *eventLog) end(b []byte) {
	b = append(b, '\n')
	l.h.Write(b)
	if l.w != nil && l.err == nil {
		_, l.err = l.w.Write(b)
	}
	l.buf = b[:0]
	l.lines++
}

// finish flushes the writer and returns the hash and the first write error.
func (l *eventLog) finish() (string, error) {
	if l.w != nil && l.err == nil {
		l.err = l.w.Flush()
	}
	return hex.EncodeToString(l.h.Sum(nil)), l.err
}
