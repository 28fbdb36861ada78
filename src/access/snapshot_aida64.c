/* SPDX-License-Identifier: MIT */
/*
 * Reader for AIDA64 (formerly EVEREST) CPUID dumps, as published in the
 * InstLatx64 collection, and for the CPUID/MSR blocks of AIDA64 reports.
 *
 * Layouts understood:
 *   ------[ CPUID Registers / Logical CPU #N ]------   CPUID of CPU N
 *   ------[ Logical CPU #N ]------                     CPUID of CPU N (older dumps)
 *   ------[ MSR Registers / Logical CPU #N ]------     MSRs of CPU N
 *   ------[ MSR Registers ]------                      MSRs of the one CPU read (CPU 0)
 *   CPUID Registers (CPU #N[ Virtual]):                report blocks, ending at a
 *   MSR Registers (CPU #N):  /  MSR Registers:         blank line
 *   register lines before any header                   headerless dumps: CPU 0, the next
 *                                                      CPU at each repeated leaf 0
 * Register lines: "CPUID LLLLLLLL: EAX-EBX-ECX-EDX [SL nn] [annotation]" and
 * "MSR AAAAAAAA: VVVV-VVVV-VVVV-VVVV [annotation]" or "< FAILED >" (the read
 * faulted: stored as -EIO); the colon may be replaced by blanks (reports).
 * A register sampled several times ([S200]) keeps its last sample. Other
 * text inside register sections is AIDA64's own remarks ("CPU Clock (TSC):
 * 3600 MHz", "PerformanceFrequency = ...") and is skipped when it has the
 * shape "label: text" or "label = text"; anything else there is an error.
 * Other sections are skipped. CRLF and Latin-1 bytes are accepted.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "snapshot_impl.h"

enum sect {
	SECT_NONE,  /* before the first header: headerless dumps */
	SECT_OTHER, /* a section without registers */
	SECT_CPUID,
	SECT_MSR,
};

struct aida_parser {
	const char *name;
	struct msrkit_snapshot_error *err;
	struct msrkit_snapshot *s;
	struct msrkit_aida64_stats st;
	unsigned long line;
	enum sect sect;
	unsigned cpu;
	bool report_block;  /* opened by "... Registers (CPU #N):": ends at a blank line */
	bool block_started; /* the report block has had a register line */
	bool in_versions;   /* inside "------[ Versions ]------" */
	bool found;         /* a register section or line was seen */
	bool headerless_leaf0; /* headerless: the current CPU has had leaf 0 */
	/* Older dumps list the subleaves of a leaf as consecutive lines
	 * without [SL nn]; the first such line waits here until the next line
	 * shows whether the leaf repeats. */
	bool pending;
	struct msrkit_snapshot_cpuid pend;
	unsigned pend_cpu;
	uint32_t run_leaf;  /* leaf of the current run of unnumbered lines */
	bool in_run;
	uint32_t run_sub;   /* subleaf given to the last line of the run */
	uint64_t run_mask;  /* leaf 0xD: state components of subleaf 0 (EDX:EAX) */
};

#define FAIL(P, ...) snap_fail((P)->err, (P)->name, (P)->line, __VA_ARGS__)

static bool is_blank(char c)
{
	return c == ' ' || c == '\t';
}

static bool is_hex(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

static unsigned hexval(char c)
{
	if (c >= '0' && c <= '9')
		return (unsigned)(c - '0');
	if (c >= 'A' && c <= 'F')
		return (unsigned)(c - 'A' + 10);
	return (unsigned)(c - 'a' + 10);
}

/* Exactly n hex digits at p (the caller checked p has n bytes). */
static bool hexn(const char *p, size_t n, uint64_t *out)
{
	uint64_t v = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		if (!is_hex(p[i]))
			return false;
		v = v << 4 | hexval(p[i]);
	}
	*out = v;
	return true;
}

static bool starts(const char *p, size_t len, const char *prefix)
{
	size_t n = strlen(prefix);

	return len >= n && memcmp(p, prefix, n) == 0;
}

/* Leaves whose output depends on ECX, from the SDM and APM: a single line
 * for one of them is subleaf 0, not an answer for every subleaf. */
static bool leaf_takes_subleaf(uint32_t leaf)
{
	static const uint32_t leaves[] = {
		0x4, 0x7, 0xb, 0xd, 0xf, 0x10, 0x12, 0x14, 0x17, 0x18, 0x1a, 0x1b, 0x1d, 0x1e, 0x1f, 0x20, 0x23, 0x24,
		0x8000001d, 0x80000020, 0x80000026,
	};
	size_t i;

	for (i = 0; i < sizeof(leaves) / sizeof(leaves[0]); i++)
		if (leaves[i] == leaf)
			return true;
	return false;
}

/*
 * Is the line a register line ("MSR" or "CPUID", blanks, hex digits, then a
 * colon, a blank or the end)? *kw_len gets the keyword length. Text such as
 * "CPUID CPU Name : ..." or "MSR Registers" is not.
 */
static enum sect register_like(const char *p, size_t len, size_t *kw_len)
{
	enum sect kind;
	size_t i, h;

	if (starts(p, len, "CPUID")) {
		kind = SECT_CPUID;
		i = 5;
	} else if (starts(p, len, "MSR")) {
		kind = SECT_MSR;
		i = 3;
	} else {
		return SECT_NONE;
	}
	*kw_len = i;
	if (i >= len || !is_blank(p[i]))
		return SECT_NONE;
	while (i < len && is_blank(p[i]))
		i++;
	for (h = i; h < len && is_hex(p[h]); h++)
		;
	if (h == i || (h < len && p[h] != ':' && !is_blank(p[h])))
		return SECT_NONE;
	return kind;
}

/* Does the register-like line have an 8-digit address (for counting the
 * lines skipped outside register sections)? */
static bool has_full_address(const char *p, size_t len, size_t kw)
{
	size_t i = kw, h;

	while (i < len && is_blank(p[i]))
		i++;
	for (h = i; h < len && is_hex(p[h]); h++)
		;
	return h - i == 8;
}

static int flush_pending(struct aida_parser *P)
{
	int rc;

	if (!P->pending)
		return 0;
	P->pending = false;
	rc = msrkit_snapshot_add_cpuid(P->s, P->pend_cpu, &P->pend);
	if (!rc)
		P->st.cpuid_lines++;
	return rc;
}

/* Ends a run of unnumbered lines (and writes its first line out). */
static int end_run(struct aida_parser *P)
{
	P->in_run = false;
	return flush_pending(P);
}

/* Parses "address<sep>" after the keyword; returns the position of the
 * value or 0 on error. */
static size_t parse_address(const char *p, size_t len, size_t kw, uint32_t *addr)
{
	size_t i = kw, start;
	uint64_t v;
	bool sep = false;

	while (i < len && is_blank(p[i]))
		i++;
	start = i;
	while (i < len && is_hex(p[i]))
		i++;
	if (i - start != 8 || !hexn(p + start, 8, &v))
		return 0;
	*addr = (uint32_t)v;
	while (i < len && is_blank(p[i])) {
		i++;
		sep = true;
	}
	if (i < len && p[i] == ':') {
		i++;
		sep = true;
		while (i < len && is_blank(p[i]))
			i++;
	}
	return sep ? i : 0;
}

/* After a value: the end of the line or a blank before annotations. */
static bool value_ends(const char *p, size_t len, size_t i)
{
	return i == len || is_blank(p[i]);
}

static int parse_msr_line(struct aida_parser *P, const char *p, size_t len, size_t kw)
{
	struct msrkit_snapshot_msr e = { 0 };
	size_t i = parse_address(p, len, kw, &e.address);
	char q[64];
	uint64_t part;
	int g, rc;

	if (!i)
		return FAIL(P, "bad MSR line: the address must be 8 hex digits, as in "
		               "\"MSR 0000001B: 0000-0000-FEE0-0900\"");
	if (starts(p + i, len - i, "< FAILED >") && value_ends(p, len, i + 10)) {
		e.err = -EIO;
	} else {
		for (g = 0; g < 4; g++) {
			size_t at = i + (size_t)g * 5;

			if (len < at + 4 || !hexn(p + at, 4, &part) || (g < 3 && (len < at + 5 || p[at + 4] != '-')))
				break;
			e.value = e.value << 16 | part;
		}
		if (g < 4 || !value_ends(p, len, i + 19)) {
			snap_quote(q, sizeof(q), p + i, len - i);
			return FAIL(P, "bad MSR value \"%s\": expected 16 hex digits as VVVV-VVVV-VVVV-VVVV, "
			               "or < FAILED >",
			            q);
		}
	}
	rc = msrkit_snapshot_add_msr(P->s, P->cpu, &e);
	if (rc)
		return rc;
	P->st.msr_lines++;
	if (e.err)
		P->st.msr_failed++;
	return 0;
}

/* "[SL nn]" as the first annotation: 1 when found (*sub set), 0 when
 * absent, negative on a malformed one. */
static int parse_subleaf(struct aida_parser *P, const char *p, size_t len, size_t i, uint32_t *sub)
{
	size_t start, end;
	uint64_t v;
	char q[64];

	while (i < len && is_blank(p[i]))
		i++;
	if (!starts(p + i, len - i, "[SL "))
		return 0;
	start = i + 3;
	while (start < len && is_blank(p[start]))
		start++;
	for (end = start; end < len && is_hex(p[end]); end++)
		;
	if (end == start || end - start > 8 || end >= len || p[end] != ']' || !hexn(p + start, end - start, &v)) {
		size_t stop = i;

		while (stop < len && p[stop] != ']')
			stop++;
		snap_quote(q, sizeof(q), p + i, stop < len ? stop + 1 - i : len - i);
		return FAIL(P, "bad subleaf \"%s\": expected [SL nn] with 1 to 8 hex digits", q);
	}
	*sub = (uint32_t)v;
	return 1;
}

/* The next subleaf of a run of unnumbered lines. Leaf 0xD lists the state
 * components present (bits 2 and up of subleaf 0's EDX:EAX) after subleaf
 * 0; other leaves count up. */
static uint32_t next_run_subleaf(const struct aida_parser *P)
{
	uint32_t b;

	if (P->run_leaf == 0xd) {
		for (b = P->run_sub < 1 ? 2 : P->run_sub + 1; b < 64; b++)
			if (P->run_mask >> b & 1)
				return b;
	}
	return P->run_sub + 1;
}

static int parse_cpuid_line(struct aida_parser *P, const char *p, size_t len, size_t kw)
{
	struct msrkit_snapshot_cpuid e = { 0 };
	uint32_t leaf;
	size_t i = parse_address(p, len, kw, &leaf);
	char sepc, q[64];
	uint64_t v;
	int g, rc, numbered;

	if (!i)
		return FAIL(P, "bad CPUID line: the leaf must be 8 hex digits, as in "
		               "\"CPUID 00000001: EAX-EBX-ECX-EDX\"");
	e.leaf = leaf;
	sepc = len > i + 8 ? p[i + 8] : '-';
	if (sepc != ' ')
		sepc = '-';
	for (g = 0; g < 4; g++) {
		size_t at = i + (size_t)g * 9;

		if (len < at + 8 || !hexn(p + at, 8, &v) || (g < 3 && (len < at + 9 || p[at + 8] != sepc)))
			break;
		e.regs[g] = (uint32_t)v;
	}
	if (g < 4 || !value_ends(p, len, i + 35)) {
		snap_quote(q, sizeof(q), p + i, len - i);
		return FAIL(P, "bad CPUID value \"%s\": expected EAX-EBX-ECX-EDX, 8 hex digits each", q);
	}
	numbered = parse_subleaf(P, p, len, i + 35, &e.subleaf);
	if (numbered < 0)
		return numbered;

	if (P->sect == SECT_NONE) {
		/* Headerless dump: each repeated leaf 0 starts the next CPU. */
		if (leaf == 0 && P->headerless_leaf0) {
			rc = end_run(P);
			if (rc)
				return rc;
			if (P->cpu + 1 >= MSRKIT_CPUSET_MAX)
				return FAIL(P, "more than 8192 CPUs in a dump without section headers");
			P->cpu++;
		}
		if (leaf == 0)
			P->headerless_leaf0 = true;
	}

	if (numbered) {
		rc = end_run(P);
		if (!rc)
			rc = msrkit_snapshot_add_cpuid(P->s, P->cpu, &e);
		if (!rc)
			P->st.cpuid_lines++;
		return rc;
	}
	if (P->in_run && P->run_leaf == leaf) {
		/* A repeat: the leaf's lines are its subleaves. */
		if (P->pending) {
			P->pend.any_subleaf = false;
			P->pend.subleaf = 0;
			rc = flush_pending(P);
			if (rc)
				return rc;
		}
		e.subleaf = next_run_subleaf(P);
		P->run_sub = e.subleaf;
		rc = msrkit_snapshot_add_cpuid(P->s, P->cpu, &e);
		if (!rc)
			P->st.cpuid_lines++;
		return rc;
	}
	rc = end_run(P);
	if (rc)
		return rc;
	e.any_subleaf = !leaf_takes_subleaf(leaf);
	P->pending = true;
	P->pend = e;
	P->pend_cpu = P->cpu;
	P->in_run = true;
	P->run_leaf = leaf;
	P->run_sub = 0;
	P->run_mask = (uint64_t)e.regs[3] << 32 | e.regs[0];
	return 0;
}

/* Reads the CPU number after '#'; 1 found, 0 no digits, negative error. */
static int cpu_number(struct aida_parser *P, const char *p, size_t len, unsigned *cpu)
{
	unsigned long v = 0;
	size_t i;

	for (i = 0; i < len && p[i] >= '0' && p[i] <= '9'; i++) {
		v = v * 10 + (unsigned long)(p[i] - '0');
		if (v >= MSRKIT_CPUSET_MAX)
			return FAIL(P, "CPU number in section header is not below 8192");
	}
	if (i == 0 || (i < len && p[i] != ' ' && p[i] != ')'))
		return 0;
	*cpu = (unsigned)v;
	return 1;
}

static int open_section(struct aida_parser *P, enum sect kind, unsigned cpu, bool report)
{
	int rc = end_run(P);

	if (rc)
		return rc;
	P->sect = kind;
	P->cpu = cpu;
	P->report_block = report;
	P->block_started = false;
	P->found = true;
	return msrkit_snapshot_add_cpu(P->s, cpu);
}

/*
 * Classifies a section name (from "------[ NAME ]------" or from a report
 * header without its colon) and opens the section. Names that start like a
 * register section but name no CPU ("MSR Registers / Logical CPU # Clock
 * (TSC)..." inside CPU #0's block) continue the current section.
 */
static int section(struct aida_parser *P, const char *n, size_t len, bool report)
{
	static const struct {
		const char *prefix;
		enum sect kind;
	} named[] = {
		{ "CPUID Registers / Logical CPU #", SECT_CPUID },
		{ "MSR Registers / Logical CPU #", SECT_MSR },
		{ "CPUID Registers (CPU #", SECT_CPUID },
		{ "MSR Registers (CPU #", SECT_MSR },
		{ "Logical CPU #", SECT_CPUID },
	};
	unsigned cpu = 0;
	size_t k;
	int rc;

	P->in_versions = !report && len == 8 && memcmp(n, "Versions", 8) == 0;
	for (k = 0; k < sizeof(named) / sizeof(named[0]); k++) {
		size_t pl = strlen(named[k].prefix);

		if (!starts(n, len, named[k].prefix))
			continue;
		rc = cpu_number(P, n + pl, len - pl, &cpu);
		if (rc < 0)
			return rc;
		if (rc == 1)
			return open_section(P, named[k].kind, cpu, report);
		break;
	}
	if (len == 13 && memcmp(n, "MSR Registers", 13) == 0)
		return open_section(P, SECT_MSR, 0, report);
	if (len == 15 && memcmp(n, "CPUID Registers", 15) == 0)
		return open_section(P, SECT_CPUID, 0, report);
	if (starts(n, len, "MSR Registers"))
		return P->sect == SECT_MSR ? 0 : open_section(P, SECT_MSR, 0, report);
	if (starts(n, len, "CPUID Registers"))
		return P->sect == SECT_CPUID ? 0 : open_section(P, SECT_CPUID, 0, report);
	rc = end_run(P);
	P->sect = SECT_OTHER;
	P->report_block = false;
	return rc;
}

/*
 * A "------[ NAME ]------" header: 1 handled, 0 not a header, negative
 * error. The number of dashes varies (reports use longer runs).
 */
static int dashed_header(struct aida_parser *P, const char *p, size_t len)
{
	size_t i = 0, open, close;
	char q[64];
	int rc;

	while (i < len && p[i] == '-')
		i++;
	if (i < 2 || i >= len || p[i] != '[')
		return 0;
	open = i + 1;
	for (close = len; close > open && p[close - 1] == '-'; close--)
		;
	if (close == open || p[close - 1] != ']' || close == len) {
		snap_quote(q, sizeof(q), p, len);
		return FAIL(P, "unterminated section header \"%s\": expected ------[ NAME ]------", q);
	}
	close--;
	while (open < close && is_blank(p[open]))
		open++;
	while (close > open && is_blank(p[close - 1]))
		close--;
	rc = section(P, p + open, close - open, false);
	return rc < 0 ? rc : 1;
}

/* A report header: "MSR Registers:", "CPUID Registers (CPU #3 Virtual):". */
static int report_header(struct aida_parser *P, const char *p, size_t len)
{
	static const char *const heads[] = { "MSR Registers", "CPUID Registers" };
	size_t k, n;
	int rc;

	if (len < 2 || p[len - 1] != ':')
		return 0;
	for (k = 0; k < 2; k++) {
		n = strlen(heads[k]);
		if (starts(p, len, heads[k]) && (len - 1 == n || starts(p + n, len - n, " (")))
			break;
	}
	if (k == 2)
		return 0;
	rc = section(P, p, len - 1, true);
	return rc < 0 ? rc : 1;
}

/* Converts to UTF-8 (from Latin-1 when it is not UTF-8 already), drops
 * control characters and trims; the result is a valid metadata value or
 * empty. */
static void meta_text(char *out, size_t outlen, const char *p, size_t len)
{
	bool utf8 = snap_text_ok(p, len);
	size_t i, o = 0;

	for (i = 0; i < len && o + 3 < outlen; i++) {
		unsigned char c = (unsigned char)p[i];

		if (c < 0x20 || c == 0x7f)
			continue;
		if (c < 0x80 || utf8) {
			out[o++] = (char)c;
		} else if (c >= 0xa0) {
			out[o++] = (char)(0xc0 | c >> 6);
			out[o++] = (char)(0x80 | (c & 0x3f));
		}
	}
	/* Cutting may split a UTF-8 sequence: back off to a boundary. */
	while (o && !snap_text_ok(out, o))
		o--;
	while (o && out[o - 1] == ' ')
		o--;
	out[o] = '\0';
	while (out[0] == ' ')
		memmove(out, out + 1, strlen(out));
}

static int version_line(struct aida_parser *P, const char *p, size_t len)
{
	static const struct {
		const char *label;
		enum msrkit_snapshot_meta key;
	} keys[] = {
		{ "Program Version", MSRKIT_META_TOOL },
		{ "Windows Version", MSRKIT_META_KERNEL },
	};
	char value[1025];
	size_t k, i;

	for (k = 0; k < sizeof(keys) / sizeof(keys[0]); k++) {
		if (!starts(p, len, keys[k].label))
			continue;
		i = strlen(keys[k].label);
		while (i < len && is_blank(p[i]))
			i++;
		if (i >= len || p[i] != ':')
			return 0;
		meta_text(value, sizeof(value), p + i + 1, len - i - 1);
		if (value[0])
			return msrkit_snapshot_set_meta(P->s, keys[k].key, value) == -ENOMEM ? -ENOMEM : 0;
	}
	return 0;
}

/* Text inside a register section that is not a register line. */
static int remark(struct aida_parser *P, const char *p, size_t len)
{
	const char *what = P->sect == SECT_MSR ? "an MSR" : "a CPUID";
	bool only_rule = true;
	size_t i;
	char q[64];

	/* Extra headers inside a block ("MSR Registers / Logical CPU #
	 * Clock (TSC), ... MHz" in CPU #0's block of some AMD dumps). */
	if (starts(p, len, "MSR Registers") || starts(p, len, "CPUID Registers")) {
		P->st.info_lines++;
		return 0;
	}
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)p[i];

		if ((c < 0x20 && c != '\t') || c == 0x7f)
			return FAIL(P, "binary data (byte 0x%02X) in %s section: the file is corrupt", c, what);
		if (c != '-' && c != '=')
			only_rule = false;
	}
	if (only_rule || memchr(p, ':', len) || memchr(p, '=', len)) {
		P->st.info_lines++;
		return 0;
	}
	snap_quote(q, sizeof(q), p, len);
	return FAIL(P, "unrecognised line in %s section: \"%s\"", what, q);
}

static int parse_line(struct aida_parser *P, const char *p, size_t len)
{
	enum sect kind;
	size_t kw = 0;
	int rc;

	/* Leading and trailing blanks carry no meaning (reports indent). */
	while (len && is_blank(*p)) {
		p++;
		len--;
	}
	while (len && is_blank(p[len - 1]))
		len--;
	if (len == 0) {
		if (P->report_block && P->block_started) {
			rc = end_run(P);
			P->sect = SECT_OTHER;
			P->report_block = false;
			return rc;
		}
		return 0;
	}
	rc = dashed_header(P, p, len);
	if (rc)
		return rc < 0 ? rc : 0;
	rc = report_header(P, p, len);
	if (rc)
		return rc < 0 ? rc : 0;
	/* A bare "MSR Registers" line heads the MSRs of older dumps; inside
	 * an MSR section it is one more header of the same block. */
	if (len == 13 && memcmp(p, "MSR Registers", 13) == 0 && P->sect != SECT_MSR)
		return section(P, p, len, false);

	kind = register_like(p, len, &kw);
	switch (P->sect) {
	case SECT_OTHER:
		if (kind != SECT_NONE && has_full_address(p, len, kw))
			P->st.stray_lines++;
		if (P->in_versions)
			return version_line(P, p, len);
		return 0;
	case SECT_NONE:
		if (kind == SECT_NONE)
			return 0;
		P->found = true;
		if (kind == SECT_CPUID)
			return parse_cpuid_line(P, p, len, kw);
		rc = end_run(P);
		return rc ? rc : parse_msr_line(P, p, len, kw);
	case SECT_CPUID:
	case SECT_MSR:
		if (kind == SECT_NONE) {
			rc = end_run(P);
			return rc ? rc : remark(P, p, len);
		}
		P->block_started = true;
		if (kind != P->sect)
			return FAIL(P, "%s", kind == SECT_MSR ? "MSR line in a CPUID section" : "CPUID line in an MSR section");
		if (kind == SECT_MSR)
			return parse_msr_line(P, p, len, kw);
		return parse_cpuid_line(P, p, len, kw);
	}
	return 0;
}

static const char *base_name(const char *path)
{
	const char *slash = path ? strrchr(path, '/') : NULL;

	return slash ? slash + 1 : path;
}

static int set_origin_meta(struct aida_parser *P)
{
	const char *base = base_name(P->name);
	char source[1025], text[1000];
	int rc;

	if (base && *base) {
		meta_text(text, sizeof(text), base, strlen(base));
		snprintf(source, sizeof(source), "AIDA64 dump %s", text);
	} else {
		snprintf(source, sizeof(source), "AIDA64 dump");
	}
	rc = msrkit_snapshot_set_meta(P->s, MSRKIT_META_SOURCE, source);
	if (!rc)
		rc = msrkit_snapshot_set_meta(P->s, MSRKIT_META_BACKEND, "aida64");
	return rc;
}

int msrkit_snapshot_parse_aida64(const char *buf, size_t len, const char *name, struct msrkit_snapshot **out,
                                 struct msrkit_snapshot_error *err, struct msrkit_aida64_stats *stats)
{
	struct aida_parser P = { .name = name, .err = err, .sect = SECT_NONE };
	struct snap_lines it;
	struct snap_line l;
	int rc = 0;

	if (!out || (!buf && len))
		return -EINVAL;
	*out = NULL;
	if (len >= 2 && ((buf[0] == '\xff' && buf[1] == '\xfe') || (buf[0] == '\xfe' && buf[1] == '\xff')))
		return snap_fail(err, name, 0, "UTF-16 text: convert the dump to UTF-8 first "
		                               "(iconv -f UTF-16 -t UTF-8)");
	if (len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0) {
		buf += 3;
		len -= 3;
	}
	P.s = msrkit_snapshot_new();
	if (!P.s)
		return -ENOMEM;
	snap_lines_init(&it, buf, len);
	while (!rc && snap_lines_next(&it, &l)) {
		P.line = l.no;
		rc = parse_line(&P, l.p, l.len);
	}
	if (!rc)
		rc = end_run(&P);
	if (!rc && !P.found)
		rc = snap_fail(err, name, 0, "no CPUID or MSR registers found: neither an AIDA64 CPUID dump nor an "
		                             "msrkit snapshot");
	if (!rc)
		rc = set_origin_meta(&P);
	if (!rc) {
		rc = msrkit_snapshot_finalize(P.s);
		if (rc >= 0) {
			P.st.superseded = (size_t)rc;
			rc = 0;
		}
	}
	if (rc) {
		msrkit_snapshot_free(P.s);
		return rc;
	}
	snap_set_origin(P.s, MSRKIT_ORIGIN_AIDA64);
	if (stats)
		*stats = P.st;
	*out = P.s;
	return 0;
}
