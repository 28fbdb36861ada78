/* SPDX-License-Identifier: MIT */
/*
 * Intel processor generations and the Intel SDM Vol. 4 model tables that
 * describe them, shared by the data files that hold model-specific
 * definitions (db_intel_model.c, and the model variants of architectural
 * registers in db_arch.c and db_thermal_power.c).
 *
 * Sections are numbered as in the March 2023 edition (335592-079); the
 * titles are those of the model tables, which outlive table numbers between
 * editions.
 */
#ifndef MSRKIT_CORE_INTEL_MODELS_H
#define MSRKIT_CORE_INTEL_MODELS_H

#include <msrkit/db.h>

/* ---- generations ------------------------------------------------------------ */

#define M6(mod) { .family = 0x6, .model = (mod) }

/* One initializer list per processor generation; each register's model list
 * is built from the generations that have it. */
#define P4 { .family = 0xF, .model = MSRKIT_MODEL_ANY } /* Pentium 4 / NetBurst: family 0FH, every model */
#define PENTIUM_M M6(0x09), M6(0x0D)
#define CORE_SOLO_DUO M6(0x0E) /* Yonah: a Pentium M derivative with its own SDM table */
/* Processors based on Intel Core microarchitecture: Merom/Conroe, Merom-L,
 * Penryn and Dunnington. */
#define CORE_MICROARCH M6(0x0F), M6(0x16), M6(0x17), M6(0x1D)
#define CORE_2 CORE_SOLO_DUO, CORE_MICROARCH /* Core Solo/Duo, Core 2 */
#define BONNELL M6(0x1C), M6(0x26), M6(0x27), M6(0x35), M6(0x36) /* 45 nm and 32 nm Atom */
#define SILVERMONT M6(0x37), M6(0x4A), M6(0x4D), M6(0x5A), M6(0x5D), M6(0x4C) /* and Airmont */
#define NEHALEM M6(0x1A), M6(0x1E), M6(0x1F), M6(0x2E)
#define WESTMERE M6(0x25), M6(0x2C), M6(0x2F)
#define KNIGHTS M6(0x57), M6(0x85) /* Xeon Phi Knights Landing / Mill */
#define SNB_CLIENT M6(0x2A)
#define SNB_EP M6(0x2D) /* Xeon E5 */
#define IVB_EP M6(0x3E) /* Xeon E5 v2 */
#define IVB_CLIENT M6(0x3A)
#define HSW_CLIENT M6(0x3C), M6(0x45), M6(0x46)
#define BDW_CLIENT M6(0x3D), M6(0x47)
#define HSW_EP M6(0x3F) /* Xeon E5 v3 */
#define BDW_SERVER M6(0x4F), M6(0x56) /* Xeon E5 v4, Xeon D */
/* Skylake-derived client cores through Rocket Lake. */
#define SKL_CLIENT M6(0x4E), M6(0x5E), M6(0x8E), M6(0x9E), M6(0xA5), M6(0xA6), M6(0x66), M6(0x7D), \
	M6(0x7E), M6(0x8C), M6(0x8D), M6(0xA7), M6(0xA8)
/* Xeon Scalable: Skylake-SP to Granite Rapids. */
#define XEON_SCALABLE M6(0x55), M6(0x6A), M6(0x6C), M6(0x8F), M6(0xCF), M6(0xAD), M6(0xAE)
/* Hybrid client cores: Alder Lake onwards. */
#define HYBRID M6(0x97), M6(0x9A), M6(0xB7), M6(0xBA), M6(0xBF), M6(0xAA), M6(0xAC), M6(0xC5), \
	M6(0xC6), M6(0xB5), M6(0xBD)
#define GOLDMONT_SERVER M6(0x5F), M6(0x86) /* Atom C3000 (Denverton), Snow Ridge */
#define GOLDMONT_CLIENT M6(0x5C), M6(0x7A), M6(0x96), M6(0x9C) /* Goldmont, Goldmont Plus, Tremont */

/* "This generation and every later one" of the Core and Xeon line, with the
 * Goldmont and later Atom cores, which follow the big cores' tables. */
#define FROM_SKL SKL_CLIENT, XEON_SCALABLE, HYBRID, GOLDMONT_SERVER, GOLDMONT_CLIENT
#define FROM_HSW HSW_CLIENT, BDW_CLIENT, HSW_EP, BDW_SERVER, FROM_SKL
#define FROM_IVB_CLIENT IVB_CLIENT, FROM_HSW
#define FROM_SNB SNB_CLIENT, SNB_EP, IVB_EP, FROM_IVB_CLIENT
/* Sandy Bridge to Broadwell: client, Xeon E5 and E5 v2. */
#define SNB_TO_BDW SNB_CLIENT, SNB_EP, IVB_EP, IVB_CLIENT, HSW_CLIENT, BDW_CLIENT
/* The Core and Xeon generations whose model tables build on the Sandy Bridge
 * table (Sandy Bridge onwards, without the Goldmont and later Atoms). */
#define SNB_LINE SNB_TO_BDW, HSW_EP, BDW_SERVER, SKL_CLIENT, XEON_SCALABLE, HYBRID
/* The Atom cores of the "Silvermont and newer microarchitectures" table. */
#define ATOM_FROM_SLM SILVERMONT, GOLDMONT_SERVER, GOLDMONT_CLIENT

/* ---- SDM Vol. 4 model tables ------------------------------------------------- */

#define SDM4(sec, ttl) { .doc = "Intel SDM Vol. 4", .section = (sec), .title = (ttl) }

#define REF_P4 SDM4("2.18", "MSRs in the Pentium 4 and Intel Xeon Processors")
#define REF_CORE2 SDM4("2.2", "MSRs in Processors Based on Intel Core Microarchitecture")
#define REF_ATOM SDM4("2.3", "MSRs in 45 nm and 32 nm Intel Atom Processor Family")
#define REF_SLM SDM4("2.4", "MSRs Common to the Silvermont Microarchitecture and Newer Microarchitectures for Intel Atom Processors")
#define REF_SLM_RAPL SDM4("2.4", "Specific MSRs Supported by Intel Atom Processors with CPUID Signature 06_37H, 06_4AH, 06_5AH, 06_5DH")
#define REF_GLM SDM4("2.5", "MSRs in Intel Atom Processors Based on Goldmont Microarchitecture")
#define REF_NHM SDM4("2.8", "MSRs in Processors Based on Nehalem Microarchitecture")
#define REF_WSM SDM4("2.9", "Additional MSRs Supported by Intel Processors Based on Westmere Microarchitecture")
#define REF_SNB SDM4("2.10", "MSRs Supported by Intel Processors Based on Sandy Bridge Microarchitecture")
#define REF_SNB_CLIENT SDM4("2.10", "MSRs Supported by 2nd Generation Intel Core Processors (Sandy Bridge Microarchitecture)")
#define REF_SNB_EP SDM4("2.10", "Selected MSRs Supported by Intel Xeon Processors E5 Family (Based on Sandy Bridge Microarchitecture)")
#define REF_IVB SDM4("2.11", "MSRs Supported by 3rd Generation Intel Core Processors (Ivy Bridge Microarchitecture)")
#define REF_IVB_EP SDM4("2.11", "MSRs Supported by the Intel Xeon Processor E5 v2 Product Family (Ivy Bridge-E Microarchitecture)")
#define REF_HSW SDM4("2.12", "Additional MSRs Supported by Processors Based on the Haswell or Haswell-E Microarchitectures")
#define REF_HSW_CLIENT SDM4("2.12", "MSRs Supported by 4th Generation Intel Core Processors (Haswell Microarchitecture)")
#define REF_HSW_RES SDM4("2.12", "Additional Residency MSRs Supported by 4th Generation Intel Core Processors")
#define REF_HSW_EP SDM4("2.13", "Additional MSRs Supported by Intel Xeon Processor E5 v3 Family")
#define REF_BDW_EP SDM4("2.15", "Additional MSRs Common to Intel Xeon Processor D and Intel Xeon Processors E5 v4 Family")
#define REF_BDW_D SDM4("2.15", "Additional MSRs Supported by Intel Xeon Processor D")
#define REF_SKL SDM4("2.16", "Additional MSRs Supported by 6th Generation Intel Core Processors Based on Skylake Microarchitecture")
#define REF_SKX SDM4("2.16", "MSRs Supported by Intel Xeon Scalable Processor Family with DisplayFamily_DisplayModel Signature 06_55H")
#define REF_TGL SDM4("2.16", "MSRs Supported by 11th Generation Intel Core Processors")
#define REF_ADL SDM4("2.16", "MSRs Supported by 12th and 13th Generation Intel Core Processors")
#define REF_PM SDM4("2.20", "MSRs in the Pentium M Processor")
#define REF_KNL SDM4("2.17", "MSRs Supported by the Intel Xeon Phi Processor 3200, 5200, 7200 Series and Intel Xeon Phi Processor 7215, 7285, 7295 Series")

#endif /* MSRKIT_CORE_INTEL_MODELS_H */
