/* SPDX-License-Identifier: MIT */
#include "fmt.h"

void msrkit_out_init(struct msrkit_out *o, char *buf, size_t len)
{
	o->buf = buf;
	o->len = len;
	o->need = 0;
	if (len)
		buf[0] = '\0';
}

void msrkit_out_char(struct msrkit_out *o, char c)
{
	/* Keep one byte for the terminating NUL. */
	if (o->need + 1 < o->len)
		o->buf[o->need] = c;
	o->need++;
}

void msrkit_out_str(struct msrkit_out *o, const char *s)
{
	while (*s)
		msrkit_out_char(o, *s++);
}

void msrkit_out_dec(struct msrkit_out *o, uint64_t v)
{
	char tmp[20];
	unsigned n = 0;

	do {
		tmp[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	while (n)
		msrkit_out_char(o, tmp[--n]);
}

void msrkit_out_sdec(struct msrkit_out *o, int64_t v)
{
	if (v < 0) {
		msrkit_out_char(o, '-');
		/* Negate in unsigned arithmetic: INT64_MIN has no positive twin. */
		msrkit_out_dec(o, (uint64_t)0 - (uint64_t)v);
	} else {
		msrkit_out_dec(o, (uint64_t)v);
	}
}

void msrkit_out_hex(struct msrkit_out *o, uint64_t v, unsigned min_digits)
{
	static const char digits[] = "0123456789abcdef";
	char tmp[16];
	unsigned n = 0;

	do {
		tmp[n++] = digits[v & 0xf];
		v >>= 4;
	} while (v);
	while (n < min_digits && n < 16)
		tmp[n++] = '0';
	msrkit_out_str(o, "0x");
	while (n)
		msrkit_out_char(o, tmp[--n]);
}

/* whole, then "." and the digits-long decimal fraction frac (< 10^digits)
 * without its trailing zeros; nothing after whole when frac is 0. */
static void put_decimal(struct msrkit_out *o, uint64_t whole, uint64_t frac, unsigned digits)
{
	char tmp[18];
	unsigned n;

	msrkit_out_dec(o, whole);
	if (!digits || !frac)
		return;
	for (n = 0; n < digits; n++) {
		tmp[digits - 1 - n] = (char)('0' + frac % 10);
		frac /= 10;
	}
	while (tmp[digits - 1] == '0')
		digits--;
	msrkit_out_char(o, '.');
	for (n = 0; n < digits; n++)
		msrkit_out_char(o, tmp[n]);
}

static uint64_t pow10_of(unsigned digits)
{
	uint64_t scale = 1;

	while (digits--)
		scale *= 10;
	return scale;
}

void msrkit_out_fixed(struct msrkit_out *o, uint64_t num, unsigned shift, unsigned max_frac)
{
	uint64_t whole = num >> shift;
	uint64_t frac = num & ((UINT64_C(1) << shift) - 1);
	uint64_t scale, scaled;

	if (max_frac > 9)
		max_frac = 9;
	scale = pow10_of(max_frac);
	/* Keep frac * scale below 2^60: dropping fraction bits beyond 2^-30
	 * changes nothing a 9-digit display can show. */
	if (shift > 30) {
		frac >>= shift - 30;
		shift = 30;
	}
	scaled = shift ? (frac * scale + (UINT64_C(1) << (shift - 1))) >> shift : 0;
	if (scaled >= scale) { /* rounding carried into the whole part */
		whole++;
		scaled -= scale;
	}
	put_decimal(o, whole, scaled, max_frac);
}

void msrkit_out_decimal(struct msrkit_out *o, uint64_t num, unsigned digits)
{
	uint64_t scale;

	if (digits > 18)
		digits = 18;
	scale = pow10_of(digits);
	put_decimal(o, num / scale, num % scale, digits);
}

size_t msrkit_out_finish(struct msrkit_out *o)
{
	if (o->len)
		o->buf[o->need < o->len ? o->need : o->len - 1] = '\0';
	return o->need;
}

size_t msrkit_str_len(const char *s)
{
	size_t n = 0;

	while (s[n])
		n++;
	return n;
}

char msrkit_char_upper(char c)
{
	return (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
}

bool msrkit_str_ieq(const char *a, const char *b)
{
	while (*a && *b && msrkit_char_upper(*a) == msrkit_char_upper(*b)) {
		a++;
		b++;
	}
	return *a == '\0' && *b == '\0';
}

bool msrkit_str_nieq(const char *a, const char *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (!a[i] || !b[i] || msrkit_char_upper(a[i]) != msrkit_char_upper(b[i]))
			return false;
	}
	return true;
}
