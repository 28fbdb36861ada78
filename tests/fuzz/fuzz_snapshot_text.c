/* SPDX-License-Identifier: MIT */
/*
 * Fuzz target: the msrkit text snapshot reader. The reader accepts only the
 * canonical form, so every input it accepts must be written back byte for
 * byte.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <msrkit/snapshot.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct msrkit_snapshot_error err;
	struct msrkit_snapshot *s = NULL;
	char msg[512], *out = NULL;
	size_t len = 0;
	FILE *f;

	if (msrkit_snapshot_parse_text((const char *)data, size, "fuzz.snap", &s, &err) != 0) {
		if (msrkit_snapshot_error_format(&err, msg, sizeof(msg)) == 0 || err.reason[0] == '\0')
			abort();
		return 0;
	}
	f = open_memstream(&out, &len);
	if (!f || msrkit_snapshot_write_text(s, f) != 0)
		abort();
	fclose(f);
	if (len != size || memcmp(out, data, size) != 0)
		abort();
	free(out);
	msrkit_snapshot_free(s);
	return 0;
}
