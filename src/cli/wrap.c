/* SPDX-License-Identifier: MIT */
/* Wrapped word lists for text reports. */
#include <string.h>

#include "wrap.h"

void wrap_start(struct wrap *w, FILE *f, const char *label, int indent, const char *sep)
{
	w->f = f;
	w->sep = sep;
	w->col = fprintf(f, "%s", label);
	w->indent = indent;
	w->first = true;
}

void wrap_item(struct wrap *w, const char *item)
{
	int seplen = (int)strlen(w->sep);

	if (!w->first && w->col + seplen + (int)strlen(item) > WRAP_WIDTH) {
		/* The separator's trailing blank would end the line: drop it. */
		fprintf(w->f, "%.*s\n%*s", w->sep[seplen - 1] == ' ' ? seplen - 1 : seplen, w->sep, w->indent, "");
		w->col = w->indent;
	} else if (!w->first) {
		w->col += fprintf(w->f, "%s", w->sep);
	}
	w->col += fprintf(w->f, "%s", item);
	w->first = false;
}

void wrap_end(struct wrap *w)
{
	if (w->first)
		fputs("none", w->f);
	fputc('\n', w->f);
}
