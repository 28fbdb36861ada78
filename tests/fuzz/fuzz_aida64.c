/* SPDX-License-Identifier: MIT */
/*
 * Fuzz target: the AIDA64 dump reader. Besides not crashing, every dump it
 * accepts must convert to msrkit text that the strict text reader accepts
 * and writes back unchanged, and to JSON.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <msrkit/snapshot.h>

#include "fuzz.h"

static char *write_text(const struct msrkit_snapshot *s, size_t *len)
{
	char *buf = NULL;
	FILE *f = open_memstream(&buf, len);

	if (!f || msrkit_snapshot_write_text(s, f) != 0)
		abort();
	fclose(f);
	return buf;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct msrkit_snapshot_error err;
	struct msrkit_aida64_stats st;
	struct msrkit_snapshot *s = NULL, *back = NULL;
	char msg[512], *t1, *t2, *json = NULL;
	size_t l1, l2, lj = 0;
	uint64_t v;
	uint32_t r[4];
	FILE *f;

	if (msrkit_snapshot_parse_aida64((const char *)data, size, "fuzz.txt", &s, &err, &st) != 0) {
		/* Every failure explains itself. */
		if (msrkit_snapshot_error_format(&err, msg, sizeof(msg)) == 0 || err.reason[0] == '\0')
			abort();
		return 0;
	}
	(void)msrkit_snapshot_read_msr(s, 0, 0x480, &v);
	(void)msrkit_snapshot_cpuid(s, 0, 0xd, 1, r);

	t1 = write_text(s, &l1);
	if (msrkit_snapshot_parse_text(t1, l1, "fuzz.snap", &back, &err) != 0)
		abort();
	t2 = write_text(back, &l2);
	if (l1 != l2 || memcmp(t1, t2, l1) != 0)
		abort();

	f = open_memstream(&json, &lj);
	if (!f || msrkit_snapshot_write_json(s, f) != 0)
		abort();
	fclose(f);

	free(json);
	free(t1);
	free(t2);
	msrkit_snapshot_free(back);
	msrkit_snapshot_free(s);
	return 0;
}
