/* SPDX-License-Identifier: MIT */
/*
 * Turning an errno from a device backend into what a person needs: which of
 * the usual causes it is on this machine (driver, node, permission, lockdown,
 * allow_writes, CPU state, #GP, msr-safe allowlist) and the fix. Everything
 * is read under one root so tests can build the machine as a directory tree.
 */
#include <errno.h>
#include <grp.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "access_int.h"

int msrkit_lockdown_read(const char *root, enum msrkit_lockdown *out)
{
	static const char *const modes[] = { "none", "integrity", "confidentiality" };
	char path[4096], text[256];
	const char *open_br, *close_br;
	ssize_t r;
	int rc;

	if (!out)
		return -EINVAL;
	*out = MSRKIT_LOCKDOWN_UNKNOWN;
	rc = msrkit__path(path, sizeof(path), root, "/sys/kernel/security/lockdown");
	if (rc)
		return rc;
	r = msrkit__read_text(path, text, sizeof(text));
	if (r < 0)
		return 0; /* no securityfs, no lockdown LSM: unknown, not an error */
	/* "none [integrity] confidentiality": the selected mode is bracketed. */
	open_br = strchr(text, '[');
	close_br = open_br ? strchr(open_br, ']') : NULL;
	if (!close_br)
		return -EINVAL;
	for (size_t i = 0; i < sizeof(modes) / sizeof(modes[0]); i++) {
		size_t n = strlen(modes[i]);

		if ((size_t)(close_br - open_br - 1) == n && strncmp(open_br + 1, modes[i], n) == 0) {
			*out = (enum msrkit_lockdown)i;
			return 0;
		}
	}
	return -EINVAL;
}

int msrkit_allow_writes_read(const char *root, enum msrkit_allow_writes *out)
{
	char path[4096], text[64];
	ssize_t r;
	int rc;

	if (!out)
		return -EINVAL;
	*out = MSRKIT_ALLOW_WRITES_UNKNOWN;
	rc = msrkit__path(path, sizeof(path), root, "/sys/module/msr/parameters/allow_writes");
	if (rc)
		return rc;
	r = msrkit__read_text(path, text, sizeof(text));
	if (r < 0)
		return 0;
	if (r > 0 && text[r - 1] == '\n')
		text[r - 1] = '\0';
	if (strcmp(text, "off") == 0)
		*out = MSRKIT_ALLOW_WRITES_OFF;
	else if (strcmp(text, "on") == 0)
		*out = MSRKIT_ALLOW_WRITES_ON;
	else if (strcmp(text, "default") == 0)
		*out = MSRKIT_ALLOW_WRITES_DEFAULT;
	else
		return -EINVAL;
	return 0;
}

int msrkit_write_policy_read(const char *root, struct msrkit_write_policy *out)
{
	int rc;

	if (!out)
		return -EINVAL;
	memset(out, 0, sizeof(*out));
	rc = msrkit_lockdown_read(root, &out->lockdown);
	if (rc == 0)
		rc = msrkit_allow_writes_read(root, &out->allow_writes);
	if (rc)
		return rc;
	/* The driver checks lockdown first, then allow_writes (arch/x86/kernel/msr.c). */
	out->blocked = out->lockdown > MSRKIT_LOCKDOWN_NONE || out->allow_writes == MSRKIT_ALLOW_WRITES_OFF;
	/* Before allow_writes existed (5.9) writes did not taint; with it every successful write does. */
	out->taints = !out->blocked && out->allow_writes != MSRKIT_ALLOW_WRITES_UNKNOWN;
	return 0;
}

/* CPU state from sysfs: 1 yes, 0 no, -1 unknown. */
static int cpu_online(const char *root, unsigned cpu)
{
	struct msrkit_cpuset s;

	return msrkit_cpuset_online_at(root, &s) == 0 ? msrkit_cpuset_has(&s, cpu) : -1;
}

static int cpu_present(const char *root, unsigned cpu)
{
	char path[4096];
	struct msrkit_cpuset s;

	if (msrkit__path(path, sizeof(path), root, "/sys/devices/system/cpu/present") == 0 &&
	    msrkit_cpuset_read(path, &s) == 0)
		return msrkit_cpuset_has(&s, cpu);
	if (msrkit__path(path, sizeof(path), root, "/sys/devices/system/cpu") != 0 || msrkit__exists(path) != 0)
		return -1;
	if (msrkit__path(path, sizeof(path), root, "/sys/devices/system/cpu/cpu%u", cpu) != 0)
		return -1;
	return msrkit__exists(path) == 0;
}

static bool module_loaded(const char *root, bool msr_safe)
{
	char path[4096];

	/* A module with parameters has a /sys/module entry even when built in. */
	return msrkit__path(path, sizeof(path), root, "/sys/module/%s", msr_safe ? "msr_safe" : "msr") == 0 &&
	       msrkit__exists(path) == 0;
}

static void node_group(const char *node, char *buf, size_t len)
{
	struct stat st;
	struct group gr, *res = NULL;
	char scratch[1024];

	buf[0] = '\0';
	if (stat(node, &st) != 0)
		return;
	if (getgrgid_r(st.st_gid, &gr, scratch, sizeof(scratch), &res) == 0 && res)
		snprintf(buf, len, "%s", res->gr_name);
	else
		snprintf(buf, len, "%u", (unsigned)st.st_gid);
}

/* The CPU itself: absent or offline, when sysfs says so. */
static enum msrkit_diag cpu_state(const char *root, unsigned cpu)
{
	if (cpu_present(root, cpu) == 0)
		return MSRKIT_DIAG_NO_SUCH_CPU;
	if (cpu_online(root, cpu) == 0)
		return MSRKIT_DIAG_CPU_OFFLINE;
	return MSRKIT_DIAG_OK;
}

static void allowlist_diag(const char *root, struct msrkit_diagnosis *d, uint64_t write_mask)
{
	struct msrkit_allowlist al;
	const struct msrkit_allowlist_entry *e = NULL;

	d->code = MSRKIT_DIAG_NOT_IN_ALLOWLIST;
	d->write_mask = d->io == MSRKIT_IO_WRITE ? (write_mask ? write_mask : ~UINT64_C(0)) : 0;
	if (msrkit_allowlist_load(root, &al, NULL) == 0) {
		d->allowlist_known = true;
		e = msrkit_allowlist_find(&al, d->address);
		if (e) {
			/* The new line must keep the bits already granted. */
			d->write_mask |= e->write_mask;
			if (d->io == MSRKIT_IO_WRITE && e->write_mask == 0)
				d->code = MSRKIT_DIAG_ALLOWLIST_READ_ONLY;
		}
		msrkit_allowlist_free(&al);
	}
	if (d->err == -EROFS)
		d->code = MSRKIT_DIAG_ALLOWLIST_READ_ONLY;
}

/* A recorded or simulated source: its errno, without looking at this machine. */
static enum msrkit_diag source_diag(int err, enum msrkit_io io)
{
	switch (-err) {
	case 0:
		return MSRKIT_DIAG_OK;
	case ENOENT:
	case ENODATA:
		return MSRKIT_DIAG_NOT_CAPTURED;
	case ENXIO:
		return MSRKIT_DIAG_NO_SUCH_CPU;
	case EROFS:
		return io == MSRKIT_IO_WRITE ? MSRKIT_DIAG_READ_ONLY_SOURCE : MSRKIT_DIAG_OTHER;
	case EIO:
		return io == MSRKIT_IO_WRITE ? MSRKIT_DIAG_WRITE_REFUSED : MSRKIT_DIAG_NOT_IMPLEMENTED;
	default:
		return MSRKIT_DIAG_OTHER;
	}
}

int msrkit_diagnose(const char *root, const char *backend, enum msrkit_io io, unsigned cpu, uint32_t address,
		    uint64_t write_mask, int err, struct msrkit_diagnosis *out)
{
	struct msrkit_diagnosis *d = out;
	enum msrkit_diag state;

	if (!d)
		return -EINVAL;
	memset(d, 0, sizeof(*d));
	d->err = err > 0 ? -err : err;
	d->io = io;
	d->cpu = cpu;
	d->address = address;
	d->msr_safe = backend && strcmp(backend, "msr-safe") == 0;
	d->live = !backend || d->msr_safe || strcmp(backend, "msr") == 0;
	snprintf(d->source, sizeof(d->source), "%s", backend ? backend : "msr");
	if (!d->live) {
		d->code = source_diag(d->err, io);
		return 0;
	}
	msrkit_lockdown_read(root, &d->lockdown);
	msrkit_allow_writes_read(root, &d->allow_writes);
	if (msrkit__path(d->node, sizeof(d->node), root, "/dev/cpu/%u/%s", cpu, d->msr_safe ? "msr_safe" : "msr"))
		d->node[0] = '\0';

	switch (-d->err) {
	case 0:
		d->code = MSRKIT_DIAG_OK;
		break;
	case ENOENT:
	case ENODEV:
	case ENXIO:
		/* Open: no node, or a stale node with no driver behind it
		 * (ENXIO, ENODEV). Read/write: ENXIO, the CPU went away. */
		state = cpu_state(root, cpu);
		if (state != MSRKIT_DIAG_OK)
			d->code = state;
		else if (io != MSRKIT_IO_OPEN)
			d->code = MSRKIT_DIAG_CPU_OFFLINE;
		else if (!module_loaded(root, d->msr_safe))
			d->code = MSRKIT_DIAG_DRIVER_NOT_LOADED;
		else if (d->err == -ENXIO)
			d->code = MSRKIT_DIAG_CPU_OFFLINE; /* the driver's own answer for an offline CPU */
		else
			d->code = MSRKIT_DIAG_NO_DEVICE_NODE;
		break;
	case EACCES:
	case EPERM:
		if (io == MSRKIT_IO_OPEN) {
			d->code = MSRKIT_DIAG_NO_PERMISSION;
			node_group(d->node, d->group, sizeof(d->group));
		} else if (d->msr_safe) {
			allowlist_diag(root, d, write_mask);
		} else if (io == MSRKIT_IO_WRITE && d->lockdown > MSRKIT_LOCKDOWN_NONE) {
			d->code = MSRKIT_DIAG_LOCKDOWN;
		} else if (io == MSRKIT_IO_WRITE && d->allow_writes == MSRKIT_ALLOW_WRITES_OFF) {
			d->code = MSRKIT_DIAG_WRITES_DISABLED;
		} else {
			d->code = MSRKIT_DIAG_NO_PERMISSION;
		}
		break;
	case EROFS:
		if (d->msr_safe)
			allowlist_diag(root, d, write_mask);
		else
			d->code = MSRKIT_DIAG_OTHER;
		break;
	case EIO:
		d->code = io == MSRKIT_IO_OPEN ? MSRKIT_DIAG_NO_MSR_SUPPORT
			  : io == MSRKIT_IO_READ ? MSRKIT_DIAG_NOT_IMPLEMENTED
						 : MSRKIT_DIAG_WRITE_REFUSED;
		break;
	case EBADF:
		d->code = io == MSRKIT_IO_WRITE ? MSRKIT_DIAG_NOT_OPEN_FOR_WRITE : MSRKIT_DIAG_OTHER;
		break;
	default:
		d->code = MSRKIT_DIAG_OTHER;
		break;
	}
	return 0;
}

const char *msrkit_diag_name(enum msrkit_diag d)
{
	switch (d) {
	case MSRKIT_DIAG_OK: return "ok";
	case MSRKIT_DIAG_DRIVER_NOT_LOADED: return "driver-not-loaded";
	case MSRKIT_DIAG_NO_DEVICE_NODE: return "no-device-node";
	case MSRKIT_DIAG_NO_PERMISSION: return "no-permission";
	case MSRKIT_DIAG_LOCKDOWN: return "lockdown";
	case MSRKIT_DIAG_WRITES_DISABLED: return "writes-disabled";
	case MSRKIT_DIAG_NOT_IMPLEMENTED: return "not-implemented";
	case MSRKIT_DIAG_WRITE_REFUSED: return "write-refused";
	case MSRKIT_DIAG_NO_MSR_SUPPORT: return "no-msr-support";
	case MSRKIT_DIAG_CPU_OFFLINE: return "cpu-offline";
	case MSRKIT_DIAG_NO_SUCH_CPU: return "no-such-cpu";
	case MSRKIT_DIAG_NOT_IN_ALLOWLIST: return "not-in-allowlist";
	case MSRKIT_DIAG_ALLOWLIST_READ_ONLY: return "allowlist-read-only";
	case MSRKIT_DIAG_NOT_OPEN_FOR_WRITE: return "not-open-for-write";
	case MSRKIT_DIAG_NOT_CAPTURED: return "not-captured";
	case MSRKIT_DIAG_READ_ONLY_SOURCE: return "read-only-source";
	case MSRKIT_DIAG_OTHER: return "other";
	}
	return "other";
}

/* snprintf that appends at *used and keeps counting past len. */
static void put(char *buf, size_t len, size_t *used, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static void put(char *buf, size_t len, size_t *used, const char *fmt, ...)
{
	va_list ap;
	int k;

	va_start(ap, fmt);
	k = vsnprintf(*used < len ? buf + *used : NULL, *used < len ? len - *used : 0, fmt, ap);
	va_end(ap);
	if (k > 0)
		*used += (size_t)k;
}

static const char *io_verb(enum msrkit_io io)
{
	return io == MSRKIT_IO_OPEN ? "opening" : io == MSRKIT_IO_READ ? "reading" : "writing";
}

static const char *lockdown_name(enum msrkit_lockdown l)
{
	return l == MSRKIT_LOCKDOWN_CONFIDENTIALITY ? "confidentiality" : "integrity";
}

size_t msrkit_diag_format(const struct msrkit_diagnosis *d, char *buf, size_t len)
{
	char line[64];
	size_t n = 0;
	const char *drv = d->msr_safe ? "msr-safe" : "msr";

	if (len)
		buf[0] = '\0';
	switch (d->code) {
	case MSRKIT_DIAG_OK:
		put(buf, len, &n, "No error.");
		break;
	case MSRKIT_DIAG_DRIVER_NOT_LOADED:
		if (d->msr_safe)
			put(buf, len, &n,
			    "The msr-safe driver is not loaded (%s does not exist). msr-safe is a separate kernel "
			    "module (https://github.com/LLNL/msr-safe): build it and load it with `insmod msr-safe.ko` "
			    "as root, or use the kernel's own driver: `modprobe msr`.",
			    d->node);
		else
			put(buf, len, &n,
			    "The msr driver is not loaded (%s does not exist). Load it as root with `modprobe msr`; "
			    "to load it at every boot: `echo msr > /etc/modules-load.d/msr.conf`.",
			    d->node);
		break;
	case MSRKIT_DIAG_NO_DEVICE_NODE:
		put(buf, len, &n,
		    "The %s driver is loaded and CPU %u is online, but %s does not exist: /dev is not a devtmpfs, "
		    "or this is a container without the host's /dev/cpu. Pass the devices in (docker run --device "
		    "/dev/cpu ..., or mount devtmpfs on /dev)",
		    drv, d->cpu, d->node);
		if (!d->msr_safe)
			put(buf, len, &n, ", or create the node: `mkdir -p /dev/cpu/%u && mknod /dev/cpu/%u/msr c 202 %u`",
			    d->cpu, d->cpu, d->cpu);
		put(buf, len, &n, ".");
		break;
	case MSRKIT_DIAG_NO_PERMISSION:
		if (d->msr_safe) {
			put(buf, len, &n, "Permission denied %s %s (%s). msr-safe grants access by group: ", io_verb(d->io),
			    d->node, strerror(-d->err));
			if (d->group[0])
				put(buf, len, &n, "add your user to group '%s' (`usermod -aG %s $USER`, then log in again)",
				    d->group, d->group);
			else
				put(buf, len, &n, "ask the administrator for the group that owns /dev/cpu/*/msr_safe");
			put(buf, len, &n, ", or run as root.");
		} else if (d->err == -EPERM) {
			put(buf, len, &n,
			    "Permission denied %s %s (EPERM): the msr driver requires the CAP_SYS_RAWIO capability, "
			    "which this process lacks. Run as root (sudo); in a container, add the capability "
			    "(docker run --cap-add SYS_RAWIO); without root, msr-safe can grant access by group.",
			    io_verb(d->io), d->node);
		} else {
			put(buf, len, &n,
			    "Permission denied %s %s (%s): the msr driver is for root only (it also needs "
			    "CAP_SYS_RAWIO). Run as root (sudo); without root, msr-safe can grant access by group.",
			    io_verb(d->io), d->node, strerror(-d->err));
		}
		break;
	case MSRKIT_DIAG_LOCKDOWN:
		put(buf, len, &n,
		    "The kernel is locked down (lockdown=%s, normally because Secure Boot is on): the msr driver "
		    "refuses every write with EPERM, even for root. Reading still works. To write MSRs, turn "
		    "Secure Boot off in the firmware setup; a running kernel cannot leave lockdown.",
		    lockdown_name(d->lockdown));
		break;
	case MSRKIT_DIAG_WRITES_DISABLED:
		put(buf, len, &n,
		    "Writes through the msr driver are disabled (msr.allow_writes=off), so it refuses them with "
		    "EPERM. Enable them as root with `echo on > /sys/module/msr/parameters/allow_writes`, or boot "
		    "with msr.allow_writes=on. Every MSR write taints the kernel.");
		break;
	case MSRKIT_DIAG_NOT_IMPLEMENTED:
		put(buf, len, &n,
		    "RDMSR 0x%X faulted on CPU %u (EIO, a general-protection fault%s): the register is not "
		    "implemented on this CPU, or not visible in this virtual machine. Check that it applies to "
		    "this CPU model.",
		    (unsigned)d->address, d->cpu, d->live ? "" : ", as recorded");
		break;
	case MSRKIT_DIAG_WRITE_REFUSED:
		put(buf, len, &n,
		    "CPU %u raised a general-protection fault on WRMSR 0x%X (EIO) and kept the old value: the "
		    "value sets reserved bits or is invalid for the register, the register is locked (for example "
		    "IA32_FEATURE_CONTROL once its LOCK bit is set) or read-only, or it is not implemented.",
		    d->cpu, (unsigned)d->address);
		break;
	case MSRKIT_DIAG_NO_MSR_SUPPORT:
		put(buf, len, &n, "CPU %u has no model-specific registers (CPUID.01H:EDX.MSR[bit 5] is 0); the %s "
				  "driver refuses to open it (EIO).",
		    d->cpu, drv);
		break;
	case MSRKIT_DIAG_CPU_OFFLINE:
		put(buf, len, &n,
		    "CPU %u is offline (%s). Bring it online as root with `echo 1 > "
		    "/sys/devices/system/cpu/cpu%u/online`, or leave it out of the CPU list.",
		    d->cpu, strerror(-d->err), d->cpu);
		break;
	case MSRKIT_DIAG_NO_SUCH_CPU:
		if (d->live)
			put(buf, len, &n, "There is no CPU %u on this machine; /sys/devices/system/cpu/present lists "
					  "the CPUs.",
			    d->cpu);
		else
			put(buf, len, &n, "The %s has no CPU %u; choose one of its CPUs.", d->source, d->cpu);
		break;
	case MSRKIT_DIAG_NOT_CAPTURED:
		put(buf, len, &n,
		    "The %s holds no value of MSR 0x%X for CPU %u: it was not captured. Read the register on the "
		    "live machine, or capture it into the snapshot.",
		    d->source, (unsigned)d->address, d->cpu);
		break;
	case MSRKIT_DIAG_READ_ONLY_SOURCE:
		put(buf, len, &n, "The %s is a recording and cannot be written; write on the live machine instead.",
		    d->source);
		break;
	case MSRKIT_DIAG_NOT_IN_ALLOWLIST:
	case MSRKIT_DIAG_ALLOWLIST_READ_ONLY:
		msrkit_allowlist_format_line(d->address, d->write_mask, line, sizeof(line));
		if (d->code == MSRKIT_DIAG_NOT_IN_ALLOWLIST)
			put(buf, len, &n, "msr-safe refused %s MSR 0x%X (%s): the register is not in the msr-safe "
					  "allowlist%s. ",
			    io_verb(d->io), (unsigned)d->address, strerror(-d->err),
			    d->allowlist_known || d->io == MSRKIT_IO_READ ? "" : " or is read-only there");
		else
			put(buf, len, &n, "msr-safe refused writing MSR 0x%X (%s): the allowlist lets it be read but not "
					  "written (write mask 0). ",
			    (unsigned)d->address, strerror(-d->err));
		put(buf, len, &n,
		    "An administrator can allow it with the line `%s` in the allowlist (writing "
		    "/dev/cpu/msr_allowlist replaces the whole list: `cat /dev/cpu/msr_allowlist > list`, add or "
		    "replace the line, then `cat list > /dev/cpu/msr_allowlist`).",
		    line);
		break;
	case MSRKIT_DIAG_NOT_OPEN_FOR_WRITE:
		put(buf, len, &n,
		    "Writing CPU %u failed with EBADF: the device was opened read-only. Open the backend for "
		    "writing (MSRKIT_OPEN_WRITE).",
		    d->cpu);
		break;
	case MSRKIT_DIAG_OTHER:
		if (d->io == MSRKIT_IO_OPEN)
			put(buf, len, &n, "Opening %s failed: %s.", d->node, strerror(-d->err));
		else
			put(buf, len, &n, "%s MSR 0x%X on CPU %u failed: %s.", d->io == MSRKIT_IO_READ ? "Reading" : "Writing",
			    (unsigned)d->address, d->cpu, strerror(-d->err));
		break;
	}
	return n;
}
