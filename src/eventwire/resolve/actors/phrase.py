"""Read one actor phrase against the dictionaries: who it names, its country and its sector.

The reading is context-free; ``eventwire.resolve.actors.document`` adds what the document supplies
(earlier mentions, the country the document is about). The dictionaries come from ``eventwire.lexicons.actors``;
the words that shape a reading (body nouns, "former", "loyal to", land and administrative nouns, where a phrase's
head ends) from ``data/actors/words.yaml``, turned into patterns once (``patterns``).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from eventwire.knowledge.matching import fold
from eventwire.lexicons.actors import Entry, Hit, Lexicon, country_name, normalize, ruling
from eventwire.lexicons.actors.people import Person, Role
from eventwire.lexicons.actors.words import load_actor_words
from eventwire.lexicons.wordlists import alternation
from eventwire.resolve.actors.known import KnownActors

# capitalised words that follow a name without being part of it ("Putin Tuesday")
CALENDAR_WORDS = frozenset([*calendar.day_name, *calendar.month_name[1:]])

# Closed classes: third-person pronouns that stand for one person, and those that stand for a group or a body.
SINGULAR_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
GROUP_PRONOUNS = frozenset({"they", "them", "their", "it", "its", "theirs"})
FIRST_PERSON_PRONOUNS = frozenset({"i", "me", "my", "mine", "we", "us", "our", "ours"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
DETERMINERS = re.compile(r"^(?:the|a|an|some|several|many|two|three|both|all|other|these|those|this|that)\s+", re.I)
ETHNIC = re.compile(r"\bethnic\s+$", re.I)
CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}")
CAPITALISED_NEXT = re.compile(r"\s+[A-Z]")
POSSESSIVE_END = re.compile(r"['\u2019]s?$")
STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})
FORMER_SECTOR = "ELI"
REBEL_SECTOR = "REB"
PARTY_SECTOR = "PTY"
NAME_VOWELS = re.compile(r"[aeiouy]+")
NAME_SOUNDS = (("ph", "f"), ("x", "ks"), ("c", "k"), ("q", "k"), ("w", "v"))
ARMY_SECTOR = "MIL"
# The codes of international bodies (intergovernmental and non-governmental), as a country and as a sector.
INTERNATIONAL_CODES = frozenset({"IGO", "NGO"})
OF_WORD = re.compile(r"\s+of\s+", re.I)


@dataclass(frozen=True, slots=True)
class PhrasePatterns:
    """The patterns built from the word lists of ``data/actors/words.yaml``."""

    head_break: re.Pattern[str]  # where the head part of a phrase ends ("police in X": "in")
    land_next: re.Pattern[str]  # "the Western region": a bloc word before a land noun is a direction
    of_place: re.Pattern[str]  # "the Albanians of southern Serbia": a people's "of" before its country
    former: re.Pattern[str]  # "former president", "ex-minister": a state office no longer held (ELI)
    loyal_to: re.Pattern[str]  # "forces loyal to X": the body is the head's, X gives whose side
    admin_word: re.Pattern[str]  # "Nakuru County": an administrative noun after a place name
    origin: re.Pattern[str]  # "Manchester-born", "Eldoret-based": the second part of a compound of origin
    # "Vietnamese-led forces", "Saudi-led coalition", "U.N.-organized meeting": the hyphen of a compound whose first
    # part names the leader or host, whose country is the phrase's. Other such compounds ("US-backed militias")
    # name a patron, not the actor's country, and stay unmatched.
    hosted: re.Pattern[str]


@lru_cache(maxsize=1)
def patterns() -> PhrasePatterns:
    """The phrase patterns, built once from the loaded word lists."""
    words = load_actor_words()
    return PhrasePatterns(
        head_break=re.compile(rf"\b(?:{alternation(words.head_breaks)})\b", re.I),
        land_next=re.compile(rf"\s+(?:{alternation(words.land_nouns)})\b", re.I),
        of_place=re.compile(rf"\s+of\s+(?:the\s+)?(?:(?:{alternation(words.compass_words)})\w*\s+)?", re.I),
        former=re.compile(rf"\b(?:{alternation(words.former_words)})\b[\s-]", re.I),
        loyal_to=re.compile(rf"\s+(?:{alternation(words.loyalty_words)})\s+(?:to|with)\s+", re.I),
        admin_word=re.compile(rf"\s+(?:{alternation(words.admin_nouns)})$", re.I),
        origin=re.compile(rf"(?<=\w)[-\u2010\u2013](?:{alternation(words.origin_words)})\b", re.I),
        hosted=re.compile(rf"(?<=[\w.])[-\u2010\u2013](?=(?:{alternation(words.host_participles)})\b)", re.I),
    )


def city_keys(core: str) -> list[str]:
    """The lower-case city names a phrase may hold: its capitalised runs, without an administrative noun after
    them ("Nakuru County" -> "nakuru") or a compound of origin ("Manchester-born" -> "manchester")."""
    admin = patterns().admin_word
    core = patterns().origin.sub("", core)
    return [admin.sub("", match.group(0)).lower() for match in CAPITALISED_RUN.finditer(admin.sub("", core))]


@dataclass(frozen=True, slots=True)
class Reading:
    """What a phrase says by itself.

    ``anaphor`` is ``person``, ``group``, ``body``, ``description``, ``speaker`` or ``relative`` when the phrase
    needs an antecedent (a pronoun, "the group" / "the movement", "the Chinese leader" / "the ministry", "we" / "our",
    "who" / "which"); ``domestic`` when a
    missing country may be taken from the document; ``countries`` when a group lives in several countries
    (``country`` is the first) and the document's country should choose; ``bloc`` when the phrase names a group
    of countries ("Western leaders", "the West") or both sides ("the parties"): it has no country and must not
    borrow one; ``minority`` when the phrase names an ethnic minority by its nationality ("ethnic Albanian
    guerrillas"): its country is the document's, and no event place or stray nationality overrides it;
    ``unnamed`` when the phrase is only a role noun ("police", "the home secretary", "civilians"): it names no one
    and no country, so only its context may give it one; ``state`` when the phrase is a country's name alone ("the
    US", "Turkey"): acting, it stands for that state; ``placeless`` when only its own words or referent may give
    it a country, never its context ("foreign fighters", "our government" with no speaker or home to go by).
    """

    name: str | None
    country: str | None = None
    sector: str | None = None
    person: Person | None = None
    names_person: bool = False
    domestic: bool = False
    anaphor: str | None = None
    countries: tuple[str, ...] = ()
    bloc: bool = False
    minority: bool = False
    unnamed: bool = False
    state: bool = False
    placeless: bool = False


def name_skeleton(word: str) -> str:
    """What two spellings of a name word share: its consonants, a sound spelled two ways as one, no letter doubled
    ("Fatah" and "Fattah", "Mohammed" and "Muhamad", "Alexei" and "Aleksey" agree; "Shintaro" and "Shinzo" do
    not)."""
    key = fold(word).lower()
    for spelled, sound in NAME_SOUNDS:
        key = key.replace(spelled, sound)
    key = NAME_VOWELS.sub("", key)
    return re.sub(r"(.)\1+", r"\1", key)


def core_text(text: str) -> str:
    """The phrase without quotes, possessive ending or leading determiners."""
    text = normalize(text).strip(" \"',;:")
    text = re.sub(r"'s?$", "", text)
    previous = None
    while previous != text:
        previous, text = text, DETERMINERS.sub("", text)
    return text


def head_end(text: str, covered: list[tuple[int, int]], after: int = 0) -> int:
    """Where the head part of a phrase ends: at the first preposition outside a dictionary alias (after ``after``,
    for the part that follows a break)."""
    for match in patterns().head_break.finditer(text):
        if match.start() > after and not any(s <= match.start() < e for s, e in covered):
            return match.start()
    return len(text)


def head_role(roles: list[Hit[Entry]], end: int, next_end: int | None = None) -> Hit[Entry] | None:
    """The role noun heading the phrase: the last one before ``end``, else the last one of the part that follows
    (before ``next_end``, the next break): "international and local media rights organizations" is headed by
    "rights organizations", not by "media"."""
    before = [hit for hit in roles if hit.start < end]
    if before:
        return before[-1]
    following = [hit for hit in roles if next_end is None or hit.start < next_end]
    return following[-1] if following else (roles[0] if roles else None)


def staffed_role(
    roles: list[Hit[Entry]], role: Hit[Entry] | None, core: str, staff: frozenset[str]
) -> Hit[Entry] | None:
    """Staff nouns after a role noun of another sector are that body's staff: "military officials" are MIL,
    "police officials" COP; a state's body or office held by rebels is theirs: "rebel forces", "a rebel army",
    "rebel officials" are REB. ``role`` is the head; the role right before it (one space apart) gives the sector."""
    if role is None:
        return role
    before = [hit for hit in roles if hit.end <= role.start and not core[hit.end : role.start].strip()]
    if not before or before[-1].value.sector is None:
        return role
    sector = before[-1].value.sector
    rebels = sector == REBEL_SECTOR and role.value.sector in STATE_SECTORS
    if not rebels and (role.value.name not in staff or before[-1].value.person):
        return role
    return Hit(role.start, role.end, role.text, replace(role.value, sector=sector))


def titled_role(person: Person, before: str) -> Role | None:
    """With no event date, the role whose title the phrase gives before the name ("Prime Minister Ismail
    Haniyeh"), if the person held one; the longest title wins ("foreign minister" over "minister")."""
    lowered = before.lower()
    titled = [role for role in person.roles if re.search(rf"\b{re.escape(role.title.lower())}\b", lowered)]
    return max(titled, key=lambda r: len(r.title), default=None)


def pick_person(candidates: list[Person], when: date | None) -> Person:
    in_office = [p for p in candidates if p.in_office(when)]
    return (in_office or candidates)[0]


class PhraseReader:
    """Reads actor phrases with one ``Lexicon``."""

    def __init__(self, lexicon: Lexicon, known: KnownActors | None = None) -> None:
        self.lexicon = lexicon
        self.known = known or KnownActors(lexicon)

    def read(self, text: str, when: date | None) -> Reading:
        core = core_text(text)
        lowered = core.lower() if not (core.isupper() and len(core) > 1) else core  # "US" is no pronoun
        if lowered in SINGULAR_PERSON_PRONOUNS:
            return Reading(name=None, anaphor="person")
        if lowered in GROUP_PRONOUNS:
            return Reading(name=None, anaphor="group")
        if lowered in FIRST_PERSON_PRONOUNS:
            return Reading(name=None, anaphor="speaker")
        if lowered in RELATIVE_PRONOUNS:
            return Reading(name=None, anaphor="relative")
        part_of = _partitive_pronoun(lowered)
        if part_of is not None:
            return self.read(part_of, when)  # "thirty of them" stands for whom "them" stands for
        words = load_actor_words()
        if normalize(text).strip().lower() in words.both_sides:
            return Reading(name=None, bloc=True)  # both sides of a meeting: no one country
        if self._plural_states(core):
            return Reading(name=core, bloc=True)  # "the five Muslim-majority countries": several states, no one
        if not core:
            return Reading(name=None)
        if lowered in words.body_nouns and _definite(text):
            return Reading(name=core, anaphor="body")
        loyal = patterns().loyal_to.search(core)
        if loyal is not None and loyal.start() > 0:
            return self._loyal(core[: loyal.start()], core[loyal.end() :], when)
        followers = self._followers(core, when)
        if followers is not None:
            return followers
        person = self._person(core, when)
        return _ruling(_former(core, person if person is not None else self._compose(core, text)), when)

    def _followers(self, core: str, when: date | None) -> Reading | None:
        """People of a listed person ("supporters of former President X", "relatives of X"): the group keeps the
        sector its own noun gives and takes the person's country; a state body ("the government of X") does not
        count, the person's office being what it names."""
        of = OF_WORD.search(core)
        if of is None or of.start() == 0 or self._person(core[of.end() :], when) is None:
            return None
        group = self._compose(core[: of.start()], core[: of.start()])
        if group.sector is None or group.sector in STATE_SECTORS or group.names_person or group.country:
            return None
        return self._loyal(core[: of.start()], core[of.end() :], when)

    def _loyal(self, head: str, patron: str, when: date | None) -> Reading:
        """A body loyal to someone ("forces loyal to X"): its own words give the sector; its country is its own,
        else that of the one it is loyal to."""
        body = self.read(head, when)
        if body.sector is None:
            return self.read(patron, when)
        if body.country is not None:
            return body
        side = self.read(patron, when)
        if side.country is None or side.bloc:
            return body
        return replace(body, country=side.country, domestic=False, countries=side.countries)

    def _person(self, core: str, when: date | None) -> Reading | None:
        """The person the phrase names: from the hand tables, else from the knowledge base unless the hand tables
        name a body in it."""
        for hit in self.lexicon.people.find_all(core):
            if self._inside_name(core, hit):
                continue
            return self._person_reading(pick_person(hit.value, when), core[: hit.start], when)
        if self.lexicon.orgs.find(core):
            return None
        known = self.known.person(core, when)
        if known is None or self._inside_name(core, Hit(known.start, known.end, known.text, [known.value])):
            return None  # "Junaid Hussein" is not the listed Hussein
        return self._person_reading(known.value, core[: known.start], when)

    def _plural_states(self, core: str) -> bool:
        """The phrase is headed by a plural noun for states and names no country or body ("neighbouring
        countries", not "the United Nations")."""
        last = core.lower().split()[-1:]
        if not last or last[0] not in load_actor_words().plural_states:
            return False
        return not (self.lexicon.countries.find(core) or self.lexicon.orgs.find(core))

    def _inside_name(self, core: str, hit: Hit[list[Person]]) -> bool:
        """A one-word alias ("Bennett") inside a longer name: "Richard Bennett", "Bilai Abdi"."""
        if " " in hit.text.strip():
            return False
        before = core[: hit.start].split()
        after = core[hit.end :].split()
        return self._other_name_word(before[-1].rstrip(".") if before else "", hit) or (
            self._other_name_word(after[0], hit) if after and after[0] not in CALENDAR_WORDS else False
        )  # before: "Richard Bennett"; after: "Bilai Abdi" is not the listed Bilai

    def _other_name_word(self, word: str, hit: Hit[list[Person]]) -> bool:
        """``word`` beside a one-word alias makes it part of another name: capitalised, and no honorific ("Mr"),
        role noun ("President"), country word ("Israeli") or a spelling of a word of the listed person's names."""
        if not word[:1].isupper() or word.endswith((",", ":", ";")) or word.lower() in load_actor_words().honorifics:
            return False
        if word.lower() in self.lexicon.roles or word in self.lexicon.countries:
            return False
        names = {
            name_skeleton(part)
            for person in hit.value
            for alias in (person.name, *person.aliases)
            for part in alias.split()
        }
        return name_skeleton(word) not in names  # "Abdel Fatah al-Sisi" is "Abdel Fattah el-Sisi"

    def _person_reading(self, person: Person, before: str, when: date | None) -> Reading:
        role = self._named_office(person, before, when)
        if role is not None:
            return Reading(person.name, role.country, role.sector, person, names_person=True)
        sector = person.sector_at(when)
        if not person.in_office(when):
            sector = self._title_sector(before) or sector
        return Reading(person.name, person.country_at(when), sector, person, names_person=True)

    def _title_sector(self, before: str) -> str | None:
        """The sector of the office title right before a name ("Finance Minister X", "Senator X"): what the text
        says a listed person is when none of their listed offices is held on the event's date (the tables miss
        earlier and lesser offices). "Former" titles are read as former officials afterwards."""
        titles = [
            hit
            for hit in self.lexicon.roles.find(before)
            if hit.value.person and hit.value.sector and not before[hit.end :].strip()
        ]
        return titles[-1].value.sector if titles else None

    def _named_office(self, person: Person, before: str, when: date | None) -> Role | None:
        """The office the words before a name point to, among those held on ``when`` (any, with no date): its
        own title ("Prime Minister Aoun"), else the one whose sector a role noun gives ("General Aoun" is the army
        commander, not the interim prime minister he also was). None when the words name none of them."""
        if not before.strip():
            return None
        held = person.roles if when is None else tuple(role for role in person.roles if role.covers(when))
        if when is not None and len(held) < 2:
            return None
        titled = titled_role(replace(person, roles=held), before)
        if titled is not None:
            return titled
        nouns = self.lexicon.roles.find(before)
        sector = nouns[-1].value.sector if nouns else None
        matching = [role for role in held if role.sector == sector]
        return max(matching, key=lambda r: r.start) if sector and 0 < len(matching) < len(held) else None

    def _compose(self, core: str, text: str) -> Reading:
        lex = self.lexicon
        core = patterns().hosted.sub(" ", core)
        orgs, seats, countries = lex.orgs.find(core), lex.seats.find(core), lex.countries.find(core)
        if not orgs:
            known = self.known.organisation(core)
            orgs = [known] if known is not None and not self._modifier_only(core, known) else []
        seats = [s for s in seats if not any(o.start <= s.start < o.end for o in orgs)]
        covered = [(h.start, h.end) for h in [*orgs, *seats, *countries]]
        roles = [r for r in lex.roles.find(core) if not any(s <= r.start < e for s, e in covered)]
        breaks = covered + [(r.start, r.end) for r in roles]
        end = head_end(core, breaks)
        next_end = head_end(core, breaks, after=end)
        role = staffed_role(roles, head_role(roles, end, next_end), core, self.lexicon.staff)
        if orgs:
            return self._org(_body_first(orgs), role, countries)
        place = self._place(core, seats, countries, end)
        bloc = None if place else self._bloc(text)
        if bloc is not None:
            return _bloc_reading(bloc, role)
        if place is not None and _minority(core, countries):
            place = Entry(place.name, None, place.sector, "minority")
        country = place.country if place else (None if role else self._city_country(core))
        sector = role.value.sector if role else (place.sector if place else None)
        return Reading(
            name=self._name(core, place, role, country),
            country=country,
            sector=sector,
            names_person=bool(role and role.value.person and not _plural(core) and not _body_headed(core)),
            domestic=bool((role and role.value.domestic) or (place and place.kind == "minority")) and country is None,
            anaphor="description" if role and _definite(text) and (role.value.person or country is None) else None,
            minority=bool(place and place.kind == "minority"),
            unnamed=role is not None and place is None and country is None,
            state=role is None and not seats and _whole(core, countries, "country"),
            placeless=role is not None and country is None and _foreign(core[: role.start]),
        )

    def _modifier_only(self, core: str, org: Hit[Entry]) -> bool:
        """A name the knowledge base knows that only modifies the body noun after it ("the Umma (Nation) party"):
        the phrase names that body, not the known one. An armed group's name before a role noun for people names
        the group's own people ("Isis commanders", "Isis leaders"); before a party noun it names another body."""
        after = [hit for hit in self.lexicon.roles.find(core[org.end :]) if not hit.value.person]
        if after and org.value.sector == REBEL_SECTOR and after[0].value.sector != PARTY_SECTOR:
            return False
        return bool(after) and after[0].value.sector != org.value.sector and org.value.sector not in INTERNATIONAL_CODES

    def _org(self, org: Hit[Entry], role: Hit[Entry] | None, countries: list[Hit[Entry]]) -> Reading:
        entry = org.value
        sector = entry.sector
        international = entry.sector is None or entry.sector in INTERNATIONAL_CODES
        if role is not None and role.start >= org.end and international:
            staff = entry.sector is not None and role.value.name in self.lexicon.staff
            sector = entry.sector if staff else role.value.sector
            if entry.kind == "group" and entry.sector is None and sector == ARMY_SECTOR:
                sector = REBEL_SECTOR  # a people's armed men are no state's army: "Kurdish forces"
        country = entry.country or (countries[0].value.country if countries else None)
        named = [hit.value.country for hit in countries if hit.value.country in entry.countries]
        if len(entry.countries) > 1 and named:
            return Reading(name=entry.name, country=named[0], sector=sector)  # "Iraqi Kurds": the one it names
        return Reading(name=entry.name, country=country, sector=sector, countries=entry.countries)

    def _place(self, core: str, seats: list[Hit[Entry]], countries: list[Hit[Entry]], end: int) -> Entry | None:
        """The country-bearing alias of the phrase; a seat of power keeps its sector only as the whole head."""
        hits = sorted([*seats, *countries], key=lambda h: h.start)
        if not hits:
            return None
        first = hits[0]
        entry = first.value
        head = len(core[:end].rstrip())
        if entry.kind == "seat" and first.start == 0 and first.end >= head:
            return entry
        if entry.kind == "people":
            home = _people_home(core, first, hits[1:])
            if home is not None:
                return home
        if entry.kind == "people" and first.end >= head:
            return entry
        if entry.kind == "adjective" and len(hits) > 1 and hits[1].value.kind == "people" and hits[1].end >= head:
            return Entry(entry.name, entry.country, hits[1].value.sector, "people")  # "Bosnian Serbs"
        return Entry(entry.name, entry.country, None, entry.kind)

    def _bloc(self, text: str) -> Entry | None:
        """The group of countries the phrase names, unless its word is part of a name ("West Pokot"), a direction
        ("the Western region") or part of a longer role noun."""
        text = normalize(text)
        roles = self.lexicon.roles.find(text)
        for hit in self.lexicon.blocs.find(text):
            longer_role = any(
                r.start < hit.end and hit.start < r.end and r.end - r.start > hit.end - hit.start for r in roles
            )
            if CAPITALISED_NEXT.match(text, hit.end) or patterns().land_next.match(text, hit.end) or longer_role:
                continue
            return hit.value
        return None

    def _city_country(self, core: str) -> str | None:
        for key in city_keys(core):
            iso3 = self.lexicon.cities.get(key)
            if iso3:
                return iso3
        return None

    @staticmethod
    def _name(core: str, place: Entry | None, role: Hit[Entry] | None, country: str | None) -> str:
        if role is None:
            return place.name if place and place.kind != "minority" else core
        if place is not None and place.kind == "seat" and place.sector:
            return place.name
        label = role.text if role.text.isupper() else role.text.title()
        return f"{country_name(country)} {label}" if country else label


def _body_headed(core: str) -> bool:
    """ "the separatist group", "a rebel movement": a person's role noun before a body noun names the body."""
    last = core.lower().split()[-1:]
    return bool(last) and last[0] in load_actor_words().body_nouns


def _bloc_reading(bloc: Entry, role: Hit[Entry] | None) -> Reading:
    """A group of countries, alone ("the West") or heading a role noun ("Western leaders"): no country, not
    domestic, referring to no one earlier."""
    if role is None:
        return Reading(name=bloc.name, bloc=True)
    return Reading(name=f"{bloc.name} {role.text.lower()}", sector=role.value.sector, bloc=True)


def _minority(core: str, countries: list[Hit[Entry]]) -> bool:
    """ "ethnic Albanians", "ethnic Russian villagers": a minority, usually not living in the country of the name."""
    return any(ETHNIC.search(core[: hit.start]) for hit in countries if hit.value.kind in {"adjective", "people"})


def _people_home(core: str, people: Hit[Entry], later: list[Hit[Entry]]) -> Entry | None:
    """ "the Albanians of southern Serbia": a people named with the country it lives in belongs to that country."""
    for hit in later:
        if hit.value.kind == "country" and patterns().of_place.fullmatch(core[people.end : hit.start]):
            return Entry(hit.value.name, hit.value.country, people.value.sector, "people")
    return None


def _partitive_pronoun(lowered: str) -> str | None:
    """The pronoun a part of a group is taken from: "thirty of them", "at least five of us", "many of those"."""
    words = lowered.split()
    if 3 <= len(words) <= 5 and words[-2] == "of" and words[-1] in GROUP_PRONOUNS | FIRST_PERSON_PRONOUNS:
        return words[-1]
    return None


def _body_first(orgs: list[Hit[Entry]]) -> Hit[Entry]:
    """The organisation a phrase names: a body with a sector before a people that only qualifies it ("the Kurdish
    YPG" is the YPG, not the Kurds)."""
    return next((hit for hit in orgs if hit.value.sector is not None), orgs[0])


def _foreign(before: str) -> bool:
    """The words before a role noun say its people are from abroad ("foreign fighters", "overseas volunteers") or
    from a region of several countries ("Central Africa's farmers")."""
    words = load_actor_words()
    lowered = [POSSESSIVE_END.sub("", word).lower() for word in before.split()]
    return any(word in words.foreign_words or word in words.region_names for word in lowered)


def _whole(core: str, hits: list[Hit[Entry]], kind: str) -> bool:
    """The phrase is one alias of ``kind``, whole ("the US", "Turkey")."""
    return len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(core) and hits[0].value.kind == kind


def _plural(core: str) -> bool:
    return core.lower().endswith("s") and not core.lower().endswith(("ss", "us"))


def _definite(text: str) -> bool:
    return normalize(text).strip().lower().startswith(("the ", "this ", "that "))


def _ruling(reading: Reading, when: date | None) -> Reading:
    """An armed movement in power on ``when`` (``rulers.tsv``: the Taliban from August 2021) acts as its country's
    government."""
    rule = ruling(reading.name, when) if reading.sector == REBEL_SECTOR and not reading.names_person else None
    return reading if rule is None else replace(reading, country=rule.country, sector=rule.sector)


def _former(core: str, reading: Reading) -> Reading:
    """A state office the phrase says is no longer held ("former prime minister X") reads as a former official."""
    international = reading.country in INTERNATIONAL_CODES
    if reading.sector in STATE_SECTORS and not international and patterns().former.search(core):
        return replace(reading, sector=FORMER_SECTOR)
    return reading
