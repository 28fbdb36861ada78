/* SPDX-License-Identifier: MIT */
/*
 * Hosted access layer: where register values come from. A backend answers
 * RDMSR/WRMSR/CPUID for logical CPUs: the Linux msr driver, msr-safe, a
 * snapshot file, or an in-memory table for tests. Every function returns 0 or
 * a negative errno and never prints or exits; errno values keep the driver's
 * meaning (EIO: the CPU raised #GP, the MSR is not implemented or the value was
 * refused; ENXIO: no such CPU or CPU offline; EPERM/EACCES: no CAP_SYS_RAWIO,
 * lockdown, or writes disabled; ENOENT: the register is not in a snapshot;
 * ENODATA: CPUID leaf not captured).
 */
#ifndef MSRKIT_ACCESS_H
#define MSRKIT_ACCESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "cpu.h"

/* A set of logical CPU numbers (0 .. MSRKIT_CPUSET_MAX-1). */
#define MSRKIT_CPUSET_MAX 8192
struct msrkit_cpuset {
	uint64_t bits[MSRKIT_CPUSET_MAX / 64];
};

void msrkit_cpuset_clear(struct msrkit_cpuset *s);
void msrkit_cpuset_add(struct msrkit_cpuset *s, unsigned cpu);
bool msrkit_cpuset_has(const struct msrkit_cpuset *s, unsigned cpu);
unsigned msrkit_cpuset_count(const struct msrkit_cpuset *s);
/* Next CPU >= from in the set, or -1. Iterates in numeric order. */
int msrkit_cpuset_next(const struct msrkit_cpuset *s, unsigned from);
/*
 * Parses a Linux CPU list ("0-3,8,10-11", as in /sys/devices/system/cpu/online;
 * a trailing newline is accepted). Returns 0 or -EINVAL (syntax, reversed
 * range) or -ERANGE (CPU >= MSRKIT_CPUSET_MAX); *bad_pos (may be NULL) gets
 * the offset of the first bad character.
 */
int msrkit_cpuset_parse(const char *text, struct msrkit_cpuset *out, size_t *bad_pos);
/* Formats as a compact list ("0-3,8"); snprintf semantics. */
size_t msrkit_cpuset_format(const struct msrkit_cpuset *s, char *buf, size_t len);

/* One operation of a batch: many registers on many CPUs in one call. */
struct msrkit_op {
	unsigned cpu;
	uint32_t address;
	uint64_t value; /* read: out; write: in */
	int err;        /* out: 0 or negative errno for this operation alone */
};

struct msrkit_backend;

struct msrkit_backend_ops {
	const char *name; /* "msr", "msr-safe", "snapshot", "memory" */
	int (*read)(struct msrkit_backend *b, unsigned cpu, uint32_t address, uint64_t *value);
	int (*write)(struct msrkit_backend *b, unsigned cpu, uint32_t address, uint64_t value);
	/* Many reads (write = false) or writes at once; fills ops[i].err. Returns
	 * 0 when the batch ran (individual errors in ops), negative errno when it
	 * could not run at all. NULL: the generic loop over read/write is used. */
	int (*batch)(struct msrkit_backend *b, struct msrkit_op *ops, size_t n, bool write);
	/* CPUID leaf/subleaf on cpu into out[EAX, EBX, ECX, EDX]. */
	int (*cpuid)(struct msrkit_backend *b, unsigned cpu, uint32_t leaf, uint32_t subleaf, uint32_t out[4]);
	/* The CPUs this backend can address. */
	int (*cpus)(struct msrkit_backend *b, struct msrkit_cpuset *out);
	void (*close)(struct msrkit_backend *b);
};

struct msrkit_backend {
	const struct msrkit_backend_ops *ops;
	void *priv;
};

/* ------------------------------------------------------------------------
 * Filesystem root. Every function that touches /dev or /sys has an _at form
 * taking root, a directory prefixed to every absolute path ("/tmp/t" makes
 * /dev/cpu/0/msr "/tmp/t/dev/cpu/0/msr"); NULL or "" is the real root. Tests
 * build fake trees; the VM test uses the real one.
 * ---------------------------------------------------------------------- */

/*
 * The online CPUs, from /sys/devices/system/cpu/online. Returns 0, -errno
 * when the file cannot be read, or -EINVAL when its content does not parse.
 */
int msrkit_cpuset_online(struct msrkit_cpuset *out);
int msrkit_cpuset_online_at(const char *root, struct msrkit_cpuset *out);
/* Reads any file holding a CPU list (sysfs "online", "present", "offline", ...); an
 * empty file or a lone newline is the empty set. */
int msrkit_cpuset_read(const char *path, struct msrkit_cpuset *out);

/* ------------------------------------------------------------------------
 * Backend calls. These dispatch through b->ops; batch falls back to a loop
 * over read/write when the backend has no batch operation.
 * ---------------------------------------------------------------------- */

/* Flags of the device backends' open functions. */
#define MSRKIT_OPEN_WRITE  (1u << 0) /* open the nodes read-write (else read-only: writes give -EBADF) */
#define MSRKIT_OPEN_SERIAL (1u << 1) /* run batches in the calling thread, unpinned (comparisons, benchmarks) */

/* One RDMSR/WRMSR: 0 or the backend's -errno; *value is untouched on failure.
 * Writing to a backend without a write operation gives -EROFS. */
int msrkit_backend_read(struct msrkit_backend *b, unsigned cpu, uint32_t address, uint64_t *value);
int msrkit_backend_write(struct msrkit_backend *b, unsigned cpu, uint32_t address, uint64_t value);
/*
 * Runs n reads (write = false) or writes. Each ops[i].err gets 0 or -errno;
 * returns 0 when the batch ran (even if every operation failed), -EINVAL for
 * a NULL ops with n > 0, or the backend's error when it could not run at all.
 */
int msrkit_backend_batch(struct msrkit_backend *b, struct msrkit_op *ops, size_t n, bool write);
/* CPUID on cpu; -ENOTSUP when the backend has no CPUID information. */
int msrkit_backend_cpuid(struct msrkit_backend *b, unsigned cpu, uint32_t leaf, uint32_t subleaf, uint32_t out[4]);
int msrkit_backend_cpus(struct msrkit_backend *b, struct msrkit_cpuset *out);
/* Closes the backend and frees what its open function allocated; b->ops becomes NULL. Safe on a closed backend. */
void msrkit_backend_close(struct msrkit_backend *b);
/* The backend's name ("msr", "msr-safe", "memory", ...), or "none" when closed. */
const char *msrkit_backend_name(const struct msrkit_backend *b);

/* Counters of the device backends' pinned batch threads, since open. */
struct msrkit_batch_stats {
	unsigned long batches;       /* batch calls that ran */
	unsigned long threads;       /* pinned worker threads started (one per CPU, kept until close) */
	unsigned long cpus_pinned;   /* per-CPU groups run on a thread pinned to that CPU */
	unsigned long cpus_unpinned; /* groups run unpinned: pinning refused (or one per MSRKIT_OPEN_SERIAL batch) */
};
/* Fills *out for an "msr" or "msr-safe" backend; -ENOTSUP for others. */
int msrkit_backend_batch_stats(struct msrkit_backend *b, struct msrkit_batch_stats *out);

/* ------------------------------------------------------------------------
 * Linux msr driver: /dev/cpu/N/msr, 8-byte pread/pwrite at offset = address.
 * ---------------------------------------------------------------------- */

/*
 * Opens the node of every CPU in cpus (NULL: the online CPUs, or when sysfs
 * cannot be read, every CPU with a node) and keeps them open until close.
 * Nodes are opened read-only unless flags has MSRKIT_OPEN_WRITE. Fails as a
 * whole: returns 0, or the first open's -errno (ENOENT: no node; EACCES,
 * EPERM: no permission; ENXIO: CPU offline or driver absent; EIO: CPU without
 * MSRs) with *bad_cpu (may be NULL) set to that CPU, and nothing left open.
 * Single reads and writes run in the calling thread. A batch groups its
 * operations by CPU and runs each group on a worker thread pinned to that
 * CPU, so the kernel needs no cross-call; groups run in parallel. Workers
 * are started by the first batch that needs them and stay parked until
 * close (a child process after fork() starts its own). When a CPU refuses a
 * pinned thread its group runs in the calling thread, unpinned. A short transfer is reported as -EIO; every
 * other error is the driver's -errno, unchanged.
 */
int msrkit_backend_msr_open(struct msrkit_backend *b, const struct msrkit_cpuset *cpus, unsigned flags);
int msrkit_backend_msr_open_at(struct msrkit_backend *b, const char *root, const struct msrkit_cpuset *cpus,
			       unsigned flags, unsigned *bad_cpu);

/* ------------------------------------------------------------------------
 * msr-safe (LLNL): /dev/cpu/N/msr_safe, batches through the ioctl on
 * /dev/cpu/msr_batch, access limited by /dev/cpu/msr_allowlist. Errors:
 * EACCES: the register is not in the allowlist (or, on write, its write mask
 * is 0); EROFS: batch write to a register whose write mask is 0. Writes only
 * change the bits of the allowlist's write mask; the kernel keeps the others.
 * ---------------------------------------------------------------------- */

/*
 * Opens /dev/cpu/N/msr_safe for every CPU (as msrkit_backend_msr_open does)
 * and /dev/cpu/msr_batch when it can (without it, batches run on pinned
 * threads over the per-CPU nodes). Same return values.
 */
int msrkit_backend_msr_safe_open(struct msrkit_backend *b, const struct msrkit_cpuset *cpus, unsigned flags);
int msrkit_backend_msr_safe_open_at(struct msrkit_backend *b, const char *root, const struct msrkit_cpuset *cpus,
				    unsigned flags, unsigned *bad_cpu);

/* A position in a text input, for error messages. */
struct msrkit_text_error {
	size_t line;     /* 1-based */
	size_t column;   /* 1-based */
	const char *msg; /* static text: what was expected */
};

struct msrkit_allowlist_entry {
	uint32_t address;
	uint64_t write_mask; /* bits that may be written; 0 = read-only */
};

/* A parsed allowlist; entries are allocated, free with msrkit_allowlist_free. */
struct msrkit_allowlist {
	struct msrkit_allowlist_entry *entries; /* sorted by address */
	size_t n;
};

/*
 * Parses allowlist text: lines "0xADDR 0xWRITEMASK", optionally followed by
 * a "#" comment; blank and "#" lines are skipped. Returns 0, -EINVAL with
 * *err (may be NULL) set (bad number, missing mask, trailing text, address
 * beyond 32 bits, duplicate address), or -ENOMEM.
 */
int msrkit_allowlist_parse(const char *text, size_t len, struct msrkit_allowlist *out, struct msrkit_text_error *err);
/*
 * Reads /dev/cpu/msr_allowlist, or /dev/cpu/msr_whitelist (msr-safe before
 * 1.5) when the first is absent. Returns 0 or -errno (ENOENT: neither exists;
 * EACCES: readable by the allowlist administrators only) or a parse error.
 */
int msrkit_allowlist_load(const char *root, struct msrkit_allowlist *out, struct msrkit_text_error *err);
/* The entry for address, or NULL. */
const struct msrkit_allowlist_entry *msrkit_allowlist_find(const struct msrkit_allowlist *al, uint32_t address);
void msrkit_allowlist_free(struct msrkit_allowlist *al);
/* The allowlist line granting address with write_mask: "0x000001A0 0x0000000000000000". snprintf semantics. */
size_t msrkit_allowlist_format_line(uint32_t address, uint64_t write_mask, char *buf, size_t len);

/* ------------------------------------------------------------------------
 * Choosing a backend.
 * ---------------------------------------------------------------------- */

#define MSRKIT_OPEN_CANDIDATES 2

/* Why a candidate backend was or was not chosen. */
struct msrkit_open_attempt {
	const char *backend; /* "msr", "msr-safe" */
	bool tried;
	int err;             /* 0: opened; else the -errno that rejected it */
	unsigned cpu;        /* CPU whose node failed, when err comes from an open */
	bool policy;         /* err (-EPERM) comes from the write policy (lockdown, msr.allow_writes), not an open */
};

struct msrkit_open_report {
	struct msrkit_open_attempt attempt[MSRKIT_OPEN_CANDIDATES];
	size_t n;            /* attempts filled, in the order tried */
	const char *chosen;  /* name of the backend opened, or NULL */
};

/*
 * Opens a device backend. name NULL or "auto": the stock driver ("msr") when
 * usable, else msr-safe; "msr" or "msr-safe": only that one; anything else:
 * -EINVAL. With MSRKIT_OPEN_WRITE the stock driver counts as unusable when
 * writes are blocked (kernel lockdown, msr.allow_writes=off: -EPERM with
 * .policy set), since msr-safe may still allow them. *report (may be NULL)
 * says what happened to each candidate. Returns 0, or the error of the most
 * telling candidate: the first one whose error is not -ENOENT (not
 * installed), else -ENOENT.
 */
int msrkit_backend_open_auto(struct msrkit_backend *b, const char *name, const char *root,
			     const struct msrkit_cpuset *cpus, unsigned flags, struct msrkit_open_report *report);

/* ------------------------------------------------------------------------
 * Diagnosis: what an errno from a device backend means on this machine.
 * ---------------------------------------------------------------------- */

enum msrkit_lockdown {
	MSRKIT_LOCKDOWN_UNKNOWN = -1, /* no /sys/kernel/security/lockdown (no securityfs or LSM) */
	MSRKIT_LOCKDOWN_NONE = 0,
	MSRKIT_LOCKDOWN_INTEGRITY,
	MSRKIT_LOCKDOWN_CONFIDENTIALITY,
};

/* /sys/module/msr/parameters/allow_writes */
enum msrkit_allow_writes {
	MSRKIT_ALLOW_WRITES_UNKNOWN = -1, /* driver not loaded, or a kernel before 5.9 (no filter) */
	MSRKIT_ALLOW_WRITES_OFF = 0,      /* writes fail with EPERM */
	MSRKIT_ALLOW_WRITES_ON,           /* allowed; still taints the kernel */
	MSRKIT_ALLOW_WRITES_DEFAULT,      /* allowed with a kernel log warning; taints the kernel */
};

/* Reads the selected mode ("none [integrity] confidentiality"). Returns 0
 * (UNKNOWN when the file is absent), or -EINVAL for unparsable content. */
int msrkit_lockdown_read(const char *root, enum msrkit_lockdown *out);
/* Reads allow_writes. Returns 0 (UNKNOWN when absent) or -EINVAL. */
int msrkit_allow_writes_read(const char *root, enum msrkit_allow_writes *out);

/* What the stock driver will do with a write, before trying one. */
struct msrkit_write_policy {
	enum msrkit_lockdown lockdown;
	enum msrkit_allow_writes allow_writes;
	bool blocked; /* lockdown active or allow_writes=off: every write fails with EPERM */
	bool taints;  /* writes succeed and taint the kernel (TAINT_CPU_OUT_OF_SPEC) */
};
int msrkit_write_policy_read(const char *root, struct msrkit_write_policy *out);

/* The operation that failed. */
enum msrkit_io {
	MSRKIT_IO_OPEN = 0,
	MSRKIT_IO_READ,
	MSRKIT_IO_WRITE,
};

enum msrkit_diag {
	MSRKIT_DIAG_OK = 0,            /* err was 0 */
	MSRKIT_DIAG_DRIVER_NOT_LOADED, /* no node, no module: "modprobe msr" (msr-safe: load msr-safe) */
	MSRKIT_DIAG_NO_DEVICE_NODE,    /* driver loaded, CPU online, node missing: devtmpfs, container without /dev/cpu */
	MSRKIT_DIAG_NO_PERMISSION,     /* EACCES/EPERM on open: root or CAP_SYS_RAWIO; msr-safe: the node's group */
	MSRKIT_DIAG_LOCKDOWN,          /* EPERM on write with kernel lockdown active (Secure Boot) */
	MSRKIT_DIAG_WRITES_DISABLED,   /* EPERM on write with msr.allow_writes=off */
	MSRKIT_DIAG_NOT_IMPLEMENTED,   /* EIO on read: RDMSR raised #GP */
	MSRKIT_DIAG_WRITE_REFUSED,     /* EIO on write: WRMSR raised #GP (reserved bits, lock, bad value, absent) */
	MSRKIT_DIAG_NO_MSR_SUPPORT,    /* EIO on open: the CPU has no MSRs */
	MSRKIT_DIAG_CPU_OFFLINE,       /* ENXIO, or no node for a present CPU that is offline */
	MSRKIT_DIAG_NO_SUCH_CPU,       /* the CPU does not exist */
	MSRKIT_DIAG_NOT_IN_ALLOWLIST,  /* msr-safe EACCES: address absent from the allowlist */
	MSRKIT_DIAG_ALLOWLIST_READ_ONLY, /* msr-safe EACCES/EROFS on write: write mask is 0 */
	MSRKIT_DIAG_NOT_OPEN_FOR_WRITE,  /* EBADF on write: the backend was opened read-only */
	MSRKIT_DIAG_NOT_CAPTURED,      /* snapshot/memory source: ENOENT/ENODATA, the value was not recorded */
	MSRKIT_DIAG_READ_ONLY_SOURCE,  /* snapshot source: EROFS on write */
	MSRKIT_DIAG_OTHER,             /* anything else: report the errno */
};

struct msrkit_diagnosis {
	enum msrkit_diag code;
	int err;                   /* the negative errno diagnosed */
	enum msrkit_io io;
	bool live;                 /* a device backend ("msr", "msr-safe"): the machine was examined */
	bool msr_safe;             /* the backend was msr-safe */
	char source[24];           /* the backend's name */
	unsigned cpu;
	uint32_t address;
	uint64_t write_mask;       /* allowlist diagnoses: the write mask the needed line has */
	bool allowlist_known;      /* the allowlist could be read */
	enum msrkit_lockdown lockdown;
	enum msrkit_allow_writes allow_writes;
	char node[256];            /* device node concerned (with root), "" if none */
	char group[64];            /* group owning the node (NO_PERMISSION), "" if unknown */
};

/*
 * Explains err (negative errno, as returned by a backend) from operation io
 * on cpu/address, looking at the machine under root: the driver module, the
 * device node, CPU presence, lockdown, allow_writes and the msr-safe
 * allowlist. backend is the backend's name ("msr", "msr-safe"; NULL = "msr");
 * for any other source (a snapshot, the memory backend) the machine is not
 * examined and the errno is read with that source's meaning (ENOENT: not
 * captured; EROFS: cannot be written).
 * write_mask: for msr-safe writes, the bits the write changes (the allowlist
 * line to suggest); reads suggest 0. Fills *out and returns 0; -EINVAL for a
 * NULL out.
 */
int msrkit_diagnose(const char *root, const char *backend, enum msrkit_io io, unsigned cpu, uint32_t address,
		    uint64_t write_mask, int err, struct msrkit_diagnosis *out);
/* Short stable identifier ("driver-not-loaded", ...). */
const char *msrkit_diag_name(enum msrkit_diag d);
/* One paragraph: what happened and what to do (the command to run, the line
 * to add). snprintf semantics. */
size_t msrkit_diag_format(const struct msrkit_diagnosis *d, char *buf, size_t len);

/* ------------------------------------------------------------------------
 * CPUID, by instruction, on a chosen CPU.
 * ---------------------------------------------------------------------- */

/* CPUID on whatever CPU the caller runs on. -ENOTSUP on non-x86 builds. */
int msrkit_cpuid_local(uint32_t leaf, uint32_t subleaf, uint32_t out[4]);
/*
 * CPUID on cpu: runs the instruction on a short-lived thread pinned to cpu
 * (the caller's affinity is untouched). Returns 0, or -errno when the thread
 * cannot be pinned there (EINVAL: CPU offline, absent or outside the
 * process's allowed CPUs), since an unpinned answer could be another CPU's.
 */
int msrkit_cpuid_on(unsigned cpu, uint32_t leaf, uint32_t subleaf, uint32_t out[4]);

/* Binds a struct msrkit_cpu to a backend's CPU; caller storage that must
 * outlive the msrkit_cpu. Caches CPUID answers (they do not change). */
#define MSRKIT_CPUID_CACHE 24
struct msrkit_cpu_source {
	struct msrkit_backend *backend;
	unsigned cpu;
	unsigned ncached;
	unsigned next; /* next cache slot to replace */
	struct {
		uint32_t leaf, subleaf;
		uint32_t regs[4];
		bool ok;
	} cache[MSRKIT_CPUID_CACHE];
};

/*
 * Sets out->cpuid and out->rdmsr to go through backend b for CPU cpu (via
 * *src) and identifies it with msrkit_cpu_identify(). Returns 0, or -ENODATA
 * when the CPU could not be identified (no CPUID leaf 0); *out is usable
 * either way (callbacks set, identity fields 0).
 */
int msrkit_cpu_bind(struct msrkit_cpu *out, struct msrkit_cpu_source *src, struct msrkit_backend *b, unsigned cpu);

/* ------------------------------------------------------------------------
 * In-memory backend, for tests and self-tests: per-CPU registers and CPUID
 * leaves, injected faults, and a log of every write. Not thread-safe.
 * Reading or writing a register that was never set gives -EIO (as #GP would);
 * a CPU outside the set given at open gives -ENXIO.
 * ---------------------------------------------------------------------- */

#define MSRKIT_MEM_ANY_CPU UINT32_MAX

/* Opens an empty memory backend for the CPUs in cpus. 0 or -ENOMEM/-EINVAL. */
int msrkit_backend_mem_open(struct msrkit_backend *b, const struct msrkit_cpuset *cpus);
/* Defines (or overwrites) a register; cpu may be MSRKIT_MEM_ANY_CPU (every CPU of the set). No fault, no log. */
int msrkit_mem_set(struct msrkit_backend *b, unsigned cpu, uint32_t address, uint64_t value);
/* The stored value, bypassing faults and the log; -ENOENT when undefined. */
int msrkit_mem_get(struct msrkit_backend *b, unsigned cpu, uint32_t address, uint64_t *value);
/* Bits a write can change (default all): a write stores (value & mask) | (old & ~mask), like hardware ignoring bits. */
int msrkit_mem_set_writable(struct msrkit_backend *b, unsigned cpu, uint32_t address, uint64_t mask);
/* Defines a CPUID leaf/subleaf (regs = EAX, EBX, ECX, EDX); cpu may be MSRKIT_MEM_ANY_CPU. Unset leaves give -ENODATA. */
int msrkit_mem_set_cpuid(struct msrkit_backend *b, unsigned cpu, uint32_t leaf, uint32_t subleaf, const uint32_t regs[4]);

#define MSRKIT_MEM_FAULT_READ  (1u << 0)
#define MSRKIT_MEM_FAULT_WRITE (1u << 1)
#define MSRKIT_MEM_FAULT_CPUID (1u << 2)

/* An injected fault: matching operations fail. */
struct msrkit_mem_fault {
	unsigned cpu;       /* or MSRKIT_MEM_ANY_CPU */
	uint32_t address;   /* ignored when any_address (and for CPUID) */
	bool any_address;
	unsigned on;        /* MSRKIT_MEM_FAULT_* bits */
	int err;            /* negative errno returned (-EIO, -ENXIO, -EPERM, ...) */
	bool short_io;      /* instead of err: transfer 4 of 8 bytes (reported as -EIO, as the device backends do) */
	unsigned skip;      /* matching operations that succeed before the fault fires */
	unsigned times;     /* how often it fires, 0 = every time after skip */
};
/* Adds a fault (at most 64); the first matching active fault wins. 0, -EINVAL or -ENOSPC. */
int msrkit_mem_add_fault(struct msrkit_backend *b, const struct msrkit_mem_fault *f);
void msrkit_mem_clear_faults(struct msrkit_backend *b);

/* One write the backend was asked to do, in order, failed ones included. */
struct msrkit_mem_write {
	unsigned cpu;
	uint32_t address;
	uint64_t value; /* as requested */
	int err;        /* what the write returned */
};
/* The write log; *log (may be NULL) points into the backend, valid until the next write or clear. Returns the count. */
size_t msrkit_mem_write_log(struct msrkit_backend *b, const struct msrkit_mem_write **log);
void msrkit_mem_clear_log(struct msrkit_backend *b);
/* Reads attempted through the backend, failed ones included. */
unsigned long msrkit_mem_read_count(struct msrkit_backend *b);

/* ------------------------------------------------------------------------
 * Safe multi-CPU writes: read all, write CPU by CPU, verify, and on any
 * failure restore every CPU already written. Mechanism only: whether a
 * register or field may be written is the caller's decision.
 * ---------------------------------------------------------------------- */

/* Final state of one (CPU, register). */
enum msrkit_txn_state {
	MSRKIT_TXN_UNTOUCHED = 0,    /* never written (the transaction stopped before it) */
	MSRKIT_TXN_COMMITTED,        /* holds the new value, verified by reading back */
	MSRKIT_TXN_UNCHANGED,        /* the write failed; reading back confirmed the old value */
	MSRKIT_TXN_RESTORED,         /* was changed (or may have been), then restored and verified */
	MSRKIT_TXN_RESTORE_FAILED,   /* restoring failed or did not verify: the value may be neither old nor new */
};

/* Where something failed. */
enum msrkit_txn_stage {
	MSRKIT_TXN_STAGE_NONE = 0,
	MSRKIT_TXN_STAGE_READ,    /* reading the old value */
	MSRKIT_TXN_STAGE_CHECK,   /* the old value was not the expected one */
	MSRKIT_TXN_STAGE_PLAN,    /* the plan callback stopped the transaction */
	MSRKIT_TXN_STAGE_WRITE,   /* the write itself */
	MSRKIT_TXN_STAGE_VERIFY,  /* reading back (err != 0) or a different value (err == 0) */
};

/* One (CPU, register) of a transaction: inputs, then what happened. */
struct msrkit_txn_item {
	/* in */
	unsigned cpu;
	uint32_t address;
	uint64_t mask;         /* bits to change: ~0 writes the whole register, a field mask does read-modify-write */
	uint64_t value;        /* new bits (bits outside mask are ignored) */
	uint64_t verify_mask;  /* bits compared when reading back; 0 = mask */
	bool check_current;    /* fail before writing anything unless old == expected */
	uint64_t expected;
	/* out */
	enum msrkit_txn_state state;
	enum msrkit_txn_stage failed_stage; /* NONE, or the stage that failed on this item */
	int err;               /* that stage's -errno; 0 for a value mismatch */
	bool has_old;
	uint64_t old_value;
	uint64_t new_value;    /* (old & ~mask) | (value & mask); valid with has_old */
	bool written;          /* the write call succeeded */
	bool has_readback;
	uint64_t readback;     /* read after the write */
	bool verified;
	bool restore_attempted;
	int restore_err;       /* -errno of the restore write or its read-back, 0 */
	bool has_final;
	uint64_t final_value;  /* read after restoring (or after a failed write) */
};

struct msrkit_txn_summary {
	size_t committed, unchanged, restored, restore_failed, untouched;
	size_t failed_item;    /* index of the item that failed first, SIZE_MAX if none */
	enum msrkit_txn_stage failed_stage;
	int failed_err;        /* its -errno, 0 for a mismatch or a plan refusal */
};

#define MSRKIT_TXN_SKIP_SAME (1u << 0) /* do not write items already holding the new value (they count as committed) */

struct msrkit_txn_opts {
	unsigned flags;
	/* Called after every old value is read and every new value computed,
	 * before the first write (show the plan, write a journal, dry run).
	 * Nonzero stops the transaction with nothing written (stage PLAN, err =
	 * the return value if negative). NULL: no callback. */
	int (*plan)(void *ctx, const struct msrkit_txn_item *items, size_t n);
	void *ctx;
};

/*
 * Runs a transaction over items, in array order: (a) reads every old value
 * (a batch, so CPUs in parallel) and stops before writing if any read fails
 * or a check_current item does not hold its expected value; (b) computes the
 * new values; (c) calls opts->plan; (d) writes item by item, each followed by
 * a read-back compared under verify_mask; (e) on the first failure, restores
 * every item already written (and the failing one unless a read-back shows it
 * unchanged), last written first, by read-modify-write of its mask bits back
 * to the old value, each verified. Fills the out fields of every item and
 * *sum (may be NULL). Returns 0 when every item is committed; -ECANCELED when
 * it failed and every item holds its old value; -ENOTRECOVERABLE when a
 * restore failed (see items[].state); -EINVAL for bad arguments or the same
 * (cpu, address) twice, with nothing done.
 */
int msrkit_txn_run(struct msrkit_backend *b, struct msrkit_txn_item *items, size_t n,
		   const struct msrkit_txn_opts *opts, struct msrkit_txn_summary *sum);

/*
 * Writes value (under mask: ~0 for the whole register) to address on every
 * CPU of cpus, in numeric order, with msrkit_txn_run. items (cap entries,
 * at least the number of CPUs, else -ENOSPC with nothing done) receives the
 * per-CPU report. Same return values as msrkit_txn_run.
 */
int msrkit_write_txn(struct msrkit_backend *b, const struct msrkit_cpuset *cpus, uint32_t address, uint64_t mask,
		     uint64_t value, const struct msrkit_txn_opts *opts, struct msrkit_txn_item *items, size_t cap,
		     struct msrkit_txn_summary *sum);

/* ------------------------------------------------------------------------
 * Write journal: one line per (CPU, register) with the old and new value,
 * so a change can be undone later. Text:
 *   # msrkit-journal v1
 *   0 0x000001a0 0x0000000000850089 0x0000000000850088
 * (cpu in decimal, address, old, new in 0x hex; "#" lines are comments.)
 * ---------------------------------------------------------------------- */

#define MSRKIT_JOURNAL_HEADER "# msrkit-journal v1"

struct msrkit_journal_entry {
	unsigned cpu;
	uint32_t address;
	uint64_t old_value;
	uint64_t new_value;
};

/* Journal text for n entries, header included. snprintf semantics. */
size_t msrkit_journal_format(const struct msrkit_journal_entry *e, size_t n, char *buf, size_t len);
/*
 * Entries from transaction items: with committed_only, the items in state
 * COMMITTED (after the run); otherwise every item with an old value (the
 * plan, for a journal written before writing). out has room for n entries;
 * returns how many were stored.
 */
size_t msrkit_txn_journal(const struct msrkit_txn_item *items, size_t n, bool committed_only,
			  struct msrkit_journal_entry *out);
/*
 * Parses journal text strictly: the header line first, then data lines of
 * exactly four fields separated by spaces or tabs; CPU < MSRKIT_CPUSET_MAX,
 * address at most 8 hex digits, values at most 16; no (cpu, address) twice.
 * Stores up to cap entries in out and the total in *count. Returns 0,
 * -EINVAL with *err (may be NULL) set, or -ENOSPC when cap < *count.
 */
int msrkit_journal_parse(const char *text, size_t len, struct msrkit_journal_entry *out, size_t cap, size_t *count,
			 struct msrkit_text_error *err);
/*
 * Items undoing a journal: last entry first, each writing old_value to the
 * whole register, with check_current set and expected = new_value (so a
 * register changed since is not overwritten; clear check_current to force).
 * items has room for n entries; returns n.
 */
size_t msrkit_journal_undo_items(const struct msrkit_journal_entry *e, size_t n, struct msrkit_txn_item *items);

#endif /* MSRKIT_ACCESS_H */
