/* SPDX-License-Identifier: MIT */
/*
 * The write journal: the old and new value of every (CPU, register) a write
 * changed, as text a person can read, so the change can be undone later.
 * The parser is strict because its output is written back to hardware.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "access_int.h"

size_t msrkit_journal_format(const struct msrkit_journal_entry *e, size_t n, char *buf, size_t len)
{
	size_t used = 0;
	int k;

	if (len)
		buf[0] = '\0';
	k = snprintf(len ? buf : NULL, len, "%s\n", MSRKIT_JOURNAL_HEADER);
	used = (size_t)k;
	for (size_t i = 0; i < n; i++) {
		k = snprintf(used < len ? buf + used : NULL, used < len ? len - used : 0, "%u 0x%08x 0x%016llx 0x%016llx\n",
			     e[i].cpu, (unsigned)e[i].address, (unsigned long long)e[i].old_value,
			     (unsigned long long)e[i].new_value);
		used += (size_t)k;
	}
	return used;
}

size_t msrkit_txn_journal(const struct msrkit_txn_item *items, size_t n, bool committed_only,
			  struct msrkit_journal_entry *out)
{
	size_t k = 0;

	for (size_t i = 0; i < n; i++) {
		const struct msrkit_txn_item *it = &items[i];

		if (!it->has_old || (committed_only && it->state != MSRKIT_TXN_COMMITTED))
			continue;
		out[k++] = (struct msrkit_journal_entry){ .cpu = it->cpu, .address = it->address,
							  .old_value = it->old_value, .new_value = it->new_value };
	}
	return k;
}

size_t msrkit_journal_undo_items(const struct msrkit_journal_entry *e, size_t n, struct msrkit_txn_item *items)
{
	for (size_t i = 0; i < n; i++) {
		const struct msrkit_journal_entry *j = &e[n - 1 - i];

		items[i] = (struct msrkit_txn_item){ .cpu = j->cpu, .address = j->address, .mask = ~UINT64_C(0),
						     .value = j->old_value, .check_current = true,
						     .expected = j->new_value };
	}
	return n;
}

struct line_ctx {
	const char *text;
	size_t start, end; /* the line is text[start, end) */
	size_t line;
	struct msrkit_text_error *err;
};

static int bad(struct line_ctx *c, size_t pos, const char *msg)
{
	if (c->err)
		*c->err = (struct msrkit_text_error){ .line = c->line, .column = pos - c->start + 1, .msg = msg };
	return -EINVAL;
}

static bool blank(char ch)
{
	return ch == ' ' || ch == '\t';
}

/* "0x" and 1..max_digits hex digits, ending at a blank or the line's end. */
static int hex_field(struct line_ctx *c, size_t *pos, unsigned max_digits, uint64_t *out, const char *what)
{
	size_t p = *pos, digits = 0;
	uint64_t v = 0;

	if (p + 1 >= c->end || c->text[p] != '0' || (c->text[p + 1] != 'x' && c->text[p + 1] != 'X'))
		return bad(c, p, what);
	p += 2;
	for (; p < c->end && !blank(c->text[p]); p++) {
		char ch = c->text[p];
		unsigned d;

		if (ch >= '0' && ch <= '9')
			d = (unsigned)(ch - '0');
		else if (ch >= 'a' && ch <= 'f')
			d = (unsigned)(ch - 'a' + 10);
		else if (ch >= 'A' && ch <= 'F')
			d = (unsigned)(ch - 'A' + 10);
		else
			return bad(c, p, "not a hexadecimal digit");
		if (++digits > max_digits)
			return bad(c, *pos, max_digits == 8 ? "address longer than 8 hex digits"
							    : "value longer than 16 hex digits");
		v = v << 4 | d;
	}
	if (digits == 0)
		return bad(c, p, "no hexadecimal digits after 0x");
	*out = v;
	*pos = p;
	return 0;
}

/* Skips the blanks between fields; at least one is required. */
static int separator(struct line_ctx *c, size_t *pos, const char *next)
{
	size_t p = *pos;

	if (p >= c->end)
		return bad(c, p, next);
	if (!blank(c->text[p]))
		return bad(c, p, "expected a space between fields");
	while (p < c->end && blank(c->text[p]))
		p++;
	if (p >= c->end)
		return bad(c, p, next);
	*pos = p;
	return 0;
}

static int parse_entry(struct line_ctx *c, struct msrkit_journal_entry *e)
{
	size_t p = c->start;
	unsigned long cpu = 0;
	uint64_t v;
	int rc;

	if (c->text[p] < '0' || c->text[p] > '9')
		return bad(c, p, "expected a CPU number");
	for (; p < c->end && c->text[p] >= '0' && c->text[p] <= '9'; p++) {
		cpu = cpu * 10 + (unsigned long)(c->text[p] - '0');
		if (cpu >= MSRKIT_CPUSET_MAX)
			return bad(c, c->start, "CPU number too large");
	}
	e->cpu = (unsigned)cpu;
	rc = separator(c, &p, "missing register address");
	if (!rc)
		rc = hex_field(c, &p, 8, &v, "expected a register address (0x...)");
	if (rc)
		return rc;
	e->address = (uint32_t)v;
	rc = separator(c, &p, "missing old value");
	if (!rc)
		rc = hex_field(c, &p, 16, &e->old_value, "expected the old value (0x...)");
	if (!rc)
		rc = separator(c, &p, "missing new value");
	if (!rc)
		rc = hex_field(c, &p, 16, &e->new_value, "expected the new value (0x...)");
	if (rc)
		return rc;
	if (p != c->end)
		return bad(c, p, "unexpected text after the new value");
	return 0;
}

struct keyed {
	unsigned cpu;
	uint32_t address;
	size_t line;
};

static int cmp_keyed(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;

	if (x->cpu != y->cpu)
		return x->cpu < y->cpu ? -1 : 1;
	if (x->address != y->address)
		return x->address < y->address ? -1 : 1;
	return x->line < y->line ? -1 : x->line > y->line;
}

int msrkit_journal_parse(const char *text, size_t len, struct msrkit_journal_entry *out, size_t cap, size_t *count,
			 struct msrkit_text_error *err)
{
	struct line_ctx c = { .text = text, .err = err };
	struct keyed *keys = NULL;
	size_t n = 0, kcap = 0, pos = 0;
	int rc = 0;

	if (count)
		*count = 0;
	if ((!text && len) || !count || (!out && cap))
		return -EINVAL;
	while (pos < len || c.line == 0) {
		struct msrkit_journal_entry e;
		size_t eol = pos;

		while (eol < len && text[eol] != '\n')
			eol++;
		c.start = pos;
		c.end = eol;
		c.line++;
		if (eol > pos && memchr(text + pos, '\0', eol - pos)) {
			rc = bad(&c, pos, "NUL byte in the journal");
			goto out;
		}
		if (c.line == 1) {
			size_t h = strlen(MSRKIT_JOURNAL_HEADER);

			if (eol - pos != h || memcmp(text + pos, MSRKIT_JOURNAL_HEADER, h) != 0) {
				rc = bad(&c, pos, "not a msrkit journal (first line must be \"" MSRKIT_JOURNAL_HEADER "\")");
				goto out;
			}
		} else if (eol > pos && text[pos] != '#') {
			rc = parse_entry(&c, &e);
			if (rc)
				goto out;
			if (n == kcap) {
				size_t ncap = kcap ? kcap * 2 : 64;
				struct keyed *nk = realloc(keys, ncap * sizeof(*keys));

				if (!nk) {
					rc = -ENOMEM;
					goto out;
				}
				keys = nk;
				kcap = ncap;
			}
			keys[n] = (struct keyed){ .cpu = e.cpu, .address = e.address, .line = c.line };
			if (n < cap)
				out[n] = e;
			n++;
		}
		pos = eol + 1;
	}
	if (n > 1) {
		qsort(keys, n, sizeof(*keys), cmp_keyed);
		for (size_t i = 1; i < n; i++) {
			if (keys[i].cpu == keys[i - 1].cpu && keys[i].address == keys[i - 1].address) {
				if (err)
					*err = (struct msrkit_text_error){ .line = keys[i].line, .column = 1,
									   .msg = "this CPU and register appear twice" };
				rc = -EINVAL;
				goto out;
			}
		}
	}
	*count = n;
	if (n > cap)
		rc = -ENOSPC;
out:
	free(keys);
	return rc;
}
