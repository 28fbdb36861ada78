/* SPDX-License-Identifier: MIT */
/*
 * Runs a fuzz target over files without libFuzzer, so that the normal build
 * replays the committed seed corpus (and any crash reproducer):
 *
 *   fuzz_TARGET_replay FILE|DIR...
 *
 * A target that finds a broken invariant aborts; exit status 1 when a file
 * cannot be read.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"
#include "read_file.h"

static int run_file(const char *path, unsigned *count)
{
	size_t len;
	char *buf = read_whole_file(path, &len);

	if (!buf) {
		fprintf(stderr, "%s: cannot read: %s\n", path, strerror(errno));
		return 1;
	}
	LLVMFuzzerTestOneInput((const uint8_t *)buf, len);
	free(buf);
	(*count)++;
	return 0;
}

static int run_path(const char *path, unsigned *count)
{
	struct stat st;
	struct dirent **names;
	char child[4096];
	int n, i, bad = 0;

	if (stat(path, &st) != 0) {
		fprintf(stderr, "%s: %s\n", path, strerror(errno));
		return 1;
	}
	if (!S_ISDIR(st.st_mode))
		return run_file(path, count);
	n = scandir(path, &names, NULL, alphasort);
	if (n < 0) {
		fprintf(stderr, "%s: %s\n", path, strerror(errno));
		return 1;
	}
	for (i = 0; i < n; i++) {
		if (names[i]->d_name[0] != '.') {
			snprintf(child, sizeof(child), "%s/%s", path, names[i]->d_name);
			bad |= run_path(child, count);
		}
		free(names[i]);
	}
	free(names);
	return bad;
}

int main(int argc, char **argv)
{
	unsigned count = 0;
	int i, bad = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: %s FILE|DIR...\n", argv[0]);
		return 2;
	}
	for (i = 1; i < argc; i++)
		bad |= run_path(argv[i], &count);
	printf("%u inputs replayed\n", count);
	return bad;
}
