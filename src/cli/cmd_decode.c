/* SPDX-License-Identifier: MIT */
/* msrkit decode REG VALUE: decode a value, field by field. */
#include <getopt.h>
#include <stdio.h>

#include "cli.h"

static const char usage_text[] =
	"usage: msrkit decode [--json] REG VALUE\n"
	"\n"
	"Decode VALUE as register REG, field by field, with each field's meaning.\n"
	"REG is a name (SDM/APM name or Linux alias, any case: IA32_FEATURE_CONTROL,\n"
	"MSR_IA32_FEAT_CTL, vmx_basic) or an address (0x3a, 58, 3Ah).\n"
	"VALUE is 0x-prefixed hex, h-suffixed hex (5h), decimal (with _ between\n"
	"digits), or AIDA64's grouped hex (0000-0000-0000-0005).\n"
	"\n"
	"  --json   machine-readable output (keys documented in the README)\n"
	"  --help   this text\n";

int cmd_decode(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	struct msrkit_reg_ref ref;
	uint64_t value;
	bool json = false;
	int c;

	optind = 1;
	while ((c = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
		switch (c) {
		case 'j': json = true; break;
		case 'h': fputs(usage_text, stdout); return EXIT_OK;
		default: fputs(usage_text, stderr); return EXIT_USAGE;
		}
	}
	if (argc - optind != 2) {
		cli_error("decode needs a register and a value, e.g. 'msrkit decode IA32_FEATURE_CONTROL 5'");
		return EXIT_USAGE;
	}
	if (!cli_parse_reg(argv[optind], NULL, &ref) || !cli_parse_value(argv[optind + 1], &value))
		return EXIT_USAGE;
	if (json) {
		json_object *o = render_reg_json(&ref, value, NULL);

		render_json_print(o);
		json_object_put(o);
	} else {
		render_reg_text(stdout, &ref, value, NULL);
	}
	return EXIT_OK;
}
