/* SPDX-License-Identifier: MIT */
/* Growing arrays (grow.c). */
#ifndef MSRKIT_CLI_GROW_H
#define MSRKIT_CLI_GROW_H

#include <stdbool.h>
#include <stddef.h>

/* Makes room for item n of the array *items (a T *) of capacity *cap, items
 * of size bytes: doubles it (first items the first time) when n == *cap.
 * False when memory runs out; the array is then unchanged. */
bool cli_grow(void *items, size_t *cap, size_t n, size_t size, size_t first);

#endif
