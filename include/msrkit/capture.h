/* SPDX-License-Identifier: MIT */
/*
 * Capturing a machine into a snapshot: every CPUID leaf and subleaf of each
 * logical CPU, every database register that applies to it, and optional
 * address ranges to probe, each with its value or the errno of its failed
 * read. What `msrkit dump` writes.
 *
 * Hosted. Functions return 0 or a negative errno and never print or exit.
 */
#ifndef MSRKIT_CAPTURE_H
#define MSRKIT_CAPTURE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "access.h"
#include "snapshot.h"

/* Limits that keep a CPU returning nonsense from running the enumeration
 * away: leaves per range, subleaves per leaf. */
#define MSRKIT_CPUID_MAX_LEAVES 0x100u
#define MSRKIT_CPUID_MAX_SUBLEAVES 64u

/*
 * Does CPUID leaf take a subleaf in ECX? True for the leaves the SDM and APM
 * define with subleaves (4, 7, 0xB, 0xD, 0xF, 0x10, 0x12, 0x14, 0x17, 0x18,
 * 0x1A, 0x1B, 0x1D-0x20, 0x23, 0x24, 0x8000001D, 0x80000020, 0x80000026):
 * their answers are recorded per subleaf; other leaves once, for every
 * subleaf.
 */
bool msrkit_cpuid_takes_subleaf(uint32_t leaf);

/* Asks one CPU for CPUID leaf/subleaf: 0 and out[EAX, EBX, ECX, EDX], or a
 * negative errno. -ENODATA means "no answer for this one" and is skipped. */
typedef int (*msrkit_cpuid_query_fn)(void *ctx, uint32_t leaf, uint32_t subleaf, uint32_t out[4]);
/* Receives one answer, in enumeration order. 0 continues; a negative errno
 * stops the walk and is returned. */
typedef int (*msrkit_cpuid_emit_fn)(void *ctx, const struct msrkit_snapshot_cpuid *e);

/*
 * Enumerates the CPUID leaves of one CPU through query and passes every
 * answer to emit. Ranges: standard 0 .. CPUID.0:EAX; extended 0x80000000 ..
 * CPUID.80000000H:EAX when that is in 0x80000000-0x800000FF; the hypervisor
 * range 0x40000000 .. CPUID.40000000H:EAX when CPUID.1:ECX[31] is set (a
 * maximum below 0x40000000 counts as 0x40000001, as KVM documents); the
 * Centaur range 0xC0000000 .. CPUID.C0000000H:EAX on Centaur and Zhaoxin.
 * Each range stops after MSRKIT_CPUID_MAX_LEAVES leaves.
 *
 * Leaves that take a subleaf are asked subleaf by subleaf until their own
 * end condition, and the terminating answer is not emitted:
 *   4, 0x8000001D: until the cache type (EAX[4:0]) is 0;
 *   0xB, 0x1F, 0x80000026: until the level type (ECX[15:8]) is 0;
 *   7, 0x14, 0x17, 0x18, 0x1D, 0x1E, 0x20, 0x24: 0 .. subleaf 0's EAX;
 *   0xD: 0, 1, and each n >= 2 set in XCR0-supported (subleaf 0 EDX:EAX) or
 *        IA32_XSS-supported (subleaf 1 EDX:ECX) components;
 *   0xF: 0 and each n >= 1 set in subleaf 0's EDX;
 *   0x10, 0x80000020: 0 and each n >= 1 set in subleaf 0's EBX;
 *   0x23: 0 and each n >= 1 set in subleaf 0's EAX;
 *   0x12: 0, 1, then 2.. until the EPC section type (EAX[3:0]) is 0;
 *   0x1B: until the sub-leaf type (EAX[11:0]) is 0;
 *   0x1A: 0 only;
 * never beyond MSRKIT_CPUID_MAX_SUBLEAVES. Other leaves are emitted once
 * with any_subleaf set.
 *
 * Subleaf 0 is always emitted, even when it is itself the end.
 *
 * Returns the number of answers emitted (>= 0), the error of a query
 * (other than -ENODATA, which skips that leaf or subleaf; leaf 0 must
 * answer), or the error emit returned (-ECANCELED for a positive value).
 */
int msrkit_cpuid_enumerate(msrkit_cpuid_query_fn query, void *qctx, msrkit_cpuid_emit_fn emit, void *ectx);

/* An inclusive range of MSR addresses to probe. */
struct msrkit_msr_range {
	uint32_t first;
	uint32_t last;
};

/*
 * Parses "0x0-0x1fff,0xc0000000-0xc0001fff" (ranges or single addresses,
 * hex with 0x or decimal, comma-separated) into at most cap ranges; *n gets
 * their number. Returns 0, -EINVAL (syntax), -EDOM (a range that ends
 * before it starts), -ERANGE (an address beyond 32 bits) or -ENOSPC (more
 * than cap ranges); *bad_pos (may be NULL) gets the offset of the first bad
 * character (of the reversed range).
 */
int msrkit_msr_ranges_parse(const char *text, struct msrkit_msr_range *out, size_t cap, size_t *n,
			    size_t *bad_pos);

struct msrkit_capture_opts {
	bool no_cpuid;    /* do not enumerate CPUID (registers are then chosen without it) */
	bool no_database; /* do not read the database's registers */
	/* Ranges to probe on every CPU. A probed address that raises #GP
	 * (-EIO: nothing there) is not recorded; other failures are. */
	const struct msrkit_msr_range *scan;
	size_t nscan;
};

/* What a capture did, for the caller to report. */
struct msrkit_capture_stats {
	size_t cpus;            /* CPUs captured */
	size_t cpuid_entries;   /* CPUID answers recorded */
	size_t cpuid_failed;    /* CPUs whose CPUID enumeration failed (registers chosen without CPUID) */
	int cpuid_err;          /* the first such failure's errno */
	unsigned cpuid_err_cpu; /* and its CPU */
	size_t reads;           /* RDMSRs issued */
	size_t values;          /* registers recorded with a value */
	size_t failures;        /* registers recorded with a failure */
	size_t unrecordable;    /* failed reads whose errno the snapshot format has no name for (not recorded) */
	int unrecordable_err;   /* the first such errno */
	size_t rounds;          /* batches run (registers whose applicability depends on another MSR wait for it) */
};

/*
 * Captures the CPUs in cpus through backend b into s (which should be new:
 * entries already in s are kept, and replaced where captured again), then
 * finalizes s. Per CPU: CPUID through msrkit_cpuid_enumerate(); then every
 * database register instance whose definition does not apply NO to that CPU
 * (msrkit_reg_applies, judged on the CPUID just captured and on registers
 * already read: a register whose condition names another MSR is read in a
 * later batch, after that MSR); then the scan ranges. Reads go through
 * msrkit_backend_batch(), all CPUs at once, so device backends read every
 * CPU in parallel on pinned threads. Metadata is the caller's. stats may be
 * NULL. Returns 0, -EINVAL (bad arguments), -ENOMEM, or the error of a batch
 * that could not run at all.
 */
int msrkit_snapshot_capture(struct msrkit_snapshot *s, struct msrkit_backend *b, const struct msrkit_cpuset *cpus,
			    const struct msrkit_capture_opts *opts, struct msrkit_capture_stats *stats);

#endif /* MSRKIT_CAPTURE_H */
