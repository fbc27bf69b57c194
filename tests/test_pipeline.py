from pathlib import Path

from pledgegraph.pipeline import Config, count_facts, ingest
from pledgegraph.store import load, new_dataset, save, union, write_graph
from tests.pipeline_helpers import nlp

ARTICLE = ("Microsoft investit 2,9 milliards de dollars au Japon\n\n"
           "Microsoft a annoncé un engagement de 2,9 milliards de dollars au Japon sur deux ans. "
           "Microsoft s'engage aussi à former trois millions de travailleurs japonais à l'IA.\n")


def _corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.md").write_text("# Microsoft in Japan\n\nMicrosoft will invest $2.9 billion in Japan "
                                 "over the next two years, the company said.\n", encoding="utf-8")
    (folder / "broken.html").write_text("<html><body><nav>menu</nav>", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


def test_one_broken_article_never_stops_a_corpus(tmp_path: Path):
    dataset = new_dataset()
    report = ingest([_corpus(tmp_path / "c")], dataset, nlp=nlp())
    assert sorted(Path(p).name for p in report.ingested) == ["a.txt", "b.md"]
    assert len(report.skipped) == 2
    assert any(line.endswith("empty.txt: the file is empty") for line in report.skipped)


def test_the_same_commitment_in_two_articles_is_one_fact_with_two_sources(tmp_path: Path):
    dataset = new_dataset()
    ingest([_corpus(tmp_path / "c")], dataset, nlp=nlp())
    graph = union(dataset)
    assert count_facts(graph)["investment"] == 1
    from pledgegraph.namespaces import PG, PROV, RDF

    (fact,) = set(graph.subjects(RDF.type, PG.Investment))
    assert len(set(graph.objects(fact, PROV.wasDerivedFrom))) == 2
    assert len(set(graph.objects(fact, PG.evidence))) >= 2


def test_same_input_same_bytes_and_reingest_adds_nothing(tmp_path: Path):
    corpus = _corpus(tmp_path / "c")
    outputs = []
    for run in range(2):
        dataset = new_dataset()
        ingest([corpus], dataset, nlp=nlp())
        ingest([corpus], dataset, nlp=nlp())  # re-ingesting adds no duplicate
        outputs.append(write_graph(union(dataset), tmp_path / f"out{run}.ttl").read_bytes())
    assert outputs[0] == outputs[1]
    single = new_dataset()
    ingest([corpus], single, nlp=nlp())
    assert len(union(single)) == len(union(dataset))


def test_changed_article_replaces_its_facts_in_the_store(tmp_path: Path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    article = corpus / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    store = tmp_path / "store"
    dataset = load(store)
    ingest([corpus], dataset, nlp=nlp())
    save(dataset, store)
    article.write_text(ARTICLE.replace("trois millions", "deux millions"), encoding="utf-8")
    dataset = load(store)
    ingest([corpus], dataset, nlp=nlp())
    graph = union(dataset)
    from pledgegraph.namespaces import PG

    assert sorted(int(v) for v in graph.objects(None, PG.participants)) == [2_000_000]


def test_a_centre_reported_with_and_without_its_city_is_one_centre(tmp_path: Path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("TUNIS - Capgemini ouvrira un centre de renseignement sur les cybermenaces "
                                  "à Tunis, en Tunisie.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Capgemini will open a threat intelligence centre in Tunisia next year, "
                                  "the company said.\n", encoding="utf-8")
    dataset = new_dataset()
    ingest([folder], dataset, nlp=nlp())
    assert count_facts(union(dataset))["center"] == 1


def test_a_company_unknown_to_the_gazetteer_keeps_every_name_the_article_gives(tmp_path: Path):
    (tmp_path / "a.txt").write_text(
        "Caribbean Cement Holdings Ltd (CCH) will invest $20 million in Jamaica over three years, "
        "the company said. CCH will also train 500 technicians in Jamaica.\n", encoding="utf-8")
    dataset = new_dataset()
    ingest([tmp_path], dataset, nlp=nlp())
    graph = union(dataset)
    from pledgegraph.namespaces import ID, RDFS, SKOS

    company = ID["org/caribbean-cement"]
    assert [str(o) for o in graph.objects(company, RDFS.label)] == ["Caribbean Cement Holdings"]
    assert sorted(str(o) for o in graph.objects(company, SKOS.altLabel)) == ["CCH", "Caribbean Cement Holdings Ltd"]
