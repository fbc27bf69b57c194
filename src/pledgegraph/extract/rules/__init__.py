"""The default extractor: rules over names, places and amounts, with spaCy NER for the rest.

Each fact type has its own module; `RulesExtractor.extract` runs them on one `Analysis`.
"""

from __future__ import annotations

from pledgegraph.extract.rules import cues, entities, groups, investments, partnerships, sites, training
from pledgegraph.extract.rules.context import Context
from pledgegraph.records import Analysis, Extraction

_ANY_CUE = (cues.INVEST, cues.PARTNER, cues.TRAINING, cues.THREAT_CENTER, cues.LAB, cues.JOINT_VERB, cues.BUILT_WITH)


class RulesExtractor:
    name = "rules"
    version = "1.3"

    def wants_ner(self, sentence: str, lang: str) -> bool:
        """NER is worth running only on sentences that may hold a fact."""
        return any(c.search(sentence) for c in _ANY_CUE)

    def extract(self, analysis: Analysis) -> Extraction:
        ctx = Context.of(analysis)
        infos = entities.extract(ctx)
        parents = {info.key: info.parent for info in infos if info.parent}
        facts = investments.extract(ctx) + groups.merge_within_group(
            partnerships.extract(ctx) + sites.extract(ctx) + training.extract(ctx), parents)
        facts = [f for f in facts if not f.evidence or not all(cues.LEGAL_NOTICE.search(e.text) for e in f.evidence)]
        return Extraction(analysis=analysis, facts=facts, entities=infos,
                          extractor=self.name, version=self.version)
