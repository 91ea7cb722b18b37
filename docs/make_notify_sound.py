"""Write static/sounds/notify.wav: a short two-tone chime for the agent console."""

import math
import struct
import wave
from pathlib import Path

RATE = 22050
TONES = ((880, 0.09), (1320, 0.14))


def main():
    frames = bytearray()
    for freq, duration in TONES:
        count = int(RATE * duration)
        for i in range(count):
            envelope = min(1, i / 200) * min(1, (count - i) / 600)
            sample = 0.35 * 32767 * envelope * math.sin(2 * math.pi * freq * i / RATE)
            frames += struct.pack("<h", int(sample))
    target = Path(__file__).resolve().parent.parent / "static/sounds/notify.wav"
    with wave.open(str(target), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))


if __name__ == "__main__":
    main()
