__version__ = "0.1.0"

# The public API (this file is kept by hand: nbdev only updates the version line above).
from .model import load_model, predict
from .detect import detect
from .video import detect_video
