"""Places in and around a partnership's area, from the generated GeoNames list (data/places.tsv).

A case study that names a town or village near the borough can identify a family as surely as a
ward can. The list holds every populated place in Great Britain with its position; this module
picks those within a radius of the area, so another partnership gets its own neighbours without
editing code. A neighbouring council area named whole ("families who moved in from Knowsley") is
not narrower than the partnership's own, so the council areas in data/authorities.txt (generated
from ISO 3166-2:GB) are left out, even where a town shares the name. partnership.yml can widen or
trim the choice:

    extra:
      partnership:
        places:
          radius_km: 15           # how far around the area to look (default 15)
          add: [Sutton Manor]     # places the list does not hold
          ignore: [Croft]         # places that are ordinary words in your guidance
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path
from statistics import median
from typing import Iterable

from .findings import Finding

PLACES_PATH = Path(__file__).parent / "data" / "places.tsv"
COUNTRIES_PATH = PLACES_PATH.with_name("countries.txt")
AUTHORITIES_PATH = PLACES_PATH.with_name("authorities.txt")
DEFAULT_RADIUS_KM = 15.0


@lru_cache(maxsize=1)
def load() -> tuple[tuple[str, float, float], ...]:
    rows = []
    for line in PLACES_PATH.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, lat, lon = line.split("\t")
            rows.append((name, float(lat), float(lon)))
    return tuple(rows)


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    return frozenset(_key(line) for line in COUNTRIES_PATH.read_text(encoding="utf-8").splitlines()
                     if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def authorities() -> frozenset[str]:
    """The UK's council areas and metropolitan counties, lower case."""
    return frozenset(_key(line) for line in AUTHORITIES_PATH.read_text(encoding="utf-8").splitlines()
                     if line and not line.startswith("#"))


_COMPASS = ("north ", "south ", "east ", "west ", "mid ")


def _counties(areas: Iterable[str]) -> set[str]:
    """Council areas named with a compass point, without it: "West Sussex" and "Cheshire East"
    name Sussex and Cheshire, which are places too."""
    found = set()
    for area in areas:
        head = area.split(" and ")[0]
        for point in _COMPASS:
            if head.startswith(point):
                found.add(head[len(point):])
            if head.endswith(" " + point.strip()):
                found.add(head[:-len(point)])
    return {f for f in found if f}


@lru_cache(maxsize=1)
def known_names() -> frozenset[str]:
    """Every place in Great Britain, council area, country and capital, lower case: "Leeds",
    "Merseyside", "Sussex" and "Poland" are places, not surnames or schools, wherever they are."""
    return frozenset(_key(r[0]) for r in load()) | countries() | authorities() | _counties(authorities())


def is_authority(name: str) -> bool:
    return _key(name) in authorities()


def narrower(names: Iterable[str]) -> tuple[str, ...]:
    """The names that are not a whole council area."""
    return tuple(n for n in names if not is_authority(n))


def is_known_place(name: str) -> bool:
    return _key(name) in known_names()


def is_country(name: str) -> bool:
    return _key(name) in countries()


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(min(1.0, a)))


def _key(name: str) -> str:
    return " ".join(name.replace(".", "").replace("-", " ").lower().split())


def _positions(names: Iterable[str], rows) -> list[tuple[float, float]]:
    """The position of every listed place with one of these names."""
    wanted = {_key(str(n)) for n in names if str(n).strip()}
    return [(lat, lon) for name, lat, lon in rows or load() if _key(name) in wanted]


def centre(names: Iterable[str], rows=None) -> tuple[float, float] | None:
    """The median position of every listed place with one of these names: places of the same name
    elsewhere in the country are outliers, so the median lands in the area."""
    return _middle(_positions(names, rows))


def _middle(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    return (median(p[0] for p in points), median(p[1] for p in points)) if points else None


def around(names: Iterable[str], radius_km: float = DEFAULT_RADIUS_KM, rows=None) -> tuple[str, ...]:
    """Every listed place within radius_km of any of the area's own places, sorted. Each name stands
    for its listed place nearest the middle of them all, unless that lies far beyond where the others
    do (a namesake elsewhere: County Durham's Walworth for Southwark's). So a county's towns 100 km
    apart each bring their own villages, and a town just over the boundary is near too."""
    wanted = {_key(str(n)) for n in names if str(n).strip()}
    by_name: dict[str, list[tuple[float, float]]] = {}
    for name, lat, lon in rows or load():
        if _key(name) in wanted:
            by_name.setdefault(_key(name), []).append((lat, lon))
    middle = _middle([p for points in by_name.values() for p in points])
    if middle is None:
        return ()
    nearest = [min(points, key=lambda p: _km(middle[0], middle[1], *p)) for points in by_name.values()]
    far = [_km(middle[0], middle[1], *p) for p in nearest]
    limit = max(radius_km, 3 * median(far))
    own = [p for p, d in zip(nearest, far) if d <= limit] or [middle]
    # A box around the area's own places, a little wider than the radius, is compared first: two
    # comparisons instead of a great-circle distance for each of the country's 47,000 places.
    reach = radius_km * 1.1 / 111.0
    widest = reach / max(0.01, math.cos(math.radians(min(89.0, max(abs(a) for a, _ in own) + reach))))
    south, north = min(a for a, _ in own) - reach, max(a for a, _ in own) + reach
    west, east = min(b for _, b in own) - widest, max(b for _, b in own) + widest
    return tuple(sorted({name for name, lat, lon in rows or load() if south <= lat <= north and west <= lon <= east
                         and any(_km(a, b, lat, lon) <= radius_km for a, b in own)}))


def for_partnership(partnership: dict) -> tuple[str, ...]:
    """The places a case study must not name, from extra.partnership in partnership.yml: the
    gazetteer around the area and its local_places, plus `places.add`, less `places.ignore` and
    the area itself and every other whole council area (the borough may always be named)."""
    config = partnership.get("places") if isinstance(partnership.get("places"), dict) else {}
    area = str(partnership.get("area") or "").strip()
    seeds = [area] + [str(p) for p in partnership.get("local_places") or []]
    try:
        radius = float(config.get("radius_km", DEFAULT_RADIUS_KM))
    except (TypeError, ValueError):
        radius = DEFAULT_RADIUS_KM
    found = set(around(seeds, radius)) | {str(p).strip() for p in config.get("add") or [] if str(p).strip()}
    ignore = {_key(p) for p in config.get("ignore") or []} | {_key(area)}
    return tuple(sorted(p for p in narrower(found) if _key(p) not in ignore))


def unlocated(partnership: dict, path: str = "partnership.yml") -> list[Finding]:
    """A notice when neither the area nor any of local_places is a place the list holds: the gate
    then knows no town or neighbourhood around the area, and a case study naming one passes. A London
    borough ("Southwark") is no settlement in the list, and many of its districts are missing too."""
    area = str(partnership.get("area") or "").strip()
    if centre([area] + [str(p) for p in partnership.get("local_places") or []]) is not None:
        return []
    return [Finding(path, None, f"The anonymisation gate cannot find {area or 'the area'} on its map of places, so it "
                    "does not know the towns, villages and neighbourhoods around it: a case study naming one of them "
                    "is not stopped.", "List the area's own towns and neighbourhoods under local_places in "
                    "partnership.yml (for example local_places: [Peckham, Camberwell]), and any place the gate should "
                    "also stop under places: add:.", "notice", "places not found", area)]
