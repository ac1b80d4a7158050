package gpu

import "math"

// float64 references: the textbook formula, written independently of
// both backends, each in the plainest form.

// refGemm returns alpha·op(A)·op(B) + beta·C for one matrix, with leading
// dimensions.
func refGemm(ta, tb bool, m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, c []float64, ldc int) []float64 {
	out := append([]float64(nil), c...)
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			var s float64
			for l := 0; l < k; l++ {
				ai, bi := i*lda+l, l*ldb+j
				if ta {
					ai = l*lda + i
				}
				if tb {
					bi = j*ldb + l
				}
				av, bv := a[ai], b[bi]
				s += av * bv
			}
			v := alpha * s
			if beta != 0 {
				v += beta * c[i*ldc+j]
			}
			out[i*ldc+j] = v
		}
	}
	return out
}

func refGELU(x float64) float64 {
	return 0.5 * x * (1 + math.Tanh(math.Sqrt(2/math.Pi)*(x+0.044715*x*x*x)))
}

func refSoftmax(x []float64, rows, cols int, causal bool) []float64 {
	y := make([]float64, len(x))
	for r := 0; r < rows; r++ {
		lim := cols
		if causal {
			lim = r%cols + 1
		}
		var s float64
		for c := 0; c < lim; c++ {
			s += math.Exp(x[r*cols+c])
		}
		for c := 0; c < lim; c++ {
			y[r*cols+c] = math.Exp(x[r*cols+c]) / s
		}
	}
	return y
}

func refCrossEntropy(x []float64, labels []int32, rows, cols int) []float64 {
	loss := make([]float64, rows)
	for r := 0; r < rows; r++ {
		if labels[r] < 0 {
			continue
		}
		var s float64
		for c := 0; c < cols; c++ {
			s += math.Exp(x[r*cols+c])
		}
		loss[r] = math.Log(s) - x[r*cols+int(labels[r])]
	}
	return loss
}

func refLayerNorm(x, gamma, beta []float64, rows, cols int, eps float64) (y, mean, rstd []float64) {
	y = make([]float64, len(x))
	mean, rstd = make([]float64, rows), make([]float64, rows)
	for r := 0; r < rows; r++ {
		row := x[r*cols : (r+1)*cols]
		var mu, v float64
		for _, xv := range row {
			mu += xv
		}
		mu /= float64(cols)
		for _, xv := range row {
			v += (xv - mu) * (xv - mu)
		}
		v /= float64(cols)
		rs := 1 / math.Sqrt(v+eps)
		mean[r], rstd[r] = mu, rs
		for c, xv := range row {
			y[r*cols+c] = (xv-mu)*rs*gamma[c] + beta[c]
		}
	}
	return y, mean, rstd
}

// refAdamW is AdamW as Loshchilov & Hutter write it, in float64.
func refAdamW(p, g, m, v []float64, h AdamWParams, t int) {
	lr, b1, b2, eps, wd := float64(h.LR), float64(h.Beta1), float64(h.Beta2), float64(h.Eps), float64(h.WeightDecay)
	for i := range p {
		p[i] -= lr * wd * p[i]
		m[i] = b1*m[i] + (1-b1)*g[i]
		v[i] = b2*v[i] + (1-b2)*g[i]*g[i]
		mh := m[i] / (1 - math.Pow(b1, float64(t)))
		vh := v[i] / (1 - math.Pow(b2, float64(t)))
		p[i] -= lr * mh / (math.Sqrt(vh) + eps)
	}
}

func refSGD(p, g, v []float64, h SGDParams) {
	for i := range p {
		gi := g[i] + float64(h.WeightDecay)*p[i]
		v[i] = float64(h.Momentum)*v[i] + gi
		p[i] -= float64(h.LR) * v[i]
	}
}
