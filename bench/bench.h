/* SPDX-License-Identifier: MIT */
/*
 * Shared pieces of the read benchmarks: the online CPUs, MSR addresses from
 * the command line, a monotonic clock, and the result line every benchmark
 * prints so bench/vm_read_bench.sh can tabulate them. Independent of
 * libmsrkit on purpose: the baselines must be what a hand-written tool does.
 */
#ifndef MSRKIT_BENCH_H
#define MSRKIT_BENCH_H

#include <stddef.h>
#include <stdint.h>

#define BENCH_MAX_CPUS 1024
#define BENCH_MAX_ROUNDS 1000

/* Online CPUs from /sys/devices/system/cpu/online into cpus (ascending);
 * returns how many, or -1 (message printed) when it cannot be read. */
int bench_online_cpus(unsigned *cpus, size_t cap);
/* Parses MSR addresses (0x hex or decimal, at most 32 bits); returns how
 * many, or -1 (message printed) for a bad one. */
int bench_parse_addrs(char **argv, int argc, uint32_t *out, size_t cap);
/* Parses a decimal number from min to max; -1 (message printed) when invalid. */
long bench_parse_num(const char *what, const char *s, long min, long max);
uint64_t bench_now_ns(void);

/* Per-round timings of one benchmark, for the result line. */
struct bench_result {
	const char *name;   /* identifier in the result line */
	unsigned cpus;      /* CPUs read per round */
	unsigned regs;      /* registers read per CPU per round */
	unsigned rounds;
	uint64_t round_ns[BENCH_MAX_ROUNDS];
};
/* Prints "BENCH name=... cpus=... regs=... rounds=... reads_per_round=...
 * median_round_ns=... best_round_ns=... median_ns_per_read=... best_ns_per_read=..." */
void bench_report(struct bench_result *r);

#endif
