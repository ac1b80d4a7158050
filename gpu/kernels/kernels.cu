// trainmesh's CUDA kernels: every op of gpu.Backend, GEMM included.
//
// Reproducible mode is the reason for their shape: each kernel does, for
// each output element, the very float32/float64 operations that the Go
// CPU backend's deterministic path does (gpu/cpu.go), in the same order,
// so the GPU, the kernel emulator and the CPU give the same bits and a CPU
// peer can recompute a GPU member's training step. Rules (see compat.h):
//   - no atomics, no shared memory, no warp shuffles, no split-K: every
//     reduction is one thread walking its row, column or dot product in
//     index order, so the result never depends on the launch size or on
//     scheduling;
//   - arithmetic goes through f_* / d_* (one IEEE operation each, rounded
//     to nearest, never fused into an FMA: the CPU backend rounds every
//     product before it is added);
//   - exp, log and tanh are gpu/detmath's float64 algorithms, ported
//     operation for operation (clang -nocudalib links no libdevice, and
//     libdevice's would round differently anyway); GELU and the square
//     roots are computed in float64 and rounded once, as the CPU does;
//   - max is Go's built-in max (NaN wins, +0 beats -0);
//   - sizes are 64-bit, matrices are row-major, every kernel is a
//     grid-stride loop (compat.h FOR_EACH).
// Fast mode replaces tm_gemm by cuBLAS (TF32 allowed); every other op is
// the same kernel in both modes.
//
// Bad indices (embedding ids, labels) are not a crash: the kernel writes
// zeros and sets *status = 1, which the host turns into gpu.ErrIndex.
#include "compat.h"

// ---- scalar math: ports of gpu/detmath --------------------------------

#define D_INF d_from_bits(0x7ff0000000000000LL)
#define D_NAN d_from_bits(0x7ff8000000000001LL)

DEVICE int d_isnan(double x) { return x != x; }
DEVICE double d_abs(double x) { return d_from_bits(d_bits(x) & 0x7fffffffffffffffLL); }
DEVICE double d_copysign0(double sign) { return d_from_bits(d_bits(sign) & (i64)0x8000000000000000ULL); }

// Go's built-in max for float32 (runtime fmax): NaN if either is NaN,
// +0 when one is +0 and the other -0.
DEVICE float go_fmax(float x, float y) {
	if (y != y || y > x) return y;
	if (x != x || x > y || x != 0.0f) return x;
	return f_from_bits(f_bits(x) & f_bits(y));
}

// Go's math.normalize: subnormals scaled into the normal range.
DEVICE double go_normalize(double x, int *e) {
	if (d_abs(x) < 2.2250738585072014e-308) {
		*e = -52;
		return d_mul(x, 4503599627370496.0); // 2^52
	}
	*e = 0;
	return x;
}

// Go's math.Ldexp (pure Go on every GOARCH but s390x).
DEVICE double go_ldexp(double frac, i64 exp) {
	if (frac == 0.0 || d_isnan(frac) || d_abs(frac) == D_INF) return frac;
	int e;
	frac = go_normalize(frac, &e);
	exp += e;
	i64 x = d_bits(frac);
	exp += (i64)((x >> 52) & 0x7ff) - 1023;
	if (exp < -1075) return d_copysign0(frac);
	if (exp > 1023) return frac < 0.0 ? -D_INF : D_INF;
	double m = 1.0;
	if (exp < -1022) {
		exp += 53;
		m = 1.1102230246251565e-16; // 2^-53
	}
	x &= ~((i64)0x7ff << 52);
	x |= (exp + 1023) << 52;
	return d_mul(m, d_from_bits(x));
}

// Go's math.Frexp: x = frac 2^exp, |frac| in [0.5, 1).
DEVICE double go_frexp(double f, i64 *exp) {
	*exp = 0;
	if (f == 0.0 || d_isnan(f) || d_abs(f) == D_INF) return f;
	int e;
	f = go_normalize(f, &e);
	i64 x = d_bits(f);
	*exp = e + (i64)((x >> 52) & 0x7ff) - 1023 + 1;
	x &= ~((i64)0x7ff << 52);
	x |= (i64)(-1 + 1023) << 52;
	return d_from_bits(x);
}

// dm_exp is detmath.Exp: FreeBSD's e_exp.c as in Go's math package.
DEVICE double dm_exp(double x) {
	const double ln2Hi = 6.93147180369123816490e-01, ln2Lo = 1.90821492927058770002e-10,
		     log2e = 1.44269504088896338700e+00, overflow = 7.09782712893383973096e+02,
		     underflow = -7.45133219101941108420e+02, nearZero = 1.0 / (1 << 28),
		     p1 = 1.66666666666666657415e-01, p2 = -2.77777777770155933842e-03,
		     p3 = 6.61375632143793436117e-05, p4 = -1.65339022054652515390e-06,
		     p5 = 4.13813679705723846039e-08;
	if (d_isnan(x)) return x;
	if (x > overflow) return D_INF;
	if (x < underflow) return 0.0;
	if (-nearZero < x && x < nearZero) return d_add(1.0, x);
	i64 k = 0;
	if (x < 0.0) k = (i64)d_sub(d_mul(log2e, x), 0.5);
	else if (x > 0.0) k = (i64)d_add(d_mul(log2e, x), 0.5);
	double fk = (double)k;
	double hi = d_sub(x, d_mul(fk, ln2Hi));
	double lo = d_mul(fk, ln2Lo);
	double r = d_sub(hi, lo);
	double t = d_mul(r, r);
	double p = d_add(d_mul(t, p5), p4);
	p = d_add(d_mul(t, p), p3);
	p = d_add(d_mul(t, p), p2);
	p = d_add(d_mul(t, p), p1);
	double c = d_sub(r, d_mul(t, p));
	double y = d_sub(1.0, d_sub(d_sub(lo, d_div(d_mul(r, c), d_sub(2.0, c))), hi));
	return go_ldexp(y, k);
}

// dm_log is detmath.Log: FreeBSD's e_log.c as in Go's math package.
DEVICE double dm_log(double x) {
	const double ln2Hi = 6.93147180369123816490e-01, ln2Lo = 1.90821492927058770002e-10,
		     l1 = 6.666666666666735130e-01, l2 = 3.999999999940941908e-01,
		     l3 = 2.857142874366239149e-01, l4 = 2.222219843214978396e-01,
		     l5 = 1.818357216161805012e-01, l6 = 1.531383769920937332e-01,
		     l7 = 1.479819860511658591e-01;
	if (d_isnan(x) || x == D_INF) return x;
	if (x < 0.0) return D_NAN;
	if (x == 0.0) return -D_INF;
	i64 ki;
	double f1 = go_frexp(x, &ki);
	if (f1 < 0.70710678118654752440084436210484903928483593768847) { // math.Sqrt2/2
		f1 = d_mul(f1, 2.0);
		ki--;
	}
	double f = d_sub(f1, 1.0);
	double k = (double)ki;
	double s = d_div(f, d_add(2.0, f));
	double s2 = d_mul(s, s);
	double s4 = d_mul(s2, s2);
	double t1 = d_mul(s2, d_add(l1, d_mul(s4, d_add(l3, d_mul(s4, d_add(l5, d_mul(s4, l7)))))));
	double t2 = d_mul(s4, d_add(l2, d_mul(s4, d_add(l4, d_mul(s4, l6)))));
	double R = d_add(t1, t2);
	double hfsq = d_mul(d_mul(0.5, f), f);
	return d_sub(d_mul(k, ln2Hi), d_sub(d_sub(hfsq, d_add(d_mul(s, d_add(hfsq, R)), d_mul(k, ln2Lo))), f));
}

// dm_tanh is detmath.Tanh: Cephes' tanh as in Go's math package.
DEVICE double dm_tanh(double x) {
	const double halfMaxLog = 4.4014845965556527147994e+01; // 0.5 log(2^127)
	const double p0 = -9.64399179425052238628e-1, p1 = -9.92877231001918586564e1, p2 = -1.61468768441708447952e3;
	const double q0 = 1.12811678491632931402e2, q1 = 2.23548839060100448583e3, q2 = 4.84406305325125486048e3;
	double z = d_abs(x);
	if (z > halfMaxLog) return x < 0.0 ? -1.0 : 1.0;
	if (z >= 0.625) {
		double s = dm_exp(d_mul(2.0, z));
		z = d_sub(1.0, d_div(2.0, d_add(s, 1.0)));
		if (x < 0.0) z = -z;
		return z;
	}
	if (x == 0.0) return x;
	double s = d_mul(x, x);
	double num = d_add(d_mul(d_add(d_mul(p0, s), p1), s), p2);
	double den = d_add(d_mul(d_add(d_mul(d_add(s, q0), s), q1), s), q2);
	return d_add(x, d_div(d_mul(d_mul(x, s), num), den));
}

// tm_expf is the CPU backend's expf: float32(detmath.Exp(float64(x))).
DEVICE float tm_expf(float x) { return f_from_d(dm_exp(d_from_f(x))); }

// tm_logf is float32(detmath.Log(float64(x))).
DEVICE float tm_logf(float x) { return f_from_d(dm_log(d_from_f(x))); }

// tm_sqrtf is float32(math.Sqrt(float64(x))), what the CPU backend writes
// (equal to a float32 square root, since double rounding is innocuous for
// sqrt, but spelled the same way on both sides).
DEVICE float tm_sqrtf(float x) { return f_from_d(d_sqrt(d_from_f(x))); }

// ---- element-wise ----------------------------------------------------

KERNEL tm_fill(float *x, float v, i64 n) {
	FOR_EACH(i, n) x[i] = v;
}

KERNEL tm_add(float *z, const float *x, const float *y, i64 n) {
	FOR_EACH(i, n) z[i] = f_add(x[i], y[i]);
}

KERNEL tm_mul(float *z, const float *x, const float *y, i64 n) {
	FOR_EACH(i, n) z[i] = f_mul(x[i], y[i]);
}

KERNEL tm_scale(float *x, float a, i64 n) {
	FOR_EACH(i, n) x[i] = f_mul(x[i], a);
}

// y += a*x, rounded after the product and after the sum.
KERNEL tm_axpy(float *y, float a, const float *x, i64 n) {
	FOR_EACH(i, n) y[i] = f_add(f_mul(a, x[i]), y[i]);
}

KERNEL tm_add_bias(float *x, const float *bias, i64 rows, i64 cols) {
	FOR_EACH(i, rows * cols) x[i] = f_add(x[i], bias[i % cols]);
}

// dst[c] = sum over r of src[r][c], r ascending, from 0.
KERNEL tm_col_sum(float *dst, const float *src, i64 rows, i64 cols) {
	FOR_EACH(c, cols) {
		float s = 0.0f;
		for (i64 r = 0; r < rows; r++) s = f_add(s, src[r * cols + c]);
		dst[c] = s;
	}
}

// x > 0 ? x : 0, which NaN and -0 map to +0 (as Go's loop in cpu.go does);
// f_relu keeps a compiler from turning it into max.f32, whose choice
// between -0 and +0 PTX leaves open.
KERNEL tm_relu(float *y, const float *x, i64 n) {
	FOR_EACH(i, n) y[i] = f_relu(x[i]);
}

KERNEL tm_relu_bwd(float *dx, const float *dy, const float *x, i64 n) {
	FOR_EACH(i, n) dx[i] = x[i] > 0.0f ? dy[i] : 0.0f;
}

// GELU, tanh form (Hendrycks & Gimpel 2016, as in GPT-2):
// 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))), in float64 and rounded
// once, as cpu.go's geluF64 and geluGradF64 (Go folds 3*0.044715 into the
// constant 0.134145 before rounding it to float64: so does GELU_3K1).
#define GELU_K0 0.7978845608028654
#define GELU_K1 0.044715
#define GELU_3K1 0.134145

DEVICE double gelu_u(double x) {
	return d_mul(GELU_K0, d_add(x, d_mul(d_mul(d_mul(GELU_K1, x), x), x)));
}

KERNEL tm_gelu(float *y, const float *x, i64 n) {
	FOR_EACH(i, n) {
		double v = d_from_f(x[i]);
		double t = dm_tanh(gelu_u(v));
		y[i] = f_from_d(d_mul(d_mul(0.5, v), d_add(1.0, t)));
	}
}

KERNEL tm_gelu_bwd(float *dx, const float *dy, const float *x, i64 n) {
	FOR_EACH(i, n) {
		double v = d_from_f(x[i]);
		double t = dm_tanh(gelu_u(v));
		double a = d_mul(0.5, d_add(1.0, t));
		double b = d_mul(d_mul(d_mul(d_mul(0.5, v), d_sub(1.0, d_mul(t, t))), GELU_K0),
				 d_add(1.0, d_mul(d_mul(GELU_3K1, v), v)));
		dx[i] = f_from_d(d_mul(d_from_f(dy[i]), d_add(a, b)));
	}
}

// ---- row-wise --------------------------------------------------------

// Softmax of each row. causal != 0 masks column c of row r when
// c > r mod cols: rows are stacked square attention blocks, row r being
// query position r mod cols; masked outputs are 0.
KERNEL tm_softmax(float *y, const float *x, i64 rows, i64 cols, i64 causal) {
	FOR_EACH(r, rows) {
		const float *xr = x + r * cols;
		float *yr = y + r * cols;
		i64 lim = causal ? (r % cols) + 1 : cols;
		float m = xr[0];
		for (i64 c = 1; c < lim; c++) m = go_fmax(m, xr[c]);
		float s = 0.0f;
		for (i64 c = 0; c < lim; c++) {
			float e = tm_expf(f_sub(xr[c], m));
			yr[c] = e;
			s = f_add(s, e);
		}
		for (i64 c = 0; c < lim; c++) yr[c] = f_div(yr[c], s);
		for (i64 c = lim; c < cols; c++) yr[c] = 0.0f;
	}
}

// dx = y (dy - sum(dy y)), per row.
KERNEL tm_softmax_bwd(float *dx, const float *dy, const float *y, i64 rows, i64 cols) {
	FOR_EACH(r, rows) {
		const float *dyr = dy + r * cols;
		const float *yr = y + r * cols;
		float *dxr = dx + r * cols;
		float d = 0.0f;
		for (i64 c = 0; c < cols; c++) d = f_add(d, f_mul(dyr[c], yr[c]));
		for (i64 c = 0; c < cols; c++) dxr[c] = f_mul(yr[c], f_sub(dyr[c], d));
	}
}

// loss[r] = logsumexp(x[r]) - x[r][label[r]]; label < 0 means ignore (0).
KERNEL tm_xent(float *loss, const float *x, const int *labels, i64 rows, i64 cols, int *status) {
	FOR_EACH(r, rows) {
		int lab = labels[r];
		if (lab < 0) {
			loss[r] = 0.0f;
			continue;
		}
		if ((i64)lab >= cols) {
			loss[r] = 0.0f;
			*status = 1;
			continue;
		}
		const float *xr = x + r * cols;
		float m = xr[0];
		for (i64 c = 1; c < cols; c++) m = go_fmax(m, xr[c]);
		float s = 0.0f;
		for (i64 c = 0; c < cols; c++) s = f_add(s, tm_expf(f_sub(xr[c], m)));
		loss[r] = f_sub(f_add(tm_logf(s), m), xr[lab]);
	}
}

// dx[r] = scale (softmax(x[r]) - onehot(label[r])); zero for ignored rows.
KERNEL tm_xent_bwd(float *dx, const float *x, const int *labels, i64 rows, i64 cols, float scale, int *status) {
	FOR_EACH(r, rows) {
		int lab = labels[r];
		float *dxr = dx + r * cols;
		if (lab < 0 || (i64)lab >= cols) {
			if (lab >= 0) *status = 1;
			for (i64 c = 0; c < cols; c++) dxr[c] = 0.0f;
			continue;
		}
		const float *xr = x + r * cols;
		float m = xr[0];
		for (i64 c = 1; c < cols; c++) m = go_fmax(m, xr[c]);
		float s = 0.0f;
		for (i64 c = 0; c < cols; c++) {
			float e = tm_expf(f_sub(xr[c], m));
			dxr[c] = e;
			s = f_add(s, e);
		}
		for (i64 c = 0; c < cols; c++) {
			float p = f_div(dxr[c], s);
			if (c == lab) p = f_sub(p, 1.0f);
			dxr[c] = f_mul(scale, p);
		}
	}
}

// Layer norm of each row (Ba et al. 2016): two passes, mean then variance
// of the deviations, which is stable in fp32. Saves mean and 1/std.
KERNEL tm_layernorm(float *y, float *mean, float *rstd, const float *x, const float *gamma, const float *beta, i64 rows, i64 cols, float eps) {
	FOR_EACH(r, rows) {
		const float *xr = x + r * cols;
		float *yr = y + r * cols;
		float n = (float)cols;
		float s = 0.0f;
		for (i64 c = 0; c < cols; c++) s = f_add(s, xr[c]);
		float mu = f_div(s, n);
		float v = 0.0f;
		for (i64 c = 0; c < cols; c++) {
			float d = f_sub(xr[c], mu);
			v = f_add(v, f_mul(d, d));
		}
		float rs = f_div(1.0f, tm_sqrtf(f_add(f_div(v, n), eps)));
		mean[r] = mu;
		rstd[r] = rs;
		for (i64 c = 0; c < cols; c++) yr[c] = f_add(f_mul(f_mul(f_sub(xr[c], mu), rs), gamma[c]), beta[c]);
	}
}

// dx = rstd (g - mean(g) - xhat mean(g xhat)) with g = dy gamma.
KERNEL tm_layernorm_bwd(float *dx, const float *dy, const float *x, const float *mean, const float *rstd, const float *gamma, i64 rows, i64 cols) {
	FOR_EACH(r, rows) {
		const float *xr = x + r * cols;
		const float *dyr = dy + r * cols;
		float *dxr = dx + r * cols;
		float n = (float)cols;
		float mu = mean[r], rs = rstd[r];
		float sg = 0.0f, sgx = 0.0f;
		for (i64 c = 0; c < cols; c++) {
			float g = f_mul(dyr[c], gamma[c]);
			float xh = f_mul(f_sub(xr[c], mu), rs);
			sg = f_add(sg, g);
			sgx = f_add(sgx, f_mul(g, xh));
		}
		float mg = f_div(sg, n);
		float mgx = f_div(sgx, n);
		for (i64 c = 0; c < cols; c++) {
			float g = f_mul(dyr[c], gamma[c]);
			float xh = f_mul(f_sub(xr[c], mu), rs);
			dxr[c] = f_mul(rs, f_sub(f_sub(g, mg), f_mul(xh, mgx)));
		}
	}
}

// dgamma[c] = sum_r dy xhat, dbeta[c] = sum_r dy, r ascending.
KERNEL tm_layernorm_bwd_params(float *dgamma, float *dbeta, const float *dy, const float *x, const float *mean, const float *rstd, i64 rows, i64 cols) {
	FOR_EACH(c, cols) {
		float sg = 0.0f, sb = 0.0f;
		for (i64 r = 0; r < rows; r++) {
			float d = dy[r * cols + c];
			float xh = f_mul(f_sub(x[r * cols + c], mean[r]), rstd[r]);
			sg = f_add(sg, f_mul(d, xh));
			sb = f_add(sb, d);
		}
		dgamma[c] = sg;
		dbeta[c] = sb;
	}
}

// ---- embeddings ------------------------------------------------------

KERNEL tm_embedding(float *out, const float *table, const int *ids, i64 n, i64 dim, i64 vocab, int *status) {
	FOR_EACH(i, n * dim) {
		i64 row = i / dim;
		int id = ids[row];
		if (id < 0 || (i64)id >= vocab) {
			out[i] = 0.0f;
			*status = 1;
			continue;
		}
		out[i] = table[(i64)id * dim + i % dim];
	}
}

// dtable = scatter-add of dout rows by id, tokens in order: one thread per
// column, so repeated ids add up in a fixed order without atomics.
KERNEL tm_embedding_bwd(float *dtable, const float *dout, const int *ids, i64 n, i64 dim, i64 vocab, int *status) {
	FOR_EACH(d, dim) {
		for (i64 v = 0; v < vocab; v++) dtable[v * dim + d] = 0.0f;
		for (i64 i = 0; i < n; i++) {
			int id = ids[i];
			if (id < 0 || (i64)id >= vocab) {
				*status = 1;
				continue;
			}
			dtable[(i64)id * dim + d] = f_add(dtable[(i64)id * dim + d], dout[i * dim + d]);
		}
	}
}

// ---- optimizers ------------------------------------------------------

// SGD with momentum and L2 weight decay, PyTorch's rule (dampening 0):
// g += wd p; v = mu v + g; p -= lr v.
KERNEL tm_sgd(float *p, const float *g, float *v, i64 n, float lr, float mu, float wd) {
	FOR_EACH(i, n) {
		float gi = f_add(g[i], f_mul(wd, p[i]));
		float vi = f_add(f_mul(mu, v[i]), gi);
		v[i] = vi;
		p[i] = f_sub(p[i], f_mul(lr, vi));
	}
}

// AdamW (Loshchilov & Hutter 2019), PyTorch's order of operations. The
// host passes decay = 1 - lr wd, w1 = 1 - beta1, w2 = 1 - beta2,
// bc2s = sqrt(1 - beta2^t) and step = lr / (1 - beta1^t).
KERNEL tm_adamw(float *p, const float *g, float *m, float *v, i64 n, float decay, float beta2, float w1, float w2, float bc2s, float step, float eps) {
	FOR_EACH(i, n) {
		float gi = g[i];
		float pi = f_mul(p[i], decay);
		float mi = f_add(m[i], f_mul(w1, f_sub(gi, m[i])));
		float vi = f_add(f_mul(v[i], beta2), f_mul(f_mul(w2, gi), gi));
		float den = f_add(f_div(tm_sqrtf(vi), bc2s), eps);
		m[i] = mi;
		v[i] = vi;
		p[i] = f_sub(pi, f_mul(step, f_div(mi, den)));
	}
}

// ---- GEMM, reproducible ------------------------------------------------

// gemm_store writes element (i0+di, j0+dj) of a GEMM tile from its sum s
// as the CPU's detStore does, when it lies inside the M x N matrix.
DEVICE void gemm_store(float *c, i64 ldc, i64 M, i64 N, i64 i0, i64 j0, int di, int dj, float s, float alpha, float beta, int scale_only) {
	i64 i = i0 + di, j = j0 + dj;
	if (i >= M || j >= N) return;
	float *cij = &c[i * ldc + j];
	if (scale_only) {
		*cij = beta == 0.0f ? 0.0f : f_mul(*cij, beta);
		return;
	}
	float r = alpha == 1.0f ? s : f_mul(alpha, s);
	if (beta != 0.0f) r = f_add(r, f_mul(beta, *cij));
	*cij = r;
}

// C = alpha op(A) op(B) + beta C for a strided batch of row-major matrices,
// element for element what the CPU backend's detGemm computes:
//
//   s = ((0 + p_0) + p_1) + ... + p_{K-1},  p_k = a_ik b_kj rounded
//   c = s (alpha == 1) or alpha s rounded, then + beta c rounded when
//   beta != 0 (C is not read when beta == 0, so NaNs there do not spread);
//   K == 0 or alpha == 0: c = 0 when beta == 0, else c beta.
//
// Each thread owns a 4x4 tile of C (sixteen running sums in registers, so
// each loaded element of A and B is used four times) and walks k in order:
// one thread per element's whole sum, which is what makes the bits
// independent of the launch. Consecutive threads own horizontally
// adjacent tiles, so a warp's loads of B are contiguous.
KERNEL tm_gemm(float *C, const float *A, const float *B, i64 M, i64 N, i64 K, i64 lda, i64 ldb, i64 ldc, i64 sa, i64 sb, i64 sc, i64 batch, i64 ta, i64 tb, float alpha, float beta) {
	i64 tm = (M + 3) / 4, tn = (N + 3) / 4, per = tm * tn;
	int scale_only = K == 0 || alpha == 0.0f;
	// Element strides of A's rows (i) and k, and of B's k and columns (j).
	i64 ai = ta ? 1 : lda, ak = ta ? lda : 1;
	i64 bk = tb ? 1 : ldb, bj = tb ? ldb : 1;
	FOR_EACH(t, per * batch) {
		i64 bi = t / per, rem = t % per;
		i64 i0 = (rem / tn) * 4, j0 = (rem % tn) * 4;
		float *c = C + bi * sc;
		// Rows and columns past the edge read a clamped (valid) element
		// and are never stored.
		const float *a0 = A + bi * sa + (i0 < M ? i0 : M - 1) * ai;
		const float *a1 = A + bi * sa + (i0 + 1 < M ? i0 + 1 : M - 1) * ai;
		const float *a2 = A + bi * sa + (i0 + 2 < M ? i0 + 2 : M - 1) * ai;
		const float *a3 = A + bi * sa + (i0 + 3 < M ? i0 + 3 : M - 1) * ai;
		const float *b0 = B + bi * sb + (j0 < N ? j0 : N - 1) * bj;
		const float *b1 = B + bi * sb + (j0 + 1 < N ? j0 + 1 : N - 1) * bj;
		const float *b2 = B + bi * sb + (j0 + 2 < N ? j0 + 2 : N - 1) * bj;
		const float *b3 = B + bi * sb + (j0 + 3 < N ? j0 + 3 : N - 1) * bj;
		float s00 = 0.0f, s01 = 0.0f, s02 = 0.0f, s03 = 0.0f, s10 = 0.0f, s11 = 0.0f, s12 = 0.0f, s13 = 0.0f;
		float s20 = 0.0f, s21 = 0.0f, s22 = 0.0f, s23 = 0.0f, s30 = 0.0f, s31 = 0.0f, s32 = 0.0f, s33 = 0.0f;
		if (!scale_only) {
			for (i64 l = 0; l < K; l++) {
				float x0 = a0[l * ak], x1 = a1[l * ak], x2 = a2[l * ak], x3 = a3[l * ak];
				float y0 = b0[l * bk], y1 = b1[l * bk], y2 = b2[l * bk], y3 = b3[l * bk];
				s00 = f_add(s00, f_mul(x0, y0));
				s01 = f_add(s01, f_mul(x0, y1));
				s02 = f_add(s02, f_mul(x0, y2));
				s03 = f_add(s03, f_mul(x0, y3));
				s10 = f_add(s10, f_mul(x1, y0));
				s11 = f_add(s11, f_mul(x1, y1));
				s12 = f_add(s12, f_mul(x1, y2));
				s13 = f_add(s13, f_mul(x1, y3));
				s20 = f_add(s20, f_mul(x2, y0));
				s21 = f_add(s21, f_mul(x2, y1));
				s22 = f_add(s22, f_mul(x2, y2));
				s23 = f_add(s23, f_mul(x2, y3));
				s30 = f_add(s30, f_mul(x3, y0));
				s31 = f_add(s31, f_mul(x3, y1));
				s32 = f_add(s32, f_mul(x3, y2));
				s33 = f_add(s33, f_mul(x3, y3));
			}
		}
		gemm_store(c, ldc, M, N, i0, j0, 0, 0, s00, alpha, beta, scale_only);
		gemm_store(c, ldc, M, N, i0, j0, 0, 1, s01, alpha, beta, scale_only);
		gemm_store(c, ldc, M, N, i0, j0, 0, 2, s02, alpha, beta, scale_only);
		gemm_store(c, ldc, M, N, i0, j0, 0, 3, s03, alpha, beta, scale_only);
		gemm_store(c, ldc, M, N, i0, j0, 1, 0, s10, alpha, beta, scale_only);
		gemm_store(c, ldc, M, N, i0, j0, 1, 1, s11, alpha, beta, scale_only);
		gemm_store(c, ldc, M, N, i0, j0, 1, 2, s12, alpha, beta, scale_only);
		gemm_store(c, ldc, M, N, i0, j0, 1, 3, s13, alpha, beta, scale_only);
		gemm_store(c, ldc, M, N, i0, j0, 2, 0, s20, alpha, beta, scale_only);
		gemm_store(c, ldc, M, N, i0, j0, 2, 1, s21, alpha, beta, scale_only);
		gemm_store(c, ldc, M, N, i0, j0, 2, 2, s22, alpha, beta, scale_only);
		gemm_store(c, ldc, M, N, i0, j0, 2, 3, s23, alpha, beta, scale_only);
		gemm_store(c, ldc, M, N, i0, j0, 3, 0, s30, alpha, beta, scale_only);
		gemm_store(c, ldc, M, N, i0, j0, 3, 1, s31, alpha, beta, scale_only);
		gemm_store(c, ldc, M, N, i0, j0, 3, 2, s32, alpha, beta, scale_only);
		gemm_store(c, ldc, M, N, i0, j0, 3, 3, s33, alpha, beta, scale_only);
	}
}
