/* SPDX-License-Identifier: MIT */
/* Internals shared by the snapshot model, its readers and its writers. */
#ifndef MSRKIT_SNAPSHOT_IMPL_H
#define MSRKIT_SNAPSHOT_IMPL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "msrkit/snapshot.h"

/* One logical CPU of a snapshot, in CPU order. */
struct snap_cpu_view {
	unsigned cpu;
	const struct msrkit_snapshot_cpuid *cpuid;
	size_t ncpuid;
	const struct msrkit_snapshot_msr *msr;
	size_t nmsr;
};

void snap_set_origin(struct msrkit_snapshot *s, enum msrkit_snapshot_origin origin);

/* True when every CPU's entries are sorted and unique. */
bool snap_is_finalized(const struct msrkit_snapshot *s);

/* The i-th CPU (0 <= i < msrkit_snapshot_cpu_count(s)). */
void snap_cpu_at(const struct msrkit_snapshot *s, size_t i, struct snap_cpu_view *v);

/* Maps a failure name ("eio") to its negative errno; 0 when unknown. */
int snap_errno_from_name(const char *name, size_t len);

/* Is [p, p+len) valid UTF-8 without control characters? */
bool snap_text_ok(const char *p, size_t len);

/* Fills *err (when not NULL) with file, line and a printf-style reason;
 * returns -EINVAL so parsers can `return snap_fail(...)`. */
int snap_fail(struct msrkit_snapshot_error *err, const char *file, unsigned long line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* A line of input: [p, p+len) without its line ending. */
struct snap_line {
	const char *p;
	size_t len;
	unsigned long no;  /* 1-based */
	bool has_newline;  /* false for a last line that ends the buffer */
	bool has_cr;       /* the line ended with CR LF (the CR is not in len) */
};

/* Line iterator over a buffer. */
struct snap_lines {
	const char *buf;
	size_t len;
	size_t pos;
	unsigned long no;
};

void snap_lines_init(struct snap_lines *it, const char *buf, size_t len);
/* Next line; false at the end of the buffer. */
bool snap_lines_next(struct snap_lines *it, struct snap_line *line);

/* Quotes at most max bytes of [p, p+len) for an error message, replacing
 * non-printable bytes with '?' and marking truncation with "...". */
void snap_quote(char *out, size_t outlen, const char *p, size_t len);

#endif /* MSRKIT_SNAPSHOT_IMPL_H */
