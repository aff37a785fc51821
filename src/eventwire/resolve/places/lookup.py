"""A chosen place mention resolved with the gazetteer: its own name or a larger one after it, in the country
that frames it, with foreign namesakes of small towns giving way to the document's own country. Sites named for a town
(``site_nouns`` and ``facility_words`` of ``data/places/cues.yaml``) try the larger names around them first."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from eventwire.lexicons import geonames
from eventwire.lexicons.actors.seats import load_seats
from eventwire.lexicons.gazetteer.index import (
    AREA_PRECISIONS,
    FAMOUS_CITY_POPULATION,
    Entry,
    Gazetteer,
    demonyms,
    fold,
    variants,
)
from eventwire.lexicons.places.cues import load_place_cues as cues
from eventwire.model import Place
from eventwire.resolve.places.frame import Ballot
from eventwire.resolve.places.links import Mention
from eventwire.resolve.places.spans import bracketed, names_a_capital

__all__ = ["area_place", "candidates", "resolve_mention", "seat_place"]

MIN_EVIDENCE = 0.5  # votes for a country, besides the name's own, that show the document is about it too
AYN_MARKS = frozenset({"‘", "ʿ"})  # marks of the Arabic ayn that open a transliterated name
CLOSING_QUOTES = frozenset({"’", "'"})
MIN_LOCAL_EVIDENCE = 1.0  # votes for the document's country from names of its own towns and areas


def resolve_mention(
    mention: Mention,
    larger: list[str],
    gazetteer: Gazetteer,
    prefer: Sequence[str],
    context: Sequence[str],
    home_country: str | None = None,
    votes: Ballot | None = None,
) -> Place:
    """The mention's place: its own name in the gazetteer, else the next, larger name after it; all in the
    country of the last (largest) name that the gazetteer knows ("Watamu, Dabaso, Kilifi": Kenya). A country or a
    nationality word naming a capital ("the Afghan capital") is that country's capital, and so is a seat of power
    ("the White House", ``seat_place``)."""
    capital = capital_place(mention, gazetteer) or seat_place(mention, gazetteer)
    if capital is not None:
        return capital
    area = area_place(mention, gazetteer, prefer, context)
    if area is not None:
        return area
    name = _written_name(mention, gazetteer)
    larger = [
        text
        for text in larger
        if not _foreign_frame(text, mention.text, gazetteer, (prefer, context), home_country, votes)
    ]
    frame = _frame_country(larger, gazetteer, prefer, context)
    prefer = [frame, *prefer] if frame else prefer
    home = frame or home_country
    own_names = list(variants(mention.text))
    local = frame is not None and _framed_locally(larger, frame, gazetteer, prefer, context)
    for candidate in candidates(mention.text, own_names, larger):
        entry = gazetteer.best(candidate, prefer, context)
        if entry is None or entry.lat is None:
            continue
        if frame is None and candidate in own_names:
            entry = _home_namesake(_famous_namesake(entry, candidate, gazetteer), candidate, gazetteer, home)
        if frame is not None and entry.country != frame and not (candidate in own_names and _stands(entry, local)):
            continue
        if home and entry.country != home and _namesake(entry, candidate, gazetteer, prefer, home, votes):
            continue  # "Irobo" in a Kenyan report is not the town of that name in Côte d'Ivoire
        return Place(name, entry.country, entry.lat, entry.lon, entry.geonameid, entry.precision)
    own = gazetteer.lookup(mention.text, prefer, context) or _compass_part(mention.text, gazetteer)
    if own is None or (home and own.country != home and not _wide(own.precision)):
        return Place(name, home)  # an unknown place, or a foreign namesake: in the document's country, if known
    return Place(name, own.country, None, None, own.geonameid, own.precision)


def _compass_part(text: str, gazetteer: Gazetteer) -> Place | None:
    """The country a compass word written into its name points into ("North Syria", "Southern Russia"), when the
    gazetteer knows no place of that whole name: a part of a country is placed in the country."""
    first, _, rest = text.partition(" ")
    if not rest or first.lower() not in cues().direction_words:
        return None
    country = gazetteer.lookup(rest)
    return country if country is not None and country.precision == "country" else None


def area_place(mention: Mention, gazetteer: Gazetteer, prefer: Sequence[str], context: Sequence[str]) -> Place | None:
    """The area that a name with the noun of its kind after it names, when our tables know it by that whole
    phrase ("in Idlib province" is the governorate, not the city of Idlib); named by the name alone, as the
    entity is written ("Idlib"), the precision saying it is an area."""
    doc, end = mention.span.doc, mention.span.end
    if end >= len(doc) or doc[end].text not in cues().admin_tails or not doc[end].is_lower:
        return None
    written = f"{mention.span.text} {doc[end].text}"
    entry = gazetteer.best(written, prefer, context)
    if entry is None or entry.lat is None or entry.precision not in AREA_PRECISIONS:
        return None
    return Place(mention.text, entry.country, entry.lat, entry.lon, entry.geonameid, entry.precision)


def candidates(text: str, own_names: list[str], larger: list[str]) -> list[str]:
    """The names to look up, in order: the mention's own forms, then its larger names; a site named for a
    town ("Uhuru Park", "Burma Market", "X University") tries the larger names before its shortened forms,
    which are often another place's name."""
    outer = [variant for name in larger for variant in variants(name)]
    if text.split()[-1].lower() not in cues().site_nouns | cues().facility_words or not outer:
        return [*own_names, *outer]
    return [own_names[0], *outer, *own_names[1:]]


def capital_place(mention: Mention, gazetteer: Gazetteer) -> Place | None:
    """The capital city of the country whose nationality word ``mention`` is, when it modifies the noun "capital"
    and nothing else does ("the Afghan capital"; not "Jamaica's capital", which a reader places by the country's
    name, nor "the Malawian commercial capital" or "the Togolese capital Lome")."""
    if not names_a_capital(mention.span.root):
        return None
    country = demonyms().get(fold(mention.text))
    city = _capitals().get(country) if country else None
    entry = gazetteer.best(city, prefer=[country]) if city and country else None
    if entry is None or entry.country != country or entry.lat is None:
        return None
    return Place(entry.name, entry.country, entry.lat, entry.lon, entry.geonameid, entry.precision)


def seat_place(mention: Mention, gazetteer: Gazetteer) -> Place | None:
    """A seat of power of ``data/actors/seats.tsv`` ("the White House", "the Kremlin", "the Oval Office") stands in
    the capital of its country, under its own name: not in a small town that bears the name (White House,
    Tennessee), nor, unknown to the gazetteer, in the document's country. A seat that is a city of its own
    ("Moscow") or an area our tables place ("Downing Street") keeps that place."""
    country = _seat_countries().get(fold(mention.text))
    if country is None:
        return None
    own = gazetteer.best(mention.text, prefer=[country])
    if own is not None and own.country == country and own.lat is not None and _stands_alone(own):
        return None
    city = _capitals().get(country)
    entry = gazetteer.best(city, prefer=[country]) if city else None
    if entry is None or entry.country != country or entry.lat is None:
        return None
    return Place(mention.text, country, entry.lat, entry.lon, entry.geonameid, entry.precision)


def _stands_alone(entry: Entry) -> bool:
    """``entry`` is a place in its own right: an area of our tables, or a city of 100,000 or more."""
    return entry.precision != "city" or entry.population >= FAMOUS_CITY_POPULATION


@lru_cache(maxsize=1)
def _seat_countries() -> dict[str, str]:
    """The country of each seat of power, by its folded alias."""
    return {fold(seat.alias): seat.iso3 for seat in load_seats()}


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """The capital's name of each country, by ISO3 code."""
    return {info["iso3"]: info["capital"] for info in geonames.countries().values() if info["capital"]}


def _written_name(mention: Mention, gazetteer: Gazetteer) -> str:
    """The name as written, with a bracket that gives another name of the same place ("Amed (Diyarbakir)",
    "Kobane (Ain al-Arab)"); a bracket naming a larger area ("Kapkwen (Bomet)") is not part of it."""
    name = _with_ayn(mention)
    inside = bracketed(mention.span)
    if len(inside) != 1:
        return name
    own, other = gazetteer.best(name), gazetteer.best(inside[0])
    same = own is not None and other is not None and own.geonameid is not None and own.geonameid == other.geonameid
    return f"{name} ({inside[0]})" if same else name


def _with_ayn(mention: Mention) -> str:
    """The name with the ayn mark that opens it in a transliteration ("the town of ‘Ibta", "‘Ayn al-Fijah"): a
    left quote joined to the first word, and no right quote closing the name after it (then it is a quote)."""
    doc, start, end = mention.span.doc, mention.span.start, mention.span.end
    name = mention.text
    if (
        start == 0
        or doc[start - 1].text not in AYN_MARKS
        or doc[start - 1].whitespace_
        or not name.startswith(doc[start].text)
    ):
        return name
    closing = end < len(doc) and doc[end].text in CLOSING_QUOTES and not doc[end - 1].whitespace_
    return name if closing else doc[start - 1].text + name


def _famous_namesake(entry: Entry, name: str, gazetteer: Gazetteer) -> Entry:
    """A city of 100,000 or more that bears the name itself, over a small town the actors' or the document's
    countries favour: "the US embassy in Brussels" is in Belgium, not in a village of Wisconsin."""
    if entry.population >= FAMOUS_CITY_POPULATION or entry.precision != "city":
        return entry
    biggest = max(
        (hit for hit, own in gazetteer.candidates(name) if own and hit.lat is not None and hit.precision == "city"),
        key=lambda hit: hit.population,
        default=entry,
    )
    return biggest if biggest.population >= FAMOUS_CITY_POPULATION else entry


def _home_namesake(entry: Entry, name: str, gazetteer: Gazetteer, home: str | None) -> Entry:
    """A small foreign town loses to a place of the same name in the document's country, whatever the actors'
    countries: "Pala" in a Kenyan report is the Kenyan village, not the town of Chad."""
    if home is None or entry.country == home or entry.population >= FAMOUS_CITY_POPULATION:
        return entry
    local = gazetteer.best(name, [home])
    return local if local is not None and local.country == home and local.lat is not None else entry


def _namesake(
    entry: Entry, name: str, gazetteer: Gazetteer, prefer: Sequence[str], home: str, votes: Ballot | None = None
) -> bool:
    """A foreign entry that a local place of the document's country ``home`` more likely shares its name with:
    one that only an alternate name matches ("Namanga" is not Namangan, "Tana" is not Antananarivo) in a country the
    document gives no other evidence of, or a town of under 100,000 in such a country, when no actor's country is known
    or other towns of ``home`` are named ("Irobo" beside Kakamega is Kenyan, whoever the actors are; but
    "North Horr" attacked by militia "from Ethiopia" stays in Kenya, and "Lamu" in a report led by Somalia
    is Kenya's when Kenyan soldiers are in it). A country, a wide region of our own table ("the Sinai" in a story told
    from Washington is Egypt's), or a place in an actor's country, is no namesake."""
    if _wide(entry.precision) or entry.country in prefer:
        return False
    if votes is not None and entry.country is not None and votes.besides(entry.country, name) >= MIN_EVIDENCE:
        return False  # other names of the document are in that country: "Kobani" among Syrian towns is Syria's
    if not any(own for hit, own in gazetteer.candidates(name) if hit == entry):
        return True
    if entry.population >= FAMOUS_CITY_POPULATION:
        return False
    if votes is None or entry.country is None:
        return not prefer
    return not prefer or votes.local(home, name) >= MIN_LOCAL_EVIDENCE


def _wide(precision: str | None) -> bool:
    """A country, or a wide region of our own table ("Sinai"), is no town that a local namesake shares a name with."""
    return precision == "country" or precision == "region"


def _stands(entry: Entry, framed_locally: bool) -> bool:
    """A country, or a large city not framed by a smaller area ("Moscow" beside "Ukraine", unlike "Kalama,
    Machakos"), keeps its own country whatever frames it: it is not replaced by another country's centroid."""
    return entry.precision == "country" or (entry.population >= FAMOUS_CITY_POPULATION and not framed_locally)


def _framed_locally(
    larger: list[str], frame: str, gazetteer: Gazetteer, prefer: Sequence[str], context: Sequence[str]
) -> bool:
    """A larger name below country level, in the frame country, locates the mention ("X, Machakos")."""
    for text in larger:
        entry = gazetteer.best(text, prefer, context)
        if entry is not None and entry.country == frame and entry.precision != "country" and entry.lat is not None:
            return True
    return False


def _foreign_frame(
    text: str,
    own: str,
    gazetteer: Gazetteer,
    countries: tuple[Sequence[str], Sequence[str]],
    home: str | None,
    votes: Ballot | None,
) -> bool:
    """A larger name that only a place abroad fits, in a document with other towns of its own country (besides
    the framed name ``own``) and no actor of that other country: "X, Mau" in a Kenyan report is not framed by
    the Indian city of Mau."""
    if home is None or votes is None:
        return False
    prefer, context = countries
    entry = gazetteer.best(text, prefer, context)
    if entry is None or entry.country in (None, home) or entry.country in prefer or entry.precision == "country":
        return False
    if gazetteer.best(text, [home]) is not None and home in gazetteer.countries_of(text):
        return False
    local = votes.local(home, text) - votes.by_name.get(fold(own), {}).get(home, 0.0)
    return local >= MIN_LOCAL_EVIDENCE and votes.besides(entry.country, text) < MIN_EVIDENCE


def _frame_country(
    larger: list[str], gazetteer: Gazetteer, prefer: Sequence[str], context: Sequence[str]
) -> str | None:
    for text in reversed(larger):
        place = gazetteer.lookup(text, prefer, context)
        if place is not None and place.country:
            return place.country
    return None
