package gpu

import (
	"fmt"
	"math"
	"strings"
	"sync"
)

// ops is one device's implementation of the Backend ops. engine calls it
// with arguments it has already checked (lengths, types, ownership), under
// its lock, so implementations hold no lock and validate nothing.
type ops interface {
	name() string
	alloc(b *Buffer) error // sets b's storage, zeroed
	free(b *Buffer) error
	upload(dst *Buffer, src []float32) error
	uploadInt32(dst *Buffer, src []int32) error
	download(dst []float32, src *Buffer) error
	copy(dst, src *Buffer) error
	fill(dst *Buffer, v float32) error
	sync() error
	close() error

	gemm(g *GEMM, s gemmShape) error
	addBias(x, bias *Buffer, rows, cols int) error
	colSum(dst, src *Buffer, rows, cols int) error
	add(z, x, y *Buffer) error
	mul(z, x, y *Buffer) error
	scale(x *Buffer, alpha float32) error
	axpy(y *Buffer, alpha float32, x *Buffer) error
	relu(y, x *Buffer) error
	reluBackward(dx, dy, x *Buffer) error
	gelu(y, x *Buffer) error
	geluBackward(dx, dy, x *Buffer) error
	softmax(y, x *Buffer, rows, cols int, causal bool) error
	softmaxBackward(dx, dy, y *Buffer, rows, cols int) error
	crossEntropy(loss, logits, labels *Buffer, rows, cols int) error
	crossEntropyBackward(dlogits, logits, labels *Buffer, rows, cols int, scale float32) error
	layerNorm(y, mean, rstd, x, gamma, beta *Buffer, rows, cols int, eps float32) error
	layerNormBackward(dx, dgamma, dbeta, dy, x, mean, rstd, gamma *Buffer, rows, cols int) error
	rmsNorm(y, rstd, x, gamma *Buffer, rows, cols int, eps float32) error
	rmsNormBackward(dx, dgamma, dy, x, rstd, gamma *Buffer, rows, cols int) error
	silu(y, x *Buffer) error
	siluBackward(dx, dy, x *Buffer) error
	embedding(out, table, ids *Buffer, n, dim, vocab int) error
	embeddingBackward(dtable, dout, ids *Buffer, n, dim, vocab int) error
	sgd(p, g, v *Buffer, h SGDParams) error
	adamw(p, g, m, v *Buffer, s adamwScalars) error
}

// gemmShape is a GEMM with its defaults resolved.
type gemmShape struct {
	lda, ldb, ldc int
	sa, sb, sc    int
	batch         int
}

// adamwScalars are AdamW's per-step constants, computed once on the host
// in float64 and rounded, so that both backends use the same float32s.
type adamwScalars struct {
	decay, beta2, w1, w2, bc2s, step, eps float32
}

func newAdamWScalars(h AdamWParams, t int) adamwScalars {
	bc1 := 1 - math.Pow(float64(h.Beta1), float64(t))
	bc2 := 1 - math.Pow(float64(h.Beta2), float64(t))
	return adamwScalars{
		// The product is rounded before the subtraction, so no compiler
		// fuses them (arm64 would): the same bits on every machine.
		decay: float32(1 - float64(float64(h.LR)*float64(h.WeightDecay))),
		beta2: h.Beta2,
		w1:    float32(1 - float64(h.Beta1)),
		w2:    float32(1 - float64(h.Beta2)),
		bc2s:  float32(math.Sqrt(bc2)),
		step:  float32(float64(h.LR) / bc1),
		eps:   h.Eps,
	}
}

// engine implements Backend over one device's ops: it checks every
// argument, keeps the live-allocation count, and serialises calls.
type engine struct {
	deterministic bool

	mu sync.Mutex
	// mu guards the following.
	ops    ops
	closed bool
	live   map[*Buffer]struct{} // allocations not yet freed
	bytes  int64
}

var _ Backend = (*engine)(nil)

func newEngine(o ops, deterministic bool) *engine {
	return &engine{ops: o, deterministic: deterministic, live: map[*Buffer]struct{}{}}
}

func (e *engine) Name() string        { return e.ops.name() }
func (e *engine) Deterministic() bool { return e.deterministic }

func (e *engine) Live() Usage {
	e.mu.Lock()
	defer e.mu.Unlock()
	return Usage{Buffers: len(e.live), Bytes: e.bytes}
}

// lock takes the lock and fails when the backend is closed.
func (e *engine) lock() error {
	e.mu.Lock()
	if e.closed {
		e.mu.Unlock()
		return ErrClosed
	}
	return nil
}

func (e *engine) Alloc(n int) (*Buffer, error)      { return e.alloc(n, Float32) }
func (e *engine) AllocInt32(n int) (*Buffer, error) { return e.alloc(n, Int32) }

func (e *engine) alloc(n int, dt DType) (*Buffer, error) {
	if n < 0 {
		return nil, fmt.Errorf("%w: alloc of %d elements", ErrShape, n)
	}
	if err := e.lock(); err != nil {
		return nil, err
	}
	defer e.mu.Unlock()
	b := &Buffer{n: n, dtype: dt, owner: e}
	b.root = b
	if err := e.ops.alloc(b); err != nil {
		return nil, err
	}
	e.live[b] = struct{}{}
	e.bytes += b.Bytes()
	return b, nil
}

func (e *engine) Free(b *Buffer) error {
	if err := e.lock(); err != nil {
		return err
	}
	defer e.mu.Unlock()
	if err := e.own(b); err != nil {
		return err
	}
	if b.root != b {
		return fmt.Errorf("%w: Free of a view", ErrBuffer)
	}
	delete(e.live, b)
	e.bytes -= b.Bytes()
	b.freed = true
	return e.ops.free(b)
}

func (e *engine) Close() error {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.closed {
		return ErrClosed
	}
	e.closed = true
	var first error
	for b := range e.live {
		b.freed = true
		if err := e.ops.free(b); err != nil && first == nil {
			first = err
		}
	}
	clear(e.live)
	e.bytes = 0
	if err := e.ops.close(); err != nil && first == nil {
		first = err
	}
	return first
}

// own checks that b is a live buffer of this backend.
func (e *engine) own(b *Buffer) error {
	switch {
	case b == nil:
		return fmt.Errorf("%w: nil", ErrBuffer)
	case b.owner != e:
		return fmt.Errorf("%w: %v belongs to another backend", ErrBuffer, b)
	case b.root.freed:
		return fmt.Errorf("%w: %v was freed", ErrBuffer, b)
	}
	return nil
}

// spec is what an op requires of one buffer argument.
type spec struct {
	name  string
	b     *Buffer
	dtype DType
	n     int
}

func f32(name string, b *Buffer, n int) spec { return spec{name, b, Float32, n} }
func i32(name string, b *Buffer, n int) spec { return spec{name, b, Int32, n} }

// check takes the lock (the caller must unlock when it returns nil) and
// checks every buffer's ownership, type and length.
func (e *engine) check(op string, specs ...spec) error {
	if err := e.lock(); err != nil {
		return err
	}
	for _, s := range specs {
		err := e.own(s.b)
		if err == nil && s.b.dtype != s.dtype {
			err = fmt.Errorf("%w: %s is %s, want %s", ErrShape, s.name, s.b.dtype, s.dtype)
		}
		if err == nil && s.b.n != s.n {
			err = fmt.Errorf("%w: %s has %d elements, want %d", ErrShape, s.name, s.b.n, s.n)
		}
		if err != nil {
			e.mu.Unlock()
			return fmt.Errorf("%s: %w", op, err)
		}
	}
	return nil
}

// dims checks that every dimension is positive and that their product
// fits an int.
func dims(op string, d ...int) (int, error) {
	p := 1
	for _, v := range d {
		if v <= 0 {
			return 0, fmt.Errorf("%s: %w: dimension %d (want > 0)", op, ErrShape, v)
		}
		if p > math.MaxInt32*int(math.MaxInt32)/v {
			return 0, fmt.Errorf("%s: %w: dimensions too large", op, ErrShape)
		}
		p *= v
	}
	return p, nil
}

func (e *engine) Upload(dst *Buffer, src []float32) error {
	if err := e.check("Upload", f32("dst", dst, len(src))); err != nil {
		return err
	}
	defer e.mu.Unlock()
	return e.ops.upload(dst, src)
}

func (e *engine) UploadInt32(dst *Buffer, src []int32) error {
	if err := e.check("UploadInt32", i32("dst", dst, len(src))); err != nil {
		return err
	}
	defer e.mu.Unlock()
	return e.ops.uploadInt32(dst, src)
}

func (e *engine) Download(dst []float32, src *Buffer) error {
	if err := e.check("Download", f32("src", src, len(dst))); err != nil {
		return err
	}
	defer e.mu.Unlock()
	return e.ops.download(dst, src)
}

func (e *engine) Copy(dst, src *Buffer) error {
	if src == nil || dst == nil {
		return fmt.Errorf("Copy: %w: nil", ErrBuffer)
	}
	if err := e.check("Copy", spec{"dst", dst, src.dtype, src.n}, spec{"src", src, src.dtype, src.n}); err != nil {
		return err
	}
	defer e.mu.Unlock()
	if dst.overlaps(src) && dst.off != src.off {
		return fmt.Errorf("Copy: %w", ErrAlias)
	}
	return e.ops.copy(dst, src)
}

func (e *engine) Fill(dst *Buffer, v float32) error {
	if dst == nil {
		return fmt.Errorf("Fill: %w: nil", ErrBuffer)
	}
	if err := e.check("Fill", f32("dst", dst, dst.n)); err != nil {
		return err
	}
	defer e.mu.Unlock()
	return e.ops.fill(dst, v)
}

func (e *engine) Sync() error {
	if err := e.lock(); err != nil {
		return err
	}
	defer e.mu.Unlock()
	return e.ops.sync()
}

// resolve fills in a GEMM's defaults and checks its shape.
func (g *GEMM) resolve() (gemmShape, error) {
	var s gemmShape
	if g.M < 0 || g.N < 0 || g.K < 0 || g.Batch < 0 {
		return s, fmt.Errorf("%w: negative GEMM dimension", ErrShape)
	}
	s.batch = max(g.Batch, 1)
	rowsA, colsA := g.M, g.K
	if g.TransA {
		rowsA, colsA = g.K, g.M
	}
	rowsB, colsB := g.K, g.N
	if g.TransB {
		rowsB, colsB = g.N, g.K
	}
	var err error
	if s.lda, s.sa, err = ld("A", g.LDA, g.StrideA, rowsA, colsA); err != nil {
		return s, err
	}
	if s.ldb, s.sb, err = ld("B", g.LDB, g.StrideB, rowsB, colsB); err != nil {
		return s, err
	}
	if s.ldc, s.sc, err = ld("C", g.LDC, g.StrideC, g.M, g.N); err != nil {
		return s, err
	}
	return s, nil
}

// ld resolves one matrix's leading dimension and batch stride.
func ld(name string, ld, stride, rows, cols int) (int, int, error) {
	if ld == 0 {
		ld = max(cols, 1)
	}
	if ld < max(cols, 1) {
		return 0, 0, fmt.Errorf("%w: LD%s %d < %d columns", ErrShape, name, ld, cols)
	}
	if stride == 0 {
		stride = rows * ld
	}
	if stride < 0 {
		return 0, 0, fmt.Errorf("%w: Stride%s %d < 0", ErrShape, name, stride)
	}
	return ld, stride, nil
}

// need is the number of elements a strided batch of rows×cols matrices
// spans.
func need(rows, cols, ld, stride, batch int) int {
	if rows == 0 || cols == 0 {
		return 0
	}
	return (batch-1)*stride + (rows-1)*ld + cols
}

func (e *engine) Gemm(g GEMM) error {
	s, err := g.resolve()
	if err != nil {
		return fmt.Errorf("Gemm: %w", err)
	}
	rowsA, colsA := g.M, g.K
	if g.TransA {
		rowsA, colsA = g.K, g.M
	}
	rowsB, colsB := g.K, g.N
	if g.TransB {
		rowsB, colsB = g.N, g.K
	}
	for _, m := range []struct {
		name string
		b    *Buffer
		need int
	}{
		{"A", g.A, need(rowsA, colsA, s.lda, s.sa, s.batch)},
		{"B", g.B, need(rowsB, colsB, s.ldb, s.sb, s.batch)},
		{"C", g.C, need(g.M, g.N, s.ldc, s.sc, s.batch)},
	} {
		if m.b == nil {
			return fmt.Errorf("Gemm: %w: %s is nil", ErrBuffer, m.name)
		}
		if m.b.n < m.need {
			return fmt.Errorf("Gemm: %w: %s has %d elements, the shape needs %d", ErrShape, m.name, m.b.n, m.need)
		}
	}
	if err := e.check("Gemm", f32("A", g.A, g.A.n), f32("B", g.B, g.B.n), f32("C", g.C, g.C.n)); err != nil {
		return err
	}
	defer e.mu.Unlock()
	if g.C.overlaps(g.A) || g.C.overlaps(g.B) {
		return fmt.Errorf("Gemm: %w: C overlaps A or B", ErrAlias)
	}
	if g.M == 0 || g.N == 0 {
		return nil
	}
	return e.ops.gemm(&g, s)
}

func (e *engine) AddBias(x, bias *Buffer, rows, cols int) error {
	n, err := dims("AddBias", rows, cols)
	if err != nil {
		return err
	}
	if err := e.check("AddBias", f32("x", x, n), f32("bias", bias, cols)); err != nil {
		return err
	}
	defer e.mu.Unlock()
	if x.overlaps(bias) {
		return fmt.Errorf("AddBias: %w", ErrAlias)
	}
	return e.ops.addBias(x, bias, rows, cols)
}

func (e *engine) ColSum(dst, src *Buffer, rows, cols int) error {
	n, err := dims("ColSum", rows, cols)
	if err != nil {
		return err
	}
	if err := e.check("ColSum", f32("dst", dst, cols), f32("src", src, n)); err != nil {
		return err
	}
	defer e.mu.Unlock()
	if dst.overlaps(src) {
		return fmt.Errorf("ColSum: %w", ErrAlias)
	}
	return e.ops.colSum(dst, src, rows, cols)
}

// same checks element-wise operands: float32, all as long as the first,
// and the first nout (the outputs) either the very memory of another
// operand or disjoint from it: a partial overlap would make the result
// depend on the order in which elements are written.
func (e *engine) same(op, names string, nout int, bs ...*Buffer) error {
	if bs[0] == nil {
		return fmt.Errorf("%s: %w: nil", op, ErrBuffer)
	}
	nm := strings.Fields(names)
	specs := make([]spec, len(bs))
	for i, b := range bs {
		specs[i] = f32(nm[i], b, bs[0].n)
	}
	if err := e.check(op, specs...); err != nil {
		return err
	}
	for i := 0; i < nout; i++ {
		for j, b := range bs {
			if j != i && partial(bs[i], b) {
				e.mu.Unlock()
				return fmt.Errorf("%s: %w: %s partly overlaps %s", op, ErrAlias, nm[i], nm[j])
			}
		}
	}
	return nil
}

// partial reports whether a and b overlap without being the same range.
func partial(a, b *Buffer) bool {
	return a.overlaps(b) && (a.off != b.off || a.n != b.n)
}

func (e *engine) Add(z, x, y *Buffer) error {
	if err := e.same("Add", "z x y", 1, z, x, y); err != nil {
		return err
	}
	defer e.mu.Unlock()
	return e.ops.add(z, x, y)
}

func (e *engine) Mul(z, x, y *Buffer) error {
	if err := e.same("Mul", "z x y", 1, z, x, y); err != nil {
		return err
	}
	defer e.mu.Unlock()
	return e.ops.mul(z, x, y)
}

func (e *engine) Scale(x *Buffer, alpha float32) error {
	if err := e.same("Scale", "x", 1, x); err != nil {
		return err
	}
	defer e.mu.Unlock()
	return e.ops.scale(x, alpha)
}

func (e *engine) Axpy(y *Buffer, alpha float32, x *Buffer) error {
	if err := e.same("Axpy", "y x", 1, y, x); err != nil {
		return err
	}
	defer e.mu.Unlock()
	return e.ops.axpy(y, alpha, x)
}

func (e *engine) ReLU(y, x *Buffer) error {
	if err := e.same("ReLU", "y x", 1, y, x); err != nil {
		return err
	}
	defer e.mu.Unlock()
	return e.ops.relu(y, x)
}

func (e *engine) ReLUBackward(dx, dy, x *Buffer) error {
	if err := e.same("ReLUBackward", "dx dy x", 1, dx, dy, x); err != nil {
		return err
	}
	defer e.mu.Unlock()
	return e.ops.reluBackward(dx, dy, x)
}

func (e *engine) GELU(y, x *Buffer) error {
	if err := e.same("GELU", "y x", 1, y, x); err != nil {
		return err
	}
	defer e.mu.Unlock()
	return e.ops.gelu(y, x)
}

func (e *engine) GELUBackward(dx, dy, x *Buffer) error {
	if err := e.same("GELUBackward", "dx dy x", 1, dx, dy, x); err != nil {
		return err
	}
	defer e.mu.Unlock()
	return e.ops.geluBackward(dx, dy, x)
}

func (e *engine) Softmax(y, x *Buffer, rows, cols int, causal bool) error {
	n, err := dims("Softmax", rows, cols)
	if err != nil {
		return err
	}
	if err := e.check("Softmax", f32("y", y, n), f32("x", x, n)); err != nil {
		return err
	}
	defer e.mu.Unlock()
	if partial(y, x) {
		return fmt.Errorf("Softmax: %w", ErrAlias)
	}
	return e.ops.softmax(y, x, rows, cols, causal)
}

func (e *engine) SoftmaxBackward(dx, dy, y *Buffer, rows, cols int) error {
	n, err := dims("SoftmaxBackward", rows, cols)
	if err != nil {
		return err
	}
	if err := e.check("SoftmaxBackward", f32("dx", dx, n), f32("dy", dy, n), f32("y", y, n)); err != nil {
		return err
	}
	defer e.mu.Unlock()
	if partial(dx, dy) || partial(dx, y) {
		return fmt.Errorf("SoftmaxBackward: %w", ErrAlias)
	}
	return e.ops.softmaxBackward(dx, dy, y, rows, cols)
}

func (e *engine) CrossEntropy(loss, logits, labels *Buffer, rows, cols int) error {
	n, err := dims("CrossEntropy", rows, cols)
	if err != nil {
		return err
	}
	if err := e.check("CrossEntropy", f32("loss", loss, rows), f32("logits", logits, n), i32("labels", labels, rows)); err != nil {
		return err
	}
	defer e.mu.Unlock()
	if loss.overlaps(logits) {
		return fmt.Errorf("CrossEntropy: %w", ErrAlias)
	}
	return e.ops.crossEntropy(loss, logits, labels, rows, cols)
}

func (e *engine) CrossEntropyBackward(dlogits, logits, labels *Buffer, rows, cols int, scale float32) error {
	n, err := dims("CrossEntropyBackward", rows, cols)
	if err != nil {
		return err
	}
	if err := e.check("CrossEntropyBackward", f32("dlogits", dlogits, n), f32("logits", logits, n), i32("labels", labels, rows)); err != nil {
		return err
	}
	defer e.mu.Unlock()
	if partial(dlogits, logits) || dlogits.overlaps(labels) {
		return fmt.Errorf("CrossEntropyBackward: %w", ErrAlias)
	}
	return e.ops.crossEntropyBackward(dlogits, logits, labels, rows, cols, scale)
}

func (e *engine) LayerNorm(y, mean, rstd, x, gamma, beta *Buffer, rows, cols int, eps float32) error {
	n, err := dims("LayerNorm", rows, cols)
	if err != nil {
		return err
	}
	if !(eps >= 0) {
		return fmt.Errorf("LayerNorm: %w: eps %g < 0", ErrParams, eps)
	}
	if err := e.check("LayerNorm", f32("y", y, n), f32("mean", mean, rows), f32("rstd", rstd, rows),
		f32("x", x, n), f32("gamma", gamma, cols), f32("beta", beta, cols)); err != nil {
		return err
	}
	defer e.mu.Unlock()
	if mean.overlaps(rstd) || mean.overlaps(x) || rstd.overlaps(x) || mean.overlaps(y) || rstd.overlaps(y) ||
		partial(y, x) || y.overlaps(gamma) || y.overlaps(beta) {
		return fmt.Errorf("LayerNorm: %w", ErrAlias)
	}
	return e.ops.layerNorm(y, mean, rstd, x, gamma, beta, rows, cols, eps)
}

func (e *engine) LayerNormBackward(dx, dgamma, dbeta, dy, x, mean, rstd, gamma *Buffer, rows, cols int) error {
	n, err := dims("LayerNormBackward", rows, cols)
	if err != nil {
		return err
	}
	if err := e.check("LayerNormBackward", f32("dx", dx, n), f32("dgamma", dgamma, cols), f32("dbeta", dbeta, cols),
		f32("dy", dy, n), f32("x", x, n), f32("mean", mean, rows), f32("rstd", rstd, rows), f32("gamma", gamma, cols)); err != nil {
		return err
	}
	defer e.mu.Unlock()
	// The parameter gradients are computed first and read dy and x; dx is
	// written last and may share dy's memory but no other input's.
	for _, in := range []*Buffer{dgamma, dbeta} {
		for _, o := range []*Buffer{dx, dy, x, mean, rstd, gamma} {
			if in.overlaps(o) {
				return fmt.Errorf("LayerNormBackward: %w", ErrAlias)
			}
		}
	}
	if dgamma.overlaps(dbeta) || partial(dx, dy) || dx.overlaps(x) || dx.overlaps(mean) || dx.overlaps(rstd) || dx.overlaps(gamma) {
		return fmt.Errorf("LayerNormBackward: %w", ErrAlias)
	}
	return e.ops.layerNormBackward(dx, dgamma, dbeta, dy, x, mean, rstd, gamma, rows, cols)
}

func (e *engine) RMSNorm(y, rstd, x, gamma *Buffer, rows, cols int, eps float32) error {
	n, err := dims("RMSNorm", rows, cols)
	if err != nil {
		return err
	}
	if !(eps >= 0) {
		return fmt.Errorf("RMSNorm: %w: eps %g < 0", ErrParams, eps)
	}
	if err := e.check("RMSNorm", f32("y", y, n), f32("rstd", rstd, rows), f32("x", x, n), f32("gamma", gamma, cols)); err != nil {
		return err
	}
	defer e.mu.Unlock()
	if rstd.overlaps(x) || rstd.overlaps(y) || rstd.overlaps(gamma) || partial(y, x) || y.overlaps(gamma) {
		return fmt.Errorf("RMSNorm: %w", ErrAlias)
	}
	return e.ops.rmsNorm(y, rstd, x, gamma, rows, cols, eps)
}

func (e *engine) RMSNormBackward(dx, dgamma, dy, x, rstd, gamma *Buffer, rows, cols int) error {
	n, err := dims("RMSNormBackward", rows, cols)
	if err != nil {
		return err
	}
	if err := e.check("RMSNormBackward", f32("dx", dx, n), f32("dgamma", dgamma, cols),
		f32("dy", dy, n), f32("x", x, n), f32("rstd", rstd, rows), f32("gamma", gamma, cols)); err != nil {
		return err
	}
	defer e.mu.Unlock()
	// As LayerNormBackward: dgamma first, from dy and x; dx written last
	// and may share dy's memory but no other input's.
	for _, o := range []*Buffer{dx, dy, x, rstd, gamma} {
		if dgamma.overlaps(o) {
			return fmt.Errorf("RMSNormBackward: %w", ErrAlias)
		}
	}
	if partial(dx, dy) || dx.overlaps(x) || dx.overlaps(rstd) || dx.overlaps(gamma) {
		return fmt.Errorf("RMSNormBackward: %w", ErrAlias)
	}
	return e.ops.rmsNormBackward(dx, dgamma, dy, x, rstd, gamma, rows, cols)
}

func (e *engine) SiLU(y, x *Buffer) error {
	if err := e.same("SiLU", "y x", 1, y, x); err != nil {
		return err
	}
	defer e.mu.Unlock()
	return e.ops.silu(y, x)
}

func (e *engine) SiLUBackward(dx, dy, x *Buffer) error {
	if err := e.same("SiLUBackward", "dx dy x", 1, dx, dy, x); err != nil {
		return err
	}
	defer e.mu.Unlock()
	return e.ops.siluBackward(dx, dy, x)
}

func (e *engine) Embedding(out, table, ids *Buffer, dim int) error {
	if table == nil || ids == nil {
		return fmt.Errorf("Embedding: %w: nil", ErrBuffer)
	}
	if dim <= 0 || table.n%dim != 0 || table.n == 0 {
		return fmt.Errorf("Embedding: %w: table of %d elements is not vocab×%d", ErrShape, table.n, dim)
	}
	vocab, n := table.n/dim, ids.n
	if err := e.check("Embedding", f32("out", out, n*dim), f32("table", table, table.n), i32("ids", ids, n)); err != nil {
		return err
	}
	defer e.mu.Unlock()
	if out.overlaps(table) {
		return fmt.Errorf("Embedding: %w", ErrAlias)
	}
	return e.ops.embedding(out, table, ids, n, dim, vocab)
}

func (e *engine) EmbeddingBackward(dtable, dout, ids *Buffer, dim int) error {
	if dtable == nil || ids == nil {
		return fmt.Errorf("EmbeddingBackward: %w: nil", ErrBuffer)
	}
	if dim <= 0 || dtable.n%dim != 0 || dtable.n == 0 {
		return fmt.Errorf("EmbeddingBackward: %w: dtable of %d elements is not vocab×%d", ErrShape, dtable.n, dim)
	}
	vocab, n := dtable.n/dim, ids.n
	if err := e.check("EmbeddingBackward", f32("dtable", dtable, dtable.n), f32("dout", dout, n*dim), i32("ids", ids, n)); err != nil {
		return err
	}
	defer e.mu.Unlock()
	if dtable.overlaps(dout) {
		return fmt.Errorf("EmbeddingBackward: %w", ErrAlias)
	}
	return e.ops.embeddingBackward(dtable, dout, ids, n, dim, vocab)
}

// Validate checks the hyperparameters' ranges.
func (h SGDParams) Validate() error {
	switch {
	case !(h.LR > 0):
		return fmt.Errorf("%w: SGD LR %g, want > 0", ErrParams, h.LR)
	case !(h.Momentum >= 0 && h.Momentum < 1):
		return fmt.Errorf("%w: SGD Momentum %g, want [0, 1)", ErrParams, h.Momentum)
	case !(h.WeightDecay >= 0):
		return fmt.Errorf("%w: SGD WeightDecay %g, want ≥ 0", ErrParams, h.WeightDecay)
	}
	return nil
}

// Validate checks the hyperparameters' ranges.
func (h AdamWParams) Validate() error {
	switch {
	case !(h.LR > 0):
		return fmt.Errorf("%w: AdamW LR %g, want > 0", ErrParams, h.LR)
	case !(h.Beta1 >= 0 && h.Beta1 < 1), !(h.Beta2 >= 0 && h.Beta2 < 1):
		return fmt.Errorf("%w: AdamW betas %g, %g, want [0, 1)", ErrParams, h.Beta1, h.Beta2)
	case !(h.Eps > 0):
		return fmt.Errorf("%w: AdamW Eps %g, want > 0", ErrParams, h.Eps)
	case !(h.WeightDecay >= 0):
		return fmt.Errorf("%w: AdamW WeightDecay %g, want ≥ 0", ErrParams, h.WeightDecay)
	}
	return nil
}

func (e *engine) SGD(p, g, v *Buffer, h SGDParams) error {
	if err := h.Validate(); err != nil {
		return fmt.Errorf("SGD: %w", err)
	}
	if err := e.same("SGD", "p g v", 3, p, g, v); err != nil {
		return err
	}
	defer e.mu.Unlock()
	if p.overlaps(g) || p.overlaps(v) || g.overlaps(v) {
		return fmt.Errorf("SGD: %w: p, g and v must be distinct", ErrAlias)
	}
	return e.ops.sgd(p, g, v, h)
}

func (e *engine) AdamW(p, g, m, v *Buffer, h AdamWParams, step int) error {
	if err := h.Validate(); err != nil {
		return fmt.Errorf("AdamW: %w", err)
	}
	if step < 1 {
		return fmt.Errorf("AdamW: %w: step %d, want ≥ 1", ErrParams, step)
	}
	if err := e.same("AdamW", "p g m v", 4, p, g, m, v); err != nil {
		return err
	}
	defer e.mu.Unlock()
	if p.overlaps(g) || p.overlaps(m) || p.overlaps(v) || g.overlaps(m) || g.overlaps(v) || m.overlaps(v) {
		return fmt.Errorf("AdamW: %w", ErrAlias)
	}
	return e.ops.adamw(p, g, m, v, newAdamWScalars(h, step))
}
