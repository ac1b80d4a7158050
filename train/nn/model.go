package nn

import (
	"fmt"
	"math"

	"github.com/trainmesh/trainmesh/gpu"
)

// Batch is one batch of examples on the host.
//
// For an MLP, Rows examples: X holds Rows×Inputs features, Labels Rows
// class ids. For a transformer, Rows sequences: Tokens holds Rows×Context
// input ids and Labels the Rows×Context next-token targets, a negative
// target marking a position that does not count.
type Batch struct {
	Rows   int
	X      []float32
	Tokens []int32
	Labels []int32
}

// Metrics are summed over a batch: the mean loss is LossSum/Count and the
// accuracy Correct/Count.
type Metrics struct {
	LossSum float64
	Correct int
	Count   int
}

// Add accumulates other into m.
func (m *Metrics) Add(other Metrics) {
	m.LossSum += other.LossSum
	m.Correct += other.Correct
	m.Count += other.Count
}

// Loss returns the mean loss (NaN for no examples).
func (m Metrics) Loss() float64 { return m.LossSum / float64(m.Count) }

// Accuracy returns the fraction predicted right (NaN for no examples).
func (m Metrics) Accuracy() float64 { return float64(m.Correct) / float64(m.Count) }

// Model is a built model on a backend: its parameters and gradients as
// flat buffers in the spec's Layout, and the activations of a batch of up
// to MaxRows rows. Not safe for concurrent use; each group member builds
// its own.
type Model struct {
	b       gpu.Backend
	spec    Spec
	layout  Layout
	maxRows int
	params  *gpu.Buffer
	grads   *gpu.Buffer
	net     network
	owned   []*gpu.Buffer // allocations, freed by Close
	host    []float32     // scratch for downloads of losses and logits
	// lastN and lastClasses shape the logits of the last run in host.
	lastN, lastClasses int
}

// network is the model-specific part.
type network interface {
	// forward runs a batch already uploaded and returns the logits
	// (rows×classes), the labels buffer and the number of rows of each.
	forward(o *ops, rows int) (logits, labels *gpu.Buffer, n, classes int)
	// backward propagates dlogits to every parameter gradient.
	backward(o *ops, dlogits *gpu.Buffer, rows int)
	// upload copies a batch to the device after checking it.
	upload(o *ops, b Batch) error
	// lossBuffers are the per-row loss and the logits' gradient, sized
	// for the largest batch.
	lossBuffers() (loss, dlogits *gpu.Buffer)
}

// New builds the model s on backend b for batches of up to maxRows rows
// (examples or sequences). Parameters start at zero: call Init or
// SetParams.
func New(b gpu.Backend, s Spec, maxRows int) (*Model, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	if maxRows < 1 {
		return nil, fmt.Errorf("%w: max rows %d, want ≥ 1", ErrBatch, maxRows)
	}
	m := &Model{b: b, spec: s, layout: s.layout(), maxRows: maxRows}
	o := &ops{b: &tracking{Backend: b, m: m}}
	m.params = o.alloc(m.layout.Len())
	m.grads = o.alloc(m.layout.Len())
	if o.err != nil {
		m.Close()
		return nil, o.err
	}
	ps := map[string]param{}
	for _, p := range m.layout.Params {
		ps[p.Name] = param{w: m.params.View(p.Offset, p.Len), g: m.grads.View(p.Offset, p.Len)}
	}
	switch s.Kind {
	case KindMLP:
		m.net = newMLP(o, s.MLP, maxRows, ps)
	case KindTransformer:
		m.net = newTransformer(o, s.Transformer, maxRows, ps)
	case KindLlama:
		m.net = newLlama(o, s.Llama, maxRows, ps)
	}
	if o.err != nil {
		m.Close()
		return nil, o.err
	}
	return m, nil
}

// tracking records the buffers a model allocates so Close frees them.
type tracking struct {
	gpu.Backend
	m *Model
}

func (t *tracking) Alloc(n int) (*gpu.Buffer, error) {
	b, err := t.Backend.Alloc(n)
	if err == nil {
		t.m.owned = append(t.m.owned, b)
	}
	return b, err
}

func (t *tracking) AllocInt32(n int) (*gpu.Buffer, error) {
	b, err := t.Backend.AllocInt32(n)
	if err == nil {
		t.m.owned = append(t.m.owned, b)
	}
	return b, err
}

// Spec returns the model's definition.
func (m *Model) Spec() Spec { return m.spec }

// Layout returns the parameter layout.
func (m *Model) Layout() Layout { return m.layout }

// Backend returns the backend the model runs on.
func (m *Model) Backend() gpu.Backend { return m.b }

// MaxRows is the largest batch the model takes.
func (m *Model) MaxRows() int { return m.maxRows }

// Params is the flat parameter buffer (Layout order). Optimizers update it
// in place.
func (m *Model) Params() *gpu.Buffer { return m.params }

// Grads is the flat gradient buffer, set by LossAndGrad.
func (m *Model) Grads() *gpu.Buffer { return m.grads }

// Init sets the parameters to InitParams(layout, seed).
func (m *Model) Init(seed uint64) error {
	return m.SetParams(InitParams(m.layout, seed))
}

// SetParams uploads a flat parameter vector of Layout().Len() elements.
func (m *Model) SetParams(p []float32) error {
	if len(p) != m.layout.Len() {
		return fmt.Errorf("%w: %d parameters, the model has %d", ErrBatch, len(p), m.layout.Len())
	}
	return m.b.Upload(m.params, p)
}

// ReadParams downloads the parameters into dst (Layout().Len() elements).
func (m *Model) ReadParams(dst []float32) error { return m.b.Download(dst, m.params) }

// LossAndGrad runs the forward and backward pass on a batch, sets Grads to
// the gradient of the mean loss and returns the batch's metrics.
func (m *Model) LossAndGrad(b Batch) (Metrics, error) {
	return m.run(b, true)
}

// Evaluate runs the forward pass only.
func (m *Model) Evaluate(b Batch) (Metrics, error) {
	return m.run(b, false)
}

func (m *Model) run(b Batch, train bool) (Metrics, error) {
	if b.Rows < 1 || b.Rows > m.maxRows {
		return Metrics{}, fmt.Errorf("%w: %d rows, want 1 to %d", ErrBatch, b.Rows, m.maxRows)
	}
	o := &ops{b: m.b}
	if err := m.net.upload(o, b); err != nil {
		return Metrics{}, err
	}
	logits, labels, n, classes := m.net.forward(o, b.Rows)
	lossAll, dAll := m.net.lossBuffers()
	loss := lossAll.View(0, n)
	o.do("cross-entropy", func() error { return o.b.CrossEntropy(loss, logits, labels, n, classes) })
	if o.err != nil {
		return Metrics{}, o.err
	}
	met, err := m.metrics(loss, logits, b.Labels, n, classes)
	if err != nil {
		return Metrics{}, err
	}
	if !train {
		return met, nil
	}
	if met.Count == 0 {
		return met, fmt.Errorf("%w: no row has a label", ErrBatch)
	}
	dlogits := dAll.View(0, n*classes)
	scale := float32(1 / float64(met.Count))
	o.do("cross-entropy backward", func() error {
		return o.b.CrossEntropyBackward(dlogits, logits, labels, n, classes, scale)
	})
	m.net.backward(o, dlogits, b.Rows)
	return met, o.err
}

// metrics downloads the per-row losses and the logits and sums them on the
// host in row order (float64), so every member computes the same figures.
func (m *Model) metrics(loss, logits *gpu.Buffer, labels []int32, n, classes int) (Metrics, error) {
	need := n + n*classes
	if cap(m.host) < need {
		m.host = make([]float32, need)
	}
	l, lg := m.host[:n], m.host[n:need]
	m.lastN, m.lastClasses = n, classes
	if err := m.b.Download(l, loss); err != nil {
		return Metrics{}, err
	}
	if err := m.b.Download(lg, logits); err != nil {
		return Metrics{}, err
	}
	var met Metrics
	for r := 0; r < n; r++ {
		if labels[r] < 0 {
			continue
		}
		met.LossSum += float64(l[r])
		met.Count++
		row := lg[r*classes : (r+1)*classes]
		best := 0
		for c, v := range row {
			if v > row[best] {
				best = c
			}
		}
		if int32(best) == labels[r] {
			met.Correct++
		}
	}
	if math.IsNaN(met.LossSum) || math.IsInf(met.LossSum, 0) {
		return met, fmt.Errorf("nn: loss is %v (diverged: lower the learning rate)", met.LossSum)
	}
	return met, nil
}

// Logits returns a copy of the last LossAndGrad's or Evaluate's logits,
// rows×classes row-major (for a language model, one row per position of
// every sequence, Rows×Context rows): what `trainmesh model generate`
// samples from and the PyTorch cross-check compares.
func (m *Model) Logits() (rows, classes int, logits []float32) {
	n, c := m.lastN, m.lastClasses
	return n, c, append([]float32(nil), m.host[n:n+n*c]...)
}

// Close frees the model's buffers. The backend stays open.
func (m *Model) Close() error {
	var first error
	for _, b := range m.owned {
		if err := m.b.Free(b); err != nil && first == nil {
			first = err
		}
	}
	m.owned = nil
	return first
}

// mlp is Linear → ReLU → … → Linear.
type mlp struct {
	spec     *MLPSpec
	x        *gpu.Buffer // maxRows×Inputs
	labels   *gpu.Buffer // maxRows int32
	fcs      []*linear
	acts     []*activation
	loss, dl *gpu.Buffer
}

func newMLP(o *ops, s *MLPSpec, maxRows int, ps map[string]param) *mlp {
	n := &mlp{spec: s, x: o.alloc(maxRows * s.Inputs), labels: o.allocInt32(maxRows)}
	in := s.Inputs
	widths := append(append([]int(nil), s.Hidden...), s.Classes)
	for i, out := range widths {
		n.fcs = append(n.fcs, newLinear(o, in, out, maxRows, ps[fmt.Sprintf("fc%d.w", i)], ps[fmt.Sprintf("fc%d.b", i)]))
		if i < len(widths)-1 {
			n.acts = append(n.acts, newActivation(o, false, out, maxRows))
		}
		in = out
	}
	n.loss, n.dl = o.alloc(maxRows), o.alloc(maxRows*s.Classes)
	return n
}

func (n *mlp) lossBuffers() (*gpu.Buffer, *gpu.Buffer) { return n.loss, n.dl }

func (n *mlp) upload(o *ops, b Batch) error {
	s := n.spec
	if len(b.X) != b.Rows*s.Inputs || len(b.Labels) != b.Rows {
		return fmt.Errorf("%w: %d rows need %d features and %d labels, got %d and %d",
			ErrBatch, b.Rows, b.Rows*s.Inputs, b.Rows, len(b.X), len(b.Labels))
	}
	for _, y := range b.Labels {
		if int(y) >= s.Classes {
			return fmt.Errorf("%w: label %d, the model has %d classes", ErrBatch, y, s.Classes)
		}
	}
	o.do("upload", func() error { return o.b.Upload(rowsOf(n.x, b.Rows, s.Inputs), b.X) })
	o.do("upload", func() error { return o.b.UploadInt32(n.labels.View(0, b.Rows), b.Labels) })
	return o.err
}

func (n *mlp) forward(o *ops, rows int) (*gpu.Buffer, *gpu.Buffer, int, int) {
	h := rowsOf(n.x, rows, n.spec.Inputs)
	for i, fc := range n.fcs {
		h = fc.forward(o, h, rows)
		if i < len(n.acts) {
			h = n.acts[i].forward(o, h, rows)
		}
	}
	return h, n.labels.View(0, rows), rows, n.spec.Classes
}

func (n *mlp) backward(o *ops, d *gpu.Buffer, rows int) {
	for i := len(n.fcs) - 1; i >= 0; i-- {
		d = n.fcs[i].backward(o, d, rows, i > 0)
		if i > 0 {
			d = n.acts[i-1].backward(o, d, rows)
		}
	}
}
