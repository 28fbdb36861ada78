/* SPDX-License-Identifier: MIT */
/*
 * Fake machines as directory trees: a temporary root holding the parts of
 * /sys and /dev the access layer looks at. Regular files stand in for device
 * nodes where their behaviour matches: open errors, and 8-byte preads at
 * offsets 8 bytes apart (a real node is addressed by MSR number, so values
 * of neighbouring registers do not overlap there; here they would if the
 * addresses were closer than 8).
 */
#ifndef MSRKIT_TESTS_FSTREE_H
#define MSRKIT_TESTS_FSTREE_H

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

struct fstree {
	char root[256];
};

/* Creates root/rel's parent directories. */
static inline void fstree_mkdirs(const struct fstree *t, const char *rel)
{
	char path[1024];

	snprintf(path, sizeof(path), "%s/%s", t->root, rel);
	for (char *p = path + strlen(t->root) + 1; *p; p++) {
		if (*p == '/') {
			*p = '\0';
			mkdir(path, 0755);
			*p = '/';
		}
	}
}

static inline void fstree_init(struct fstree *t)
{
	snprintf(t->root, sizeof(t->root), "/tmp/msrkit-test-XXXXXX");
	assert_non_null(mkdtemp(t->root));
	/* Readable by an unprivileged uid too (permission tests drop root). */
	chmod(t->root, 0755);
}

/* Writes text to root/rel, creating directories. */
static inline void fstree_write(const struct fstree *t, const char *rel, const char *fmt, ...)
{
	char path[1024];
	va_list ap;
	FILE *f;

	fstree_mkdirs(t, rel);
	snprintf(path, sizeof(path), "%s/%s", t->root, rel);
	f = fopen(path, "w");
	assert_non_null(f);
	va_start(ap, fmt);
	vfprintf(f, fmt, ap);
	va_end(ap);
	fclose(f);
}

/* A stand-in node: root/rel, with 8-byte value v at offset address. */
static inline void fstree_node_value(const struct fstree *t, const char *rel, uint32_t address, uint64_t v)
{
	char path[1024];
	int fd;

	fstree_mkdirs(t, rel);
	snprintf(path, sizeof(path), "%s/%s", t->root, rel);
	fd = open(path, O_RDWR | O_CREAT, 0644);
	assert_true(fd >= 0);
	assert_int_equal(pwrite(fd, &v, sizeof(v), address), 8);
	close(fd);
}

/* An empty stand-in node (reads past its end are short). */
static inline void fstree_node(const struct fstree *t, const char *rel)
{
	char path[1024];
	int fd;

	fstree_mkdirs(t, rel);
	snprintf(path, sizeof(path), "%s/%s", t->root, rel);
	fd = open(path, O_RDWR | O_CREAT, 0644);
	assert_true(fd >= 0);
	close(fd);
}

static inline void fstree_mkdir(const struct fstree *t, const char *rel)
{
	char path[1024];

	snprintf(path, sizeof(path), "%s/%s/", t->root, rel);
	fstree_mkdirs(t, path + strlen(t->root) + 1);
}

static inline void fstree_chmod(const struct fstree *t, const char *rel, mode_t mode)
{
	char path[1024];

	snprintf(path, sizeof(path), "%s/%s", t->root, rel);
	assert_int_equal(chmod(path, mode), 0);
}

static inline uint64_t fstree_node_get(const struct fstree *t, const char *rel, uint32_t address)
{
	char path[1024];
	uint64_t v = 0;
	int fd;

	snprintf(path, sizeof(path), "%s/%s", t->root, rel);
	fd = open(path, O_RDONLY);
	assert_true(fd >= 0);
	assert_int_equal(pread(fd, &v, sizeof(v), address), 8);
	close(fd);
	return v;
}

static inline int fstree_rm_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static inline void fstree_free(struct fstree *t)
{
	nftw(t->root, fstree_rm_one, 16, FTW_DEPTH | FTW_PHYS);
}

#endif /* MSRKIT_TESTS_FSTREE_H */
