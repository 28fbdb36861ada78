/* SPDX-License-Identifier: MIT */
/* Loading a snapshot file of either format, told apart by its content. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "snapshot_impl.h"

int msrkit_snapshot_parse(const char *buf, size_t len, const char *name, struct msrkit_snapshot **out,
                          struct msrkit_snapshot_error *err)
{
	static const char magic[] = "msrkit-snapshot";
	size_t i = 0;

	if (!out || (!buf && len))
		return -EINVAL;
	*out = NULL;
	if (len >= sizeof(magic) - 1 && memcmp(buf, magic, sizeof(magic) - 1) == 0)
		return msrkit_snapshot_parse_text(buf, len, name, out, err);
	while (i < len && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\r' || buf[i] == '\n'))
		i++;
	if (i < len && buf[i] == '{')
		return snap_fail(err, name, 0, "a JSON snapshot: msrkit reads snapshots in their text form "
		                               "(msrkit dump without --json)");
	return msrkit_snapshot_parse_aida64(buf, len, name, out, err, NULL);
}

/* Reads the whole file; 0 or a negative errno with *err filled. */
static int read_file(const char *path, char **data, size_t *len, struct msrkit_snapshot_error *err)
{
	struct stat st;
	size_t cap, n = 0;
	char *buf = NULL;
	int fd, rc;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		rc = -errno;
		snap_fail(err, path, 0, "cannot open: %s", strerror(-rc));
		return rc;
	}
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		close(fd);
		snap_fail(err, path, 0, "is a directory, not a snapshot file");
		return -EISDIR;
	}
	/* Pipes and /proc files report no size: grow as needed. */
	cap = (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) ? (size_t)st.st_size + 1 : 65536;
	for (;;) {
		ssize_t r;

		if (n == cap || !buf) {
			char *nb;

			if (buf)
				cap *= 2;
			if (cap > (size_t)MSRKIT_SNAPSHOT_MAX_FILE + 1)
				cap = (size_t)MSRKIT_SNAPSHOT_MAX_FILE + 1;
			nb = realloc(buf, cap);
			if (!nb) {
				free(buf);
				close(fd);
				snap_fail(err, path, 0, "out of memory");
				return -ENOMEM;
			}
			buf = nb;
		}
		r = read(fd, buf + n, cap - n);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			rc = -errno;
			free(buf);
			close(fd);
			snap_fail(err, path, 0, "cannot read: %s", strerror(-rc));
			return rc;
		}
		if (r == 0)
			break;
		n += (size_t)r;
		if (n > MSRKIT_SNAPSHOT_MAX_FILE) {
			free(buf);
			close(fd);
			snap_fail(err, path, 0, "larger than %u MiB: not a snapshot", MSRKIT_SNAPSHOT_MAX_FILE >> 20);
			return -EFBIG;
		}
	}
	close(fd);
	*data = buf;
	*len = n;
	return 0;
}

int msrkit_snapshot_load(const char *path, struct msrkit_snapshot **out, struct msrkit_snapshot_error *err)
{
	char *data = NULL;
	size_t len = 0;
	int rc;

	if (!path || !out)
		return -EINVAL;
	*out = NULL;
	rc = read_file(path, &data, &len, err);
	if (rc)
		return rc;
	rc = msrkit_snapshot_parse(data, len, path, out, err);
	free(data);
	return rc;
}
