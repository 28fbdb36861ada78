/* SPDX-License-Identifier: MIT */
/* Parsers for values and register designators typed by people. */
#include <msrkit/parse.h>

#include "fmt.h"

const char *msrkit_parse_strerror(int err)
{
	switch (err < 0 ? -err : err) {
	case MSRKIT_PARSE_OK: return "ok";
	case MSRKIT_PARSE_EMPTY: return "empty value";
	case MSRKIT_PARSE_SYNTAX: return "not a number (use 0x1f, 1fh, 31, 1_000 or 0000-0000-0000-001F)";
	case MSRKIT_PARSE_RANGE: return "number too large";
	case MSRKIT_PARSE_UNKNOWN: return "unknown register name";
	default: return "parse error";
	}
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/*
 * Digits of base 10 or 16 in s[0..len), with single "_" allowed between
 * digits. Returns 0 or a negative msrkit_parse_error.
 */
static int digits(const char *s, size_t len, unsigned base, uint64_t *out)
{
	uint64_t v = 0;
	size_t i;
	bool any = false;

	for (i = 0; i < len; i++) {
		int d;

		if (s[i] == '_') {
			if (!i || i + 1 == len || s[i + 1] == '_')
				return -MSRKIT_PARSE_SYNTAX;
			continue;
		}
		d = hexval(s[i]);
		if (d < 0 || (unsigned)d >= base)
			return -MSRKIT_PARSE_SYNTAX;
		if (v > (UINT64_MAX - (uint64_t)d) / base)
			return -MSRKIT_PARSE_RANGE;
		v = v * base + (uint64_t)d;
		any = true;
	}
	if (!any)
		return -MSRKIT_PARSE_SYNTAX;
	*out = v;
	return 0;
}

/* AIDA64 writes values as four dash-separated groups of four hex digits. */
static bool is_dashed(const char *s, size_t len)
{
	size_t i;

	if (len != 19)
		return false;
	for (i = 0; i < 19; i++) {
		if (i % 5 == 4 ? s[i] != '-' : hexval(s[i]) < 0)
			return false;
	}
	return true;
}

int msrkit_parse_u64(const char *s, uint64_t *out)
{
	size_t len = s ? msrkit_str_len(s) : 0;
	uint64_t v = 0;
	int rc;

	if (!len)
		return -MSRKIT_PARSE_EMPTY;
	if (is_dashed(s, len)) {
		size_t i;

		for (i = 0; i < len; i++)
			if (s[i] != '-')
				v = (v << 4) | (uint64_t)hexval(s[i]);
		*out = v;
		return 0;
	}
	if (len > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
		rc = digits(s + 2, len - 2, 16, &v);
	else if (len > 1 && (s[len - 1] == 'h' || s[len - 1] == 'H'))
		rc = digits(s, len - 1, 16, &v);
	else
		rc = digits(s, len, 10, &v);
	if (rc == 0)
		*out = v;
	return rc;
}

int msrkit_parse_reg(const char *s, const struct msrkit_cpu *cpu, struct msrkit_reg_ref *out)
{
	uint64_t v;
	int rc;

	out->reg = NULL;
	out->address = 0;
	out->index = 0;
	if (!s || !*s)
		return -MSRKIT_PARSE_EMPTY;
	rc = msrkit_parse_u64(s, &v);
	if (rc == 0) {
		if (v > UINT32_MAX)
			return -MSRKIT_PARSE_RANGE;
		msrkit_db_find((uint32_t)v, cpu, out);
		out->address = (uint32_t)v;
		return 0;
	}
	if (rc == -MSRKIT_PARSE_RANGE)
		return rc;
	/* Not a number: a name. A string starting with a digit that is not a
	 * number ("3Ax") is a malformed number, not a name. */
	if (*s >= '0' && *s <= '9')
		return -MSRKIT_PARSE_SYNTAX;
	return msrkit_db_find_name(s, cpu, out) == 0 ? 0 : -MSRKIT_PARSE_UNKNOWN;
}
