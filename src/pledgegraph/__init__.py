"""PledgeGraph: corporate AI commitments from French and English news, as a knowledge graph."""

__version__ = "0.1.0"
