/* SPDX-License-Identifier: MIT */
/*
 * msrkit's text format and JSON: exact output, round trips (AIDA64 -> text
 * keeps every value; text -> load -> text gives the same bytes) and the
 * strict reader's errors.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <json-c/json.h>

#include <msrkit/snapshot.h>

#include "fixture.h"

static const char small_text[] =
	"msrkit-snapshot 1\n"
	"time 2025-03-01T08:30:00Z\n"
	"host lab  spr-01\n"
	"kernel 6.8.0-45-generic\n"
	"tool msrkit 0.1.0\n"
	"backend msr\n"
	"source live\n"
	"cpu 0\n"
	"cpuid 0x00000001 - 0x000806f8 0x00800800 0x7ffefbff 0xbfebfbff\n"
	"cpuid 0x00000004 0x00000000 0xfc004121 0x02c0003f 0x0000003f 0x00000000\n"
	"cpuid 0x00000004 0x00000003 0xfc1fc163 0x0380003f 0x00009fff 0x00000004\n"
	"msr 0x00000049 ! eio\n"
	"msr 0x000000e7 0x00000016e85dd78a\n"
	"msr 0x00000480 0x03da050000000013\n"
	"msr 0x00000600 ! eperm\n"
	"msr 0xc0000080 ! enoent\n"
	"cpu 1\n"
	"cpu 17\n"
	"msr 0x00000480 0x03da050000000013\n"
	"end\n";

static struct msrkit_snapshot *build_small(void)
{
	struct msrkit_snapshot *s = msrkit_snapshot_new();
	struct msrkit_snapshot_cpuid c4a = { .leaf = 4, .subleaf = 3, .regs = { 0xFC1FC163, 0x0380003F, 0x9FFF, 4 } };
	struct msrkit_snapshot_cpuid c4 = { .leaf = 4, .subleaf = 0, .regs = { 0xFC004121, 0x02C0003F, 0x3F, 0 } };
	struct msrkit_snapshot_cpuid c1 = { .leaf = 1, .any_subleaf = true,
		                            .regs = { 0x000806F8, 0x00800800, 0x7FFEFBFF, 0xBFEBFBFF } };
	struct msrkit_snapshot_msr m[] = {
		{ .address = 0xC0000080, .err = -ENOENT },
		{ .address = 0x480, .value = 0x03DA050000000013ull },
		{ .address = 0xE7, .value = 0x1 },
		{ .address = 0x49, .err = -EIO },
		{ .address = 0x600, .err = -EPERM, .value = 123 },
		{ .address = 0xE7, .value = 0x00000016E85DD78Aull },
	};
	size_t i;

	assert_non_null(s);
	assert_int_equal(msrkit_snapshot_set_meta(s, MSRKIT_META_SOURCE, "live"), 0);
	assert_int_equal(msrkit_snapshot_set_meta(s, MSRKIT_META_TIME, "2025-03-01T08:30:00Z"), 0);
	assert_int_equal(msrkit_snapshot_set_meta(s, MSRKIT_META_HOST, "lab  spr-01"), 0);
	assert_int_equal(msrkit_snapshot_set_meta(s, MSRKIT_META_KERNEL, "6.8.0-45-generic"), 0);
	assert_int_equal(msrkit_snapshot_set_meta(s, MSRKIT_META_TOOL, "msrkit 0.1.0"), 0);
	assert_int_equal(msrkit_snapshot_set_meta(s, MSRKIT_META_BACKEND, "msr"), 0);
	assert_int_equal(msrkit_snapshot_add_msr(s, 17, &m[1]), 0);
	for (i = 0; i < sizeof(m) / sizeof(m[0]); i++)
		assert_int_equal(msrkit_snapshot_add_msr(s, 0, &m[i]), 0);
	assert_int_equal(msrkit_snapshot_add_cpuid(s, 0, &c4a), 0);
	assert_int_equal(msrkit_snapshot_add_cpuid(s, 0, &c4), 0);
	assert_int_equal(msrkit_snapshot_add_cpuid(s, 0, &c1), 0);
	assert_int_equal(msrkit_snapshot_add_cpu(s, 1), 0);
	assert_int_equal(msrkit_snapshot_finalize(s), 1);
	return s;
}

static void test_writer_exact(void **state)
{
	struct msrkit_snapshot *s = build_small();
	size_t len;
	char *text = fixture_write(s, 0, &len);

	(void)state;
	assert_string_equal(text, small_text);
	free(text);
	msrkit_snapshot_free(s);
}

static struct msrkit_snapshot *parse_text(const char *buf, size_t len)
{
	struct msrkit_snapshot_error err = { 0 };
	struct msrkit_snapshot *s = NULL;
	char msg[512];

	if (msrkit_snapshot_parse_text(buf, len, "mem.snap", &s, &err)) {
		msrkit_snapshot_error_format(&err, msg, sizeof(msg));
		fail_msg("%s", msg);
	}
	return s;
}

static void test_reader_small(void **state)
{
	struct msrkit_snapshot *s = parse_text(small_text, strlen(small_text));
	uint64_t v = 0;
	uint32_t r[4];
	size_t len;
	char *again;

	(void)state;
	assert_int_equal(msrkit_snapshot_origin(s), MSRKIT_ORIGIN_TEXT);
	assert_string_equal(msrkit_snapshot_get_meta(s, MSRKIT_META_HOST), "lab  spr-01");
	assert_string_equal(msrkit_snapshot_get_meta(s, MSRKIT_META_BACKEND), "msr");
	assert_int_equal(msrkit_snapshot_cpu_count(s), 3);
	assert_int_equal(msrkit_snapshot_read_msr(s, 0, 0x480, &v), 0);
	assert_int_equal(v, 0x03DA050000000013ull);
	assert_int_equal(msrkit_snapshot_read_msr(s, 0, 0x49, &v), -EIO);
	assert_int_equal(msrkit_snapshot_read_msr(s, 0, 0x600, &v), -EPERM);
	assert_int_equal(msrkit_snapshot_read_msr(s, 0, 0xC0000080, &v), -ENOENT);
	assert_int_equal(msrkit_snapshot_read_msr(s, 1, 0x480, &v), -ENOENT);
	assert_int_equal(msrkit_snapshot_read_msr(s, 17, 0x480, &v), 0);
	assert_int_equal(msrkit_snapshot_cpuid(s, 0, 1, 9, r), 0);
	assert_int_equal(r[0], 0x000806F8);
	assert_int_equal(msrkit_snapshot_cpuid(s, 0, 4, 3, r), 0);
	assert_int_equal(r[0], 0xFC1FC163);
	assert_int_equal(msrkit_snapshot_cpuid(s, 0, 4, 1, r), -ENODATA);
	again = fixture_write(s, 0, &len);
	assert_string_equal(again, small_text);
	free(again);
	msrkit_snapshot_free(s);
}

/* Every entry of a equals the one of b. */
static void assert_same_content(const struct msrkit_snapshot *a, const struct msrkit_snapshot *b)
{
	struct msrkit_cpuset ca, cb;
	int cpu;

	msrkit_snapshot_cpus(a, &ca);
	msrkit_snapshot_cpus(b, &cb);
	assert_memory_equal(&ca, &cb, sizeof(ca));
	for (cpu = 0; cpu < MSRKIT_CPUSET_MAX; cpu++) {
		size_t na, nb;
		const struct msrkit_snapshot_msr *ma = msrkit_snapshot_msrs(a, (unsigned)cpu, &na);
		const struct msrkit_snapshot_msr *mb = msrkit_snapshot_msrs(b, (unsigned)cpu, &nb);
		const struct msrkit_snapshot_cpuid *ia, *ib;

		assert_int_equal(na, nb);
		if (na)
			assert_memory_equal(ma, mb, na * sizeof(*ma));
		ia = msrkit_snapshot_cpuids(a, (unsigned)cpu, &na);
		ib = msrkit_snapshot_cpuids(b, (unsigned)cpu, &nb);
		assert_int_equal(na, nb);
		for (size_t i = 0; i < na; i++) {
			assert_int_equal(ia[i].leaf, ib[i].leaf);
			assert_int_equal(ia[i].subleaf, ib[i].subleaf);
			assert_int_equal(ia[i].any_subleaf, ib[i].any_subleaf);
			assert_memory_equal(ia[i].regs, ib[i].regs, sizeof(ia[i].regs));
		}
	}
	for (int k = 0; k < MSRKIT_META_COUNT; k++) {
		const char *va = msrkit_snapshot_get_meta(a, (enum msrkit_snapshot_meta)k);
		const char *vb = msrkit_snapshot_get_meta(b, (enum msrkit_snapshot_meta)k);

		assert_true((va == NULL) == (vb == NULL));
		if (va)
			assert_string_equal(va, vb);
	}
}

/* AIDA64 -> text keeps every value, and text -> load -> text is stable. */
static void test_round_trips(void **state)
{
	static const char *const dumps[] = {
		"sapphire_rapids.txt", "conroe.txt", "conroe_crlf.txt", "prescott.txt",
		"zen.txt", "report_haswell.txt", "report_single.txt",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(dumps) / sizeof(dumps[0]); i++) {
		struct msrkit_snapshot *a = fixture_load(dumps[i]), *b;
		size_t l1, l2;
		char *t1 = fixture_write(a, 0, &l1), *t2;

		b = parse_text(t1, l1);
		assert_same_content(a, b);
		t2 = fixture_write(b, 0, &l2);
		assert_int_equal(l1, l2);
		assert_memory_equal(t1, t2, l1);
		free(t1);
		free(t2);
		msrkit_snapshot_free(a);
		msrkit_snapshot_free(b);
	}
}

/* The committed text snapshot loads and writes back byte for byte. */
static void test_committed_snapshot(void **state)
{
	struct msrkit_snapshot *s = fixture_load("sapphire_rapids.snap");
	size_t glen, len;
	char *golden = fixture_read("sapphire_rapids.snap", &glen);
	char *text = fixture_write(s, 0, &len);
	uint64_t v = 0;

	(void)state;
	assert_int_equal(msrkit_snapshot_origin(s), MSRKIT_ORIGIN_TEXT);
	assert_int_equal(msrkit_snapshot_read_msr(s, 0, 0xE7, &v), 0);
	assert_int_equal(v, 0x00000016E85DD78Aull);
	assert_int_equal(len, glen);
	assert_memory_equal(text, golden, len);
	free(text);
	free(golden);
	msrkit_snapshot_free(s);
}

static const char *jstr(struct json_object *o, const char *key)
{
	struct json_object *v;

	if (!json_object_object_get_ex(o, key, &v))
		fail_msg("JSON key %s missing", key);
	return json_object_get_string(v);
}

static void test_json(void **state)
{
	struct msrkit_snapshot *s = build_small();
	struct json_object *root, *cpus, *cpu0, *arr, *e, *meta, *v;
	size_t len;
	char *text = fixture_write(s, 1, &len);

	(void)state;
	root = json_tokener_parse(text);
	assert_non_null(root);
	assert_string_equal(jstr(root, "format"), "msrkit-snapshot");
	assert_true(json_object_object_get_ex(root, "version", &v));
	assert_int_equal(json_object_get_int(v), 1);
	assert_true(json_object_object_get_ex(root, "meta", &meta));
	assert_string_equal(jstr(meta, "time"), "2025-03-01T08:30:00Z");
	assert_string_equal(jstr(meta, "host"), "lab  spr-01");
	assert_string_equal(jstr(meta, "source"), "live");
	assert_true(json_object_object_get_ex(root, "cpus", &cpus));
	assert_int_equal(json_object_array_length(cpus), 3);
	cpu0 = json_object_array_get_idx(cpus, 0);
	assert_true(json_object_object_get_ex(cpu0, "cpu", &v));
	assert_int_equal(json_object_get_int(v), 0);

	assert_true(json_object_object_get_ex(cpu0, "cpuid", &arr));
	assert_int_equal(json_object_array_length(arr), 3);
	e = json_object_array_get_idx(arr, 0);
	assert_string_equal(jstr(e, "leaf"), "0x00000001");
	assert_true(json_object_object_get_ex(e, "subleaf", &v));
	assert_null(v);
	assert_string_equal(jstr(e, "eax"), "0x000806f8");
	assert_string_equal(jstr(e, "edx"), "0xbfebfbff");
	e = json_object_array_get_idx(arr, 2);
	assert_string_equal(jstr(e, "subleaf"), "0x00000003");

	assert_true(json_object_object_get_ex(cpu0, "msr", &arr));
	assert_int_equal(json_object_array_length(arr), 5);
	e = json_object_array_get_idx(arr, 0);
	assert_string_equal(jstr(e, "address"), "0x00000049");
	assert_string_equal(jstr(e, "error"), "eio");
	assert_false(json_object_object_get_ex(e, "value", &v));
	e = json_object_array_get_idx(arr, 2);
	assert_string_equal(jstr(e, "address"), "0x00000480");
	assert_string_equal(jstr(e, "value"), "0x03da050000000013");

	e = json_object_array_get_idx(cpus, 1);
	assert_true(json_object_object_get_ex(e, "msr", &arr));
	assert_int_equal(json_object_array_length(arr), 0);
	json_object_put(root);
	free(text);
	msrkit_snapshot_free(s);
}

static void test_json_of_dump(void **state)
{
	struct msrkit_snapshot *s = fixture_load("sapphire_rapids.txt");
	struct json_object *root, *cpus, *meta;
	size_t len;
	char *text = fixture_write(s, 1, &len);

	(void)state;
	root = json_tokener_parse(text);
	assert_non_null(root);
	assert_true(json_object_object_get_ex(root, "meta", &meta));
	assert_string_equal(jstr(meta, "source"), "AIDA64 dump sapphire_rapids.txt");
	assert_true(json_object_object_get_ex(root, "cpus", &cpus));
	assert_int_equal(json_object_array_length(cpus), 2);
	json_object_put(root);
	free(text);
	msrkit_snapshot_free(s);
}

static void expect_error(const char *text, const char *want)
{
	int rc;
	const char *msg = fixture_error_text(text, &rc);

	assert_int_equal(rc, -EINVAL);
	assert_string_equal(msg, want);
}

#define HEAD "msrkit-snapshot 1\n"

static void test_errors(void **state)
{
	(void)state;
	expect_error("", "t.snap: empty file: an msrkit snapshot starts with \"msrkit-snapshot 1\"");
	expect_error("msrkit snapshot 1\nend\n",
	             "t.snap:1: not an msrkit snapshot: the first line must be \"msrkit-snapshot 1\"");
	expect_error("msrkit-snapshot 2\nend\n",
	             "t.snap:1: format version 2 is not supported: this msrkit reads version 1 (use a newer msrkit)");
	expect_error("msrkit-snapshot 01\nend\n", "t.snap:1: bad format version \"01\": expected a decimal number");
	expect_error(HEAD "cpu 0\n", "t.snap: truncated: no \"end\" line after line 2");
	expect_error(HEAD "end", "t.snap:2: the last line has no newline: the file is truncated");
	expect_error(HEAD "cpu 0\nmsr 0x00000480 0x03da05", "t.snap:3: bad MSR value \"0x03da05\": expected 0x and 16 "
	                                                  "lowercase hex digits, or ! and a failure");
	expect_error(HEAD "end\ncpu 0\n", "t.snap:3: text after the \"end\" line");
	expect_error(HEAD "cpu 0\r\nend\n",
	             "t.snap:2: Windows line ending (CR LF): msrkit snapshots use LF only (convert with dos2unix)");
	expect_error(HEAD "\nend\n", "t.snap:2: empty line: msrkit snapshots have none");
	expect_error(HEAD "cpu  0\nend\n",
	             "t.snap:2: stray blank: fields are separated by exactly one space, with none at either end");
	expect_error(HEAD "cpu 0 \nend\n",
	             "t.snap:2: stray blank: fields are separated by exactly one space, with none at either end");
	expect_error(HEAD "color blue\nend\n", "t.snap:2: unknown line \"color\": expected time, host, kernel, tool, "
	                                      "backend, source, cpu, cpuid, msr or end");
	expect_error(HEAD "host a\ntime b\nend\n", "t.snap:3: metadata \"time\" repeated or out of order: the order is "
	                                          "time, host, kernel, tool, backend, source");
	expect_error(HEAD "host a\nhost b\nend\n", "t.snap:3: metadata \"host\" repeated or out of order: the order is "
	                                          "time, host, kernel, tool, backend, source");
	expect_error(HEAD "host\nend\n", "t.snap:2: metadata \"host\" without a value");
	expect_error(HEAD "host caf\xe9\nend\n", "t.snap:2: bad value for metadata \"host\": expected UTF-8 text without "
	                                        "control characters, at most 1024 bytes");
	expect_error(HEAD "cpu 0\nhost a\nend\n",
	             "t.snap:3: metadata \"host\" after the first cpu line: metadata comes before the CPUs");
	expect_error(HEAD "cpu 00\nend\n", "t.snap:2: bad CPU number \"00\": expected a decimal number below 8192 "
	                                  "without leading zeros");
	expect_error(HEAD "cpu 8192\nend\n", "t.snap:2: bad CPU number \"8192\": expected a decimal number below 8192 "
	                                    "without leading zeros");
	expect_error(HEAD "cpu 1\ncpu 1\nend\n", "t.snap:3: cpu 1 after cpu 1: CPUs must be in increasing order, each once");
	expect_error(HEAD "cpu 2\ncpu 1\nend\n", "t.snap:3: cpu 1 after cpu 2: CPUs must be in increasing order, each once");
	expect_error(HEAD "cpu\nend\n", "t.snap:2: cpu line needs 2 fields: cpu NUMBER");
	expect_error(HEAD "msr 0x00000010 0x0000000000000000\nend\n", "t.snap:2: msr line before the first cpu line");
	expect_error(HEAD "cpuid 0x00000000 - 0x00000000 0x00000000 0x00000000 0x00000000\nend\n",
	             "t.snap:2: cpuid line before the first cpu line");
	expect_error(HEAD "cpu 0\nmsr 0x00000010 0x0000000000000000\n"
	                  "cpuid 0x00000000 - 0x00000000 0x00000000 0x00000000 0x00000000\nend\n",
	             "t.snap:4: cpuid line after msr lines: a CPU's cpuid lines come first");
	expect_error(HEAD "cpu 0\ncpuid 0x00000000 - 0x00000000 0x00000000 0x00000000\nend\n",
	             "t.snap:3: cpuid line needs 7 fields: cpuid LEAF SUBLEAF EAX EBX ECX EDX");
	expect_error(HEAD "cpu 0\ncpuid 0x0000000 - 0x00000000 0x00000000 0x00000000 0x00000000\nend\n",
	             "t.snap:3: bad leaf \"0x0000000\": expected 0x and 8 lowercase hex digits");
	expect_error(HEAD "cpu 0\ncpuid 0x00000000 * 0x00000000 0x00000000 0x00000000 0x00000000\nend\n",
	             "t.snap:3: bad subleaf \"*\": expected - or 0x and 8 lowercase hex digits");
	expect_error(HEAD "cpu 0\ncpuid 0x00000000 - 0x00000000 0x00000000 0x0000000A 0x00000000\nend\n",
	             "t.snap:3: bad ECX \"0x0000000A\": expected 0x and 8 lowercase hex digits");
	expect_error(HEAD "cpu 0\ncpuid 0x00000004 0x00000001 0x00000000 0x00000000 0x00000000 0x00000000\n"
	                  "cpuid 0x00000004 0x00000000 0x00000000 0x00000000 0x00000000 0x00000000\nend\n",
	             "t.snap:4: cpuid 0x00000004 0x00000000 after 0x00000004 0x00000001: entries must be sorted by leaf "
	             "and subleaf, each once");
	expect_error(HEAD "cpu 0\ncpuid 0x00000004 0x00000000 0x00000000 0x00000000 0x00000000 0x00000000\n"
	                  "cpuid 0x00000004 - 0x00000000 0x00000000 0x00000000 0x00000000\nend\n",
	             "t.snap:4: cpuid 0x00000004 - after 0x00000004 0x00000000: entries must be sorted by leaf and "
	             "subleaf, each once");
	expect_error(HEAD "cpu 0\nmsr 0x00000010\nend\n",
	             "t.snap:3: msr line needs 3 fields (msr ADDRESS VALUE) or 4 (msr ADDRESS ! REASON)");
	expect_error(HEAD "cpu 0\nmsr 0x10 0x0000000000000000\nend\n",
	             "t.snap:3: bad MSR address \"0x10\": expected 0x and 8 lowercase hex digits");
	expect_error(HEAD "cpu 0\nmsr 0x00000010 0x000000000000000G\nend\n",
	             "t.snap:3: bad MSR value \"0x000000000000000G\": expected 0x and 16 lowercase hex digits, or ! and "
	             "a failure");
	expect_error(HEAD "cpu 0\nmsr 0x00000010 ! enomem\nend\n",
	             "t.snap:3: bad failure \"enomem\": expected one of eio, eperm, eacces, enxio, enoent, enodev, ebusy, "
	             "einval, eopnotsupp");
	expect_error(HEAD "cpu 0\nmsr 0x00000010 0x0000000000000000\nmsr 0x00000010 ! eio\nend\n",
	             "t.snap:4: msr 0x00000010 after 0x00000010: entries must be sorted by address, each once");
	expect_error(HEAD "cpu 0\nmsr 0x00000010 0x0000000000000000 0x1\nend\n",
	             "t.snap:3: msr line needs 3 fields (msr ADDRESS VALUE) or 4 (msr ADDRESS ! REASON)");
}

static void test_truncated_fixture(void **state)
{
	struct msrkit_snapshot_error err = { 0 };
	struct msrkit_snapshot *s = NULL;
	char msg[512], want[512];

	(void)state;
	assert_int_equal(msrkit_snapshot_load(fixture_path("sapphire_rapids_truncated.snap"), &s, &err), -EINVAL);
	assert_null(s);
	msrkit_snapshot_error_format(&err, msg, sizeof(msg));
	snprintf(want, sizeof(want), "%s: truncated: no \"end\" line after line 57",
	         fixture_path("sapphire_rapids_truncated.snap"));
	assert_string_equal(msg, want);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_writer_exact),
		cmocka_unit_test(test_reader_small),
		cmocka_unit_test(test_round_trips),
		cmocka_unit_test(test_committed_snapshot),
		cmocka_unit_test(test_json),
		cmocka_unit_test(test_json_of_dump),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_truncated_fixture),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
