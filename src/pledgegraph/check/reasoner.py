"""OWL 2 DL reasoning over a PledgeGraph graph with HermiT (the jar owlready2 ships).

`reason(graph)` checks that the graph is consistent with the ontology and returns the
triples HermiT entails that the graph lacks: class memberships (an organisation that is the
range of pg:subsidiaryOf is a pg:Company) and property values (pg:commitsTo from an
investment or a training programme, rolled up to parent companies; pg:madeInvestment and
pg:hasSubsidiary, the inverses; pg:subsidiaryOf closed transitively).

How, and why this way:

- The graph is filtered and written as N-Triples with rdflib, then given to HermiT's command
  line through the jar bundled with owlready2 0.49, in a child `java` process. owlready2's
  own `sync_reasoner()` does the same (it writes the world out to N-Triples and runs the same
  command line) but first needs the whole graph loaded into an owlready2 World (owlready2 reads
  no Turtle, keeps global state, and reports only most-specific changes on entities loaded in
  Python). Calling the jar directly keeps no state between calls, lets the two runs below go in
  parallel, and gives the exact list of entailed triples to diff against the input.
- Two HermiT runs, concurrently: (1) consistency and the types of every individual (`-c -I`)
  on the whole filtered graph; (2) object property values (`-c -Y`) on the ontology plus only the
  triples whose predicate takes part in a property axiom (chains, inverses, transitivity,
  functionality) and owl:sameAs. Run (2) is a subset of run (1), so when (1) is consistent the
  values (2) entails are exactly those the whole graph entails through those axioms; `-Y` on
  the whole graph costs three times as much.
- HermiT refuses literals outside the OWL 2 datatype map (xsd:date, xsd:gYear) and malformed
  literals: the filter drops them, as it drops labels and other annotations, which take part
  in no axiom. SHACL (`check.shacl`) checks those.
- The JVM runs with the C1 compiler only (`-XX:TieredStopAtLevel=1`), which halves the time of
  a run of a few seconds.
- When HermiT finds the graph inconsistent, the offenders are found first in Python (two
  disjoint classes on one individual, from its asserted types and the domains and ranges of the
  properties it takes part in, the usual case), else with `pellet explain` (also shipped with
  owlready2 0.49 and running on Java 17), whose explanation names the individuals involved.

Measured on the development machine (2 cores shared with other jobs, Java 17): the bundled
corpus (56 facts, 1,500 triples) 1.3-1.7 s, mostly JVM start-up; a synthetic graph of 3,000
facts (52,000 triples: 300 companies, 20 countries, 3,000 mentions, 600 amounts) 2.4-3.0 s
when the machine is quiet (6 s under load), 3.2-4.4 s with `include_literals=True`; 10,000
facts (168,000 triples) 17 s under load. HermiT alone with `-Y` on the whole 3,000-fact graph
took 7-16 s.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.graph import ConjunctiveGraph, Dataset
from rdflib.namespace import OWL, RDF, RDFS, XSD

from ..errors import ReasonerError
from ..namespaces import PG_URI
from . import _ontology_readonly
from .shacl import _in_memory_copy, short_name

__all__ = ["ReasonResult", "reason", "write_inferred", "find_java"]

JAVA_MISSING = "Java was not found on PATH; install a Java runtime (17+) to enable reasoning"
OWLREADY2_MISSING = (
    "owlready2, which ships the HermiT reasoner, is not installed; "
    "install it (pip install owlready2==0.49) to enable reasoning"
)

_JVM_FLAGS = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8"]
_HERMIT_MAIN = "org.semanticweb.HermiT.cli.CommandLine"

# The OWL 2 datatype map (https://www.w3.org/TR/owl2-syntax/#Datatype_Maps): the only
# datatypes HermiT accepts on a literal.
_OWL2_DATATYPES = {XSD[name] for name in (
    "decimal", "integer", "nonNegativeInteger", "nonPositiveInteger", "positiveInteger",
    "negativeInteger", "long", "int", "short", "byte", "unsignedLong", "unsignedInt",
    "unsignedShort", "unsignedByte", "double", "float", "string", "normalizedString", "token",
    "language", "Name", "NCName", "NMTOKEN", "boolean", "hexBinary", "base64Binary", "anyURI",
    "dateTime", "dateTimeStamp",
)} | {RDF.PlainLiteral, RDF.XMLLiteral, RDF.langString, RDFS.Literal, OWL.real, OWL.rational}

_SCHEMA_NAMESPACES = (str(OWL), str(RDF), str(RDFS), str(XSD))

_TYPE_LINE = re.compile(r"^Type\( <([^>]+)> <([^>]+)> \)$", re.MULTILINE)
_PROPERTY_LINE = re.compile(r"^<([^>]+)> \(known instances:(.*?)\|", re.MULTILINE)
_PAIR = re.compile(r"\(<([^>]+)>, <([^>]+)>\)")


@dataclass
class ReasonResult:
    """The outcome of `reason`.

    ran: HermiT ran; when False, `skipped_reason` says why (no Java) and `consistent` is True
        only in the sense that nothing was found wrong.
    consistent: the graph is consistent with the ontology.
    offenders: the IRIs of the individuals involved in the inconsistency found, sorted.
    inferred: the NEW triples only (none of them in the input graph): pg: class memberships
        (the most specific ones HermiT gives, none implied by an asserted type through
        rdfs:subClassOf) and pg: property values. Empty when inconsistent or skipped.
    message: one readable paragraph for a person.
    explanation: the reasons found for an inconsistency, one line each.
    seconds: wall-clock time of the whole call.
    """

    ran: bool
    skipped_reason: str | None
    consistent: bool
    offenders: list[str]
    inferred: Graph
    message: str
    explanation: list[str] = field(default_factory=list)
    seconds: float = 0.0


def find_java() -> str | None:
    """The `java` executable to run: on PATH, else under JAVA_HOME; None when there is none."""
    found = shutil.which("java")
    if found:
        return found
    home = os.environ.get("JAVA_HOME")
    if home:
        candidate = Path(home) / "bin" / ("java.exe" if os.name == "nt" else "java")
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return None


def _owlready2_dir() -> Path | None:
    spec = importlib.util.find_spec("owlready2")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def write_inferred(data: Graph, result: ReasonResult) -> Graph:
    """Add `result.inferred` to `data` (in place) and return `data`."""
    for triple in result.inferred:
        data.add(triple)
    return data


# --------------------------------------------------------------------------------------
# What the ontology says, in the form the filter and the explainer need


@dataclass
class _Schema:
    terms: set[URIRef]
    object_properties: set[URIRef]
    data_properties: set[URIRef]
    axiom_properties: set[URIRef]  # properties whose values HermiT can infer new values of
    reasoning_literals: set[URIRef]  # data properties whose literals can make a clash
    superclasses: dict[URIRef, set[URIRef]]  # reflexive-transitive, named classes only
    disjoint: set[frozenset[URIRef]]
    domains: dict[URIRef, set[URIRef]]
    ranges: dict[URIRef, set[URIRef]]
    inverse: dict[URIRef, set[URIRef]]
    has_value: bool


def _property_expression(ontology: Graph, node) -> URIRef | None:
    if isinstance(node, URIRef):
        return node
    inverse = ontology.value(node, OWL.inverseOf)
    return inverse if isinstance(inverse, URIRef) else None


def _schema(ontology: Graph) -> _Schema:
    terms = {s for s in ontology.subjects() if isinstance(s, URIRef)}
    object_properties = set(ontology.subjects(RDF.type, OWL.ObjectProperty))
    data_properties = set(ontology.subjects(RDF.type, OWL.DatatypeProperty))
    functional = set(ontology.subjects(RDF.type, OWL.FunctionalProperty))

    inverse: dict[URIRef, set[URIRef]] = defaultdict(set)
    for p, q in ontology.subject_objects(OWL.inverseOf):
        if isinstance(p, URIRef) and isinstance(q, URIRef):
            inverse[p].add(q)
            inverse[q].add(p)

    axiom: set[URIRef] = set()
    for p, chain in ontology.subject_objects(OWL.propertyChainAxiom):
        axiom.add(p)
        for member in Collection(ontology, chain):
            named = _property_expression(ontology, member)
            if named is not None:
                axiom.add(named)
    for kind in (OWL.TransitiveProperty, OWL.SymmetricProperty):
        axiom.update(p for p in ontology.subjects(RDF.type, kind) if isinstance(p, URIRef))
    for p, q in ontology.subject_objects(RDFS.subPropertyOf):
        if p in object_properties or q in object_properties:
            axiom.update(x for x in (p, q) if isinstance(x, URIRef))
    axiom.update(p for p in inverse)
    for p in list(axiom):
        axiom.update(inverse.get(p, ()))

    reasoning_literals = set()
    for p in data_properties:
        ranges = set(ontology.objects(p, RDFS.range))
        if p in functional or (ranges and ranges != {RDFS.Literal}):
            reasoning_literals.add(p)

    direct: dict[URIRef, set[URIRef]] = defaultdict(set)
    for sub, sup in ontology.subject_objects(RDFS.subClassOf):
        if isinstance(sub, URIRef) and isinstance(sup, URIRef):
            direct[sub].add(sup)
    classes = set(ontology.subjects(RDF.type, OWL.Class)) | set(direct)
    superclasses: dict[URIRef, set[URIRef]] = {}
    for cls in classes:
        if not isinstance(cls, URIRef):
            continue
        seen, todo = {cls}, [cls]
        while todo:
            for sup in direct.get(todo.pop(), ()):
                if sup not in seen:
                    seen.add(sup)
                    todo.append(sup)
        superclasses[cls] = seen

    disjoint: set[frozenset[URIRef]] = set()
    for group in ontology.subjects(RDF.type, OWL.AllDisjointClasses):
        members = [m for m in Collection(ontology, ontology.value(group, OWL.members))
                   if isinstance(m, URIRef)]
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                disjoint.add(frozenset((a, b)))
    for a, b in ontology.subject_objects(OWL.disjointWith):
        if isinstance(a, URIRef) and isinstance(b, URIRef):
            disjoint.add(frozenset((a, b)))

    domains = {p: {d for d in ontology.objects(p, RDFS.domain) if isinstance(d, URIRef)}
               for p in object_properties | data_properties}
    ranges = {p: {r for r in ontology.objects(p, RDFS.range) if isinstance(r, URIRef)}
              for p in object_properties}

    return _Schema(
        terms=terms, object_properties=object_properties, data_properties=data_properties,
        axiom_properties=axiom, reasoning_literals=reasoning_literals,
        superclasses=superclasses, disjoint=disjoint, domains=domains, ranges=ranges,
        inverse=dict(inverse), has_value=(None, OWL.hasValue, None) in ontology,
    )


# --------------------------------------------------------------------------------------
# The input of the two runs


def _literal_ok(literal: Literal) -> bool:
    if literal.language:
        return True
    if literal.datatype is None:
        return True
    if literal.datatype not in _OWL2_DATATYPES:
        return False
    return not getattr(literal, "ill_typed", False)


def _nt(triple) -> str:
    s, p, o = triple
    return f"{s.n3()} {p.n3()} {o.n3()} .\n"


def _inputs(data: Graph, ontology: Graph, schema: _Schema,
            include_literals: bool) -> tuple[list[str], list[str]]:
    """N-Triples lines of (the whole graph, the graph for property values).

    Each is the ontology plus the data triples that run needs: types and object property
    values for the whole graph (and the literals of data properties with a datatype range
    or functional, with `include_literals`); only the values of properties in property axioms
    (and owl:sameAs) for the other.
    """
    whole = [_nt(t) for t in ontology]
    values = list(whole)
    for s, p, o in data:
        if s in schema.terms:  # the data does not get to redefine the ontology
            continue
        if p == RDF.type:
            if isinstance(o, URIRef) and not str(o).startswith(_SCHEMA_NAMESPACES):
                line = _nt((s, p, o))
                whole.append(line)
                if schema.has_value:
                    values.append(line)
        elif isinstance(o, Literal):
            if include_literals and p in schema.reasoning_literals and _literal_ok(o):
                whole.append(_nt((s, p, o)))
        elif p in schema.object_properties or p in (OWL.sameAs, OWL.differentFrom):
            line = _nt((s, p, o))
            whole.append(line)
            if p in schema.axiom_properties or p == OWL.sameAs:
                values.append(line)
    return whole, values


# --------------------------------------------------------------------------------------
# Running Java


def _hermit_command(java: str, owlready2_dir: Path, memory_mb: int, flags: list[str], path: Path) -> list[str]:
    hermit = owlready2_dir / "hermit"
    classpath = os.pathsep.join([str(hermit), str(hermit / "HermiT.jar")])
    return [java, f"-Xmx{memory_mb}M", *_JVM_FLAGS, "-cp", classpath, _HERMIT_MAIN,
            *flags, path.resolve().as_uri()]


def _start(command: list[str]) -> subprocess.Popen:
    try:
        return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as exc:
        raise ReasonerError(f"could not start {command[0]} ({exc})") from exc


def _finish(process: subprocess.Popen, timeout: float, what: str) -> tuple[int, str, str]:
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise ReasonerError(f"{what} took longer than {timeout:.0f} s and was stopped") from None
    return (process.returncode, out.decode("utf-8", errors="replace"),
            err.decode("utf-8", errors="replace"))


def _is_inconsistent(code: int, out: str, err: str) -> bool:
    return code != 0 and ("InconsistentOntologyException" in err + out
                          or "Inconsistent ontology" in err + out)


def _java_problem(err: str, out: str) -> str:
    lines = [line.strip() for line in (err or out).splitlines() if line.strip()]
    first = next((line for line in lines if not line.startswith("at ")), "no output")
    return first[:300]


# --------------------------------------------------------------------------------------
# Finding the offenders of an inconsistency


def _explain_in_python(data: Graph, schema: _Schema) -> tuple[list[str], list[str]]:
    """Individuals with two disjoint classes, from asserted types, domains and ranges."""
    reasons: dict[object, dict[URIRef, tuple[str, set]]] = defaultdict(dict)

    def give(node, cls: URIRef, why: str, involved: set) -> None:
        if isinstance(node, Literal) or cls not in schema.superclasses:
            return
        reasons[node].setdefault(cls, (why, involved))

    for s, o in data.subject_objects(RDF.type):  # asserted types first: the clearest reason
        if isinstance(o, URIRef):
            give(s, o, f"typed {short_name(o)}", {s})
    for s, p, o in data:
        if p == RDF.type:
            continue
        for q in [p, *schema.inverse.get(p, ())]:
            forward = q == p
            for cls in schema.domains.get(q, ()):
                node, other = (s, o) if forward else (o, s)
                if isinstance(node, Literal):
                    continue
                why = (f"subject of {short_name(p)} {short_name(o)}" if forward
                       else f"value of {short_name(p)} of {short_name(s)}")
                give(node, cls, f"a {short_name(cls)} as {why} (domain of {short_name(q)})",
                     {s} | ({o} if not isinstance(o, Literal) else set()))
            for cls in schema.ranges.get(q, ()):
                node = o if forward else s
                if isinstance(node, Literal):
                    continue
                why = (f"value of {short_name(p)} of {short_name(s)}" if forward
                       else f"subject of {short_name(p)} {short_name(o)}")
                give(node, cls, f"a {short_name(cls)} as {why} (range of {short_name(q)})",
                     {s} | ({o} if not isinstance(o, Literal) else set()))

    offenders: set[str] = set()
    lines: list[str] = []
    for node in sorted(reasons, key=str):
        given = sorted(reasons[node].items(), key=lambda item: str(item[0]))
        for i, (a, (why_a, inv_a)) in enumerate(given):
            for b, (why_b, inv_b) in given[i + 1:]:
                clash = _clash(schema, a, b)
                if clash is None:
                    continue
                x, y = clash
                lines.append(
                    f"{short_name(node)} cannot be both {short_name(x)} and {short_name(y)} "
                    f"(disjoint classes): it is {why_a}, and {why_b}"
                )
                offenders.update(str(n) for n in inv_a | inv_b if isinstance(n, URIRef))
                offenders.add(str(node))
    return sorted(offenders), lines


def _clash(schema: _Schema, a: URIRef, b: URIRef) -> tuple[URIRef, URIRef] | None:
    """Two disjoint classes, one above `a` and one above `b` (or None)."""
    for x in sorted(schema.superclasses[a], key=str):
        for y in sorted(schema.superclasses[b], key=str):
            if frozenset((x, y)) in schema.disjoint:
                return x, y
    return None


_RENAMED = "http://pledgegraph.invalid/individual#ind"
_RENAMED_TOKEN = re.compile(r"\bind(\d+)\b")


def _explain_with_pellet(whole_path: Path, schema: _Schema, java: str, owlready2_dir: Path,
                         memory_mb: int, timeout: float, workdir: Path) -> tuple[list[str], list[str]]:
    """Run `pellet explain` on a copy whose individuals have short unique names."""
    pellet = owlready2_dir / "pellet"
    jars = sorted(str(p) for p in pellet.glob("*.jar"))
    if not jars:
        return [], []
    names: dict[URIRef, URIRef] = {}
    back: dict[str, str] = {}

    def rename(node):
        if isinstance(node, URIRef) and node not in schema.terms and not str(node).startswith(_SCHEMA_NAMESPACES):
            if node not in names:
                names[node] = URIRef(f"{_RENAMED}{len(names)}")
                back[str(len(names) - 1)] = str(node)
            return names[node]
        return node

    whole = Graph().parse(whole_path, format="nt")
    lines = []
    for s, p, o in whole:
        lines.append(_nt((rename(s), p, o if p == RDF.type else rename(o))))
    path = workdir / "explain.nt"
    path.write_text("".join(lines), encoding="utf-8")
    command = [java, f"-Xmx{memory_mb}M", *_JVM_FLAGS, "-cp", os.pathsep.join(jars),
               "pellet.Pellet", "explain", "--ignore-imports", str(path)]
    try:
        code, out, err = _finish(_start(command), timeout, "pellet explain")
    except ReasonerError:
        return [], []
    if "Explanation" not in out:
        return [], []

    offenders: set[str] = set()
    text = out.split("Explanation(s):", 1)[-1]

    def restore(match: re.Match) -> str:
        iri = back.get(match.group(1))
        if iri is None:
            return match.group(0)
        offenders.add(iri)
        return short_name(URIRef(iri))

    axioms: list[str] = []
    depth = 0
    for raw in text.splitlines():
        line = re.sub(r"^\d+\)\s*", "", raw.strip())
        if not line:
            continue
        if depth > 0 or (axioms and line.startswith(("or ", "and ", "some ", "only ", "value "))):
            axioms[-1] += " " + line
        else:
            axioms.append(line)
        depth += line.count("(") - line.count(")")
    lines = ["Pellet: " + _RENAMED_TOKEN.sub(restore, axiom).replace("( ", "(") for axiom in axioms]
    return sorted(offenders), lines


# --------------------------------------------------------------------------------------


def reason(data: Graph, *, include_literals: bool = False, timeout: float = 600.0,
           java_memory_mb: int = 2000, explain: bool = True) -> ReasonResult:
    """Check `data` against the ontology with HermiT and return what it entails.

    By default the reasoner sees the types and the object property values of the graph;
    literal values (datatypes, one value of a functional data property) are SHACL's to check
    (`check.shacl`), with clearer messages, and leaving them out halves HermiT's time.
    `include_literals=True` gives HermiT those too (the literals of data properties with a
    datatype range or functional, in the OWL 2 datatype map and well-formed).

    Never modifies `data`. Returns a skipped result (ran=False) when Java or owlready2 is
    missing; raises `errors.ReasonerError` when Java or HermiT fails or runs out of time.
    """
    started = time.monotonic()
    empty = Graph()
    java = find_java()
    if java is None:
        return ReasonResult(False, JAVA_MISSING, True, [], empty,
                            f"Reasoning skipped: {JAVA_MISSING}.", seconds=time.monotonic() - started)
    owlready2_dir = _owlready2_dir()
    if owlready2_dir is None or not (owlready2_dir / "hermit" / "HermiT.jar").is_file():
        return ReasonResult(False, OWLREADY2_MISSING, True, [], empty,
                            f"Reasoning skipped: {OWLREADY2_MISSING}.", seconds=time.monotonic() - started)

    if isinstance(data, (Dataset, ConjunctiveGraph)):  # every named graph, as one
        data = _in_memory_copy(data, None)
    ontology = _ontology_readonly()
    schema = _schema(ontology)
    whole, values = _inputs(data, ontology, schema, include_literals)

    with tempfile.TemporaryDirectory(prefix="pledgegraph-reason-") as tmp:
        workdir = Path(tmp)
        whole_path, values_path = workdir / "whole.nt", workdir / "values.nt"
        whole_path.write_text("".join(whole), encoding="utf-8")
        values_path.write_text("".join(values), encoding="utf-8")

        types_run = _start(_hermit_command(java, owlready2_dir, java_memory_mb, ["-c", "-I"], whole_path))
        try:
            values_run = _start(_hermit_command(java, owlready2_dir, java_memory_mb, ["-c", "-Y"], values_path))
        except ReasonerError:
            types_run.kill()
            types_run.communicate()
            raise
        try:
            code, out, err = _finish(types_run, timeout, "HermiT")
        except ReasonerError:
            values_run.kill()
            values_run.communicate()
            raise

        if _is_inconsistent(code, out, err):
            values_run.kill()
            values_run.communicate()
            offenders, lines = _explain_in_python(data, schema)
            if not offenders and explain:
                offenders, lines = _explain_with_pellet(
                    whole_path, schema, java, owlready2_dir, java_memory_mb, min(timeout, 300.0), workdir)
            if offenders:
                message = ("The graph is inconsistent with the ontology. "
                           + " ".join(line if line.endswith(".") else line + "." for line in lines
                                      if not line.startswith("Pellet:"))
                           ).strip()
                if any(line.startswith("Pellet:") for line in lines):
                    message += (" Individuals involved: "
                                + ", ".join(short_name(URIRef(o)) for o in offenders)
                                + ". Pellet's explanation: "
                                + "; ".join(line.removeprefix("Pellet: ") for line in lines) + ".")
            else:
                message = ("The graph is inconsistent with the ontology, and the individuals "
                           "involved could not be named; validate it with SHACL "
                           "(pledgegraph validate) for hints.")
            return ReasonResult(True, None, False, offenders, empty, message,
                                explanation=lines, seconds=time.monotonic() - started)
        if code != 0:
            values_run.kill()
            values_run.communicate()
            raise ReasonerError(f"HermiT exited with code {code}: {_java_problem(err, out)}")

        vcode, vout, verr = _finish(values_run, timeout, "HermiT")
        if vcode != 0:
            raise ReasonerError(f"HermiT exited with code {vcode}: {_java_problem(verr, vout)}")

    inferred = _entailed(data, out, vout, schema)
    seconds = time.monotonic() - started
    counts: dict[str, int] = defaultdict(int)
    for _, p, _ in inferred:
        counts["class memberships" if p == RDF.type else short_name(p)] += 1
    summary = ", ".join(f"{n} {what}" for what, n in sorted(counts.items())) or "nothing new"
    message = (f"The graph is consistent with the ontology. HermiT inferred "
               f"{len(inferred)} new triple(s): {summary} ({seconds:.1f} s).")
    return ReasonResult(True, None, True, [], inferred, message, seconds=seconds)


def _entailed(data: Graph, types_out: str, values_out: str, schema: _Schema) -> Graph:
    inferred = Graph()
    inferred.bind("pg", PG_URI)
    asserted_types: dict[URIRef, set[URIRef]] = defaultdict(set)
    for s, o in data.subject_objects(RDF.type):
        if isinstance(s, URIRef) and isinstance(o, URIRef):
            asserted_types[s].update(schema.superclasses.get(o, {o}))

    for individual, cls in _TYPE_LINE.findall(types_out):
        if not cls.startswith(PG_URI):
            continue
        s, o = URIRef(individual), URIRef(cls)
        if s in schema.terms or o in asserted_types.get(s, ()):
            continue
        inferred.add((s, RDF.type, o))

    for prop, known in _PROPERTY_LINE.findall(values_out):
        if not prop.startswith(PG_URI):
            continue
        p = URIRef(prop)
        for a, b in _PAIR.findall(known):
            triple = (URIRef(a), p, URIRef(b))
            if triple not in data:
                inferred.add(triple)
    return inferred


def reason_file(graph_file: Path, out: Path | None = None) -> tuple[ReasonResult, Path | None]:
    """`pledgegraph reason`: reason over a graph file and write it back with what HermiT infers.

    Writes `out` (default: the input's name with `-inferred`) only when the graph is
    consistent; the input file is never changed. Raises `errors.ReasonerError` when Java or
    owlready2 is missing, since reasoning is the whole point of the command.
    """
    from pledgegraph.store import read_graph, write_graph

    graph = read_graph(graph_file)
    result = reason(graph)
    if not result.ran:
        raise ReasonerError(f"{result.skipped_reason}")
    if not result.consistent:
        return result, None
    graph_file = Path(graph_file)
    target = Path(out) if out else graph_file.with_name(f"{graph_file.stem}-inferred.ttl")
    return result, write_graph(write_inferred(graph, result), target)
