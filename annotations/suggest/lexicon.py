"""Words that announce speech, per language: cue verbs, reported-speech markers, role nouns, pronouns.

Lists, not sentence patterns, so the rules carry over to articles nobody has seen: add a verb
here and every rule that looks for a cue finds it. German verbs are given as lemma stems and
expanded to the forms news uses (present, past, participle); irregular ones list their forms.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property


def _weak_de(stem: str, participle_prefix: str = "ge") -> set[str]:
    """sag -> sagt, sagen, sagte, sagten, gesagt (inseparable prefixes and -ieren take no ge-)."""
    bare = stem.startswith(("be", "er", "ver", "zer", "ent", "emp", "miss")) or stem.endswith("ier")
    join = "e" if stem.endswith(("t", "d", "chn", "ffn", "gn")) else ""
    participle = f"{stem}{join}t" if bare else f"{participle_prefix}{stem}{join}t"
    return {f"{stem}{join}t", f"{stem}en", f"{stem}{join}te", f"{stem}{join}ten", f"{stem}e", participle}


def _strong_de(*forms: str) -> set[str]:
    return set(forms)


# Verbs that report what someone said. Mode comes from the construction (quote, dass, comma clause).
_DE_SPEECH = set().union(
    *(_weak_de(s) for s in (
        "sag", "erklär", "beton", "warn", "behaupt", "bekräftig", "versicher", "verkünd", "bestätig", "bericht",
        "äußer", "kritisier", "kommentier", "ergänz", "unterstreich", "erläuter", "erzähl", "antwort",
        "frag", "mein", "beklag", "klag", "forder", "mahn", "appellier", "dementier", "twitter", "schilder",
        "prognostizier", "argumentier", "bilanzier", "resümier", "präzisier", "insistier", "zitier",
        "bemerk", "erwider", "beschwer", "protestier", "spekulier", "vermut", "befürcht", "hoff", "droh",
        "verlang", "unterstell", "bekenn", "fürcht",
    )),
    _strong_de("schreibt", "schrieb", "schrieben", "geschrieben", "schreiben"),
    _strong_de("ruft", "rief", "riefen", "gerufen"),
    _strong_de("spricht", "sprach", "sprachen", "gesprochen"),
    _strong_de("verspricht", "versprach", "versprachen", "versprochen"),
    _strong_de("entgegnet", "entgegnete", "entgegneten"),
    _strong_de("betont", "betonte", "betonten"),
    _strong_de("verweist", "verwies", "verwiesen"),
    _strong_de("nennt", "nannte", "nannten"),  # "nannte den Vorschlag „diskussionswürdig“"
    _strong_de("lacht", "lachte", "seufzt", "seufzte", "grinst", "grinste"),  # "„…“, lacht sie": after a quotation only
    _strong_de("hieß", "heißt", "hiess", "heisst"),  # "hieß es aus Regierungskreisen"
    _strong_de("bestreitet", "bestritt", "bestritten", "empfiehlt", "empfahl", "empfahlen", "empfohlen"),
    _weak_de("plädier"), _weak_de("beantrag"),
) - {"meine", "meinen", "frage", "fragen", "hoffe", "hoffen", "klage", "klagen"}  # nouns and possessives too

# Separable verbs: the finite form stands early, its particle closes the clause ("teilte ... mit").
_DE_SEPARABLE: dict[str, set[str]] = {
    "mit": _weak_de("teil"),
    "an": _weak_de("kündig") | {"gab", "gaben", "gibt", "bietet", "bot", "boten"},
    "hinzu": _weak_de("füg"),
    "ein": _weak_de("räum"),
    "hin": {"wies", "wiesen", "weist"},
    "zu": {"gab", "gaben", "gibt"},
    "bekannt": {"gab", "gaben", "gibt"},
    "fest": {"stellt", "stellte", "stellten"},
    "deutlich": {"macht", "machte", "machten"},
    "klar": {"macht", "machte", "machten", "stellt", "stellte", "stellten"},
    "dagegen": {"hält", "hielt", "hielten"},
}
_DE_JOINED = {particle + form for particle, forms in _DE_SEPARABLE.items() for form in forms}  # "wie sie mitteilte"
_DE_SEPARATE_PARTICIPLES = {"mitgeteilt", "angekündigt", "angeboten", "hinzugefügt", "eingeräumt", "hingewiesen",
                            "angegeben", "zugegeben", "bekanntgegeben", "festgestellt"}  # fmt: skip

# Verbs whose clause states a position held rather than words quoted: the statement is reported speech.
_DE_REPORTING = set().union(
    *(_weak_de(s) for s in ("beschuldig", "bezichtig", "verurteil", "begrüß", "lob", "bezeichn", "wert")),
    _strong_de("vorgeworfen", "vorwerfen", "dargestellt"),
) - {"werte", "werten", "lobe", "loben"}  # nouns too
_DE_REPORTING_SEPARABLE: dict[str, set[str]] = {
    "vor": {"wirft", "warf", "warfen"},
    "dar": {"stellt", "stellte", "stellten"},
}

_EN_SPEECH = set("""say says said tell tells told add adds added state states stated explain explains explained
warn warns warned announce announces announced claim claims claimed argue argues argued insist insists insisted
note notes noted tweet tweets tweeted reply replies replied respond responds responded acknowledge acknowledges
acknowledged admit admits admitted confirm confirms confirmed deny denies denied declare declares declared
stress stresses stressed emphasise emphasises emphasised emphasize emphasizes emphasized predict predicts
predicted urge urges urged allege alleges alleged contend contends contended recall recalls recalled remark
remarks remarked comment comments commented observe observes observed ask asks asked complain complains
complained concede concedes conceded assert asserts asserted vow vows vowed pledge pledges pledged promise
promises promised threaten threatens threatened reiterate reiterates reiterated maintain maintains maintained
report reports reported write writes wrote demand demands demanded believe believes believed think thinks
thought suggest suggests suggested insist saying adding noting arguing warning insisting stressing
explaining telling claiming admitting writing laughs laughed jokes joked sighs sighed shrugs shrugged""".split())
_EN_REPORTING = {"accused", "accuses", "accuse", "blamed", "blames", "blame", "condemned", "condemns", "praised",
                 "praises", "welcomed", "welcomes", "criticised", "criticized", "criticises", "criticizes",
                 "described", "describes", "called", "calls"}  # fmt: skip


@dataclass(frozen=True)
class Lexicon:
    """The words one language's rules look for (all lower case)."""

    speech: frozenset[str]
    reporting: frozenset[str]  # accuse, describe as, condemn: a stated position, mode "reported"
    separable: dict[str, frozenset[str]] = field(default_factory=dict)  # particle -> finite forms
    reporting_separable: dict[str, frozenset[str]] = field(default_factory=dict)
    separate_participles: frozenset[str] = frozenset()
    # "laut X", "X zufolge", "according to X": a source named for a clause, mode "reported".
    source_before: tuple[tuple[str, ...], ...] = ()
    source_after: frozenset[str] = frozenset()
    # What turns a cue into the reporting of content: "sagte, dass ..." / "said that ...".
    complementisers: frozenset[str] = frozenset()
    # Forms that show reported speech without a complementiser (German Konjunktiv I and II).
    subjunctive: frozenset[str] = frozenset()
    negations: frozenset[str] = frozenset()
    pronouns_singular: frozenset[str] = frozenset()
    pronouns_plural: frozenset[str] = frozenset()
    pronouns_either: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    # Nouns for people and bodies that speak: they head a speaker phrase, and "der Präsident" finds its name.
    roles: frozenset[str] = frozenset()
    plural_roles: frozenset[str] = frozenset()
    # Words after which a capitalised word does not start a name (sentence-initial function words).
    function_words: frozenset[str] = frozenset()
    subordinators: frozenset[str] = frozenset()
    passive: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()  # the finite verb before a participle: its subject is the speaker's
    adverbs: frozenset[str] = frozenset()  # may stand between a subject and its verb ("The minister also said")
    documents: frozenset[str] = frozenset()  # "according to a note by X": the source is X, not the note
    bodies: frozenset[str] = frozenset()  # roles that are institutions: "the company" is not the person named before
    compounds: bool = False  # German writes roles as compounds: "Politikwissenschaftler" is a "Wissenschaftler"
    _role_cache: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def cue_forms(self) -> frozenset[str]:
        """Every word that may be (the finite part of) a cue: a quick first test for each word of a text."""
        every = {"so"} | self.speech | self.reporting | self.separate_participles
        for table in (self.separable, self.reporting_separable):
            for group in table.values():
                every |= group
        return frozenset(every)

    def role_of(self, word: str) -> str:
        """The role noun a word is or ends in ("ministerpräsidentin" -> "präsidentin"), else ""."""
        low = word.lower()
        if low in self.roles:
            return low
        if not self.compounds:
            return low[:-1] if low.endswith("s") and low[:-1] in self.roles else ""
        known = self._role_cache.get(low)
        if known is None:  # the longest role the compound ends in, at least four letters long ("Finanzchef")
            known = self._role_cache[low] = next((low[k:] for k in range(1, len(low) - 3) if low[k:] in self.roles), "")
        return known
    coordination: tuple[str, str, str] = ("", "", "")  # "sowohl", "als auch", "und"


_DE_ROLES = """präsident präsidentin kanzler kanzlerin minister ministerin premierminister premierministerin
ministerpräsident ministerpräsidentin regierungschef regierungschefin staatschef staatschefin sprecher sprecherin
regierungssprecher regierungssprecherin pressesprecher pressesprecherin außenminister außenministerin
verteidigungsminister verteidigungsministerin innenminister innenministerin chef chefin leiter leiterin
vorsitzende vorsitzender angeklagte angeklagter verteidiger verteidigerin kläger klägerin bürgermeister bürgermeisterin botschafter botschafterin generalsekretär
generalsekretärin abgeordnete abgeordneter senator senatorin gouverneur gouverneurin general generalin
kommandeur experte expertin analyst analystin ökonom ökonomin politologe politologin professor professorin
direktor direktorin anwalt anwältin richter richterin staatsanwalt staatsanwältin polizeisprecher
polizeisprecherin augenzeuge augenzeugin einwohner einwohnerin bewohner bewohnerin aktivist aktivistin
demonstrant demonstrantin zeuge zeugin vertreter vertreterin diplomat diplomatin beamter beamtin
oppositionsführer oppositionsführerin ex-führer führer ministerium außenministerium innenministerium
verteidigungsministerium gesundheitsministerium regierung polizei armee behörde behörden kreml weißes
komitee sicherheitskomitee rat stadtrat kommission wissenschaftler wissenschaftlerin forscher forscherin
leitung wahlleitung verwaltung stadtverwaltung kammer handelskammer verbände verband sprecherin partei gewerkschaft gericht agentur nachrichtenagentur medien
staatsmedien unternehmen konzern firma organisation verband bündnis allianz verein stiftung initiative
bürgerinitiative fraktion institut klinik krankenhaus staatsanwaltschaft kanzleramt bundesamt landesamt amt trainer
trainerin kapitän kapitänin sportdirektor sportdirektorin vorstand vorständin manager managerin""".split()
_DE_PLURAL_ROLES = """einwohner bewohner demonstranten aktivisten experten analysten ökonomen augenzeugen zeugen
vertreter diplomaten beamte behörden medien staatsmedien politiker abgeordnete kritiker befürworter gegner
anwohner bürger menschen soldaten ärzte polizisten ermittler forscher wissenschaftler eltern lehrer lehrerinnen
gewerkschafter mitarbeiter mitarbeitende beschäftigte landwirte mieter vermieter patienten schüler studierende fans
wähler mitglieder aktionäre""".split()

_EN_ROLES = """president prime minister chancellor secretary spokesman spokeswoman spokesperson chief head leader
official officials ambassador governor mayor senator representative general commander expert analyst economist
professor director lawyer judge prosecutor witness resident residents activist protester protesters diplomat
ministry government police army agency authorities kremlin committee council commission party union court
company spokespeople campaigners critics councillor councilman councilwoman alderman chairman chairwoman chair
executive ceo founder coach manager inspector detective sergeant officer superintendent constable treasurer editor
publisher researcher scientist doctor nurse teacher lawmaker trust board league association institute university
hospital foundation department office traders investors senators sources executives bankers scientists researchers
prosecutors investigators aides advisers observers city county district rebels ministers mps councillors unions
parents teachers workers employees farmers doctors nurses patients students fans voters members leaders owners
landlords tenants neighbours neighbors families shareholders""".split()
_EN_PLURAL_ROLES = """officials residents protesters activists experts analysts economists witnesses diplomats
authorities critics campaigners people lawmakers politicians police traders investors senators sources executives
bankers scientists researchers prosecutors investigators aides advisers observers rebels ministers mps councillors
unions parents teachers workers employees farmers doctors nurses patients students fans voters members leaders owners
landlords tenants neighbours neighbors families shareholders""".split()

GERMAN = Lexicon(
    speech=frozenset(_DE_SPEECH),
    reporting=frozenset(_DE_REPORTING),
    separable={k: frozenset(v) for k, v in _DE_SEPARABLE.items()},
    reporting_separable={k: frozenset(v) for k, v in _DE_REPORTING_SEPARABLE.items()},
    separate_participles=frozenset(_DE_SEPARATE_PARTICIPLES | _DE_JOINED),
    source_before=(("laut",), ("nach", "angaben"), ("aus", "sicht"), ("nach", "ansicht"), ("nach", "auffassung"),
                   ("nach", "einschätzung"), ("gemäß",), ("gemäss",)),
    source_after=frozenset({"zufolge"}),
    complementisers=frozenset({"dass", "daß", "ob"}),
    subjunctive=frozenset("""habe haben hätte hätten sei seien wäre wären werde werden würde würden könne
    könnten müsse müssten solle sollten wolle wollten dürfe gebe gäbe handele handle komme kämen stehe gehe
    liege bleibe wisse brauche arbeite erwarte halte biete gelte leite achte betrachte fürchte berichte verzichte
    warte richte bewerte gestalte vertrete""".split()),
    negations=frozenset({"nicht", "nie", "niemals", "kein", "keine", "keinen", "nichts"}),
    pronouns_singular=frozenset({"er"}),
    pronouns_plural=frozenset(),
    pronouns_either=frozenset({"sie"}),
    articles=frozenset("""der die das den dem des ein eine einer eines einem einen sein seine seinen seinem seiner
    seines ihr ihre ihren ihrem ihrer ihres unser unsere unseren unserem""".split()),
    roles=frozenset(_DE_ROLES) | frozenset(_DE_PLURAL_ROLES),
    plural_roles=frozenset(_DE_PLURAL_ROLES),
    function_words=frozenset("""der die das den dem des ein eine einer eines einem einen und oder aber doch
    auch am im in an auf aus bei mit nach seit von vor zu zum zur für gegen ohne um über unter durch
    es er sie wir man dies diese dieser dieses jene jener so da dann als wie wenn weil dass ob nachdem
    bevor während obwohl letzte letzten letzter nun noch schon laut zufolge gemäß trotz wegen bis ab wörtlich darin
    dabei dazu darauf davon dort hier heute gestern morgen außerdem dennoch trotzdem immerhin jedenfalls damals bisher
    zuvor""".split()),
    subordinators=frozenset("""dass daß ob weil wenn als nachdem bevor obwohl während wobei wie damit sodass
    der die das dem den deren dessen welche welcher welches""".split()),
    passive=frozenset({"wurde", "wurden", "worden", "wird", "werden"}),
    adverbs=frozenset("""auch aber jedoch dann später zudem außerdem bereits noch nun erneut allerdings zuletzt
    ebenfalls zugleich indes inzwischen""".split()),
    documents=frozenset("""bericht berichts studie mitteilung angaben schätzung schätzungen umfrage analyse
    erklärung zahlen daten""".split()),
    compounds=True,
    bodies=frozenset("""ministerium außenministerium innenministerium verteidigungsministerium gesundheitsministerium
    regierung polizei armee behörde behörden kreml komitee sicherheitskomitee rat kommission partei gewerkschaft
    gericht agentur nachrichtenagentur medien staatsmedien unternehmen konzern firma organisation verband bündnis
    allianz leitung wahlleitung verwaltung stadtverwaltung kammer handelskammer verbände verein stiftung initiative
    bürgerinitiative fraktion institut klinik krankenhaus staatsanwaltschaft kanzleramt bundesamt landesamt amt""".split()),
    auxiliaries=frozenset({"hat", "haben", "hatte", "hatten", "habe", "hätte", "hätten"}),
    coordination=("sowohl", "als auch", "und"),
)

ENGLISH = Lexicon(
    speech=frozenset(_EN_SPEECH),
    reporting=frozenset(_EN_REPORTING),
    source_before=(("according", "to"), ("citing",)),
    complementisers=frozenset({"that", "whether"}),
    negations=frozenset({"not", "never", "n't", "no", "declined", "declines", "refused", "refuses"}),
    pronouns_singular=frozenset({"he", "she", "it"}),
    pronouns_plural=frozenset({"they"}),
    articles=frozenset({"the", "a", "an", "his", "her", "their", "its", "our"}),
    roles=frozenset(_EN_ROLES) | frozenset(_EN_PLURAL_ROLES),
    plural_roles=frozenset(_EN_PLURAL_ROLES),
    function_words=frozenset("""the a an and or but also at in on of to for from with by as after before since i me
    we us you
    it he she they we you this that these those so then when while if because last next however is are was were
    be been being has have had will would could should may might must can did does do not there here through into
    during without about across against among around behind under over via per between near toward towards upon
    within""".split()),
    subordinators=frozenset("""that whether because when while after before although though who which whom
    where as if""".split()),
    passive=frozenset({"was", "were", "been", "being", "is", "are"}),
    adverbs=frozenset("""also then later still again now once previously further however earlier repeatedly
    separately sometimes often usually never always already afterward afterwards""".split()),
    documents=frozenset("""note report statement study survey analysis estimate estimates figures data poll
    document memo letter""".split()),
    auxiliaries=frozenset({"has", "have", "had"}),
    bodies=frozenset("""ministry government police army agency authorities kremlin committee council commission
    party union court company trust board league association institute university hospital foundation department
    office city county district""".split()),
    coordination=("both", "and", "and"),
)

LEXICONS = {"de": GERMAN, "en": ENGLISH}


def lexicon_for(language: str) -> Lexicon:
    """The rules' words for a language code ("de", "en-GB"...); English when the language is unknown."""
    return LEXICONS.get(language.split("-")[0].lower(), ENGLISH)
