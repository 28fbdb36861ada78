/* SPDX-License-Identifier: MIT */
/*
 * The msr-safe allowlist: which registers msr-safe lets its users read, and
 * which bits of them they may write. Read so the CLI can name the exact line
 * an administrator has to add.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "access_int.h"

struct parsed {
	uint32_t address;
	uint64_t mask;
	size_t line;
};

static bool is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

/* A number as msr-safe's kstrtoull(s, 0) reads it: 0x hex, 0 octal, or decimal. */
static int number(const char *text, size_t end, size_t *pos, uint64_t *out)
{
	size_t p = *pos;
	unsigned base = 10;
	uint64_t v = 0;
	bool any = false;

	if (p < end && text[p] == '0') {
		if (p + 1 < end && (text[p + 1] == 'x' || text[p + 1] == 'X')) {
			base = 16;
			p += 2;
		} else {
			base = 8;
			any = true; /* "0" alone is a number */
			p++;
		}
	}
	for (; p < end; p++) {
		char c = text[p];
		unsigned d;

		if (c >= '0' && c <= '9')
			d = (unsigned)(c - '0');
		else if (c >= 'a' && c <= 'f')
			d = (unsigned)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			d = (unsigned)(c - 'A' + 10);
		else
			break;
		if (d >= base)
			return -EINVAL;
		if (v > (UINT64_MAX - d) / base)
			return -ERANGE;
		v = v * base + d;
		any = true;
	}
	if (!any)
		return -EINVAL;
	*pos = p;
	*out = v;
	return 0;
}

static int cmp_parsed(const void *a, const void *b)
{
	const struct parsed *x = a, *y = b;

	if (x->address != y->address)
		return x->address < y->address ? -1 : 1;
	return x->line < y->line ? -1 : x->line > y->line;
}

static int fail(struct msrkit_text_error *err, size_t line, size_t col, const char *msg)
{
	if (err)
		*err = (struct msrkit_text_error){ .line = line, .column = col, .msg = msg };
	return -EINVAL;
}

int msrkit_allowlist_parse(const char *text, size_t len, struct msrkit_allowlist *out, struct msrkit_text_error *err)
{
	struct parsed *v = NULL;
	size_t n = 0, cap = 0, line = 0, pos = 0;
	int rc = 0;

	if (!out || (!text && len))
		return -EINVAL;
	out->entries = NULL;
	out->n = 0;
	while (pos < len) {
		size_t eol = pos, p, col;
		uint64_t addr, mask;

		while (eol < len && text[eol] != '\n')
			eol++;
		line++;
		p = pos;
		while (p < eol && is_blank(text[p]))
			p++;
		if (p == eol || text[p] == '#')
			goto next;
		col = p - pos + 1;
		rc = number(text, eol, &p, &addr);
		if (rc) {
			rc = fail(err, line, col, "expected a register address (0x hex)");
			goto out;
		}
		if (addr > UINT32_MAX) {
			rc = fail(err, line, col, "register address beyond 32 bits");
			goto out;
		}
		if (p == eol || !is_blank(text[p])) {
			rc = fail(err, line, p - pos + 1, p == eol ? "missing write mask" : "expected a blank after the address");
			goto out;
		}
		while (p < eol && is_blank(text[p]))
			p++;
		col = p - pos + 1;
		if (p == eol) {
			rc = fail(err, line, col, "missing write mask");
			goto out;
		}
		rc = number(text, eol, &p, &mask);
		if (rc) {
			rc = fail(err, line, col, rc == -ERANGE ? "write mask beyond 64 bits" : "expected a write mask (0x hex)");
			goto out;
		}
		while (p < eol && is_blank(text[p]))
			p++;
		if (p < eol && text[p] != '#') {
			rc = fail(err, line, p - pos + 1, "unexpected text after the write mask");
			goto out;
		}
		if (n == cap) {
			size_t ncap = cap ? cap * 2 : 64;
			struct parsed *nv = realloc(v, ncap * sizeof(*v));

			if (!nv) {
				rc = -ENOMEM;
				goto out;
			}
			v = nv;
			cap = ncap;
		}
		v[n++] = (struct parsed){ .address = (uint32_t)addr, .mask = mask, .line = line };
next:
		pos = eol + 1;
	}
	if (n) {
		qsort(v, n, sizeof(*v), cmp_parsed);
		for (size_t i = 1; i < n; i++) {
			if (v[i].address == v[i - 1].address) {
				rc = fail(err, v[i].line, 1, "register listed twice");
				goto out;
			}
		}
		out->entries = malloc(n * sizeof(*out->entries));
		if (!out->entries) {
			rc = -ENOMEM;
			goto out;
		}
		for (size_t i = 0; i < n; i++)
			out->entries[i] = (struct msrkit_allowlist_entry){ .address = v[i].address, .write_mask = v[i].mask };
		out->n = n;
	}
out:
	free(v);
	return rc;
}

int msrkit__allowlist_path(const char *root, char *buf, size_t len)
{
	int rc = msrkit__path(buf, len, root, "/dev/cpu/msr_allowlist");

	if (rc == 0 && msrkit__exists(buf) == -ENOENT) {
		/* msr-safe before 1.5 called it a whitelist. */
		char old[4096];

		if (msrkit__path(old, sizeof(old), root, "/dev/cpu/msr_whitelist") == 0 && msrkit__exists(old) == 0 &&
		    strlen(old) < len)
			memcpy(buf, old, strlen(old) + 1);
	}
	return rc;
}

/* The whole content of a device or file, allocated. */
static int read_all(const char *path, char **text, size_t *len)
{
	size_t cap = 65536, got = 0;
	char *buf = malloc(cap);
	int fd, rc = 0;

	if (!buf)
		return -ENOMEM;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		rc = -errno;
		free(buf);
		return rc;
	}
	for (;;) {
		ssize_t r;

		if (got == cap) {
			char *nb = cap < (64u << 20) ? realloc(buf, cap * 2) : NULL;

			if (!nb) {
				rc = -ENOMEM;
				break;
			}
			buf = nb;
			cap *= 2;
		}
		r = read(fd, buf + got, cap - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			rc = -errno;
			break;
		}
		if (r == 0)
			break;
		got += (size_t)r;
	}
	close(fd);
	if (rc) {
		free(buf);
		return rc;
	}
	*text = buf;
	*len = got;
	return 0;
}

int msrkit_allowlist_load(const char *root, struct msrkit_allowlist *out, struct msrkit_text_error *err)
{
	char path[4096];
	char *text = NULL;
	size_t len = 0;
	int rc;

	if (!out)
		return -EINVAL;
	out->entries = NULL;
	out->n = 0;
	rc = msrkit__allowlist_path(root, path, sizeof(path));
	if (rc)
		return rc;
	rc = read_all(path, &text, &len);
	if (rc)
		return rc;
	rc = msrkit_allowlist_parse(text, len, out, err);
	free(text);
	return rc;
}

const struct msrkit_allowlist_entry *msrkit_allowlist_find(const struct msrkit_allowlist *al, uint32_t address)
{
	size_t lo = 0, hi = al ? al->n : 0;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (al->entries[mid].address == address)
			return &al->entries[mid];
		if (al->entries[mid].address < address)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

void msrkit_allowlist_free(struct msrkit_allowlist *al)
{
	if (!al)
		return;
	free(al->entries);
	al->entries = NULL;
	al->n = 0;
}

size_t msrkit_allowlist_format_line(uint32_t address, uint64_t write_mask, char *buf, size_t len)
{
	/* The form msr-safe itself prints when the allowlist is read. */
	int k = snprintf(buf, len, "0x%08X 0x%016llX", (unsigned)address, (unsigned long long)write_mask);

	return k < 0 ? 0 : (size_t)k;
}
