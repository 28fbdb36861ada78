/* SPDX-License-Identifier: MIT */
/* msrkit decode REG VALUE: decode a value, field by field. */
#include <getopt.h>
#include <stdio.h>

#include "cli.h"

static const char usage_text[] =
	"usage: msrkit decode [--json] [--cpu VENDOR:FAMILY_MODEL] REG VALUE\n"
	"\n"
	"Decode VALUE as register REG, field by field, with each field's meaning.\n"
	"REG is a name (SDM/APM name or Linux alias, any case: IA32_FEATURE_CONTROL,\n"
	"MSR_IA32_FEAT_CTL, vmx_basic) or an address (0x3a, 58, 3Ah).\n"
	"VALUE is 0x-prefixed hex, h-suffixed hex (5h), decimal (with _ between\n"
	"digits), or AIDA64's grouped hex (0000-0000-0000-0005).\n"
	"Where the manuals give a register different layouts on different\n"
	"processors, --cpu picks the one of that processor (without it: the\n"
	"general definition, or the first model-specific one).\n"
	"\n"
	"  --cpu VENDOR:FAMILY_MODEL  the processor, in hex display family and\n"
	"                             model: intel:06_55, amd:19_11, zhaoxin:07_3B\n"
	"  --json   machine-readable output (keys documented in the README)\n"
	"  --help   this text\n";

int cmd_decode(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "cpu", required_argument, NULL, 'c' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	struct msrkit_reg_ref ref;
	struct msrkit_cpu spec;
	const struct msrkit_cpu *cpu = NULL;
	const char *cpu_arg = NULL;
	uint64_t value;
	bool json = false;
	int c;

	optind = 1;
	while ((c = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
		switch (c) {
		case 'j': json = true; break;
		case 'c':
			if (!cli_parse_cpu_spec(optarg, &spec))
				return EXIT_USAGE;
			cpu = &spec;
			cpu_arg = optarg;
			break;
		case 'h': fputs(usage_text, stdout); return EXIT_OK;
		default: fputs(usage_text, stderr); return EXIT_USAGE;
		}
	}
	if (argc - optind != 2) {
		cli_error("decode needs a register and a value, e.g. 'msrkit decode IA32_FEATURE_CONTROL 5'");
		return EXIT_USAGE;
	}
	if (!cli_parse_reg(argv[optind], cpu, &ref) || !cli_parse_value(argv[optind + 1], &value))
		return EXIT_USAGE;
	if (cpu && ref.reg && !cli_defined_for(&ref, cpu, cpu_arg, argv[optind]))
		return EXIT_NEGATIVE;
	if (json) {
		json_object *o = render_reg_json(&ref, value, cpu);

		render_json_print(o);
		json_object_put(o);
	} else {
		render_reg_text(stdout, &ref, value, cpu);
	}
	return EXIT_OK;
}
