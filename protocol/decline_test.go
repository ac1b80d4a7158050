package protocol

import (
	"errors"
	"strings"
	"testing"
)

// TestDeclineReasons: every reason the protocol defines has its own text
// for a person (trainmesh submit prints it after "declined: ") and decodes
// from the wire; 0 and the reasons beyond the last do not.
func TestDeclineReasons(t *testing.T) {
	seen := map[string]DeclineReason{}
	for r := DeclineReason(0); r <= declineReasonMax+1; r++ {
		d := &Decline{JobID: Hash{1}, Provider: addr(2), Reason: r}
		m, err := DecodeMessage(KindDecline, d.AppendABI(nil), 16)
		if !r.Valid() {
			if r != 0 && r != declineReasonMax+1 {
				t.Errorf("reason %d is not valid", r)
			}
			if !errors.Is(err, ErrMalformed) {
				t.Errorf("decline with reason %d decodes (%v); want ErrMalformed", r, err)
			}
			continue
		}
		if err != nil || m.(*Decline).Reason != r {
			t.Errorf("decline with reason %d: decoded %v, %v", r, m, err)
		}
		text := r.String()
		if text == "" || strings.HasPrefix(text, "DeclineReason(") {
			t.Errorf("reason %d has no text", r)
		}
		if prev, ok := seen[text]; ok {
			t.Errorf("reasons %d and %d both read %q", prev, r, text)
		}
		seen[text] = r
	}
}
