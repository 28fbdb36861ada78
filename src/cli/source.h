/* SPDX-License-Identifier: MIT */
/*
 * Where a command's register values come from: this machine (the msr driver or
 * msr-safe) or a snapshot file (--from). Commands see the same backend and
 * per-CPU identities either way, so every read-only command runs on a
 * snapshot exactly as it would live.
 */
#ifndef MSRKIT_CLI_SOURCE_H
#define MSRKIT_CLI_SOURCE_H

#include <stdbool.h>

#include <msrkit/access.h>
#include <msrkit/snapshot.h>

#include "cli.h"

/* The CPU-selection and source options every reading command accepts. */
struct source_opts {
	const char *cpus;    /* -c LIST */
	bool all;            /* -a */
	const char *from;    /* --from FILE */
	const char *backend; /* --backend auto|msr|msr-safe */
	bool default_all;    /* without -c/-a: every CPU (else CPU 0, or the first in a snapshot) */
	bool write;          /* the command writes registers */
};

/* getopt_long options for source_opts; codes 'c', 'a', 'F', 'B'. */
#define SOURCE_LONG_OPTIONS \
	{ "cpus", required_argument, NULL, 'c' }, \
	{ "all", no_argument, NULL, 'a' }, \
	{ "from", required_argument, NULL, 'F' }, \
	{ "backend", required_argument, NULL, 'B' }
#define SOURCE_SHORT_OPTIONS "c:a"
#define SOURCE_HELP \
	"  -c, --cpus LIST   CPUs to use (0-3,8; Linux CPU list syntax)\n" \
	"  -a, --all         every online CPU (every CPU of a snapshot)\n" \
	"  --from FILE       read a snapshot (msrkit or AIDA64 dump) instead of this machine\n" \
	"  --backend NAME    auto (default), msr or msr-safe\n"

/* Handles one option code of SOURCE_LONG_OPTIONS; true if it was one. */
bool source_opt(struct source_opts *o, int code, const char *arg);

struct source {
	bool live;
	char label[320];               /* "this machine (msr driver)" or "snapshot FILE" */
	struct msrkit_snapshot *snap;  /* --from */
	struct msrkit_backend backend;
	bool backend_open;
	size_t ncpus;                  /* selected CPUs, in numeric order */
	unsigned *cpu;                 /* their numbers */
	struct msrkit_cpu *id;         /* identity and callbacks per selected CPU */
	struct msrkit_cpu_source *bind;
};

/*
 * Opens the source the options describe and binds every selected CPU.
 * Prints what went wrong and how to fix it; returns 0 or an exit code
 * (EXIT_USAGE for bad options or files, EXIT_ACCESS for no MSR access).
 */
int source_open(struct source *s, const struct source_opts *o);
void source_close(struct source *s);

/* Prints the diagnosis of a failed read/write of address on cpu (live), or the
 * snapshot's reason; "what" prefixes the message. */
void source_explain(const struct source *s, const char *what, enum msrkit_io io, unsigned cpu, uint32_t address,
		    uint64_t write_mask, int err);

/* One line naming a read error for tables ("not implemented (#GP)", ...). */
const char *source_errname(int err);

#endif
