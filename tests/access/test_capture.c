/* SPDX-License-Identifier: MIT */
/*
 * Capturing a machine into a snapshot, against the in-memory backend loaded
 * with the real CPUID and MSR values of a Core 2 Extreme X6800 (Conroe,
 * CPUID 0x6F6) and a Xeon w7-2475X (Sapphire Rapids, 0x806F8), as their
 * AIDA64 dumps give them: the exact text written, which database registers
 * are read (vendor, CPUID and MSR conditions, chains of them), failures and
 * their errno, scan ranges.
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

#include "msrkit/capture.h"
#include "msrkit/lookup.h"

struct leaf {
	uint32_t leaf, sub;
	uint32_t r[4];
};

struct reg {
	uint32_t address;
	uint64_t value;
};

/* Conroe, logical CPU 0 (CPU 1 differs in CPUID.1:EBX, its APIC ID). */
static const struct leaf conroe_cpuid[] = {
	{ 0x0, 0, { 0x0000000a, 0x756e6547, 0x6c65746e, 0x49656e69 } },
	{ 0x1, 0, { 0x000006f6, 0x00020800, 0x0000e3bd, 0xbfebfbff } },
	{ 0x2, 0, { 0x05b0b101, 0x005657f0, 0x00000000, 0x2cb43049 } },
	{ 0x3, 0, { 0x00000000, 0x00000000, 0x00000000, 0x00000000 } },
	{ 0x4, 0, { 0x04000121, 0x01c0003f, 0x0000003f, 0x00000001 } },
	{ 0x4, 1, { 0x04000122, 0x01c0003f, 0x0000003f, 0x00000001 } },
	{ 0x4, 2, { 0x04004143, 0x03c0003f, 0x00000fff, 0x00000001 } },
	{ 0x4, 3, { 0x00000000, 0x00000000, 0x00000000, 0x00000000 } },
	{ 0x5, 0, { 0x00000040, 0x00000040, 0x00000003, 0x00000020 } },
	{ 0x6, 0, { 0x00000001, 0x00000002, 0x00000001, 0x00000000 } },
	{ 0x7, 0, { 0x00000000, 0x00000000, 0x00000000, 0x00000000 } },
	{ 0x8, 0, { 0x00000400, 0x00000000, 0x00000000, 0x00000000 } },
	{ 0x9, 0, { 0x00000000, 0x00000000, 0x00000000, 0x00000000 } },
	{ 0xa, 0, { 0x07280202, 0x00000000, 0x00000000, 0x00000000 } },
	{ 0x80000000, 0, { 0x80000008, 0x00000000, 0x00000000, 0x00000000 } },
	{ 0x80000001, 0, { 0x00000000, 0x00000000, 0x00000001, 0x20100000 } },
	{ 0x80000002, 0, { 0x65746e49, 0x2952286c, 0x726f4320, 0x4d542865 } },
	{ 0x80000003, 0, { 0x43203229, 0x20205550, 0x20202020, 0x58202020 } },
	{ 0x80000004, 0, { 0x30303836, 0x20402020, 0x33392e32, 0x007a4847 } },
	{ 0x80000005, 0, { 0x00000000, 0x00000000, 0x00000000, 0x00000000 } },
	{ 0x80000006, 0, { 0x00000000, 0x00000000, 0x10008040, 0x00000000 } },
	{ 0x80000007, 0, { 0x00000000, 0x00000000, 0x00000000, 0x00000000 } },
	{ 0x80000008, 0, { 0x00003024, 0x00000000, 0x00000000, 0x00000000 } },
};

/* Conroe's MSR section (CPU 0); the last sample of sampled counters. */
static const struct reg conroe_msr[] = {
	{ 0x17, 0x0000000088040b28 },  { 0x2a, 0x0000000042c80000 },  { 0x8b, 0x0000004400000000 },
	{ 0xcd, 0x0000000000000800 },  { 0xce, 0x001b0b287f7f071b },  { 0xe7, 0x000001936e832d16 },
	{ 0xe8, 0x000001936ede265d },  { 0xee, 0xa8000000c17d4300 },  { 0x11e, 0x00000000be702109 },
	{ 0x198, 0x0b280b2886000b28 }, { 0x199, 0x0000000000000b28 }, { 0x19a, 0x0000000000000002 },
	{ 0x19b, 0x0000000000000008 }, { 0x19c, 0x00000000882c0000 }, { 0x19d, 0x000000000000061b },
	{ 0x1a0, 0x0000004060972489 }, { 0x480, 0x001a040000000007 }, { 0x481, 0x0000001f00000016 },
	{ 0x482, 0x77b9fffe0401e172 }, { 0x483, 0x0003efff00036dff }, { 0x484, 0x00001fff000011ff },
	{ 0x485, 0x00000000000403c0 }, { 0x486, 0x0000000080000021 }, { 0x487, 0x00000000ffffffff },
	{ 0x488, 0x0000000000002000 }, { 0x489, 0x00000000000027ff }, { 0x48a, 0x000000000000002c },
};

/* Sapphire Rapids, CPU 0: identity and VMX capability MSRs. */
static const struct leaf spr_cpuid[] = {
	{ 0x0, 0, { 0x00000001, 0x756e6547, 0x6c65746e, 0x49656e69 } },
	{ 0x1, 0, { 0x000806f8, 0x00800800, 0x7ffefbff, 0xbfebfbff } },
	{ 0x80000000, 0, { 0x80000008, 0x00000000, 0x00000000, 0x00000000 } },
	{ 0x80000008, 0, { 0x00003934, 0x00000200, 0x00000000, 0x00000000 } },
};

static const struct reg spr_vmx[] = {
	{ 0x480, 0x03da050000000013 }, { 0x481, 0x000000ff00000016 }, { 0x482, 0xfffbfffe0401e172 },
	{ 0x483, 0xff7fffff00036dff }, { 0x484, 0x007effff000011ff }, { 0x485, 0x000000007004c1e7 },
	{ 0x486, 0x0000000080000021 }, { 0x487, 0x00000000ffffffff }, { 0x488, 0x0000000000002000 },
	{ 0x489, 0x0000000003f77fff }, { 0x48a, 0x000000000000002e }, { 0x48b, 0xcfff3fff00000000 },
	{ 0x48c, 0x00010f0106f341c1 }, { 0x48d, 0x000000ff00000016 }, { 0x48e, 0xfffbfffe04006172 },
	{ 0x48f, 0xff7fffff00036dfb }, { 0x490, 0x007effff000011fb },
};

/* Architectural registers of that list, defined for every Conroe. */
static const uint32_t conroe_arch[] = { 0x17, 0x1b, 0x8b, 0x198, 0x199, 0x19a, 0x19b, 0x19c, 0x1a0,
					0x480, 0x481, 0x482, 0x483, 0x484, 0x485, 0x486, 0x487, 0x488,
					0x489, 0x48a };

#define N(a) (sizeof(a) / sizeof((a)[0]))

static void load_cpuid(struct msrkit_backend *b, unsigned cpu, const struct leaf *l, size_t n)
{
	for (size_t i = 0; i < n; i++)
		assert_int_equal(msrkit_mem_set_cpuid(b, cpu, l[i].leaf, l[i].sub, l[i].r), 0);
}

static void load_msrs(struct msrkit_backend *b, unsigned cpu, const struct reg *r, size_t n)
{
	for (size_t i = 0; i < n; i++)
		assert_int_equal(msrkit_mem_set(b, cpu, r[i].address, r[i].value), 0);
}

/* A two-CPU Conroe; CPU 1 has its own APIC ID and is not the BSP. */
static struct msrkit_backend open_conroe(struct msrkit_cpuset *cpus)
{
	struct msrkit_backend b;
	static const uint32_t leaf1_cpu1[4] = { 0x000006f6, 0x01020800, 0x0000e3bd, 0xbfebfbff };

	assert_int_equal(msrkit_cpuset_parse("0-1", cpus, NULL), 0);
	assert_int_equal(msrkit_backend_mem_open(&b, cpus), 0);
	load_cpuid(&b, MSRKIT_MEM_ANY_CPU, conroe_cpuid, N(conroe_cpuid));
	assert_int_equal(msrkit_mem_set_cpuid(&b, 1, 0x1, 0, leaf1_cpu1), 0);
	load_msrs(&b, MSRKIT_MEM_ANY_CPU, conroe_msr, N(conroe_msr));
	assert_int_equal(msrkit_mem_set(&b, 0, 0x1b, 0x00000000fee00900), 0);
	assert_int_equal(msrkit_mem_set(&b, 1, 0x1b, 0x00000000fee00800), 0);
	return b;
}

static char *write_text(const struct msrkit_snapshot *s)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	assert_non_null(f);
	assert_int_equal(msrkit_snapshot_write_text(s, f), 0);
	assert_int_equal(fclose(f), 0);
	return buf;
}

static int read_msr(const struct msrkit_snapshot *s, unsigned cpu, uint32_t address, uint64_t *v)
{
	*v = 0;
	return msrkit_snapshot_read_msr(s, cpu, address, v);
}

/* CPUID and a scan, without the database: the whole file, exactly. */
static void test_text_scan_only(void **state)
{
	(void)state;
	struct msrkit_cpuset cpus;
	struct msrkit_backend b = open_conroe(&cpus);
	static const struct msrkit_msr_range scan[] = { { 0x17, 0x1b }, { 0x3a, 0x3a }, { 0x8b, 0x8b } };
	struct msrkit_capture_opts o = { .no_database = true, .scan = scan, .nscan = N(scan) };
	struct msrkit_capture_stats st;
	struct msrkit_snapshot *s = msrkit_snapshot_new();
	struct msrkit_mem_fault eperm = { .cpu = 1, .address = 0x3a, .on = MSRKIT_MEM_FAULT_READ, .err = -EPERM };
	struct msrkit_mem_fault efault = { .cpu = 0, .address = 0x19, .on = MSRKIT_MEM_FAULT_READ, .err = -EFAULT };
	char *text;

	assert_non_null(s);
	assert_int_equal(msrkit_mem_add_fault(&b, &eperm), 0);
	assert_int_equal(msrkit_mem_add_fault(&b, &efault), 0);
	assert_int_equal(msrkit_snapshot_set_meta(s, MSRKIT_META_BACKEND, msrkit_backend_name(&b)), 0);
	assert_int_equal(msrkit_snapshot_capture(s, &b, &cpus, &o, &st), 0);
	text = write_text(s);
	/* Leaf 4 ends at its type-0 subleaf 3; leaf 7 has no subleaf beyond
	 * EAX = 0. Probes: 0x18, 0x1a and 0x3a (CPU 0) raise #GP: left out;
	 * CPU 1's 0x3a is refused (eperm); CPU 0's 0x19 failed with EFAULT,
	 * which a snapshot has no name for. */
	assert_string_equal(text,
			    "msrkit-snapshot 1\n"
			    "backend memory\n"
			    "cpu 0\n"
			    "cpuid 0x00000000 - 0x0000000a 0x756e6547 0x6c65746e 0x49656e69\n"
			    "cpuid 0x00000001 - 0x000006f6 0x00020800 0x0000e3bd 0xbfebfbff\n"
			    "cpuid 0x00000002 - 0x05b0b101 0x005657f0 0x00000000 0x2cb43049\n"
			    "cpuid 0x00000003 - 0x00000000 0x00000000 0x00000000 0x00000000\n"
			    "cpuid 0x00000004 0x00000000 0x04000121 0x01c0003f 0x0000003f 0x00000001\n"
			    "cpuid 0x00000004 0x00000001 0x04000122 0x01c0003f 0x0000003f 0x00000001\n"
			    "cpuid 0x00000004 0x00000002 0x04004143 0x03c0003f 0x00000fff 0x00000001\n"
			    "cpuid 0x00000005 - 0x00000040 0x00000040 0x00000003 0x00000020\n"
			    "cpuid 0x00000006 - 0x00000001 0x00000002 0x00000001 0x00000000\n"
			    "cpuid 0x00000007 0x00000000 0x00000000 0x00000000 0x00000000 0x00000000\n"
			    "cpuid 0x00000008 - 0x00000400 0x00000000 0x00000000 0x00000000\n"
			    "cpuid 0x00000009 - 0x00000000 0x00000000 0x00000000 0x00000000\n"
			    "cpuid 0x0000000a - 0x07280202 0x00000000 0x00000000 0x00000000\n"
			    "cpuid 0x80000000 - 0x80000008 0x00000000 0x00000000 0x00000000\n"
			    "cpuid 0x80000001 - 0x00000000 0x00000000 0x00000001 0x20100000\n"
			    "cpuid 0x80000002 - 0x65746e49 0x2952286c 0x726f4320 0x4d542865\n"
			    "cpuid 0x80000003 - 0x43203229 0x20205550 0x20202020 0x58202020\n"
			    "cpuid 0x80000004 - 0x30303836 0x20402020 0x33392e32 0x007a4847\n"
			    "cpuid 0x80000005 - 0x00000000 0x00000000 0x00000000 0x00000000\n"
			    "cpuid 0x80000006 - 0x00000000 0x00000000 0x10008040 0x00000000\n"
			    "cpuid 0x80000007 - 0x00000000 0x00000000 0x00000000 0x00000000\n"
			    "cpuid 0x80000008 - 0x00003024 0x00000000 0x00000000 0x00000000\n"
			    "msr 0x00000017 0x0000000088040b28\n"
			    "msr 0x0000001b 0x00000000fee00900\n"
			    "msr 0x0000008b 0x0000004400000000\n"
			    "cpu 1\n"
			    "cpuid 0x00000000 - 0x0000000a 0x756e6547 0x6c65746e 0x49656e69\n"
			    "cpuid 0x00000001 - 0x000006f6 0x01020800 0x0000e3bd 0xbfebfbff\n"
			    "cpuid 0x00000002 - 0x05b0b101 0x005657f0 0x00000000 0x2cb43049\n"
			    "cpuid 0x00000003 - 0x00000000 0x00000000 0x00000000 0x00000000\n"
			    "cpuid 0x00000004 0x00000000 0x04000121 0x01c0003f 0x0000003f 0x00000001\n"
			    "cpuid 0x00000004 0x00000001 0x04000122 0x01c0003f 0x0000003f 0x00000001\n"
			    "cpuid 0x00000004 0x00000002 0x04004143 0x03c0003f 0x00000fff 0x00000001\n"
			    "cpuid 0x00000005 - 0x00000040 0x00000040 0x00000003 0x00000020\n"
			    "cpuid 0x00000006 - 0x00000001 0x00000002 0x00000001 0x00000000\n"
			    "cpuid 0x00000007 0x00000000 0x00000000 0x00000000 0x00000000 0x00000000\n"
			    "cpuid 0x00000008 - 0x00000400 0x00000000 0x00000000 0x00000000\n"
			    "cpuid 0x00000009 - 0x00000000 0x00000000 0x00000000 0x00000000\n"
			    "cpuid 0x0000000a - 0x07280202 0x00000000 0x00000000 0x00000000\n"
			    "cpuid 0x80000000 - 0x80000008 0x00000000 0x00000000 0x00000000\n"
			    "cpuid 0x80000001 - 0x00000000 0x00000000 0x00000001 0x20100000\n"
			    "cpuid 0x80000002 - 0x65746e49 0x2952286c 0x726f4320 0x4d542865\n"
			    "cpuid 0x80000003 - 0x43203229 0x20205550 0x20202020 0x58202020\n"
			    "cpuid 0x80000004 - 0x30303836 0x20402020 0x33392e32 0x007a4847\n"
			    "cpuid 0x80000005 - 0x00000000 0x00000000 0x00000000 0x00000000\n"
			    "cpuid 0x80000006 - 0x00000000 0x00000000 0x10008040 0x00000000\n"
			    "cpuid 0x80000007 - 0x00000000 0x00000000 0x00000000 0x00000000\n"
			    "cpuid 0x80000008 - 0x00003024 0x00000000 0x00000000 0x00000000\n"
			    "msr 0x00000017 0x0000000088040b28\n"
			    "msr 0x0000001b 0x00000000fee00800\n"
			    "msr 0x0000003a ! eperm\n"
			    "msr 0x0000008b 0x0000004400000000\n"
			    "end\n");
	assert_int_equal(st.cpus, 2);
	assert_int_equal(st.cpuid_entries, 2 * 22);
	assert_int_equal(st.cpuid_failed, 0);
	assert_int_equal(st.reads, 2 * 7);
	assert_int_equal(st.values, 6);
	assert_int_equal(st.failures, 1);
	assert_int_equal(st.unrecordable, 1);
	assert_int_equal(st.unrecordable_err, -EFAULT);
	assert_int_equal(msrkit_mem_read_count(&b), 2 * 7);
	free(text);
	msrkit_snapshot_free(s);
	msrkit_backend_close(&b);
}

/* The database registers a Conroe has, and only those. */
static void test_database_conroe(void **state)
{
	(void)state;
	struct msrkit_cpuset cpus;
	struct msrkit_backend b = open_conroe(&cpus);
	struct msrkit_capture_stats st;
	struct msrkit_snapshot *s = msrkit_snapshot_new();
	uint64_t v;

	assert_int_equal(msrkit_snapshot_capture(s, &b, &cpus, NULL, &st), 0);
	for (unsigned cpu = 0; cpu < 2; cpu++) {
		struct msrkit_cpu id;
		size_t values = 0;

		assert_int_equal(msrkit_snapshot_cpu(s, cpu, &id), 0);
		assert_int_equal(id.family, 6);
		assert_int_equal(id.model, 0xf);
		/* Architectural registers every Conroe has. */
		for (size_t i = 0; i < N(conroe_arch); i++) {
			assert_int_equal(read_msr(s, cpu, conroe_arch[i], &v), 0);
		}
		/* The dump's other registers (model-specific ones among them)
		 * are read exactly when the database defines them for this CPU,
		 * and then hold the dump's value. */
		for (size_t i = 0; i < N(conroe_msr); i++) {
			struct msrkit_reg_ref ref;
			bool known = msrkit_db_find(conroe_msr[i].address, &id, &ref) == 0 &&
				     msrkit_reg_applies(ref.reg, &id) != MSRKIT_NO;
			int rc = read_msr(s, cpu, conroe_msr[i].address, &v);

			assert_int_equal(rc, known ? 0 : -ENOENT);
			if (known) {
				assert_int_equal(v, conroe_msr[i].value);
				values++;
			}
		}
		/* Accounted for: those values and 0x1B's. */
		st.values -= values + 1;
		assert_int_equal(read_msr(s, cpu, 0x1b, &v), 0);
		assert_int_equal(v, cpu ? 0xfee00800u : 0xfee00900u);
		/* IA32_FEATURE_CONTROL applies (CPUID.1:ECX[5], VMX) but the
		 * backend has no value: recorded as the #GP it gave. */
		assert_int_equal(read_msr(s, cpu, 0x3a, &v), -EIO);
		/* IA32_VMX_PROCBASED_CTLS[63] = 0: no secondary controls, so
		 * neither IA32_VMX_PROCBASED_CTLS2 nor IA32_VMX_EPT_VPID_CAP
		 * nor IA32_VMX_VMFUNC is read. IA32_VMX_BASIC[55] = 0: no TRUE
		 * controls (0x48D-0x490). */
		for (uint32_t a = 0x48b; a <= 0x491; a++)
			assert_int_equal(read_msr(s, cpu, a, &v), -ENOENT);
		/* AMD's VM_CR and HWCR are not asked of an Intel CPU. */
		assert_int_equal(read_msr(s, cpu, 0xc0010114u, &v), -ENOENT);
		assert_int_equal(read_msr(s, cpu, 0xc0010015u, &v), -ENOENT);
	}
	assert_int_equal(st.cpus, 2);
	assert_int_equal(st.cpuid_failed, 0);
	/* Nothing but those (and 0x1B) has a value. */
	assert_int_equal(st.values, 0);
	assert_int_equal(msrkit_mem_read_count(&b), st.reads);
	msrkit_snapshot_free(s);
	msrkit_backend_close(&b);
}

/* Registers whose applicability hangs on other registers, three deep. */
static void test_database_chain(void **state)
{
	(void)state;
	struct msrkit_backend b;
	struct msrkit_cpuset cpus;
	struct msrkit_capture_stats st;
	struct msrkit_snapshot *s = msrkit_snapshot_new();
	static const struct msrkit_msr_range scan[] = { { 0x480, 0x4ff } };
	struct msrkit_capture_opts o = { .scan = scan, .nscan = 1 };
	struct msrkit_reg_ref ref;
	uint64_t v;

	assert_int_equal(msrkit_cpuset_parse("0", &cpus, NULL), 0);
	assert_int_equal(msrkit_backend_mem_open(&b, &cpus), 0);
	load_cpuid(&b, 0, spr_cpuid, N(spr_cpuid));
	load_msrs(&b, 0, spr_vmx, N(spr_vmx));
	assert_int_equal(msrkit_snapshot_capture(s, &b, &cpus, &o, &st), 0);
	/* 0x482[63] -> 0x48B; 0x48B[33] (EPT) -> 0x48C; 0x48B[45] -> VMFUNC
	 * (0x491), which the backend does not have: #GP recorded. 0x480[55]
	 * -> the TRUE controls 0x48D-0x490. */
	for (size_t i = 0; i < N(spr_vmx); i++) {
		assert_int_equal(read_msr(s, 0, spr_vmx[i].address, &v), 0);
		assert_int_equal(v, spr_vmx[i].value);
	}
	assert_int_equal(read_msr(s, 0, 0x491, &v), -EIO);
	assert_true(st.rounds >= 3 + 1);
	/* The scan does not read again what the database already read, and
	 * a probe that raises #GP is not recorded. */
	assert_int_equal(msrkit_db_find(0x4ff, NULL, &ref), -1);
	assert_int_equal(read_msr(s, 0, 0x4ff, &v), -ENOENT);
	assert_int_equal(msrkit_mem_read_count(&b), st.reads);
	msrkit_snapshot_free(s);
	msrkit_backend_close(&b);
}

/* A CPU that cannot run CPUID and whose reads fail: still captured. */
static void test_failing_cpu(void **state)
{
	(void)state;
	struct msrkit_cpuset cpus;
	struct msrkit_backend b = open_conroe(&cpus);
	struct msrkit_mem_fault nocpuid = { .cpu = 1, .on = MSRKIT_MEM_FAULT_CPUID, .err = -EINVAL };
	struct msrkit_mem_fault offline = { .cpu = 1, .any_address = true, .on = MSRKIT_MEM_FAULT_READ, .err = -ENXIO };
	struct msrkit_capture_stats st;
	struct msrkit_snapshot *s = msrkit_snapshot_new();
	uint64_t v;
	size_t n;

	assert_int_equal(msrkit_mem_add_fault(&b, &nocpuid), 0);
	assert_int_equal(msrkit_mem_add_fault(&b, &offline), 0);
	assert_int_equal(msrkit_snapshot_capture(s, &b, &cpus, NULL, &st), 0);
	assert_int_equal(st.cpuid_failed, 1);
	assert_int_equal(st.cpuid_err, -EINVAL);
	assert_int_equal(st.cpuid_err_cpu, 1);
	assert_null(msrkit_snapshot_cpuids(s, 1, &n));
	assert_int_equal(n, 0);
	/* Without CPUID the vendor is unknown: registers of every vendor are
	 * tried, each failure kept with its errno. */
	assert_int_equal(read_msr(s, 1, 0x17, &v), -ENXIO);
	assert_int_equal(read_msr(s, 1, 0xc0010114u, &v), -ENXIO);
	assert_int_equal(read_msr(s, 0, 0x17, &v), 0);
	assert_int_equal(v, 0x88040b28u);
	msrkit_snapshot_free(s);
	msrkit_backend_close(&b);
}

static void test_bad_arguments(void **state)
{
	(void)state;
	struct msrkit_cpuset cpus;
	struct msrkit_backend b = open_conroe(&cpus);
	struct msrkit_snapshot *s = msrkit_snapshot_new();
	struct msrkit_capture_opts o = { .nscan = 1 };

	assert_int_equal(msrkit_snapshot_capture(NULL, &b, &cpus, NULL, NULL), -EINVAL);
	assert_int_equal(msrkit_snapshot_capture(s, NULL, &cpus, NULL, NULL), -EINVAL);
	assert_int_equal(msrkit_snapshot_capture(s, &b, NULL, NULL, NULL), -EINVAL);
	assert_int_equal(msrkit_snapshot_capture(s, &b, &cpus, &o, NULL), -EINVAL);
	msrkit_snapshot_free(s);
	msrkit_backend_close(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_scan_only),
		cmocka_unit_test(test_database_conroe),
		cmocka_unit_test(test_database_chain),
		cmocka_unit_test(test_failing_cpu),
		cmocka_unit_test(test_bad_arguments),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
