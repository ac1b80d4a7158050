// Package checkpoint writes and reads training checkpoints: content-hashed
// files in a member's data dir, named by their step and sha256, written
// atomically (a temporary file, fsync, rename, fsync of the directory), so
// that a process killed mid-write leaves the previous checkpoint intact
// and a damaged file is detected and skipped. It imports only the
// standard library.
package checkpoint

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
)

// Errors of package checkpoint.
var (
	// ErrCorrupt: a checkpoint whose bytes do not match its name's hash,
	// or do not parse.
	ErrCorrupt = errors.New("checkpoint: corrupt file")
	// ErrNone: no valid checkpoint of this job is in the directory.
	ErrNone = errors.New("checkpoint: none found")
)

// Bounds, checked before allocating: a checkpoint is read back from disk
// that another process may have written.
const (
	tensorsMax       = 64
	nameBytesMax     = 64
	tensorElemsMax   = 1 << 31
	fileMagic        = "TMCK"
	fileVersion      = 1
	metaBytesMax     = 1 << 16
	suffix           = ".tmck"
	tempPrefix       = ".tmp-"
	writeBufferBytes = 1 << 20 // one write per MiB of tensors
)

// State is what a checkpoint holds: enough to resume a member bit for bit.
type State struct {
	JobID     [32]byte
	ModelHash [32]byte
	// Step is the number of steps done.
	Step uint64
	// Meta is small opaque data of the caller (optimizer step count,
	// group size), at most 64 KiB.
	Meta []byte
	// Tensors by name: parameters, optimizer state.
	Tensors []Tensor
}

// Tensor is one named float32 vector.
type Tensor struct {
	Name string
	Data []float32
}

// Get returns the tensor named name.
func (s *State) Get(name string) ([]float32, bool) {
	for _, t := range s.Tensors {
		if t.Name == name {
			return t.Data, true
		}
	}
	return nil, false
}

func encode(w io.Writer, s *State) error {
	return encodeBuffered(w, s, writeBufferBytes)
}

// encodeBuffered writes s's encoding to w through a buffer of size bytes,
// staging each tensor's floats in it (one Write per buffer, not per
// float: a member hashes its state at every step).
func encodeBuffered(w io.Writer, s *State, size int) error {
	bw := bufio.NewWriterSize(w, size)
	bw.WriteString(fileMagic)
	bw.WriteByte(fileVersion)
	bw.Write(s.JobID[:])
	bw.Write(s.ModelHash[:])
	binary.Write(bw, binary.BigEndian, s.Step)
	binary.Write(bw, binary.BigEndian, uint32(len(s.Meta)))
	bw.Write(s.Meta)
	binary.Write(bw, binary.BigEndian, uint32(len(s.Tensors)))
	stage := make([]byte, 0, 16<<10)
	for _, t := range s.Tensors {
		bw.WriteByte(byte(len(t.Name)))
		bw.WriteString(t.Name)
		binary.Write(bw, binary.BigEndian, uint64(len(t.Data)))
		for _, v := range t.Data {
			stage = binary.LittleEndian.AppendUint32(stage, math.Float32bits(v))
			if len(stage) == cap(stage) {
				if _, err := bw.Write(stage); err != nil {
					return err
				}
				stage = stage[:0]
			}
		}
		if _, err := bw.Write(stage); err != nil {
			return err
		}
		stage = stage[:0]
	}
	return bw.Flush()
}

// Encode returns the state's checkpoint encoding: the bytes Save writes
// and Decode reads, which a member serves as a blob (keyed by Hash) to a
// verifier recomputing one of its steps.
func Encode(s *State) ([]byte, error) {
	if err := s.validate(); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := encode(&buf, s); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Hash is sha256 of the state's encoding: the hash Save names its file
// by, and what a training member commits to as its state before a step
// (train/commit's Leaf.State). It streams the encoding into the hash
// without holding it.
func Hash(s *State) ([32]byte, error) {
	var sum [32]byte
	if err := s.validate(); err != nil {
		return sum, err
	}
	h := sha256.New()
	if err := encodeBuffered(hashWriter{h}, s, 64<<10); err != nil {
		return sum, err
	}
	h.Sum(sum[:0])
	return sum, nil
}

// hashWriter hides the hash's other methods from bufio (a plain Writer
// gets the buffered path: one hash Write per buffer).
type hashWriter struct{ w io.Writer }

func (h hashWriter) Write(b []byte) (int, error) { return h.w.Write(b) }

func (s *State) validate() error {
	if len(s.Meta) > metaBytesMax || len(s.Tensors) > tensorsMax {
		return fmt.Errorf("checkpoint: %d bytes of meta, %d tensors: too many", len(s.Meta), len(s.Tensors))
	}
	for _, t := range s.Tensors {
		if len(t.Name) == 0 || len(t.Name) > nameBytesMax || len(t.Data) > tensorElemsMax {
			return fmt.Errorf("checkpoint: tensor %q of %d elements", t.Name, len(t.Data))
		}
	}
	return nil
}

// Decode parses a checkpoint's bytes.
func Decode(data []byte) (*State, error) {
	r := bytes.NewReader(data)
	fail := func(what string) (*State, error) { return nil, fmt.Errorf("%w: %s", ErrCorrupt, what) }
	head := make([]byte, 4+1+32+32+8+4)
	if _, err := io.ReadFull(r, head); err != nil {
		return fail("truncated header")
	}
	if string(head[:4]) != fileMagic || head[4] != fileVersion {
		return fail("not a version-1 trainmesh checkpoint")
	}
	s := &State{}
	copy(s.JobID[:], head[5:37])
	copy(s.ModelHash[:], head[37:69])
	s.Step = binary.BigEndian.Uint64(head[69:77])
	nm := binary.BigEndian.Uint32(head[77:81])
	if nm > metaBytesMax || int(nm) > r.Len() {
		return fail("meta length")
	}
	s.Meta = make([]byte, nm)
	io.ReadFull(r, s.Meta)
	var nt uint32
	if binary.Read(r, binary.BigEndian, &nt) != nil || nt > tensorsMax {
		return fail("tensor count")
	}
	for i := uint32(0); i < nt; i++ {
		ln, err := r.ReadByte()
		if err != nil || ln == 0 || int(ln) > r.Len() {
			return fail("tensor name")
		}
		name := make([]byte, ln)
		io.ReadFull(r, name)
		var n uint64
		if binary.Read(r, binary.BigEndian, &n) != nil || n > tensorElemsMax || n*4 > uint64(r.Len()) {
			return fail("tensor length")
		}
		raw := make([]byte, n*4)
		io.ReadFull(r, raw)
		t := Tensor{Name: string(name), Data: make([]float32, n)}
		for j := range t.Data {
			t.Data[j] = math.Float32frombits(binary.LittleEndian.Uint32(raw[4*j:]))
		}
		s.Tensors = append(s.Tensors, t)
	}
	if r.Len() != 0 {
		return fail("trailing bytes")
	}
	return s, nil
}

// testHookMidWrite, when set (by tests), runs after half of a checkpoint's
// bytes are in the temporary file, before the rest is written.
var testHookMidWrite func()

// Save writes s into dir as ckpt-<job>-<step>-<sha256>.tmck and returns
// its path and hash. The file appears whole or not at all.
func Save(dir string, s *State) (string, [32]byte, error) {
	var sum [32]byte
	if err := s.validate(); err != nil {
		return "", sum, err
	}
	var buf bytes.Buffer
	if err := encode(&buf, s); err != nil {
		return "", sum, err
	}
	data := buf.Bytes()
	sum = sha256.Sum256(data)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", sum, err
	}
	f, err := os.CreateTemp(dir, tempPrefix+"*")
	if err != nil {
		return "", sum, err
	}
	tmp := f.Name()
	ok := false
	defer func() {
		if !ok {
			f.Close()
			os.Remove(tmp)
		}
	}()
	half := len(data) / 2
	if _, err := f.Write(data[:half]); err != nil {
		return "", sum, err
	}
	if testHookMidWrite != nil {
		testHookMidWrite()
	}
	if _, err := f.Write(data[half:]); err != nil {
		return "", sum, err
	}
	if err := f.Sync(); err != nil {
		return "", sum, err
	}
	if err := f.Close(); err != nil {
		return "", sum, err
	}
	path := filepath.Join(dir, fileName(s.JobID, s.Step, sum))
	if err := os.Rename(tmp, path); err != nil {
		return "", sum, err
	}
	ok = true
	// The rename is durable only once the directory entry is on disk.
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return path, sum, nil
}

func fileName(job [32]byte, step uint64, sum [32]byte) string {
	return fmt.Sprintf("ckpt-%x-%012d-%x%s", job[:4], step, sum[:], suffix)
}

var namePattern = regexp.MustCompile(`^ckpt-([0-9a-f]{8})-([0-9]{12})-([0-9a-f]{64})\.tmck$`)

// Load reads a checkpoint file and checks its bytes against the hash in
// its name.
func Load(path string) (*State, error) {
	m := namePattern.FindStringSubmatch(filepath.Base(path))
	if m == nil {
		return nil, fmt.Errorf("%w: %s is not a checkpoint file name", ErrCorrupt, path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	want, _ := hex.DecodeString(m[3])
	if got := sha256.Sum256(data); !bytes.Equal(got[:], want) {
		return nil, fmt.Errorf("%w: %s does not hash to its name", ErrCorrupt, filepath.Base(path))
	}
	return Decode(data)
}

// Latest returns the valid checkpoint of job with the highest step in
// dir, skipping files that fail their hash (and leftover temporary files
// of an interrupted Save). Skipped files are returned for the caller to
// report.
func Latest(dir string, job [32]byte) (*State, string, []string, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, "", nil, ErrNone
	}
	if err != nil {
		return nil, "", nil, err
	}
	prefix := fmt.Sprintf("%x", job[:4])
	type cand struct {
		step uint64
		name string
	}
	var cs []cand
	for _, e := range entries {
		m := namePattern.FindStringSubmatch(e.Name())
		if m == nil || m[1] != prefix {
			continue
		}
		step, _ := strconv.ParseUint(m[2], 10, 64)
		cs = append(cs, cand{step, e.Name()})
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].step > cs[j].step })
	var skipped []string
	for _, c := range cs {
		path := filepath.Join(dir, c.name)
		s, err := Load(path)
		if err != nil || s.JobID != job {
			skipped = append(skipped, path)
			continue
		}
		return s, path, skipped, nil
	}
	return nil, "", skipped, ErrNone
}
