/* SPDX-License-Identifier: MIT */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "fixture.h"
#include "read_file.h"

const char *fixture_path(const char *name)
{
	static char path[4096];
	const char *dir = getenv("MSRKIT_TEST_DATA");

	if (!dir)
		fail_msg("MSRKIT_TEST_DATA is not set: run the tests with meson test");
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	return path;
}

char *fixture_read(const char *name, size_t *len)
{
	const char *path = fixture_path(name);
	char *buf = read_whole_file(path, len);

	if (!buf)
		fail_msg("cannot read fixture %s: %s", path, strerror(errno));
	return buf;
}

struct msrkit_snapshot *fixture_load(const char *name)
{
	struct msrkit_snapshot_error err = { 0 };
	struct msrkit_snapshot *s = NULL;
	char msg[512];
	int rc = msrkit_snapshot_load(fixture_path(name), &s, &err);

	if (rc) {
		msrkit_snapshot_error_format(&err, msg, sizeof(msg));
		fail_msg("loading %s failed (%d): %s", name, rc, msg);
	}
	assert_non_null(s);
	return s;
}

char *fixture_write(const struct msrkit_snapshot *s, int json, size_t *len)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&buf, &n);

	assert_non_null(f);
	assert_int_equal(json ? msrkit_snapshot_write_json(s, f) : msrkit_snapshot_write_text(s, f), 0);
	assert_int_equal(fclose(f), 0);
	*len = n;
	return buf;
}

static const char *expect_error(const char *text, int *rc, int aida)
{
	static char msg[512];
	struct msrkit_snapshot_error err = { 0 };
	struct msrkit_snapshot *s = NULL;

	*rc = aida ? msrkit_snapshot_parse_aida64(text, strlen(text), "t.txt", &s, &err, NULL)
	           : msrkit_snapshot_parse_text(text, strlen(text), "t.snap", &s, &err);
	assert_null(s);
	if (*rc == 0)
		fail_msg("the parser accepted bad input");
	msrkit_snapshot_error_format(&err, msg, sizeof(msg));
	return msg;
}

const char *fixture_error_aida64(const char *text, int *rc)
{
	return expect_error(text, rc, 1);
}

const char *fixture_error_text(const char *text, int *rc)
{
	return expect_error(text, rc, 0);
}
