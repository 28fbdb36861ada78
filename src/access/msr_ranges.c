/* SPDX-License-Identifier: MIT */
/* Address range lists for probing: "0x0-0x1fff,0xc0000000-0xc0001fff". */
#include <errno.h>

#include "msrkit/capture.h"

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

/* One address at text[*pos]: 0x-prefixed hex or decimal. */
static int parse_address(const char *text, size_t *pos, uint32_t *out)
{
	size_t i = *pos, digits = 0;
	unsigned base = 10;
	uint64_t v = 0;
	int d;

	if (text[i] == '0' && (text[i + 1] == 'x' || text[i + 1] == 'X')) {
		base = 16;
		i += 2;
	}
	while ((d = hexval(text[i])) >= 0 && (unsigned)d < base) {
		v = v * base + (unsigned)d;
		if (v > UINT32_MAX) {
			*pos = i;
			return -ERANGE;
		}
		i++;
		digits++;
	}
	if (!digits) {
		*pos = i;
		return -EINVAL;
	}
	*out = (uint32_t)v;
	*pos = i;
	return 0;
}

int msrkit_msr_ranges_parse(const char *text, struct msrkit_msr_range *out, size_t cap, size_t *n,
			    size_t *bad_pos)
{
	size_t pos = 0, count = 0, start;
	int rc;

	if (!text || !n || (!out && cap))
		return -EINVAL;
	*n = 0;
	for (;;) {
		struct msrkit_msr_range r;

		start = pos;
		rc = parse_address(text, &pos, &r.first);
		if (rc)
			goto bad;
		r.last = r.first;
		if (text[pos] == '-') {
			pos++;
			rc = parse_address(text, &pos, &r.last);
			if (rc)
				goto bad;
			if (r.last < r.first) {
				pos = start;
				rc = -EDOM;
				goto bad;
			}
		}
		if (count == cap) {
			rc = -ENOSPC;
			goto bad;
		}
		out[count++] = r;
		if (text[pos] == '\0')
			break;
		if (text[pos] != ',') {
			rc = -EINVAL;
			goto bad;
		}
		pos++;
	}
	*n = count;
	return 0;
bad:
	if (bad_pos)
		*bad_pos = pos;
	return rc;
}
