package jobfile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/trainmesh/trainmesh/auction"
)

const good = `
group-size = 2
min-vram = "14GiB"
budget = "2_000_000"
commit-window = "2s"
reveal-window = "3s"
settle-within = "1h"

[model]
kind = "mlp"
hidden = [64]

[data]
builtin = "digits"

[train]
steps = 100
batch-size = 32
lr = 0.01
receipt-every = 20
`

func write(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	req, err := Load(write(t, dir, "ok.toml", good))
	if err != nil {
		t.Fatal(err)
	}
	r := req.Recipe
	if req.GroupSize != 2 || req.MinVRAMBytes != 14<<30 || req.Budget.Int64() != 2_000_000 || req.CommitWindow != 2*time.Second ||
		req.RevealWindow != 3*time.Second || req.SettleWithin != time.Hour || r.Steps != 100 || r.HashEvery != 20 || r.Model.MLP.Inputs != 64 || r.Model.MLP.Classes != 10 {
		t.Errorf("request %+v, recipe %+v", req, r)
	}
	if auction.Hash(req.Dataset.Root()) != r.DatasetRoot {
		t.Error("the recipe does not name the dataset it came with")
	}
	// Compressed DiLoCo is the poster's to ask for (README "Training").
	req, err = Load(write(t, dir, "compressed.toml", good+"local-steps = 10\ncompression = \"topk:0.01+int4\"\n"))
	if err != nil || req.Recipe.Compression != "topk:0.01+int4" || req.Recipe.LocalSteps != 10 || req.Recipe.OuterLR != 0 || req.Recipe.OuterMomentum != nil {
		t.Errorf("a compressed job: %+v, %v", req.Recipe, err)
	}
	req, err = Load(write(t, dir, "averaged.toml", good+"local-steps = 10\ncompression = \"topk:0.2+int4\"\nouter-lr = 1.0\nouter-momentum = 0.0\n"))
	if err != nil || req.Recipe.OuterLR != 1 || req.Recipe.OuterMomentum == nil || *req.Recipe.OuterMomentum != 0 {
		t.Errorf("a top-k job averaging its outer steps: %+v, %v", req.Recipe, err)
	}
	tests := []struct{ name, edit, want string }{
		{"unknown key", "colour = \"red\"\n" + good, "unknown key colour"},
		{"unknown table key", strings.Replace(good, "hidden = [64]", "hidden = [64]\nwidth = 3", 1), "unknown key model.width"},
		{"negative budget", strings.Replace(good, `"2_000_000"`, `"-5"`, 1), "budget"},
		{"bad window", strings.Replace(good, `"2s"`, `"soon"`, 1), "commit-window"},
		{"no group", strings.Replace(good, "group-size = 2", "group-size = 0", 1), "group-size"},
		{"two sources", strings.Replace(good, `builtin = "digits"`, "builtin = \"digits\"\ntext = \"a.txt\"", 1), "exactly one source"},
		{"model on wrong data", strings.Replace(good, `builtin = "digits"`, `builtin = "opticks"`, 1), "tabular"},
		{"receipts not dividing", strings.Replace(good, "receipt-every = 20", "receipt-every = 30", 1), "receipts every 30"},
		{"missing file", strings.Replace(good, `builtin = "digits"`, `csv = "nope.csv"`, 1), "nope.csv"},
		{"bad optimizer", good + "optimizer = \"adagrad\"\n", "optimizer"},
		{"compression not parsed", good + "local-steps = 10\ncompression = \"int3\"\n", "compression"},
		{"compression without local steps", good + "compression = \"int4\"\n", "local_steps"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(write(t, dir, "bad.toml", tt.edit))
			if err == nil || !strings.Contains(err.Error(), tt.want) || !errors.Is(err, ErrJobFile) {
				t.Errorf("err = %v; want ErrJobFile mentioning %q", err, tt.want)
			}
		})
	}
}

func TestLoadCSVAndText(t *testing.T) {
	dir := t.TempDir()
	var csv strings.Builder
	for i := range 200 {
		csv.WriteString(strings.Repeat("0.5,", 3))
		csv.WriteString([]string{"0\n", "1\n"}[i%2])
	}
	write(t, dir, "data.csv", csv.String())
	job := strings.Replace(good, `builtin = "digits"`, `csv = "data.csv"`, 1)
	req, err := Load(write(t, dir, "csv.toml", job))
	if err != nil {
		t.Fatal(err)
	}
	if m := req.Recipe.Model.MLP; m.Inputs != 3 || m.Classes != 2 {
		t.Errorf("MLP from the CSV: %+v", m)
	}
	write(t, dir, "book.txt", strings.Repeat("It was the best of times, it was the worst of times. ", 200))
	job = strings.Replace(strings.Replace(good, `builtin = "digits"`, `text = "book.txt"`, 1), "kind = \"mlp\"\nhidden = [64]",
		"kind = \"transformer\"\ncontext = 16\ndim = 16\nheads = 2\nlayers = 1", 1)
	req, err = Load(write(t, dir, "text.toml", job))
	if err != nil {
		t.Fatal(err)
	}
	if tr := req.Recipe.Model.Transformer; tr == nil || tr.Context != 16 || tr.Vocab < 10 {
		t.Errorf("transformer from the text: %+v", tr)
	}
}

// FuzzRequest: whatever a job file holds, building the job never panics,
// and a job it builds is one a node accepts.
func FuzzRequest(f *testing.F) {
	f.Add(good)
	f.Add("group-size = 1\nbudget = \"1\"\n[data]\nbuiltin = \"opticks\"\n[model]\nkind = \"transformer\"\ncontext = 8\ndim = 8\nheads = 1\nlayers = 1\n[train]\nsteps = 2\nreceipt-every = 1\n")
	f.Fuzz(func(t *testing.T, body string) {
		var file File
		if _, err := toml.Decode(body, &file); err != nil {
			return
		}
		if file.Data.Builtin == "" { // keep to the shipped data: no files from the fuzzer
			return
		}
		req, err := file.Request(t.TempDir())
		if err != nil {
			return
		}
		if err := req.Recipe.Validate(); err != nil {
			t.Fatalf("built an invalid recipe: %v", err)
		}
	})
}
