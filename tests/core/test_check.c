/* SPDX-License-Identifier: MIT */
/*
 * The capability model (msrkit_vmx_caps_read, msrkit_svm_caps_read), the
 * readiness rules (msrkit_check, msrkit_check_consistency) and control
 * adjustment (msrkit_vmx_adjust), on synthetic CPUs: a CPUID table and an MSR
 * table behind the callbacks of struct msrkit_cpu. Each case starts from a
 * real CPU and changes one thing, so every failure path is pinned to the
 * exact finding it must produce.
 *
 * Values (facts, from AIDA64 dumps of the InstLatx64 collection):
 *   Sapphire Rapids  CPUID 000806F8 (TRUE controls, secondary, EPT/VPID)
 *   Conroe           CPUID 000006F6 (no TRUE controls, no secondary controls)
 *   Raphael (Zen 4)  CPUID 00A60F12 (SVM)
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include <msrkit/msrkit.h>

/* ---- a synthetic CPU ---------------------------------------------------- */

#define MAX_LEAVES 8
#define MAX_MSRS 32
#define ENOENT_ 2 /* "not captured": any error other than EIO */

struct fake_msr {
	uint32_t address;
	int err; /* 0, -MSRKIT_EIO (#GP) or -ENOENT_ (not captured) */
	uint64_t value;
};

struct fake {
	uint32_t leaf[MAX_LEAVES][5]; /* leaf, EAX, EBX, ECX, EDX */
	size_t nleaves;
	struct fake_msr msr[MAX_MSRS];
	size_t nmsrs;
	unsigned reads[MAX_MSRS]; /* reads per entry */
	unsigned unlisted_reads;  /* reads of registers not in the table */
	struct msrkit_cpu cpu;
};

static bool fake_cpuid(const void *ctx, uint32_t leaf, uint32_t subleaf, uint32_t out[4])
{
	const struct fake *f = ctx;
	size_t i;

	(void)subleaf;
	for (i = 0; i < f->nleaves; i++)
		if (f->leaf[i][0] == leaf) {
			memcpy(out, &f->leaf[i][1], 4 * sizeof(uint32_t));
			return true;
		}
	return false;
}

static int fake_rdmsr(const void *ctx, uint32_t address, uint64_t *val)
{
	/* The read counters are bookkeeping of the test, not CPU state. */
	struct fake *f = (struct fake *)(uintptr_t)ctx;
	size_t i;

	for (i = 0; i < f->nmsrs; i++)
		if (f->msr[i].address == address) {
			f->reads[i]++;
			*val = f->msr[i].err ? 0 : f->msr[i].value;
			return f->msr[i].err;
		}
	f->unlisted_reads++;
	return -MSRKIT_EIO; /* a register the CPU does not have */
}

static void set_leaf(struct fake *f, uint32_t leaf, uint32_t a, uint32_t b, uint32_t c, uint32_t d)
{
	size_t i;

	for (i = 0; i < f->nleaves && f->leaf[i][0] != leaf; i++)
		;
	assert_true(i < MAX_LEAVES);
	if (i == f->nleaves)
		f->nleaves++;
	f->leaf[i][0] = leaf;
	f->leaf[i][1] = a;
	f->leaf[i][2] = b;
	f->leaf[i][3] = c;
	f->leaf[i][4] = d;
}

static struct fake_msr *find_msr(struct fake *f, uint32_t address)
{
	size_t i;

	for (i = 0; i < f->nmsrs; i++)
		if (f->msr[i].address == address)
			return &f->msr[i];
	return NULL;
}

static void set_msr(struct fake *f, uint32_t address, uint64_t value)
{
	struct fake_msr *m = find_msr(f, address);

	if (!m) {
		assert_true(f->nmsrs < MAX_MSRS);
		m = &f->msr[f->nmsrs++];
	}
	m->address = address;
	m->err = 0;
	m->value = value;
}

static void set_msr_err(struct fake *f, uint32_t address, int err)
{
	set_msr(f, address, 0);
	find_msr(f, address)->err = err;
}

static void del_msr(struct fake *f, uint32_t address)
{
	struct fake_msr *m = find_msr(f, address);

	assert_non_null(m);
	*m = f->msr[--f->nmsrs];
}

static void bind(struct fake *f)
{
	f->cpu.cpuid = fake_cpuid;
	f->cpu.rdmsr = fake_rdmsr;
	f->cpu.ctx = f;
	assert_int_equal(msrkit_cpu_identify(&f->cpu), 0);
}

/* Sapphire Rapids, CPUID.01H:ECX = 7FFEFBFF (VMX, SMX; no hypervisor). */
#define SPR_ECX1 0x7FFEFBFFu
#define SPR_BASIC UINT64_C(0x03DA050000000013)
#define SPR_PROCBASED UINT64_C(0xFFFBFFFE0401E172)
#define SPR_TRUE_PROCBASED UINT64_C(0xFFFBFFFE04006172)
#define SPR_PROCBASED2 UINT64_C(0xCFFF3FFF00000000)

static void make_spr(struct fake *f, uint64_t feature_control)
{
	memset(f, 0, sizeof(*f));
	set_leaf(f, 0x0, 0x20, 0x756E6547, 0x6C65746E, 0x49656E69);
	set_leaf(f, 0x1, 0x000806F8, 0x00800800, SPR_ECX1, 0xBFEBFBFF);
	set_leaf(f, 0x80000000u, 0x80000008u, 0, 0, 0);
	set_leaf(f, 0x80000001u, 0, 0, 0x00000121, 0x2C100000);
	set_leaf(f, 0x80000008u, 0x00003934, 0x200, 0, 0);
	set_msr(f, 0x3A, feature_control);
	set_msr(f, 0x480, SPR_BASIC);
	set_msr(f, 0x481, UINT64_C(0x000000FF00000016));
	set_msr(f, 0x482, SPR_PROCBASED);
	set_msr(f, 0x483, UINT64_C(0xFF7FFFFF00036DFF));
	set_msr(f, 0x484, UINT64_C(0x007EFFFF000011FF));
	set_msr(f, 0x485, UINT64_C(0x000000007004C1E7));
	set_msr(f, 0x486, UINT64_C(0x0000000080000021));
	set_msr(f, 0x487, UINT64_C(0x00000000FFFFFFFF));
	set_msr(f, 0x488, UINT64_C(0x0000000000002000));
	set_msr(f, 0x489, UINT64_C(0x0000000003F77FFF));
	set_msr(f, 0x48A, UINT64_C(0x000000000000002E));
	set_msr(f, 0x48B, SPR_PROCBASED2);
	set_msr(f, 0x48C, UINT64_C(0x00010F0106F341C1));
	set_msr(f, 0x48D, UINT64_C(0x000000FF00000016));
	set_msr(f, 0x48E, SPR_TRUE_PROCBASED);
	set_msr(f, 0x48F, UINT64_C(0xFF7FFFFF00036DFB));
	set_msr(f, 0x490, UINT64_C(0x007EFFFF000011FB));
	/* 0x491-0x493 are enumerated on Sapphire Rapids but were not captured
	 * in the dump; IPI virtualization (tertiary bit 4) is set here. */
	set_msr(f, 0x491, UINT64_C(0x1));
	set_msr(f, 0x492, UINT64_C(0x10));
	set_msr(f, 0x493, UINT64_C(0x0));
	bind(f);
}

/* Conroe: first VMX generation, no TRUE MSRs, no secondary controls. */
static void make_conroe(struct fake *f, uint64_t feature_control)
{
	memset(f, 0, sizeof(*f));
	set_leaf(f, 0x0, 0xA, 0x756E6547, 0x6C65746E, 0x49656E69);
	set_leaf(f, 0x1, 0x000006F6, 0x00020800, 0x0000E3BD, 0xBFEBFBFF);
	set_leaf(f, 0x80000000u, 0x80000008u, 0, 0, 0);
	set_leaf(f, 0x80000001u, 0, 0, 0x1, 0x20100000);
	set_leaf(f, 0x80000008u, 0x00003024, 0, 0, 0);
	set_msr(f, 0x3A, feature_control);
	set_msr(f, 0x480, UINT64_C(0x001A040000000007));
	set_msr(f, 0x481, UINT64_C(0x0000001F00000016));
	set_msr(f, 0x482, UINT64_C(0x77B9FFFE0401E172));
	set_msr(f, 0x483, UINT64_C(0x0003EFFF00036DFF));
	set_msr(f, 0x484, UINT64_C(0x00001FFF000011FF));
	set_msr(f, 0x485, UINT64_C(0x00000000000403C0));
	set_msr(f, 0x486, UINT64_C(0x0000000080000021));
	set_msr(f, 0x487, UINT64_C(0x00000000FFFFFFFF));
	set_msr(f, 0x488, UINT64_C(0x0000000000002000));
	set_msr(f, 0x489, UINT64_C(0x00000000000027FF));
	set_msr(f, 0x48A, UINT64_C(0x000000000000002C));
	bind(f);
}

/* Raphael (Zen 4): SVM, CPUID 8000000AH with NP and friends. */
static void make_raphael(struct fake *f, uint64_t vm_cr, uint64_t efer)
{
	memset(f, 0, sizeof(*f));
	set_leaf(f, 0x0, 0x10, 0x68747541, 0x444D4163, 0x69746E65);
	set_leaf(f, 0x1, 0x00A60F12, 0x000C0800, 0x7EF8320B, 0x178BFBFF);
	set_leaf(f, 0x80000000u, 0x80000028u, 0x68747541, 0x444D4163, 0x69746E65);
	set_leaf(f, 0x80000001u, 0x00A60F12, 0, 0x75C237FF, 0x2FD3FBFF);
	set_leaf(f, 0x80000008u, 0x00003030, 0x191EF257, 0x0000400B, 0x00010000);
	set_leaf(f, 0x8000000Au, 0x1, 0x8000, 0, 0x1EBFBCFF);
	set_msr(f, 0xC0010114u, vm_cr);
	set_msr(f, 0xC0000080u, efer);
	bind(f);
}

/* ---- running the rules ------------------------------------------------- */

#define MAX_FINDINGS 96

struct result {
	enum msrkit_verdict verdict;
	struct msrkit_finding f[MAX_FINDINGS];
	size_t n;
};

static int collect(void *arg, const struct msrkit_finding *f)
{
	struct result *r = arg;

	assert_true(r->n < MAX_FINDINGS);
	assert_non_null(f->id);
	assert_non_null(f->what);
	assert_non_null(f->reason);
	r->f[r->n++] = *f;
	return 0;
}

static void check(struct result *r, enum msrkit_profile p, struct fake *f)
{
	struct msrkit_vmx_caps vmx;
	struct msrkit_svm_caps svm;

	memset(r, 0, sizeof(*r));
	assert_int_equal(msrkit_vmx_caps_read(&vmx, &f->cpu), 0);
	assert_int_equal(msrkit_svm_caps_read(&svm, &f->cpu), 0);
	r->verdict = msrkit_check(p, f->cpu.vendor, &vmx, &svm, collect, r);
}

static const struct msrkit_finding *finding(const struct result *r, const char *id)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		if (!strcmp(r->f[i].id, id))
			return &r->f[i];
	return NULL;
}

/* The finding id exists, once, with this level. */
static const struct msrkit_finding *expect(const struct result *r, const char *id, enum msrkit_level level)
{
	const struct msrkit_finding *f = finding(r, id);
	size_t i, n = 0;

	if (!f)
		fail_msg("no finding '%s'", id);
	for (i = 0; i < r->n; i++)
		n += !strcmp(r->f[i].id, id);
	assert_int_equal(n, 1);
	if (f->level != level)
		fail_msg("finding '%s' is %s, expected %s", id, msrkit_level_name(f->level), msrkit_level_name(level));
	/* Failures say what to do; passes need not. */
	if (level == MSRKIT_FAIL || level == MSRKIT_UNKNOWN_REQ)
		assert_non_null(f->remedy);
	return f;
}

static size_t count_level(const struct result *r, enum msrkit_level level)
{
	size_t i, n = 0;

	for (i = 0; i < r->n; i++)
		n += r->f[i].level == level;
	return n;
}

/* The 20 controls Linux KVM requires (setup_vmcs_config). */
static const char *const kvm_required[] = {
	"ctl.pinbased.EXTERNAL_INTERRUPT_EXITING", "ctl.pinbased.NMI_EXITING",
	"ctl.procbased.INTERRUPT_WINDOW_EXITING", "ctl.procbased.USE_TSC_OFFSETTING", "ctl.procbased.HLT_EXITING",
	"ctl.procbased.INVLPG_EXITING", "ctl.procbased.MWAIT_EXITING", "ctl.procbased.RDPMC_EXITING",
	"ctl.procbased.CR3_LOAD_EXITING", "ctl.procbased.CR3_STORE_EXITING", "ctl.procbased.CR8_LOAD_EXITING",
	"ctl.procbased.CR8_STORE_EXITING", "ctl.procbased.MOV_DR_EXITING", "ctl.procbased.UNCONDITIONAL_IO_EXITING",
	"ctl.procbased.MONITOR_EXITING", "ctl.exit.SAVE_DEBUG_CONTROLS", "ctl.exit.HOST_ADDRESS_SPACE_SIZE",
	"ctl.exit.ACKNOWLEDGE_INTERRUPT_ON_EXIT", "ctl.entry.LOAD_DEBUG_CONTROLS", "ctl.entry.IA32E_MODE_GUEST",
};

static void expect_basic_ok(const struct result *r)
{
	expect(r, "vmx.cpuid", MSRKIT_PASS);
	expect(r, "vmx_basic.memory_type", MSRKIT_PASS);
	expect(r, "vmx_basic.vmcs_size", MSRKIT_PASS);
	expect(r, "vmx_basic.addr32", MSRKIT_PASS);
}

/* ---- Intel: the verdicts ------------------------------------------------ */

static void test_spr_kvm_ready(void **state)
{
	struct fake f;
	struct result r;
	const struct msrkit_finding *fc;
	size_t i;

	(void)state;
	make_spr(&f, 5);
	check(&r, MSRKIT_PROFILE_KVM, &f);
	assert_int_equal(r.verdict, MSRKIT_READY);
	expect_basic_ok(&r);
	fc = expect(&r, "feature_control", MSRKIT_PASS);
	assert_int_equal(fc->msr, 0x3A);
	assert_true(fc->has_value);
	assert_int_equal(fc->value, 5);
	for (i = 0; i < sizeof(kvm_required) / sizeof(kvm_required[0]); i++)
		expect(&r, kvm_required[i], MSRKIT_PASS);
	assert_int_equal(count_level(&r, MSRKIT_PASS), 4 + 1 + 20);
	assert_int_equal(count_level(&r, MSRKIT_FAIL), 0);
	assert_null(finding(&r, "hypervisor"));
	/* Optional: VMCS shadowing is absent on this part, IPI virtualization
	 * (tertiary, 0x492 = 0x10) present. */
	expect(&r, "ctl.procbased2.VMCS_SHADOWING", MSRKIT_OPT_ABSENT);
	expect(&r, "ctl.procbased3.IPI_VIRTUALIZATION", MSRKIT_OPT_PRESENT);
	expect(&r, "ctl.procbased2.ENABLE_EPT", MSRKIT_OPT_PRESENT);
}

static void test_vmx_absent(void **state)
{
	struct fake f;
	struct result r;
	const struct msrkit_finding *v;

	(void)state;
	make_spr(&f, 5);
	set_leaf(&f, 0x1, 0x000806F8, 0x00800800, SPR_ECX1 & ~(1u << 5), 0xBFEBFBFF);
	check(&r, MSRKIT_PROFILE_KVM, &f);
	assert_int_equal(r.verdict, MSRKIT_NOT_READY);
	v = expect(&r, "vmx.cpuid", MSRKIT_FAIL);
	assert_int_equal(v->bit, 5);
	assert_non_null(strstr(v->remedy, "no Intel VT-x"));
	/* Nothing else is said: every other rule would fail for the same reason. */
	assert_int_equal(r.n, 1);
	assert_null(finding(&r, "hypervisor"));
}

static void test_vmx_absent_in_guest(void **state)
{
	struct fake f;
	struct result r;
	const struct msrkit_finding *v;

	(void)state;
	make_spr(&f, 5);
	set_leaf(&f, 0x1, 0x000806F8, 0x00800800, (SPR_ECX1 & ~(1u << 5)) | (1u << 31), 0xBFEBFBFF);
	check(&r, MSRKIT_PROFILE_KVM, &f);
	assert_int_equal(r.verdict, MSRKIT_NOT_READY);
	expect(&r, "hypervisor", MSRKIT_INFO);
	v = expect(&r, "vmx.cpuid", MSRKIT_FAIL);
	assert_non_null(strstr(v->remedy, "nested"));
	assert_int_equal(r.n, 2);
}

static void test_guest_with_vmx(void **state)
{
	struct fake f;
	struct result r;

	(void)state;
	make_spr(&f, 5);
	set_leaf(&f, 0x1, 0x000806F8, 0x00800800, SPR_ECX1 | (1u << 31), 0xBFEBFBFF);
	check(&r, MSRKIT_PROFILE_KVM, &f);
	/* Nested VMX offered: ready, and the hypervisor is named. */
	assert_int_equal(r.verdict, MSRKIT_READY);
	expect(&r, "hypervisor", MSRKIT_INFO);
}

static void test_feature_control_locked_off(void **state)
{
	struct fake f;
	struct result r;
	const struct msrkit_finding *fc;

	(void)state;
	make_spr(&f, 1);
	check(&r, MSRKIT_PROFILE_KVM, &f);
	assert_int_equal(r.verdict, MSRKIT_NOT_READY);
	fc = expect(&r, "feature_control", MSRKIT_FAIL);
	assert_int_equal(fc->bit, 2);
	assert_int_equal(fc->value, 1);
	assert_non_null(strstr(fc->reason, "disabled in firmware"));
	assert_non_null(strstr(fc->remedy, "BIOS/UEFI"));
	/* The only failure: everything else holds. */
	assert_int_equal(count_level(&r, MSRKIT_FAIL), 1);
	expect_basic_ok(&r);
	/* Also for the minimal profile. */
	check(&r, MSRKIT_PROFILE_MINIMAL, &f);
	assert_int_equal(r.verdict, MSRKIT_NOT_READY);
	expect(&r, "feature_control", MSRKIT_FAIL);
}

static void test_feature_control_smx_only(void **state)
{
	struct fake f;
	struct result r;

	(void)state;
	/* Locked with VMX allowed inside SMX only (bit 1): VMXON outside faults. */
	make_spr(&f, 3);
	check(&r, MSRKIT_PROFILE_KVM, &f);
	assert_int_equal(r.verdict, MSRKIT_NOT_READY);
	expect(&r, "feature_control", MSRKIT_FAIL);
	/* Both enables: fine. */
	make_spr(&f, 7);
	check(&r, MSRKIT_PROFILE_KVM, &f);
	assert_int_equal(r.verdict, MSRKIT_READY);
	expect(&r, "feature_control", MSRKIT_PASS);
}

static void test_feature_control_unlocked(void **state)
{
	struct fake f;
	struct result r;
	const struct msrkit_finding *fc;

	(void)state;
	make_spr(&f, 0);
	check(&r, MSRKIT_PROFILE_KVM, &f);
	/* Linux locks it at boot: a warning, still ready. */
	assert_int_equal(r.verdict, MSRKIT_READY);
	fc = expect(&r, "feature_control", MSRKIT_WARN);
	assert_int_equal(fc->bit, 0);
	assert_non_null(strstr(fc->reason, "Linux"));
	assert_non_null(fc->remedy);
	assert_int_equal(count_level(&r, MSRKIT_FAIL), 0);
}

static void test_feature_control_faults(void **state)
{
	struct fake f;
	struct result r;
	const struct msrkit_finding *fc;

	(void)state;
	make_spr(&f, 5);
	set_msr_err(&f, 0x3A, -MSRKIT_EIO);
	check(&r, MSRKIT_PROFILE_KVM, &f);
	assert_int_equal(r.verdict, MSRKIT_NOT_READY);
	fc = expect(&r, "feature_control", MSRKIT_FAIL);
	assert_false(fc->has_value);
	assert_int_equal(fc->msr, 0x3A);
	assert_non_null(strstr(fc->reason, "#GP"));
}

static void test_feature_control_not_captured(void **state)
{
	struct fake f;
	struct result r;

	(void)state;
	make_spr(&f, 5);
	set_msr_err(&f, 0x3A, -ENOENT_);
	check(&r, MSRKIT_PROFILE_KVM, &f);
	assert_int_equal(r.verdict, MSRKIT_CANNOT_TELL);
	expect(&r, "feature_control", MSRKIT_UNKNOWN_REQ);
	assert_int_equal(count_level(&r, MSRKIT_FAIL), 0);
	assert_int_equal(count_level(&r, MSRKIT_UNKNOWN_REQ), 1);
}

static void test_memory_type_uc(void **state)
{
	struct fake f;
	struct result r;
	const struct msrkit_finding *m;

	(void)state;
	make_spr(&f, 5);
	/* IA32_VMX_BASIC[53:50] = 0 (UC): 0x03DA0500 - (6 << 18) = 0x03C20500. */
	set_msr(&f, 0x480, UINT64_C(0x03C2050000000013));
	check(&r, MSRKIT_PROFILE_KVM, &f);
	assert_int_equal(r.verdict, MSRKIT_NOT_READY);
	m = expect(&r, "vmx_basic.memory_type", MSRKIT_FAIL);
	assert_int_equal(m->msr, 0x480);
	assert_int_equal(m->bit, 50);
	assert_int_equal(count_level(&r, MSRKIT_FAIL), 1);
	check(&r, MSRKIT_PROFILE_MINIMAL, &f);
	assert_int_equal(r.verdict, MSRKIT_NOT_READY);
}

static void test_vmcs_size(void **state)
{
	struct fake f;
	struct result r;

	(void)state;
	make_spr(&f, 5);
	/* VMCS_SIZE = 0x1001 (4097 bytes) in bits 44:32. */
	set_msr(&f, 0x480, (SPR_BASIC & ~(UINT64_C(0x1FFF) << 32)) | (UINT64_C(0x1001) << 32));
	check(&r, MSRKIT_PROFILE_KVM, &f);
	assert_int_equal(r.verdict, MSRKIT_NOT_READY);
	expect(&r, "vmx_basic.vmcs_size", MSRKIT_FAIL);
	/* Exactly one page is fine. */
	set_msr(&f, 0x480, (SPR_BASIC & ~(UINT64_C(0x1FFF) << 32)) | (UINT64_C(0x1000) << 32));
	check(&r, MSRKIT_PROFILE_KVM, &f);
	assert_int_equal(r.verdict, MSRKIT_READY);
	expect(&r, "vmx_basic.vmcs_size", MSRKIT_PASS);
	/* Zero is no size at all. */
	set_msr(&f, 0x480, SPR_BASIC & ~(UINT64_C(0x1FFF) << 32));
	check(&r, MSRKIT_PROFILE_KVM, &f);
	expect(&r, "vmx_basic.vmcs_size", MSRKIT_FAIL);
}

static void test_addr32(void **state)
{
	struct fake f;
	struct result r;

	(void)state;
	make_spr(&f, 5);
	set_msr(&f, 0x480, SPR_BASIC | (UINT64_C(1) << 48));
	check(&r, MSRKIT_PROFILE_KVM, &f);
	assert_int_equal(r.verdict, MSRKIT_NOT_READY);
	expect(&r, "vmx_basic.addr32", MSRKIT_FAIL);
	/* On a CPU without long mode (CPUID.80000001H:EDX[29] = 0) the limit is
	 * no limit at all. */
	set_leaf(&f, 0x80000001u, 0, 0, 0x00000121, 0x2C100000 & ~(1u << 29));
	check(&r, MSRKIT_PROFILE_MINIMAL, &f);
	assert_int_equal(r.verdict, MSRKIT_READY);
	expect(&r, "vmx_basic.addr32", MSRKIT_PASS);
}

static void test_no_true_controls(void **state)
{
	struct fake f;
	struct msrkit_vmx_caps caps;
	struct result r;
	unsigned i;

	(void)state;
	/* IA32_VMX_BASIC[55] = 0 and no TRUE MSRs: 0x03DA0500 - (1 << 23). */
	make_spr(&f, 5);
	set_msr(&f, 0x480, UINT64_C(0x035A050000000013));
	del_msr(&f, 0x48D);
	del_msr(&f, 0x48E);
	del_msr(&f, 0x48F);
	del_msr(&f, 0x490);
	msrkit_vmx_caps_read(&caps, &f.cpu);
	assert_int_equal(f.unlisted_reads, 0); /* the TRUE MSRs were not even read */
	assert_int_equal(caps.ctl[MSRKIT_VMX_PROCBASED].msr.address, 0x482);
	assert_int_equal(caps.ctl[MSRKIT_VMX_PROCBASED].msr.status, MSRKIT_REG_OK);
	for (i = 0; i < MSRKIT_VMX_NCTLS; i++)
		assert_int_equal(caps.ctl[i].default1, 0);
	/* The legacy MSR forces the CR3 exits (bits 15, 16) and every default1. */
	assert_int_equal(caps.ctl[MSRKIT_VMX_PROCBASED].must1, 0x0401E172);
	assert_int_equal(caps.ctl[MSRKIT_VMX_PROCBASED].may1, 0xFFFBFFFE);
	check(&r, MSRKIT_PROFILE_KVM, &f);
	assert_int_equal(r.verdict, MSRKIT_READY);
	expect(&r, "ctl.procbased.CR3_LOAD_EXITING", MSRKIT_PASS);

	/* With TRUE controls: default1 = legacy must-be-1 minus TRUE must-be-1.
	 * procbased: 0x0401E172 & ~0x04006172 = 0x00018000 (bits 15, 16);
	 * exit: 0x00036DFF & ~0x00036DFB = 0x4 (bit 2, save debug controls);
	 * entry: 0x000011FF & ~0x000011FB = 0x4 (bit 2, load debug controls);
	 * pin-based: 0x16 & ~0x16 = 0. */
	make_spr(&f, 5);
	msrkit_vmx_caps_read(&caps, &f.cpu);
	assert_int_equal(caps.ctl[MSRKIT_VMX_PROCBASED].msr.address, 0x48E);
	assert_int_equal(caps.ctl[MSRKIT_VMX_PROCBASED].legacy.address, 0x482);
	assert_int_equal(caps.ctl[MSRKIT_VMX_PROCBASED].default1, 0x00018000);
	assert_int_equal(caps.ctl[MSRKIT_VMX_EXIT].default1, 0x4);
	assert_int_equal(caps.ctl[MSRKIT_VMX_ENTRY].default1, 0x4);
	assert_int_equal(caps.ctl[MSRKIT_VMX_PINBASED].default1, 0);
	assert_int_equal(caps.ctl[MSRKIT_VMX_PROCBASED2].default1, 0);

	/* BASIC[55] = 1 but the TRUE MSR was not captured: the word is unknown,
	 * not taken from the legacy MSR, and the verdict cannot be told. */
	set_msr_err(&f, 0x48E, -ENOENT_);
	msrkit_vmx_caps_read(&caps, &f.cpu);
	assert_int_equal(caps.ctl[MSRKIT_VMX_PROCBASED].msr.status, MSRKIT_REG_UNKNOWN);
	check(&r, MSRKIT_PROFILE_KVM, &f);
	assert_int_equal(r.verdict, MSRKIT_CANNOT_TELL);
	expect(&r, "ctl.procbased.HLT_EXITING", MSRKIT_UNKNOWN_REQ);
	expect(&r, "ctl.pinbased.NMI_EXITING", MSRKIT_PASS);
}

static void test_conroe(void **state)
{
	struct fake f;
	struct msrkit_vmx_caps caps;
	struct result r;

	(void)state;
	make_conroe(&f, 5);
	msrkit_vmx_caps_read(&caps, &f.cpu);
	/* No secondary controls (primary allowed-1 bit 31 = 0): neither
	 * IA32_VMX_PROCBASED_CTLS2 nor what hangs off it is read. */
	assert_int_equal(caps.ctl[MSRKIT_VMX_PROCBASED2].msr.status, MSRKIT_REG_ABSENT);
	assert_int_equal(caps.ctl[MSRKIT_VMX_PROCBASED3].msr.status, MSRKIT_REG_ABSENT);
	assert_int_equal(caps.ctl[MSRKIT_VMX_VMFUNC].msr.status, MSRKIT_REG_ABSENT);
	assert_int_equal(caps.ctl[MSRKIT_VMX_EXIT2].msr.status, MSRKIT_REG_ABSENT);
	assert_int_equal(caps.ept_vpid_cap.status, MSRKIT_REG_ABSENT);
	assert_int_equal(f.unlisted_reads, 0);
	check(&r, MSRKIT_PROFILE_KVM, &f);
	assert_int_equal(r.verdict, MSRKIT_READY);
	expect(&r, "ctl.procbased2.ENABLE_EPT", MSRKIT_OPT_ABSENT);
	expect(&r, "ctl.pinbased.VIRTUAL_NMIS", MSRKIT_OPT_ABSENT);
	check(&r, MSRKIT_PROFILE_EPT, &f);
	assert_int_equal(r.verdict, MSRKIT_NOT_READY);
	expect(&r, "ctl.procbased.ACTIVATE_SECONDARY_CONTROLS", MSRKIT_FAIL);
	expect(&r, "ctl.procbased2.ENABLE_EPT", MSRKIT_FAIL);
	expect(&r, "ept.INVEPT", MSRKIT_FAIL);
}

static void test_no_ept(void **state)
{
	struct fake f;
	struct msrkit_vmx_caps caps;
	struct result r;

	(void)state;
	/* Secondary controls without ENABLE_EPT (bit 1) and ENABLE_VPID (bit 5):
	 * allowed-1 0xCFFF3FFF & ~0x22 = 0xCFFF3FDD; IA32_VMX_EPT_VPID_CAP is
	 * then not enumerated. */
	make_spr(&f, 5);
	set_msr(&f, 0x48B, UINT64_C(0xCFFF3FDD00000000));
	del_msr(&f, 0x48C);
	msrkit_vmx_caps_read(&caps, &f.cpu);
	assert_int_equal(caps.ept_vpid_cap.status, MSRKIT_REG_ABSENT);
	assert_int_equal(f.unlisted_reads, 0);
	check(&r, MSRKIT_PROFILE_KVM, &f);
	assert_int_equal(r.verdict, MSRKIT_READY);
	expect(&r, "ctl.procbased2.ENABLE_EPT", MSRKIT_OPT_ABSENT);
	expect(&r, "ctl.procbased2.ENABLE_VPID", MSRKIT_OPT_ABSENT);
	check(&r, MSRKIT_PROFILE_EPT, &f);
	assert_int_equal(r.verdict, MSRKIT_NOT_READY);
	expect(&r, "ctl.procbased.ACTIVATE_SECONDARY_CONTROLS", MSRKIT_PASS);
	expect(&r, "ctl.procbased2.ENABLE_EPT", MSRKIT_FAIL);
	expect(&r, "ctl.procbased2.ENABLE_VPID", MSRKIT_FAIL);
	expect(&r, "ept.PAGE_WALK_LENGTH_4", MSRKIT_FAIL);
	expect(&r, "ept.INVEPT_SINGLE_CONTEXT", MSRKIT_FAIL);
	expect(&r, "vpid.INVVPID_SINGLE_CONTEXT_RETAINING_GLOBALS", MSRKIT_FAIL);
	assert_int_equal(count_level(&r, MSRKIT_FAIL), 12);
	check(&r, MSRKIT_PROFILE_NESTED, &f);
	assert_int_equal(r.verdict, MSRKIT_NOT_READY);
	expect(&r, "ctl.procbased2.ENABLE_EPT", MSRKIT_FAIL);
	expect(&r, "ept.ACCESSED_DIRTY_FLAGS", MSRKIT_FAIL);
	/* Sapphire Rapids itself: ept passes; nested fails on VMCS shadowing alone. */
	make_spr(&f, 5);
	check(&r, MSRKIT_PROFILE_EPT, &f);
	assert_int_equal(r.verdict, MSRKIT_READY);
	check(&r, MSRKIT_PROFILE_NESTED, &f);
	assert_int_equal(r.verdict, MSRKIT_NOT_READY);
	expect(&r, "ctl.procbased2.VMCS_SHADOWING", MSRKIT_FAIL);
	assert_int_equal(count_level(&r, MSRKIT_FAIL), 1);
}

static void test_unknown(void **state)
{
	struct fake f;
	struct result r;

	(void)state;
	/* CPUID but no MSR access at all. */
	make_spr(&f, 5);
	f.cpu.rdmsr = NULL;
	check(&r, MSRKIT_PROFILE_KVM, &f);
	assert_int_equal(r.verdict, MSRKIT_CANNOT_TELL);
	expect(&r, "vmx.cpuid", MSRKIT_PASS);
	expect(&r, "feature_control", MSRKIT_UNKNOWN_REQ);
	expect(&r, "vmx_basic", MSRKIT_UNKNOWN_REQ);
	expect(&r, "ctl.procbased.HLT_EXITING", MSRKIT_UNKNOWN_REQ);
	assert_int_equal(count_level(&r, MSRKIT_FAIL), 0);
	/* Optional features whose register is unknown are "not known", not absent. */
	expect(&r, "ctl.procbased2.ENABLE_EPT", MSRKIT_OPT_UNKNOWN);
	assert_int_equal(count_level(&r, MSRKIT_OPT_ABSENT), 0);
	/* Without MSRs, a CPU without VMX is still plainly not ready. */
	set_leaf(&f, 0x1, 0x000806F8, 0x00800800, SPR_ECX1 & ~(1u << 5), 0xBFEBFBFF);
	check(&r, MSRKIT_PROFILE_KVM, &f);
	assert_int_equal(r.verdict, MSRKIT_NOT_READY);
	/* Nothing known at all. */
	memset(&f.cpu, 0, sizeof(f.cpu));
	check(&r, MSRKIT_PROFILE_MINIMAL, &f);
	assert_int_equal(r.verdict, MSRKIT_CANNOT_TELL);
	expect(&r, "vmx.cpuid", MSRKIT_UNKNOWN_REQ);
}

/* ---- consistency across CPUs -------------------------------------------- */

static void consistency(struct result *r, struct fake *cpus, size_t n)
{
	struct msrkit_vmx_caps vmx[4];
	struct msrkit_svm_caps svm[4];
	const struct msrkit_vmx_caps *vp[4];
	const struct msrkit_svm_caps *sp[4];
	size_t i;

	assert_true(n <= 4);
	memset(r, 0, sizeof(*r));
	for (i = 0; i < n; i++) {
		msrkit_vmx_caps_read(&vmx[i], &cpus[i].cpu);
		msrkit_svm_caps_read(&svm[i], &cpus[i].cpu);
		vp[i] = &vmx[i];
		sp[i] = &svm[i];
	}
	r->verdict = msrkit_check_consistency(vp, sp, n, collect, r);
}

static void test_consistency(void **state)
{
	static struct fake cpus[4];
	struct result r;
	const struct msrkit_finding *f;

	(void)state;
	make_spr(&cpus[0], 5);
	make_spr(&cpus[1], 5);
	make_spr(&cpus[2], 1);
	make_spr(&cpus[3], 5);
	consistency(&r, cpus, 4);
	assert_int_equal(r.verdict, MSRKIT_NOT_READY);
	assert_int_equal(r.n, 1);
	f = expect(&r, "feature_control.consistency", MSRKIT_FAIL);
	assert_int_equal(f->cpu, 2);
	assert_int_equal(f->value, 1);
	assert_int_equal(f->msr, 0x3A);
	assert_non_null(strstr(f->reason, "firmware bug"));

	/* Every CPU ready on its own (5 and 7), still a firmware bug. */
	make_spr(&cpus[2], 7);
	consistency(&r, cpus, 4);
	assert_int_equal(r.verdict, MSRKIT_NOT_READY);
	assert_int_equal(expect(&r, "feature_control.consistency", MSRKIT_FAIL)->cpu, 2);

	/* All alike. */
	make_spr(&cpus[2], 5);
	consistency(&r, cpus, 4);
	assert_int_equal(r.verdict, MSRKIT_READY);
	expect(&r, "consistency", MSRKIT_PASS);
	assert_int_equal(r.n, 1);

	/* A CPU whose value is unknown is left out of the comparison. */
	set_msr_err(&cpus[1], 0x3A, -ENOENT_);
	consistency(&r, cpus, 4);
	assert_int_equal(r.verdict, MSRKIT_READY);

	/* AMD: VM_CR.SVMDIS/LOCK differ. */
	make_raphael(&cpus[0], 0, 0xD01);
	make_raphael(&cpus[1], 0x18, 0xD01);
	consistency(&r, cpus, 2);
	assert_int_equal(r.verdict, MSRKIT_NOT_READY);
	f = expect(&r, "vm_cr.consistency", MSRKIT_FAIL);
	assert_int_equal(f->cpu, 1);
	assert_int_equal(f->value, 0x18);
}

static void test_consistency_null_entries(void **state)
{
	struct fake f;
	struct msrkit_vmx_caps vmx;
	const struct msrkit_vmx_caps *vp[3];
	struct result r;

	(void)state;
	make_spr(&f, 5);
	msrkit_vmx_caps_read(&vmx, &f.cpu);
	vp[0] = NULL;
	vp[1] = &vmx;
	vp[2] = NULL;
	memset(&r, 0, sizeof(r));
	assert_int_equal(msrkit_check_consistency(vp, NULL, 3, collect, &r), MSRKIT_READY);
}

/* ---- AMD ----------------------------------------------------------------- */

static void test_amd(void **state)
{
	struct fake f;
	struct result r;
	const struct msrkit_finding *v;

	(void)state;
	make_raphael(&f, 0, 0xD01);
	check(&r, MSRKIT_PROFILE_KVM_AMD, &f);
	assert_int_equal(r.verdict, MSRKIT_READY);
	expect(&r, "svm.cpuid", MSRKIT_PASS);
	expect(&r, "vm_cr", MSRKIT_PASS);
	expect(&r, "svm.NP", MSRKIT_OPT_PRESENT);
	expect(&r, "svm.AVIC", MSRKIT_OPT_PRESENT);
	assert_null(finding(&r, "efer.svme"));

	/* SVMDIS with LOCK: disabled in firmware. */
	make_raphael(&f, 0x18, 0xD01);
	check(&r, MSRKIT_PROFILE_KVM_AMD, &f);
	assert_int_equal(r.verdict, MSRKIT_NOT_READY);
	v = expect(&r, "vm_cr", MSRKIT_FAIL);
	assert_int_equal(v->bit, 4);
	assert_int_equal(v->value, 0x18);
	assert_non_null(strstr(v->remedy, "BIOS/UEFI"));
	check(&r, MSRKIT_PROFILE_MINIMAL, &f);
	assert_int_equal(r.verdict, MSRKIT_NOT_READY);
	expect(&r, "vm_cr", MSRKIT_FAIL);

	/* SVMDIS without LOCK: software can clear it. */
	make_raphael(&f, 0x10, 0xD01);
	check(&r, MSRKIT_PROFILE_KVM_AMD, &f);
	assert_int_equal(r.verdict, MSRKIT_READY);
	expect(&r, "vm_cr", MSRKIT_WARN);

	/* LOCK alone (firmware enabled SVM and locked it): fine. */
	make_raphael(&f, 0x08, 0xD01);
	check(&r, MSRKIT_PROFILE_KVM_AMD, &f);
	assert_int_equal(r.verdict, MSRKIT_READY);
	expect(&r, "vm_cr", MSRKIT_PASS);

	/* EFER.SVME set: a hypervisor runs now. */
	make_raphael(&f, 0, 0x1D01);
	check(&r, MSRKIT_PROFILE_KVM_AMD, &f);
	expect(&r, "efer.svme", MSRKIT_INFO);

	/* VM_CR not captured: cannot tell. */
	make_raphael(&f, 0, 0xD01);
	set_msr_err(&f, 0xC0010114u, -ENOENT_);
	check(&r, MSRKIT_PROFILE_KVM_AMD, &f);
	assert_int_equal(r.verdict, MSRKIT_CANNOT_TELL);
	expect(&r, "vm_cr", MSRKIT_UNKNOWN_REQ);

	/* No SVM in CPUID. */
	make_raphael(&f, 0, 0xD01);
	set_leaf(&f, 0x80000001u, 0x00A60F12, 0, 0x75C237FF & ~4u, 0x2FD3FBFF);
	check(&r, MSRKIT_PROFILE_KVM_AMD, &f);
	assert_int_equal(r.verdict, MSRKIT_NOT_READY);
	expect(&r, "svm.cpuid", MSRKIT_FAIL);
	assert_null(finding(&r, "vm_cr"));
}

static void test_profile_arch(void **state)
{
	struct fake f;
	struct result r;
	const struct msrkit_finding *a;

	(void)state;
	make_spr(&f, 5);
	check(&r, MSRKIT_PROFILE_KVM_AMD, &f);
	assert_int_equal(r.verdict, MSRKIT_NOT_READY);
	a = expect(&r, "profile.arch", MSRKIT_FAIL);
	assert_non_null(strstr(a->remedy, "--profile kvm"));
	assert_int_equal(r.n, 1);

	make_raphael(&f, 0, 0xD01);
	check(&r, MSRKIT_PROFILE_KVM, &f);
	assert_int_equal(r.verdict, MSRKIT_NOT_READY);
	a = expect(&r, "profile.arch", MSRKIT_FAIL);
	assert_non_null(strstr(a->remedy, "kvm-amd"));
	check(&r, MSRKIT_PROFILE_EPT, &f);
	expect(&r, "profile.arch", MSRKIT_FAIL);
	/* minimal fits both. */
	check(&r, MSRKIT_PROFILE_MINIMAL, &f);
	assert_int_equal(r.verdict, MSRKIT_READY);
	expect(&r, "svm.cpuid", MSRKIT_PASS);
}

static void test_profile_names(void **state)
{
	(void)state;
	assert_int_equal(msrkit_profile_from_name("kvm"), MSRKIT_PROFILE_KVM);
	assert_int_equal(msrkit_profile_from_name("KVM-AMD"), MSRKIT_PROFILE_KVM_AMD);
	assert_int_equal(msrkit_profile_from_name("nested"), MSRKIT_PROFILE_NESTED);
	assert_int_equal(msrkit_profile_from_name("kvm_amd"), -1);
	assert_int_equal(msrkit_profile_from_name(""), -1);
	assert_string_equal(msrkit_profile_name(MSRKIT_PROFILE_EPT), "ept");
	assert_string_equal(msrkit_verdict_name(MSRKIT_CANNOT_TELL), "cannot tell");
	assert_string_equal(msrkit_level_name(MSRKIT_OPT_UNKNOWN), "not known");
}

/* Every requirement id names its register field: "ctl.<word>.<FIELD>" is the
 * field of that control word's table at the bit, "ept.<FIELD>" and
 * "vpid.<FIELD>" the field of IA32_VMX_EPT_VPID_CAP. */
static void test_requirement_ids_match_tables(void **state)
{
	static const char *const words[MSRKIT_VMX_NCTLS] = {
		[MSRKIT_VMX_PINBASED] = "pinbased", [MSRKIT_VMX_PROCBASED] = "procbased",
		[MSRKIT_VMX_PROCBASED2] = "procbased2", [MSRKIT_VMX_PROCBASED3] = "procbased3",
		[MSRKIT_VMX_EXIT] = "exit", [MSRKIT_VMX_EXIT2] = "exit2",
		[MSRKIT_VMX_ENTRY] = "entry", [MSRKIT_VMX_VMFUNC] = "vmfunc",
	};
	static const enum msrkit_profile profiles[] = { MSRKIT_PROFILE_KVM, MSRKIT_PROFILE_EPT, MSRKIT_PROFILE_NESTED };
	struct fake f;
	struct result r;
	size_t p, i, k, checked = 0;

	(void)state;
	make_spr(&f, 5);
	for (p = 0; p < sizeof(profiles) / sizeof(profiles[0]); p++) {
		check(&r, profiles[p], &f);
		for (i = 0; i < r.n; i++) {
			const struct msrkit_finding *fi = &r.f[i];
			const char *name = NULL;
			struct msrkit_reg_ref ref;
			char want[96];

			if (!strncmp(fi->id, "ctl.", 4)) {
				for (k = 0; k < MSRKIT_VMX_NCTLS; k++)
					if (fi->msr == msrkit_vmx_ctl_msr((enum msrkit_vmx_ctl)k) ||
					    fi->msr == msrkit_vmx_ctl_true_msr((enum msrkit_vmx_ctl)k))
						break;
				assert_true(k < MSRKIT_VMX_NCTLS);
				assert_int_equal(msrkit_db_find(fi->msr, &f.cpu, &ref), 0);
				for (size_t j = 0; j < ref.reg->nfields; j++)
					if (ref.reg->fields[j].lsb == fi->bit)
						name = ref.reg->fields[j].name;
				assert_non_null(name);
				snprintf(want, sizeof(want), "ctl.%s.%s", words[k], name);
			} else if (!strncmp(fi->id, "ept.", 4) || !strncmp(fi->id, "vpid.", 5)) {
				assert_int_equal(fi->msr, 0x48C);
				assert_int_equal(msrkit_db_find(0x48C, &f.cpu, &ref), 0);
				for (size_t j = 0; j < ref.reg->nfields; j++)
					if (ref.reg->fields[j].lsb == fi->bit)
						name = ref.reg->fields[j].name;
				assert_non_null(name);
				snprintf(want, sizeof(want), "%s.%s", fi->id[0] == 'e' ? "ept" : "vpid", name);
			} else {
				continue;
			}
			if (strcmp(fi->id, want))
				fail_msg("finding id '%s' does not match the table: '%s'", fi->id, want);
			checked++;
		}
	}
	assert_true(checked >= 60);
}

/* ---- control adjustment ------------------------------------------------- */

static void test_adjust_true(void **state)
{
	struct fake f;
	struct msrkit_vmx_caps caps;
	uint64_t value, refused, forced;

	(void)state;
	make_spr(&f, 5);
	msrkit_vmx_caps_read(&caps, &f.cpu);
	/*
	 * Primary controls from IA32_VMX_TRUE_PROCBASED_CTLS = 0xFFFBFFFE04006172:
	 * must be 1 (allowed-0) 0x04006172, may be 1 (allowed-1) 0xFFFBFFFE.
	 * desired = HLT (7) | USE_MSR_BITMAPS (28) | ACTIVATE_SECONDARY (31) | bit 0
	 *         = 0x90000081
	 * value   = (0x90000081 & 0xFFFBFFFE) | 0x04006172 = 0x90000080 | 0x04006172 = 0x940061F2
	 * refused = 0x90000081 & ~0xFFFBFFFE = 0x00000001 (bit 0 is reserved, must be 0)
	 * forced  = 0x940061F2 & ~0x90000081 = 0x04006172 (the reserved must-be-1 bits)
	 * CR3-load/store exiting (15, 16) are default1: not forced with TRUE.
	 */
	assert_int_equal(msrkit_vmx_adjust(&caps, MSRKIT_VMX_PROCBASED, 0x90000081u, &value, &refused, &forced), 0);
	assert_int_equal(value, 0x940061F2u);
	assert_int_equal(refused, 0x1);
	assert_int_equal(forced, 0x04006172u);
	/* forced may be NULL. */
	assert_int_equal(msrkit_vmx_adjust(&caps, MSRKIT_VMX_PROCBASED, 0x80u, &value, &refused, NULL), 0);
	assert_int_equal(value, 0x040061F2u);
	assert_int_equal(refused, 0);
	/*
	 * Pin-based, TRUE 0x000000FF00000016: desired EXTERNAL_INTERRUPT (0) |
	 * NMI (3) | bit 8 = 0x109 -> value (0x109 & 0xFF) | 0x16 = 0x1F,
	 * refused 0x100 (bit 8 does not exist), forced 0x16.
	 */
	assert_int_equal(msrkit_vmx_adjust(&caps, MSRKIT_VMX_PINBASED, 0x109u, &value, &refused, &forced), 0);
	assert_int_equal(value, 0x1F);
	assert_int_equal(refused, 0x100);
	assert_int_equal(forced, 0x16);
	/* A 32-bit word ignores desired bits above 31. */
	assert_int_equal(msrkit_vmx_adjust(&caps, MSRKIT_VMX_PINBASED, UINT64_C(0x100000000), &value, &refused, &forced), 0);
	assert_int_equal(value, 0x16);
	assert_int_equal(refused, 0);
	/*
	 * Exit, TRUE 0xFF7FFFFF00036DFB: desired HOST_ADDRESS_SPACE_SIZE (9) |
	 * CLEAR_IA32_BNDCFGS (23) = 0x800200 -> value 0x200 | 0x36DFB = 0x36FFB,
	 * refused 0x800000 (no MPX on this part); SAVE_DEBUG_CONTROLS (2) is
	 * default1 and stays 0.
	 */
	assert_int_equal(msrkit_vmx_adjust(&caps, MSRKIT_VMX_EXIT, 0x800200u, &value, &refused, &forced), 0);
	assert_int_equal(value, 0x36FFB);
	assert_int_equal(refused, 0x800000);
	assert_int_equal(value & 0x4, 0);
	/* Tertiary, 64-bit allowed-1 only (0x492 = 0x10): IPI virtualization (4)
	 * is granted, bit 40 refused, nothing forced. */
	assert_int_equal(msrkit_vmx_adjust(&caps, MSRKIT_VMX_PROCBASED3, (UINT64_C(1) << 40) | 0x10, &value, &refused,
					   &forced),
			 0);
	assert_int_equal(value, 0x10);
	assert_int_equal(refused, UINT64_C(1) << 40);
	assert_int_equal(forced, 0);
}

static void test_adjust_legacy(void **state)
{
	struct fake f;
	struct msrkit_vmx_caps caps;
	uint64_t value, refused, forced;

	(void)state;
	make_conroe(&f, 5);
	msrkit_vmx_caps_read(&caps, &f.cpu);
	/*
	 * Conroe, legacy IA32_VMX_PROCBASED_CTLS = 0x77B9FFFE0401E172 (no TRUE):
	 * desired HLT (7) | ACTIVATE_SECONDARY (31) = 0x80000080
	 * value   = (0x80000080 & 0x77B9FFFE) | 0x0401E172 = 0x80 | 0x0401E172 = 0x0401E1F2
	 * refused = 0x80000080 & ~0x77B9FFFE = 0x80000000 (no secondary controls)
	 * forced  = 0x0401E172: CR3-load/store exiting included, this CPU cannot
	 *           clear them.
	 */
	assert_int_equal(msrkit_vmx_adjust(&caps, MSRKIT_VMX_PROCBASED, 0x80000080u, &value, &refused, &forced), 0);
	assert_int_equal(value, 0x0401E1F2u);
	assert_int_equal(refused, 0x80000000u);
	assert_int_equal(forced, 0x0401E172u);
	/* Pin-based 0x0000001F00000016: VIRTUAL_NMIS (5) refused. */
	assert_int_equal(msrkit_vmx_adjust(&caps, MSRKIT_VMX_PINBASED, 0x29u, &value, &refused, &forced), 0);
	assert_int_equal(value, 0x1F);
	assert_int_equal(refused, 0x20);
	/* Words this CPU does not have cannot be adjusted. */
	assert_int_equal(msrkit_vmx_adjust(&caps, MSRKIT_VMX_PROCBASED2, 0x2, &value, &refused, &forced), -1);
	assert_int_equal(msrkit_vmx_adjust(&caps, MSRKIT_VMX_PROCBASED3, 0x10, &value, &refused, &forced), -1);
	assert_int_equal(msrkit_vmx_adjust(&caps, MSRKIT_VMX_NCTLS, 0x10, &value, &refused, &forced), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_spr_kvm_ready),
		cmocka_unit_test(test_vmx_absent),
		cmocka_unit_test(test_vmx_absent_in_guest),
		cmocka_unit_test(test_guest_with_vmx),
		cmocka_unit_test(test_feature_control_locked_off),
		cmocka_unit_test(test_feature_control_smx_only),
		cmocka_unit_test(test_feature_control_unlocked),
		cmocka_unit_test(test_feature_control_faults),
		cmocka_unit_test(test_feature_control_not_captured),
		cmocka_unit_test(test_memory_type_uc),
		cmocka_unit_test(test_vmcs_size),
		cmocka_unit_test(test_addr32),
		cmocka_unit_test(test_no_true_controls),
		cmocka_unit_test(test_conroe),
		cmocka_unit_test(test_no_ept),
		cmocka_unit_test(test_unknown),
		cmocka_unit_test(test_consistency),
		cmocka_unit_test(test_consistency_null_entries),
		cmocka_unit_test(test_amd),
		cmocka_unit_test(test_profile_arch),
		cmocka_unit_test(test_profile_names),
		cmocka_unit_test(test_requirement_ids_match_tables),
		cmocka_unit_test(test_adjust_true),
		cmocka_unit_test(test_adjust_legacy),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
