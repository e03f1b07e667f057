from faultlines.actors import coref, gazetteer, mentions, party_roles, resolve
from faultlines.model import Analysis, Quote
from tests.actors.helpers import cluster_of, clusters_of

RACE = (
    "Republican presidential nominee Ada Roos met voters in Ohio on Monday. "
    "Her rival, Democratic nominee Ben Culver, spoke in Iowa. "
)


def _speaker(nlp, text: str, source: str) -> str | None:
    a = Analysis(id="t", text=text)
    start = text.index(source)
    a.quotes.append(
        Quote(id="q0", kind="direct", contents=[a.span(0, 1)], sources=[a.span(start, start + len(source))])
    )
    resolve(a, nlp(text))
    return a.quotes[0].speaker.name if a.quotes[0].speaker else None


def test_party_roles_take_the_person_of_that_party_not_the_one_named_last(nlp):
    doc, clusters = clusters_of(nlp, RACE + "The Republican nominee promised new cranes.")
    assert cluster_of(doc, clusters, "nominee", 2).name == "Ada Roos"


def test_party_roles_read_gop_as_republican_and_name_no_party_actor(nlp):
    doc, clusters = clusters_of(nlp, RACE + "The GOP nominee also complained about the harbour plan.")
    assert cluster_of(doc, clusters, "GOP").name == "Ada Roos"
    assert not [c for c in clusters.items if c.kind != "person" and c.name == "GOP"]


def test_party_roles_learn_the_party_from_an_appositive(nlp):
    text = (
        "Ben Culver, the Democratic nominee, met Ada Roos in Iowa. The Democratic candidate won the debate."
    )
    doc, clusters = clusters_of(nlp, text)
    assert cluster_of(doc, clusters, "candidate").name == "Ben Culver"


def test_party_roles_stay_unresolved_without_a_person_of_that_party(nlp):
    doc, clusters = clusters_of(nlp, "Ada Roos met voters in Ohio. The Democratic nominee spoke in Iowa.")
    assert cluster_of(doc, clusters, "nominee") is None


def test_party_roles_name_the_speaker_of_that_party(nlp):
    text = RACE + '"It is a fine plan," the Democratic candidate said.'
    assert _speaker(nlp, text, "the Democratic candidate") == "Ben Culver"


def test_party_roles_speaker_unknown_is_a_person_described_not_a_guess(nlp):
    text = 'Ada Roos met voters in Ohio. "It is a fine plan," the Republican nominee said.'
    assert _speaker(nlp, text, "the Republican nominee") == "the Republican nominee"


def _listed_ticket(tmp_path, monkeypatch):
    path = tmp_path / "tickets.csv"
    path.write_text(
        "id,name,kind,country,sector,gender,aliases,roles\n"
        "mara-quell,Mara Quell,person,USA,GOV,f,Quell,\n"
        "otto-brisk,Otto Brisk,person,USA,GOV,m,Brisk,\n",
        encoding="utf-8",
    )
    gazetteer.use_gazetteer(path)
    ticket = ("republican", frozenset({"president"}))
    tickets = {"mara-quell": [(ticket, frozenset({2030}))], "otto-brisk": [(ticket, frozenset({2034}))]}
    monkeypatch.setattr(party_roles, "_nominees", lambda: tickets)


def test_party_roles_fall_back_on_the_listed_nominee_of_the_articles_year(nlp, tmp_path, monkeypatch):
    _listed_ticket(tmp_path, monkeypatch)
    doc = nlp("Mara Quell and Otto Brisk toured the port. The Republican nominee promised new cranes.")
    at = next(t.i for t in doc if t.text == "nominee")
    assert coref.build(mentions.find(doc), doc, 2030).at[at].name == "Mara Quell"
    # no year: the latest to hold the role
    assert coref.build(mentions.find(doc), doc).at[at].name == "Otto Brisk"
    assert coref.build(mentions.find(doc), doc, 2032).at.get(at) is None


def test_party_roles_of_a_past_race_name_nobody_of_this_one(nlp):
    text = "Former Republican nominee Ada Roos endorsed Ben Culver. The Republican nominee thanked her."
    doc, clusters = clusters_of(nlp, text)
    assert cluster_of(doc, clusters, "nominee", 1) is None


def test_party_roles_keep_offices_and_running_mates_apart(nlp):
    text = (
        "Republican presidential nominee Ada Roos campaigned with her running mate, Republican vice "
        "presidential nominee Ben Culver. The Republican nominee for governor stayed home. "
        "Next came the Republican vice presidential candidate, to cheers."
    )
    doc, clusters = clusters_of(nlp, text)
    assert cluster_of(doc, clusters, "nominee", 2) is None
    assert cluster_of(doc, clusters, "candidate").name == "Ben Culver"
