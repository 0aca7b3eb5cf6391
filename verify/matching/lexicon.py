"""Word lists the matcher reads: stop words, number words, synonyms, negation and direction cues,
speaker titles and the "speakers" that name no one (viral posts).

Synonym groups are surface words; ``text.canonical`` stems them, so one entry covers the
inflections the stemmer folds. A group joins words a fact-check and a repeat of the claim use
interchangeably ("killed" / "died" / "deaths"); it must never join words whose difference makes
another claim ("rose" and "fell" are separate groups, compared by ``signals``).
"""
from __future__ import annotations

NEGATIONS = frozenset(
    "not no never none nobody nothing nowhere neither nor without cannot "
    "didn't doesn't don't isn't wasn't weren't aren't won't can't couldn't shouldn't wouldn't "
    "hasn't haven't hadn't ain't mustn't didnt doesnt dont isnt wasnt wont cant couldnt "
    "hasnt havent".split())

STOP_WORDS = frozenset(
    "a an the and or but if then than so as of at by for from in into on onto to with within "
    "about above after again against all am any are be been before being below between both "
    "can could did do does doing down during each few further had has have having he her here "
    "hers herself him himself his how i i'm it it's its itself just me more most my myself "
    "once only other our ours ourselves out over own same she should some such that that's "
    "their theirs them themselves there these they this those through too under until up very "
    "was we were what when where which while who whom why will would you your yours yourself "
    "yourselves is us may might must shall also ever per via rt amp http https www com "
    "say says said saying claim claims claimed claiming state states stated stating according "
    "report reports reported tell tells told tweet tweets tweeted post posts posted share shares "
    "shared show shows showed shown reveal reveals revealed allegedly alleged reportedly "
    "nearly almost roughly approximately estimated circa approx least upwards around "
    "breaking just like really actually literally now today yesterday lol omg".split()) | NEGATIONS

NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
    "ninety hundred thousand million billion trillion dozen".split())

RISE_WORDS = frozenset(
    "increase increased increases increasing rise rises rose risen rising grow grew grown grows "
    "growing growth jump jumped jumps soar soared soars surge surged surges climb climbed climbs "
    "doubled tripled skyrocketed spiked higher".split())
FALL_WORDS = frozenset(
    "decrease decreased decreases decreasing fall falls fell fallen falling drop dropped drops "
    "decline declined declines declining plunge plunged plunges plummeted shrink shrank shrunk "
    "reduce reduced reduces reduction cut cuts halved slashed lower lowered lowest".split())

SYNONYM_GROUPS: dict[str, tuple[str, ...]] = {
    "death": ("kill", "killed", "killing", "kills", "die", "died", "dies", "dying", "dead", "death",
              "deaths", "fatalities", "fatality", "fatal", "perished", "lives"),
    "injury": ("injured", "injuries", "injury", "wounded", "wounds", "hurt"),
    "rise": tuple(RISE_WORDS),
    "fall": tuple(FALL_WORDS),
    "covid": ("covid", "coronavirus", "covid19", "sars", "cov"),
    "vaccine": ("vaccine", "vaccines", "vaccinated", "vaccination", "vaccinations", "jab", "jabs",
                "inoculated", "immunized", "immunization"),
    "child": ("children", "child", "kids", "kid", "minors", "minor"),
    "doctor": ("doctors", "doctor", "physicians", "physician"),
    "immigrant": ("immigrants", "immigrant", "migrants", "migrant"),
    "usa": ("usa", "america", "american", "americans"),
    "uk": ("uk", "britain", "british"),
    "job": ("jobs", "job", "employment"),
    "gun": ("guns", "gun", "firearms", "firearm"),
    "ban": ("ban", "banned", "bans", "banning", "prohibit", "prohibited", "prohibits", "outlaw",
            "outlawed", "outlaws"),
    "photo": ("photo", "photos", "photograph", "photographs", "picture", "pictures", "image",
              "images", "pic", "pics"),
    "video": ("video", "videos", "footage", "clip", "clips"),
    "vote": ("vote", "votes", "voted", "voting", "ballot", "ballots"),
    "student": ("students", "student", "pupils", "pupil"),
    "teacher": ("teachers", "teacher", "educators", "educator"),
    "people": ("people", "persons", "individuals"),
    "percent": ("percent", "percentage", "pct"),
    "salary": ("salary", "salaries", "wage", "wages", "paycheck"),
    "government": ("government", "govt", "gov"),
    "car": ("cars", "car", "vehicles", "vehicle", "automobiles"),
    "buy": ("buy", "bought", "buys", "buying", "purchase", "purchased", "purchases"),
    "sell": ("sell", "sold", "sells", "selling"),
    "build": ("build", "built", "builds", "building", "construct", "constructed", "constructing"),
    "murder": ("murder", "murders", "murdered", "homicide", "homicides"),
    "prisoner": ("prisoners", "prisoner", "inmates", "inmate", "detainees", "detainee"),
    "prison": ("prison", "prisons", "jail", "jails", "jailed", "imprisoned"),
    "arrest": ("arrest", "arrests", "arrested"),
    "refugee": ("refugees", "refugee", "asylum"),
    "hospital": ("hospital", "hospitals", "hospitalized", "hospitalised", "hospitalizations"),
    "woman": ("women", "woman", "female", "females"),
    "man": ("men", "man", "male", "males"),
    "laboratory": ("lab", "labs", "laboratory", "laboratories"),
    "fake": ("fake", "hoax", "fabricated", "doctored", "manipulated", "altered"),
}

SPEAKER_TITLES = frozenset(
    "president former ex sen senator rep representative gov governor mayor dr mr mrs ms miss "
    "prime minister secretary vice the ceo chancellor king queen prince princess pope general gen "
    "lt col sir lord dame chairman chairwoman chair leader congressman congresswoman attorney "
    "candidate us u.s. minority majority house speaker commissioner councilman councilwoman "
    "judge justice professor prof".split())

UNSPECIFIED_SPEAKER_WORDS = frozenset(
    "post posts viral image images photo photos video videos meme memes blog blogs blogger "
    "bloggers social media facebook twitter instagram tiktok whatsapp youtube telegram tweet "
    "tweets website websites email emails chain message messages user users sources source "
    "various multiple claims claim online internet rumor rumors rumour rumours on and x article "
    "articles headline headlines news story stories several many people page pages account "
    "accounts".split())
"""A check "by" only these words ("Facebook posts", "Viral image") names no speaker to compare."""
