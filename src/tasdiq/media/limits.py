"""How much decoding one input may cost before it is refused as hostile or broken.

A decompression bomb is a small file that decodes to an enormous picture; a crafted video
can claim hours of frames. The limits bound memory (pixels per frame) and time (frames
decoded, seconds of wall clock) so one bad upload cannot stall an ingest run.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    # 120 megapixels admits a 12,000 x 10,000 panorama; Pillow's own default (~89 MP) would
    # refuse some legitimate satellite crops. Above this a picture is treated as a bomb.
    max_pixels: int = 120_000_000
    # A video frame larger than 8K UHD is not camera footage.
    max_frame_pixels: int = 7680 * 4320
    max_bytes: int = 2 * 1024 * 1024 * 1024
    # Sampling stops here; the rest of a longer video is reported as not hashed.
    max_video_seconds: float = 3 * 3600.0
    max_decoded_frames: int = 400_000
    max_decode_wall_seconds: float = 900.0


DEFAULT_LIMITS = Limits()
