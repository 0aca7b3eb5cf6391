"""Word lists the rules rely on: cue verbs (with their inflections), speaker nouns, abbreviations.

Inflections are generated from the base forms here so the spaCy lemmatizer can stay disabled.
"""
from __future__ import annotations

SPEECH_VERBS = frozenset("""
    say tell add note claim announce state report explain argue insist warn acknowledge declare
    confirm deny admit estimate predict promise tweet write emphasise emphasize stress suggest
    assert contend maintain reiterate repeat remark observe comment respond reply answer recall
    concede disclose reveal indicate testify allege vow pledge caution complain boast conclude
    inform assure mention forecast counter retort recount post underline highlight continue
    lament plead agree threaten advise reassure text email brag concur testify remind grumble
""".split())
"""Verbs that report what someone said or wrote."""

OBJECT_CONTENT_VERBS = frozenset("""
    report announce acknowledge deny confirm predict estimate promise stress emphasise emphasize cite
    forecast allege recall note explain
""".split())
"""Speech verbs whose noun-phrase object is what was stated ("reported a record loss", "denied any
wrongdoing"). Left out, as their objects are mostly no statement: "said it", "told reporters",
"pledged support", "claimed victory", "revealed a tendency", "highlighted the gap", "mentioned
the name", "tweeted a video", "declared a state of emergency", "admit" (letting in)."""

INFINITIVE_CONTENT_VERBS = frozenset("promise pledge vow threaten claim".split())
"""Speech verbs whose infinitive states the claim ("promised to cut taxes", "claimed to have won")."""

COGNITION_VERBS = frozenset("believe think expect fear".split())
"""Verbs that report a stated belief; attributed only with a ``that``-clause (see attribution)."""

DIRECT_ONLY_VERBS = frozenset("""
    ask wonder shout exclaim joke quip laugh sigh scoff yell scream cry whisper mutter murmur
    snap chuckle groan marvel chant put
""".split())
"""Verbs that introduce a direct quote but never an indirect claim ("asked whether ...")."""

_IRREGULAR = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "write": ("wrote", "written", "writes", "writing"),
    "think": ("thought", "thinks", "thinking"),
    "deny": ("denied", "denies", "denying"),
    "reply": ("replied", "replies", "replying"),
    "testify": ("testified", "testifies", "testifying"),
    "quip": ("quipped", "quips", "quipping"),
    "cry": ("cried", "cries", "crying"),
    "text": ("texted", "texts", "texting"),
    "plead": ("pleaded", "pled", "pleads", "pleading"),
    "put": ("puts", "putting"),
}
_DOUBLED_FINAL = frozenset("admit regret quip snap".split())


def _inflections(base: str) -> set[str]:
    """Regular English inflections of ``base`` (announce -> announced, announces, announcing)."""
    if base in _IRREGULAR:
        return {base, *_IRREGULAR[base]}
    stem = base[:-1] if base.endswith("e") else base
    if base in _DOUBLED_FINAL:
        stem = base + base[-1]
    third = base + ("es" if base.endswith(("s", "sh", "ch", "x")) else "s")
    past = base + "d" if base.endswith("e") else stem + "ed"
    return {base, third, past, stem + "ing"}


CUE_LEMMAS: dict[str, str] = {
    form: base
    for base in SPEECH_VERBS | COGNITION_VERBS | DIRECT_ONLY_VERBS
    for form in _inflections(base)
}
"""Lower-case verb form -> base form, for every cue verb."""

SPEAKER_ACT_VERBS = frozenset("""
    call urge reject dismiss accuse decline refuse appeal criticize criticise praise blame welcome
    defend condemn thank apologize apologise caution warn insist argue acknowledge concede vow
    pledge deny ask stress demand
""".split())
"""Verbs of what a speaker did besides the claim ("said A and called B a model", "said A but
cautioned against B"): their subject is the speaker, so they end the reported claim."""

SPEAKER_ACT_FORMS = frozenset(form for base in SPEAKER_ACT_VERBS for form in _inflections(base))

FINDING_VERB_FORMS = frozenset("find finds found show shows showed shown".split())
"""Verbs that report a finding when a document is their subject ("the study found that")."""

FINDING_SUBJECTS = frozenset("""researcher researchers scientist scientists investigator investigators
    inspector inspectors auditor auditors author authors watchdog regulator""".split())
"""Subjects whose "found that" reports a finding as a document's would ("the researchers found")."""

HEDGED_CUE_AUX = frozenset("would could might should may can must".split())
"""A cue with one of these auxiliaries is hypothetical ("one could say"), not a report."""

RHETORICAL_SUBJECTS = frozenset("who what whoever one you nobody anyone everyone someone i we".split())
"""Speakers that make a cue rhetorical, generic or the writer's own voice."""

DOCUMENT_NOUNS = frozenset("""
    statement report release letter post tweet document filing study survey analysis memo
    transcript notice communique communiqué message assessment estimate review poll data
    research figures statistics audit investigation inquiry census count tally results
""".split())
"""Nouns that speak for their author: "a statement from the ministry said" -> the ministry."""

ORGANIZATION_NOUNS = frozenset("""
    authorities authority government governments ministry ministries police military army
    administration agency agencies department office council committee commission company
    firm court parliament congress senate kremlin white house
    pentagon cabinet regime embassy navy forces command party union organisation organization
    institute university hospital bank federation league board campaign airline airlines carrier
    manufacturer automaker retailer insurer network newspaper broadcaster station channel school
    team club tribunal alliance coalition bloc movement group charity foundation fund
    corporation business startup operator utility regulator watchdog service center centre
    secretariat mission delegation bureau journal magazine district staff
""".split())
"""Head nouns of collective speakers whose type is organization."""

OCCASION_NOUNS = frozenset("""briefing conference meeting interview call hearing speech session appearance
    event rally ceremony summit forum address debate visit time""".split())
"""Occasions of speaking: "said at a news conference (at the time) that ..." reports what was said."""

ACCESS_PARTICIPLES = frozenset("seen obtained reviewed viewed read leaked shared received".split())
"""Participles saying who got hold of a document, not who wrote it: "a report obtained by X"."""

DATA_NOUNS = frozenset("data figures statistics numbers".split())
"""Documents named by who compiled them: "department data", "LSEG data", "government figures"."""

DEFINITE_BARE_NOUNS = frozenset({"police"})
"""Bodies named without an article that still mean one known body: "police said" is the local force."""

ANONYMITY_MARKERS = ("anonymity", "not authorized", "not authorised", "declined to be named",
                     "asked not to be", "not be named", "not be identified", "unnamed",
                     "familiar with")
ANONYMOUS_NOUNS = frozenset("source sources insider insiders".split())

PERSON_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "ee")
"""Endings of nouns for people ("engineer", "economist"); other unknown nouns are bodies."""

PERSON_NOUNS = frozenset("""
    official spokesman spokeswoman spokesperson minister president premier secretary aide
    adviser advisor ambassador general commander officer mayor governor senator lawmaker
    director chief head leader chairman chairwoman chair analyst expert economist doctor
    witness resident lawyer attorney judge prosecutor diplomat envoy negotiator researcher
    scientist professor executive manager founder owner member representative deputy
    governor-general king queen prince pope bishop priest rabbi imam coach player
    son daughter grandson granddaughter father mother brother sister husband wife uncle aunt
    nephew niece grandfather grandmother widow
""".split())
"""Singular nouns naming a person by role; their plurals are groups."""

MALE_WORDS = frozenset("""mr. mr he him his spokesman chairman king prince sir man boy son grandson
    father grandfather brother husband uncle nephew businessman congressman councilman""".split())
FEMALE_WORDS = frozenset("""mrs. mrs ms. ms miss she her spokeswoman chairwoman queen princess dame woman
    girl daughter granddaughter mother grandmother sister wife aunt niece widow businesswoman
    congresswoman councilwoman""".split())

CORPORATE_SUFFIXES = frozenset("inc inc. corp corp. co co. ltd ltd. llc plc group holdings ag sa s.a. gmbh".split())
"""Words that end a company's name ("Acme Corp.", "Tillwave Inc.")."""

HONORIFICS = frozenset("mr. mr mrs. mrs ms. ms dr. dr prof. prof sir dame".split())

TITLE_WORDS = frozenset("""
    president vice prime minister secretary general gen. gov. governor sen. senator rep.
    representative mayor chancellor premier king queen prince princess pope judge justice
    ambassador chief spokesman spokeswoman aide adviser advisor commander col. lt. capt. sgt.
    adm. admiral foreign defense defence interior finance health deputy state cpl. maj. cmdr.
    det. insp. supt. atty. pvt. brig. sergeant lieutenant captain corporal colonel major detective
    superintendent commissioner
""".split())
"""Words that may stand before a name as part of a role ("Foreign Minister Sergey Lavrov")."""

WELL_KNOWN_NAMES: dict[str, tuple[str, str]] = {
    "u.n.": ("United Nations", "organization"),
    "un": ("United Nations", "organization"),
    "united nations": ("United Nations", "organization"),
    "nato": ("NATO", "organization"),
    "eu": ("European Union", "organization"),
    "e.u.": ("European Union", "organization"),
    "who": ("World Health Organization", "organization"),
    "imf": ("International Monetary Fund", "organization"),
    "iaea": ("International Atomic Energy Agency", "organization"),
    "unicef": ("UNICEF", "organization"),
    "unhcr": ("UNHCR", "organization"),
    "fbi": ("FBI", "organization"),
    "cia": ("CIA", "organization"),
    "u.s.": ("United States", "country"),
    "us": ("United States", "country"),
    "usa": ("United States", "country"),
    "united states": ("United States", "country"),
    "u.k.": ("United Kingdom", "country"),
    "uk": ("United Kingdom", "country"),
    "britain": ("United Kingdom", "country"),
}
"""Abbreviations and short forms -> (canonical name, speaker type)."""

MALE_FIRST_NAMES = frozenset("""
    aaron abdul abdullah adam adrian ahmad ahmed alan albert alberto alejandro alexander alexei alfred
    ali andre andreas andrew andrei anthony antonio arjun arnold arthur barry ben benjamin bernard
    bill bob bobby boris brad bradley brandon brent brian bruce bryan carl carlos charles chris christian
    christopher clarence claude clifford colin craig curtis dale daniel danny darnell darren david dennis
    derek diego dmitry dominic donald douglas duncan dwayne edward eduardo elijah emmanuel eric ernest
    ethan eugene evan felipe fernando francis francisco frank fred frederick gary gavin george gerald
    gilbert giovanni glenn gordon graham grant gregory guillermo gustavo harold harry hassan hector henry
    herbert howard hugh hussein ian igor ihor isaac ivan jack jacob jake james jared jason javier jeff
    jeffrey jeremy jerome jerry jesse jim jimmy joe joel john johnny jonathan jorge jose joseph joshua
    juan julian justin karl keith kenneth kevin khalid kurt kyle lamar larry lawrence leonard leroy liam
    louis lucas luis luke malcolm manuel marco marcus mario mark martin matthew maurice max michael miguel
    mikhail mohammed muhammad nathan neil nicholas nick nikolai noah norman oleg oleh oliver omar oscar
    owen pablo patrick paul pedro peter philip phillip rafael rahul ralph ramon randall randy raul ray
    raymond reginald ricardo richard rick robert roberto rodney roger roland ronald ross roy russell ryan
    samuel scott sean sergei sergey seth shane simon stanley stephen steve steven stuart ted terrence
    terry theodore thomas timothy todd tom tony travis trevor tyler victor vincent vladimir volodymyr
    walter warren wayne william willie xavier yuri zachary
""".split())
"""Given names almost always borne by men: a person's gender for "he"/"she" when the text gives
no other sign ("Her aide, Tom Blake, drove them home. She said ..." is not Tom)."""

FEMALE_FIRST_NAMES = frozenset("""
    abigail ada adriana agnes aisha alexandra alice alicia alison amanda amber amelia amy ana anastasia
    angela angelica anita ann anna anne annette antonia april ashley audrey barbara beatrice
    beatriz becky belinda bernadette beth betty beverly brenda bridget brittany camila candace carla
    carmen carol caroline carolyn catherine cecilia charlotte cheryl christina christine claire clara
    claudia colleen connie courtney crystal cynthia daisy daniela danielle deborah debra denise diana
    diane dolores donna doris dorothy edith eileen elaine eleanor elena elisa elizabeth ella ellen emily
    emma erica erin esther eva evelyn fatima fiona florence frances gabriela gabrielle gail gloria grace
    hannah heather helen helena hilary holly ingrid irene iris isabel isabella jacqueline jane janet
    janice jasmine jeanette jennifer jessica jill joan joanna josephine joy joyce juanita judith
    judy julia julie karen katherine kathleen kathryn kathy katie kayla kelly kimberly kristen laura
    lauren leah linda lisa lois lori lorraine louise lucia lucy lydia lynn madison margaret margarita
    maria marie marilyn marina marisol marjorie martha mary maya megan melanie melissa michelle mildred
    miriam molly monica nadia nancy natalia natalie natasha nicole nina nora norma olga olivia paula
    pauline peggy phyllis priya priyanka rachel rebecca regina renee rita roberta rosa rose rosemary ruth
    sabrina sally samantha sandra sara sarah sharon sheila shirley silvia sofia sonia sophia stephanie
    susan suzanne sylvia tamara tanya teresa theresa tiffany tina valerie vanessa veronica victoria
    virginia vivian wanda wendy yolanda yvonne zoe
""".split())
"""Given names almost always borne by women (see MALE_FIRST_NAMES)."""
