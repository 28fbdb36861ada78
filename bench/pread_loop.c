/* SPDX-License-Identifier: MIT */
/*
 * Baseline: the plain loop a hand-written tool uses. Opens /dev/cpu/N/msr of
 * every online CPU once, then each round preads every ADDR on every CPU from
 * this one thread, without pinning it, so reads of a CPU the thread is not
 * running on cost the kernel a cross-call. With -m the thread instead
 * migrates itself to each CPU before reading that CPU's registers (what
 * turbostat does), so every read is local but each round pays the moves.
 *
 * usage: pread_loop [-m] [-r ROUNDS] ADDR...
 */
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "bench.h"

int main(int argc, char **argv)
{
	static unsigned cpus[BENCH_MAX_CPUS];
	static int fds[BENCH_MAX_CPUS];
	static struct bench_result res = { .name = "pread_loop" };
	uint32_t addrs[256];
	long rounds = 10;
	int ncpus, naddrs, argi = 1;
	bool migrate = false;

	for (;;) {
		if (argi < argc && !strcmp(argv[argi], "-m")) {
			migrate = true;
			res.name = "pread_migrate";
			argi++;
		} else if (argi + 1 < argc && !strcmp(argv[argi], "-r")) {
			if ((rounds = bench_parse_num("ROUNDS", argv[argi + 1], 1, BENCH_MAX_ROUNDS)) < 0)
				return 2;
			argi += 2;
		} else {
			break;
		}
	}
	if (argi < argc && argv[argi][0] == '-') {
		fprintf(stderr, "usage: pread_loop [-m] [-r ROUNDS] ADDR...\n");
		return 2;
	}
	naddrs = bench_parse_addrs(argv + argi, argc - argi, addrs, sizeof(addrs) / sizeof(addrs[0]));
	ncpus = bench_online_cpus(cpus, BENCH_MAX_CPUS);
	if (naddrs < 0 || ncpus < 0)
		return 2;
	for (int c = 0; c < ncpus; c++) {
		char path[64];

		snprintf(path, sizeof(path), "/dev/cpu/%u/msr", cpus[c]);
		fds[c] = open(path, O_RDONLY);
		if (fds[c] < 0) {
			fprintf(stderr, "open %s: %s (load the driver: modprobe msr; run as root)\n", path,
				strerror(errno));
			return 3;
		}
	}
	res.cpus = (unsigned)ncpus;
	res.regs = (unsigned)naddrs;
	res.rounds = (unsigned)rounds;
	for (long r = 0; r < rounds; r++) {
		uint64_t t0 = bench_now_ns();

		for (int c = 0; c < ncpus; c++) {
			if (migrate) {
				cpu_set_t set;

				CPU_ZERO(&set);
				CPU_SET(cpus[c], &set);
				if (sched_setaffinity(0, sizeof(set), &set)) {
					fprintf(stderr, "cannot move to CPU %u: %s\n", cpus[c], strerror(errno));
					return 2;
				}
			}
			for (int a = 0; a < naddrs; a++) {
				uint64_t v;

				if (pread(fds[c], &v, sizeof(v), addrs[a]) != (ssize_t)sizeof(v)) {
					fprintf(stderr, "pread cpu %u MSR 0x%x: %s\n", cpus[c], addrs[a], strerror(errno));
					return 4;
				}
			}
		}
		res.round_ns[r] = bench_now_ns() - t0;
	}
	for (int c = 0; c < ncpus; c++)
		close(fds[c]);
	bench_report(&res);
	return 0;
}
