package demo

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/gpu"
	"github.com/trainmesh/trainmesh/mesh"
	"github.com/trainmesh/trainmesh/mesh/allreduce"
	"github.com/trainmesh/trainmesh/mesh/blob"
	"github.com/trainmesh/trainmesh/node"
	"github.com/trainmesh/trainmesh/train"
	"github.com/trainmesh/trainmesh/train/corpus"
	"github.com/trainmesh/trainmesh/train/dataset"
	"github.com/trainmesh/trainmesh/train/nn"
	"github.com/trainmesh/trainmesh/train/progress"
)

// TrainParams configure the demo's training step: the nodes train as one
// group, first an MLP on the UCI digits, then a small character-level
// transformer on Newton's Opticks.
//
// The data moves over libp2p for real (node 0 posts the datasets and
// serves them over /trainmesh/blob/1.0.0; every node fetches the manifest
// and its shard and verifies each chunk against the dataset's Merkle
// root), and so do the gradients: every node is a member of a ring
// all-reduce group over direct libp2p streams (mesh/allreduce).
type TrainParams struct {
	// DigitsSteps of the MLP (0 skips it).
	DigitsSteps int
	// LMSteps of the character-level language model (0 skips it).
	LMSteps int
}

// DefaultTrainParams fit in a few seconds on a laptop-class CPU.
func DefaultTrainParams() TrainParams {
	return TrainParams{DigitsSteps: 400, LMSteps: 150}
}

// Training is what the demo's training step found.
type Training struct {
	// DigitsAccuracy is the MLP's held-out accuracy on the digits.
	DigitsAccuracy float64
	// LMUnigramEntropy is the text's unigram entropy and LMLoss the
	// language model's held-out loss, both in nats per character.
	LMUnigramEntropy, LMLoss float64
	// Identical reports whether every node ended each run with
	// bit-identical parameters.
	Identical bool
}

// runTraining is the demo's training step, on hosts that have formed a
// mesh.
// Node 0 writes each run's loss/accuracy log (CSV) into logDir.
func runTraining(ctx context.Context, hosts []*mesh.Host, p TrainParams, logDir string, out io.Writer) (*Training, error) {
	if p.DigitsSteps == 0 && p.LMSteps == 0 {
		return nil, nil
	}
	res := &Training{Identical: true}
	bp := blob.DefaultParams()
	store := dataset.NewMemStore()
	if err := blob.Serve(hosts[0], store, bp); err != nil {
		return nil, err
	}
	if p.DigitsSteps > 0 {
		ds, err := corpus.DigitsDataset(0)
		if err != nil {
			return nil, err
		}
		spec := nn.NewMLP(64, []int{256}, 10)
		tp := train.DefaultParams()
		tp.Steps, tp.BatchSize = p.DigitsSteps, max(1, 128/len(hosts))
		tp.Optimizer = train.AdamW(2e-3)
		tp.Schedule = train.Schedule{Kind: train.ScheduleCosine, WarmupSteps: 10, MinFactor: 0.05}
		tp.Seed, tp.HashEvery = 1, 50
		fmt.Fprintf(out, "\ntraining 1: MLP %v on the UCI handwritten digits, %d nodes, %d steps of %d examples per node\n",
			append(append([]int{64}, spec.MLP.Hidden...), 10), len(hosts), tp.Steps, tp.BatchSize)
		rs, err := trainGroup(ctx, hosts, store, ds, spec, tp, filepath.Join(logDir, "train-digits.csv"), out)
		if err != nil {
			return res, err
		}
		res.DigitsAccuracy = rs[0].Eval.Accuracy()
		res.Identical = res.Identical && identical(rs)
		fmt.Fprintf(out, "  held-out accuracy %.2f%% (%d of %d test digits); all %d nodes hold parameters %x… (bit-identical: %v)\n",
			100*res.DigitsAccuracy, rs[0].Eval.Correct, rs[0].Eval.Count, len(rs), rs[0].Hash[:6], identical(rs))
	}
	if p.LMSteps > 0 {
		ds, err := corpus.OpticksDataset()
		if err != nil {
			return res, err
		}
		text, err := corpus.Opticks()
		if err != nil {
			return res, err
		}
		spec := nn.NewTransformer(nn.TransformerSpec{Vocab: len(ds.Manifest.Vocab), Context: 32, Dim: 32, Heads: 4, Layers: 2})
		tp := train.DefaultParams()
		tp.Steps, tp.BatchSize = p.LMSteps, max(1, 16/len(hosts))
		tp.Optimizer = train.AdamW(6e-3)
		tp.Schedule = train.Schedule{Kind: train.ScheduleCosine, WarmupSteps: 10, MinFactor: 0.1}
		tp.Seed, tp.HashEvery = 1, 50
		res.LMUnigramEntropy = text.UnigramEntropy()
		l, _ := spec.Layout()
		fmt.Fprintf(out, "\ntraining 2: character-level transformer (%d layers, width %d, %d parameters) on Newton's Opticks, %d nodes, %d steps of %d×%d characters per node\n",
			spec.Transformer.Layers, spec.Transformer.Dim, l.Len(), len(hosts), tp.Steps, tp.BatchSize, spec.Transformer.Context)
		rs, err := trainGroup(ctx, hosts, store, ds, spec, tp, filepath.Join(logDir, "train-charlm.csv"), out)
		if err != nil {
			return res, err
		}
		res.LMLoss = rs[0].Eval.Loss()
		res.Identical = res.Identical && identical(rs)
		fmt.Fprintf(out, "  held-out loss %.3f nats/char (%.2f bits); the text's unigram entropy is %.3f nats (%.2f bits): %.0f%% below it\n",
			res.LMLoss, res.LMLoss/math.Ln2, res.LMUnigramEntropy, res.LMUnigramEntropy/math.Ln2, 100*(1-res.LMLoss/res.LMUnigramEntropy))
	}
	return res, nil
}

func how(node int) string {
	if node == 0 {
		return "took its shard from its own copy"
	}
	return "fetched its shard from node 0 over libp2p"
}

func identical(rs []train.Result) bool {
	for _, r := range rs {
		if r.Hash != rs[0].Hash {
			return false
		}
	}
	return true
}

// trainGroup posts ds on node 0, has every node fetch and verify its
// shard over libp2p, and trains the group.
func trainGroup(ctx context.Context, hosts []*mesh.Host, store *dataset.MemStore, ds *dataset.Dataset, spec nn.Spec, tp train.Params, logPath string, out io.Writer) ([]train.Result, error) {
	if err := store.AddDataset(ds, nil); err != nil {
		return nil, err
	}
	root := ds.Root()
	holders := []string{hosts[0].ID().String()}
	fmt.Fprintf(out, "  data: %q, %d chunks, Merkle root %s…, posted by node 0\n", ds.Manifest.Name, len(ds.Manifest.Chunks), root.Short())
	layout, err := spec.Layout()
	if err != nil {
		return nil, err
	}
	reducers, closeRing, err := formRing(ctx, hosts, sha256.Sum256(append(root[:], spec.Encode()...)), train.ReduceLen(layout))
	if err != nil {
		return nil, err
	}
	defer closeRing()
	var members []*train.Member
	var curve []float64
	var backends []gpu.Backend
	defer func() {
		for _, m := range members {
			m.Close()
		}
		for _, b := range backends {
			b.Close()
		}
	}()
	for i, h := range hosts {
		remote, err := blob.NewClient(h, blob.DefaultParams())
		if err != nil {
			return nil, err
		}
		// Node 0 is the poster: it reads its own copy (a host cannot dial
		// itself); the others fetch over libp2p.
		var client dataset.Fetcher = remote
		if i == 0 {
			client = dataset.MemFetcher{h.ID().String(): store}
		}
		man, _, err := dataset.FetchManifest(ctx, client, holders, root)
		if err != nil {
			return nil, fmt.Errorf("node %d: %w", i, err)
		}
		idx := man.Indices(dataset.SplitTrain, i, len(hosts))
		chunks, rep, err := dataset.FetchChunks(ctx, client, holders, man, idx, i)
		if err != nil {
			return nil, fmt.Errorf("node %d: %w", i, err)
		}
		testChunks, _, err := dataset.FetchChunks(ctx, client, holders, man, man.Indices(dataset.SplitTest, 0, 1), 0)
		if err != nil {
			return nil, fmt.Errorf("node %d: %w", i, err)
		}
		var sampler train.Sampler
		var eval any
		rows := tp.BatchSize
		switch man.Kind {
		case dataset.KindTabular:
			shard, err := dataset.DecodeTabular(man, chunks)
			if err != nil {
				return nil, err
			}
			if eval, err = dataset.DecodeTabular(man, testChunks); err != nil {
				return nil, err
			}
			sampler = train.NewTabularSampler(shard, train.MemberSeed(tp.Seed, i))
			rows = max(rows, 128)
			fmt.Fprintf(out, "  node %d %s: %d chunks, %d examples, %d bytes, every chunk verified\n", i, how(i), len(idx), shard.Len(), rep.Bytes)
		default:
			shard, err := dataset.DecodeText(man, chunks)
			if err != nil {
				return nil, err
			}
			if eval, err = dataset.DecodeText(man, testChunks); err != nil {
				return nil, err
			}
			sampler = &train.TextSampler{Tokens: shard.Tokens, Context: spec.Transformer.Context, Seed: train.MemberSeed(tp.Seed, i)}
			rows = max(rows, 32)
			fmt.Fprintf(out, "  node %d %s: %d chunks, %d characters, every chunk verified\n", i, how(i), len(idx), len(shard.Tokens))
		}
		be, err := gpu.OpenCPU(gpu.DefaultParams())
		if err != nil {
			return nil, err
		}
		backends = append(backends, be)
		model, err := nn.New(be, spec, rows)
		if err != nil {
			return nil, err
		}
		p := tp
		p.Member = i
		opts := []train.Option{train.WithEval(eval)}
		if i == 0 {
			// Node 0 shows the group's progress (a bar on a terminal, a
			// line every tenth of the run otherwise) and logs every step.
			f, err := os.Create(logPath)
			if err != nil {
				return nil, err
			}
			defer f.Close()
			csv := progress.NewCSVLog(f)
			rep := progress.New(out, "node 0", p.Steps, 0)
			defer rep.Finish()
			opts = append(opts, train.WithObserver(func(e train.Event) {
				if e.Kind == train.EventStep && e.Synced {
					curve = append(curve, e.Loss)
				}
				if e.Kind == train.EventStep {
					rep.Observe(e)
				}
				csv.Observe(e)
			}))
		}
		m, err := train.NewMember(model, reducers[i], sampler, p, opts...)
		if err != nil {
			return nil, err
		}
		members = append(members, m)
	}
	start := time.Now()
	rs, errs := train.RunGroup(ctx, members)
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("node %d: %w", i, err)
		}
	}
	fmt.Fprintf(out, "  loss curve %s  %.3f → %.3f in %v (log: %s)\n", sparkline(curve, 40), curve[0], curve[len(curve)-1], time.Since(start).Round(time.Millisecond), logPath)
	return rs, nil
}

// formRing makes every host a member of one ring all-reduce group, in host
// order, for tensors of length n, and waits until the ring has formed.
func formRing(ctx context.Context, hosts []*mesh.Host, id allreduce.GroupID, n int) ([]train.AllReducer, func(), error) {
	ids := make([]peer.ID, len(hosts))
	for i, h := range hosts {
		ids[i] = h.ID()
	}
	spec := allreduce.DefaultSpec(id, ids, nil, n)
	var svcs []*allreduce.Service
	closeAll := func() {
		for _, s := range svcs {
			s.Close()
		}
	}
	groups := make([]*allreduce.Group, len(hosts))
	for i, h := range hosts {
		svc := allreduce.NewService(h, nil)
		svcs = append(svcs, svc)
		g, err := svc.NewGroup(spec, allreduce.DefaultParams())
		if err != nil {
			closeAll()
			return nil, nil, err
		}
		groups[i] = g
	}
	errs := make([]error, len(groups))
	var wg sync.WaitGroup
	for i, g := range groups {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = g.Form(ctx)
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		closeAll()
		return nil, nil, fmt.Errorf("form the training ring: %w", err)
	}
	reducers := make([]train.AllReducer, len(groups))
	for i, g := range groups {
		reducers[i] = node.NewRingReducer(g)
	}
	return reducers, closeAll, nil
}

// sparkline draws values (at most width buckets, each its mean) as block
// characters from lowest to highest.
func sparkline(vs []float64, width int) string {
	if len(vs) == 0 {
		return ""
	}
	n := min(width, len(vs))
	means := make([]float64, n)
	lo, hi := math.Inf(1), math.Inf(-1)
	for b := range means {
		s, e := b*len(vs)/n, (b+1)*len(vs)/n
		for _, v := range vs[s:e] {
			means[b] += v / float64(e-s)
		}
		lo, hi = math.Min(lo, means[b]), math.Max(hi, means[b])
	}
	const bars = "▁▂▃▄▅▆▇█"
	runes := []rune(bars)
	var sb strings.Builder
	for _, m := range means {
		k := 0
		if hi > lo {
			k = int((m - lo) / (hi - lo) * float64(len(runes)-1))
		}
		sb.WriteRune(runes[k])
	}
	return sb.String()
}
