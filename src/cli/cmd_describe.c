/* SPDX-License-Identifier: MIT */
/* msrkit describe REG: everything the database knows about a register. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const char usage_text[] =
	"usage: msrkit describe [--json] [--cpu VENDOR:FAMILY_MODEL] REG\n"
	"\n"
	"Show a register's definition: address, names, access, scope, which CPUs\n"
	"have it, the manual section that defines it, and every field with its\n"
	"named values. REG is a name or an address (see 'msrkit decode --help').\n"
	"Where the manuals give the address different layouts on different\n"
	"processors, the other definitions are listed after it; --cpu shows the\n"
	"one of that processor.\n"
	"\n"
	"  --cpu VENDOR:FAMILY_MODEL  the processor, in hex display family and\n"
	"                             model: intel:06_55, amd:19_11, zhaoxin:07_3B\n"
	"  --json   machine-readable output\n"
	"  --help   this text\n";

static void print_field(const struct msrkit_field *f)
{
	char bits[16];
	size_t i;

	render_bits(bits, sizeof(bits), f->lsb, f->lsb + f->width - 1u);
	printf("  %-6s %-34s %-4s %s%s\n", bits, f->name, msrkit_access_name(f->access), f->desc ? f->desc : "",
	       (f->flags & MSRKIT_FIELD_MAXPHYADDR) ? " (upper bits up to MAXPHYADDR-1)" : "");
	for (i = 0; i < f->nvalues; i++) {
		const struct msrkit_value_name *v = &f->values[i];

		printf("  %-6s %-34s        %llu = %s%s%s\n", "", "", (unsigned long long)v->value,
		       v->name ? v->name : "", v->name && v->desc ? ": " : "", v->desc ? v->desc : "");
	}
}

static void print_text(const struct msrkit_reg_ref *ref)
{
	const struct msrkit_reg *r = ref->reg;
	char buf[128];
	size_t i;

	msrkit_reg_ref_name(ref, buf, sizeof(buf));
	printf("%s (0x%x)\n  %s\n\n", buf, ref->address, r->desc);
	if (msrkit_reg_instances(r) > 1)
		printf("  family:      %s, %u instances at 0x%x + %u*i (n = %u..%u)\n", r->name,
		       msrkit_reg_instances(r), r->address, r->stride ? r->stride : 1, r->index_base,
		       r->index_base + msrkit_reg_instances(r) - 1);
	if (r->naliases) {
		printf("  aliases:     ");
		for (i = 0; i < r->naliases; i++)
			printf("%s%s", i ? ", " : "", r->aliases[i]);
		printf("\n");
	}
	printf("  table:       %s\n", msrkit_reg_family(r));
	printf("  access:      %s\n  scope:       %s\n", msrkit_access_name(r->access), msrkit_scope_name(r->scope));
	render_vendors(buf, sizeof(buf), r->vendors);
	printf("  vendors:     %s\n", buf);
	for (i = 0; i < r->ncond; i++)
		printf("  %s %s%s\n", i ? "            " : "requires:   ", r->cond[i].text ? r->cond[i].text : "?",
		       i + 1 < r->ncond ? (r->cond_any ? " or" : " and") : "");
	if (r->nmodels) {
		printf("  models:      ");
		for (i = 0; i < r->nmodels; i++) {
			render_model(buf, sizeof(buf), &r->models[i]);
			printf("%s%s", i ? ", " : "", buf);
		}
		printf("\n");
	}
	printf("  volatile:    %s\n", r->is_volatile ? "yes (changes on its own)" : "no");
	printf("  reference:   %s %s, %s\n\n", r->ref.doc ? r->ref.doc : "?", r->ref.section ? r->ref.section : "",
	       r->ref.title ? r->ref.title : "");
	switch (r->layout) {
	case MSRKIT_LAYOUT_CTLS_2X32:
		printf("  VMX capability: bits 31:0 allowed-0 settings, bits 63:32 allowed-1 settings of these controls:\n");
		break;
	case MSRKIT_LAYOUT_CTLS_ALLOWED1:
		printf("  VMX capability: allowed-1 settings (64 bits) of these controls:\n");
		break;
	case MSRKIT_LAYOUT_FIXED0:
	case MSRKIT_LAYOUT_FIXED1:
		printf("  Fixed bits of a control register in VMX operation, bit by bit:\n");
		break;
	default:
		break;
	}
	for (i = 0; i < r->nfields; i++)
		print_field(&r->fields[i]);
}

/* "Intel 06_37H, 06_4AH, 06_4DH, 06_5AH, 06_5DH, 06_4CH" (at most six
 * models, then how many more), and the CPUID conditions. */
static void applicability(char *buf, size_t len, const struct msrkit_reg *r)
{
	size_t used, i;

	render_vendors(buf, len, r->vendors);
	used = strlen(buf);
	for (i = 0; i < r->nmodels && i < 6; i++) {
		char model[16];

		render_model(model, sizeof(model), &r->models[i]);
		used += (size_t)snprintf(buf + used, used < len ? len - used : 0, "%s%s", i ? ", " : " ", model);
	}
	if (r->nmodels > 6)
		used += (size_t)snprintf(buf + used, used < len ? len - used : 0, " and %zu more", r->nmodels - 6);
	for (i = 0; i < r->ncond; i++)
		used += (size_t)snprintf(buf + used, used < len ? len - used : 0, "%s%s", i ? (r->cond_any ? " or " : " and ") : "; ",
					 r->cond[i].text ? r->cond[i].text : "?");
}

/* Every other definition at the address of ref, in table order. */
static size_t other_definitions(const struct msrkit_reg_ref *ref, const struct msrkit_reg **out, size_t max)
{
	struct msrkit_db_iter it;
	const struct msrkit_reg *r;
	size_t n = 0;

	msrkit_db_iter_init(&it);
	while ((r = msrkit_db_iter_next(&it)) != NULL)
		if (r != ref->reg && msrkit_reg_instance_of(r, ref->address) >= 0 && n < max)
			out[n++] = r;
	return n;
}

static void print_others(const struct msrkit_reg_ref *ref, const struct msrkit_reg *const *others, size_t n)
{
	char buf[512];
	size_t i;

	if (!n)
		return;
	printf("\n  Other definitions at 0x%x (each for other processors; see them with --cpu):\n", ref->address);
	for (i = 0; i < n; i++) {
		applicability(buf, sizeof(buf), others[i]);
		printf("    %s: %s\n      for %s\n", others[i]->name, others[i]->desc, buf);
	}
}

int cmd_describe(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "cpu", required_argument, NULL, 'c' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	const struct msrkit_reg *others[64];
	struct msrkit_reg_ref ref;
	struct msrkit_cpu spec;
	const struct msrkit_cpu *cpu = NULL;
	const char *cpu_arg = NULL;
	size_t nothers, i;
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
	if (argc - optind != 1) {
		cli_error("describe needs one register, e.g. 'msrkit describe IA32_VMX_BASIC'");
		return EXIT_USAGE;
	}
	if (!cli_parse_reg(argv[optind], cpu, &ref))
		return EXIT_USAGE;
	if (!ref.reg) {
		cli_error("MSR 0x%x has no definition in the database", ref.address);
		return EXIT_NEGATIVE;
	}
	if (cpu && !cli_defined_for(&ref, cpu, cpu_arg, argv[optind]))
		return EXIT_NEGATIVE;
	nothers = other_definitions(&ref, others, sizeof(others) / sizeof(others[0]));
	if (json) {
		json_object *o = render_def_json(ref.reg, true), *arr = json_object_new_array();

		json_object_object_add(o, "instance_address", json_object_new_uint64(ref.address));
		for (i = 0; i < nothers; i++)
			json_object_array_add(arr, render_def_json(others[i], false));
		json_object_object_add(o, "other_definitions", arr);
		render_json_print(o);
		json_object_put(o);
	} else {
		print_text(&ref);
		print_others(&ref, others, nothers);
	}
	return EXIT_OK;
}
