/* SPDX-License-Identifier: MIT */
/* msrkit list [PATTERN]: the registers the database knows. */
#include <fnmatch.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "cli.h"

static const char usage_text[] =
	"usage: msrkit list [--json] [PATTERN]\n"
	"\n"
	"List the registers in the database, in address order. PATTERN selects\n"
	"registers whose name, alias, description or family contains it (any case),\n"
	"or, with * ? [ ], matches a name or alias as a shell pattern (IA32_VMX_*).\n"
	"\n"
	"  --json   machine-readable output\n"
	"  --help   this text\n";

static bool has_glob(const char *p)
{
	return strpbrk(p, "*?[") != NULL;
}

static bool text_matches(const char *text, const char *pattern, bool glob)
{
	if (!text)
		return false;
	if (glob)
		return fnmatch(pattern, text, FNM_CASEFOLD) == 0;
	return strcasestr(text, pattern) != NULL;
}

static bool reg_selected(const struct msrkit_reg *r, const char *pattern)
{
	bool glob;
	size_t i;

	if (!pattern)
		return true;
	glob = has_glob(pattern);
	if (text_matches(r->name, pattern, glob))
		return true;
	for (i = 0; i < r->naliases; i++)
		if (text_matches(r->aliases[i], pattern, glob))
			return true;
	return !glob && (text_matches(r->desc, pattern, false) || text_matches(msrkit_reg_family(r), pattern, false));
}

static void print_text(const struct msrkit_reg *r)
{
	char addr[40];
	unsigned n = msrkit_reg_instances(r);

	if (n > 1)
		snprintf(addr, sizeof(addr), "0x%x-0x%x", r->address,
			 r->address + (n - 1) * (unsigned)(r->stride ? r->stride : 1));
	else
		snprintf(addr, sizeof(addr), "0x%x", r->address);
	printf("%-23s %-34s %-12s %s\n", addr, r->name, msrkit_reg_family(r), r->desc);
}

int cmd_list(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	struct msrkit_db_iter it;
	const struct msrkit_reg *r;
	const char *pattern = NULL;
	json_object *arr = NULL;
	bool json = false;
	size_t shown = 0;
	int c;

	optind = 1;
	while ((c = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
		switch (c) {
		case 'j': json = true; break;
		case 'h': fputs(usage_text, stdout); return EXIT_OK;
		default: fputs(usage_text, stderr); return EXIT_USAGE;
		}
	}
	if (argc - optind > 1) {
		cli_error("list takes at most one pattern");
		return EXIT_USAGE;
	}
	if (argc - optind == 1)
		pattern = argv[optind];
	if (json)
		arr = json_object_new_array();
	else
		printf("%-23s %-34s %-12s %s\n", "address", "name", "family", "description");
	msrkit_db_iter_init(&it);
	while ((r = msrkit_db_iter_next(&it))) {
		if (!reg_selected(r, pattern))
			continue;
		shown++;
		if (json)
			json_object_array_add(arr, render_def_json(r, false));
		else
			print_text(r);
	}
	if (json) {
		render_json_print(arr);
		json_object_put(arr);
	}
	if (!shown && pattern) {
		cli_error("no register matches '%s'", pattern);
		return EXIT_NEGATIVE;
	}
	return EXIT_OK;
}
