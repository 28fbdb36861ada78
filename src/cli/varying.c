/* SPDX-License-Identifier: MIT */
/* The list of register bits that legitimately differ between CPUs or boots. */
#include <string.h>

#include "varying.h"

struct varying {
	uint32_t address;
	const char *field; /* a field of the register's definition; NULL: the whole register */
	unsigned kinds;    /* VARY_* */
	const char *why;
};

static const struct varying varying[] = {
	{ 0x1b, "BSP", VARY_PER_CPU, "only the bootstrap processor has it" },
	{ 0x4f, NULL, VARY_PER_CPU, "each package's inventory number" },
	{ 0x9e, NULL, VARY_PER_CPU, "each CPU has its own SMRAM base" },
	{ 0x175, NULL, VARY_PER_CPU | VARY_PER_BOOT, "the kernel's per-CPU entry stack" },
	{ 0x176, NULL, VARY_PER_BOOT, "a kernel entry point (moves with KASLR)" },
	{ 0x199, NULL, VARY_PER_CPU | VARY_PER_BOOT, "the OS's performance request for this CPU" },
	{ 0x1cc, NULL, VARY_PER_CPU | VARY_PER_BOOT, "the kernel's per-CPU FRED stack" },
	{ 0x560, NULL, VARY_PER_CPU | VARY_PER_BOOT, "the per-CPU trace buffer" },
	{ 0x600, NULL, VARY_PER_CPU | VARY_PER_BOOT, "the per-CPU debug store area" },
	{ 0x6a4, NULL, VARY_PER_CPU | VARY_PER_BOOT, "the running thread's shadow stack" },
	{ 0x6a5, NULL, VARY_PER_CPU | VARY_PER_BOOT, "the running thread's shadow stack" },
	{ 0x6a6, NULL, VARY_PER_CPU | VARY_PER_BOOT, "the running thread's shadow stack" },
	{ 0x6a7, NULL, VARY_PER_CPU | VARY_PER_BOOT, "the running thread's shadow stack" },
	{ 0x6a8, NULL, VARY_PER_CPU | VARY_PER_BOOT, "the per-CPU interrupt shadow-stack table" },
	{ 0x6e0, NULL, VARY_PER_CPU | VARY_PER_BOOT, "the CPU's next timer deadline" },
	{ 0x774, "MINIMUM_PERFORMANCE", VARY_PER_CPU, "the OS's request, within this CPU's own HWP capabilities" },
	{ 0x774, "MAXIMUM_PERFORMANCE", VARY_PER_CPU, "the OS's request, within this CPU's own HWP capabilities" },
	{ 0x774, "DESIRED_PERFORMANCE", VARY_PER_CPU, "the OS's request, within this CPU's own HWP capabilities" },
	{ 0x802, NULL, VARY_PER_CPU, "each CPU's x2APIC ID" },
	{ 0x80d, NULL, VARY_PER_CPU, "derived from the x2APIC ID" },
	{ 0x828, NULL, VARY_PER_CPU | VARY_PER_BOOT, "errors this local APIC saw" },
	{ 0x830, NULL, VARY_PER_CPU | VARY_PER_BOOT, "the last interrupt this CPU sent" },
	{ 0x832, NULL, VARY_PER_CPU | VARY_PER_BOOT, "the OS programs each CPU's timer on its own" },
	{ 0x838, NULL, VARY_PER_CPU | VARY_PER_BOOT, "this CPU's timer" },
	{ 0xc8f, NULL, VARY_PER_CPU | VARY_PER_BOOT, "the running task's monitoring and allocation class" },
	{ 0xc0000082, NULL, VARY_PER_BOOT, "a kernel entry point (moves with KASLR)" },
	{ 0xc0000083, NULL, VARY_PER_BOOT, "a kernel entry point (moves with KASLR)" },
	{ 0xc0000100, NULL, VARY_PER_CPU | VARY_PER_BOOT, "the running thread's FS base" },
	{ 0xc0000101, NULL, VARY_PER_CPU | VARY_PER_BOOT, "the kernel's per-CPU data pointer" },
	{ 0xc0000102, NULL, VARY_PER_CPU | VARY_PER_BOOT, "the per-CPU data pointer swapped at kernel entry" },
	{ 0xc0000103, NULL, VARY_PER_CPU, "the OS stores the CPU (and node) number here" },
	{ 0xc0010117, NULL, VARY_PER_CPU | VARY_PER_BOOT, "the per-CPU host save area" },
	{ 0xc00102f1, NULL, VARY_PER_CPU, "each package's inventory number" },
};

static uint64_t field_mask(const struct msrkit_reg *reg, const char *name, const struct msrkit_cpu *cpu)
{
	size_t i;

	for (i = 0; reg && i < reg->nfields; i++) {
		const struct msrkit_field *f = &reg->fields[i];

		if (!strcmp(f->name, name)) {
			unsigned width = msrkit_field_msb(f, cpu) - f->lsb + 1u;

			return (width >= 64 ? ~UINT64_C(0) : (UINT64_C(1) << width) - 1) << f->lsb;
		}
	}
	return 0;
}

uint64_t varying_mask(uint32_t address, const struct msrkit_reg *reg, const struct msrkit_cpu *cpu, unsigned kinds,
		      const char **why)
{
	uint64_t mask = 0;
	size_t i;

	if (why)
		*why = NULL;
	for (i = 0; i < sizeof(varying) / sizeof(varying[0]); i++) {
		const struct varying *v = &varying[i];

		if (v->address != address || !(v->kinds & kinds))
			continue;
		mask |= v->field ? field_mask(reg, v->field, cpu) : ~UINT64_C(0);
		if (why && !*why)
			*why = v->why;
	}
	return mask;
}
