// Package detmath holds the few float64 functions trainmesh's
// deterministic path needs (Exp, Log, Tanh, Cos), written so that they
// give the same bits on every GOARCH.
//
// The standard library's do not: math.Exp is assembly on amd64 and arm64
// (two different kernels), math.Log is assembly on amd64 and Go on arm64,
// and the Go compiler may fuse a*b+c into one FMA instruction on arm64
// (ppc64, s390x, riscv64) but not on amd64, so even the pure-Go functions
// round differently. A difference of one float64 ulp rarely survives the
// rounding to float32, but "rarely" over millions of evaluations per job
// is a mixed amd64/arm64 group that diverges.
//
// These are the standard library's pure-Go algorithms (FreeBSD's e_exp.c
// and e_log.c, Cephes' cos and tanh, as ported in Go's math package), with
// every product that feeds an addition wrapped in an explicit float64
// conversion: the Go spec lets an implementation fuse across an addition
// but not across an explicit conversion, which rounds. Accuracy is that of
// the originals (under 1 ulp).
//
// detmath imports only math (for bit-exact helpers: Frexp, Ldexp, IsNaN).
package detmath

import "math"

// Exp returns e**x.
func Exp(x float64) float64 {
	const (
		ln2Hi     = 6.93147180369123816490e-01
		ln2Lo     = 1.90821492927058770002e-10
		log2e     = 1.44269504088896338700e+00
		overflow  = 7.09782712893383973096e+02
		underflow = -7.45133219101941108420e+02
		nearZero  = 1.0 / (1 << 28)

		p1 = 1.66666666666666657415e-01
		p2 = -2.77777777770155933842e-03
		p3 = 6.61375632143793436117e-05
		p4 = -1.65339022054652515390e-06
		p5 = 4.13813679705723846039e-08
	)
	switch {
	case math.IsNaN(x):
		return x
	case x > overflow:
		return math.Inf(1)
	case x < underflow:
		return 0
	case -nearZero < x && x < nearZero:
		return 1 + x
	}
	// Reduce: x = k·ln2 + r, with r = hi − lo for extra precision.
	var k int
	switch {
	case x < 0:
		k = int(float64(log2e*x) - 0.5)
	case x > 0:
		k = int(float64(log2e*x) + 0.5)
	}
	fk := float64(k)
	hi := x - float64(fk*ln2Hi)
	lo := fk * ln2Lo
	r := hi - lo
	t := r * r
	p := float64(t*p5) + p4
	p = float64(t*p) + p3
	p = float64(t*p) + p2
	p = float64(t*p) + p1
	c := r - float64(t*p)
	y := 1 - ((lo - float64(r*c)/(2-c)) - hi)
	return math.Ldexp(y, k)
}

// Log returns the natural logarithm of x.
func Log(x float64) float64 {
	const (
		ln2Hi = 6.93147180369123816490e-01
		ln2Lo = 1.90821492927058770002e-10
		l1    = 6.666666666666735130e-01
		l2    = 3.999999999940941908e-01
		l3    = 2.857142874366239149e-01
		l4    = 2.222219843214978396e-01
		l5    = 1.818357216161805012e-01
		l6    = 1.531383769920937332e-01
		l7    = 1.479819860511658591e-01
	)
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x < 0:
		return math.NaN()
	case x == 0:
		return math.Inf(-1)
	}
	f1, ki := math.Frexp(x)
	if f1 < math.Sqrt2/2 {
		f1 *= 2
		ki--
	}
	f := f1 - 1
	k := float64(ki)
	s := f / (2 + f)
	s2 := s * s
	s4 := s2 * s2
	t1 := float64(s2 * (l1 + float64(s4*(l3+float64(s4*(l5+float64(s4*l7)))))))
	t2 := float64(s4 * (l2 + float64(s4*(l4+float64(s4*l6)))))
	R := t1 + t2
	hfsq := float64(float64(0.5*f) * f)
	return float64(k*ln2Hi) - ((hfsq - (float64(s*(hfsq+R)) + float64(k*ln2Lo))) - f)
}

// Tanh returns the hyperbolic tangent of x.
func Tanh(x float64) float64 {
	const maxLog = 8.8029691931113054295988e+01 // log(2**127)
	const (
		p0, p1, p2 = -9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3
		q0, q1, q2 = 1.12811678491632931402e2, 2.23548839060100448583e3, 4.84406305325125486048e3
	)
	z := math.Abs(x)
	switch {
	case z > 0.5*maxLog:
		if x < 0 {
			return -1
		}
		return 1
	case z >= 0.625:
		s := Exp(2 * z)
		z = 1 - 2/(s+1)
		if x < 0 {
			z = -z
		}
	default:
		if x == 0 {
			return x
		}
		s := x * x
		num := float64(float64(float64(p0*s)+p1)*s) + p2
		den := float64(float64(float64(float64(s+q0)*s)+q1)*s) + q2
		z = x + float64(float64(float64(x*s)*num)/den)
	}
	return z
}

// Cos returns the cosine of the radian argument x, for |x| < 2²⁹ (the
// range where Cephes' reduction is exact; larger arguments fall back to
// math.Cos, whose bits may depend on the architecture). Training uses it
// for the cosine learning-rate schedule, on [0, π].
func Cos(x float64) float64 {
	const (
		pi4A = 7.85398125648498535156e-1
		pi4B = 3.77489470793079817668e-8
		pi4C = 2.69515142907905952645e-15
	)
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.NaN()
	}
	x = math.Abs(x)
	if x >= 1<<29 {
		return math.Cos(x)
	}
	j := uint64(x * (4 / math.Pi))
	y := float64(j)
	if j&1 == 1 {
		j++
		y++
	}
	j &= 7
	z := ((x - float64(y*pi4A)) - float64(y*pi4B)) - float64(y*pi4C)
	sign := false
	if j > 3 {
		j -= 4
		sign = !sign
	}
	if j > 1 {
		sign = !sign
	}
	zz := z * z
	if j == 1 || j == 2 {
		y = z + float64(float64(z*zz)*horner(sinCoef[:], zz))
	} else {
		y = (1.0 - float64(0.5*zz)) + float64(float64(zz*zz)*horner(cosCoef[:], zz))
	}
	if sign {
		y = -y
	}
	return y
}

var sinCoef = [...]float64{
	1.58962301576546568060e-10,
	-2.50507477628578072866e-8,
	2.75573136213857245213e-6,
	-1.98412698295895385996e-4,
	8.33333333332211858878e-3,
	-1.66666666666666307295e-1,
}

var cosCoef = [...]float64{
	-1.13585365213876817300e-11,
	2.08757008419747316778e-9,
	-2.75573141792967388112e-7,
	2.48015872888517045348e-5,
	-1.38888888888730564116e-3,
	4.16666666666665929218e-2,
}

// horner evaluates ((c0·z + c1)·z + c2)… with each product rounded.
func horner(c []float64, z float64) float64 {
	p := c[0]
	for _, ci := range c[1:] {
		p = float64(p*z) + ci
	}
	return p
}
