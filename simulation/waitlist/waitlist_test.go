package waitlist

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestWaitSeesEarlierAndLaterItems(t *testing.T) {
	var l List[int]
	l.Add(1)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if v, err := l.Wait(ctx, nil, func(v int) bool { return v == 1 }); err != nil || v != 1 {
		t.Fatalf("Wait for an item already there = %d, %v", v, err)
	}
	got := make(chan int)
	go func() {
		v, err := l.Wait(ctx, nil, func(v int) bool { return v > 2 })
		if err != nil {
			v = -1
		}
		got <- v
	}()
	for i := 2; i <= 4; i++ {
		l.Add(i)
	}
	if v := <-got; v != 3 {
		t.Fatalf("Wait = %d; want the first match, 3", v)
	}
	if all := l.All(func(v int) bool { return v%2 == 0 }); len(all) != 2 || all[0] != 2 || all[1] != 4 {
		t.Fatalf("All(even) = %v; want [2 4]", all)
	}
	if _, ok := l.Find(func(v int) bool { return v > 4 }); ok {
		t.Fatal("Find matched an item never added")
	}
}

func TestWaitEnds(t *testing.T) {
	var l List[string]
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := l.Wait(ctx, nil, func(string) bool { return true }); !errors.Is(err, context.Canceled) {
		t.Fatalf("Wait on an ended context = %v; want context.Canceled", err)
	}
	stop := make(chan struct{})
	close(stop)
	if _, err := l.Wait(context.Background(), stop, func(string) bool { return true }); !errors.Is(err, ErrStopped) {
		t.Fatalf("Wait after stop = %v; want ErrStopped", err)
	}
	// What was added before stop closed is still found.
	l.Add("last words")
	if v, err := l.Wait(context.Background(), stop, func(s string) bool { return s == "last words" }); err != nil || v != "last words" {
		t.Fatalf("Wait for an item added before stop = %q, %v", v, err)
	}
}

func TestScanJSON(t *testing.T) {
	var lines []map[string]any
	var texts []string
	in := `{"msg":"started","n":1}` + "\nnot json\n" + `[1,2]` + "\n"
	if err := ScanJSON(strings.NewReader(in), func(l map[string]any, s string) {
		lines, texts = append(lines, l), append(texts, s)
	}); err != nil {
		t.Fatal(err)
	}
	if len(lines) != 3 || lines[0]["msg"] != "started" || lines[0]["n"] != 1.0 {
		t.Fatalf("lines = %v", lines)
	}
	if lines[1]["msg"] != "(not json) not json" || lines[2]["msg"] != "(not json) [1,2]" || texts[1] != "not json" {
		t.Fatalf("a line that is not a JSON object: %v %q", lines[1:], texts)
	}
}
