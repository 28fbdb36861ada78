/* SPDX-License-Identifier: MIT */
/* Small helpers of the access layer: paths under a root, text files, I/O results, pinning. */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "access_int.h"

int msrkit__path(char *buf, size_t len, const char *root, const char *fmt, ...)
{
	size_t r = 0;
	va_list ap;
	int k;

	if (root && root[0]) {
		r = strlen(root);
		/* "/tmp/t/" + "/dev" would still work, but keep paths tidy. */
		while (r > 1 && root[r - 1] == '/')
			r--;
		if (r >= len)
			return -ENAMETOOLONG;
		memcpy(buf, root, r);
		if (r == 1 && root[0] == '/')
			r = 0;
	}
	va_start(ap, fmt);
	k = vsnprintf(buf + r, len - r, fmt, ap);
	va_end(ap);
	if (k < 0 || (size_t)k >= len - r)
		return -ENAMETOOLONG;
	return 0;
}

ssize_t msrkit__read_text(const char *path, char *buf, size_t len)
{
	size_t got = 0;
	int fd, err = 0;

	if (len == 0)
		return -EINVAL;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	while (got < len - 1) {
		ssize_t r = read(fd, buf + got, len - 1 - got);

		if (r < 0) {
			if (errno == EINTR)
				continue;
			err = -errno;
			break;
		}
		if (r == 0)
			break;
		got += (size_t)r;
	}
	close(fd);
	buf[got] = '\0';
	return err ? err : (ssize_t)got;
}

int msrkit__exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 ? 0 : -errno;
}

int msrkit__io_result(ssize_t r, int saved_errno)
{
	if (r < 0)
		return saved_errno > 0 ? -saved_errno : -EIO;
	return r == 8 ? 0 : -EIO;
}

int msrkit__pin_self(unsigned cpu)
{
	cpu_set_t *set;
	size_t size;
	int rc;

	if (cpu >= MSRKIT_CPUSET_MAX)
		return -EINVAL;
	/* Dynamically sized: cpu_set_t holds only 1024 CPUs. */
	set = CPU_ALLOC(cpu + 1);
	if (!set)
		return -ENOMEM;
	size = CPU_ALLOC_SIZE(cpu + 1);
	CPU_ZERO_S(size, set);
	CPU_SET_S(cpu, size, set);
	rc = pthread_setaffinity_np(pthread_self(), size, set);
	CPU_FREE(set);
	return -rc;
}

void msrkit__stats_get(struct msrkit__stats *s, struct msrkit_batch_stats *out)
{
	out->batches = atomic_load(&s->batches);
	out->threads = atomic_load(&s->threads);
	out->cpus_pinned = atomic_load(&s->pinned);
	out->cpus_unpinned = atomic_load(&s->unpinned);
}
