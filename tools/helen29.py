"""Another mark-up on real faces, for lesson 12: HELEN photos with the 29 points of LFPW's mark-up, as Zhou, Brandt and
Lin re-labelled them ("Exemplar-based Graph Matching for Robust Facial Landmark Localization", ICCV 2013; public
repository `zhfe99/helen`: `data/img/` and the labels in `data/helen.mat`). Written as a folder in 300-W's layout
(`NAME.pts` beside each photo), which `fkd.labels.read_faces` reads:

    python tools/helen29.py REPO OUT --train $FKD_300W/helen_train

REPO is a clone (or the library's fetched snapshot) of that repository, OUT the folder to write (never inside fkd's
repository: HELEN is for research use only, as 300-W is). Only the photos whose name is in 300-W's HELEN *training*
folder (`--train`) are written: the others may be HELEN test photos, held out to judge fkd, and are not read. The
photos there are smaller than 300-W's copies of the same photos, and the points are in their pixels (1-based, as
MATLAB and `.pts` files count). Nothing here is part of the `fkd` package; the MATLAB file is read by the small reader
below (MAT v5: compressed elements, cell arrays of char and double matrices), so no SciPy is needed.
"""
from __future__ import annotations
import argparse, struct, subprocess, sys, zlib
from pathlib import Path
import numpy as np

# MAT v5 data types, as NumPy's
_TYPES = {1: 'i1', 2: 'u1', 3: 'i2', 4: 'u2', 5: 'i4', 6: 'u4', 7: 'f4', 9: 'f8', 12: 'i8', 13: 'u8', 16: 'u1',
          17: 'u2'}
_COMPRESSED, _MATRIX, _CELL, _CHAR = 15, 14, 1, 4


def mat_elements(b, off=0):
    """The (type, bytes) data elements of MAT v5 bytes `b` from `off` on: small elements unpacked, no padding after a
    compressed one."""
    while off + 8 <= len(b):
        t, n = struct.unpack('<II', b[off:off + 8])
        if t >> 16:  # a small element: its size in the upper half, its data in the tag's second word
            yield t & 0xffff, b[off + 4:off + 4 + (t >> 16)]
            off += 8
            continue
        yield t, b[off + 8:off + 8 + n]
        off += 8 + n + (0 if t == _COMPRESSED else -n % 8)


def mat_value(b):
    "(name, value) of one miMATRIX element's bytes: a list for a cell array, a str for chars, a float array else."
    parts = list(mat_elements(b))
    cls = int(np.frombuffer(parts[0][1], '<u4')[0] & 0xff)
    dims = tuple(int(d) for d in np.frombuffer(parts[1][1], '<i4'))
    name = parts[2][1].decode('latin1')
    if cls == _CELL: return name, [mat_value(d)[1] for _, d in parts[3:]]
    t, d = parts[3]
    if t not in _TYPES: raise ValueError(f"MAT data type {t} not read here")
    if cls == _CHAR: return name, ''.join(map(chr, np.frombuffer(d, '<' + _TYPES[t])))
    return name, np.frombuffer(d, '<' + _TYPES[t]).astype(np.float64).reshape(dims, order='F')


def read_mat(b):
    "The named variables of a MAT v5 file's bytes, as {name: value}."
    if len(b) < 128 or not b.startswith(b'MATLAB 5.0'): raise ValueError("not a MAT v5 file")
    out = {}
    for t, d in mat_elements(b, 128):
        if t == _COMPRESSED: t, d = next(mat_elements(zlib.decompress(d)))
        if t == _MATRIX:
            name, value = mat_value(d)
            out[name] = value
    return out


def _show(repo, path):
    "A file of the repository's newest commit, from a clone or a bare snapshot alike."
    return subprocess.run(['git', '-C', str(repo), 'show', f'HEAD:{path}'], capture_output=True, check=True).stdout


def main(argv=None):
    p = argparse.ArgumentParser(prog='python tools/helen29.py', description=__doc__.split('\n\n')[0])
    p.add_argument('repo', help="a clone of zhfe99/helen (or the library's snapshot of it)")
    p.add_argument('out', help='the folder to write, outside the repository')
    p.add_argument('--train', required=True, help="300-W's HELEN training folder: only its photos' names are kept")
    args = p.parse_args(argv)
    train = {f.stem for f in Path(args.train).glob('*.pts')}
    if not train: sys.exit(f"{args.train}: no .pts files (300-W's HELEN training folder expected)")
    mat = read_mat(_show(args.repo, 'data/helen.mat'))
    names, pts = mat['imgs'], mat['Pts']
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    kept = 0
    for name, p2 in zip(names, pts):
        if Path(name).stem not in train: continue
        if p2.shape != (2, 29): sys.exit(f"helen.mat: {name} has points of shape {p2.shape}, (2, 29) expected")
        (out/name).write_bytes(_show(args.repo, f'data/img/{name}'))
        lines = ['version: 1', 'n_points: 29', '{'] + [f'{x:.3f} {y:.3f}' for x, y in p2.T] + ['}']
        (out/name).with_suffix('.pts').write_text('\n'.join(lines) + '\n')
        kept += 1
    print(f"{out}: {kept} faces of {len(names)} written (the rest are not in {args.train})")


if __name__ == '__main__': main()
