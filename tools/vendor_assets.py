"""Copy the front-end libraries from node_modules/ into the web app's static folder.

`make setup` runs `npm ci` (versions pinned in package-lock.json) and then this script, so
the app serves leaflet, leaflet.markercluster and chart.js itself: no CDN, nothing fetched by the browser from
outside the machine. The copies are build outputs (gitignored).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULES = ROOT / "node_modules"
VENDOR = ROOT / "src" / "tasdiq" / "web" / "static" / "vendor"

# (file or folder inside node_modules, destination inside static/vendor)
ASSETS = [
    ("leaflet/dist/leaflet.js", "leaflet/leaflet.js"),
    ("leaflet/dist/leaflet.css", "leaflet/leaflet.css"),
    ("leaflet/dist/images", "leaflet/images"),
    ("leaflet/LICENSE", "leaflet/LICENSE"),
    ("leaflet.markercluster/dist/leaflet.markercluster.js", "markercluster/leaflet.markercluster.js"),
    ("leaflet.markercluster/dist/MarkerCluster.css", "markercluster/MarkerCluster.css"),
    ("leaflet.markercluster/MIT-LICENCE.txt", "markercluster/MIT-LICENCE.txt"),
    ("chart.js/dist/chart.umd.min.js", "chartjs/chart.umd.min.js"),
    ("chart.js/LICENSE.md", "chartjs/LICENSE.md"),
]


def main() -> int:
    missing = [src for src, _ in ASSETS if not (MODULES / src).exists()]
    if missing:
        print(f"vendor_assets: missing in node_modules (run npm ci): {', '.join(missing)}", file=sys.stderr)
        return 1
    for src, dest in ASSETS:
        target = VENDOR / dest
        target.parent.mkdir(parents=True, exist_ok=True)
        if (MODULES / src).is_dir():
            shutil.copytree(MODULES / src, target, dirs_exist_ok=True)
        else:
            shutil.copy2(MODULES / src, target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
