// Package progress shows a training run to people and records it for
// machines: a progress bar (github.com/schollz/progressbar) when the
// output is a terminal, plain log lines otherwise, and a CSV log of loss
// and accuracy per step. It observes train.Events and does nothing else.
package progress

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/trainmesh/trainmesh/train"
)

// Reporter shows one member's progress. Observe is safe for concurrent
// use (a demo may show several members on one writer).
type Reporter struct {
	mu    sync.Mutex
	w     io.Writer
	bar   *progressbar.ProgressBar // nil unless w is a terminal
	every int                      // plain mode: a line every this many steps
	label string
}

// IsTerminal reports whether w is a terminal.
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// New returns a reporter of a run of steps steps on w: a progress bar if
// w is a terminal, else a plain line every `every` steps (0: about 10
// lines per run).
func New(w io.Writer, label string, steps, every int) *Reporter {
	r := &Reporter{w: w, every: every, label: label}
	if r.every <= 0 {
		r.every = max(1, steps/10)
	}
	if IsTerminal(w) {
		r.bar = progressbar.NewOptions(steps,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription(label),
			progressbar.OptionShowCount(),
			progressbar.OptionSetWidth(30),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	}
	return r
}

// Observe takes a member's event.
func (r *Reporter) Observe(e train.Event) {
	r.mu.Lock()
	defer r.mu.Unlock()
	switch e.Kind {
	case train.EventStep:
		if r.bar != nil {
			r.bar.Describe(fmt.Sprintf("%s loss %.4f", r.label, e.Loss))
			r.bar.Set(e.Step)
			return
		}
		if e.Step%r.every == 0 || e.Step == e.Steps {
			fmt.Fprintf(r.w, "  %s step %4d/%d  loss %.4f  lr %.2e  members %d  compute %v  all-reduce %v\n",
				r.label, e.Step, e.Steps, e.Loss, e.LR, e.Members, e.Compute.Round(time.Microsecond), e.Comm.Round(time.Microsecond))
		}
	case train.EventEval:
		r.line("  %s step %4d/%d  held-out loss %.4f  accuracy %.2f%% (%d/%d)\n",
			r.label, e.Step, e.Steps, e.Eval.Loss(), 100*e.Eval.Accuracy(), e.Eval.Correct, e.Eval.Count)
	case train.EventCheckpoint:
		r.line("  %s step %4d/%d  checkpoint %s\n", r.label, e.Step, e.Steps, e.Path)
	case train.EventResumed:
		r.line("  %s resumed at step %d from %s\n", r.label, e.Step, e.Path)
	}
}

// line prints a line above the bar (clearing it first) or plainly.
func (r *Reporter) line(format string, args ...any) {
	if r.bar != nil {
		r.bar.Clear()
	}
	fmt.Fprintf(r.w, format, args...)
}

// Finish closes the bar.
func (r *Reporter) Finish() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.bar != nil {
		r.bar.Finish()
	}
}

// CSVLog writes one CSV line per step and evaluation:
// event,step,loss,lr,members,compute_us,comm_us,eval_loss,eval_accuracy.
type CSVLog struct {
	mu     sync.Mutex
	w      io.Writer
	header bool
	err    error
}

// NewCSVLog returns a log writing to w.
func NewCSVLog(w io.Writer) *CSVLog { return &CSVLog{w: w} }

// Observe takes a member's event; write errors are kept for Err.
func (c *CSVLog) Observe(e train.Event) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.err != nil {
		return
	}
	if !c.header {
		_, c.err = fmt.Fprintln(c.w, "event,step,loss,lr,members,compute_us,comm_us,eval_loss,eval_accuracy")
		c.header = true
	}
	switch e.Kind {
	case train.EventStep:
		_, c.err = fmt.Fprintf(c.w, "step,%d,%.6f,%.6g,%d,%d,%d,,\n", e.Step, e.Loss, e.LR, e.Members, e.Compute.Microseconds(), e.Comm.Microseconds())
	case train.EventEval:
		_, c.err = fmt.Fprintf(c.w, "eval,%d,,,,,,%.6f,%.6f\n", e.Step, e.Eval.Loss(), e.Eval.Accuracy())
	}
}

// Err returns the first write error.
func (c *CSVLog) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}
