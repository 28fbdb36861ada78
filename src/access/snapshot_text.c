/* SPDX-License-Identifier: MIT */
/*
 * msrkit's snapshot text format (docs/snapshot-format.md): a writer, and a
 * strict reader that accepts exactly the canonical form the writer
 * produces, so that text -> load -> text gives the same bytes.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "snapshot_impl.h"

#define MAGIC "msrkit-snapshot"

/* Writer. */

int msrkit_snapshot_write_text(const struct msrkit_snapshot *s, FILE *f)
{
	size_t i, j, n;
	unsigned k;

	if (!s || !f || !snap_is_finalized(s))
		return -EINVAL;
	fprintf(f, MAGIC " %d\n", MSRKIT_SNAPSHOT_VERSION);
	for (k = 0; k < MSRKIT_META_COUNT; k++) {
		const char *v = msrkit_snapshot_get_meta(s, (enum msrkit_snapshot_meta)k);

		if (v)
			fprintf(f, "%s %s\n", msrkit_snapshot_meta_name((enum msrkit_snapshot_meta)k), v);
	}
	n = msrkit_snapshot_cpu_count(s);
	for (i = 0; i < n; i++) {
		struct snap_cpu_view v;

		snap_cpu_at(s, i, &v);
		fprintf(f, "cpu %u\n", v.cpu);
		for (j = 0; j < v.ncpuid; j++) {
			const struct msrkit_snapshot_cpuid *e = &v.cpuid[j];

			if (e->any_subleaf)
				fprintf(f, "cpuid 0x%08" PRIx32 " -", e->leaf);
			else
				fprintf(f, "cpuid 0x%08" PRIx32 " 0x%08" PRIx32, e->leaf, e->subleaf);
			fprintf(f, " 0x%08" PRIx32 " 0x%08" PRIx32 " 0x%08" PRIx32 " 0x%08" PRIx32 "\n", e->regs[0],
			        e->regs[1], e->regs[2], e->regs[3]);
		}
		for (j = 0; j < v.nmsr; j++) {
			const struct msrkit_snapshot_msr *e = &v.msr[j];

			if (e->err)
				fprintf(f, "msr 0x%08" PRIx32 " ! %s\n", e->address, msrkit_snapshot_errname(e->err));
			else
				fprintf(f, "msr 0x%08" PRIx32 " 0x%016" PRIx64 "\n", e->address, e->value);
		}
	}
	fputs("end\n", f);
	return ferror(f) ? -EIO : 0;
}

/* Reader. */

struct tok {
	const char *p;
	size_t len;
};

/* Splits a line on single spaces into at most max tokens; the last token
 * takes the rest of the line. Returns the count, or -1 when blanks are
 * doubled, leading or trailing. */
static int split(const char *p, size_t len, struct tok *t, int max)
{
	int n = 0;
	size_t i = 0;

	if (len == 0 || p[0] == ' ' || p[len - 1] == ' ')
		return -1;
	while (n < max) {
		size_t start = i;

		if (n == max - 1) {
			t[n].p = p + i;
			t[n].len = len - i;
			return n + 1;
		}
		while (i < len && p[i] != ' ')
			i++;
		t[n].p = p + start;
		t[n].len = i - start;
		n++;
		if (i == len)
			return n;
		i++; /* the space */
		if (p[i] == ' ')
			return -1;
	}
	return n;
}

static bool tok_is(const struct tok *t, const char *s)
{
	size_t n = strlen(s);

	return t->len == n && memcmp(t->p, s, n) == 0;
}

/* "0x" and exactly digits lowercase hex digits. */
static bool hex_fixed(const struct tok *t, unsigned digits, uint64_t *out)
{
	uint64_t v = 0;
	size_t i;

	if (t->len != 2 + digits || t->p[0] != '0' || t->p[1] != 'x')
		return false;
	for (i = 2; i < t->len; i++) {
		char c = t->p[i];

		if (c >= '0' && c <= '9')
			v = v << 4 | (uint64_t)(c - '0');
		else if (c >= 'a' && c <= 'f')
			v = v << 4 | (uint64_t)(c - 'a' + 10);
		else
			return false;
	}
	*out = v;
	return true;
}

/* Decimal without sign or leading zeros, below limit. */
static bool dec_canon(const struct tok *t, unsigned long limit, unsigned long *out)
{
	unsigned long v = 0;
	size_t i;

	if (t->len == 0 || t->len > 9 || (t->len > 1 && t->p[0] == '0'))
		return false;
	for (i = 0; i < t->len; i++) {
		if (t->p[i] < '0' || t->p[i] > '9')
			return false;
		v = v * 10 + (unsigned long)(t->p[i] - '0');
	}
	if (v >= limit)
		return false;
	*out = v;
	return true;
}

struct text_parser {
	const char *name;
	struct msrkit_snapshot_error *err;
	struct msrkit_snapshot *s;
	unsigned long line;
	int next_meta;      /* the lowest metadata key still allowed */
	bool in_cpu;        /* a cpu line was seen */
	unsigned cpu;
	bool seen_msr;      /* the current CPU has msr lines */
	bool have_cpuid, have_msr;
	struct msrkit_snapshot_cpuid last_cpuid;
	uint32_t last_msr;
};

#define FAIL(P, ...) snap_fail((P)->err, (P)->name, (P)->line, __VA_ARGS__)

static int fail_field(struct text_parser *P, const char *what, const struct tok *t, const char *expect)
{
	char q[64];

	snap_quote(q, sizeof(q), t->p, t->len);
	return FAIL(P, "bad %s \"%s\": expected %s", what, q, expect);
}

static int parse_meta(struct text_parser *P, int key, const struct tok *t, int nt)
{
	const char *name = msrkit_snapshot_meta_name((enum msrkit_snapshot_meta)key);
	char *value;
	int rc;

	if (P->in_cpu)
		return FAIL(P, "metadata \"%s\" after the first cpu line: metadata comes before the CPUs", name);
	if (key < P->next_meta)
		return FAIL(P, "metadata \"%s\" repeated or out of order: the order is time, host, kernel, tool, "
		               "backend, source",
		            name);
	if (nt < 2)
		return FAIL(P, "metadata \"%s\" without a value", name);
	value = malloc(t[1].len + 1);
	if (!value)
		return -ENOMEM;
	memcpy(value, t[1].p, t[1].len);
	value[t[1].len] = '\0';
	/* An embedded NUL would shorten the value: reject it here. */
	rc = memchr(t[1].p, '\0', t[1].len) ? -EINVAL
	                                     : msrkit_snapshot_set_meta(P->s, (enum msrkit_snapshot_meta)key, value);
	free(value);
	if (rc == -EINVAL)
		return FAIL(P, "bad value for metadata \"%s\": expected UTF-8 text without control characters, "
		               "at most 1024 bytes",
		            name);
	if (rc)
		return rc;
	P->next_meta = key + 1;
	return 0;
}

static int parse_cpu(struct text_parser *P, const struct tok *t, int nt)
{
	unsigned long cpu;
	int rc;

	if (nt != 2)
		return FAIL(P, "cpu line needs 2 fields: cpu NUMBER");
	if (!dec_canon(&t[1], MSRKIT_CPUSET_MAX, &cpu))
		return fail_field(P, "CPU number", &t[1], "a decimal number below 8192 without leading zeros");
	if (P->in_cpu && cpu <= P->cpu)
		return FAIL(P, "cpu %lu after cpu %u: CPUs must be in increasing order, each once", cpu, P->cpu);
	rc = msrkit_snapshot_add_cpu(P->s, (unsigned)cpu);
	if (rc)
		return rc;
	P->in_cpu = true;
	P->cpu = (unsigned)cpu;
	P->seen_msr = false;
	P->have_cpuid = false;
	P->have_msr = false;
	return 0;
}

static void fmt_cpuid_key(char *buf, size_t len, const struct msrkit_snapshot_cpuid *e)
{
	if (e->any_subleaf)
		snprintf(buf, len, "0x%08" PRIx32 " -", e->leaf);
	else
		snprintf(buf, len, "0x%08" PRIx32 " 0x%08" PRIx32, e->leaf, e->subleaf);
}

static int parse_cpuid(struct text_parser *P, const struct tok *t, int nt)
{
	static const char *const regnames[4] = { "EAX", "EBX", "ECX", "EDX" };
	struct msrkit_snapshot_cpuid e = { 0 };
	uint64_t v;
	int i;

	if (!P->in_cpu)
		return FAIL(P, "cpuid line before the first cpu line");
	if (P->seen_msr)
		return FAIL(P, "cpuid line after msr lines: a CPU's cpuid lines come first");
	if (nt != 7)
		return FAIL(P, "cpuid line needs 7 fields: cpuid LEAF SUBLEAF EAX EBX ECX EDX");
	if (!hex_fixed(&t[1], 8, &v))
		return fail_field(P, "leaf", &t[1], "0x and 8 lowercase hex digits");
	e.leaf = (uint32_t)v;
	if (tok_is(&t[2], "-")) {
		e.any_subleaf = true;
	} else if (hex_fixed(&t[2], 8, &v)) {
		e.subleaf = (uint32_t)v;
	} else {
		return fail_field(P, "subleaf", &t[2], "- or 0x and 8 lowercase hex digits");
	}
	for (i = 0; i < 4; i++) {
		if (!hex_fixed(&t[3 + i], 8, &v))
			return fail_field(P, regnames[i], &t[3 + i], "0x and 8 lowercase hex digits");
		e.regs[i] = (uint32_t)v;
	}
	if (P->have_cpuid) {
		const struct msrkit_snapshot_cpuid *a = &P->last_cpuid;
		bool after = e.leaf > a->leaf ||
		             (e.leaf == a->leaf && ((a->any_subleaf && !e.any_subleaf) ||
		                                    (!a->any_subleaf && !e.any_subleaf && e.subleaf > a->subleaf)));

		if (!after) {
			char k1[32], k2[32];

			fmt_cpuid_key(k1, sizeof(k1), &e);
			fmt_cpuid_key(k2, sizeof(k2), a);
			return FAIL(P, "cpuid %s after %s: entries must be sorted by leaf and subleaf, each once", k1, k2);
		}
	}
	P->last_cpuid = e;
	P->have_cpuid = true;
	return msrkit_snapshot_add_cpuid(P->s, P->cpu, &e);
}

static int parse_msr(struct text_parser *P, const struct tok *t, int nt)
{
	struct msrkit_snapshot_msr e = { 0 };
	uint64_t v;

	if (!P->in_cpu)
		return FAIL(P, "msr line before the first cpu line");
	if (nt != 3 && !(nt == 4 && tok_is(&t[2], "!")))
		return FAIL(P, "msr line needs 3 fields (msr ADDRESS VALUE) or 4 (msr ADDRESS ! REASON)");
	if (!hex_fixed(&t[1], 8, &v))
		return fail_field(P, "MSR address", &t[1], "0x and 8 lowercase hex digits");
	e.address = (uint32_t)v;
	if (nt == 4) {
		e.err = snap_errno_from_name(t[3].p, t[3].len);
		if (!e.err)
			return fail_field(P, "failure", &t[3],
			                  "one of eio, eperm, eacces, enxio, enoent, enodev, ebusy, einval, eopnotsupp");
	} else if (hex_fixed(&t[2], 16, &v)) {
		e.value = v;
	} else {
		return fail_field(P, "MSR value", &t[2], "0x and 16 lowercase hex digits, or ! and a failure");
	}
	if (P->have_msr && e.address <= P->last_msr)
		return FAIL(P, "msr 0x%08" PRIx32 " after 0x%08" PRIx32 ": entries must be sorted by address, each once",
		            e.address, P->last_msr);
	P->last_msr = e.address;
	P->have_msr = true;
	P->seen_msr = true;
	return msrkit_snapshot_add_msr(P->s, P->cpu, &e);
}

static int parse_line(struct text_parser *P, const struct snap_line *l)
{
	struct tok t[8], first;
	int nt, k;
	char q[64];

	if (l->len == 0)
		return FAIL(P, "empty line: msrkit snapshots have none");
	first.p = l->p;
	first.len = 0;
	while (first.len < l->len && l->p[first.len] != ' ')
		first.len++;
	/* A metadata value is the rest of the line, inner spaces included. */
	for (k = 0; k < MSRKIT_META_COUNT; k++)
		if (tok_is(&first, msrkit_snapshot_meta_name((enum msrkit_snapshot_meta)k)))
			break;
	nt = split(l->p, l->len, t, k < MSRKIT_META_COUNT ? 2 : 8);
	if (nt < 0)
		return FAIL(P, "stray blank: fields are separated by exactly one space, with none at either end");
	if (k < MSRKIT_META_COUNT)
		return parse_meta(P, k, t, nt);
	if (tok_is(&t[0], "cpu"))
		return parse_cpu(P, t, nt);
	if (tok_is(&t[0], "cpuid"))
		return parse_cpuid(P, t, nt);
	if (tok_is(&t[0], "msr"))
		return parse_msr(P, t, nt);
	snap_quote(q, sizeof(q), t[0].p, t[0].len);
	return FAIL(P, "unknown line \"%s\": expected time, host, kernel, tool, backend, source, cpu, cpuid, msr "
	               "or end",
	            q);
}

/* Checks the first line: "msrkit-snapshot VERSION". */
static int parse_magic(struct text_parser *P, const struct snap_line *l)
{
	const size_t m = sizeof(MAGIC) - 1;
	struct tok v;
	unsigned long version;
	char q[64];

	if (l->len < m + 1 || memcmp(l->p, MAGIC " ", m + 1) != 0)
		return FAIL(P, "not an msrkit snapshot: the first line must be \"" MAGIC " %d\"", MSRKIT_SNAPSHOT_VERSION);
	v.p = l->p + m + 1;
	v.len = l->len - m - 1;
	if (!dec_canon(&v, 1000000, &version)) {
		snap_quote(q, sizeof(q), v.p, v.len);
		return FAIL(P, "bad format version \"%s\": expected a decimal number", q);
	}
	if (version != MSRKIT_SNAPSHOT_VERSION)
		return FAIL(P, "format version %lu is not supported: this msrkit reads version %d%s", version,
		            MSRKIT_SNAPSHOT_VERSION, version > MSRKIT_SNAPSHOT_VERSION ? " (use a newer msrkit)" : "");
	return 0;
}

int msrkit_snapshot_parse_text(const char *buf, size_t len, const char *name, struct msrkit_snapshot **out,
                               struct msrkit_snapshot_error *err)
{
	struct text_parser P = { .name = name, .err = err };
	struct snap_lines it;
	struct snap_line l;
	bool ended = false;
	int rc = 0;

	if (!out || (!buf && len))
		return -EINVAL;
	*out = NULL;
	if (len == 0)
		return snap_fail(err, name, 0, "empty file: an msrkit snapshot starts with \"" MAGIC " %d\"",
		                 MSRKIT_SNAPSHOT_VERSION);
	P.s = msrkit_snapshot_new();
	if (!P.s)
		return -ENOMEM;
	snap_lines_init(&it, buf, len);
	while (!rc && snap_lines_next(&it, &l)) {
		P.line = l.no;
		if (l.has_cr) {
			rc = FAIL(&P, "Windows line ending (CR LF): msrkit snapshots use LF only (convert with dos2unix)");
		} else if (ended) {
			rc = FAIL(&P, "text after the \"end\" line");
		} else if (l.no == 1) {
			rc = parse_magic(&P, &l);
		} else if (l.len == 3 && memcmp(l.p, "end", 3) == 0) {
			ended = true;
		} else {
			rc = parse_line(&P, &l);
		}
		if (!rc && !l.has_newline)
			rc = FAIL(&P, "the last line has no newline: the file is truncated");
	}
	if (!rc && !ended)
		rc = snap_fail(err, name, 0, "truncated: no \"end\" line after line %lu", P.line);
	if (rc) {
		msrkit_snapshot_free(P.s);
		return rc;
	}
	/* Input order was checked: finalizing only marks the CPUs sorted. */
	rc = msrkit_snapshot_finalize(P.s);
	if (rc < 0) {
		msrkit_snapshot_free(P.s);
		return rc;
	}
	snap_set_origin(P.s, MSRKIT_ORIGIN_TEXT);
	*out = P.s;
	return 0;
}
