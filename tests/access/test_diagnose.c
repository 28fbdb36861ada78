/* SPDX-License-Identifier: MIT */
/*
 * Diagnoses: every error class against a fake machine (a temporary /sys and
 * /dev tree), checking both the classification and that the explanation
 * carries the fix.
 */
#include <errno.h>
#include <grp.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "msrkit/access.h"

#include "fstree.h"

/* A machine with CPUs 0-3 present and 0-1 online. */
static void machine(struct fstree *t)
{
	fstree_init(t);
	fstree_write(t, "sys/devices/system/cpu/present", "0-3\n");
	fstree_write(t, "sys/devices/system/cpu/online", "0-1\n");
}

static void msr_loaded(struct fstree *t, const char *allow_writes)
{
	fstree_write(t, "sys/module/msr/parameters/allow_writes", "%s\n", allow_writes);
	fstree_node(t, "dev/cpu/0/msr");
	fstree_node(t, "dev/cpu/1/msr");
}

static struct msrkit_diagnosis diag(const struct fstree *t, const char *backend, enum msrkit_io io, unsigned cpu,
				    uint32_t address, uint64_t wmask, int err, enum msrkit_diag want)
{
	struct msrkit_diagnosis d;
	char text[1024];
	size_t n;

	assert_int_equal(msrkit_diagnose(t->root, backend, io, cpu, address, wmask, err, &d), 0);
	if (d.code != want)
		fail_msg("diagnosed %s, expected %s", msrkit_diag_name(d.code), msrkit_diag_name(want));
	assert_int_equal(d.err, err);
	assert_int_equal(d.cpu, cpu);
	n = msrkit_diag_format(&d, text, sizeof(text));
	assert_true(n > 0 && n < sizeof(text));
	assert_int_equal(strlen(text), n);
	return d;
}

/* The explanation of d contains needle. */
static void says(const struct msrkit_diagnosis *d, const char *needle)
{
	char text[1024];

	msrkit_diag_format(d, text, sizeof(text));
	if (!strstr(text, needle))
		fail_msg("\"%s\" lacks \"%s\"", text, needle);
}

static void test_driver_not_loaded(void **state)
{
	(void)state;
	struct fstree t;
	struct msrkit_diagnosis d;
	char node[512];

	machine(&t);
	d = diag(&t, "msr", MSRKIT_IO_OPEN, 0, 0, 0, -ENOENT, MSRKIT_DIAG_DRIVER_NOT_LOADED);
	snprintf(node, sizeof(node), "%s/dev/cpu/0/msr", t.root);
	assert_string_equal(d.node, node);
	says(&d, "modprobe msr");
	says(&d, node);
	d = diag(&t, NULL, MSRKIT_IO_OPEN, 0, 0, 0, -ENOENT, MSRKIT_DIAG_DRIVER_NOT_LOADED);
	assert_false(d.msr_safe);

	/* a stale node with no driver behind it */
	fstree_node(&t, "dev/cpu/0/msr");
	diag(&t, "msr", MSRKIT_IO_OPEN, 0, 0, 0, -ENXIO, MSRKIT_DIAG_DRIVER_NOT_LOADED);

	d = diag(&t, "msr-safe", MSRKIT_IO_OPEN, 1, 0, 0, -ENOENT, MSRKIT_DIAG_DRIVER_NOT_LOADED);
	assert_true(d.msr_safe);
	says(&d, "insmod msr-safe.ko");
	says(&d, "modprobe msr");
	fstree_free(&t);
}

static void test_no_device_node(void **state)
{
	(void)state;
	struct fstree t;
	struct msrkit_diagnosis d;

	machine(&t);
	fstree_write(&t, "sys/module/msr/parameters/allow_writes", "default\n");
	d = diag(&t, "msr", MSRKIT_IO_OPEN, 1, 0, 0, -ENOENT, MSRKIT_DIAG_NO_DEVICE_NODE);
	says(&d, "mknod /dev/cpu/1/msr c 202 1");
	says(&d, "--device /dev/cpu");
	fstree_mkdir(&t, "sys/module/msr_safe");
	d = diag(&t, "msr-safe", MSRKIT_IO_OPEN, 1, 0, 0, -ENOENT, MSRKIT_DIAG_NO_DEVICE_NODE);
	fstree_free(&t);
}

static void test_cpu_state(void **state)
{
	(void)state;
	struct fstree t;
	struct msrkit_diagnosis d;

	machine(&t);
	msr_loaded(&t, "default");
	/* present but offline: the node went away with it */
	d = diag(&t, "msr", MSRKIT_IO_OPEN, 2, 0, 0, -ENOENT, MSRKIT_DIAG_CPU_OFFLINE);
	says(&d, "echo 1 > /sys/devices/system/cpu/cpu2/online");
	/* the driver's own ENXIO for an offline CPU */
	diag(&t, "msr", MSRKIT_IO_OPEN, 3, 0, 0, -ENXIO, MSRKIT_DIAG_CPU_OFFLINE);
	/* offlined after open: reads fail with ENXIO though sysfs has not caught up */
	diag(&t, "msr", MSRKIT_IO_READ, 1, 0x10, 0, -ENXIO, MSRKIT_DIAG_CPU_OFFLINE);
	diag(&t, "msr-safe", MSRKIT_IO_WRITE, 1, 0x10, 0, -ENXIO, MSRKIT_DIAG_CPU_OFFLINE);
	/* not present at all */
	d = diag(&t, "msr", MSRKIT_IO_OPEN, 9, 0, 0, -ENOENT, MSRKIT_DIAG_NO_SUCH_CPU);
	says(&d, "no CPU 9");
	diag(&t, "msr", MSRKIT_IO_READ, 9, 0, 0, -ENXIO, MSRKIT_DIAG_NO_SUCH_CPU);
	fstree_free(&t);

	/* without a "present" list, the cpuN directories tell */
	fstree_init(&t);
	fstree_write(&t, "sys/devices/system/cpu/online", "0\n");
	fstree_mkdir(&t, "sys/devices/system/cpu/cpu0");
	fstree_mkdir(&t, "sys/devices/system/cpu/cpu1");
	fstree_mkdir(&t, "sys/module/msr");
	diag(&t, "msr", MSRKIT_IO_OPEN, 1, 0, 0, -ENOENT, MSRKIT_DIAG_CPU_OFFLINE);
	diag(&t, "msr", MSRKIT_IO_OPEN, 2, 0, 0, -ENOENT, MSRKIT_DIAG_NO_SUCH_CPU);
	fstree_free(&t);
}

static void test_permission(void **state)
{
	(void)state;
	struct fstree t;
	struct msrkit_diagnosis d;
	struct group *g;
	char want[128];

	machine(&t);
	msr_loaded(&t, "default");
	d = diag(&t, "msr", MSRKIT_IO_OPEN, 0, 0, 0, -EACCES, MSRKIT_DIAG_NO_PERMISSION);
	says(&d, "Run as root");
	/* the node is open to us, the capability is missing */
	d = diag(&t, "msr", MSRKIT_IO_OPEN, 0, 0, 0, -EPERM, MSRKIT_DIAG_NO_PERMISSION);
	says(&d, "CAP_SYS_RAWIO");
	says(&d, "--cap-add SYS_RAWIO");

	/* msr-safe: the group owning the node is the way in */
	fstree_node(&t, "dev/cpu/0/msr_safe");
	if (geteuid() == 0) {
		char path[512];

		snprintf(path, sizeof(path), "%s/dev/cpu/0/msr_safe", t.root);
		assert_int_equal(chown(path, 0, 65534), 0);
	}
	d = diag(&t, "msr-safe", MSRKIT_IO_OPEN, 0, 0, 0, -EACCES, MSRKIT_DIAG_NO_PERMISSION);
	g = getgrgid(geteuid() == 0 ? 65534 : getegid());
	if (g)
		assert_string_equal(d.group, g->gr_name);
	snprintf(want, sizeof(want), "usermod -aG %s $USER", d.group);
	says(&d, want);
	fstree_free(&t);
}

static void test_lockdown(void **state)
{
	(void)state;
	struct fstree t;
	struct msrkit_diagnosis d;

	machine(&t);
	msr_loaded(&t, "on");
	fstree_write(&t, "sys/kernel/security/lockdown", "none integrity [confidentiality]\n");
	d = diag(&t, "msr", MSRKIT_IO_WRITE, 0, 0x1a0, 0, -EPERM, MSRKIT_DIAG_LOCKDOWN);
	assert_int_equal(d.lockdown, MSRKIT_LOCKDOWN_CONFIDENTIALITY);
	says(&d, "Secure Boot");
	says(&d, "lockdown=confidentiality");
	/* lockdown is checked before allow_writes, as the driver does */
	fstree_write(&t, "sys/module/msr/parameters/allow_writes", "off\n");
	diag(&t, "msr", MSRKIT_IO_WRITE, 0, 0x1a0, 0, -EPERM, MSRKIT_DIAG_LOCKDOWN);
	/* lockdown does not block reads */
	diag(&t, "msr", MSRKIT_IO_OPEN, 0, 0, 0, -EPERM, MSRKIT_DIAG_NO_PERMISSION);
	fstree_write(&t, "sys/kernel/security/lockdown", "[none] integrity confidentiality\n");
	diag(&t, "msr", MSRKIT_IO_WRITE, 0, 0x1a0, 0, -EPERM, MSRKIT_DIAG_WRITES_DISABLED);
	fstree_free(&t);
}

static void test_writes_disabled(void **state)
{
	(void)state;
	struct fstree t;
	struct msrkit_diagnosis d;

	machine(&t);
	msr_loaded(&t, "off");
	d = diag(&t, "msr", MSRKIT_IO_WRITE, 1, 0x1a0, 0, -EPERM, MSRKIT_DIAG_WRITES_DISABLED);
	assert_int_equal(d.allow_writes, MSRKIT_ALLOW_WRITES_OFF);
	assert_int_equal(d.lockdown, MSRKIT_LOCKDOWN_UNKNOWN);
	says(&d, "echo on > /sys/module/msr/parameters/allow_writes");
	says(&d, "msr.allow_writes=on");
	fstree_free(&t);
}

static void test_gp_faults(void **state)
{
	(void)state;
	struct fstree t;
	struct msrkit_diagnosis d;

	machine(&t);
	msr_loaded(&t, "default");
	d = diag(&t, "msr", MSRKIT_IO_READ, 1, 0x12345678, 0, -EIO, MSRKIT_DIAG_NOT_IMPLEMENTED);
	says(&d, "RDMSR 0x12345678");
	says(&d, "not implemented");
	d = diag(&t, "msr", MSRKIT_IO_WRITE, 0, 0x3a, 0, -EIO, MSRKIT_DIAG_WRITE_REFUSED);
	says(&d, "WRMSR 0x3A");
	says(&d, "IA32_FEATURE_CONTROL");
	d = diag(&t, "msr", MSRKIT_IO_OPEN, 0, 0, 0, -EIO, MSRKIT_DIAG_NO_MSR_SUPPORT);
	says(&d, "no model-specific registers");
	fstree_free(&t);
}

static void test_allowlist(void **state)
{
	(void)state;
	struct fstree t;
	struct msrkit_diagnosis d;

	machine(&t);
	fstree_mkdir(&t, "sys/module/msr_safe");
	/* allowlist unreadable: the line is still suggested */
	d = diag(&t, "msr-safe", MSRKIT_IO_READ, 0, 0x1a0, 0, -EACCES, MSRKIT_DIAG_NOT_IN_ALLOWLIST);
	assert_false(d.allowlist_known);
	assert_int_equal(d.write_mask, 0);
	says(&d, "`0x000001A0 0x0000000000000000`");

	fstree_write(&t, "dev/cpu/msr_allowlist", "# MSR      Write mask\n0x00000010 0x0000000000000000\n"
						  "0x00000199 0x000000000000FFFF\n");
	d = diag(&t, "msr-safe", MSRKIT_IO_READ, 0, 0x1a0, 0, -EACCES, MSRKIT_DIAG_NOT_IN_ALLOWLIST);
	assert_true(d.allowlist_known);
	says(&d, "`0x000001A0 0x0000000000000000`");
	/* a write: the line grants the bits written */
	d = diag(&t, "msr-safe", MSRKIT_IO_WRITE, 0, 0x1a0, 0x4, -EACCES, MSRKIT_DIAG_NOT_IN_ALLOWLIST);
	assert_int_equal(d.write_mask, 4);
	says(&d, "`0x000001A0 0x0000000000000004`");
	/* a whole-register write (mask 0 given) */
	d = diag(&t, "msr-safe", MSRKIT_IO_WRITE, 0, 0x1a0, 0, -EACCES, MSRKIT_DIAG_NOT_IN_ALLOWLIST);
	says(&d, "`0x000001A0 0xFFFFFFFFFFFFFFFF`");
	/* listed read-only */
	d = diag(&t, "msr-safe", MSRKIT_IO_WRITE, 0, 0x10, 0xffffffff, -EACCES, MSRKIT_DIAG_ALLOWLIST_READ_ONLY);
	says(&d, "`0x00000010 0x00000000FFFFFFFF`");
	says(&d, "write mask 0");
	/* the batch interface says EROFS for the same thing */
	diag(&t, "msr-safe", MSRKIT_IO_WRITE, 0, 0x10, 1, -EROFS, MSRKIT_DIAG_ALLOWLIST_READ_ONLY);
	/* partly writable: the suggested line keeps the bits already granted */
	d = diag(&t, "msr-safe", MSRKIT_IO_WRITE, 0, 0x199, 0x10000, -EACCES, MSRKIT_DIAG_NOT_IN_ALLOWLIST);
	assert_int_equal(d.write_mask, 0x1ffff);
	/* EROFS from the stock driver is not an allowlist matter */
	diag(&t, "msr", MSRKIT_IO_WRITE, 0, 0x10, 0, -EROFS, MSRKIT_DIAG_OTHER);
	fstree_free(&t);
}

static void test_misc(void **state)
{
	(void)state;
	struct fstree t;
	struct msrkit_diagnosis d;
	char small[10];

	machine(&t);
	msr_loaded(&t, "default");
	diag(&t, "msr", MSRKIT_IO_READ, 0, 0x10, 0, 0, MSRKIT_DIAG_OK);
	d = diag(&t, "msr", MSRKIT_IO_WRITE, 0, 0x10, 0, -EBADF, MSRKIT_DIAG_NOT_OPEN_FOR_WRITE);
	says(&d, "MSRKIT_OPEN_WRITE");
	d = diag(&t, "msr", MSRKIT_IO_READ, 0, 0x10, 0, -EBUSY, MSRKIT_DIAG_OTHER);
	says(&d, "Reading MSR 0x10 on CPU 0 failed: ");
	d = diag(&t, "msr", MSRKIT_IO_OPEN, 0, 0, 0, -EMFILE, MSRKIT_DIAG_OTHER);
	says(&d, "Opening ");
	/* a positive errno is taken as its negative */
	assert_int_equal(msrkit_diagnose(t.root, "msr", MSRKIT_IO_READ, 0, 0x10, 0, EIO, &d), 0);
	assert_int_equal(d.err, -EIO);
	assert_int_equal(d.code, MSRKIT_DIAG_NOT_IMPLEMENTED);
	assert_int_equal(msrkit_diagnose(t.root, "msr", MSRKIT_IO_READ, 0, 0x10, 0, EIO, NULL), -EINVAL);

	/* snprintf semantics */
	d = diag(&t, "msr", MSRKIT_IO_READ, 1, 0x12345678, 0, -EIO, MSRKIT_DIAG_NOT_IMPLEMENTED);
	size_t full = msrkit_diag_format(&d, NULL, 0);
	assert_int_equal(msrkit_diag_format(&d, small, sizeof(small)), full);
	assert_int_equal(strlen(small), sizeof(small) - 1);
	fstree_free(&t);

	/* names are distinct */
	for (int a = MSRKIT_DIAG_OK; a <= MSRKIT_DIAG_OTHER; a++)
		for (int b = a + 1; b <= MSRKIT_DIAG_OTHER; b++)
			assert_string_not_equal(msrkit_diag_name((enum msrkit_diag)a), msrkit_diag_name((enum msrkit_diag)b));
}

/* Recorded and simulated sources: the errno means what the source says, and
 * the machine's own state is irrelevant. */
static void test_sources(void **state)
{
	(void)state;
	struct fstree t;
	struct msrkit_diagnosis d;

	/* a machine whose driver is missing: must not leak into the answers */
	machine(&t);
	d = diag(&t, "snapshot", MSRKIT_IO_READ, 1, 0x1a0, 0, -ENOENT, MSRKIT_DIAG_NOT_CAPTURED);
	assert_false(d.live);
	assert_string_equal(d.source, "snapshot");
	assert_string_equal(d.node, "");
	says(&d, "The snapshot holds no value of MSR 0x1A0 for CPU 1");
	diag(&t, "memory", MSRKIT_IO_READ, 0, 0x10, 0, -ENODATA, MSRKIT_DIAG_NOT_CAPTURED);
	d = diag(&t, "snapshot", MSRKIT_IO_WRITE, 0, 0x1a0, 0, -EROFS, MSRKIT_DIAG_READ_ONLY_SOURCE);
	says(&d, "write on the live machine");
	d = diag(&t, "snapshot", MSRKIT_IO_READ, 7, 0x1a0, 0, -ENXIO, MSRKIT_DIAG_NO_SUCH_CPU);
	says(&d, "The snapshot has no CPU 7");
	d = diag(&t, "snapshot", MSRKIT_IO_READ, 0, 0x480, 0, -EIO, MSRKIT_DIAG_NOT_IMPLEMENTED);
	says(&d, "as recorded");
	diag(&t, "memory", MSRKIT_IO_WRITE, 0, 0x3a, 0, -EIO, MSRKIT_DIAG_WRITE_REFUSED);
	diag(&t, "memory", MSRKIT_IO_WRITE, 0, 0x3a, 0, -EPERM, MSRKIT_DIAG_OTHER);
	diag(&t, "snapshot", MSRKIT_IO_READ, 0, 0x3a, 0, 0, MSRKIT_DIAG_OK);
	/* the device backends are live */
	d = diag(&t, "msr", MSRKIT_IO_READ, 0, 0x3a, 0, -EIO, MSRKIT_DIAG_NOT_IMPLEMENTED);
	assert_true(d.live);
	fstree_free(&t);
}

static void test_policy(void **state)
{
	(void)state;
	struct fstree t;
	struct msrkit_write_policy p;
	enum msrkit_lockdown l;
	enum msrkit_allow_writes w;

	fstree_init(&t);
	assert_int_equal(msrkit_lockdown_read(t.root, &l), 0);
	assert_int_equal(l, MSRKIT_LOCKDOWN_UNKNOWN);
	assert_int_equal(msrkit_allow_writes_read(t.root, &w), 0);
	assert_int_equal(w, MSRKIT_ALLOW_WRITES_UNKNOWN);
	/* no allow_writes (before 5.9): writes neither blocked nor tainting */
	assert_int_equal(msrkit_write_policy_read(t.root, &p), 0);
	assert_false(p.blocked);
	assert_false(p.taints);

	fstree_write(&t, "sys/kernel/security/lockdown", "[none] integrity confidentiality\n");
	fstree_write(&t, "sys/module/msr/parameters/allow_writes", "default\n");
	assert_int_equal(msrkit_write_policy_read(t.root, &p), 0);
	assert_int_equal(p.lockdown, MSRKIT_LOCKDOWN_NONE);
	assert_int_equal(p.allow_writes, MSRKIT_ALLOW_WRITES_DEFAULT);
	assert_false(p.blocked);
	assert_true(p.taints);

	fstree_write(&t, "sys/module/msr/parameters/allow_writes", "on\n");
	assert_int_equal(msrkit_write_policy_read(t.root, &p), 0);
	assert_int_equal(p.allow_writes, MSRKIT_ALLOW_WRITES_ON);
	assert_true(p.taints);

	fstree_write(&t, "sys/module/msr/parameters/allow_writes", "off\n");
	assert_int_equal(msrkit_write_policy_read(t.root, &p), 0);
	assert_true(p.blocked);
	assert_false(p.taints);

	fstree_write(&t, "sys/module/msr/parameters/allow_writes", "on\n");
	fstree_write(&t, "sys/kernel/security/lockdown", "none [integrity] confidentiality\n");
	assert_int_equal(msrkit_write_policy_read(t.root, &p), 0);
	assert_int_equal(p.lockdown, MSRKIT_LOCKDOWN_INTEGRITY);
	assert_true(p.blocked);

	fstree_write(&t, "sys/kernel/security/lockdown", "none integrity confidentiality\n");
	assert_int_equal(msrkit_lockdown_read(t.root, &l), -EINVAL);
	fstree_write(&t, "sys/kernel/security/lockdown", "[paranoid]\n");
	assert_int_equal(msrkit_lockdown_read(t.root, &l), -EINVAL);
	fstree_write(&t, "sys/module/msr/parameters/allow_writes", "maybe\n");
	assert_int_equal(msrkit_allow_writes_read(t.root, &w), -EINVAL);
	assert_int_equal(msrkit_write_policy_read(t.root, &p), -EINVAL);
	fstree_free(&t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_driver_not_loaded),
		cmocka_unit_test(test_no_device_node),
		cmocka_unit_test(test_cpu_state),
		cmocka_unit_test(test_permission),
		cmocka_unit_test(test_lockdown),
		cmocka_unit_test(test_writes_disabled),
		cmocka_unit_test(test_gp_faults),
		cmocka_unit_test(test_allowlist),
		cmocka_unit_test(test_misc),
		cmocka_unit_test(test_sources),
		cmocka_unit_test(test_policy),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
