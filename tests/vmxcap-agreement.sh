#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Does `msrkit vmx` agree with QEMU's vmxcap, control by control?
#
# For every dump with VMX capability MSRs in a directory (AIDA64 CPUID dumps or
# msrkit snapshots), runs vmxcap's own logic on CPU 0's values and compares
# what it prints with `msrkit vmx --json -c 0 --from DUMP`:
#   - every control vmxcap lists: its word (yes / no / forced / default) against
#     msrkit's setting of the same bit in the same control word;
#   - every field of its informational sections (basic information, misc data,
#     EPT/VPID capabilities, VM functions): the value against msrkit's field.
# vmxcap reads /dev/cpu/0/msr; here its MSR class is replaced by one that
# answers from the dump (a failed or absent read gives vmxcap's default, as on
# hardware). A register msrkit reports as missing (not enumerated, not
# captured) agrees when vmxcap, reading 0 for it, prints "no" / 0.
#
# Usage: tests/vmxcap-agreement.sh VMXCAP [DUMP_DIR] [MSRKIT]
#   VMXCAP    path of QEMU's scripts/kvm/vmxcap (not part of msrkit)
#   DUMP_DIR  directory of dumps (default: ../shared/corpus/aida64)
#   MSRKIT    the msrkit binary (default: $MSRKIT, else msrkit in PATH)
# Exit: 0 every control agrees, 1 a difference (listed), 77 skipped.
set -u
vmxcap=${1:-}
if [ -z "$vmxcap" ]; then
	echo "skipped: give the path of QEMU's scripts/kvm/vmxcap as the first argument" >&2
	exit 77
fi
if [ ! -r "$vmxcap" ]; then
	echo "vmxcap-agreement: cannot read '$vmxcap'" >&2
	exit 77
fi
here=$(cd "$(dirname "$0")" && pwd)
dir=${2:-$here/../../shared/corpus/aida64}
msrkit=${3:-${MSRKIT:-msrkit}}
if ! command -v python3 >/dev/null; then
	echo "skipped: python3 (which vmxcap needs) is not installed" >&2
	exit 77
fi
if ! command -v "$msrkit" >/dev/null && [ ! -x "$msrkit" ]; then
	echo "vmxcap-agreement: no msrkit binary '$msrkit': pass it as the third argument" >&2
	exit 2
fi
exec python3 - "$vmxcap" "$dir" "$msrkit" <<'PY'
import contextlib, glob, importlib.machinery, importlib.util, io, json, os, re, subprocess, sys

vmxcap_path, dump_dir, msrkit = sys.argv[1:4]

def load_vmxcap():
    loader = importlib.machinery.SourceFileLoader('vmxcap', vmxcap_path)
    spec = importlib.util.spec_from_loader('vmxcap', loader)
    mod = importlib.util.module_from_spec(spec)
    loader.exec_module(mod)
    return mod

def cpu0_msrs(path):
    """CPU 0's MSR values; absent and faulting registers are left out."""
    vals, cpu, section = {}, None, None
    text = open(path, encoding='latin-1').read()
    if text.startswith('msrkit-snapshot'):
        for line in text.splitlines():
            p = line.split()
            if p[:1] == ['cpu']:
                cpu = int(p[1])
            elif p[:1] == ['msr'] and cpu == 0 and p[2] != '!':
                vals[int(p[1], 16)] = int(p[2], 16)
        return vals
    for line in text.splitlines():
        m = re.match(r'^-+\[ (.*) \]-+\s*$', line)
        if m:
            name = m.group(1)
            section = ('msr' if name == 'MSR Registers' or name == 'MSR Registers / Logical CPU #0'
                       else None)
            continue
        m = re.match(r'^MSR ([0-9A-Fa-f]{8}): ([0-9A-Fa-f]{4}(-[0-9A-Fa-f]{4}){3})', line)
        if section == 'msr' and m:
            vals[int(m.group(1), 16)] = int(m.group(2).replace('-', ''), 16)
        elif section == 'msr' and re.match(r'^MSR ([0-9A-Fa-f]{8}): +< FAILED >', line):
            vals.pop(int(line[4:12], 16), None)
    return vals

def run_vmxcap(mod, vals):
    """vmxcap's output per section: [(key, printed word or number)] in bit order."""
    class DumpMsr(object):
        def read(self, index, default=None):
            return vals.get(index, default)
    mod.msr = DumpMsr
    out = {}
    for c in mod.controls:
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            c.show()
        lines = buf.getvalue().splitlines()
        assert lines[0] == c.name
        items = [l for l in lines[1:] if not l.startswith('  Hex: ')]
        if isinstance(c, mod.Misc):
            keys = sorted(c.bits.keys(), key=lambda k: k[0] if isinstance(k, tuple) else k)
        else:
            keys = sorted(c.bits.keys())
        assert len(keys) == len(items), c.name
        # '  %-40s %s': the value follows the name, padded to 40 columns.
        out[c.name] = (c, [(k, it[2 + len(c.bits[k]):].strip()) for k, it in zip(keys, items)])
    return out

WORDS = {
    'pin-based controls': 'pinbased',
    'primary processor-based controls': 'procbased',
    'secondary processor-based controls': 'procbased2',
    'tertiary processor-based controls': 'procbased3',
    'VM-Exit controls': 'exit',
    'VM-Entry controls': 'entry',
}
REGS = {
    'Basic VMX Information': 'basic',
    'Miscellaneous data': 'misc',
    'VPID and EPT capabilities': 'ept_vpid_cap',
}

def compare(path, mod):
    vals = cpu0_msrs(path)
    if 0x480 not in vals:
        return None
    vc = run_vmxcap(mod, vals)
    p = subprocess.run([msrkit, 'vmx', '--json', '-c', '0', '--from', path], capture_output=True, text=True)
    if p.returncode != 0:
        return {'error': 'msrkit failed (exit %d): %s' % (p.returncode, p.stderr.strip())}
    rep = json.loads(p.stdout)['groups'][0]
    words = {w['word']: w for w in rep['control_words']}
    res = {'controls': 0, 'fields': 0, 'missing': 0, 'diff': []}
    for name, (c, items) in vc.items():
        label = c.name
        if name in WORDS or name == 'VM Functions':
            w = words[WORDS.get(name, 'vmfunc')]
            by_bit = {e['bit']: e for e in w.get('controls', [])}
            for bit, word in items:
                if name == 'VM Functions':
                    word = {'yes': 'yes', 'no': 'no'}[word]
                if w['status'] != 'ok':
                    mine = 'missing (%s)' % w['status']
                    ok = word == 'no'
                    res['missing'] += ok
                elif bit not in by_bit:
                    mine, ok = 'not listed', False
                else:
                    e = by_bit[bit]
                    mine = e['setting'] if name != 'VM Functions' else ('yes' if e['allowed1'] else 'no')
                    ok = mine == word
                res['controls'] += 1
                if not ok:
                    res['diff'].append('%s / %s (bit %d): vmxcap %s, msrkit %s' % (label, c.bits[bit], bit, word, mine))
        else:
            r = rep[REGS[name]]
            fields = {(f['lsb'], f['msb']): f for f in r.get('fields', [])}
            for key, word in items:
                lo, hi = key if isinstance(key, tuple) else (key, key)
                want = int(word) if word not in ('yes', 'no') else int(word == 'yes')
                if r['status'] != 'ok':
                    mine = 'missing (%s)' % r['status']
                    ok = want == 0
                    res['missing'] += ok
                elif (lo, hi) not in fields:
                    mine, ok = 'no such field', False
                else:
                    mine = fields[(lo, hi)]['raw']
                    ok = mine == want
                res['fields'] += 1
                if not ok:
                    res['diff'].append('%s / %s (bits %d:%d): vmxcap %s, msrkit %s' % (label, c.bits[key], hi, lo, word, mine))
    return res

mod = load_vmxcap()
dumps = sorted(glob.glob(os.path.join(dump_dir, '*')))
total = {'dumps': 0, 'controls': 0, 'fields': 0, 'missing': 0, 'diff': 0}
for path in dumps:
    if not os.path.isfile(path):
        continue
    res = compare(path, mod)
    if res is None:
        continue
    total['dumps'] += 1
    name = os.path.basename(path)
    if 'error' in res:
        print('%s: %s' % (name, res['error']))
        total['diff'] += 1
        continue
    for k in ('controls', 'fields', 'missing'):
        total[k] += res[k]
    total['diff'] += len(res['diff'])
    print('%s: %d controls, %d fields, %s' % (name, res['controls'], res['fields'],
          'all agree' if not res['diff'] else '%d differ' % len(res['diff'])) +
          (' (%d on registers msrkit reports missing, vmxcap reads as 0)' % res['missing'] if res['missing'] else ''))
    for d in res['diff']:
        print('  DIFFERS: ' + d)
print('%d dumps: %d controls and %d fields compared, %d differences' %
      (total['dumps'], total['controls'], total['fields'], total['diff']))
sys.exit(1 if total['diff'] else 0)
PY
