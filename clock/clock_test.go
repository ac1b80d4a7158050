package clock

import (
	"testing"
	"time"
)

func TestMockFiresTimersInOrder(t *testing.T) {
	m := NewMock()
	start := m.Now()
	late, early := m.Timer(2*time.Second), m.Timer(time.Second)
	m.Add(1500 * time.Millisecond)
	select {
	case at := <-early.C:
		if got := at.Sub(start); got != time.Second {
			t.Fatalf("early timer fired at +%v; want +1s", got)
		}
	default:
		t.Fatal("the 1 s timer did not fire after 1.5 s")
	}
	select {
	case <-late.C:
		t.Fatal("the 2 s timer fired after 1.5 s")
	default:
	}
	m.Add(time.Second)
	select {
	case <-late.C:
	default:
		t.Fatal("the 2 s timer did not fire after 2.5 s")
	}
}

func TestOrRealAndNetDeadline(t *testing.T) {
	if OrReal(nil) == nil {
		t.Fatal("OrReal(nil) = nil; want the wall clock")
	}
	m := NewMock()
	if OrReal(m) != Clock(m) {
		t.Fatal("OrReal(m) did not return m")
	}
	if d := time.Until(NetDeadline(time.Minute)); d < 59*time.Second || d > time.Minute {
		t.Fatalf("NetDeadline(1m) is %v from now; want about 1m", d)
	}
}
