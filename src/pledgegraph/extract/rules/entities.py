"""What articles say about entities: people's roles, parent companies."""

from __future__ import annotations

import re

from pledgegraph.extract.rules import cues
from pledgegraph.extract.rules.context import Context
from pledgegraph.records import EntityInfo, Mention

_ROLE_AFTER = re.compile(r"^,\s*(?P<role>[^,;.()]{3,70}?)\s+(?:de|d'|du|of|at|chez)\s*$", re.IGNORECASE)
_ROLE_BEFORE = re.compile(r"^(?:'s)?\s*(?P<role>(?:[a-z][\w-]*\s+){1,6}?)$")
# A role names a position: "et annoncé par", "and the travel publisher" name none.
_POSITION = re.compile(r"\b(?:officer|chief|director|president|vice-president|CEO|CTO|CFO|COO|CIO|head|manager|"
                       r"minister|chair\w*|founder|co-?founder|spokes\w+|analyst|economist|engineer|researcher|"
                       r"professor|executive|partner|secretary|governor|directeur|directrice|présidente?|"
                       r"vice-présidente?|PDG|DG|fondat\w+|cofondat\w+|ministre|responsable|porte-parole|"
                       r"secrétaire|économiste|ingénieur\w*|chercheu\w+|professeur\w*|administrat\w+|gérant\w*|"
                       r"dirigeant\w*|patron\w*|gouverneur|associée?|conseill\w+|adviser|advisor)\b", re.IGNORECASE)


# "its subsidiary X", "sa filiale X", "the German group's Greek subsidiary X".
_ITS_SUBSIDIARY = re.compile(
    r"\b(?:sa|its|(?:the|le|du)\s+(?:[\w-]+\s+){0,2}?(?:group|company|firm|giant|groupe|géant)(?:'s)?)\s+"
    r"(?:[\w-]+\s+)?(?:filiale|subsidiary|unit)\s*(?:[\w-]+\s+)?$"
    # "América Movil's Peruvian unit, Claro Perú,"
    r"|^(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:subsidiary|unit|arm|division|branch)\s*,?\s*$", re.IGNORECASE)


def extract(ctx: Context) -> list[EntityInfo]:
    infos: list[EntityInfo] = []
    mentions = list(ctx.analysis.mentions)
    text = ctx.text
    for index, mention in enumerate(mentions):
        if mention.kind == "person":
            info = _person(text, mentions, index)
            if info:
                infos.append(info)
        elif mention.kind == "org" and index + 1 < len(mentions):
            # The next organisation, past places ("the British group's Kenyan subsidiary X").
            nxt = next((m for m in mentions[index + 1:] if m.kind not in ("country", "city")), None)
            if nxt is None or nxt.kind != "org" or nxt.key == mention.key:
                continue
            between = text[mention.end:nxt.start]
            if cues.SUBSIDIARY_OF.match(between):
                infos.append(EntityInfo("org", mention.key, mention.text, parent=nxt.key))
            elif cues.PARENT_OF.match(between):
                infos.append(EntityInfo("org", nxt.key, nxt.text, parent=mention.key))
            elif _ITS_SUBSIDIARY.search(between):
                infos.append(EntityInfo("org", nxt.key, nxt.text, parent=mention.key))
    return infos


def _person(text: str, mentions: list[Mention], index: int) -> EntityInfo | None:
    person = mentions[index]
    nxt = mentions[index + 1] if index + 1 < len(mentions) else None
    if nxt and nxt.kind == "org":
        match = _ROLE_AFTER.match(text[person.end:nxt.start])
        if match and _POSITION.search(match["role"]):
            return EntityInfo("person", person.key, person.text, role=match["role"].strip(),
                              affiliation=nxt.key)
    prev = mentions[index - 1] if index else None
    if prev and prev.kind == "org":
        match = _ROLE_BEFORE.match(text[prev.end:person.start])
        if match and _POSITION.search(match["role"]):
            return EntityInfo("person", person.key, person.text, role=match["role"].strip(),
                              affiliation=prev.key)
    return EntityInfo("person", person.key, person.text)
