package gpu_test

import (
	"fmt"

	"github.com/trainmesh/trainmesh/gpu"
)

// A linear softmax classifier trained with AdamW: forward, loss, backward
// and update, all on the backend. Open(DefaultParams()) would pick CUDA
// where there is a GPU; the code is the same.
func Example() {
	b, err := gpu.OpenCPU(gpu.DefaultParams())
	if err != nil {
		panic(err)
	}
	defer b.Close()

	const n, in, classes = 4, 3, 2
	xs := []float32{1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 0}
	labels := []int32{0, 1, 1, 0}

	alloc := func(n int) *gpu.Buffer {
		buf, err := b.Alloc(n)
		if err != nil {
			panic(err)
		}
		return buf
	}
	x, w, bias := alloc(n*in), alloc(in*classes), alloc(classes)
	logits, loss, dlogits := alloc(n*classes), alloc(n), alloc(n*classes)
	dw, db := alloc(in*classes), alloc(classes)
	mw, vw, mb, vb := alloc(in*classes), alloc(in*classes), alloc(classes), alloc(classes)
	y, err := b.AllocInt32(n)
	if err != nil {
		panic(err)
	}
	check := func(err error) {
		if err != nil {
			panic(err)
		}
	}
	check(b.Upload(x, xs))
	check(b.UploadInt32(y, labels))

	h := gpu.DefaultAdamW(0.1)
	for step := 1; step <= 50; step++ {
		// logits = x·W + b
		check(gpu.MatMul(b, logits, x, w, false, false, n, classes, in))
		check(b.AddBias(logits, bias, n, classes))
		check(b.CrossEntropy(loss, logits, y, n, classes))
		// dlogits = (softmax − onehot)/n; dW = xᵀ·dlogits; db = Σ rows
		check(b.CrossEntropyBackward(dlogits, logits, y, n, classes, 1.0/n))
		check(gpu.MatMul(b, dw, x, dlogits, true, false, in, classes, n))
		check(b.ColSum(db, dlogits, n, classes))
		check(b.AdamW(w, dw, mw, vw, h, step))
		check(b.AdamW(bias, db, mb, vb, h, step))
		if step == 1 || step == 50 {
			l := make([]float32, n)
			check(b.Download(l, loss))
			fmt.Printf("step %d: mean loss %.3f\n", step, (l[0]+l[1]+l[2]+l[3])/n)
		}
	}
	// Output:
	// step 1: mean loss 0.693
	// step 50: mean loss 0.032
}
