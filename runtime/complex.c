// complex.c - complex division, which the compiler leaves to the runtime
// like gc does: Go 1.19's runtime.complex128div (runtime/complex.go),
// Smith's algorithm with C99 Annex G's corrections for infinities and
// zeros. The operations must stay in this order, unfused, to give Go's
// bits.
#include <math.h>
#include "rt.h"

// A signed 1 if f is an infinity, else a signed 0 (the sign of f).
static double inf2one(double f) {
	return copysign(isinf(f) ? 1.0 : 0.0, f);
}

GoComplex128 runtime_complex128div(double a, double b, double c, double d) {
	double e, f; // (a+bi) / (c+di) = e+fi
	if (fabs(c) >= fabs(d)) {
		double ratio = d / c;
		double denom = c + ratio * d;
		e = (a + b * ratio) / denom;
		f = (b - a * ratio) / denom;
	} else {
		double ratio = c / d;
		double denom = d + ratio * c;
		e = (a * ratio + b) / denom;
		f = (b * ratio - a) / denom;
	}
	if (isnan(e) && isnan(f)) {
		if (c == 0 && d == 0 && (!isnan(a) || !isnan(b))) {
			e = copysign(INFINITY, c) * a;
			f = copysign(INFINITY, c) * b;
		} else if ((isinf(a) || isinf(b)) && isfinite(c) && isfinite(d)) {
			a = inf2one(a);
			b = inf2one(b);
			e = INFINITY * (a * c + b * d);
			f = INFINITY * (b * c - a * d);
		} else if ((isinf(c) || isinf(d)) && isfinite(a) && isfinite(b)) {
			c = inf2one(c);
			d = inf2one(d);
			e = 0 * (a * c + b * d);
			f = 0 * (b * c - a * d);
		}
	}
	return (GoComplex128){e, f};
}
