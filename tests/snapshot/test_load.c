/* SPDX-License-Identifier: MIT */
/* Loading files: format detection and the errors of unreadable input. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <msrkit/snapshot.h>

#include "fixture.h"

static void test_detects_formats(void **state)
{
	struct msrkit_snapshot *a = fixture_load("sapphire_rapids.txt");
	struct msrkit_snapshot *t = fixture_load("sapphire_rapids.snap");
	struct msrkit_snapshot *r = fixture_load("report_haswell.txt");

	(void)state;
	assert_int_equal(msrkit_snapshot_origin(a), MSRKIT_ORIGIN_AIDA64);
	assert_int_equal(msrkit_snapshot_origin(t), MSRKIT_ORIGIN_TEXT);
	assert_int_equal(msrkit_snapshot_origin(r), MSRKIT_ORIGIN_AIDA64);
	msrkit_snapshot_free(a);
	msrkit_snapshot_free(t);
	msrkit_snapshot_free(r);
}

static void test_parse_from_memory(void **state)
{
	static const char text[] = "msrkit-snapshot 1\ncpu 4\nmsr 0x0000003a 0x0000000000000005\nend\n";
	static const char dump[] = "------[ MSR Registers / Logical CPU #4 ]------\n\nMSR 0000003A: 0000-0000-0000-0005\n";
	struct msrkit_snapshot_error err = { 0 };
	struct msrkit_snapshot *s = NULL;
	uint64_t v = 0;

	(void)state;
	assert_int_equal(msrkit_snapshot_parse(text, strlen(text), "a", &s, &err), 0);
	assert_int_equal(msrkit_snapshot_origin(s), MSRKIT_ORIGIN_TEXT);
	assert_int_equal(msrkit_snapshot_read_msr(s, 4, 0x3A, &v), 0);
	assert_int_equal(v, 5);
	msrkit_snapshot_free(s);
	assert_int_equal(msrkit_snapshot_parse(dump, strlen(dump), "b", &s, &err), 0);
	assert_int_equal(msrkit_snapshot_origin(s), MSRKIT_ORIGIN_AIDA64);
	assert_int_equal(msrkit_snapshot_read_msr(s, 4, 0x3A, &v), 0);
	assert_int_equal(v, 5);
	msrkit_snapshot_free(s);
}

static void expect_parse_error(const char *text, size_t len, const char *want)
{
	struct msrkit_snapshot_error err = { 0 };
	struct msrkit_snapshot *s = (struct msrkit_snapshot *)&err;
	char msg[512];

	assert_int_equal(msrkit_snapshot_parse(text, len, "in", &s, &err), -EINVAL);
	assert_null(s);
	msrkit_snapshot_error_format(&err, msg, sizeof(msg));
	assert_string_equal(msg, want);
}

static void test_unknown_formats(void **state)
{
	(void)state;
	expect_parse_error("{\"format\": \"msrkit-snapshot\"}", 29,
	                   "in: a JSON snapshot: msrkit reads snapshots in their text form (msrkit dump without --json)");
	expect_parse_error("hello\nworld\n", 12,
	                   "in: no CPUID or MSR registers found: neither an AIDA64 CPUID dump nor an msrkit snapshot");
	expect_parse_error("", 0, "in: no CPUID or MSR registers found: neither an AIDA64 CPUID dump nor an msrkit snapshot");
	expect_parse_error("\0\0\0\0", 4,
	                   "in: no CPUID or MSR registers found: neither an AIDA64 CPUID dump nor an msrkit snapshot");
}

static void test_file_errors(void **state)
{
	struct msrkit_snapshot_error err = { 0 };
	struct msrkit_snapshot *s = NULL;
	char msg[512], want[600];
	const char *dir = fixture_path("");

	(void)state;
	assert_int_equal(msrkit_snapshot_load("/nonexistent/dump.txt", &s, &err), -ENOENT);
	assert_null(s);
	msrkit_snapshot_error_format(&err, msg, sizeof(msg));
	assert_string_equal(msg, "/nonexistent/dump.txt: cannot open: No such file or directory");

	snprintf(want, sizeof(want), "%s: is a directory, not a snapshot file", dir);
	assert_int_equal(msrkit_snapshot_load(dir, &s, &err), -EISDIR);
	msrkit_snapshot_error_format(&err, msg, sizeof(msg));
	assert_string_equal(msg, want);

	assert_int_equal(msrkit_snapshot_load(NULL, &s, &err), -EINVAL);
}

/* File and directory names with spaces; the source names the file. */
static void test_names_with_spaces(void **state)
{
	char dir[] = "/tmp/msrkit snapshot XXXXXX", path[256];
	struct msrkit_snapshot_error err = { 0 };
	struct msrkit_snapshot *s = NULL;
	size_t len;
	char *buf = fixture_read("conroe_crlf.txt", &len);
	FILE *f;
	uint64_t v = 0;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/Core 2 Extreme X6800.txt", dir);
	f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(buf, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
	assert_int_equal(msrkit_snapshot_load(path, &s, &err), 0);
	assert_string_equal(msrkit_snapshot_get_meta(s, MSRKIT_META_SOURCE), "AIDA64 dump Core 2 Extreme X6800.txt");
	assert_int_equal(msrkit_snapshot_read_msr(s, 0, 0x480, &v), 0);
	assert_int_equal(v, 0x001A040000000007ull);
	msrkit_snapshot_free(s);
	assert_int_equal(remove(path), 0);
	assert_int_equal(remove(dir), 0);
	free(buf);
}

static void test_error_format(void **state)
{
	struct msrkit_snapshot_error err = { .file = NULL, .line = 0, .reason = "why" };
	char small[8];

	(void)state;
	assert_int_equal(msrkit_snapshot_error_format(&err, small, sizeof(small)), strlen("<input>: why"));
	assert_string_equal(small, "<input>");
	err.file = "f.txt";
	err.line = 12;
	assert_int_equal(msrkit_snapshot_error_format(&err, small, sizeof(small)), strlen("f.txt:12: why"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_detects_formats),
		cmocka_unit_test(test_parse_from_memory),
		cmocka_unit_test(test_unknown_formats),
		cmocka_unit_test(test_file_errors),
		cmocka_unit_test(test_names_with_spaces),
		cmocka_unit_test(test_error_format),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
