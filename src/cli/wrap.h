/* SPDX-License-Identifier: MIT */
/* Lists of words printed after a label, wrapped at a readable width. */
#ifndef MSRKIT_CLI_WRAP_H
#define MSRKIT_CLI_WRAP_H

#include <stdbool.h>
#include <stdio.h>

#define WRAP_WIDTH 100

struct wrap {
	FILE *f;
	const char *sep; /* between items: ", " or " " */
	int col, indent;
	bool first;
};

/* Prints label and starts a list whose continuation lines are indented by
 * indent columns. */
void wrap_start(struct wrap *w, FILE *f, const char *label, int indent, const char *sep);
/* Adds one item, breaking the line before it when it would pass WRAP_WIDTH. */
void wrap_item(struct wrap *w, const char *item);
/* Ends the list ("none" when it had no item) and the line. */
void wrap_end(struct wrap *w);

#endif
