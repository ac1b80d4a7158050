//go:build cheat

package train

import (
	"testing"
)

// TestCheatOptions: each kind of EnvCheat changes the contribution from
// its first step on and not before; unknown kinds are refused.
func TestCheatOptions(t *testing.T) {
	for _, tc := range []struct {
		env     string
		wantErr bool
		check   func(before, after []float32) bool
	}{
		{"lazy@3", false, func(b, a []float32) bool { return a[0] == 0 && a[len(a)-1] == 0 }},
		{"flip@3", false, func(b, a []float32) bool { return a[0] == -b[0] && a[len(a)-1] == b[len(b)-1] }},
		{"scale@3", false, func(b, a []float32) bool { return a[0] == 10*b[0] && a[len(a)-1] == b[len(b)-1] }},
		{"random@3", false, func(b, a []float32) bool { return a[0] != b[0] && a[len(a)-1] == b[len(b)-1] }},
		{"lazy@0", true, nil},
		{"sloth", true, nil},
	} {
		t.Run(tc.env, func(t *testing.T) {
			t.Setenv(EnvCheat, tc.env)
			opts, what, err := CheatOptions()
			if tc.wantErr {
				if err == nil {
					t.Fatalf("CheatOptions() with %q: no error", tc.env)
				}
				return
			}
			if err != nil || len(opts) != 1 || what == "" {
				t.Fatalf("CheatOptions() = %d options, %q, %v", len(opts), what, err)
			}
			var m Member
			opts[0](&m)
			orig := []float32{0.25, -1, 3, 7, 32} // three gradient values, loss sum, count
			for step, want := range map[int]bool{2: false, 3: true, 9: true} {
				c := append([]float32(nil), orig...)
				m.tamper(step, c)
				changed := c[0] != orig[0]
				if changed != want {
					t.Errorf("step %d: changed %v; want %v", step, changed, want)
				}
				if want && !tc.check(orig, c) {
					t.Errorf("step %d: %v from %v", step, c, orig)
				}
			}
		})
	}
}
