/* SPDX-License-Identifier: MIT */
/* msrkit: git-style command dispatch. */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "msrtools.h"

static const struct cli_cmd commands[] = {
	{ "list", cmd_list, "list registers in the database" },
	{ "describe", cmd_describe, "show everything the database knows about a register" },
	{ "decode", cmd_decode, "decode a value of a register, field by field" },
	{ "read", cmd_read, "read and decode registers on one or many CPUs" },
	{ "write", cmd_write, "write a register or field safely: plan, check, verify, roll back" },
	{ "vmx", cmd_vmx, "report every VMX capability (a superset of QEMU's vmxcap); SVM on AMD" },
	{ "check", cmd_check, "can a hypervisor run here? verdict, reason and remedy (exit 0/1/2)" },
	{ "dump", cmd_dump, "capture CPUID and every register into a snapshot, or convert one" },
	{ "diff", cmd_diff, "decoded differences between two snapshots or a snapshot and this machine" },
	{ "audit", cmd_audit, "registers whose settings differ between the CPUs of a machine" },
	{ "coverage", cmd_coverage, "how many registers of a set of dumps the database decodes" },
};

static void usage(FILE *f)
{
	size_t i;

	fprintf(f, "usage: msrkit COMMAND [OPTIONS] [ARGS]\n\n"
		   "Read, write and decode x86 model-specific registers.\n\ncommands:\n");
	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].summary);
	fprintf(f, "\n'msrkit COMMAND --help' describes a command.\n"
		   "exit codes: 0 ok, 1 negative answer, 2 bad usage or input, 3 no MSR access,\n"
		   "            4 register read/write failed, 5 internal error\n");
}

int main(int argc, char **argv)
{
	size_t i;
	const char *base = argc > 0 ? strrchr(argv[0], '/') : NULL;

	/* Installed as rdmsr/wrmsr (symlinks): msr-tools' interface. */
	base = base ? base + 1 : argc > 0 ? argv[0] : "";
	if (!strcmp(base, "rdmsr") || !strcmp(base, "wrmsr"))
		return msrtools_main(base[0] == 'r', argc, argv);
	if (argc < 2) {
		usage(stderr);
		return EXIT_USAGE;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
		usage(stdout);
		return EXIT_OK;
	}
	if (!strcmp(argv[1], "--version")) {
		printf("msrkit %s\n", MSRKIT_VERSION);
		return EXIT_OK;
	}
	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		if (!strcmp(argv[1], commands[i].name))
			return commands[i].run(argc - 1, argv + 1);
	cli_error("'%s' is not a command; run 'msrkit --help' for the list", argv[1]);
	return EXIT_USAGE;
}
