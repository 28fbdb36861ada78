/* SPDX-License-Identifier: MIT */
/* Helpers shared by the snapshot tests: fixture files and writer output. */
#ifndef MSRKIT_TEST_SNAPSHOT_FIXTURE_H
#define MSRKIT_TEST_SNAPSHOT_FIXTURE_H

#include <stddef.h>

#include <msrkit/snapshot.h>

/* Path of tests/snapshot/data/NAME (from $MSRKIT_TEST_DATA); static buffer. */
const char *fixture_path(const char *name);

/* The bytes of a fixture (malloc'd, NUL-terminated); fails the test if missing. */
char *fixture_read(const char *name, size_t *len);

/* Loads a fixture with msrkit_snapshot_load(); fails the test with the
 * parser's message on error. */
struct msrkit_snapshot *fixture_load(const char *name);

/* The text (json = 0) or JSON (json = 1) form of s (malloc'd). */
char *fixture_write(const struct msrkit_snapshot *s, int json, size_t *len);

/* Parses buf with the parser given, expecting failure: returns the
 * formatted "file:line: reason" (static buffer) and the return code. */
const char *fixture_error_aida64(const char *text, int *rc);
const char *fixture_error_text(const char *text, int *rc);

#endif
