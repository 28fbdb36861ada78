/* SPDX-License-Identifier: MIT */
/*
 * Baseline: what scripts built on msr-tools pay. msr-tools' rdmsr opens
 * /dev/cpu/N/msr, preads one register, closes it and prints the value, once
 * per invocation; a script reading many registers on many CPUs runs it in a
 * loop ("for c in ...; do for r in ...; do rdmsr -p $c $r").
 *
 * usage: rdmsr_loop -p CPU ADDR
 *          one read exactly as msr-tools does it; prints the value in hex
 *        rdmsr_loop [-r ROUNDS] ADDR...
 *          each round does that for every ADDR on every online CPU, in this
 *          process (open, pread, close, format per read; no process start)
 *        rdmsr_loop [-r ROUNDS] -x PROGRAM ADDR...
 *          each read runs "PROGRAM -p CPU ADDR" as a new process with its
 *          output discarded, as a shell loop would (PROGRAM: this program, or
 *          a drop-in rdmsr)
 * Reads run unpinned, as msr-tools does.
 */
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench.h"

extern char **environ;

/* One msr-tools style read. Returns 0 or an exit code (message printed). */
static int read_once(unsigned cpu, uint32_t addr, FILE *out)
{
	char path[64];
	uint64_t v;
	int fd;

	snprintf(path, sizeof(path), "/dev/cpu/%u/msr", cpu);
	fd = open(path, O_RDONLY);
	if (fd < 0) {
		fprintf(stderr, "rdmsr: open %s: %s\n", path, strerror(errno));
		return 2;
	}
	if (pread(fd, &v, sizeof(v), addr) != (ssize_t)sizeof(v)) {
		fprintf(stderr, "rdmsr: CPU %u cannot read MSR 0x%08x\n", cpu, addr);
		close(fd);
		return 4;
	}
	close(fd);
	fprintf(out, "%llx\n", (unsigned long long)v);
	return 0;
}

/* Runs "prog -p CPU ADDR" with stdout discarded; 0 when it exited 0. */
static int spawn_once(const char *prog, unsigned cpu, uint32_t addr)
{
	char cpu_s[16], addr_s[16];
	char *args[] = { (char *)prog, "-p", cpu_s, addr_s, NULL };
	posix_spawn_file_actions_t fa;
	pid_t pid;
	int st, rc;

	snprintf(cpu_s, sizeof(cpu_s), "%u", cpu);
	snprintf(addr_s, sizeof(addr_s), "0x%x", addr);
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	rc = posix_spawn(&pid, prog, &fa, NULL, args, environ);
	posix_spawn_file_actions_destroy(&fa);
	if (rc) {
		fprintf(stderr, "cannot run %s: %s\n", prog, strerror(rc));
		return 2;
	}
	if (waitpid(pid, &st, 0) < 0 || !WIFEXITED(st) || WEXITSTATUS(st) != 0) {
		fprintf(stderr, "%s -p %s %s failed\n", prog, cpu_s, addr_s);
		return 4;
	}
	return 0;
}

static int usage(void)
{
	fprintf(stderr, "usage: rdmsr_loop -p CPU ADDR\n"
			"       rdmsr_loop [-r ROUNDS] [-x PROGRAM] ADDR...\n");
	return 2;
}

int main(int argc, char **argv)
{
	static unsigned cpus[BENCH_MAX_CPUS];
	static struct bench_result res;
	const char *prog = NULL;
	char name[64];
	uint32_t addrs[256];
	long rounds = 10;
	int ncpus, naddrs, argi = 1;
	FILE *null;

	if (argc == 4 && !strcmp(argv[1], "-p")) {
		long cpu = bench_parse_num("CPU", argv[2], 0, BENCH_MAX_CPUS - 1);

		if (cpu < 0 || bench_parse_addrs(argv + 3, 1, addrs, 1) != 1)
			return 2;
		return read_once((unsigned)cpu, addrs[0], stdout);
	}
	while (argi + 1 < argc && argv[argi][0] == '-') {
		if (!strcmp(argv[argi], "-r")) {
			if ((rounds = bench_parse_num("ROUNDS", argv[argi + 1], 1, BENCH_MAX_ROUNDS)) < 0)
				return 2;
		} else if (!strcmp(argv[argi], "-x")) {
			prog = argv[argi + 1];
		} else {
			return usage();
		}
		argi += 2;
	}
	if (argi < argc && argv[argi][0] == '-')
		return usage();
	naddrs = bench_parse_addrs(argv + argi, argc - argi, addrs, sizeof(addrs) / sizeof(addrs[0]));
	ncpus = bench_online_cpus(cpus, BENCH_MAX_CPUS);
	if (naddrs < 0 || ncpus < 0)
		return 2;
	null = fopen("/dev/null", "w");
	if (!null) {
		fprintf(stderr, "cannot open /dev/null: %s\n", strerror(errno));
		return 2;
	}
	if (prog) {
		const char *base = strrchr(prog, '/');

		snprintf(name, sizeof(name), "spawn_%s", base ? base + 1 : prog);
		res.name = name;
	} else {
		res.name = "open_pread_close";
	}
	res.cpus = (unsigned)ncpus;
	res.regs = (unsigned)naddrs;
	res.rounds = (unsigned)rounds;
	for (long r = 0; r < rounds; r++) {
		uint64_t t0 = bench_now_ns();

		for (int c = 0; c < ncpus; c++) {
			for (int a = 0; a < naddrs; a++) {
				int rc = prog ? spawn_once(prog, cpus[c], addrs[a]) : read_once(cpus[c], addrs[a], null);

				if (rc)
					return rc;
			}
		}
		res.round_ns[r] = bench_now_ns() - t0;
	}
	fclose(null);
	bench_report(&res);
	return 0;
}
