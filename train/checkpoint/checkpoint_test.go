package checkpoint

import (
	"bufio"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func state(step uint64, n int) *State {
	s := &State{JobID: [32]byte{1, 2, 3}, ModelHash: [32]byte{9}, Step: step, Meta: []byte("meta")}
	p := make([]float32, n)
	for i := range p {
		p[i] = float32(i) * float32(step)
	}
	s.Tensors = []Tensor{{Name: "params", Data: p}, {Name: "opt.v", Data: make([]float32, n)}}
	return s
}

func TestSaveLoadLatest(t *testing.T) {
	dir := t.TempDir()
	for _, step := range []uint64{10, 20, 30} {
		if _, _, err := Save(dir, state(step, 100)); err != nil {
			t.Fatal(err)
		}
	}
	// Damage the newest: Latest skips it and returns step 20.
	matches, _ := filepath.Glob(filepath.Join(dir, "*-000000000030-*"))
	if len(matches) != 1 {
		t.Fatalf("step-30 files: %v", matches)
	}
	data, _ := os.ReadFile(matches[0])
	data[len(data)-1] ^= 1
	os.WriteFile(matches[0], data, 0o600)
	s, path, skipped, err := Latest(dir, [32]byte{1, 2, 3})
	if err != nil || s.Step != 20 || len(skipped) != 1 {
		t.Fatalf("Latest = step %v, %s, skipped %v, %v", s, path, skipped, err)
	}
	p, _ := s.Get("params")
	if p[3] != 60 || string(s.Meta) != "meta" {
		t.Fatalf("params[3] = %v", p[3])
	}
	if _, err := Load(matches[0]); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("Load(damaged) = %v, want ErrCorrupt", err)
	}
	if _, _, _, err := Latest(dir, [32]byte{7}); !errors.Is(err, ErrNone) {
		t.Fatalf("other job: %v, want ErrNone", err)
	}
}

// helperEnv makes the test binary a checkpoint writer that is killed
// mid-write (see TestKilledMidWrite).
const helperEnv = "TRAINMESH_CHECKPOINT_HELPER_DIR"

func TestMain(m *testing.M) {
	if dir := os.Getenv(helperEnv); dir != "" {
		if _, _, err := Save(dir, state(1, 1000)); err != nil {
			fmt.Println("error:", err)
			os.Exit(1)
		}
		testHookMidWrite = func() {
			fmt.Println("half-written")
			select {} // wait to be killed
		}
		Save(dir, state(2, 1<<20))
		fmt.Println("error: the second save finished")
		os.Exit(1)
	}
	os.Exit(m.Run())
}

// TestKilledMidWrite: a process writing its second checkpoint is killed
// (SIGKILL) with half of the file written; the first checkpoint is intact
// and is what Latest returns, and the leftover temporary file is ignored.
func TestKilledMidWrite(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), helperEnv+"="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(out).ReadString('\n')
	if strings.TrimSpace(line) != "half-written" {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("helper said %q", line)
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	entries, _ := os.ReadDir(dir)
	temps := 0
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), tempPrefix) {
			temps++
		}
	}
	if temps != 1 {
		t.Fatalf("want the killed write's temporary file left behind, dir has %v", entries)
	}
	s, _, _, err := Latest(dir, [32]byte{1, 2, 3})
	if err != nil || s.Step != 1 {
		t.Fatalf("Latest after the kill = %+v, %v; want the step-1 checkpoint", s, err)
	}
	if p, _ := s.Get("params"); len(p) != 1000 || p[999] != 999 {
		t.Fatal("step-1 checkpoint damaged")
	}
}

func FuzzDecode(f *testing.F) {
	var b strings.Builder
	encode(&b, state(5, 3))
	f.Add([]byte(b.String()))
	f.Add([]byte("TMCK\x01"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Decode(data)
		if err != nil {
			if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("error %v is not ErrCorrupt", err)
			}
			return
		}
		var out strings.Builder
		if err := encode(&out, s); err != nil || out.String() != string(data) {
			t.Fatalf("re-encoding differs: %v", err)
		}
	})
}

// TestHashIsSaveHash: Hash is the hash Save names the file by, and the
// sha256 of Encode's bytes, which Decode reads back.
func TestHashIsSaveHash(t *testing.T) {
	s := &State{Step: 3, Meta: []byte{1}, Tensors: []Tensor{{Name: "params", Data: make([]float32, 50000)}, {Name: "opt.m", Data: []float32{1, -2}}}}
	s.Tensors[0].Data[49999] = 7
	_, saved, err := Save(t.TempDir(), s)
	if err != nil {
		t.Fatal(err)
	}
	h, err := Hash(s)
	if err != nil || h != saved {
		t.Fatalf("Hash = %x, %v; Save's %x", h[:4], err, saved[:4])
	}
	b, err := Encode(s)
	if err != nil || sha256.Sum256(b) != h {
		t.Fatalf("Encode: %v, or its sha256 is not Hash", err)
	}
	back, err := Decode(b)
	if err != nil || back.Step != 3 || back.Tensors[0].Data[49999] != 7 {
		t.Fatalf("Decode(Encode(s)): %v", err)
	}
}
