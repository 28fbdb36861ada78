/* SPDX-License-Identifier: MIT */
/* Reading a whole file into memory, for the test programs. */
#ifndef MSRKIT_TEST_READ_FILE_H
#define MSRKIT_TEST_READ_FILE_H

#include <stddef.h>

/*
 * The contents of the file at path in a malloc'd buffer the caller frees,
 * with a NUL after the last byte; *len receives the size without it. Returns
 * NULL with errno set when the file cannot be opened or read, or memory runs
 * out.
 */
char *read_whole_file(const char *path, size_t *len);

#endif
