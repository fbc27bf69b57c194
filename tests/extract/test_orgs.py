"""pledgegraph.extract.orgs: which organisations unknown to the gazetteer are companies."""

import pytest

from pledgegraph.extract.orgs import is_company, org_key


@pytest.mark.parametrize("name,company", [
    ("Ministry of Labor and Employment", False),
    ("Ministère du Travail", False),
    ("Health Technology Agency", False),
    ("Université de Montréal", False),
    ("Department of Commerce", False),
    ("Synapxe", True),       # unknown name, nothing says it is public: a company by default
    ("Union Bank", True),
    ("Microsoft", True),     # the gazetteer decides for what it knows
    ("Kyutai", False),       # a research lab the gazetteer lists as an organisation
])
def test_public_bodies_are_not_companies(name, company):
    assert is_company(org_key(name)) is company
