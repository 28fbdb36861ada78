/* SPDX-License-Identifier: MIT */
/*
 * Named CPUID feature bits and fields (include/msrkit/cpuid_bits.h).
 *
 * Intel leaves and bits follow the Intel SDM Vol. 2A, CPUID—CPU
 * Identification; AMD's extended leaves follow the AMD APM Vol. 3,
 * Appendix E, whose mnemonics name the bits Intel also defines there
 * (LAHF/SAHF, LZCNT, SYSCALL, NX, 1-GByte pages, RDTSCP, LM, invariant TSC,
 * address sizes, WBNOINVD) with the same meaning. Where the SDM describes a
 * bit in a sentence without a mnemonic, the name is the Linux kernel's
 * (arch/x86/include/asm/cpufeatures.h) and the reference says both.
 * Centaur's leaf C0000001H has no public manual: the names are Linux's.
 */
#include "cpuid_table.h"

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))
#define REF(docname, sec, ttl) { .doc = (docname), .section = (sec), .title = (ttl) }

#define SDM(ttl) REF("Intel SDM Vol. 2A", "3.2", "CPUID—CPU Identification: " ttl)
#define SDM_INFO SDM("Information Returned by CPUID Instruction")
#define SDM_ECX SDM("Feature Information Returned in the ECX Register")
#define SDM_EDX SDM("More on Feature Information Returned in the EDX Register")
#define SDM_VERSION SDM("Version Information: Type, Family, Model, and Stepping ID")
/* A bit the SDM describes without a mnemonic: named as Linux names it. */
#define SDM_LINUX REF("Intel SDM Vol. 2A; Linux cpufeatures.h (name)", "3.2", \
		      "CPUID—CPU Identification: Information Returned by CPUID Instruction")
/* The same, named as Linux's kcpuid table (x86-cpuid-db) names it. */
#define SDM_KCPUID REF("Intel SDM Vol. 2A; Linux tools/arch/x86/kcpuid/cpuid.csv (name)", "3.2", \
		       "CPUID—CPU Identification: Information Returned by CPUID Instruction")
#define APM(sec, ttl) REF("AMD APM Vol. 3", sec, ttl)
#define APM_1 APM("E.3", "Function 1h—Processor and Processor Feature Identifiers")
#define APM_8_1 APM("E.4", "Function 8000_0001h—Extended Processor and Processor Feature Identifiers")
#define APM_8_7 APM("E.4", "Function 8000_0007h—Processor Power Management and RAS Capabilities")
#define APM_8_8 APM("E.4", "Function 8000_0008h—Processor Capacity Parameters and Extended Feature Identification")
#define APM_8_A APM("E.4", "Function 8000_000Ah—SVM Features")
#define APM_8_1E APM("E.4", "Function 8000_001Eh—Processor Topology Information")
#define APM_8_26 APM("E.4", "Function 8000_0026h—Extended CPU Topology")
#define LINUX_C1 REF("Linux arch/x86/include/asm/cpufeatures.h", "word 5", \
		     "VIA/Cyrix/Centaur-defined CPU features, CPUID level 0xC0000001")

#define SVM_VENDORS (MSRKIT_VENDOR_AMD | MSRKIT_VENDOR_HYGON)

/* A bit of a leaf without subleaves. */
#define BIT(l, r, b, nm, al, d, rf) \
	{ .leaf = (l), .reg = MSRKIT_##r, .lsb = (b), .width = 1, .name = (nm), .alias = (al), .desc = (d), .ref = rf }
/* A bit of one subleaf. */
#define SBIT(l, s, r, b, nm, al, d, rf) \
	{ .leaf = (l), .subleaf = (s), .by_subleaf = true, .reg = MSRKIT_##r, .lsb = (b), .width = 1, .name = (nm), \
	  .alias = (al), .desc = (d), .ref = rf }
/* A bit for some vendors only. */
#define VBIT(l, r, b, nm, al, d, v, rf) \
	{ .leaf = (l), .reg = MSRKIT_##r, .lsb = (b), .width = 1, .name = (nm), .alias = (al), .desc = (d), \
	  .vendors = (v), .ref = rf }
/* A multi-bit field. */
#define FIELD(l, r, b, w, nm, d, v, fl, rf) \
	{ .leaf = (l), .reg = MSRKIT_##r, .lsb = (b), .width = (w), .name = (nm), .desc = (d), .vendors = (v), \
	  .flags = (fl), .ref = rf }
#define SFIELD(l, s, r, b, w, nm, d, rf) \
	{ .leaf = (l), .subleaf = (s), .by_subleaf = true, .reg = MSRKIT_##r, .lsb = (b), .width = (w), .name = (nm), \
	  .desc = (d), .ref = rf }

const struct msrkit_cpuid_bit msrkit_cpuid_table[] = {
	/* ---- 01H: version and feature information ---- */
	FIELD(0x1, EAX, 0, 4, "Stepping ID", "processor revision within the model", 0, 0, SDM_VERSION),
	FIELD(0x1, EAX, 4, 4, "Model", "model (display model: Extended Model ID << 4 + Model for families 06H and 0FH)", 0, 0, SDM_VERSION),
	FIELD(0x1, EAX, 8, 4, "Family ID", "family (display family: + Extended Family ID when 0FH)", 0, 0, SDM_VERSION),
	FIELD(0x1, EAX, 12, 2, "Processor Type", "processor type (0: original OEM processor)", 0, 0, SDM_VERSION),
	FIELD(0x1, EAX, 16, 4, "Extended Model ID", "high bits of the display model (families 06H and 0FH)", 0, 0, SDM_VERSION),
	FIELD(0x1, EAX, 20, 8, "Extended Family ID", "added to Family ID 0FH for the display family", 0, 0, SDM_VERSION),
	FIELD(0x1, EBX, 0, 8, "8BitBrandId", "brand index (0: not supported)", 0, 0, APM_1),
	FIELD(0x1, EBX, 8, 8, "CLFlush", "CLFLUSH line size, in 8-byte units", 0, 0, APM_1),
	FIELD(0x1, EBX, 16, 8, "LogicalProcessorCount", "maximum number of addressable logical processor IDs in the package", 0, 0, APM_1),
	FIELD(0x1, EBX, 24, 8, "LocalApicId", "initial APIC ID of this logical processor", 0, MSRKIT_CPUID_PER_CPU, APM_1),
	BIT(0x1, ECX, 0, "SSE3", "pni", "Streaming SIMD Extensions 3", SDM_ECX),
	BIT(0x1, ECX, 1, "PCLMULQDQ", NULL, "carry-less multiplication instruction", SDM_ECX),
	BIT(0x1, ECX, 2, "DTES64", NULL, "64-bit DS area", SDM_ECX),
	BIT(0x1, ECX, 3, "MONITOR", NULL, "MONITOR/MWAIT", SDM_ECX),
	BIT(0x1, ECX, 4, "DS-CPL", "ds_cpl", "CPL-qualified debug store", SDM_ECX),
	BIT(0x1, ECX, 5, "VMX", NULL, "Virtual Machine Extensions", SDM_ECX),
	BIT(0x1, ECX, 6, "SMX", NULL, "Safer Mode Extensions", SDM_ECX),
	BIT(0x1, ECX, 7, "EIST", "est", "Enhanced Intel SpeedStep technology", SDM_ECX),
	BIT(0x1, ECX, 8, "TM2", NULL, "Thermal Monitor 2", SDM_ECX),
	BIT(0x1, ECX, 9, "SSSE3", NULL, "Supplemental Streaming SIMD Extensions 3", SDM_ECX),
	BIT(0x1, ECX, 10, "CNXT-ID", "cid", "L1 context ID (adaptive or shared L1 data cache mode)", SDM_ECX),
	BIT(0x1, ECX, 11, "SDBG", NULL, "IA32_DEBUG_INTERFACE MSR for silicon debug", SDM_ECX),
	BIT(0x1, ECX, 12, "FMA", NULL, "FMA extensions using YMM state", SDM_ECX),
	BIT(0x1, ECX, 13, "CMPXCHG16B", "cx16", "CMPXCHG16B instruction", SDM_ECX),
	BIT(0x1, ECX, 14, "xTPR Update Control", "xtpr", "IA32_MISC_ENABLE[23] can disable xTPR messages", SDM_ECX),
	BIT(0x1, ECX, 15, "PDCM", NULL, "Perfmon and Debug Capability: IA32_PERF_CAPABILITIES MSR", SDM_ECX),
	BIT(0x1, ECX, 17, "PCID", NULL, "process-context identifiers (CR4.PCIDE)", SDM_ECX),
	BIT(0x1, ECX, 18, "DCA", NULL, "prefetch data from a memory-mapped device (Direct Cache Access)", SDM_ECX),
	BIT(0x1, ECX, 19, "SSE4_1", NULL, "SSE4.1", SDM_ECX),
	BIT(0x1, ECX, 20, "SSE4_2", NULL, "SSE4.2", SDM_ECX),
	BIT(0x1, ECX, 21, "x2APIC", NULL, "x2APIC mode", SDM_ECX),
	BIT(0x1, ECX, 22, "MOVBE", NULL, "MOVBE instruction", SDM_ECX),
	BIT(0x1, ECX, 23, "POPCNT", NULL, "POPCNT instruction", SDM_ECX),
	BIT(0x1, ECX, 24, "TSC-Deadline", "tsc_deadline_timer", "local APIC timer TSC-deadline mode", SDM_ECX),
	BIT(0x1, ECX, 25, "AESNI", "aes", "AES instructions", SDM_ECX),
	BIT(0x1, ECX, 26, "XSAVE", NULL, "XSAVE/XRSTOR, XSETBV/XGETBV and XCR0", SDM_ECX),
	BIT(0x1, ECX, 27, "OSXSAVE", NULL, "the OS has set CR4.OSXSAVE (XSAVE enabled)", SDM_ECX),
	BIT(0x1, ECX, 28, "AVX", NULL, "Advanced Vector Extensions", SDM_ECX),
	BIT(0x1, ECX, 29, "F16C", NULL, "16-bit floating-point conversion instructions", SDM_ECX),
	BIT(0x1, ECX, 30, "RDRAND", NULL, "RDRAND instruction", SDM_ECX),
	BIT(0x1, ECX, 31, "HYPERVISOR", NULL, "reserved for a hypervisor to indicate guest status: running in a virtual machine", APM_1),
	BIT(0x1, EDX, 0, "FPU", NULL, "x87 FPU on chip", SDM_EDX),
	BIT(0x1, EDX, 1, "VME", NULL, "Virtual-8086 Mode Enhancements", SDM_EDX),
	BIT(0x1, EDX, 2, "DE", NULL, "Debugging Extensions (I/O breakpoints, CR4.DE)", SDM_EDX),
	BIT(0x1, EDX, 3, "PSE", NULL, "Page Size Extension (4-MByte pages)", SDM_EDX),
	BIT(0x1, EDX, 4, "TSC", NULL, "Time Stamp Counter and RDTSC", SDM_EDX),
	BIT(0x1, EDX, 5, "MSR", NULL, "RDMSR and WRMSR", SDM_EDX),
	BIT(0x1, EDX, 6, "PAE", NULL, "Physical Address Extension", SDM_EDX),
	BIT(0x1, EDX, 7, "MCE", NULL, "Machine Check Exception", SDM_EDX),
	BIT(0x1, EDX, 8, "CX8", NULL, "CMPXCHG8B instruction", SDM_EDX),
	BIT(0x1, EDX, 9, "APIC", NULL, "APIC on chip", SDM_EDX),
	BIT(0x1, EDX, 11, "SEP", NULL, "SYSENTER and SYSEXIT", SDM_EDX),
	BIT(0x1, EDX, 12, "MTRR", NULL, "Memory Type Range Registers", SDM_EDX),
	BIT(0x1, EDX, 13, "PGE", NULL, "Page Global Enable (CR4.PGE)", SDM_EDX),
	BIT(0x1, EDX, 14, "MCA", NULL, "Machine Check Architecture", SDM_EDX),
	BIT(0x1, EDX, 15, "CMOV", NULL, "conditional move instructions", SDM_EDX),
	BIT(0x1, EDX, 16, "PAT", NULL, "Page Attribute Table", SDM_EDX),
	BIT(0x1, EDX, 17, "PSE-36", "pse36", "36-bit Page Size Extension", SDM_EDX),
	BIT(0x1, EDX, 18, "PSN", "pn", "processor serial number", SDM_EDX),
	BIT(0x1, EDX, 19, "CLFSH", "clflush", "CLFLUSH instruction", SDM_EDX),
	BIT(0x1, EDX, 21, "DS", "dts", "Debug Store", SDM_EDX),
	BIT(0x1, EDX, 22, "ACPI", NULL, "thermal monitor and software-controlled clock facilities", SDM_EDX),
	BIT(0x1, EDX, 23, "MMX", NULL, "Intel MMX technology", SDM_EDX),
	BIT(0x1, EDX, 24, "FXSR", NULL, "FXSAVE and FXRSTOR", SDM_EDX),
	BIT(0x1, EDX, 25, "SSE", NULL, "Streaming SIMD Extensions", SDM_EDX),
	BIT(0x1, EDX, 26, "SSE2", NULL, "Streaming SIMD Extensions 2", SDM_EDX),
	BIT(0x1, EDX, 27, "SS", NULL, "self snoop", SDM_EDX),
	BIT(0x1, EDX, 28, "HTT", "ht", "the max-logical-processor field (01H EBX[23:16]) is valid", SDM_EDX),
	BIT(0x1, EDX, 29, "TM", NULL, "Thermal Monitor (automatic thermal control circuit)", SDM_EDX),
	BIT(0x1, EDX, 31, "PBE", NULL, "Pending Break Enable", SDM_EDX),

	/* ---- 06H: thermal and power management ---- */
	BIT(0x6, EAX, 0, "DTHERM", NULL, "digital temperature sensor", SDM_LINUX),
	BIT(0x6, EAX, 1, "IDA", NULL, "Intel Turbo Boost Technology available", SDM_LINUX),
	BIT(0x6, EAX, 2, "ARAT", NULL, "APIC timer always running (also in deep C-states)", SDM_INFO),
	BIT(0x6, EAX, 4, "PLN", NULL, "power limit notification controls", SDM_INFO),
	BIT(0x6, EAX, 5, "ECMD", NULL, "clock modulation duty cycle extension", SDM_INFO),
	BIT(0x6, EAX, 6, "PTM", "pts", "package thermal management", SDM_INFO),
	BIT(0x6, EAX, 7, "HWP", NULL, "hardware-controlled performance states: HWP base registers", SDM_INFO),
	BIT(0x6, EAX, 8, "HWP_Notification", "hwp_notify", "IA32_HWP_INTERRUPT MSR", SDM_INFO),
	BIT(0x6, EAX, 9, "HWP_Activity_Window", "hwp_act_window", "IA32_HWP_REQUEST[41:32] activity window", SDM_INFO),
	BIT(0x6, EAX, 10, "HWP_Energy_Performance_Preference", "hwp_epp", "IA32_HWP_REQUEST[31:24] energy/performance preference", SDM_INFO),
	BIT(0x6, EAX, 11, "HWP_Package_Level_Request", "hwp_pkg_req", "IA32_HWP_REQUEST_PKG MSR", SDM_INFO),
	BIT(0x6, EAX, 13, "HDC", NULL, "hardware duty cycling: IA32_PKG_HDC_CTL, IA32_PM_CTL1, IA32_THREAD_STALL", SDM_INFO),
	BIT(0x6, EAX, 14, "Intel Turbo Boost Max Technology 3.0", NULL, "Intel Turbo Boost Max Technology 3.0 available", SDM_INFO),
	BIT(0x6, EAX, 15, "HWP_HIGHEST_PERF_CHANGE", NULL, "HWP Capabilities: Highest Performance change is supported", SDM_LINUX),
	BIT(0x6, EAX, 19, "HW_FEEDBACK", "hfi", "hardware feedback interface: IA32_HW_FEEDBACK_PTR and IA32_HW_FEEDBACK_CONFIG", SDM_INFO),
	FIELD(0x6, EDX, 16, 16, "this_lcpu_hwfdbk_idx", "this logical processor's row in the hardware feedback structure", 0, MSRKIT_CPUID_PER_CPU, SDM_KCPUID),

	/* ---- 07H subleaf 0: structured extended feature flags ---- */
	SBIT(0x7, 0, EBX, 0, "FSGSBASE", NULL, "RDFSBASE/RDGSBASE/WRFSBASE/WRGSBASE", SDM_INFO),
	SBIT(0x7, 0, EBX, 1, "IA32_TSC_ADJUST", "tsc_adjust", "IA32_TSC_ADJUST MSR", SDM_INFO),
	SBIT(0x7, 0, EBX, 2, "SGX", NULL, "Intel Software Guard Extensions", SDM_INFO),
	SBIT(0x7, 0, EBX, 3, "BMI1", NULL, "bit manipulation instruction set 1", SDM_INFO),
	SBIT(0x7, 0, EBX, 4, "HLE", NULL, "Hardware Lock Elision", SDM_INFO),
	SBIT(0x7, 0, EBX, 5, "AVX2", NULL, "Advanced Vector Extensions 2", SDM_INFO),
	SBIT(0x7, 0, EBX, 6, "FDP_EXCPTN_ONLY", NULL, "x87 FPU data pointer updated only on x87 exceptions", SDM_INFO),
	SBIT(0x7, 0, EBX, 7, "SMEP", NULL, "Supervisor-Mode Execution Prevention", SDM_INFO),
	SBIT(0x7, 0, EBX, 8, "BMI2", NULL, "bit manipulation instruction set 2", SDM_INFO),
	SBIT(0x7, 0, EBX, 9, "ERMS", NULL, "enhanced REP MOVSB/STOSB", SDM_LINUX),
	SBIT(0x7, 0, EBX, 10, "INVPCID", NULL, "INVPCID instruction", SDM_INFO),
	SBIT(0x7, 0, EBX, 11, "RTM", NULL, "Restricted Transactional Memory", SDM_INFO),
	SBIT(0x7, 0, EBX, 12, "RDT-M", "cqm", "Intel Resource Director Technology monitoring", SDM_INFO),
	SBIT(0x7, 0, EBX, 13, "ZERO_FCS_FDS", NULL, "FPU CS and FPU DS values deprecated", SDM_LINUX),
	SBIT(0x7, 0, EBX, 14, "MPX", NULL, "Memory Protection Extensions", SDM_INFO),
	SBIT(0x7, 0, EBX, 15, "RDT-A", "rdt_a", "Intel Resource Director Technology allocation", SDM_INFO),
	SBIT(0x7, 0, EBX, 16, "AVX512F", NULL, "AVX-512 Foundation", SDM_INFO),
	SBIT(0x7, 0, EBX, 17, "AVX512DQ", NULL, "AVX-512 doubleword and quadword instructions", SDM_INFO),
	SBIT(0x7, 0, EBX, 18, "RDSEED", NULL, "RDSEED instruction", SDM_INFO),
	SBIT(0x7, 0, EBX, 19, "ADX", NULL, "ADCX and ADOX instructions", SDM_INFO),
	SBIT(0x7, 0, EBX, 20, "SMAP", NULL, "Supervisor-Mode Access Prevention (CLAC, STAC)", SDM_INFO),
	SBIT(0x7, 0, EBX, 21, "AVX512_IFMA", "avx512ifma", "AVX-512 integer fused multiply-add", SDM_INFO),
	SBIT(0x7, 0, EBX, 23, "CLFLUSHOPT", NULL, "CLFLUSHOPT instruction", SDM_INFO),
	SBIT(0x7, 0, EBX, 24, "CLWB", NULL, "CLWB instruction", SDM_INFO),
	SBIT(0x7, 0, EBX, 25, "Intel Processor Trace", "intel_pt", "Intel Processor Trace", SDM_INFO),
	SBIT(0x7, 0, EBX, 26, "AVX512PF", NULL, "AVX-512 prefetch instructions", SDM_INFO),
	SBIT(0x7, 0, EBX, 27, "AVX512ER", NULL, "AVX-512 exponential and reciprocal instructions", SDM_INFO),
	SBIT(0x7, 0, EBX, 28, "AVX512CD", NULL, "AVX-512 conflict detection instructions", SDM_INFO),
	SBIT(0x7, 0, EBX, 29, "SHA", "sha_ni", "SHA extensions", SDM_INFO),
	SBIT(0x7, 0, EBX, 30, "AVX512BW", NULL, "AVX-512 byte and word instructions", SDM_INFO),
	SBIT(0x7, 0, EBX, 31, "AVX512VL", NULL, "AVX-512 vector length extensions", SDM_INFO),
	SBIT(0x7, 0, ECX, 0, "PREFETCHWT1", NULL, "PREFETCHWT1 instruction", SDM_INFO),
	SBIT(0x7, 0, ECX, 1, "AVX512_VBMI", "avx512vbmi", "AVX-512 vector byte manipulation instructions", SDM_INFO),
	SBIT(0x7, 0, ECX, 2, "UMIP", NULL, "user-mode instruction prevention", SDM_INFO),
	SBIT(0x7, 0, ECX, 3, "PKU", NULL, "protection keys for user-mode pages", SDM_INFO),
	SBIT(0x7, 0, ECX, 4, "OSPKE", NULL, "the OS has set CR4.PKE (RDPKRU/WRPKRU enabled)", SDM_INFO),
	SBIT(0x7, 0, ECX, 5, "WAITPKG", NULL, "TPAUSE, UMONITOR and UMWAIT", SDM_INFO),
	SBIT(0x7, 0, ECX, 6, "AVX512_VBMI2", NULL, "AVX-512 vector byte manipulation instructions 2", SDM_INFO),
	SBIT(0x7, 0, ECX, 7, "CET_SS", NULL, "CET shadow stack", SDM_INFO),
	SBIT(0x7, 0, ECX, 8, "GFNI", NULL, "Galois field instructions", SDM_INFO),
	SBIT(0x7, 0, ECX, 9, "VAES", NULL, "vector AES instructions", SDM_INFO),
	SBIT(0x7, 0, ECX, 10, "VPCLMULQDQ", NULL, "vector carry-less multiplication", SDM_INFO),
	SBIT(0x7, 0, ECX, 11, "AVX512_VNNI", NULL, "AVX-512 vector neural network instructions", SDM_INFO),
	SBIT(0x7, 0, ECX, 12, "AVX512_BITALG", NULL, "AVX-512 VPOPCNT{B,W} and VPSHUFBITQMB", SDM_INFO),
	SBIT(0x7, 0, ECX, 13, "TME_EN", "tme", "total memory encryption MSRs", SDM_INFO),
	SBIT(0x7, 0, ECX, 14, "AVX512_VPOPCNTDQ", NULL, "AVX-512 VPOPCNT{D,Q}", SDM_INFO),
	SBIT(0x7, 0, ECX, 16, "LA57", NULL, "57-bit linear addresses and five-level paging", SDM_INFO),
	SFIELD(0x7, 0, ECX, 17, 5, "MAWAU", "MPX address-width adjust used by BNDLDX and BNDSTX in 64-bit mode", SDM_INFO),
	SBIT(0x7, 0, ECX, 22, "RDPID", NULL, "RDPID and IA32_TSC_AUX", SDM_INFO),
	SBIT(0x7, 0, ECX, 23, "KL", NULL, "Key Locker", SDM_INFO),
	SBIT(0x7, 0, ECX, 24, "BUS_LOCK_DETECT", NULL, "OS bus-lock detection", SDM_INFO),
	SBIT(0x7, 0, ECX, 25, "CLDEMOTE", NULL, "cache line demote", SDM_INFO),
	SBIT(0x7, 0, ECX, 27, "MOVDIRI", NULL, "MOVDIRI instruction", SDM_INFO),
	SBIT(0x7, 0, ECX, 28, "MOVDIR64B", NULL, "MOVDIR64B instruction", SDM_INFO),
	SBIT(0x7, 0, ECX, 29, "ENQCMD", NULL, "enqueue stores (ENQCMD, ENQCMDS)", SDM_INFO),
	SBIT(0x7, 0, ECX, 30, "SGX_LC", NULL, "SGX launch configuration", SDM_INFO),
	SBIT(0x7, 0, ECX, 31, "PKS", NULL, "protection keys for supervisor-mode pages", SDM_INFO),
	SBIT(0x7, 0, EDX, 1, "SGX-KEYS", NULL, "Attestation Services for Intel SGX", SDM_INFO),
	SBIT(0x7, 0, EDX, 2, "AVX512_4VNNIW", NULL, "AVX-512 4-iteration neural network instructions", SDM_INFO),
	SBIT(0x7, 0, EDX, 3, "AVX512_4FMAPS", NULL, "AVX-512 4-iteration multiply-accumulate single precision", SDM_INFO),
	SBIT(0x7, 0, EDX, 4, "Fast Short REP MOV", "fsrm", "fast short REP MOV", SDM_INFO),
	SBIT(0x7, 0, EDX, 5, "UINTR", NULL, "user interrupts", SDM_INFO),
	SBIT(0x7, 0, EDX, 8, "AVX512_VP2INTERSECT", NULL, "AVX-512 VP2INTERSECT{D,Q}", SDM_INFO),
	SBIT(0x7, 0, EDX, 9, "SRBDS_CTRL", NULL, "IA32_MCU_OPT_CTRL MSR (SRBDS mitigation)", SDM_INFO),
	SBIT(0x7, 0, EDX, 10, "MD_CLEAR", NULL, "VERW clears CPU buffers", SDM_INFO),
	SBIT(0x7, 0, EDX, 11, "RTM_ALWAYS_ABORT", NULL, "every RTM transaction aborts", SDM_INFO),
	SBIT(0x7, 0, EDX, 13, "RTM_FORCE_ABORT", NULL, "IA32_TSX_FORCE_ABORT MSR", SDM_INFO),
	SBIT(0x7, 0, EDX, 14, "SERIALIZE", NULL, "SERIALIZE instruction", SDM_INFO),
	SBIT(0x7, 0, EDX, 15, "Hybrid", NULL, "the processor has logical processors of more than one core type", SDM_INFO),
	SBIT(0x7, 0, EDX, 16, "TSXLDTRK", NULL, "XSUSLDTRK and XRESLDTRK", SDM_INFO),
	SBIT(0x7, 0, EDX, 18, "PCONFIG", NULL, "PCONFIG instruction", SDM_INFO),
	SBIT(0x7, 0, EDX, 19, "Architectural LBRs", "arch_lbr", "architectural last branch records", SDM_INFO),
	SBIT(0x7, 0, EDX, 20, "CET_IBT", "ibt", "CET indirect branch tracking", SDM_INFO),
	SBIT(0x7, 0, EDX, 22, "AMX-BF16", "amx_bf16", "tile computation on bfloat16 numbers", SDM_INFO),
	SBIT(0x7, 0, EDX, 23, "AVX512-FP16", "avx512_fp16", "AVX-512 FP16 instructions", SDM_INFO),
	SBIT(0x7, 0, EDX, 24, "AMX-TILE", "amx_tile", "tile architecture", SDM_INFO),
	SBIT(0x7, 0, EDX, 25, "AMX-INT8", "amx_int8", "tile computation on 8-bit integers", SDM_INFO),
	SBIT(0x7, 0, EDX, 26, "SPEC_CTRL", NULL, "indirect branch restricted speculation (IBRS) and the indirect branch predictor barrier (IBPB)", SDM_LINUX),
	SBIT(0x7, 0, EDX, 27, "STIBP", NULL, "IA32_SPEC_CTRL.STIBP", SDM_INFO),
	SBIT(0x7, 0, EDX, 28, "L1D_FLUSH", "flush_l1d", "IA32_FLUSH_CMD MSR", SDM_INFO),
	SBIT(0x7, 0, EDX, 29, "IA32_ARCH_CAPABILITIES", "arch_capabilities", "IA32_ARCH_CAPABILITIES MSR", SDM_INFO),
	SBIT(0x7, 0, EDX, 30, "IA32_CORE_CAPABILITIES", NULL, "IA32_CORE_CAPABILITIES MSR", SDM_INFO),
	SBIT(0x7, 0, EDX, 31, "SSBD", NULL, "IA32_SPEC_CTRL.SSBD (speculative store bypass disable)", SDM_INFO),

	/* ---- 07H subleaf 1 ---- */
	SBIT(0x7, 1, EAX, 0, "SHA512", NULL, "SHA512 instructions", SDM_INFO),
	SBIT(0x7, 1, EAX, 1, "SM3", NULL, "SM3 instructions", SDM_INFO),
	SBIT(0x7, 1, EAX, 2, "SM4", NULL, "SM4 instructions", SDM_INFO),
	SBIT(0x7, 1, EAX, 4, "AVX-VNNI", "avx_vnni", "AVX (VEX-encoded) vector neural network instructions", SDM_INFO),
	SBIT(0x7, 1, EAX, 5, "AVX512_BF16", NULL, "AVX-512 bfloat16 instructions", SDM_INFO),
	SBIT(0x7, 1, EAX, 7, "CMPCCXADD", NULL, "CMPccXADD instructions", SDM_INFO),
	SBIT(0x7, 1, EAX, 8, "ArchPerfmonExt", NULL, "architectural performance monitoring extended leaf (23H)", SDM_INFO),
	SBIT(0x7, 1, EAX, 10, "FZRM", NULL, "fast zero-length REP MOVSB", SDM_LINUX),
	SBIT(0x7, 1, EAX, 11, "FSRS", NULL, "fast short REP STOSB", SDM_LINUX),
	SBIT(0x7, 1, EAX, 12, "FSRC", NULL, "fast short REP CMPSB and REP SCASB", SDM_LINUX),
	SBIT(0x7, 1, EAX, 17, "FRED", NULL, "flexible return and event delivery", SDM_INFO),
	SBIT(0x7, 1, EAX, 18, "LKGS", NULL, "LKGS instruction", SDM_INFO),
	SBIT(0x7, 1, EAX, 19, "WRMSRNS", NULL, "non-serializing WRMSR", SDM_INFO),
	SBIT(0x7, 1, EAX, 21, "AMX-FP16", NULL, "tile computation on FP16 numbers", SDM_INFO),
	SBIT(0x7, 1, EAX, 22, "HRESET", NULL, "history reset (HRESET, IA32_HRESET_ENABLE)", SDM_INFO),
	SBIT(0x7, 1, EAX, 23, "AVX-IFMA", NULL, "AVX (VEX-encoded) integer fused multiply-add", SDM_INFO),
	SBIT(0x7, 1, EAX, 26, "LAM", NULL, "linear address masking", SDM_INFO),
	SBIT(0x7, 1, EAX, 27, "MSRLIST", NULL, "RDMSRLIST and WRMSRLIST, IA32_BARRIER", SDM_INFO),

	/* ---- 0BH: extended topology ---- */
	FIELD(0xb, EDX, 0, 32, "x2APIC ID", "x2APIC ID of this logical processor", 0, MSRKIT_CPUID_PER_CPU, SDM_INFO),

	/* ---- 0DH subleaf 1: processor extended state ---- */
	SBIT(0xd, 1, EAX, 0, "XSAVEOPT", NULL, "XSAVEOPT instruction", SDM_INFO),
	SBIT(0xd, 1, EAX, 1, "XSAVEC", NULL, "XSAVEC and the compacted form of XRSTOR", SDM_INFO),
	SBIT(0xd, 1, EAX, 2, "XGETBV1", NULL, "XGETBV with ECX = 1", SDM_LINUX),
	SBIT(0xd, 1, EAX, 3, "XSAVES", NULL, "XSAVES/XRSTORS and IA32_XSS", SDM_LINUX),
	SBIT(0xd, 1, EAX, 4, "XFD", NULL, "extended feature disable (IA32_XFD)", SDM_LINUX),

	/* ---- 1FH: V2 extended topology ---- */
	FIELD(0x1f, EDX, 0, 32, "x2APIC ID", "x2APIC ID of this logical processor", 0, MSRKIT_CPUID_PER_CPU, SDM_INFO),

	/* ---- 80000001H: extended processor feature identifiers ---- */
	BIT(0x80000001, ECX, 0, "LahfSahf", "lahf_lm", "LAHF and SAHF in 64-bit mode", APM_8_1),
	BIT(0x80000001, ECX, 1, "CmpLegacy", "cmp_legacy", "core multi-processing legacy mode", APM_8_1),
	BIT(0x80000001, ECX, 2, "SVM", NULL, "Secure Virtual Machine", APM_8_1),
	BIT(0x80000001, ECX, 3, "ExtApicSpace", "extapic", "extended APIC register space", APM_8_1),
	BIT(0x80000001, ECX, 4, "AltMovCr8", "cr8_legacy", "LOCK MOV CR0 means MOV CR8", APM_8_1),
	BIT(0x80000001, ECX, 5, "ABM", NULL, "advanced bit manipulation: LZCNT", APM_8_1),
	BIT(0x80000001, ECX, 6, "SSE4A", NULL, "EXTRQ, INSERTQ, MOVNTSS and MOVNTSD", APM_8_1),
	BIT(0x80000001, ECX, 7, "MisAlignSse", NULL, "misaligned SSE mode", APM_8_1),
	BIT(0x80000001, ECX, 8, "3DNowPrefetch", NULL, "PREFETCH and PREFETCHW", APM_8_1),
	BIT(0x80000001, ECX, 9, "OSVW", NULL, "OS-visible workaround", APM_8_1),
	BIT(0x80000001, ECX, 10, "IBS", NULL, "instruction-based sampling", APM_8_1),
	BIT(0x80000001, ECX, 11, "XOP", NULL, "extended operation instructions", APM_8_1),
	BIT(0x80000001, ECX, 12, "SKINIT", NULL, "SKINIT and STGI", APM_8_1),
	BIT(0x80000001, ECX, 13, "WDT", NULL, "watchdog timer", APM_8_1),
	BIT(0x80000001, ECX, 15, "LWP", NULL, "lightweight profiling", APM_8_1),
	BIT(0x80000001, ECX, 16, "FMA4", NULL, "four-operand FMA instructions", APM_8_1),
	BIT(0x80000001, ECX, 17, "TCE", NULL, "translation cache extension", APM_8_1),
	BIT(0x80000001, ECX, 19, "NodeId", "nodeid_msr", "NodeId MSR (C001_100Ch)", APM_8_1),
	BIT(0x80000001, ECX, 21, "TBM", NULL, "trailing bit manipulation", APM_8_1),
	BIT(0x80000001, ECX, 22, "TopologyExtensions", "topoext", "topology extensions: leaves 8000_001Dh and 8000_001Eh", APM_8_1),
	BIT(0x80000001, ECX, 23, "PerfCtrExtCore", "perfctr_core", "processor performance counter extensions", APM_8_1),
	BIT(0x80000001, ECX, 24, "PerfCtrExtDF", "perfctr_nb", "data fabric (northbridge) performance counter extensions", APM_8_1),
	BIT(0x80000001, ECX, 26, "DataBkptExt", "bpext", "data access breakpoint extension", APM_8_1),
	BIT(0x80000001, ECX, 27, "PerfTsc", "ptsc", "performance time-stamp counter", APM_8_1),
	BIT(0x80000001, ECX, 28, "PerfCtrExtLLC", "perfctr_llc", "last-level cache performance counter extensions", APM_8_1),
	BIT(0x80000001, ECX, 29, "MwaitExtended", "mwaitx", "MONITORX and MWAITX", APM_8_1),
	BIT(0x80000001, ECX, 30, "AdMskExtn", NULL, "address mask extension (32 bits, all four DRs) for instruction breakpoints", APM_8_1),
	BIT(0x80000001, EDX, 0, "FPU", NULL, "x87 floating-point unit on chip", APM_8_1),
	BIT(0x80000001, EDX, 1, "VME", NULL, "virtual-mode enhancements", APM_8_1),
	BIT(0x80000001, EDX, 2, "DE", NULL, "debugging extensions", APM_8_1),
	BIT(0x80000001, EDX, 3, "PSE", NULL, "page-size extensions", APM_8_1),
	BIT(0x80000001, EDX, 4, "TSC", NULL, "time stamp counter", APM_8_1),
	BIT(0x80000001, EDX, 5, "MSR", NULL, "RDMSR and WRMSR", APM_8_1),
	BIT(0x80000001, EDX, 6, "PAE", NULL, "physical-address extensions", APM_8_1),
	BIT(0x80000001, EDX, 7, "MCE", NULL, "machine check exception", APM_8_1),
	BIT(0x80000001, EDX, 8, "CMPXCHG8B", "cx8", "CMPXCHG8B instruction", APM_8_1),
	BIT(0x80000001, EDX, 9, "APIC", NULL, "advanced programmable interrupt controller", APM_8_1),
	BIT(0x80000001, EDX, 11, "SysCallSysRet", "syscall", "SYSCALL and SYSRET", APM_8_1),
	BIT(0x80000001, EDX, 12, "MTRR", NULL, "memory-type range registers", APM_8_1),
	BIT(0x80000001, EDX, 13, "PGE", NULL, "page global extension", APM_8_1),
	BIT(0x80000001, EDX, 14, "MCA", NULL, "machine check architecture", APM_8_1),
	BIT(0x80000001, EDX, 15, "CMOV", NULL, "conditional move instructions", APM_8_1),
	BIT(0x80000001, EDX, 16, "PAT", NULL, "page attribute table", APM_8_1),
	BIT(0x80000001, EDX, 17, "PSE36", NULL, "page-size extensions (36-bit physical addresses)", APM_8_1),
	BIT(0x80000001, EDX, 20, "NX", NULL, "no-execute page protection (Intel: execute disable bit)", APM_8_1),
	BIT(0x80000001, EDX, 22, "MmxExt", NULL, "AMD extensions to MMX instructions", APM_8_1),
	BIT(0x80000001, EDX, 23, "MMX", NULL, "MMX instructions", APM_8_1),
	BIT(0x80000001, EDX, 24, "FXSR", NULL, "FXSAVE and FXRSTOR", APM_8_1),
	BIT(0x80000001, EDX, 25, "FFXSR", "fxsr_opt", "FXSAVE and FXRSTOR optimizations", APM_8_1),
	BIT(0x80000001, EDX, 26, "Page1GB", "pdpe1gb", "1-GB large page support", APM_8_1),
	BIT(0x80000001, EDX, 27, "RDTSCP", NULL, "RDTSCP and TSC_AUX", APM_8_1),
	BIT(0x80000001, EDX, 29, "LM", NULL, "long mode (Intel 64 architecture)", APM_8_1),
	BIT(0x80000001, EDX, 30, "3DNowExt", NULL, "AMD extensions to 3DNow! instructions", APM_8_1),
	BIT(0x80000001, EDX, 31, "3DNow", NULL, "3DNow! instructions", APM_8_1),

	/* ---- 80000007H: power management and RAS ---- */
	BIT(0x80000007, EDX, 0, "TS", NULL, "temperature sensor", APM_8_7),
	BIT(0x80000007, EDX, 1, "FID", NULL, "frequency ID control", APM_8_7),
	BIT(0x80000007, EDX, 2, "VID", NULL, "voltage ID control", APM_8_7),
	BIT(0x80000007, EDX, 3, "TTP", NULL, "THERMTRIP", APM_8_7),
	BIT(0x80000007, EDX, 4, "TM", NULL, "hardware thermal control (HTC)", APM_8_7),
	BIT(0x80000007, EDX, 6, "100MHzSteps", NULL, "100 MHz multiplier control", APM_8_7),
	BIT(0x80000007, EDX, 7, "HwPstate", "hw_pstate", "hardware P-state control", APM_8_7),
	BIT(0x80000007, EDX, 8, "TscInvariant", NULL, "invariant TSC: the TSC rate is constant in all P-, C- and T-states", APM_8_7),
	BIT(0x80000007, EDX, 9, "CPB", NULL, "core performance boost", APM_8_7),
	BIT(0x80000007, EDX, 10, "EffFreqRO", NULL, "read-only effective frequency interface (MPERF_RO, APERF_RO)", APM_8_7),
	BIT(0x80000007, EDX, 11, "ProcFeedbackInterface", "proc_feedback", "processor feedback interface", APM_8_7),
	BIT(0x80000007, EDX, 12, "ProcPowerReporting", "acc_power", "processor power reporting interface", APM_8_7),
	BIT(0x80000007, EDX, 13, "ConnectedStandby", NULL, "connected standby", APM_8_7),
	BIT(0x80000007, EDX, 14, "RAPL", NULL, "running average power limit interface", APM_8_7),

	/* ---- 80000008H: address sizes and extended features ---- */
	FIELD(0x80000008, EAX, 0, 8, "PhysAddrSize", "maximum physical address size in bits (MAXPHYADDR)", 0, 0, APM_8_8),
	FIELD(0x80000008, EAX, 8, 8, "LinAddrSize", "maximum linear address size in bits", 0, 0, APM_8_8),
	FIELD(0x80000008, EAX, 16, 8, "GuestPhysAddrSize", "maximum guest physical address size in bits (0: PhysAddrSize)", 0, 0, APM_8_8),
	BIT(0x80000008, EBX, 0, "CLZERO", NULL, "CLZERO instruction", APM_8_8),
	BIT(0x80000008, EBX, 1, "InstRetCntMsr", "irperf", "instructions retired count MSR (IRPerfCount)", APM_8_8),
	BIT(0x80000008, EBX, 2, "RstrFpErrPtrs", "xsaveerptr", "FXSAVE, XSAVE, FXRSTOR and XRSTOR always save and restore the error pointers", APM_8_8),
	BIT(0x80000008, EBX, 3, "INVLPGB", NULL, "INVLPGB and TLBSYNC", APM_8_8),
	BIT(0x80000008, EBX, 4, "RDPRU", NULL, "RDPRU instruction", APM_8_8),
	BIT(0x80000008, EBX, 8, "MCOMMIT", NULL, "MCOMMIT instruction", APM_8_8),
	BIT(0x80000008, EBX, 9, "WBNOINVD", NULL, "WBNOINVD instruction", APM_8_8),
	BIT(0x80000008, EBX, 12, "IBPB", NULL, "indirect branch prediction barrier", APM_8_8),
	BIT(0x80000008, EBX, 13, "INT_WBINVD", NULL, "WBINVD and WBNOINVD are interruptible", APM_8_8),
	BIT(0x80000008, EBX, 14, "IBRS", NULL, "indirect branch restricted speculation", APM_8_8),
	BIT(0x80000008, EBX, 15, "STIBP", NULL, "single thread indirect branch predictor", APM_8_8),
	BIT(0x80000008, EBX, 16, "IbrsAlwaysOn", NULL, "IBRS may be left on: it is always on", APM_8_8),
	BIT(0x80000008, EBX, 17, "StibpAlwaysOn", NULL, "STIBP may be left on: it is always on", APM_8_8),
	BIT(0x80000008, EBX, 18, "IbrsPreferred", NULL, "IBRS is preferred over software mitigations", APM_8_8),
	BIT(0x80000008, EBX, 19, "IbrsSameMode", NULL, "IBRS protects within the same privilege mode", APM_8_8),
	BIT(0x80000008, EBX, 20, "EferLmsleUnsupported", NULL, "EFER.LMSLE is not supported", APM_8_8),
	BIT(0x80000008, EBX, 23, "PPIN", "amd_ppin", "protected processor inventory number", APM_8_8),
	BIT(0x80000008, EBX, 24, "SSBD", NULL, "speculative store bypass disable", APM_8_8),
	BIT(0x80000008, EBX, 25, "VIRT_SSBD", NULL, "speculative store bypass disable through VIRT_SPEC_CTL", APM_8_8),
	BIT(0x80000008, EBX, 26, "SSBDNotRequired", NULL, "speculative store bypass disable is not required", APM_8_8),
	BIT(0x80000008, EBX, 27, "CPPC", NULL, "collaborative processor performance control", APM_8_8),
	BIT(0x80000008, EBX, 28, "PSFD", NULL, "predictive store forward disable", APM_8_8),
	BIT(0x80000008, EBX, 29, "BTC_NO", NULL, "not affected by branch type confusion", APM_8_8),
	BIT(0x80000008, EBX, 30, "IBPB_RET", NULL, "IBPB also clears the return address predictor", APM_8_8),

	/* ---- 8000000AH: SVM revision and features ---- */
	FIELD(0x8000000a, EAX, 0, 8, "SvmRev", "SVM revision number", SVM_VENDORS, 0, APM_8_A),
	FIELD(0x8000000a, EBX, 0, 32, "NASID", "number of address space identifiers (ASIDs)", SVM_VENDORS, 0, APM_8_A),
	VBIT(0x8000000a, EDX, 0, "NP", "npt", "nested paging", SVM_VENDORS, APM_8_A),
	VBIT(0x8000000a, EDX, 1, "LbrVirt", "lbrv", "LBR virtualization", SVM_VENDORS, APM_8_A),
	VBIT(0x8000000a, EDX, 2, "SVML", "svm_lock", "SVM lock (VM_CR.LOCK with SVM_KEY)", SVM_VENDORS, APM_8_A),
	VBIT(0x8000000a, EDX, 3, "NRIPS", "nrip_save", "next RIP saved on #VMEXIT", SVM_VENDORS, APM_8_A),
	VBIT(0x8000000a, EDX, 4, "TscRateMsr", "tsc_scale", "MSR-based TSC rate control", SVM_VENDORS, APM_8_A),
	VBIT(0x8000000a, EDX, 5, "VmcbClean", "vmcb_clean", "VMCB clean bits", SVM_VENDORS, APM_8_A),
	VBIT(0x8000000a, EDX, 6, "FlushByAsid", NULL, "flush by ASID", SVM_VENDORS, APM_8_A),
	VBIT(0x8000000a, EDX, 7, "DecodeAssists", NULL, "decode assists", SVM_VENDORS, APM_8_A),
	VBIT(0x8000000a, EDX, 10, "PauseFilter", NULL, "PAUSE intercept filter", SVM_VENDORS, APM_8_A),
	VBIT(0x8000000a, EDX, 12, "PauseFilterThreshold", "pfthreshold", "PAUSE filter cycle count threshold", SVM_VENDORS, APM_8_A),
	VBIT(0x8000000a, EDX, 13, "AVIC", NULL, "advanced virtual interrupt controller", SVM_VENDORS, APM_8_A),
	VBIT(0x8000000a, EDX, 15, "VMSAVEvirt", "v_vmsave_vmload", "VMSAVE and VMLOAD virtualization", SVM_VENDORS, APM_8_A),
	VBIT(0x8000000a, EDX, 16, "VGIF", NULL, "virtualized global interrupt flag", SVM_VENDORS, APM_8_A),
	VBIT(0x8000000a, EDX, 17, "GMET", NULL, "guest mode execute trap", SVM_VENDORS, APM_8_A),
	VBIT(0x8000000a, EDX, 18, "x2AVIC", NULL, "AVIC in x2APIC mode", SVM_VENDORS, APM_8_A),
	VBIT(0x8000000a, EDX, 19, "SSSCheck", NULL, "supervisor shadow stack restrictions in nested page tables", SVM_VENDORS, APM_8_A),
	VBIT(0x8000000a, EDX, 20, "SpecCtrl", "v_spec_ctrl", "SPEC_CTRL virtualization", SVM_VENDORS, APM_8_A),
	VBIT(0x8000000a, EDX, 25, "VNMI", NULL, "NMI virtualization", SVM_VENDORS, APM_8_A),

	/* ---- 8000001EH: AMD processor topology ---- */
	FIELD(0x8000001e, EAX, 0, 32, "ExtendedApicId", "extended APIC ID of this logical processor", SVM_VENDORS, MSRKIT_CPUID_PER_CPU, APM_8_1E),
	FIELD(0x8000001e, EBX, 0, 8, "CoreId", "core (compute unit) ID of this logical processor", SVM_VENDORS, MSRKIT_CPUID_PER_CPU, APM_8_1E),
	FIELD(0x8000001e, ECX, 0, 8, "NodeId", "node ID of this logical processor", SVM_VENDORS, MSRKIT_CPUID_PER_CPU, APM_8_1E),

	/* ---- 80000026H: AMD extended CPU topology ---- */
	FIELD(0x80000026, EDX, 0, 32, "x2APIC ID", "x2APIC ID of this logical processor", SVM_VENDORS, MSRKIT_CPUID_PER_CPU, APM_8_26),

	/* ---- C0000001H: Centaur extended features ---- */
	VBIT(0xc0000001, EDX, 2, "XSTORE", "rng", "PadLock random number generator present", MSRKIT_VENDOR_CENTAUR, LINUX_C1),
	VBIT(0xc0000001, EDX, 3, "XSTORE_EN", "rng_en", "PadLock random number generator enabled", MSRKIT_VENDOR_CENTAUR, LINUX_C1),
	VBIT(0xc0000001, EDX, 6, "XCRYPT", "ace", "PadLock Advanced Cryptography Engine present", MSRKIT_VENDOR_CENTAUR, LINUX_C1),
	VBIT(0xc0000001, EDX, 7, "XCRYPT_EN", "ace_en", "PadLock Advanced Cryptography Engine enabled", MSRKIT_VENDOR_CENTAUR, LINUX_C1),
	VBIT(0xc0000001, EDX, 8, "ACE2", NULL, "Advanced Cryptography Engine v2 present", MSRKIT_VENDOR_CENTAUR, LINUX_C1),
	VBIT(0xc0000001, EDX, 9, "ACE2_EN", NULL, "Advanced Cryptography Engine v2 enabled", MSRKIT_VENDOR_CENTAUR, LINUX_C1),
	VBIT(0xc0000001, EDX, 10, "PHE", NULL, "PadLock Hash Engine present", MSRKIT_VENDOR_CENTAUR, LINUX_C1),
	VBIT(0xc0000001, EDX, 11, "PHE_EN", NULL, "PadLock Hash Engine enabled", MSRKIT_VENDOR_CENTAUR, LINUX_C1),
	VBIT(0xc0000001, EDX, 12, "PMM", NULL, "PadLock Montgomery Multiplier present", MSRKIT_VENDOR_CENTAUR, LINUX_C1),
	VBIT(0xc0000001, EDX, 13, "PMM_EN", NULL, "PadLock Montgomery Multiplier enabled", MSRKIT_VENDOR_CENTAUR, LINUX_C1),
};

const size_t msrkit_cpuid_table_count = COUNT_OF(msrkit_cpuid_table);
