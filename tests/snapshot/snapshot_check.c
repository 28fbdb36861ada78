/* SPDX-License-Identifier: MIT */
/*
 * Loads AIDA64 dumps and prints what each held; used by tests/corpus-check.sh
 * over a whole collection. Exit status 1 when any file fails to parse or
 * has register lines outside register sections (lines the reader skipped).
 *
 *   snapshot_check FILE...
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <msrkit/snapshot.h>

#include "read_file.h"

static int check(const char *path)
{
	struct msrkit_snapshot_error err = { 0 };
	struct msrkit_aida64_stats st;
	struct msrkit_snapshot *s = NULL;
	char msg[512];
	size_t len;
	char *buf = read_whole_file(path, &len);
	int rc;

	if (!buf) {
		fprintf(stderr, "%s: cannot read: %s\n", path, strerror(errno));
		return 1;
	}
	rc = msrkit_snapshot_parse_aida64(buf, len, path, &s, &err, &st);
	free(buf);
	if (rc) {
		msrkit_snapshot_error_format(&err, msg, sizeof(msg));
		fprintf(stderr, "%s\n", msg);
		return 1;
	}
	printf("%-52s cpus %4zu  cpuid %6zu  msr %6zu  failed %5zu  superseded %4zu  remarks %5zu  stray %zu\n",
	       path, msrkit_snapshot_cpu_count(s), st.cpuid_lines, st.msr_lines, st.msr_failed, st.superseded,
	       st.info_lines, st.stray_lines);
	msrkit_snapshot_free(s);
	if (st.stray_lines) {
		fprintf(stderr, "%s: %zu register lines outside register sections were not read\n", path,
		        st.stray_lines);
		return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	int i, bad = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: %s FILE...\n", argv[0]);
		return 2;
	}
	for (i = 1; i < argc; i++)
		bad |= check(argv[i]);
	return bad;
}
