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
	"github.com/trainmesh/trainmesh/node"
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
	req, err = Load(write(t, dir, "overlap.toml", good+"local-steps = 10\noverlap = true\n"))
	if err != nil || !req.Recipe.Overlap || req.Recipe.LocalSteps != 10 {
		t.Errorf("an overlapped job: %+v, %v", req.Recipe, err)
	}
	// The ring order: "award" is the default and hashes as no order.
	plain, err := Load(write(t, dir, "plain.toml", good))
	if err != nil {
		t.Fatal(err)
	}
	for order, want := range map[string]string{"award": "", "measured": "measured"} {
		req, err = Load(write(t, dir, order+".toml", good+"ring-order = \""+order+"\"\n"))
		if err != nil || req.Recipe.RingOrder != want || (want == "") != (req.Recipe.Hash() == plain.Recipe.Hash()) {
			t.Errorf("ring-order %q: recipe %+v, %v", order, req.Recipe, err)
		}
	}
	// Paid data: holders and a price per chunk go into the recipe.
	const holder = "16Uiu2HAkxTUV7qq4ZsdjXsrpdnZ1SBQnQc9cB7zeLn8P1NCFv5SC"
	req, err = Load(write(t, dir, "paid.toml", strings.Replace(good, `builtin = "digits"`, "builtin = \"digits\"\nholders = [\""+holder+"\"]\nprice = \"250\"", 1)))
	if err != nil || req.Recipe.DataPrice != 250 || len(req.Recipe.DataHolders) != 1 || req.Recipe.DataHolders[0] != holder || req.Recipe.Hash() == plain.Recipe.Hash() {
		t.Errorf("a job paying a data holder: %+v, %v", req.Recipe, err)
	}
	// An evaluation: the terms over the data's held-out split.
	const eval = "\n[evaluation]\nmetric = \"accuracy\"\nthreshold = 0.85\nconditional-share = 0.25\nevaluators = 3\nfee = \"40\"\n"
	req, err = Load(write(t, dir, "evaluated.toml", good+eval))
	if err != nil {
		t.Fatal(err)
	}
	if e := req.Evaluation; e.HeldOutHash != node.HeldOutHash(req.Dataset.Manifest) || !e.Set() || !e.HigherIsBetter || e.Threshold != 850_000 ||
		e.ConditionalBps != 2_500 || e.Quorum != 3 || e.Fee.Int64() != 40 || e.Tolerance != 100 || e.MinStake.Sign() != 0 || req.Recipe.Hash() != plain.Recipe.Hash() {
		t.Errorf("evaluation terms %+v", e)
	}
	if req, err := Load(write(t, dir, "loss.toml", good+strings.NewReplacer(`"accuracy"`, `"loss"`, "0.85", "1.5").Replace(eval)+"tolerance = 0.01\nmin-stake = \"1_000\"\n")); err != nil ||
		req.Evaluation.HigherIsBetter || req.Evaluation.Threshold != 1_500_000 || req.Evaluation.Tolerance != 10_000 || req.Evaluation.MinStake.Int64() != 1000 {
		t.Errorf("a loss evaluation: %+v, %v", req.Evaluation, err)
	}
	if plain.Evaluation.Set() {
		t.Error("a job file without [evaluation] names one")
	}
	tests := []struct{ name, edit, want string }{
		{"evaluation metric", good + strings.Replace(eval, `"accuracy"`, `"f1"`, 1), "metric"},
		{"evaluation accuracy above 1", good + strings.Replace(eval, "0.85", "85", 1), "threshold"},
		{"evaluation share above 1", good + strings.Replace(eval, "0.25", "1.5", 1), "conditional-share"},
		{"two evaluators", good + strings.Replace(eval, "evaluators = 3", "evaluators = 2", 1), "evaluators"},
		{"evaluation fee", good + strings.Replace(eval, `"40"`, `"lots"`, 1), "fee"},
		{"evaluation without held-out data", strings.Replace(good, `builtin = "digits"`, "csv = \"small.csv\"\ntest-fraction = 0.0", 1) + eval, "held-out"},
		{"holders without a price", strings.Replace(good, `builtin = "digits"`, "builtin = \"digits\"\nholders = [\""+holder+"\"]", 1), "data.price"},
		{"a price without holders", strings.Replace(good, `builtin = "digits"`, "builtin = \"digits\"\nprice = \"5\"", 1), "data.price"},
		{"a holder that is no peer ID", strings.Replace(good, `builtin = "digits"`, "builtin = \"digits\"\nholders = [\"me\"]\nprice = \"5\"", 1), "data holder"},
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
		{"overlap without local steps", good + "overlap = true\n", "overlap"},
		{"unknown ring order", good + "ring-order = \"fastest\"\n", "ring-order"},
	}
	write(t, dir, "small.csv", strings.Repeat("0.5,0.25,1\n0.25,0.5,0\n", 50))
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
