"""The long run of issue 28: the in-the-wild model (notebook 10's `train_wild`) at the recipe the 40-epoch pilots chose,
on 2 CPU cores for up to 8 hours, a checkpoint every epoch. Run the same command again to continue a stopped run:

    FKD_DATA=... FKD_300W=... FKD_RUNS=... python tools/train_long.py [--threads 2] [--out PATH]

The pilots (issue 28's notes, 40 epochs each, AFW end to end): a 160 px crop whose network sees its central 120 px
(`size`, `inner`), widths a third larger than `WILD_RECIPE`'s, and the 300-W faces five times an epoch instead of twice
(`repeat`); 150 epochs of that mix are about 270 of the old one's. When it ends, ship it as notebook 10 does
(`export_weights`, `add_int8`, `label_offset`), store its width curve (notebook 11's `width_curve` on AFW, kept as
`width_nme`), choose the face score thresholds for it on AFW, and run `python tools/benchmark.py --out fkd/weights`.
"""
from __future__ import annotations
import argparse, os
from pathlib import Path

LONG_RECIPE = dict(epochs=150, size=160, inner=120, widths=(32, 64, 64, 128, 256))  # fields that differ from WILD_RECIPE
REPEAT = 5  # times each 300-W face comes in an epoch


def main(argv=None):
    p = argparse.ArgumentParser(prog='python tools/train_long.py', description=__doc__.split('\n\n')[0])
    p.add_argument('--threads', type=int, default=2, help='PyTorch threads (default: 2)')
    p.add_argument('--out', default=None, help='the checkpoint (default: $FKD_RUNS/fkd_wild_long.ckpt)')
    args = p.parse_args(argv)
    import torch
    torch.set_num_threads(args.threads)
    from fkd.train import Recipe
    from fkd.wild import train_wild, WILD_RECIPE
    out = Path(args.out) if args.out else Path(os.environ.get('FKD_RUNS', 'runs'))/'fkd_wild_long.ckpt'
    model, history = train_wild(out, Recipe(**(WILD_RECIPE | LONG_RECIPE)), repeat=REPEAT, progress=False)
    last = history[-1]
    print(f"{out}: {last['epoch']} epochs, validation NME {last['val_nme']:.2f}%, "
          f"{sum(h['seconds'] for h in history) / 3600:.2f} h")


if __name__ == '__main__': main()
