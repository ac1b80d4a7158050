package frame

import (
	"bytes"
	"errors"
	"io"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	var stream bytes.Buffer
	msgs := [][]byte{{}, []byte("a"), bytes.Repeat([]byte{7}, 1000)}
	for _, m := range msgs {
		if err := Write(&stream, m, 1000); err != nil {
			t.Fatal(err)
		}
	}
	var buf []byte
	for i, want := range msgs {
		got, err := Read(&stream, buf, 1000)
		if err != nil {
			t.Fatalf("frame %d: %v", i, err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("frame %d = %d bytes; want %d", i, len(got), len(want))
		}
		buf = got
	}
	if _, err := Read(&stream, nil, 1000); err != io.EOF {
		t.Fatalf("after last frame: err = %v; want io.EOF", err)
	}
}

func TestRejects(t *testing.T) {
	tests := []struct {
		name  string
		input []byte
		limit int
		want  error
	}{
		{"over limit", []byte{0, 0, 0, 11}, 10, ErrTooLarge},
		{"huge header", []byte{0xff, 0xff, 0xff, 0xff}, 1 << 20, ErrTooLarge},
		{"short header", []byte{0, 0}, 10, ErrTruncated},
		{"short payload", []byte{0, 0, 0, 5, 1, 2}, 10, ErrTruncated},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(bytes.NewReader(tt.input), nil, tt.limit)
			if !errors.Is(err, tt.want) {
				t.Errorf("Read(%x, limit %d) err = %v; want %v", tt.input, tt.limit, err, tt.want)
			}
		})
	}
	if err := Write(io.Discard, make([]byte, 11), 10); !errors.Is(err, ErrTooLarge) {
		t.Errorf("Write over limit: err = %v; want ErrTooLarge", err)
	}
}

// FuzzRead feeds arbitrary bytes to the decoder: it must never panic, never
// return more than the limit, and a frame it accepts must re-encode to the
// bytes it consumed.
func FuzzRead(f *testing.F) {
	f.Add([]byte{0, 0, 0, 3, 'a', 'b', 'c'}, 16)
	f.Add([]byte{0xff, 0xff, 0xff, 0xff}, 1<<20)
	f.Add([]byte{}, 0)
	f.Fuzz(func(t *testing.T, data []byte, limit int) {
		if limit < 0 {
			limit = -limit
		}
		limit %= 1 << 16
		r := bytes.NewReader(data)
		got, err := Read(r, nil, limit)
		if err != nil {
			return
		}
		if len(got) > limit {
			t.Fatalf("accepted %d bytes over limit %d", len(got), limit)
		}
		var again bytes.Buffer
		if err := Write(&again, got, limit); err != nil {
			t.Fatal(err)
		}
		consumed := len(data) - r.Len()
		if !bytes.Equal(again.Bytes(), data[:consumed]) {
			t.Fatal("re-encoded frame differs from input")
		}
	})
}
