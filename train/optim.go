package train

import (
	"fmt"
	"math"

	"github.com/trainmesh/trainmesh/gpu"
	"github.com/trainmesh/trainmesh/gpu/detmath"
	"github.com/trainmesh/trainmesh/train/nn"
)

// Optimizer kinds.
const (
	OptSGD   = "sgd"
	OptAdamW = "adamw"
)

// OptimizerParams choose the update rule. Weight decay applies to weight
// matrices and embeddings only (nn.Layout puts them first), not to biases
// or layer-norm parameters.
type OptimizerParams struct {
	// Kind is "sgd" (with momentum, PyTorch's rule) or "adamw".
	Kind string
	// LR is the peak learning rate, > 0; the schedule scales it.
	LR float32
	// Momentum for SGD, in [0, 1).
	Momentum float32
	// Beta1, Beta2, Eps for AdamW (0.9, 0.999, 1e-8 typically).
	Beta1, Beta2, Eps float32
	// WeightDecay: SGD's L2 penalty or AdamW's decoupled decay, ≥ 0.
	WeightDecay float32
}

// SGDMomentum returns SGD with momentum 0.9 and no weight decay.
func SGDMomentum(lr float32) OptimizerParams {
	return OptimizerParams{Kind: OptSGD, LR: lr, Momentum: 0.9}
}

// AdamW returns AdamW with PyTorch's defaults (weight decay 0.01).
func AdamW(lr float32) OptimizerParams {
	return OptimizerParams{Kind: OptAdamW, LR: lr, Beta1: 0.9, Beta2: 0.999, Eps: 1e-8, WeightDecay: 0.01}
}

// Validate reports the first problem with p.
func (p OptimizerParams) Validate() error {
	var err error
	switch p.Kind {
	case OptSGD:
		err = gpu.SGDParams{LR: p.LR, Momentum: p.Momentum, WeightDecay: p.WeightDecay}.Validate()
	case OptAdamW:
		err = gpu.AdamWParams{LR: p.LR, Beta1: p.Beta1, Beta2: p.Beta2, Eps: p.Eps, WeightDecay: p.WeightDecay}.Validate()
	default:
		return fmt.Errorf("%w: optimizer %q, want %q or %q", ErrParams, p.Kind, OptSGD, OptAdamW)
	}
	if err != nil {
		return fmt.Errorf("%w: %v", ErrParams, err)
	}
	return nil
}

// Schedule kinds.
const (
	ScheduleConstant = "constant"
	ScheduleCosine   = "cosine"
	ScheduleLinear   = "linear"
)

// Schedule scales the learning rate by step: a linear warmup from 0 over
// WarmupSteps, then constant, or a cosine or linear decay to MinFactor of
// the peak at the last step.
type Schedule struct {
	Kind        string  // "constant", "cosine" or "linear"
	WarmupSteps int     // ≥ 0
	MinFactor   float64 // the final learning rate over the peak, in [0, 1]
}

// Validate reports the first problem with s.
func (s Schedule) Validate() error {
	switch s.Kind {
	case ScheduleConstant, ScheduleCosine, ScheduleLinear:
	default:
		return fmt.Errorf("%w: schedule %q, want constant, cosine or linear", ErrParams, s.Kind)
	}
	if s.WarmupSteps < 0 || !(s.MinFactor >= 0 && s.MinFactor <= 1) {
		return fmt.Errorf("%w: warmup %d steps, min factor %v", ErrParams, s.WarmupSteps, s.MinFactor)
	}
	return nil
}

// Factor is the learning-rate multiplier at step (from 0) of total. It is
// computed in float64 and rounded once, and every member computes it from
// the same integers, so all members use the same learning rate: with
// detmath's Cos and every product that is added rounded (no fused
// multiply-add), the same bits on every machine.
func (s Schedule) Factor(step, total int) float64 {
	if step < s.WarmupSteps {
		return float64(step+1) / float64(s.WarmupSteps+1)
	}
	span := total - s.WarmupSteps
	if s.Kind == ScheduleConstant || span <= 1 {
		return 1
	}
	frac := float64(step-s.WarmupSteps) / float64(span-1)
	switch s.Kind {
	case ScheduleCosine:
		return s.MinFactor + float64((1-s.MinFactor)*0.5*(1+detmath.Cos(math.Pi*frac)))
	default:
		return 1 - float64((1-s.MinFactor)*frac)
	}
}

// optimizer holds its state in flat buffers of the model's layout.
type optimizer struct {
	p      OptimizerParams
	b      gpu.Backend
	decay  int // elements of the decayed region
	m, v   *gpu.Buffer
	steps  int // updates applied, for AdamW's bias correction
	layout nn.Layout
}

func newOptimizer(b gpu.Backend, l nn.Layout, p OptimizerParams) (*optimizer, error) {
	o := &optimizer{p: p, b: b, decay: l.DecayLen, layout: l}
	var err error
	if o.v, err = b.Alloc(l.Len()); err != nil {
		return nil, err
	}
	if p.Kind == OptAdamW {
		if o.m, err = b.Alloc(l.Len()); err != nil {
			b.Free(o.v)
			return nil, err
		}
	}
	return o, nil
}

func (o *optimizer) close() {
	if o.m != nil {
		o.b.Free(o.m)
	}
	o.b.Free(o.v)
}

// step applies one update with learning rate lr to params from grads, in
// two calls: the decayed region with weight decay, the rest without.
func (o *optimizer) step(params, grads *gpu.Buffer, lr float32) error {
	o.steps++
	n := params.Len()
	for _, r := range [][2]int{{0, o.decay}, {o.decay, n - o.decay}} {
		if r[1] == 0 {
			continue
		}
		wd := o.p.WeightDecay
		if r[0] != 0 {
			wd = 0
		}
		p, g, v := params.View(r[0], r[1]), grads.View(r[0], r[1]), o.v.View(r[0], r[1])
		var err error
		if o.p.Kind == OptSGD {
			err = o.b.SGD(p, g, v, gpu.SGDParams{LR: lr, Momentum: o.p.Momentum, WeightDecay: wd})
		} else {
			err = o.b.AdamW(p, g, o.m.View(r[0], r[1]), v,
				gpu.AdamWParams{LR: lr, Beta1: o.p.Beta1, Beta2: o.p.Beta2, Eps: o.p.Eps, WeightDecay: wd}, o.steps)
		}
		if err != nil {
			return fmt.Errorf("train: optimizer: %w", err)
		}
	}
	return nil
}

// state returns the optimizer's buffers by checkpoint name.
func (o *optimizer) state() map[string]*gpu.Buffer {
	s := map[string]*gpu.Buffer{"opt.v": o.v}
	if o.m != nil {
		s["opt.m"] = o.m
	}
	return s
}
