/* SPDX-License-Identifier: MIT */
/*
 * msrkit's way: every ADDR on every online CPU as one batch through the msr
 * backend, which runs each CPU's reads on a thread pinned to that CPU (the
 * kernel then executes RDMSR locally) and the CPUs in parallel. For
 * comparison it also runs the same batch with MSRKIT_OPEN_SERIAL: the
 * caller's thread, unpinned, in the library's own loop.
 *
 * usage: msrkit_read_bench [-r ROUNDS] ADDR...
 * Prints one BENCH line per mode (see bench.h) and the pinning statistics.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <msrkit/access.h>

#include "bench.h"

static int run(const char *name, unsigned flags, const struct msrkit_cpuset *cpus, const uint32_t *addrs,
	       unsigned naddrs, unsigned rounds)
{
	static struct bench_result res;
	struct msrkit_backend b;
	struct msrkit_batch_stats st;
	struct msrkit_op *ops;
	unsigned ncpus = msrkit_cpuset_count(cpus), n = 0;
	int rc = msrkit_backend_msr_open(&b, cpus, flags);

	if (rc < 0) {
		fprintf(stderr, "%s: cannot open /dev/cpu/*/msr: %s (modprobe msr; run as root)\n", name,
			strerror(-rc));
		return 3;
	}
	ops = calloc((size_t)ncpus * naddrs, sizeof(*ops));
	if (!ops) {
		msrkit_backend_close(&b);
		fprintf(stderr, "out of memory\n");
		return 5;
	}
	for (int c = msrkit_cpuset_next(cpus, 0); c >= 0; c = msrkit_cpuset_next(cpus, (unsigned)c + 1))
		for (unsigned a = 0; a < naddrs; a++)
			ops[n++] = (struct msrkit_op){ .cpu = (unsigned)c, .address = addrs[a] };
	memset(&res, 0, sizeof(res));
	res.name = name;
	res.cpus = ncpus;
	res.regs = naddrs;
	res.rounds = rounds;
	for (unsigned r = 0; r < rounds && rc == 0; r++) {
		uint64_t t0 = bench_now_ns();

		rc = msrkit_backend_batch(&b, ops, n, false);
		res.round_ns[r] = bench_now_ns() - t0;
		for (unsigned i = 0; i < n && rc == 0; i++) {
			if (ops[i].err) {
				fprintf(stderr, "%s: CPU %u MSR 0x%x: %s\n", name, ops[i].cpu, ops[i].address,
					strerror(-ops[i].err));
				rc = ops[i].err;
			}
		}
	}
	if (rc == 0 && msrkit_backend_batch_stats(&b, &st) == 0) {
		bench_report(&res);
		printf("# %s: %lu batches, %lu threads started, %lu CPU groups pinned, %lu unpinned\n", name,
		       st.batches, st.threads, st.cpus_pinned, st.cpus_unpinned);
	}
	free(ops);
	msrkit_backend_close(&b);
	return rc == 0 ? 0 : 4;
}

int main(int argc, char **argv)
{
	static struct msrkit_cpuset cpus;
	uint32_t addrs[256];
	long rounds = 10;
	int naddrs, rc, argi = 1;

	if (argc > 2 && !strcmp(argv[1], "-r")) {
		if ((rounds = bench_parse_num("ROUNDS", argv[2], 1, BENCH_MAX_ROUNDS)) < 0)
			return 2;
		argi = 3;
	}
	if (argi < argc && argv[argi][0] == '-') {
		fprintf(stderr, "usage: msrkit_read_bench [-r ROUNDS] ADDR...\n");
		return 2;
	}
	naddrs = bench_parse_addrs(argv + argi, argc - argi, addrs, sizeof(addrs) / sizeof(addrs[0]));
	if (naddrs < 0)
		return 2;
	if ((rc = msrkit_cpuset_online(&cpus)) < 0) {
		fprintf(stderr, "cannot read /sys/devices/system/cpu/online: %s\n", strerror(-rc));
		return 2;
	}
	rc = run("msrkit_batch_pinned", 0, &cpus, addrs, (unsigned)naddrs, (unsigned)rounds);
	if (rc == 0)
		rc = run("msrkit_serial_unpinned", MSRKIT_OPEN_SERIAL, &cpus, addrs, (unsigned)naddrs,
			 (unsigned)rounds);
	return rc;
}
