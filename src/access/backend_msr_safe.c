/* SPDX-License-Identifier: MIT */
/*
 * The msr-safe backend (LLNL's access-controlled MSR driver): per-CPU nodes
 * /dev/cpu/N/msr_safe, batches through one ioctl on /dev/cpu/msr_batch, and
 * the allowlist that decides which registers and bits are accessible.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "access_int.h"

/* The layout of msr-safe's msr_safe.h (see access_int.h); the ioctl number encodes its size. */
_Static_assert(sizeof(struct msrkit__msr_batch_op) == 32, "msr_batch_op layout");
_Static_assert(offsetof(struct msrkit__msr_batch_op, msrdata) == 16, "msr_batch_op layout");
_Static_assert(offsetof(struct msrkit__msr_batch_array, ops) == 8, "msr_batch_array layout");

#define X86_IOC_MSR_BATCH _IOWR('c', 0xA2, struct msrkit__msr_batch_array)
_Static_assert(X86_IOC_MSR_BATCH == 0xC01063A2u, "X86_IOC_MSR_BATCH as msr-safe defines it");

/* Ops per ioctl: keeps the kernel's copy of the array small (32 KiB). */
#define CHUNK 1024

/* The version sent when /dev/cpu/msr_safe_version (root-only) is unreadable. */
#define DEFAULT_VERSION (2u << 16)

struct msr_safe {
	struct msrkit__nodes nodes; /* first: msrkit_backend_batch_stats reads it */
	int batch_fd;               /* -1: batches use the per-CPU nodes */
	uint32_t version;
	msrkit__batch_ioctl_fn ioctl_fn;
};

static int real_ioctl(int fd, struct msrkit__msr_batch_array *a)
{
	return ioctl(fd, X86_IOC_MSR_BATCH, a);
}

static int ms_read(struct msrkit_backend *b, unsigned cpu, uint32_t address, uint64_t *value)
{
	struct msr_safe *s = b->priv;

	return msrkit__nodes_read(&s->nodes, cpu, address, value);
}

static int ms_write(struct msrkit_backend *b, unsigned cpu, uint32_t address, uint64_t value)
{
	struct msr_safe *s = b->priv;

	return msrkit__nodes_write(&s->nodes, cpu, address, value);
}

static int errno_of(int32_t err)
{
	return err > 0 ? -err : err; /* the kernel stores -errno; accept either sign */
}

/* An error from the allowlist pass, which stops the whole batch before any op runs. */
static bool allowlist_error(int err)
{
	return err == -ENXIO || err == -EACCES || err == -EROFS;
}

/*
 * One chunk through the ioctl. msr-safe first checks every op against the
 * allowlist and, if any fails, returns that error without running the
 * others; otherwise it runs all and returns the first op's -EIO. So after an
 * allowlist failure the ops without an error did not run: send them again.
 * Returns 0, or -errno when the ioctl failed as a whole (no op has an error).
 */
static int batch_chunk(struct msr_safe *s, struct msrkit_op *ops, size_t n, bool write, struct msrkit__msr_batch_op *k,
		       size_t *idx)
{
	size_t pending = 0;

	for (size_t i = 0; i < n; i++) {
		ops[i].err = 0;
		if (ops[i].cpu > UINT16_MAX || !msrkit_cpuset_has(&s->nodes.cpus, ops[i].cpu))
			ops[i].err = -ENXIO;
		else
			idx[pending++] = i;
	}
	/* Each round either finishes or removes at least one failed op. */
	for (int round = 0; pending && round < 8; round++) {
		struct msrkit__msr_batch_array a = { .numops = (uint32_t)pending, .version = s->version, .ops = k };
		bool stopped = false, any = false;
		size_t keep = 0;
		int rc, saved;

		for (size_t j = 0; j < pending; j++) {
			const struct msrkit_op *op = &ops[idx[j]];

			k[j] = (struct msrkit__msr_batch_op){ .cpu = (uint16_t)op->cpu, .isrdmsr = !write, .msr = op->address,
						      .msrdata = write ? op->value : 0 };
		}
		errno = 0;
		rc = s->ioctl_fn(s->batch_fd, &a);
		saved = errno;

		for (size_t j = 0; j < pending; j++) {
			if (k[j].err) {
				any = true;
				stopped |= allowlist_error(errno_of(k[j].err));
			}
		}
		if (rc < 0 && !any)
			return saved > 0 ? -saved : -EIO;
		for (size_t j = 0; j < pending; j++) {
			struct msrkit_op *op = &ops[idx[j]];

			if (k[j].err)
				op->err = errno_of(k[j].err);
			else if (rc < 0 && stopped)
				idx[keep++] = idx[j]; /* did not run: next round */
			else if (!write)
				op->value = k[j].msrdata;
		}
		pending = keep;
	}
	for (size_t j = 0; j < pending; j++)
		ops[idx[j]].err = -EIO; /* unreachable with msr-safe's semantics; never report success unrun */
	return 0;
}

static int ms_batch(struct msrkit_backend *b, struct msrkit_op *ops, size_t n, bool write)
{
	struct msr_safe *s = b->priv;
	struct msrkit__msr_batch_op *k;
	size_t *idx;
	int rc = 0;

	if (n == 0)
		return 0;
	if (s->batch_fd < 0 || (s->nodes.flags & MSRKIT_OPEN_SERIAL))
		return msrkit__nodes_batch(&s->nodes, ops, n, write);
	k = malloc((n < CHUNK ? n : CHUNK) * sizeof(*k));
	idx = malloc((n < CHUNK ? n : CHUNK) * sizeof(*idx));
	if (!k || !idx) {
		rc = -ENOMEM;
		goto out;
	}
	atomic_fetch_add(&s->nodes.stats.batches, 1);
	for (size_t off = 0; off < n && rc == 0; off += CHUNK) {
		size_t m = n - off < CHUNK ? n - off : CHUNK;

		rc = batch_chunk(s, ops + off, m, write, k, idx);
		if (rc == 0)
			continue;
		/* The ioctl itself failed (unknown ioctl, version mismatch, no
		 * memory): the per-CPU nodes still work, and a CPU's ops are
		 * independent, so run the rest there. ENOTTY and ENOPROTOOPT
		 * will not go away: stop trying the ioctl. */
		if (rc == -ENOTTY || rc == -ENOPROTOOPT) {
			close(s->batch_fd);
			s->batch_fd = -1;
		}
		rc = msrkit__nodes_batch(&s->nodes, ops + off, n - off, write);
		break;
	}
out:
	free(k);
	free(idx);
	return rc;
}

static int ms_cpuid(struct msrkit_backend *b, unsigned cpu, uint32_t leaf, uint32_t subleaf, uint32_t out[4])
{
	struct msr_safe *s = b->priv;

	if (!msrkit_cpuset_has(&s->nodes.cpus, cpu))
		return -ENXIO;
	return msrkit_cpuid_on(cpu, leaf, subleaf, out);
}

static int ms_cpus(struct msrkit_backend *b, struct msrkit_cpuset *out)
{
	struct msr_safe *s = b->priv;

	*out = s->nodes.cpus;
	return 0;
}

static void ms_close(struct msrkit_backend *b)
{
	struct msr_safe *s = b->priv;

	msrkit__nodes_close(&s->nodes);
	if (s->batch_fd >= 0)
		close(s->batch_fd);
	free(s);
}

const struct msrkit_backend_ops msrkit__msr_safe_ops = {
	.name = "msr-safe",
	.read = ms_read,
	.write = ms_write,
	.batch = ms_batch,
	.cpuid = ms_cpuid,
	.cpus = ms_cpus,
	.close = ms_close,
};

/* "2.0.0\n" from /dev/cpu/msr_safe_version, or DEFAULT_VERSION. */
static uint32_t module_version(const char *root)
{
	char path[4096], text[64];
	unsigned maj, min = 0, pat = 0;

	if (msrkit__path(path, sizeof(path), root, "/dev/cpu/msr_safe_version") ||
	    msrkit__read_text(path, text, sizeof(text)) <= 0 || sscanf(text, "%u.%u.%u", &maj, &min, &pat) < 1 ||
	    maj > 0xffff || min > 0xff || pat > 0xff)
		return DEFAULT_VERSION;
	return maj << 16 | min << 8 | pat;
}

int msrkit_backend_msr_safe_open_at(struct msrkit_backend *b, const char *root, const struct msrkit_cpuset *cpus,
				    unsigned flags, unsigned *bad_cpu)
{
	char path[4096];
	struct msr_safe *s;
	int rc;

	if (!b)
		return -EINVAL;
	s = malloc(sizeof(*s));
	if (!s)
		return -ENOMEM;
	rc = msrkit__nodes_open(&s->nodes, root, "msr_safe", cpus, flags, bad_cpu);
	if (rc) {
		free(s);
		return rc;
	}
	/* The ioctl needs the node open for reading, writes included. */
	s->batch_fd = -1;
	if (msrkit__path(path, sizeof(path), root, "/dev/cpu/msr_batch") == 0)
		s->batch_fd = open(path, O_RDONLY | O_CLOEXEC);
	s->version = module_version(root);
	s->ioctl_fn = real_ioctl;
	b->ops = &msrkit__msr_safe_ops;
	b->priv = s;
	return 0;
}

int msrkit_backend_msr_safe_open(struct msrkit_backend *b, const struct msrkit_cpuset *cpus, unsigned flags)
{
	return msrkit_backend_msr_safe_open_at(b, NULL, cpus, flags, NULL);
}

int msrkit__msr_safe_set_ioctl(struct msrkit_backend *b, msrkit__batch_ioctl_fn fn)
{
	struct msr_safe *s;

	if (!b || b->ops != &msrkit__msr_safe_ops || !fn)
		return -EINVAL;
	s = b->priv;
	if (s->batch_fd < 0)
		return -EINVAL;
	s->ioctl_fn = fn;
	return 0;
}
