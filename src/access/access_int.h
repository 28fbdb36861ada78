/* SPDX-License-Identifier: MIT */
/*
 * Internal to src/access: path building under a root, per-CPU device nodes
 * (shared by the msr and msr-safe backends) and the pinned per-CPU workers.
 */
#ifndef MSRKIT_ACCESS_INT_H
#define MSRKIT_ACCESS_INT_H

#include <stdatomic.h>
#include <sys/types.h>

#include "msrkit/access.h"

/* Builds root + the formatted absolute path. 0 or -ENAMETOOLONG. */
int msrkit__path(char *buf, size_t len, const char *root, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* Reads a small text file whole (NUL-terminated, at most len - 1 bytes).
 * Returns the length or -errno. */
ssize_t msrkit__read_text(const char *path, char *buf, size_t len);

/* 0 when path exists (any type), else -errno from stat. */
int msrkit__exists(const char *path);

/*
 * The result of an 8-byte pread/pwrite: r is its return value, saved_errno
 * the errno right after it. 0 for a full transfer, -errno for a failure,
 * -EIO for a short transfer (the driver never does one; a file that is not
 * the device might).
 */
int msrkit__io_result(ssize_t r, int saved_errno);

/* Pins the calling thread to cpu. 0 or -errno. */
int msrkit__pin_self(unsigned cpu);

/* Atomic counters behind struct msrkit_batch_stats. */
struct msrkit__stats {
	atomic_ulong batches, threads, pinned, unpinned;
};
void msrkit__stats_get(struct msrkit__stats *s, struct msrkit_batch_stats *out);

/*
 * Long-lived worker threads, one per CPU, pinned once (cpu_workers.c).
 * msrkit__workers_run calls run(arg, i) for i in [0, n), share i on the
 * worker of cpus[i] (distinct CPUs) when that CPU allows a pinned thread,
 * else in the calling thread; it returns when every share has run. One batch
 * at a time per pool; threads stay parked until destroy. stats counts the
 * threads started and the shares run pinned and unpinned.
 */
struct msrkit__workers;
int msrkit__workers_create(struct msrkit__workers **out);
void msrkit__workers_destroy(struct msrkit__workers *pool);
void msrkit__workers_run(struct msrkit__workers *pool, size_t n, const unsigned *cpus,
			 void (*run)(void *arg, size_t i), void *arg, struct msrkit__stats *stats);

/*
 * Runs fn(ctx, &ops[i]) for every op, grouped by CPU: each group on the
 * pool's worker pinned to its CPU (in the calling thread, unpinned, when the
 * CPU refuses one), groups in parallel; or everything in the calling
 * thread, unpinned, when serial. *pool is created on first use. Returns 0
 * or -ENOMEM.
 */
int msrkit__run_per_cpu(struct msrkit__workers **pool, struct msrkit_op *ops, size_t n, bool serial,
			struct msrkit__stats *stats, void (*fn)(void *ctx, struct msrkit_op *op), void *ctx);

/* One open node per CPU: /dev/cpu/N/<name>. */
struct msrkit__nodes {
	struct msrkit_cpuset cpus; /* CPUs with an open fd */
	int *fd;                   /* MSRKIT_CPUSET_MAX entries, -1 when closed */
	unsigned flags;            /* MSRKIT_OPEN_* */
	struct msrkit__stats stats;
	struct msrkit__workers *workers; /* created by the first batch */
};

/* Opens the nodes (see msrkit_backend_msr_open_at for cpus == NULL and errors). */
int msrkit__nodes_open(struct msrkit__nodes *n, const char *root, const char *name, const struct msrkit_cpuset *cpus,
		       unsigned flags, unsigned *bad_cpu);
void msrkit__nodes_close(struct msrkit__nodes *n);
int msrkit__nodes_read(struct msrkit__nodes *n, unsigned cpu, uint32_t address, uint64_t *value);
int msrkit__nodes_write(struct msrkit__nodes *n, unsigned cpu, uint32_t address, uint64_t value);
/* A batch over the nodes on pinned threads. */
int msrkit__nodes_batch(struct msrkit__nodes *n, struct msrkit_op *ops, size_t count, bool write);

/* The device backends' operations; their priv starts with a struct msrkit__nodes. */
extern const struct msrkit_backend_ops msrkit__msr_ops;
extern const struct msrkit_backend_ops msrkit__msr_safe_ops;

/*
 * msr-safe's batch interface, as its msr_safe.h defines it. 'version' sits
 * where msr-safe before 2.0 had alignment padding, so one layout serves both;
 * 2.x rejects a different major version with ENOPROTOOPT.
 */
struct msrkit__msr_batch_op {
	uint16_t cpu;     /* in */
	uint16_t isrdmsr; /* in: nonzero = read */
	int32_t err;      /* out: 0 or -errno */
	uint32_t msr;     /* in */
	uint64_t msrdata; /* in (write) / out (read) */
	uint64_t wmask;   /* out: the allowlist write mask applied */
};

struct msrkit__msr_batch_array {
	uint32_t numops;
	uint32_t version; /* (major << 16) | (minor << 8) | patch */
	struct msrkit__msr_batch_op *ops;
};

/* Issues the batch ioctl: the return value and errno of ioctl(2). */
typedef int (*msrkit__batch_ioctl_fn)(int fd, struct msrkit__msr_batch_array *a);
/* Replaces the ioctl of an open msr-safe backend (tests simulate the module
 * with it). -EINVAL when b is not msr-safe or has no batch node. */
int msrkit__msr_safe_set_ioctl(struct msrkit_backend *b, msrkit__batch_ioctl_fn fn);

/* The msr-safe allowlist path that exists under root (allowlist, else whitelist). */
int msrkit__allowlist_path(const char *root, char *buf, size_t len);

#endif /* MSRKIT_ACCESS_INT_H */
