/* SPDX-License-Identifier: MIT */
/* Growing arrays: the one realloc-doubling routine the commands share. */
#include <stdlib.h>
#include <string.h>

#include "grow.h"

bool cli_grow(void *items, size_t *cap, size_t n, size_t size, size_t first)
{
	void *old, *p;
	size_t nc;

	if (n < *cap)
		return true;
	nc = *cap ? 2 * *cap : first;
	if (nc > (size_t)-1 / size)
		return false;
	/* items points at a T *: POSIX gives every object pointer one representation. */
	memcpy(&old, items, sizeof(old));
	p = realloc(old, nc * size);
	if (!p)
		return false;
	memcpy(items, &p, sizeof(p));
	*cap = nc;
	return true;
}
