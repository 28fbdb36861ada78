/* SPDX-License-Identifier: MIT */
#include "tables.h"

const struct msrkit_reg_table msrkit_table_mtrr_pat = { .family = "mtrr_pat", .regs = 0, .count = 0 };
