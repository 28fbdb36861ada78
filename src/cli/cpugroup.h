/* SPDX-License-Identifier: MIT */
/*
 * Grouping CPUs that have the same thing to say (a value, an error, a plan
 * line), so that sixteen identical answers print once as "CPUs 0-15" and the
 * differences stand out.
 */
#ifndef MSRKIT_CLI_CPUGROUP_H
#define MSRKIT_CLI_CPUGROUP_H

#include <stdbool.h>
#include <stddef.h>

/*
 * Groups n items by equal keys (NUL-terminated strings). group_of[i]
 * receives the group of item i; groups are numbered in the order of their
 * first item. Returns the number of groups.
 */
size_t cpugroup_make(const char *const *keys, size_t n, size_t *group_of);

/*
 * "CPU 3" or "CPUs 0-2,5": the CPUs of the items in group g (cpus[i] is the
 * CPU of item i). snprintf semantics.
 */
size_t cpugroup_label(const unsigned *cpus, const size_t *group_of, size_t n, size_t g, char *buf, size_t len);

/* Same for any CPU list given as a predicate over items: items with member[i]. */
size_t cpugroup_label_if(const unsigned *cpus, const bool *member, size_t n, char *buf, size_t len);

#endif
