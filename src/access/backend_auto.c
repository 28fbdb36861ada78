/* SPDX-License-Identifier: MIT */
/* Choosing a device backend: the stock msr driver when usable, else msr-safe. */
#include <errno.h>
#include <string.h>

#include "access_int.h"

struct candidate {
	const char *name;
	int (*open)(struct msrkit_backend *b, const char *root, const struct msrkit_cpuset *cpus, unsigned flags,
		    unsigned *bad_cpu);
	bool stock; /* subject to lockdown and msr.allow_writes */
};

static const struct candidate candidates[MSRKIT_OPEN_CANDIDATES] = {
	{ .name = "msr", .open = msrkit_backend_msr_open_at, .stock = true },
	{ .name = "msr-safe", .open = msrkit_backend_msr_safe_open_at, .stock = false },
};

int msrkit_backend_open_auto(struct msrkit_backend *b, const char *name, const char *root,
			     const struct msrkit_cpuset *cpus, unsigned flags, struct msrkit_open_report *report)
{
	struct msrkit_open_report local;
	struct msrkit_open_report *r = report ? report : &local;
	size_t first = 0, last = MSRKIT_OPEN_CANDIDATES;
	int rc = -ENOENT;

	memset(r, 0, sizeof(*r));
	if (!b)
		return -EINVAL;
	b->ops = NULL;
	b->priv = NULL;
	if (name && strcmp(name, "auto") != 0) {
		for (first = 0; first < MSRKIT_OPEN_CANDIDATES; first++)
			if (strcmp(name, candidates[first].name) == 0)
				break;
		if (first == MSRKIT_OPEN_CANDIDATES)
			return -EINVAL;
		last = first + 1;
	}
	for (size_t i = first; i < last; i++) {
		const struct candidate *c = &candidates[i];
		struct msrkit_open_attempt *a = &r->attempt[r->n++];
		unsigned bad = 0;

		a->backend = c->name;
		a->tried = true;
		a->err = c->open(b, root, cpus, flags, &bad);
		if (a->err) {
			a->cpu = bad;
		} else if (c->stock && (flags & MSRKIT_OPEN_WRITE)) {
			/* The nodes open fine under lockdown or allow_writes=off;
			 * only the writes fail. msr-safe does not consult either. */
			struct msrkit_write_policy p;

			if (msrkit_write_policy_read(root, &p) == 0 && p.blocked) {
				msrkit_backend_close(b);
				a->err = -EPERM;
				a->policy = true;
			}
		}
		if (a->err == 0) {
			r->chosen = c->name;
			return 0;
		}
		if (rc == -ENOENT)
			rc = a->err;
	}
	return rc;
}
