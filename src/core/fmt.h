/* SPDX-License-Identifier: MIT */
/*
 * Tiny freestanding text output: an snprintf-like buffer writer that counts
 * the length it would need and never writes past the caller's buffer, and the
 * few string helpers the core needs (no libc in the core).
 */
#ifndef MSRKIT_CORE_FMT_H
#define MSRKIT_CORE_FMT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct msrkit_out {
	char *buf;
	size_t len;  /* capacity of buf */
	size_t need; /* characters produced so far (may exceed len) */
};

void msrkit_out_init(struct msrkit_out *o, char *buf, size_t len);
void msrkit_out_char(struct msrkit_out *o, char c);
void msrkit_out_str(struct msrkit_out *o, const char *s);
void msrkit_out_dec(struct msrkit_out *o, uint64_t v);
void msrkit_out_sdec(struct msrkit_out *o, int64_t v);
/* "0x" followed by at least min_digits lower-case hex digits. */
void msrkit_out_hex(struct msrkit_out *o, uint64_t v, unsigned min_digits);
/* num / 2^shift in decimal with at most max_frac fraction digits, rounded,
 * trailing zeros dropped ("62.5", "0.000061"). shift <= 63. */
void msrkit_out_fixed(struct msrkit_out *o, uint64_t num, unsigned shift, unsigned max_frac);
/* num / 10^digits in decimal, trailing fraction zeros dropped ("1.6",
 * "0.000032"). digits <= 18. */
void msrkit_out_decimal(struct msrkit_out *o, uint64_t num, unsigned digits);
/* NUL-terminates (truncating if needed) and returns o->need. */
size_t msrkit_out_finish(struct msrkit_out *o);

size_t msrkit_str_len(const char *s);
char msrkit_char_upper(char c);
bool msrkit_str_ieq(const char *a, const char *b);
/* Case-insensitive comparison of the first n characters of a with b's. */
bool msrkit_str_nieq(const char *a, const char *b, size_t n);

#endif
