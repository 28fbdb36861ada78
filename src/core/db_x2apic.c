/* SPDX-License-Identifier: MIT */
/*
 * The local APIC registers as x2APIC mode exposes them, MSR 800H + (xAPIC
 * MMIO offset >> 4). They exist only while the APIC is in x2APIC mode
 * (IA32_APIC_BASE[10] set, which needs CPUID.01H:ECX[21]); in xAPIC mode
 * RDMSR faults. AMD implements the same layout.
 *
 * Aliases are the xAPIC register names Linux uses (apicdef.h) and Xen's
 * MSR_X2APIC_* names.
 */
#include "tables.h"

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))
#define ALIASES(a) .aliases = (a), .naliases = COUNT_OF(a)
#define FIELDS(f) .fields = (f), .nfields = COUNT_OF(f)
#define VALUES(v) .values = (v), .nvalues = COUNT_OF(v)

#define SDM_X2APIC { .doc = "Intel SDM Vol. 3A", .section = "11.12.1.2", .title = "x2APIC Register Address Space" }

/* Every register: thread scope, any vendor, x2APIC mode on. */
#define X2APIC_COMMON \
	.scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_ANY, \
	.cond = x2apic_cond, .ncond = COUNT_OF(x2apic_cond), .ref = SDM_X2APIC

static const struct msrkit_cond x2apic_cond[] = {
	{ .kind = MSRKIT_COND_CPUID, .leaf = 1, .reg = MSRKIT_ECX, .lsb = 21, .text = "CPUID.01H:ECX[21]" },
	{ .kind = MSRKIT_COND_MSR, .leaf = 0x1B, .lsb = 10, .text = "IA32_APIC_BASE[10]" },
};

/* ---- shared value names ---- */

static const struct msrkit_value_name lvt_delivery_modes[] = {
	{ 0, "Fixed", "deliver the interrupt in the vector field" },
	{ 2, "SMI", "deliver an SMI (vector should be 0)" },
	{ 4, "NMI", "deliver an NMI (vector ignored)" },
	{ 5, "INIT", "deliver an INIT request (LINT0/LINT1 only)" },
	{ 7, "ExtINT", "respond as if from an external 8259A controller (LINT0/LINT1 only)" },
};

static const struct msrkit_value_name icr_delivery_modes[] = {
	{ 0, "Fixed", "deliver the vector to all destination processors" },
	{ 1, "Lowest Priority", "deliver the vector to the lowest-priority destination processor" },
	{ 2, "SMI", "deliver an SMI (vector must be 0)" },
	{ 4, "NMI", "deliver an NMI (vector ignored)" },
	{ 5, "INIT", "deliver an INIT request" },
	{ 6, "Start Up", "deliver a SIPI: the target starts at vector * 4 KiB" },
};

static const struct msrkit_value_name delivery_status_values[] = {
	{ 0, "Idle", "no activity, or the last interrupt was accepted" },
	{ 1, "Send Pending", "an interrupt was sent but not yet accepted" },
};

static const struct msrkit_value_name mask_values[] = {
	{ 0, "Not Masked", "the interrupt is enabled" },
	{ 1, "Masked", "the interrupt is inhibited" },
};

static const struct msrkit_value_name polarity_values[] = {
	{ 0, "Active High", NULL },
	{ 1, "Active Low", NULL },
};

static const struct msrkit_value_name trigger_values[] = {
	{ 0, "Edge", NULL },
	{ 1, "Level", NULL },
};

static const struct msrkit_value_name timer_modes[] = {
	{ 0, "One-shot", "count down once from the initial count" },
	{ 1, "Periodic", "reload the initial count after each interrupt" },
	{ 2, "TSC-Deadline", "interrupt when the TSC reaches IA32_TSC_DEADLINE" },
};

#define LVT_VECTOR \
	{ .name = "VECTOR", .lsb = 0, .width = 8, .kind = MSRKIT_KIND_HEX, \
	  .desc = "Interrupt vector delivered when the event occurs" }
#define LVT_DELIVERY_MODE \
	{ .name = "DELIVERY_MODE", .lsb = 8, .width = 3, .kind = MSRKIT_KIND_ENUM, \
	  .desc = "How the interrupt is delivered", VALUES(lvt_delivery_modes) }
#define LVT_DELIVERY_STATUS \
	{ .name = "DELIVERY_STATUS", .lsb = 12, .width = 1, .access = MSRKIT_RO, .kind = MSRKIT_KIND_ENUM, \
	  .desc = "Whether an interrupt from this source is pending acceptance", VALUES(delivery_status_values) }
#define LVT_MASK \
	{ .name = "MASK", .lsb = 16, .width = 1, .kind = MSRKIT_KIND_ENUM, \
	  .desc = "Inhibits the interrupt when set", VALUES(mask_values) }

/* ---- registers ---- */

static const char *const apicid_aliases[] = { "APIC_ID" };
static const struct msrkit_field apicid_fields[] = {
	{ .name = "X2APIC_ID", .lsb = 0, .width = 32, .kind = MSRKIT_KIND_HEX,
	  .desc = "32-bit x2APIC ID of this logical processor" },
};

static const char *const version_aliases[] = { "APIC_LVR" };
static const struct msrkit_field version_fields[] = {
	{ .name = "VERSION", .lsb = 0, .width = 8, .kind = MSRKIT_KIND_HEX,
	  .desc = "Local APIC version (10H-15H: integrated APIC)" },
	{ .name = "MAX_LVT_ENTRY", .lsb = 16, .width = 8, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_COUNT, .flags = MSRKIT_FIELD_PLUS_ONE,
	  .desc = "Number of LVT entries (encoded as entries - 1)" },
	{ .name = "EOI_BROADCAST_SUPPRESSION", .lsb = 24, .width = 1, .kind = MSRKIT_KIND_FLAG,
	  .desc = "SIVR[12] (suppress EOI broadcasts) is supported" },
	{ .name = "EXT_APIC_SPACE", .lsb = 31, .width = 1, .kind = MSRKIT_KIND_FLAG,
	  .desc = "AMD: the extended APIC register space is present" },
};

static const char *const tpr_aliases[] = { "APIC_TASKPRI", "MSR_X2APIC_TPR" };
static const struct msrkit_field tpr_fields[] = {
	{ .name = "TASK_PRIORITY_SUBCLASS", .lsb = 0, .width = 4, .kind = MSRKIT_KIND_NUMBER,
	  .desc = "Task-priority sub-class" },
	{ .name = "TASK_PRIORITY_CLASS", .lsb = 4, .width = 4, .kind = MSRKIT_KIND_NUMBER,
	  .desc = "Task-priority class: interrupts of this priority class or lower are held" },
};

static const char *const ppr_aliases[] = { "APIC_PROCPRI", "MSR_X2APIC_PPR" };
static const struct msrkit_field ppr_fields[] = {
	{ .name = "PROCESSOR_PRIORITY_SUBCLASS", .lsb = 0, .width = 4, .kind = MSRKIT_KIND_NUMBER,
	  .desc = "Processor-priority sub-class" },
	{ .name = "PROCESSOR_PRIORITY_CLASS", .lsb = 4, .width = 4, .kind = MSRKIT_KIND_NUMBER,
	  .desc = "Processor-priority class: the higher of the TPR class and the highest in-service class" },
};

static const char *const eoi_aliases[] = { "APIC_EOI", "MSR_X2APIC_EOI" };
static const struct msrkit_field eoi_fields[] = {
	{ .name = "EOI", .lsb = 0, .width = 32, .access = MSRKIT_WO, .kind = MSRKIT_KIND_HEX,
	  .desc = "Writing 0 signals the end of the current interrupt handler; nonzero values fault" },
};

static const char *const ldr_aliases[] = { "APIC_LDR" };
static const struct msrkit_field ldr_fields[] = {
	{ .name = "LOGICAL_ID", .lsb = 0, .width = 16, .kind = MSRKIT_KIND_HEX,
	  .desc = "One-hot position of this processor in its cluster (1 << (x2APIC ID[3:0]))" },
	{ .name = "CLUSTER_ID", .lsb = 16, .width = 16, .kind = MSRKIT_KIND_HEX,
	  .desc = "Cluster of this processor (x2APIC ID[19:4])" },
};

static const char *const sivr_aliases[] = { "APIC_SPIV" };
static const struct msrkit_field sivr_fields[] = {
	{ .name = "SPURIOUS_VECTOR", .lsb = 0, .width = 8, .kind = MSRKIT_KIND_HEX,
	  .desc = "Vector delivered for a spurious interrupt" },
	{ .name = "APIC_SOFTWARE_ENABLE", .lsb = 8, .width = 1, .kind = MSRKIT_KIND_FLAG,
	  .desc = "The local APIC is software-enabled" },
	{ .name = "FOCUS_PROCESSOR_CHECKING", .lsb = 9, .width = 1, .kind = MSRKIT_KIND_FLAG,
	  .desc = "Focus processor checking disabled for lowest-priority delivery (where supported)" },
	{ .name = "EOI_BROADCAST_SUPPRESSION", .lsb = 12, .width = 1, .kind = MSRKIT_KIND_FLAG,
	  .desc = "EOIs for level-triggered interrupts are not broadcast to I/O APICs" },
};

static const struct msrkit_field isr_fields[] = {
	{ .name = "ISR", .lsb = 0, .width = 32, .kind = MSRKIT_KIND_HEX,
	  .desc = "In-service bits for vectors 32n to 32n+31 (bit i = vector 32n+i)" },
};

static const struct msrkit_field tmr_fields[] = {
	{ .name = "TMR", .lsb = 0, .width = 32, .kind = MSRKIT_KIND_HEX,
	  .desc = "Trigger mode of accepted vectors 32n to 32n+31: 1 = level (bit i = vector 32n+i)" },
};

static const struct msrkit_field irr_fields[] = {
	{ .name = "IRR", .lsb = 0, .width = 32, .kind = MSRKIT_KIND_HEX,
	  .desc = "Requested (accepted, not yet serviced) vectors 32n to 32n+31 (bit i = vector 32n+i)" },
};

static const char *const esr_aliases[] = { "APIC_ESR" };
static const struct msrkit_field esr_fields[] = {
	{ .name = "SEND_CHECKSUM_ERROR", .lsb = 0, .width = 1, .kind = MSRKIT_KIND_FLAG,
	  .desc = "P6 family and Pentium only: checksum error on a sent message" },
	{ .name = "RECEIVE_CHECKSUM_ERROR", .lsb = 1, .width = 1, .kind = MSRKIT_KIND_FLAG,
	  .desc = "P6 family and Pentium only: checksum error on a received message" },
	{ .name = "SEND_ACCEPT_ERROR", .lsb = 2, .width = 1, .kind = MSRKIT_KIND_FLAG,
	  .desc = "P6 family and Pentium only: a sent message was accepted by no APIC" },
	{ .name = "RECEIVE_ACCEPT_ERROR", .lsb = 3, .width = 1, .kind = MSRKIT_KIND_FLAG,
	  .desc = "P6 family and Pentium only: a received message was accepted by no APIC" },
	{ .name = "REDIRECTABLE_IPI", .lsb = 4, .width = 1, .kind = MSRKIT_KIND_FLAG,
	  .desc = "A lowest-priority IPI was sent where that mode is not supported" },
	{ .name = "SEND_ILLEGAL_VECTOR", .lsb = 5, .width = 1, .kind = MSRKIT_KIND_FLAG,
	  .desc = "An interrupt with an illegal vector (0-15) was sent" },
	{ .name = "RECEIVED_ILLEGAL_VECTOR", .lsb = 6, .width = 1, .kind = MSRKIT_KIND_FLAG,
	  .desc = "An interrupt with an illegal vector (0-15) was received or generated locally" },
	{ .name = "ILLEGAL_REGISTER_ADDRESS", .lsb = 7, .width = 1, .kind = MSRKIT_KIND_FLAG,
	  .desc = "A reserved APIC register was accessed" },
};

static const char *const lvt_cmci_aliases[] = { "APIC_LVTCMCI" };
static const struct msrkit_field lvt_cmci_fields[] = {
	LVT_VECTOR, LVT_DELIVERY_MODE, LVT_DELIVERY_STATUS, LVT_MASK,
};

static const struct msrkit_value_name icr_dest_modes[] = {
	{ 0, "Physical", "DESTINATION is an x2APIC ID" },
	{ 1, "Logical", "DESTINATION is a cluster ID and logical-ID bitmap" },
};

static const struct msrkit_value_name icr_levels[] = {
	{ 0, "De-assert", "INIT level de-assert (legacy)" },
	{ 1, "Assert", "all other delivery modes" },
};

static const struct msrkit_value_name icr_shorthands[] = {
	{ 0, "No Shorthand", "the destination field selects the targets" },
	{ 1, "Self", "this processor only" },
	{ 2, "All Including Self", "every processor, this one included" },
	{ 3, "All Excluding Self", "every processor but this one" },
};

static const char *const icr_aliases[] = { "APIC_ICR" };
static const struct msrkit_field icr_fields[] = {
	{ .name = "VECTOR", .lsb = 0, .width = 8, .kind = MSRKIT_KIND_HEX,
	  .desc = "Vector of the interrupt sent (start-up: page number of the start address)" },
	{ .name = "DELIVERY_MODE", .lsb = 8, .width = 3, .kind = MSRKIT_KIND_ENUM,
	  .desc = "Type of IPI sent", VALUES(icr_delivery_modes) },
	{ .name = "DESTINATION_MODE", .lsb = 11, .width = 1, .kind = MSRKIT_KIND_ENUM,
	  .desc = "How DESTINATION is interpreted", VALUES(icr_dest_modes) },
	{ .name = "LEVEL", .lsb = 14, .width = 1, .kind = MSRKIT_KIND_ENUM,
	  .desc = "Level of the IPI", VALUES(icr_levels) },
	{ .name = "TRIGGER_MODE", .lsb = 15, .width = 1, .kind = MSRKIT_KIND_ENUM,
	  .desc = "Trigger mode of the IPI (INIT level de-assert only)", VALUES(trigger_values) },
	{ .name = "DESTINATION_SHORTHAND", .lsb = 18, .width = 2, .kind = MSRKIT_KIND_ENUM,
	  .desc = "Shorthand for the destination set", VALUES(icr_shorthands) },
	{ .name = "DESTINATION", .lsb = 32, .width = 32, .kind = MSRKIT_KIND_HEX,
	  .desc = "Target x2APIC ID (physical) or cluster/logical ID (logical); ignored with a shorthand" },
};

static const char *const lvt_timer_aliases[] = { "APIC_LVTT" };
static const struct msrkit_field lvt_timer_fields[] = {
	LVT_VECTOR, LVT_DELIVERY_STATUS, LVT_MASK,
	{ .name = "TIMER_MODE", .lsb = 17, .width = 2, .kind = MSRKIT_KIND_ENUM,
	  .desc = "APIC timer mode (TSC-deadline needs CPUID.01H:ECX[24])", VALUES(timer_modes) },
};

static const char *const lvt_thermal_aliases[] = { "APIC_LVTTHMR" };
static const struct msrkit_field lvt_thermal_fields[] = {
	LVT_VECTOR, LVT_DELIVERY_MODE, LVT_DELIVERY_STATUS, LVT_MASK,
};

static const char *const lvt_pmi_aliases[] = { "APIC_LVTPC" };
static const struct msrkit_field lvt_pmi_fields[] = {
	LVT_VECTOR, LVT_DELIVERY_MODE, LVT_DELIVERY_STATUS, LVT_MASK,
};

#define LINT_FIELDS \
	LVT_VECTOR, LVT_DELIVERY_MODE, LVT_DELIVERY_STATUS, \
	{ .name = "INTERRUPT_INPUT_PIN_POLARITY", .lsb = 13, .width = 1, .kind = MSRKIT_KIND_ENUM, \
	  .desc = "Polarity of the LINT pin", VALUES(polarity_values) }, \
	{ .name = "REMOTE_IRR", .lsb = 14, .width = 1, .access = MSRKIT_RO, .kind = MSRKIT_KIND_FLAG, \
	  .desc = "Level-triggered fixed interrupt accepted and not yet ended by EOI" }, \
	{ .name = "TRIGGER_MODE", .lsb = 15, .width = 1, .kind = MSRKIT_KIND_ENUM, \
	  .desc = "Trigger mode of the LINT pin (fixed delivery only)", VALUES(trigger_values) }, \
	LVT_MASK

static const char *const lvt_lint0_aliases[] = { "APIC_LVT0" };
static const struct msrkit_field lvt_lint0_fields[] = { LINT_FIELDS };

static const char *const lvt_lint1_aliases[] = { "APIC_LVT1" };
static const struct msrkit_field lvt_lint1_fields[] = { LINT_FIELDS };

static const char *const lvt_error_aliases[] = { "APIC_LVTERR" };
static const struct msrkit_field lvt_error_fields[] = {
	LVT_VECTOR, LVT_DELIVERY_STATUS, LVT_MASK,
};

static const char *const init_count_aliases[] = { "APIC_TMICT", "MSR_X2APIC_TMICT" };
static const struct msrkit_field init_count_fields[] = {
	{ .name = "INITIAL_COUNT", .lsb = 0, .width = 32, .kind = MSRKIT_KIND_NUMBER,
	  .desc = "APIC timer start value; writing it starts the timer (0 stops it)" },
};

static const char *const cur_count_aliases[] = { "APIC_TMCCT", "MSR_X2APIC_TMCCT" };
static const struct msrkit_field cur_count_fields[] = {
	{ .name = "CURRENT_COUNT", .lsb = 0, .width = 32, .kind = MSRKIT_KIND_NUMBER,
	  .desc = "APIC timer value now, counting down at the divided bus clock" },
};

/* Bits 3 and 1:0 encode the divisor; bit 2 is reserved (0), so a value
 * with bit 2 set shows as undefined rather than as a wrong divisor. */
static const struct msrkit_value_name divide_values[] = {
	{ 0x0, "Divide by 2", NULL },
	{ 0x1, "Divide by 4", NULL },
	{ 0x2, "Divide by 8", NULL },
	{ 0x3, "Divide by 16", NULL },
	{ 0x8, "Divide by 32", NULL },
	{ 0x9, "Divide by 64", NULL },
	{ 0xA, "Divide by 128", NULL },
	{ 0xB, "Divide by 1", NULL },
};

static const char *const div_conf_aliases[] = { "APIC_TDCR" };
static const struct msrkit_field div_conf_fields[] = {
	{ .name = "DIVIDE_VALUE", .lsb = 0, .width = 4, .kind = MSRKIT_KIND_ENUM,
	  .desc = "APIC timer clock divisor, encoded in bits 3 and 1:0 (bit 2 must be 0)", VALUES(divide_values) },
};

static const char *const self_ipi_aliases[] = { "APIC_SELF_IPI", "MSR_X2APIC_SELF" };
static const struct msrkit_field self_ipi_fields[] = {
	{ .name = "VECTOR", .lsb = 0, .width = 8, .access = MSRKIT_WO, .kind = MSRKIT_KIND_HEX,
	  .desc = "Vector of a fixed, edge-triggered interrupt sent to this processor" },
};

static const struct msrkit_reg x2apic_regs[] = {
	{
		.address = 0x802, .name = "IA32_X2APIC_APICID", ALIASES(apicid_aliases),
		.desc = "x2APIC ID register", .access = MSRKIT_RO, X2APIC_COMMON, FIELDS(apicid_fields),
	},
	{
		.address = 0x803, .name = "IA32_X2APIC_VERSION", ALIASES(version_aliases),
		.desc = "x2APIC version register: version and number of LVT entries",
		.access = MSRKIT_RO, X2APIC_COMMON, FIELDS(version_fields),
	},
	{
		.address = 0x808, .name = "IA32_X2APIC_TPR", ALIASES(tpr_aliases),
		.desc = "x2APIC task priority register", .access = MSRKIT_RW, X2APIC_COMMON, FIELDS(tpr_fields),
	},
	{
		.address = 0x80A, .name = "IA32_X2APIC_PPR", ALIASES(ppr_aliases),
		.desc = "x2APIC processor priority register", .access = MSRKIT_RO, X2APIC_COMMON,
		.is_volatile = true, FIELDS(ppr_fields),
	},
	{
		.address = 0x80B, .name = "IA32_X2APIC_EOI", ALIASES(eoi_aliases),
		.desc = "x2APIC end-of-interrupt register", .access = MSRKIT_WO, X2APIC_COMMON, FIELDS(eoi_fields),
	},
	{
		.address = 0x80D, .name = "IA32_X2APIC_LDR", ALIASES(ldr_aliases),
		.desc = "x2APIC logical destination register (derived from the x2APIC ID)",
		.access = MSRKIT_RO, X2APIC_COMMON, FIELDS(ldr_fields),
	},
	{
		.address = 0x80F, .name = "IA32_X2APIC_SIVR", ALIASES(sivr_aliases),
		.desc = "x2APIC spurious interrupt vector register: software enable and spurious vector",
		.access = MSRKIT_RW, X2APIC_COMMON, FIELDS(sivr_fields),
	},
	{
		.address = 0x810, .name = "IA32_X2APIC_ISR{n}",
		.desc = "x2APIC in-service register, vectors 32n to 32n+31",
		.access = MSRKIT_RO, X2APIC_COMMON, .is_volatile = true,
		.count = 8, .stride = 1, FIELDS(isr_fields),
	},
	{
		.address = 0x818, .name = "IA32_X2APIC_TMR{n}",
		.desc = "x2APIC trigger mode register, vectors 32n to 32n+31",
		.access = MSRKIT_RO, X2APIC_COMMON, .is_volatile = true,
		.count = 8, .stride = 1, FIELDS(tmr_fields),
	},
	{
		.address = 0x820, .name = "IA32_X2APIC_IRR{n}",
		.desc = "x2APIC interrupt request register, vectors 32n to 32n+31",
		.access = MSRKIT_RO, X2APIC_COMMON, .is_volatile = true,
		.count = 8, .stride = 1, FIELDS(irr_fields),
	},
	{
		.address = 0x828, .name = "IA32_X2APIC_ESR", ALIASES(esr_aliases),
		.desc = "x2APIC error status register (write 0 to latch the errors seen since the last write)",
		.access = MSRKIT_RW, X2APIC_COMMON, .is_volatile = true, FIELDS(esr_fields),
	},
	{
		.address = 0x82F, .name = "IA32_X2APIC_LVT_CMCI", ALIASES(lvt_cmci_aliases),
		.desc = "x2APIC LVT entry for corrected machine-check error interrupts (IA32_MCG_CAP[10])",
		.access = MSRKIT_RW, X2APIC_COMMON, FIELDS(lvt_cmci_fields),
	},
	{
		.address = 0x830, .name = "IA32_X2APIC_ICR", ALIASES(icr_aliases),
		.desc = "x2APIC interrupt command register: one 64-bit write sends an IPI",
		.access = MSRKIT_RW, X2APIC_COMMON, FIELDS(icr_fields),
	},
	{
		.address = 0x832, .name = "IA32_X2APIC_LVT_TIMER", ALIASES(lvt_timer_aliases),
		.desc = "x2APIC LVT entry for the APIC timer", .access = MSRKIT_RW, X2APIC_COMMON,
		FIELDS(lvt_timer_fields),
	},
	{
		.address = 0x833, .name = "IA32_X2APIC_LVT_THERMAL", ALIASES(lvt_thermal_aliases),
		.desc = "x2APIC LVT entry for the thermal sensor interrupt", .access = MSRKIT_RW, X2APIC_COMMON,
		FIELDS(lvt_thermal_fields),
	},
	{
		.address = 0x834, .name = "IA32_X2APIC_LVT_PMI", ALIASES(lvt_pmi_aliases),
		.desc = "x2APIC LVT entry for the performance monitoring interrupt", .access = MSRKIT_RW,
		X2APIC_COMMON, FIELDS(lvt_pmi_fields),
	},
	{
		.address = 0x835, .name = "IA32_X2APIC_LVT_LINT0", ALIASES(lvt_lint0_aliases),
		.desc = "x2APIC LVT entry for the LINT0 pin", .access = MSRKIT_RW, X2APIC_COMMON,
		FIELDS(lvt_lint0_fields),
	},
	{
		.address = 0x836, .name = "IA32_X2APIC_LVT_LINT1", ALIASES(lvt_lint1_aliases),
		.desc = "x2APIC LVT entry for the LINT1 pin", .access = MSRKIT_RW, X2APIC_COMMON,
		FIELDS(lvt_lint1_fields),
	},
	{
		.address = 0x837, .name = "IA32_X2APIC_LVT_ERROR", ALIASES(lvt_error_aliases),
		.desc = "x2APIC LVT entry for the APIC error interrupt", .access = MSRKIT_RW, X2APIC_COMMON,
		FIELDS(lvt_error_fields),
	},
	{
		.address = 0x838, .name = "IA32_X2APIC_INIT_COUNT", ALIASES(init_count_aliases),
		.desc = "x2APIC timer initial count register", .access = MSRKIT_RW, X2APIC_COMMON,
		FIELDS(init_count_fields),
	},
	{
		.address = 0x839, .name = "IA32_X2APIC_CUR_COUNT", ALIASES(cur_count_aliases),
		.desc = "x2APIC timer current count register", .access = MSRKIT_RO, X2APIC_COMMON,
		.is_volatile = true, FIELDS(cur_count_fields),
	},
	{
		.address = 0x83E, .name = "IA32_X2APIC_DIV_CONF", ALIASES(div_conf_aliases),
		.desc = "x2APIC timer divide configuration register", .access = MSRKIT_RW, X2APIC_COMMON,
		FIELDS(div_conf_fields),
	},
	{
		.address = 0x83F, .name = "IA32_X2APIC_SELF_IPI", ALIASES(self_ipi_aliases),
		.desc = "x2APIC self-IPI register: writing a vector interrupts this processor",
		.access = MSRKIT_WO, X2APIC_COMMON, FIELDS(self_ipi_fields),
	},
};

const struct msrkit_reg_table msrkit_table_x2apic = {
	.family = "x2apic",
	.regs = x2apic_regs,
	.count = COUNT_OF(x2apic_regs),
};
