/* SPDX-License-Identifier: MIT */
/*
 * Snapshots: the CPUID leaves and MSR values of a machine's logical CPUs,
 * captured once and read back offline. A snapshot comes from `msrkit dump`
 * (msrkit's own text format, docs/snapshot-format.md) or from an AIDA64
 * CPUID dump; through msrkit_snapshot_backend() every read-only command runs
 * on it exactly as it would on the live machine.
 *
 * Hosted. Functions return 0 (or a count) or a negative errno and never print
 * or exit. Parsers report what went wrong in a struct msrkit_snapshot_error
 * ("file:line: reason"). Ownership: the caller owns every snapshot it gets
 * and frees it with msrkit_snapshot_free(); strings and arrays returned by
 * the accessors belong to the snapshot.
 */
#ifndef MSRKIT_SNAPSHOT_H
#define MSRKIT_SNAPSHOT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "access.h"
#include "cpu.h"

/* Version of the text format written by msrkit_snapshot_write_text(). */
#define MSRKIT_SNAPSHOT_VERSION 1

/* Largest file msrkit_snapshot_load() accepts (the biggest real dumps are a
 * few MiB). */
#define MSRKIT_SNAPSHOT_MAX_FILE (256u << 20)

struct msrkit_snapshot;

/* Metadata keys, in the order the text format writes them. */
enum msrkit_snapshot_meta {
	MSRKIT_META_TIME = 0, /* capture time, ISO 8601 UTC ("2025-01-31T12:00:00Z") */
	MSRKIT_META_HOST,     /* host name */
	MSRKIT_META_KERNEL,   /* kernel release (uname -r), or the OS a dump names */
	MSRKIT_META_TOOL,     /* program and version that captured ("msrkit 0.1.0") */
	MSRKIT_META_BACKEND,  /* how values were read ("msr", "msr-safe", "aida64") */
	MSRKIT_META_SOURCE,   /* what this is ("live", "AIDA64 dump NAME.txt") */
};
#define MSRKIT_META_COUNT 6

/* Where a snapshot came from. */
enum msrkit_snapshot_origin {
	MSRKIT_ORIGIN_MEMORY = 0, /* built with the add functions */
	MSRKIT_ORIGIN_TEXT,       /* msrkit text format */
	MSRKIT_ORIGIN_AIDA64,     /* AIDA64 CPUID dump */
};

/* One CPUID answer. */
struct msrkit_snapshot_cpuid {
	uint32_t leaf;
	uint32_t subleaf;  /* ECX input; 0 when any_subleaf */
	bool any_subleaf;  /* the leaf ignores ECX: this answers every subleaf */
	uint32_t regs[4];  /* EAX, EBX, ECX, EDX */
};

/* One MSR: its value, or why it could not be read. */
struct msrkit_snapshot_msr {
	uint32_t address;
	int err;        /* 0: value holds what RDMSR returned; otherwise the negative
	                 * errno of the failed read (-EIO: #GP, not implemented;
	                 * -EPERM/-EACCES: no access; -ENOENT: deliberately not
	                 * captured; see msrkit_snapshot_errname()) */
	uint64_t value; /* 0 when err != 0 */
};

/* Why a parser rejected its input. */
struct msrkit_snapshot_error {
	const char *file;   /* the name the caller gave the parser (borrowed) */
	unsigned long line; /* 1-based line of the problem; 0: the file as a whole */
	char reason[200];   /* what is wrong and, where useful, what to do */
};

/* Counters of an AIDA64 parse, for checks over whole collections of dumps. */
struct msrkit_aida64_stats {
	size_t cpuid_lines;  /* CPUID register lines stored */
	size_t msr_lines;    /* MSR register lines stored (values and failures) */
	size_t msr_failed;   /* of which "< FAILED >" */
	size_t superseded;   /* earlier samples replaced by a later line for the same key */
	size_t info_lines;   /* AIDA64's own remarks inside register sections, skipped */
	size_t stray_lines;  /* register-looking lines outside register sections, skipped */
};

/* Creates an empty snapshot (origin MSRKIT_ORIGIN_MEMORY). NULL when out of memory. */
struct msrkit_snapshot *msrkit_snapshot_new(void);

/* Frees s and everything it owns. NULL is accepted. */
void msrkit_snapshot_free(struct msrkit_snapshot *s);

/* Where s came from. */
enum msrkit_snapshot_origin msrkit_snapshot_origin(const struct msrkit_snapshot *s);

/*
 * Sets (copies) or, with value NULL, clears a metadata string. A value is
 * non-empty UTF-8 without control characters or leading/trailing blanks, at
 * most 1024 bytes, so that every value survives the text and JSON formats
 * unchanged. Returns 0, -EINVAL (bad key or value) or -ENOMEM.
 */
int msrkit_snapshot_set_meta(struct msrkit_snapshot *s, enum msrkit_snapshot_meta key, const char *value);

/* The metadata string for key, or NULL when it is not set. */
const char *msrkit_snapshot_get_meta(const struct msrkit_snapshot *s, enum msrkit_snapshot_meta key);

/* The key's name in the text and JSON formats ("time", "host", ...), or NULL. */
const char *msrkit_snapshot_meta_name(enum msrkit_snapshot_meta key);

/*
 * Adds logical CPU cpu (< MSRKIT_CPUSET_MAX) with no entries, if it is not
 * there yet: a CPU can be known without anything captured on it. Returns 0,
 * -EINVAL or -ENOMEM.
 */
int msrkit_snapshot_add_cpu(struct msrkit_snapshot *s, unsigned cpu);

/*
 * Adds a CPUID answer (copied) to CPU cpu, adding the CPU if needed. A later
 * entry for the same leaf/subleaf replaces an earlier one at the next
 * msrkit_snapshot_finalize(). Returns 0, -EINVAL (cpu out of range, or
 * any_subleaf with a non-zero subleaf) or -ENOMEM.
 */
int msrkit_snapshot_add_cpuid(struct msrkit_snapshot *s, unsigned cpu, const struct msrkit_snapshot_cpuid *e);

/*
 * Adds an MSR value or failure (copied) to CPU cpu, adding the CPU if needed.
 * e->err is 0 or a failure that msrkit_snapshot_errname() knows; the value of
 * a failure is stored as 0. A later entry for the same address replaces an
 * earlier one at the next msrkit_snapshot_finalize() (the last sample
 * stands). Returns 0, -EINVAL or -ENOMEM.
 */
int msrkit_snapshot_add_msr(struct msrkit_snapshot *s, unsigned cpu, const struct msrkit_snapshot_msr *e);

/*
 * Sorts every CPU's entries (CPUID by leaf, then any_subleaf before explicit
 * subleaves, then subleaf; MSRs by address) and keeps only the last entry
 * added for each key. The parsers return finalized snapshots; a snapshot
 * built with the add functions must be finalized before it is written or
 * iterated. Lookups work either way. Returns the number of entries dropped
 * as superseded (>= 0) or -ENOMEM (the snapshot is then unchanged).
 */
int msrkit_snapshot_finalize(struct msrkit_snapshot *s);

/*
 * RDMSR from the snapshot: 0 and *value, or -ENXIO (CPU not in the
 * snapshot), -ENOENT (register not captured on that CPU), or the failure
 * recorded for it (-EIO for a read that faulted, ...).
 */
int msrkit_snapshot_read_msr(const struct msrkit_snapshot *s, unsigned cpu, uint32_t address, uint64_t *value);

/*
 * CPUID from the snapshot into out[EAX, EBX, ECX, EDX]: the entry for
 * leaf/subleaf, else the leaf's any_subleaf entry. Returns 0, -ENXIO (CPU
 * not in the snapshot) or -ENODATA (leaf/subleaf not captured).
 */
int msrkit_snapshot_cpuid(const struct msrkit_snapshot *s, unsigned cpu, uint32_t leaf, uint32_t subleaf, uint32_t out[4]);

/* Number of logical CPUs in s. */
size_t msrkit_snapshot_cpu_count(const struct msrkit_snapshot *s);

/* Fills out with the CPUs of s. Returns 0. */
int msrkit_snapshot_cpus(const struct msrkit_snapshot *s, struct msrkit_cpuset *out);

/*
 * The entries of CPU cpu in finalized order; *n gets their number. NULL with
 * *n = 0 when the CPU has none or is not in s. Valid until s is changed or
 * freed. Call msrkit_snapshot_finalize() first on a snapshot built by hand.
 */
const struct msrkit_snapshot_msr *msrkit_snapshot_msrs(const struct msrkit_snapshot *s, unsigned cpu, size_t *n);
const struct msrkit_snapshot_cpuid *msrkit_snapshot_cpuids(const struct msrkit_snapshot *s, unsigned cpu, size_t *n);

/*
 * The name a failure is written with ("eio" for -EIO, "eperm", "eacces",
 * "enxio", "enoent", "enodev", "ebusy", "einval", "eopnotsupp"), or NULL for
 * 0 and errnos a snapshot does not record.
 */
const char *msrkit_snapshot_errname(int err);

/*
 * Exposes s as a read-only backend (ops name "snapshot"): read and batch
 * answer from the snapshot as msrkit_snapshot_read_msr() does, cpuid as
 * msrkit_snapshot_cpuid(), cpus lists the snapshot's CPUs, write returns
 * -EROFS. b borrows s: s must outlive b and stay unchanged while b is used;
 * b->ops->close(b) releases nothing. Returns 0 or -EINVAL (NULL argument).
 */
int msrkit_snapshot_backend(struct msrkit_snapshot *s, struct msrkit_backend *b);

/*
 * Fills *out for logical CPU cpu of s: cpuid and rdmsr callbacks answering
 * from the snapshot, then vendor, family, model, stepping and maxphyaddr
 * through msrkit_cpu_identify() (left 0 when CPUID leaf 0 was not captured).
 * out->ctx points into s: valid until s is changed or freed. Returns 0,
 * -EINVAL or -ENXIO (CPU not in the snapshot).
 */
int msrkit_snapshot_cpu(const struct msrkit_snapshot *s, unsigned cpu, struct msrkit_cpu *out);

/*
 * Parses msrkit's text format from buf[0..len) (no NUL needed). name is used
 * in error messages. The reader is strict: it accepts exactly what
 * msrkit_snapshot_write_text() writes, so every file it accepts is written
 * back byte for byte. Returns 0 and *out (finalized), or -EINVAL (malformed:
 * *err says where and why; err may be NULL) or -ENOMEM.
 */
int msrkit_snapshot_parse_text(const char *buf, size_t len, const char *name, struct msrkit_snapshot **out,
                               struct msrkit_snapshot_error *err);

/*
 * Parses an AIDA64 CPUID dump from buf[0..len): "------[ NAME ]------"
 * sections, "CPUID/MSR Registers / Logical CPU #N", "Logical CPU #N",
 * a single "MSR Registers" section (CPU 0), report layouts
 * ("MSR Registers:", "MSR Registers (CPU #N):"), "< FAILED >" (stored as
 * -EIO), repeated samples (the last stands), CRLF, Latin-1 bytes. Register
 * values are checked strictly, annotations are skipped. stats may be NULL.
 * Returns 0 and *out (finalized), -EINVAL (malformed, see *err) or -ENOMEM.
 */
int msrkit_snapshot_parse_aida64(const char *buf, size_t len, const char *name, struct msrkit_snapshot **out,
                                 struct msrkit_snapshot_error *err, struct msrkit_aida64_stats *stats);

/*
 * Parses buf[0..len) as an msrkit snapshot or an AIDA64 dump, whichever its
 * content is. Returns as the parser used does; -EINVAL with a reason when it
 * is neither.
 */
int msrkit_snapshot_parse(const char *buf, size_t len, const char *name, struct msrkit_snapshot **out,
                          struct msrkit_snapshot_error *err);

/*
 * Reads the file at path and parses it as msrkit_snapshot_parse() does.
 * Returns 0 and *out, the negative errno of a failed open/read (-ENOENT,
 * -EACCES, ...; -EFBIG beyond MSRKIT_SNAPSHOT_MAX_FILE), -EINVAL (malformed)
 * or -ENOMEM; *err (may be NULL) explains every failure, with the path as
 * its file.
 */
int msrkit_snapshot_load(const char *path, struct msrkit_snapshot **out, struct msrkit_snapshot_error *err);

/* Formats an error as "file:line: reason" ("file: reason" when line is 0);
 * snprintf semantics. */
size_t msrkit_snapshot_error_format(const struct msrkit_snapshot_error *err, char *buf, size_t len);

/*
 * Writes s (finalized) in msrkit's text format. Returns 0, -EINVAL (s not
 * finalized) or -EIO (write error on f).
 */
int msrkit_snapshot_write_text(const struct msrkit_snapshot *s, FILE *f);

/*
 * Writes s (finalized) as JSON with the same content (docs/snapshot-format.md).
 * Returns 0, -EINVAL (s not finalized), -ENOMEM or -EIO.
 */
int msrkit_snapshot_write_json(const struct msrkit_snapshot *s, FILE *f);

#endif /* MSRKIT_SNAPSHOT_H */
