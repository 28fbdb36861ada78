/* SPDX-License-Identifier: MIT */
/*
 * Snapshot throughput: load (read + parse) a set of dumps, and with
 * --mode decode also decode every MSR value of every CPU into words, as
 * 'msrkit read --from' and 'msrkit coverage' do. Each round handles every
 * file once; the result line gives the best and median round as MB/s and
 * dumps/s. bench/parse_bench.sh runs it beside cat(1) of the same files.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <msrkit/msrkit.h>
#include <msrkit/snapshot.h>

#include "bench.h"

struct decode_sink {
	char meaning[256];
	unsigned long pieces;
};

static int on_piece(void *arg, const struct msrkit_decoded *d)
{
	struct decode_sink *s = arg;

	msrkit_decoded_meaning(d, s->meaning, sizeof(s->meaning));
	s->pieces++;
	return 0;
}

/* Decodes every value of s; returns the number of registers decoded. */
static unsigned long decode_all(const struct msrkit_snapshot *s, struct decode_sink *sink)
{
	struct msrkit_cpuset cpus;
	unsigned long n = 0;
	int c;

	msrkit_snapshot_cpus(s, &cpus);
	for (c = msrkit_cpuset_next(&cpus, 0); c >= 0; c = msrkit_cpuset_next(&cpus, (unsigned)c + 1)) {
		struct msrkit_cpu id;
		const struct msrkit_snapshot_msr *m;
		size_t k, cnt;

		m = msrkit_snapshot_msrs(s, (unsigned)c, &cnt);
		if (!cnt)
			continue;
		msrkit_snapshot_cpu(s, (unsigned)c, &id);
		for (k = 0; k < cnt; k++) {
			struct msrkit_reg_ref ref;

			if (m[k].err || msrkit_db_find(m[k].address, &id, &ref))
				continue;
			msrkit_decode(ref.reg, m[k].value, &id, on_piece, sink);
			n++;
		}
	}
	return n;
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
	static uint64_t round_ns[BENCH_MAX_ROUNDS];
	struct decode_sink sink = { .pieces = 0 };
	unsigned long regs = 0;
	uint64_t bytes = 0;
	long rounds = 10;
	bool decode = true;
	int first = 1, i;

	while (first < argc && argv[first][0] == '-') {
		if (!strcmp(argv[first], "--rounds") && first + 1 < argc) {
			rounds = bench_parse_num("--rounds", argv[first + 1], 1, BENCH_MAX_ROUNDS);
			if (rounds < 0)
				return 2;
			first += 2;
		} else if (!strcmp(argv[first], "--mode") && first + 1 < argc &&
			   (!strcmp(argv[first + 1], "parse") || !strcmp(argv[first + 1], "decode"))) {
			decode = !strcmp(argv[first + 1], "decode");
			first += 2;
		} else {
			fprintf(stderr, "usage: parse_bench [--rounds N] [--mode parse|decode] FILE...\n");
			return 2;
		}
	}
	if (first == argc) {
		fprintf(stderr, "parse_bench: no dump files given\n");
		return 2;
	}
	for (i = first; i < argc; i++) {
		struct stat st;

		if (stat(argv[i], &st)) {
			perror(argv[i]);
			return 2;
		}
		bytes += (uint64_t)st.st_size;
	}
	for (long r = 0; r < rounds; r++) {
		uint64_t t0 = bench_now_ns();

		regs = 0;
		for (i = first; i < argc; i++) {
			struct msrkit_snapshot *s;
			struct msrkit_snapshot_error err;

			if (msrkit_snapshot_load(argv[i], &s, &err)) {
				char msg[512];

				msrkit_snapshot_error_format(&err, msg, sizeof(msg));
				fprintf(stderr, "parse_bench: %s\n", msg);
				return 1;
			}
			if (decode)
				regs += decode_all(s, &sink);
			msrkit_snapshot_free(s);
		}
		round_ns[r] = bench_now_ns() - t0;
	}
	qsort(round_ns, (size_t)rounds, sizeof(round_ns[0]), cmp_u64);
	{
		double best = (double)round_ns[0] / 1e9, median = (double)round_ns[rounds / 2] / 1e9;
		int files = argc - first;

		printf("BENCH name=%s files=%d bytes=%llu rounds=%ld registers_decoded=%lu best_s=%.6f median_s=%.6f "
		       "best_mb_per_s=%.1f median_mb_per_s=%.1f best_dumps_per_s=%.1f median_dumps_per_s=%.1f\n",
		       decode ? "parse_decode" : "parse", files, (unsigned long long)bytes, rounds, regs, best, median,
		       (double)bytes / 1e6 / best, (double)bytes / 1e6 / median, files / best, files / median);
	}
	return 0;
}
