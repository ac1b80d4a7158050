// trainmesh's CUDA kernels: the ops of gpu.Backend that cuBLAS does not do.
//
// Rules that keep them reproducible and portable (see compat.h):
//   - no atomics, no shared memory, no warp shuffles: every reduction is one
//     thread walking its row or column in index order, so the result never
//     depends on the launch size or on scheduling (deterministic mode);
//   - element-wise arithmetic goes through f_add/f_mul/... (round to
//     nearest, never fused) in the same order as the Go CPU backend, so
//     element-wise ops and optimizer updates give identical bits there;
//   - exp, log and tanh are written here (Cephes' single-precision
//     polynomials) because clang -nocudalib links no libdevice;
//   - sizes are 64-bit, matrices are row-major, every kernel is a
//     grid-stride loop (compat.h FOR_EACH).
// The one-thread-per-row reductions trade speed for that simplicity; GEMM,
// where the time goes, is cuBLAS's when it is installed.
//
// Bad indices (embedding ids, labels) are not a crash: the kernel writes
// zeros and sets *status = 1, which the host turns into gpu.ErrIndex.
#include "compat.h"

// ---- scalar math -----------------------------------------------------

#define F_INF f_from_bits(0x7f800000)

// tm_expf: Cephes expf. Range reduction x = k ln2 + r with ln2 split in
// two (Cody-Waite), a degree-5 polynomial for exp(r), then 2^k by exponent
// bits. Relative error about 1 ulp; flushes below FLT_MIN to 0.
DEVICE float tm_expf(float x) {
	if (x > 88.7228390f) return F_INF;
	if (x < -87.3365448f) return 0.0f;
	float t = f_mul(x, 1.44269504088896341f);
	int k = (int)(t >= 0.0f ? f_add(t, 0.5f) : f_sub(t, 0.5f));
	float fk = (float)k;
	float r = f_sub(x, f_mul(fk, 0.693359375f));
	r = f_add(r, f_mul(fk, 2.12194440e-4f));
	float z = f_mul(r, r);
	float p = 1.9875691500e-4f;
	p = f_fma(p, r, 1.3981999507e-3f);
	p = f_fma(p, r, 8.3334519073e-3f);
	p = f_fma(p, r, 4.1665795894e-2f);
	p = f_fma(p, r, 1.6666665459e-1f);
	p = f_fma(p, r, 5.0000001201e-1f);
	float y = f_add(f_fma(p, z, r), 1.0f);
	// k is in [-126, 128]; 2^128 is not a float, so scale in two steps.
	int k1 = k / 2;
	int k2 = k - k1;
	y = f_mul(y, f_from_bits((k1 + 127) << 23));
	return f_mul(y, f_from_bits((k2 + 127) << 23));
}

// tm_logf: Cephes logf for positive normal x (callers pass sums >= 1).
DEVICE float tm_logf(float x) {
	int b = f_bits(x);
	int e = ((b >> 23) & 0xff) - 126; // x = m 2^e, m in [0.5, 1)
	float m = f_from_bits((b & 0x007fffff) | 0x3f000000);
	if (m < 0.707106781186547524f) {
		e -= 1;
		m = f_sub(f_add(m, m), 1.0f);
	} else {
		m = f_sub(m, 1.0f);
	}
	float z = f_mul(m, m);
	float p = 7.0376836292e-2f;
	p = f_fma(p, m, -1.1514610310e-1f);
	p = f_fma(p, m, 1.1676998740e-1f);
	p = f_fma(p, m, -1.2420140846e-1f);
	p = f_fma(p, m, 1.4249322787e-1f);
	p = f_fma(p, m, -1.6668057665e-1f);
	p = f_fma(p, m, 2.0000714765e-1f);
	p = f_fma(p, m, -2.4999993993e-1f);
	p = f_fma(p, m, 3.3333331174e-1f);
	float fe = (float)e;
	float y = f_mul(f_mul(p, m), z);
	y = f_fma(fe, -2.12194440e-4f, y);
	y = f_fma(-0.5f, z, y);
	float r = f_add(m, y);
	return f_fma(fe, 0.693359375f, r);
}

// tm_tanhf: odd series near 0 (where 1 - 2/(e+1) cancels), the exp form
// elsewhere, saturated beyond 9 where tanh rounds to 1.
DEVICE float tm_tanhf(float u) {
	float a = u < 0.0f ? -u : u;
	float t;
	if (a < 0.0625f) {
		float a2 = f_mul(a, a);
		// a - a^3/3 + 2a^5/15 - 17a^7/315
		float p = f_fma(a2, -0.053968254f, 0.133333333f);
		p = f_fma(p, a2, -0.333333333f);
		t = f_fma(f_mul(p, a2), a, a);
	} else if (a > 9.0f) {
		t = 1.0f;
	} else {
		float e = tm_expf(f_add(a, a));
		t = f_sub(1.0f, f_div(2.0f, f_add(e, 1.0f)));
	}
	return u < 0.0f ? -t : t;
}

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

// dst[c] = sum over r of src[r][c], r ascending.
KERNEL tm_col_sum(float *dst, const float *src, i64 rows, i64 cols) {
	FOR_EACH(c, cols) {
		float s = 0.0f;
		for (i64 r = 0; r < rows; r++) s = f_add(s, src[r * cols + c]);
		dst[c] = s;
	}
}

KERNEL tm_relu(float *y, const float *x, i64 n) {
	FOR_EACH(i, n) y[i] = x[i] > 0.0f ? x[i] : 0.0f;
}

KERNEL tm_relu_bwd(float *dx, const float *dy, const float *x, i64 n) {
	FOR_EACH(i, n) dx[i] = x[i] > 0.0f ? dy[i] : 0.0f;
}

// GELU, tanh form (Hendrycks & Gimpel 2016, as in GPT-2):
// 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))).
#define GELU_K0 0.7978845608028654f
#define GELU_K1 0.044715f

KERNEL tm_gelu(float *y, const float *x, i64 n) {
	FOR_EACH(i, n) {
		float v = x[i];
		float u = f_mul(GELU_K0, f_fma(f_mul(GELU_K1, v), f_mul(v, v), v));
		float t = tm_tanhf(u);
		y[i] = f_mul(f_mul(0.5f, v), f_add(1.0f, t));
	}
}

KERNEL tm_gelu_bwd(float *dx, const float *dy, const float *x, i64 n) {
	FOR_EACH(i, n) {
		float v = x[i];
		float v2 = f_mul(v, v);
		float u = f_mul(GELU_K0, f_fma(f_mul(GELU_K1, v), v2, v));
		float t = tm_tanhf(u);
		float du = f_mul(GELU_K0, f_fma(3.0f * GELU_K1, v2, 1.0f));
		float g = f_fma(f_mul(f_mul(0.5f, v), f_sub(1.0f, f_mul(t, t))), du, f_mul(0.5f, f_add(1.0f, t)));
		dx[i] = f_mul(dy[i], g);
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
		for (i64 c = 1; c < lim; c++) m = xr[c] > m ? xr[c] : m;
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
		for (i64 c = 0; c < cols; c++) d = f_fma(dyr[c], yr[c], d);
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
		for (i64 c = 1; c < cols; c++) m = xr[c] > m ? xr[c] : m;
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
		for (i64 c = 1; c < cols; c++) m = xr[c] > m ? xr[c] : m;
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
		float s = 0.0f;
		for (i64 c = 0; c < cols; c++) s = f_add(s, xr[c]);
		float mu = f_div(s, (float)cols);
		float v = 0.0f;
		for (i64 c = 0; c < cols; c++) {
			float d = f_sub(xr[c], mu);
			v = f_fma(d, d, v);
		}
		float rs = f_div(1.0f, f_sqrt(f_add(f_div(v, (float)cols), eps)));
		mean[r] = mu;
		rstd[r] = rs;
		for (i64 c = 0; c < cols; c++) yr[c] = f_fma(f_mul(f_sub(xr[c], mu), rs), gamma[c], beta[c]);
	}
}

// dx = rstd (g - mean(g) - xhat mean(g xhat)) with g = dy gamma.
KERNEL tm_layernorm_bwd(float *dx, const float *dy, const float *x, const float *mean, const float *rstd, const float *gamma, i64 rows, i64 cols) {
	FOR_EACH(r, rows) {
		const float *xr = x + r * cols;
		const float *dyr = dy + r * cols;
		float *dxr = dx + r * cols;
		float mu = mean[r], rs = rstd[r];
		float sg = 0.0f, sgx = 0.0f;
		for (i64 c = 0; c < cols; c++) {
			float g = f_mul(dyr[c], gamma[c]);
			float xh = f_mul(f_sub(xr[c], mu), rs);
			sg = f_add(sg, g);
			sgx = f_fma(g, xh, sgx);
		}
		float mg = f_div(sg, (float)cols);
		float mgx = f_div(sgx, (float)cols);
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
			sg = f_fma(d, xh, sg);
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
		float den = f_add(f_div(f_sqrt(vi), bc2s), eps);
		m[i] = mi;
		v[i] = vi;
		p[i] = f_sub(pi, f_mul(step, f_div(mi, den)));
	}
}

// ---- GEMM fallback (when cuBLAS is not installed) ---------------------

// C = alpha op(A) op(B) + beta C for a strided batch of row-major matrices.
// Each thread owns a 4x4 tile of C and walks k in order with fused
// multiply-adds, so the result is reproducible; beta == 0 never reads C.
KERNEL tm_gemm(float *C, const float *A, const float *B, i64 M, i64 N, i64 K, i64 lda, i64 ldb, i64 ldc, i64 sa, i64 sb, i64 sc, i64 batch, i64 ta, i64 tb, float alpha, float beta) {
	i64 tm = (M + 3) / 4, tn = (N + 3) / 4, per = tm * tn;
	FOR_EACH(t, per * batch) {
		i64 bi = t / per, rem = t % per;
		i64 i0 = (rem / tn) * 4, j0 = (rem % tn) * 4;
		const float *a = A + bi * sa;
		const float *b = B + bi * sb;
		float *c = C + bi * sc;
		float acc[4][4];
		for (int ii = 0; ii < 4; ii++)
			for (int jj = 0; jj < 4; jj++) acc[ii][jj] = 0.0f;
		for (i64 l = 0; l < K; l++) {
			float av[4], bv[4];
			for (int ii = 0; ii < 4; ii++) {
				i64 i = i0 + ii;
				av[ii] = i < M ? (ta ? a[l * lda + i] : a[i * lda + l]) : 0.0f;
			}
			for (int jj = 0; jj < 4; jj++) {
				i64 j = j0 + jj;
				bv[jj] = j < N ? (tb ? b[j * ldb + l] : b[l * ldb + j]) : 0.0f;
			}
			for (int ii = 0; ii < 4; ii++)
				for (int jj = 0; jj < 4; jj++) acc[ii][jj] = f_fma(av[ii], bv[jj], acc[ii][jj]);
		}
		for (int ii = 0; ii < 4; ii++) {
			i64 i = i0 + ii;
			if (i >= M) break;
			for (int jj = 0; jj < 4; jj++) {
				i64 j = j0 + jj;
				if (j >= N) break;
				float r = f_mul(alpha, acc[ii][jj]);
				c[i * ldc + j] = beta == 0.0f ? r : f_fma(beta, c[i * ldc + j], r);
			}
		}
	}
}
