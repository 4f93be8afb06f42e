#!/usr/bin/env python3
"""Reads PyPI metadata for a package and prints, per release line (minor version), the facts
content/compatibility/*.yaml records from package metadata: first and newest release dates, the
newest patch, Python versions and platform ids from its wheel tags, and Requires-Python.

Helper for contributors, never part of the build (the build is offline). Usage:
  python3 scripts/compat-from-pypi.py torch [--since 2023-01-01] [--cache DIR]
Output is YAML-ish text to check and paste; the YAML files stay the record.
"""
import argparse, json, os, re, sys, urllib.request

PY = ['3.8', '3.9', '3.10', '3.11', '3.12', '3.13', '3.14', '3.15']


def project(name, cache):
    path = os.path.join(cache, f'{name}.json') if cache else None
    if path and os.path.exists(path):
        return json.load(open(path))
    data = json.load(urllib.request.urlopen(f'https://pypi.org/pypi/{name}/json', timeout=30))
    if path:
        json.dump(data, open(path, 'w'))
    return data


def stable(v):
    return re.fullmatch(r'\d+(\.\d+)*(\.post\d+)?', v) is not None


def key(v):
    return tuple(int(x) for x in re.findall(r'\d+', v))


def platforms(tag):
    out = set()
    for t in tag.split('.'):
        if t == 'any':
            out |= {'linux-x86_64', 'linux-aarch64', 'macos-arm64', 'macos-x86_64', 'windows-x86_64', 'wsl2'}
        elif t.endswith('x86_64') and ('linux' in t):
            out |= {'linux-x86_64', 'wsl2'}
        elif t.endswith('aarch64') and 'linux' in t:
            out.add('linux-aarch64')
        elif t.startswith('macosx') and t.endswith('arm64'):
            out.add('macos-arm64')
        elif t.startswith('macosx') and t.endswith('x86_64'):
            out.add('macos-x86_64')
        elif t.startswith('macosx') and t.endswith('universal2'):
            out |= {'macos-arm64', 'macos-x86_64'}
        elif t == 'win_amd64':
            out.add('windows-x86_64')
    return out


def wheel_facts(files):
    pys, plats, pure = set(), set(), False
    for f in files:
        m = re.match(r'.+-(?P<py>[^-]+)-(?P<abi>[^-]+)-(?P<plat>[^-]+)\.whl$', f['filename'])
        if not m:
            continue
        plats |= platforms(m['plat'])
        for tag in m['py'].split('.'):
            c = re.fullmatch(r'cp3(\d+)', tag)
            if c and m['abi'] != 'abi3' and not m['abi'].endswith('t'):
                pys.add(f'3.{c[1]}')
            if tag in ('py3', 'py2.py3') or m['abi'] == 'abi3':
                pure = True
    return sorted(pys, key=key), sorted(plats), pure


def lines(name, since, cache):
    data = project(name, cache)
    by_line = {}
    for v, files in data['releases'].items():
        if not stable(v) or not files:
            continue
        parts = v.split('.')
        line = '.'.join(parts[:2])
        date = min(f['upload_time_iso_8601'][:10] for f in files)
        by_line.setdefault(line, []).append((v, date, files))
    out = []
    for line, rels in by_line.items():
        rels.sort(key=lambda r: key(r[0]))
        first, last = rels[0], rels[-1]
        if last[1] < since:
            continue
        pys, plats, pure = wheel_facts(last[2])
        rp = next((f.get('requires_python') for f in last[2] if f.get('requires_python')), None)
        out.append(dict(line=line, first=first[0], released=first[1], latest=last[0], latestDate=last[1],
                        python=pys, platforms=plats, pure=pure, requiresPython=rp))
    return sorted(out, key=lambda r: key(r['line']))




# ---------------------------------------------------------------------------------------------
# Drafting content/compatibility/<id>.yaml: `python3 scripts/compat-from-pypi.py --draft <id>`.
# PyPI gives dates, wheel tags and Requires-Dist; the projects' own tables (transcribed below
# with their URLs) give what metadata cannot. The YAML it writes is the record: review it.
# ---------------------------------------------------------------------------------------------
READ = '2026-12-02'
ALL = ['linux-x86_64', 'linux-aarch64', 'macos-arm64', 'macos-x86_64', 'windows-x86_64', 'wsl2']
CUDA = ['11.7', '11.8', '12.0', '12.1', '12.2', '12.3', '12.4', '12.5', '12.6', '12.8', '12.9', '13.0', '13.1', '13.2']


def src(id, title, url, supports):
    return dict(id=id, title=title, url=url, supports=supports, read=READ)


def pypi_src(pkg):
    return src(f'pypi-{pkg}', f'{pkg} on PyPI', f'https://pypi.org/project/{pkg}/',
               'Upload dates, wheel tags (Python and platform), Requires-Python and Requires-Dist of each release')


def meta(pkg, ver, cache):
    path = os.path.join(cache, 'v', f'{pkg}-{ver}.METADATA')
    return open(path).read() if os.path.exists(path) else ''


def classifiers(text):
    return sorted({m for m in re.findall(r'^Classifier: Programming Language :: Python :: (3\.\d+)$', text, re.M)}, key=key)


def pure_python(r, text):
    """Python versions of a pure-Python or abi3 release: those Requires-Python admits among the CPython
    releases out by the line's newest patch (first-release dates from devguide.python.org/versions),
    with a note when the classifiers name fewer. Requires-Python is what pip enforces; classifiers are
    often left behind, so the two disagree for several packages."""
    born = {'3.7': '2018-06-27', '3.8': '2019-10-14', '3.9': '2020-10-05', '3.10': '2021-10-04', '3.11': '2022-10-24',
            '3.12': '2023-10-02', '3.13': '2024-10-07', '3.14': '2025-10-07', '3.15': '2026-10-01'}
    low = re.search(r'>=\s*3\.(\d+)', r['requiresPython'] or '')
    low = int(low[1]) if low else None
    cls = [p for p in classifiers(text) if p in PY]
    if low is None and cls:
        return cls, 'From the package classifiers (no Requires-Python).'
    low = low if low is not None else 8
    vals = [p for p in PY if int(p.split('.')[1]) >= low and born[p] <= r['latestDate']]
    note = f'Pure-Python or abi3 wheel: every CPython that Requires-Python {r["requiresPython"] or "(none)"} admits, released by {r["latestDate"]}.'
    if cls and cls != vals:
        note += f' The classifiers name only {", ".join(cls)}.'
    return vals, note


def cell(value, *sources, note=None):
    c = dict(value=value, sources=list(sources))
    if note:
        c['note'] = note
    return c


def base_line(r, pkg, cache, python_note=None):
    text = meta(pkg, r['latest'], cache)
    s = f'pypi-{pkg}'
    if r['python'] and not r['pure']:
        py = cell(r['python'], s)
    else:
        vals, how = pure_python(r, text)
        extra = sorted(set(r['python']) | set(vals), key=key)
        py = cell(extra, s, 'python-versions', note=python_note or how)
    return dict(
        version=r['line'],
        released=cell(r['released'], s),
        latest=dict(version=r['latest'], date=r['latestDate'], sources=[s]),
        python=py,
        platforms=cell(r['platforms'], s),
        accelerators=[],
        install=[],
        endOfSupport=cell('not-published', s),
    )


def inst(os_, manager, accel, command, *sources, accelVersion=None, note=None):
    d = dict(os=os_, manager=manager, accelerator=accel)
    if accelVersion:
        d['accelVersion'] = accelVersion
    d['command'] = command
    d['sources'] = list(sources)
    if note:
        d['note'] = note
    return d


def accel(kind, status, platforms, *sources, versions=None, cudnn=None, note=None):
    d = dict(kind=kind, status=status)
    if versions:
        d['versions'] = versions
    if cudnn:
        d['cudnn'] = cudnn
    d['platforms'] = platforms
    d['sources'] = list(sources)
    if note:
        d['note'] = note
    return d


def oses(platforms):
    out = []
    if any(p.startswith('linux') or p == 'wsl2' for p in platforms):
        out.append('linux')
    if any(p.startswith('macos') for p in platforms):
        out.append('macos')
    if 'windows-x86_64' in platforms:
        out.append('windows')
    return out


def cpu_everywhere(line, pkg, command):
    plats = line['platforms']['value']
    line['accelerators'].append(accel('cpu', 'stable', plats, f'pypi-{pkg}'))
    for o in oses(plats):
        line['install'].append(inst(o, 'pip', 'cpu', command, f'pypi-{pkg}'))


# PyTorch RELEASE.md, "Release Compatibility Matrix": stable CUDA, experimental CUDA, stable ROCm.
TORCH_MATRIX = {
    '2.0': (['11.7'], ['11.8'], ['5.4']), '2.1': (['11.8'], ['12.1'], ['5.6']),
    '2.2': (['11.8'], ['12.1'], ['5.7']), '2.3': (['11.8'], ['12.1'], ['6.0']),
    '2.4': (['11.8', '12.1'], ['12.4'], ['6.1']), '2.5': (['11.8', '12.1', '12.4'], [], ['6.2']),
    '2.6': (['11.8', '12.4'], ['12.6'], ['6.2.4']), '2.7': (['11.8', '12.6'], ['12.8'], ['6.3']),
    '2.8': (['12.6', '12.8'], ['12.9'], ['6.4']), '2.9': (['12.6', '12.8'], ['13.0'], ['6.4']),
    '2.10': (['12.6', '12.8'], ['13.0'], ['7.1']), '2.11': (['12.6', '12.8', '13.0'], [], ['7.2']),
    '2.12': (['12.6', '13.0'], ['13.2'], ['7.2']), '2.13': (['12.6', '13.0'], ['13.2'], ['7.2']),
    '2.14': (['12.6', '13.0', '13.2'], [], None),
}


def draft_pytorch(cache):
    pkg = 'torch'
    sources = [pypi_src(pkg),
               src('release-matrix', 'PyTorch RELEASE.md: Release Compatibility Matrix and supported OS table',
                   'https://github.com/pytorch/pytorch/blob/main/RELEASE.md',
                   'Python range, stable and experimental CUDA (with cuDNN), stable ROCm per release line; Linux x86_64/aarch64, macOS arm64 and Windows x86_64 builds; MPS on macOS 14 or later'),
               src('previous-versions', 'PyTorch: Installing previous versions of PyTorch',
                   'https://pytorch.org/get-started/previous-versions/',
                   'pip install torch==<version> with the download.pytorch.org index URL for cpu, cuXYZ or rocmX.Y (Linux and Windows); plain pip install on macOS. The page also pins torchvision and torchaudio, left out here.')]
    lines = []
    for r in lines_of(pkg, cache):
        line = base_line(r, pkg, cache)
        v, m = r['latest'], TORCH_MATRIX.get(r['line'])
        plats = line['platforms']['value']
        line['accelerators'].append(accel('cpu', 'stable', plats, 'pypi-torch'))
        text = meta(pkg, v, cache)
        pypi_cuda = re.search(r'nvidia-cuda-runtime-cu(\d+)\s*\(?==\s*(\d+\.\d+)', text)
        gpu_plats = ['linux-x86_64', 'windows-x86_64', 'wsl2']
        if m:
            stable, exp, rocm = m
            line['accelerators'].append(accel('cuda', 'stable', gpu_plats, 'release-matrix', versions=stable))
            if exp:
                line['accelerators'].append(accel('cuda', 'experimental', gpu_plats, 'release-matrix', versions=exp))
            if rocm:
                line['accelerators'].append(accel('rocm', 'stable', ['linux-x86_64'], 'release-matrix', versions=rocm))
            else:
                line['accelerators'].append(accel('rocm', 'stable', ['linux-x86_64'], 'release-matrix',
                    note='The matrix names "ROCm 7.14" for this line, which is not a ROCm release; the version is left unrecorded until the table is corrected.'))
            cudas = stable + exp
        else:
            cudas = []
            line['accelerators'].append(accel('cuda', 'stable', ['linux-x86_64', 'linux-aarch64', 'wsl2'], 'pypi-torch',
                versions=['13.0'] if 'cu13' in text else [],
                note='No row for this line in the release matrix yet; PyPI wheels for Linux depend on CUDA 13 libraries (nvidia-*-cu13).'))
        if 'macos-arm64' in plats:
            line['accelerators'].append(accel('mps', 'stable', ['macos-arm64'], 'release-matrix',
                note='In the standard macOS arm64 wheel; RELEASE.md: MPS needs macOS 14 (Sonoma) or later.'))
        line['install'].append(inst('linux', 'pip', 'cpu', f'pip install torch=={v} --index-url https://download.pytorch.org/whl/cpu', 'previous-versions'))
        line['install'].append(inst('windows', 'pip', 'cpu', f'pip install torch=={v} --index-url https://download.pytorch.org/whl/cpu', 'previous-versions'))
        line['install'].append(inst('macos', 'pip', 'mps' if 'macos-arm64' in plats else 'cpu', f'pip install torch=={v}', 'previous-versions'))
        for c in cudas:
            tag = 'cu' + c.replace('.', '')
            for o in ('linux', 'windows'):
                line['install'].append(inst(o, 'pip', 'cuda', f'pip install torch=={v} --index-url https://download.pytorch.org/whl/{tag}', 'previous-versions', 'release-matrix', accelVersion=c))
        if pypi_cuda:
            line['install'].append(inst('linux', 'pip', 'cuda', f'pip install torch=={v}', 'pypi-torch', accelVersion=pypi_cuda[2],
                                        note=f'The Linux x86_64 wheel on PyPI pulls CUDA {pypi_cuda[2]} libraries (nvidia-cuda-runtime-cu{pypi_cuda[1]}).'))
        if m and m[2]:
            for rv in m[2]:
                line['install'].append(inst('linux', 'pip', 'rocm', f'pip install torch=={v} --index-url https://download.pytorch.org/whl/rocm{rv}', 'previous-versions', 'release-matrix', accelVersion=rv))
        if r['line'] in ('2.13', '2.14') and '3.15' not in line['python']['value']:
            line['python']['note'] = 'The release matrix also lists Python 3.15 (and 3.15t) as experimental for this line; PyPI has no cp315 wheel of it.'
        if r['line'] == '2.11':
            line['released']['note'] = 'The release cadence table in RELEASE.md gives 18 March 2026; the wheels reached PyPI on 23 March.'
        line['endOfSupport'] = cell('not-published', 'release-matrix', note='RELEASE.md schedules patch releases per line ("Not planned" after the last one) but publishes no end-of-support date.')
        lines.append(line)
    return dict(framework='pytorch', package='torch', sources=sources, lines=lines)


def lines_of(pkg, cache):
    return lines(pkg, '2023-01-01', cache)


def pin(text, dist):
    m = re.search(rf'^Requires-Dist: {dist}\s*\(?(?:==|>=|~=)\s*(\d+\.\d+)', text, re.M)
    return m[1] if m else None


def draft_tensorflow(cache):
    pkg = 'tensorflow'
    sources = [pypi_src(pkg),
               src('tf-pip', 'TensorFlow: Install TensorFlow with pip', 'https://www.tensorflow.org/install/pip',
                   'pip install tensorflow[and-cuda] on Linux for NVIDIA GPUs; native Windows GPU ended after 2.10 (use WSL2); CPU wheels for Linux, macOS and Windows')]
    lines = []
    for r in lines_of(pkg, cache):
        line = base_line(r, pkg, cache)
        v = r['latest']
        text = meta(pkg, v, cache)
        cpu_everywhere(line, pkg, f'python3 -m pip install tensorflow=={v}')
        cu = pin(text, r'nvidia-cuda-runtime-cu1\d')
        dnn = pin(text, r'nvidia-cudnn-cu1\d')
        if cu:
            vers = [c for c in CUDA if c.split('.')[0] == cu.split('.')[0] and key(c) >= key(cu)] if '>=' in (re.search(r'nvidia-cuda-runtime-cu1\d[^;]*', text)[0]) and '==' not in re.search(r'nvidia-cuda-runtime-cu1\d[^;]*', text)[0] else [cu]
            line['accelerators'].append(accel('cuda', 'stable', ['linux-x86_64', 'wsl2'], 'pypi-tensorflow', 'tf-pip', versions=vers, cudnn=dnn,
                note='Versions from the and-cuda extra, which installs NVIDIA\'s CUDA and cuDNN wheels.'))
            line['install'].append(inst('linux', 'pip', 'cuda', f"python3 -m pip install 'tensorflow[and-cuda]=={v}'", 'tf-pip', 'pypi-tensorflow', accelVersion=vers[0]))
        lines.append(line)
    return dict(framework='tensorflow', package='tensorflow', sources=sources, lines=lines)


def draft_jax(cache):
    pkg = 'jax'
    sources = [pypi_src('jax'), pypi_src('jaxlib'), pypi_src('jax-cuda12-plugin'), pypi_src('jax-cuda13-plugin'), pypi_src('jax-metal'),
               src('jax-install', 'JAX: Installation (supported platforms table and pip commands)', 'https://docs.jax.dev/en/latest/installation.html',
                   'CPU on Linux x86_64/aarch64, macOS arm64 and Windows; NVIDIA GPU on Linux (WSL2 experimental) via jax[cuda12]/jax[cuda13]; TPU via jax[tpu]; Apple GPU experimental via jax-metal')]
    lib = {r['line']: r for r in lines_of('jaxlib', cache)}
    c12 = {r['line']: r for r in lines_of('jax-cuda12-plugin', cache)}
    c13 = {r['line']: r for r in lines_of('jax-cuda13-plugin', cache)}
    lines = []
    for r in lines_of(pkg, cache):
        lr = lib.get(r['line'])
        r = dict(r, python=lr['python'], platforms=lr['platforms'], pure=False) if lr else r
        line = base_line(r, 'jaxlib' if lr else pkg, cache)
        line['released'] = cell(r['released'], 'pypi-jax')
        line['latest']['sources'] = ['pypi-jax']
        line['endOfSupport'] = cell('not-published', 'jax-install', note='JAX publishes a Python and NumPy support window, not an end date per release line.')
        v = r['latest']
        plats = line['platforms']['value']
        line['accelerators'].append(accel('cpu', 'stable', plats, 'pypi-jaxlib', 'jax-install'))
        for o in oses(plats):
            line['install'].append(inst(o, 'pip', 'cpu', f'pip install -U jax=={v}', 'jax-install', 'pypi-jax'))
        for major, table, srcid in (('12', c12, 'pypi-jax-cuda12-plugin'), ('13', c13, 'pypi-jax-cuda13-plugin')):
            p = table.get(r['line'])
            if not p:
                continue
            t = meta(f'jax-cuda{major}-plugin', p['latest'], cache)
            low = pin(t, r'nvidia-cuda-runtime(?:-cu1\d)?') or f'{major}.0'
            vers = [c for c in CUDA if c.split('.')[0] == major and key(c) >= key(low)]
            gp = [x for x in p['platforms'] if x.startswith('linux') or x == 'wsl2']
            line['accelerators'].append(accel('cuda', 'stable', [x for x in gp if x != 'wsl2'], srcid, 'jax-install', versions=vers,
                cudnn=(pin(t, r'nvidia-cudnn-cu1\d') or '') and pin(t, r'nvidia-cudnn-cu1\d').split('.')[0] + '.x'))
            line['accelerators'].append(accel('cuda', 'experimental', ['wsl2'], 'jax-install', versions=vers, note='The installation table marks NVIDIA GPUs under WSL2 as experimental.'))
            line['install'].append(inst('linux', 'pip', 'cuda', f'pip install -U "jax[cuda{major}]=={v}"', 'jax-install', srcid, accelVersion=vers[0]))
        if re.search(r'extra == "tpu"|extra == .tpu.', meta('jax', v, cache)):
            line['accelerators'].append(accel('tpu', 'stable', ['linux-x86_64'], 'pypi-jax', 'jax-install', note='Cloud TPU VMs, through the tpu extra (libtpu).'))
            line['install'].append(inst('linux', 'pip', 'tpu', f'pip install -U "jax[tpu]=={v}"', 'jax-install', 'pypi-jax'))
        if r['line'] == '0.4':
            line['accelerators'].append(accel('mps', 'experimental', ['macos-arm64'], 'pypi-jax-metal', 'jax-install',
                note='jax-metal 0.1.1 (the newest) requires jax and jaxlib 0.4.34 or later; the installation page calls Apple GPU support experimental.'))
            line['install'].append(inst('macos', 'pip', 'mps', f'pip install jax-metal==0.1.1 jax=={v} jaxlib=={v}', 'pypi-jax-metal', 'jax-install'))
        lines.append(line)
    return dict(framework='jax', package='jax', sources=sources, lines=lines)


def draft_simple(fid, pkg, command, backend_note=None, extra_sources=(), hook=None, cache=None):
    sources = [pypi_src(pkg), *extra_sources]
    lines = []
    for r in lines_of(pkg, cache):
        line = base_line(r, pkg, cache)
        v = r['latest']
        plats = line['platforms']['value']
        a = accel('cpu', 'stable', plats, f'pypi-{pkg}', note=backend_note)
        line['accelerators'].append(a)
        for o in oses(plats):
            line['install'].append(inst(o, 'pip', 'cpu', command.format(v=v), f'pypi-{pkg}'))
        if hook:
            hook(line, r, cache)
        lines.append(line)
    return dict(framework=fid, package=pkg, sources=sources, lines=lines)


# onnx/helper.py VERSION_TABLE in the onnx 1.23.2 wheel: release → IR version, ai.onnx opset.
ONNX_TABLE = {'1.13': (8, 18), '1.14': (9, 19), '1.15': (9, 20), '1.16': (10, 21), '1.17': (10, 22), '1.18': (11, 23),
              '1.19': (12, 24), '1.20': (13, 25), '1.21': (13, 26), '1.22': (13, 27), '1.23': (14, 28)}


def onnx_hook(line, r, cache):
    ir, opset = ONNX_TABLE[r['line']]
    line['format'] = dict(irVersion=ir, opset=opset, sources=['onnx-version-table'])


def ort_hook(line, r, cache):
    gpu = {g['line']: g for g in lines_of('onnxruntime-gpu', cache)}.get(r['line'])
    if not gpu:
        return
    t = meta('onnxruntime-gpu', gpu['latest'], cache)
    major = '13' if re.search(r'nvidia-cuda-runtime(-cu13)?~=13', t) else '12' if key(r['line']) >= key('1.19') else '11'
    vers = [c for c in CUDA if c.split('.')[0] == major and (major != '11' or c == '11.8')]
    gp = [p for p in gpu['platforms']]
    line['accelerators'].append(accel('cuda', 'stable', gp, 'pypi-onnxruntime-gpu', 'ort-cuda-ep', versions=vers, cudnn='9.x' if major != '11' else '8.x',
        note=f'onnxruntime-gpu {gpu["latest"]}; the CUDA EP page: a build for CUDA {major}.x works with any {major}.x (minor-version compatibility).'))
    gpu_versions = project('onnxruntime-gpu', cache)['releases']
    if r['latest'] not in gpu_versions:
        line['accelerators'][-1]['note'] += f' onnxruntime-gpu has no {r["latest"]}, so no GPU command is listed for this line.'
        return
    for o in oses(gp):
        line['install'].append(inst(o, 'pip', 'cuda', f'pip install onnxruntime-gpu=={r["latest"]}', 'pypi-onnxruntime-gpu', 'ort-cuda-ep', accelVersion=vers[0]))


def mlx_hook(line, r, cache):
    v = r['latest']
    t = meta('mlx', v, cache)
    if 'macos-arm64' in line['platforms']['value']:
        line['accelerators'].append(accel('mps', 'stable', ['macos-arm64'], 'pypi-mlx', note='Apple-silicon GPU through Metal (the mlx-metal wheel), not PyTorch-style MPS.'))
    if re.search(r'extra == "cuda', t):
        majors = sorted(set(re.findall(r'mlx-cuda-(\d+)==', t))) or ['12']
        for mj in majors:
            vers = [c for c in CUDA if c.split('.')[0] == mj]
            extra = 'cuda' if len(majors) == 1 else f'cuda{mj}'
            line['accelerators'].append(accel('cuda', 'stable', ['linux-x86_64', 'wsl2'], 'pypi-mlx', versions=vers, note=f'Through the {extra} extra (Linux only).'))
            line['install'].append(inst('linux', 'pip', 'cuda', f'pip install "mlx[{extra}]=={v}"', 'pypi-mlx', accelVersion=vers[0]))
    if re.search(r'extra == "cpu"', t):
        line['install'] = [i for i in line['install'] if i['os'] != 'linux' or i['accelerator'] != 'cpu']
        line['install'].append(inst('linux', 'pip', 'cpu', f'pip install "mlx[cpu]=={v}"', 'pypi-mlx'))
    for i in line['install']:
        if i['os'] == 'macos':
            i['accelerator'] = 'mps'


def paddle_hook(line, r, cache):
    rel = project('paddlepaddle', cache)['releases']
    if not any(v.startswith(r['line'] + '.0') and rel[v] for v in rel):
        line['released']['note'] = (f'PyPI holds no {r["line"]}.0: this is the upload date of the oldest {r["line"]} release there '
                                    f'({r["first"]}); earlier patches were published on PaddlePaddle\'s own package index.')


def draft(fid, cache):
    K = 'Runs on its backend; GPU and TPU support is the backend\'s (see that framework\'s table).'
    if fid == 'pytorch':
        return draft_pytorch(cache)
    if fid == 'tensorflow':
        return draft_tensorflow(cache)
    if fid == 'jax':
        return draft_jax(cache)
    if fid == 'keras':
        return draft_simple('keras', 'keras', 'pip install --upgrade keras=={v}', K, cache=cache)
    if fid == 'flax':
        return draft_simple('flax', 'flax', 'pip install flax=={v}', 'Runs on JAX; accelerator support is JAX\'s (see the JAX table).', cache=cache)
    if fid == 'pytorch-lightning':
        return draft_simple('pytorch-lightning', 'lightning', 'pip install lightning=={v}', 'Runs on PyTorch; accelerator support is PyTorch\'s (see the PyTorch table).', cache=cache)
    if fid == 'onnx':
        return draft_simple('onnx', 'onnx', 'pip install onnx=={v}', 'A format library: it reads, writes and checks models; it does not run them on accelerators.', cache=cache, hook=onnx_hook,
            extra_sources=[src('onnx-version-table', 'onnx/helper.py VERSION_TABLE (in the onnx 1.23.2 wheel)', 'https://github.com/onnx/onnx/blob/main/onnx/helper.py',
                               'ONNX release → IR version → ai.onnx opset, the table the versioning document points to')])
    if fid == 'onnx-runtime':
        return draft_simple('onnx-runtime', 'onnxruntime', 'pip install onnxruntime=={v}', cache=cache, hook=ort_hook,
            extra_sources=[pypi_src('onnxruntime-gpu'),
                           src('ort-cuda-ep', 'ONNX Runtime: CUDA Execution Provider requirements', 'https://onnxruntime.ai/docs/execution-providers/CUDA-ExecutionProvider.html',
                               'CUDA 11.8 builds up to 1.18; from 1.19 the PyPI onnxruntime-gpu package targets CUDA 12.x with cuDNN 9; minor-version compatibility within a CUDA major')])
    if fid == 'paddlepaddle':
        return draft_simple('paddlepaddle', 'paddlepaddle', 'python -m pip install paddlepaddle=={v}', 'CPU build from PyPI; GPU builds come from PaddlePaddle\'s own package index, not recorded here yet.', cache=cache, hook=paddle_hook)
    if fid == 'mlx':
        return draft_simple('mlx', 'mlx', 'pip install mlx=={v}', cache=cache, hook=mlx_hook)
    if fid == 'executorch':
        return draft_simple('executorch', 'executorch', 'pip install executorch=={v}', 'The Python package exports and runs models on the host CPU; on-device back ends (XNNPACK, Core ML, Vulkan, Qualcomm …) are built into apps.', cache=cache)
    if fid == 'litert':
        return draft_simple('litert', 'ai-edge-litert', 'pip install ai-edge-litert=={v}', 'The Python interpreter runs on the host CPU; GPU and NPU delegates are for Android and iOS apps.', cache=cache)
    raise SystemExit(f'no draft rules for {fid}')


def write_yaml(doc, out):
    import yaml

    class D(yaml.SafeDumper):
        def ignore_aliases(self, data):
            return True

        def increase_indent(self, flow=False, indentless=False):
            return super().increase_indent(flow, False)

    def flow_list(d, data):
        flow = all(isinstance(x, (str, int)) for x in data)
        return d.represent_sequence('tag:yaml.org,2002:seq', data, flow_style=flow)
    D.add_representer(list, flow_list)
    head = (f'# Will {doc["framework"]} run? One entry per release line (minor version), newest patch named in latest.\n'
            '# Fields: src/schemas/compatibility.ts. Drafted from PyPI by scripts/compat-from-pypi.py, then reviewed;\n'
            '# this file is the record. Every cell cites ids from `sources`.\n')
    if 'python-versions' in json.dumps(doc['lines']):
        doc['sources'].append(src('python-versions', 'Python Developer’s Guide: status of Python versions',
                                  'https://devguide.python.org/versions/', 'First-release date of each CPython minor version'))
    doc = dict(doc, lines=list(reversed(doc['lines'])))
    open(out, 'w').write(head + yaml.dump(doc, Dumper=D, sort_keys=False, width=120, allow_unicode=True))


if __name__ == '__main__':
    ap = argparse.ArgumentParser()
    ap.add_argument('name', help='a PyPI package, or with --draft a framework id')
    ap.add_argument('--since', default='2023-01-01')
    ap.add_argument('--cache', help='folder of <pkg>.json and v/<pkg>-<ver>.METADATA files')
    ap.add_argument('--draft', action='store_true', help='write content/compatibility/<id>.yaml')
    a = ap.parse_args()
    if a.draft:
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        write_yaml(draft(a.name, a.cache), os.path.join(root, 'content', 'compatibility', f'{a.name}.yaml'))
    else:
        json.dump(lines(a.name, a.since, a.cache), sys.stdout, indent=1)
