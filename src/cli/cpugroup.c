/* SPDX-License-Identifier: MIT */
/* Grouping CPUs by what they have to say. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <msrkit/access.h>

#include "cpugroup.h"

size_t cpugroup_make(const char *const *keys, size_t n, size_t *group_of)
{
	size_t groups = 0;

	/* Quadratic, but n is a CPU count and keys are short. */
	for (size_t i = 0; i < n; i++) {
		size_t j;

		for (j = 0; j < i; j++)
			if (strcmp(keys[i], keys[j]) == 0)
				break;
		group_of[i] = j < i ? group_of[j] : groups++;
	}
	return groups;
}

static size_t label(const struct msrkit_cpuset *s, char *buf, size_t len)
{
	size_t need = msrkit_cpuset_format(s, NULL, 0) + 1;
	char *list = malloc(need);
	unsigned count = msrkit_cpuset_count(s);
	int k;

	if (!list)
		return (size_t)snprintf(buf, len, "%u CPUs", count);
	msrkit_cpuset_format(s, list, need);
	k = snprintf(buf, len, "%s %s", count == 1 ? "CPU" : "CPUs", list);
	free(list);
	return k > 0 ? (size_t)k : 0;
}

size_t cpugroup_label(const unsigned *cpus, const size_t *group_of, size_t n, size_t g, char *buf, size_t len)
{
	struct msrkit_cpuset s;

	msrkit_cpuset_clear(&s);
	for (size_t i = 0; i < n; i++)
		if (group_of[i] == g)
			msrkit_cpuset_add(&s, cpus[i]);
	return label(&s, buf, len);
}

size_t cpugroup_label_if(const unsigned *cpus, const bool *member, size_t n, char *buf, size_t len)
{
	struct msrkit_cpuset s;

	msrkit_cpuset_clear(&s);
	for (size_t i = 0; i < n; i++)
		if (member[i])
			msrkit_cpuset_add(&s, cpus[i]);
	return label(&s, buf, len);
}
