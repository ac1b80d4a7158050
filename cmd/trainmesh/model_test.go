package main

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/auction/wire"
	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/mesh/allreduce"
	"github.com/trainmesh/trainmesh/mesh/allreduce/transcript"
	"github.com/trainmesh/trainmesh/node"
	"github.com/trainmesh/trainmesh/node/jobfile"
	"github.com/trainmesh/trainmesh/protocol"
	"github.com/trainmesh/trainmesh/train/bpe"
	"github.com/trainmesh/trainmesh/train/checkpoint"
	"github.com/trainmesh/trainmesh/train/dataset"
	"github.com/trainmesh/trainmesh/train/model"
	"github.com/trainmesh/trainmesh/train/nn"
	"github.com/trainmesh/trainmesh/train/safetensors"
)

const modelTestJob = `group-size = 2
budget = "1000"
[data]
text = "book.txt"
test-fraction = 0.2
[model]
kind = "transformer"
context = 16
dim = 16
heads = 2
layers = 1
[train]
steps = 10
receipt-every = 5
`

// signedModelFile writes a model file with a job's full signed
// provenance, as a poster keeps it: the recipe of a text job file, the
// poster's signed announcement and award of two winners, and both
// winners' signed receipts for the final step. It returns the file, the
// job file and the job's journal record.
func signedModelFile(t *testing.T, dir string) (string, string, *node.JobRecord) {
	t.Helper()
	return signedModelFileOf(t, dir, modelTestJob)
}

// signedModelFileOf is signedModelFile of the given job file; a BPE job's
// file carries the tokenizer.json the job file made, as a poster's does.
func signedModelFileOf(t *testing.T, dir, jobFile string) (string, string, *node.JobRecord) {
	t.Helper()
	return signedModelFileUnder(t, dir, jobFile, protocol.Domain{ChainID: 1337, VerifyingContract: protocol.Address{0x5e, 19: 0x77}})
}

// signedModelFileUnder is signedModelFileOf signed under dom.
func signedModelFileUnder(t *testing.T, dir, jobFile string, dom protocol.Domain) (string, string, *node.JobRecord) {
	t.Helper()
	writeFile(t, dir, "book.txt", strings.Repeat("It was the best of times, it was the worst of times. ", 60))
	jf := writeFile(t, dir, "job.toml", jobFile)
	req, err := jobfile.Load(jf)
	if err != nil {
		t.Fatal(err)
	}
	keys := make([]*identity.Key, 3)
	for i := range keys {
		if keys[i], err = identity.Generate(); err != nil {
			t.Fatal(err)
		}
	}
	addr := func(i int) protocol.Address { return protocol.Address(keys[i].Address()) }
	codec := wire.NewCodec(dom, 16)
	id := protocol.JobIDOf(addr(0), 7)
	ann := &auction.JobAnnounce{JobID: id, Poster: addr(0), ModelHash: req.Recipe.Hash(), DatasetRoot: req.Recipe.DatasetRoot,
		GroupSize: 2, Steps: 10, Budget: big.NewInt(1000), CommitDeadlineMs: 1e12, RevealDeadlineMs: 1e12 + 1000, Nonce: 7}
	_, annWire, err := codec.Sign(keys[0], ann)
	if err != nil {
		t.Fatal(err)
	}
	aw := &auction.Award{JobID: id, Poster: addr(0), Winners: []protocol.Address{addr(1), addr(2)}, Prices: []*big.Int{big.NewInt(1), big.NewInt(1)}}
	_, awWire, err := codec.Sign(keys[0], aw)
	if err != nil {
		t.Fatal(err)
	}
	l, _ := req.Recipe.Model.Layout()
	params := nn.InitParams(l, 3)
	hash := model.ParamsHash(params)
	var receipts [][]byte
	for _, i := range []int{1, 2} {
		r := job.Receipt{StepReceipt: protocol.StepReceipt{JobID: id, Member: addr(i), Step: 10, ParamsHash: hash}}
		sig, err := chain.Sign(keys[i], dom, r.StepReceipt)
		if err != nil {
			t.Fatal(err)
		}
		copy(r.Sig[:], sig)
		receipts = append(receipts, r.Encode())
	}
	// The ring ran winner 1 then winner 0: each signed its rank's
	// statement of one training all-reduce.
	hops := signedHops(t, id, 3, keys[2], keys[1])
	prov := model.Provenance{Spec: req.Recipe.Model, Job: id, RecipeHash: req.Recipe.Hash(), DatasetRoot: req.Recipe.DatasetRoot, FinalStep: 10,
		Recipe: req.Recipe.Encode(), Announce: annWire, Award: awWire, Receipts: receipts, Domain: dom, Tokenizer: req.Tokenizer,
		RingOrder: []int{1, 0}, RingHops: hops}
	if req.Dataset.Manifest.Kind == dataset.KindText {
		prov.Vocab = req.Dataset.Manifest.Vocab
	}
	data, err := model.Encode(params, prov)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "model.safetensors")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	rec := &node.JobRecord{Version: 1, Job: id, Role: "poster", Stage: node.StagePosted, Recipe: req.Recipe, Announce: annWire, Award: awWire, Receipts: receipts, RingHops: hops}
	return path, jf, rec
}

// signedHops is one training all-reduce's hop statements of job's ring
// at operation op, signed rank by rank by keys, in node's encoding
// (the node's witness signs a statement's sha256 with its identity key).
func signedHops(t *testing.T, id protocol.Hash, op uint64, keys ...*identity.Key) []byte {
	t.Helper()
	ctx := allreduce.OpContext(allreduce.GroupID(id), op)
	b := binary.BigEndian.AppendUint64(nil, op)
	b = binary.BigEndian.AppendUint32(b, uint32(len(keys)))
	for r, k := range keys {
		tr := transcript.Transcript{Ranks: uint32(len(keys)), Rank: uint32(r), Len: 8, Hops: make([]transcript.Hop, 2*(len(keys)-1))}
		sig, err := k.SignHash(sha256.Sum256(transcript.StatementBytes(ctx, tr, nil)))
		if err != nil {
			t.Fatal(err)
		}
		e := transcript.Statement{Context: ctx, Transcript: tr, Sig: sig}.Encode()
		b = binary.BigEndian.AppendUint32(b, uint32(len(e)))
		b = append(b, e...)
	}
	return b
}

// TestModelCommands runs model info, verify, export, eval and generate on a
// model file with a job's signed provenance, and verify on tampered copies.
func TestModelCommands(t *testing.T) {
	dir := t.TempDir()
	file, jf, rec := signedModelFile(t, dir)

	code, out, errOut := runCLI(t, "model", "info", file)
	if code != 0 || !strings.Contains(out, "lm_head.weight") || !strings.Contains(out, "transformer.h.0.attn.c_attn.weight") ||
		!strings.Contains(out, "final step 10") || !strings.Contains(out, "receipts for the final step: 2") {
		t.Errorf("model info: exit %d\n%s%s", code, out, errOut)
	}

	if !strings.Contains(out, "training ring order: 1 → 0") {
		t.Errorf("model info shows no ring order:\n%s", out)
	}

	code, out, errOut = runCLI(t, "model", "verify", file)
	if code != 0 || !strings.Contains(out, "OK") || !strings.Contains(out, "signed by 2 of 2 winners") || !strings.Contains(out, "training ring order 1 → 0") {
		t.Errorf("model verify: exit %d\n%s%s", code, out, errOut)
	}
	t.Logf("model verify:\n%s", out)
	if code, _, errOut = runCLI(t, "model", "verify", "--chain-id", "5", file); code == 0 || !strings.Contains(errOut, "REFUSED") {
		t.Errorf("model verify under another chain: exit %d, %s", code, errOut)
	}

	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		edit func([]byte) []byte
	}{
		{"a tensor byte", func(b []byte) []byte { b[len(b)-3] ^= 0x40; return b }},
		{"the ring order", func(b []byte) []byte {
			return []byte(strings.Replace(string(b), `"trainmesh.ring_order":"1,0"`, `"trainmesh.ring_order":"0,1"`, 1))
		}},
		{"the recorded final step", func(b []byte) []byte {
			return []byte(strings.Replace(string(b), `"trainmesh.final_step":"10"`, `"trainmesh.final_step":"09"`, 1))
		}},
		{"the dataset root", func(b []byte) []byte {
			i := strings.Index(string(b), `"trainmesh.dataset_root":"0x`) + len(`"trainmesh.dataset_root":"0x`)
			if b[i] == '0' { // another hex digit, the file's length unchanged
				b[i] = '1'
			} else {
				b[i] = '0'
			}
			return b
		}},
	} {
		bad := c.edit(append([]byte(nil), data...))
		path := writeFile(t, dir, "tampered.safetensors", string(bad))
		code, out, errOut := runCLI(t, "model", "verify", path)
		t.Logf("verify with %s changed: %s", c.name, errOut)
		if code == 0 || !strings.Contains(errOut, "REFUSED") {
			t.Errorf("verify with %s changed: exit %d\n%s%s", c.name, code, out, errOut)
		}
	}

	// model hf: a char transformer has no stock Hugging Face class that
	// computes what it does (its head's bias).
	if code, _, errOut := runCLI(t, "model", "hf", file, filepath.Join(dir, "hf")); code == 0 || !strings.Contains(errOut, "llama only") {
		t.Errorf("model hf of a transformer: exit %d, %s", code, errOut)
	}

	// export: the poster's kept file, found by a prefix of the job ID.
	dataDir := filepath.Join(dir, "node")
	if err := os.MkdirAll(filepath.Join(dataDir, node.JobsDir), 0o700); err != nil {
		t.Fatal(err)
	}
	recJSON, _ := json.Marshal(rec)
	writeFile(t, filepath.Join(dataDir, node.JobsDir), rec.Job.Hex()+".json", string(recJSON))
	writeFile(t, filepath.Join(dataDir, node.JobsDir), rec.Job.Hex()+".safetensors", string(data))
	exported := filepath.Join(dir, "exported.safetensors")
	code, out, errOut = runCLI(t, "model", "export", "--data-dir", dataDir, rec.Job.Hex()[:10], "-o", exported)
	if code != 0 {
		t.Fatalf("model export: exit %d\n%s%s", code, out, errOut)
	}
	if got, _ := os.ReadFile(exported); string(got) != string(data) {
		t.Error("export changed the poster's file")
	}
	if code, _, errOut = runCLI(t, "model", "export", "--data-dir", dataDir, "0xffff", "-o", exported); code == 0 || !strings.Contains(errOut, "no job") {
		t.Errorf("export of an unknown job: exit %d, %s", code, errOut)
	}
	// The poster's data dir as given to `trainmesh submit --data-dir`:
	// the job is in the journal of the submitting node (submitDataDir).
	posterDir := filepath.Join(dir, "poster")
	subJobs := filepath.Join(submitDataDir(posterDir), node.JobsDir)
	if err := os.MkdirAll(subJobs, 0o700); err != nil {
		t.Fatal(err)
	}
	writeFile(t, subJobs, rec.Job.Hex()+".json", string(recJSON))
	writeFile(t, subJobs, rec.Job.Hex()+".safetensors", string(data))
	fromSubmit := filepath.Join(dir, "from-submit.safetensors")
	if code, out, errOut = runCLI(t, "model", "export", "--data-dir", posterDir, rec.Job.Hex()[:10], "-o", fromSubmit); code != 0 {
		t.Fatalf("model export with submit's --data-dir: exit %d\n%s%s", code, out, errOut)
	}
	if got, _ := os.ReadFile(fromSubmit); string(got) != string(data) {
		t.Error("export with submit's --data-dir did not write the poster's file")
	}

	// export from a member's checkpoint: the poster's file gone, the
	// latest checkpoint of the job and the journal's receipts that sign
	// its parameters make the file, under the domain given by flags.
	if err := os.Remove(filepath.Join(dataDir, node.JobsDir, rec.Job.Hex()+".safetensors")); err != nil {
		t.Fatal(err)
	}
	m, err := model.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	ckpt := filepath.Join(dataDir, node.JobsDir, rec.Job.Hex()+".ckpt")
	domain := []string{"--chain-id", "1337", "--settlement-contract", "0x5e00000000000000000000000000000000000077"}
	save := func(step uint64) {
		if _, _, err := checkpoint.Save(ckpt, &checkpoint.State{JobID: rec.Job, ModelHash: rec.Recipe.Model.Hash(), Step: step,
			Tensors: []checkpoint.Tensor{{Name: "params", Data: m.Params}}}); err != nil {
			t.Fatal(err)
		}
	}
	save(10)
	fromCkpt := filepath.Join(dir, "from-checkpoint.safetensors")
	code, out, errOut = runCLI(t, append([]string{"model", "export", "--data-dir", dataDir, rec.Job.Hex(), "-o", fromCkpt}, domain...)...)
	if code != 0 || !strings.Contains(out, "signed by 2 of 2 winners") {
		t.Fatalf("model export from a checkpoint: exit %d\n%s%s", code, out, errOut)
	}
	back, err := os.ReadFile(fromCkpt)
	if err != nil {
		t.Fatal(err)
	}
	if bm, err := model.Decode(back); err != nil || bm.Prov.ParamsHash != m.Prov.ParamsHash || len(bm.Prov.Receipts) != 2 || !slices.Equal(bm.Prov.RingOrder, []int{1, 0}) {
		t.Errorf("exported from the checkpoint: %v (ring order %v, want the journal's statements' [1 0])", err, bm.Prov.RingOrder)
	}
	save(12) // a later checkpoint no receipt signs
	if code, _, errOut = runCLI(t, append([]string{"model", "export", "--data-dir", dataDir, rec.Job.Hex(), "-o", fromCkpt}, domain...)...); code == 0 || !strings.Contains(errOut, "no receipt") {
		t.Errorf("export of a checkpoint no receipt signs: exit %d, %s", code, errOut)
	}

	code, out, errOut = runCLI(t, "model", "eval", file, "--data", jf)
	if code != 0 || !strings.Contains(out, "loss") {
		t.Errorf("model eval: exit %d\n%s%s", code, out, errOut)
	}
	t.Logf("model eval: %s", out)

	gen := func(seed string) string {
		code, out, errOut := runCLI(t, "model", "generate", file, "--prompt", "It was", "--tokens", "30", "--seed", seed)
		if code != 0 {
			t.Fatalf("model generate: exit %d\n%s%s", code, out, errOut)
		}
		return strings.TrimSuffix(out, "\n")
	}
	a, b := gen("1"), gen("1")
	t.Logf("model generate: %q", a)
	if a != b || len(a) != len("It was")+30 || !strings.HasPrefix(a, "It was") {
		t.Errorf("generate with one seed: %q and %q, want the same %d characters after the prompt", a, b, 30)
	}
	if code, _, errOut = runCLI(t, "model", "generate", file, "--prompt", "XYZ~"); code == 0 || !strings.Contains(errOut, "vocabulary") {
		t.Errorf("generate with characters outside the vocabulary: exit %d, %s", code, errOut)
	}
}

const bpeModelTestJob = `group-size = 2
budget = "1000"
[data]
text = "book.txt"
test-fraction = 0.2
bpe-vocab = 280
[model]
kind = "llama"
context = 8
dim = 16
heads = 2
layers = 1
[train]
steps = 10
receipt-every = 5
`

// TestModelCommandsBPE: a llama trained on a BPE token dataset keeps its
// tokenizer.json in the model file; verify accepts it and refuses a file
// whose tokenizer was swapped; generate encodes the prompt and decodes
// the samples with it; eval scores it on the job file's token data (and
// refuses data another tokenizer made); export from a member's
// checkpoint takes the tokenizer the member fetched.
func TestModelCommandsBPE(t *testing.T) {
	dir := t.TempDir()
	file, jf, rec := signedModelFileOf(t, dir, bpeModelTestJob)
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	m, err := model.Decode(data)
	if err != nil || m.Tokenizer == nil || m.Tokenizer.Hash() != [32]byte(rec.Recipe.Tokenizer) {
		t.Fatalf("the BPE model file does not carry the recipe's tokenizer: %v", err)
	}

	// model hf: the Hugging Face directory of the llama, its config
	// from the file's spec (model.HFConfig) and its tokenizer.json.
	hfDir := filepath.Join(dir, "hf")
	if code, out, errOut := runCLI(t, "model", "hf", file, hfDir); code != 0 {
		t.Fatalf("model hf: exit %d\n%s%s", code, out, errOut)
	}
	var hfCfg struct {
		Arch   []string `json:"architectures"`
		Hidden int      `json:"hidden_size"`
		Vocab  int      `json:"vocab_size"`
	}
	if b, err := os.ReadFile(filepath.Join(hfDir, "config.json")); err != nil || json.Unmarshal(b, &hfCfg) != nil ||
		len(hfCfg.Arch) != 1 || hfCfg.Arch[0] != "LlamaForCausalLM" || hfCfg.Hidden != m.Spec.Llama.Dim || hfCfg.Vocab != m.Tokenizer.Len() {
		t.Errorf("model hf's config.json: %+v (%v)", hfCfg, err)
	}
	for name, want := range map[string][]byte{"model.safetensors": data, "tokenizer.json": m.Prov.Tokenizer} {
		if b, err := os.ReadFile(filepath.Join(hfDir, name)); err != nil || string(b) != string(want) {
			t.Errorf("model hf's %s is not the file's (%v)", name, err)
		}
	}

	code, out, errOut := runCLI(t, "model", "info", file)
	if code != 0 || !strings.Contains(out, fmt.Sprintf("tokenizer: byte-level BPE, %d tokens", m.Tokenizer.Len())) || !strings.Contains(out, "model.layers.0.self_attn.q_proj.weight") {
		t.Errorf("model info: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut = runCLI(t, "model", "verify", file)
	if code != 0 || !strings.Contains(out, "OK") {
		t.Errorf("model verify: exit %d\n%s%s", code, out, errOut)
	}
	// Another tokenizer of the same width in the file: the recipe's hash
	// no longer matches it.
	other, err := bpe.Train([]byte(strings.Repeat("Call me Ishmael. Some years ago, never mind how long precisely. ", 40)), 280)
	if err != nil {
		t.Fatal(err)
	}
	f, err := safetensors.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	f.Metadata[model.KeyTokenizer] = string(other.MarshalHF())
	swapped, err := safetensors.Marshal(f.Tensors, f.Metadata)
	if err != nil {
		t.Fatal(err)
	}
	bad := writeFile(t, dir, "swapped.safetensors", string(swapped))
	if code, _, errOut = runCLI(t, "model", "verify", bad); code == 0 || !strings.Contains(errOut, "REFUSED") || !strings.Contains(errOut, "tokenizer") {
		t.Errorf("verify with another tokenizer: exit %d, %s", code, errOut)
	}
	if code, _, errOut = runCLI(t, "model", "generate", bad, "--prompt", "It was"); code == 0 {
		t.Errorf("generate with another tokenizer: exit %d, %s", code, errOut)
	}

	gen := func(prompt, seed string) string {
		code, out, errOut := runCLI(t, "model", "generate", file, "--prompt", prompt, "--tokens", "12", "--seed", seed)
		if code != 0 {
			t.Fatalf("model generate: exit %d\n%s%s", code, out, errOut)
		}
		return strings.TrimSuffix(out, "\n")
	}
	// Characters outside the text encode too: BPE covers every byte.
	prompt := "It was the ½ best"
	a, b := gen(prompt, "3"), gen(prompt, "3")
	t.Logf("model generate: %q", a)
	if a != b || !strings.HasPrefix(a, prompt) || len(a) <= len(prompt) {
		t.Errorf("generate with one seed: %q and %q, want the same text after the prompt", a, b)
	}
	// The sampled text is the sampled ids decoded: it re-encodes within
	// the vocabulary, and every id decodes (no id outside the tokenizer).
	if ids := m.Tokenizer.Encode([]byte(a[len(prompt):])); len(ids) == 0 {
		t.Error("the sampled text encodes to no tokens")
	}

	code, out, errOut = runCLI(t, "model", "eval", file, "--data", jf)
	if code != 0 || !strings.Contains(out, "loss") {
		t.Errorf("model eval: exit %d\n%s%s", code, out, errOut)
	}
	t.Logf("model eval: %s", out)
	otherJob := writeFile(t, dir, "other.toml", strings.Replace(bpeModelTestJob, "bpe-vocab = 280", "bpe-vocab = 270", 1))
	if code, _, errOut = runCLI(t, "model", "eval", file, "--data", otherJob); code == 0 || !strings.Contains(errOut, "tokenizer") {
		t.Errorf("eval on data another tokenizer made: exit %d, %s", code, errOut)
	}

	// Export from a member's checkpoint: the tokenizer the member kept
	// (node.TokenizerPath) goes into the file; without it the file has
	// none and generate says so.
	dataDir := filepath.Join(dir, "node")
	jobs := filepath.Join(dataDir, node.JobsDir)
	if err := os.MkdirAll(jobs, 0o700); err != nil {
		t.Fatal(err)
	}
	recJSON, _ := json.Marshal(rec)
	writeFile(t, jobs, rec.Job.Hex()+".json", string(recJSON))
	if _, _, err := checkpoint.Save(filepath.Join(jobs, rec.Job.Hex()+".ckpt"), &checkpoint.State{JobID: rec.Job, ModelHash: rec.Recipe.Model.Hash(), Step: 10,
		Tensors: []checkpoint.Tensor{{Name: "params", Data: m.Params}}}); err != nil {
		t.Fatal(err)
	}
	domain := []string{"--chain-id", "1337", "--settlement-contract", "0x5e00000000000000000000000000000000000077"}
	export := func(out string) {
		t.Helper()
		code, stdout, errOut := runCLI(t, append([]string{"model", "export", "--data-dir", dataDir, rec.Job.Hex(), "-o", out}, domain...)...)
		if code != 0 {
			t.Fatalf("model export from a checkpoint: exit %d\n%s%s", code, stdout, errOut)
		}
	}
	bare := filepath.Join(dir, "bare.safetensors")
	export(bare)
	if code, _, errOut = runCLI(t, "model", "generate", bare, "--prompt", "It"); code == 0 || !strings.Contains(errOut, "no tokenizer") {
		t.Errorf("generate from a file without its tokenizer: exit %d, %s", code, errOut)
	}
	writeFile(t, jobs, rec.Job.Hex()+".tokenizer", string(m.Prov.Tokenizer))
	withTok := filepath.Join(dir, "with-tokenizer.safetensors")
	export(withTok)
	if got, err := os.ReadFile(withTok); err != nil || string(got) != string(data) {
		t.Errorf("the member's export with its kept tokenizer is not the poster's file (%v)", err)
	}
}

// TestModelVerifyOnChain: model verify --rpc reads the file's job from
// the settlement contract at the endpoint (an embedded chain over HTTP):
// a job never settled there is refused, as is a file signed for another
// contract. A settled job passes node.VerifyOnChain in
// TestJobFilesAfterPosterRestart.
func TestModelVerifyOnChain(t *testing.T) {
	ctx := context.Background()
	emb, err := chain.StartEmbedded(ctx, chain.EmbeddedParams{RPCAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	dom := protocol.Domain{ChainID: chain.EmbeddedChainID, VerifyingContract: protocol.Address(emb.Addresses().Settlement)}
	file, _, _ := signedModelFileUnder(t, t.TempDir(), modelTestJob, dom)
	code, out, errOut := runCLI(t, "model", "verify", "--rpc", emb.RPCURL(), file)
	if code == 0 || !strings.Contains(errOut, "REFUSED") || !strings.Contains(errOut, "not settled") {
		t.Errorf("model verify --rpc of a job never settled: exit %d\n%s%s", code, out, errOut)
	}
	other, _, _ := signedModelFile(t, t.TempDir())
	code, out, errOut = runCLI(t, "model", "verify", "--rpc", emb.RPCURL(), other)
	if code == 0 || !strings.Contains(errOut, "REFUSED") {
		t.Errorf("model verify --rpc of a file signed for another contract: exit %d\n%s%s", code, out, errOut)
	}
	t.Logf("refused: %s", strings.TrimSpace(errOut))
}
