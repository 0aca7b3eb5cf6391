"""Hand-written news snippets (not from the seed article), one per attribution pattern.

Each positive case names the claim by its exact content and checks its kind, cue and speaker;
each negative case must yield no attributed claim at all.
"""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from .support import attributed


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    content: str
    kind: str
    cue: str | None
    canonical: str
    type: str
    role: str | None = None
    mention: str | None = ""  # "" means: the same as canonical

    def expected_mention(self) -> str | None:
        return self.canonical if self.mention == "" else self.mention


CASES = [
    Case("direct-curly-said-name-appositive-role",
         "“We will rebuild every school,” said Maria Lopez, the mayor of Springfield.",
         "We will rebuild every school", "direct", "said", "Maria Lopez", "person", "mayor of Springfield"),
    Case("direct-straight-colon-title-role",
         'Health Minister Anna Berg said: "The vaccine is safe and effective."',
         "The vaccine is safe and effective.", "direct", "said", "Anna Berg", "person", "Health Minister"),
    Case("direct-split-quote-one-claim",
         "“The dam held,” engineer Tom Reyes said, “but the pressure is still rising.”",
         "The dam held,” engineer Tom Reyes said, “but the pressure is still rising.",
         "direct", "said", "Tom Reyes", "person", "engineer"),
    Case("direct-quote-spanning-paragraphs-first-paragraph",
         "Prime Minister Jan Novak spoke to reporters on Monday.\n"
         "“We have made mistakes. We will fix them.\n“Nobody will be left behind,” Novak said.",
         "We have made mistakes. We will fix them.",
         "direct", "said", "Jan Novak", "person", "Prime Minister", mention="Novak"),
    Case("direct-quote-spanning-paragraphs-second-paragraph",
         "Prime Minister Jan Novak spoke to reporters on Monday.\n"
         "“We have made mistakes. We will fix them.\n“Nobody will be left behind,” Novak said.",
         "Nobody will be left behind",
         "direct", "said", "Jan Novak", "person", "Prime Minister", mention="Novak"),
    Case("direct-continuation-paragraph-keeps-speaker",
         "“The river rose four feet overnight,” said Carla Diaz, a county spokeswoman.\n"
         "“Evacuations are under way in three towns.”",
         "Evacuations are under way in three towns.", "direct", None, "Carla Diaz", "person",
         "county spokeswoman", mention=None),
    Case("direct-pronoun-resolved-to-previous-subject",
         "Finance Minister Karin Lund presented the budget on Monday.\n“We cannot spend what we do not have,” she said.",
         "We cannot spend what we do not have", "direct", "said", "Karin Lund", "person",
         "Finance Minister", mention="she"),
    Case("pronoun-skips-subjects-inside-the-quote",
         "Mayor John Okafor spoke on Monday.\n“Putin will never stop,” he said.",
         "Putin will never stop", "direct", "said", "John Okafor", "person", "Mayor", mention="he"),
    Case("direct-guillemets",
         "«We will not give up an inch», the commander said.",
         "We will not give up an inch", "direct", "said", "the commander", "person", "commander"),
    Case("direct-british-single-quotes-quote-turn",
         "‘We will not be bullied,’ the prime minister told MPs. ‘Britain’s position hasn’t changed.’",
         "We will not be bullied,’ the prime minister told MPs. ‘Britain’s position hasn’t changed.", "direct",
         "told", "the prime minister", "person", "prime minister"),
    Case("direct-british-single-quotes-continuation-keeps-apostrophes",
         "‘We will not be bullied,’ the prime minister told MPs.\n‘Britain’s position hasn’t changed.’",
         "Britain’s position hasn’t changed.", "direct", None, "the prime minister", "person",
         "prime minister", mention=None),
    Case("direct-long-speaker-phrase-after-quote",
         "“People are drinking from the same rivers,” Fatuma Abdi, a nurse at a clinic in the northern town "
         "of Garissa who has worked there for 12 years, said on Tuesday.",
         "People are drinking from the same rivers", "direct", "said", "Fatuma Abdi", "person",
         "nurse at a clinic in the northern town of Garissa"),
    Case("direct-question-asked",
         "“Why now?” she asked. “Nobody warned us.”",
         "Why now?” she asked. “Nobody warned us.", "direct", "asked", "she", "person", mention="she"),
    Case("direct-according-to-after-quote",
         "“The economy is recovering,” according to a statement from the central bank.",
         "The economy is recovering", "direct", "according to", "the central bank", "organization"),
    Case("direct-added-colon",
         "Finance Minister Karin Lund spoke on Monday. She added: “We are ready to talk, but not under threat.”",
         "We are ready to talk, but not under threat.", "direct", "added", "Karin Lund", "person",
         "Finance Minister", mention="She"),
    Case("direct-affiliation-as-role",
         "“This was overdue,” said Kevin Marsh of Marsh Research.",
         "This was overdue", "direct", "said", "Kevin Marsh", "person", "Marsh Research"),
    Case("parenthetical-cue-inside-content",
         "The plan, officials said, would cost 40 million dollars.",
         "The plan, officials said, would cost 40 million dollars", "indirect", "said", "officials", "group"),
    Case("the-company-refers-back-to-named-company",
         "Orbital Systems Inc. cut 12,000 jobs on Thursday. The company said demand had slowed.",
         "demand had slowed", "indirect", "said", "Orbital Systems Inc.", "organization", mention="The company"),
    Case("the-government-refers-back-to-country",
         "Japan sent 200 troops to the region. The government said more would follow.",
         "more would follow", "indirect", "said", "Japan", "country", mention="The government"),
    Case("coordinated-speakers-are-a-group",
         "Russia and China said the resolution was unbalanced.",
         "the resolution was unbalanced", "indirect", "said", "Russia and China", "group"),
    Case("report-before-semicolon-is-its-own-claim",
         "Prosecutors said Smith had taken $2 million in bribes; his lawyer denied the charges and said "
         "his client would plead not guilty.",
         "Smith had taken $2 million in bribes", "indirect", "said", "Prosecutors", "group"),
    Case("conjoined-cue-after-semicolon-shares-speaker",
         "Prosecutors said Smith had taken $2 million in bribes; his lawyer denied the charges and said "
         "his client would plead not guilty.",
         "his client would plead not guilty", "indirect", "said", "his lawyer", "person", "lawyer"),
    Case("document-finding-speaks-for-its-author",
         "The report, published by the Institute for Economic Research on Monday, found that wages had "
         "fallen 3% in real terms.",
         "wages had fallen 3% in real terms", "indirect", "found", "Institute for Economic Research",
         "organization"),
    Case("two-speakers-in-one-sentence",
         "The mayor said the bridge was safe, while engineers said it needed urgent repairs.",
         "it needed urgent repairs", "indirect", "said", "engineers", "group"),
    Case("indirect-said-that-organization",
         "Acme Corp. said that its profits rose 12 percent in 2023.",
         "its profits rose 12 percent in 2023", "indirect", "said", "Acme Corp.", "organization"),
    Case("indirect-cue-after-content-nominal-speaker",
         "Inflation will slow next year, the central bank’s chief economist said.",
         "Inflation will slow next year", "indirect", "said", "the central bank’s chief economist",
         "person", "central bank’s chief economist"),
    Case("indirect-said-x-the-y-of-z",
         "Rents have doubled since 2019, said Priya Shah, the director of the Housing Institute.",
         "Rents have doubled since 2019", "indirect", "said", "Priya Shah", "person",
         "director of the Housing Institute"),
    Case("indirect-told-reporters-that",
         "Senator Mark Ellis told reporters that the bill would pass by Friday. Ellis added that the vote could be delayed.",
         "the bill would pass by Friday", "indirect", "told", "Mark Ellis", "person", "Senator"),
    Case("indirect-added-that-surname-resolved",
         "Senator Mark Ellis told reporters that the bill would pass by Friday. Ellis added that the vote could be delayed.",
         "the vote could be delayed", "indirect", "added", "Mark Ellis", "person", "Senator", mention="Ellis"),
    Case("according-to-x-first",
         "According to the World Health Organization, cholera cases rose by 30% in March.",
         "cholera cases rose by 30% in March", "indirect", "according to", "World Health Organization",
         "organization"),
    Case("according-to-x-last-group",
         "More than 1,200 homes were destroyed, according to local officials.",
         "More than 1,200 homes were destroyed", "indirect", "according to", "local officials", "group"),
    Case("said-in-a-statement",
         "The Interior Ministry said in a statement that 14 people were arrested.",
         "14 people were arrested", "indirect", "said", "Interior Ministry", "organization",
         mention="Interior Ministry"),
    Case("statement-from-organization-speaks-for-it",
         "A statement from the Foreign Ministry said the ambassador had been summoned.",
         "the ambassador had been summoned", "indirect", "said", "Foreign Ministry", "organization"),
    Case("said-a-adding-that-b-first",
         "Governor Lisa Park said the bridge would reopen in May, adding that repairs would cost $4.5 million.",
         "the bridge would reopen in May", "indirect", "said", "Lisa Park", "person", "Governor"),
    Case("said-a-adding-that-b-second",
         "Governor Lisa Park said the bridge would reopen in May, adding that repairs would cost $4.5 million.",
         "repairs would cost $4.5 million", "indirect", "adding", "Lisa Park", "person", "Governor"),
    Case("present-tense-says-appositive-role",
         "Dr. Amir Haddad, a cardiologist at City Hospital, says most heart attacks are preventable.",
         "most heart attacks are preventable", "indirect", "says", "Amir Haddad", "person",
         "cardiologist at City Hospital"),
    Case("warned-abbreviation-canonical",
         "The IMF warned that global growth would slow to 2.9 percent.",
         "global growth would slow to 2.9 percent", "indirect", "warned", "International Monetary Fund",
         "organization", mention="The IMF"),
    Case("estimated-organization-noun",
         "Police estimated that about 5,000 people attended the rally.",
         "about 5,000 people attended the rally", "indirect", "estimated", "Police", "organization"),
    Case("he-resolves-to-mayor",
         "Mayor John Okafor visited the flooded district on Sunday. He said dozens of homes had been damaged.",
         "dozens of homes had been damaged", "indirect", "said", "John Okafor", "person", "Mayor", mention="He"),
    Case("the-officer-refers-back-to-anonymous-officer",
         "A senior police officer, speaking on condition of anonymity, said the suspect had been arrested. "
         "The officer added that no one else was being sought.",
         "no one else was being sought", "indirect", "added", "A senior police officer", "anonymous",
         "senior police officer", mention="The officer"),
    Case("the-spokesman-refers-back-to-named-spokesman",
         "Defense Ministry spokesman Igor Petrenko said the drills had ended. The spokesman added that all troops had returned to their bases.",
         "all troops had returned to their bases", "indirect", "added", "Igor Petrenko", "person",
         "Defense Ministry spokesman", mention="The spokesman"),
    Case("the-minister-refers-back-to-named-minister",
         "Finance Minister Karin Lund presented the budget on Monday. The minister said spending on schools would rise.",
         "spending on schools would rise", "indirect", "said", "Karin Lund", "person", "Finance Minister",
         mention="The minister"),
    Case("the-un-canonical",
         "The U.N. said the convoy reached Aleppo.",
         "the convoy reached Aleppo", "indirect", "said", "United Nations", "organization", mention="The U.N."),
    Case("country-speaker",
         "Japan said it would send 200 troops.",
         "it would send 200 troops", "indirect", "said", "Japan", "country"),
    Case("national-authorities-organization",
         "Turkish authorities said 42 people had been detained.",
         "42 people had been detained", "indirect", "said", "Turkish authorities", "organization"),
    Case("anonymous-officials",
         "Two officials who spoke on condition of anonymity said the plan had been shelved.",
         "the plan had been shelved", "indirect", "said", "Two officials", "anonymous"),
    Case("sources-said-anonymous",
         "Sources said the deal was signed on Monday.",
         "the deal was signed on Monday", "indirect", "said", "Sources", "anonymous"),
    Case("witnesses-group",
         "Witnesses said the gunman fired at least 20 shots.",
         "the gunman fired at least 20 shots", "indirect", "said", "Witnesses", "group"),
    Case("mixed-partial-quote",
         "Ms. Chen said the proposal was “dead on arrival” and would not be revived.",
         "the proposal was “dead on arrival” and would not be revived", "mixed", "said", "Chen", "person"),
    Case("mixed-quote-ending-sentence-keeps-marks",
         "The senator wrote on Twitter that the vote was “a disgrace.”",
         "the vote was “a disgrace.”", "mixed", "wrote", "The senator", "person", "senator"),
    Case("said-a-but-that-b-is-one-claim",
         "The minister said the talks were difficult but that a deal was still possible.",
         "the talks were difficult but that a deal was still possible", "indirect", "said",
         "The minister", "person", "minister"),
    Case("insisted-appositive-name",
         "The company’s chief executive, Laura Kim, insisted that no data had been lost.",
         "no data had been lost", "indirect", "insisted", "Laura Kim", "person", "company’s chief executive"),
    Case("denied-organization-noun",
         "The airline denied that the pilots had been fatigued.",
         "the pilots had been fatigued", "indirect", "denied", "The airline", "organization"),
    Case("relative-who-speaker-is-a-person",
         "Smith, who has led the agency since 2019, said the budget cuts would cost 300 jobs.",
         "the budget cuts would cost 300 jobs", "indirect", "said", "Smith", "person"),
    Case("cognition-verb-with-third-party",
         "Officials believe the fire was started deliberately.",
         "the fire was started deliberately", "indirect", "believe", "Officials", "group"),
    Case("tweeted-with-quoted-fragment",
         "Prime Minister Narendra Modi tweeted that he had spoken with the state’s chief minister "
         "and promised “all possible support.”",
         "he had spoken with the state’s chief minister and promised “all possible support.”", "mixed",
         "tweeted", "Narendra Modi", "person", "Prime Minister"),
    Case("relative-clause-report-what-x-said",
         "The blast, which officials said was caused by a gas leak, destroyed two buildings.",
         "was caused by a gas leak", "indirect", "said", "officials", "group"),
    Case("surname-joins-full-name-the-recogniser-missed",
         "Gareth Hollings runs the ferry service. Hollings said the crossings would resume on Monday.",
         "the crossings would resume on Monday", "indirect", "said", "Gareth Hollings", "person",
         mention="Hollings"),
    Case("surname-joins-full-name-typed-as-body",
         "Darnell Price scored twice in the second half. “We finally found our rhythm,” said Price.",
         "We finally found our rhythm", "direct", "said", "Darnell Price", "person", mention="Price"),
    Case("first-word-of-company-name",
         "Kestrel Airlines reported a loss on Monday. Kestrel said fuel costs had doubled.",
         "fuel costs had doubled", "indirect", "said", "Kestrel Airlines", "organization",
         mention="Kestrel"),
    Case("acronym-after-full-name",
         "The Office for Budget Responsibility (OBR) published its forecast on Wednesday. "
         "The OBR said growth would slow to 1 percent next year.",
         "growth would slow to 1 percent next year", "indirect", "said", "Office for Budget Responsibility",
         "organization", mention="The OBR"),
    Case("role-for-body-then-name-appositive",
         "A spokesman for Dunmore Rail, Felix Arden, said the line would reopen on Friday.",
         "the line would reopen on Friday", "indirect", "said", "Felix Arden", "person",
         "spokesman for Dunmore Rail"),
    Case("definite-role-with-affiliation-refers-back",
         "A spokesman for Dunmore Rail, Felix Arden, said the line would reopen on Friday. "
         "The spokesman for Dunmore Rail said buses would replace trains until then.",
         "buses would replace trains until then", "indirect", "said", "Felix Arden", "person",
         "spokesman for Dunmore Rail", mention="The spokesman for Dunmore Rail"),
    Case("definite-role-with-other-affiliation-is-someone-else",
         "A spokesman for the Navy, Carl Boyd, said the ship was safe. "
         "The spokesman for the Army said the troops had left.",
         "the troops had left", "indirect", "said", "The spokesman for the Army", "person",
         "spokesman for the Army"),
    Case("the-company-refers-to-a-company-without-suffix",
         "Orvane Motors recalled 90,000 vans on Tuesday. The company said no injuries had been reported.",
         "no injuries had been reported", "indirect", "said", "Orvane Motors", "organization",
         mention="The company"),
    Case("the-regulator-refers-to-a-commission",
         "The Charity Commission opened an inquiry into the fund. "
         "The regulator said it had frozen the fund's accounts.",
         "it had frozen the fund's accounts", "indirect", "said", "Charity Commission", "organization",
         mention="The regulator"),
    Case("the-museum-refers-to-a-name-holding-museum",
         "The Halden Museum of Science reopened on Saturday. The museum said visitor numbers had doubled.",
         "visitor numbers had doubled", "indirect", "said", "Halden Museum of Science", "organization",
         mention="The museum"),
    Case("according-to-people-familiar-keeps-post-modifier",
         "The airline plans to cut 40 routes, according to three people familiar with the plans.",
         "The airline plans to cut 40 routes", "indirect", "according to",
         "three people familiar with the plans", "anonymous"),
    Case("study-published-in-journal-keeps-participle",
         "A study published in the Lancet found that shift work raises the risk of diabetes.",
         "shift work raises the risk of diabetes", "indirect", "found",
         "A study published in the Lancet", "organization"),
    Case("pronoun-takes-the-appositive-not-the-possessor",
         "Mary Okoro painted the mural in 1970. Okoro's nephew, Daniel Okoro, 48, restored it last year. "
         "He said the paint had faded badly.",
         "the paint had faded badly", "indirect", "said", "Daniel Okoro", "person", "Okoro's nephew",
         mention="He"),
    Case("pronoun-prefers-the-gender-taught-by-her",
         "Senator Joan Pryce met the families on Monday. Her aide, Tom Blake, drove them home. "
         "She said the meeting was productive.",
         "the meeting was productive", "indirect", "said", "Joan Pryce", "person", "Senator", mention="She"),
    Case("pronoun-keeps-the-speaker-just-introduced",
         "Mayor Ann Cole said the roads were clear. The fire chief, Dana Wells, said crews had worked "
         "all night. She said more snow was expected.",
         "more snow was expected", "indirect", "said", "Dana Wells", "person", "fire chief", mention="She"),
    Case("told-listener-with-place-phrase-that",
         "Finance chief Omar Reyes told investors on a call Thursday that orders had slowed in Asia.",
         "orders had slowed in Asia", "indirect", "told", "Omar Reyes", "person", "Finance chief"),
    Case("one-of-the-officials-is-not-generic-one",
         "The strike could end by Friday, one of the officials said.",
         "The strike could end by Friday", "indirect", "said", "one of the officials", "person",
         "one of the officials"),
    Case("document-post-modifier-without-its-date",
         "Official figures published last month showed that 12,000 homes were built in the region.",
         "12,000 homes were built in the region", "indirect", "showed", "Official figures", "organization"),
    Case("one-of-the-people-joins-the-group-named-before",
         "The airline plans to cut 40 routes, according to three people familiar with the plans. "
         "The cuts could start in May, one of the people said.",
         "The cuts could start in May", "indirect", "said", "one of the people familiar with the plans",
         "anonymous", "one of the people", mention="one of the people"),
    Case("the-person-refers-back-to-one-of-the-people",
         "The airline plans to cut 40 routes, according to three people familiar with the plans. "
         "The cuts could start in May, one of the people said. Pilots have not been told, the person added.",
         "Pilots have not been told", "indirect", "added", "one of the people familiar with the plans",
         "anonymous", "one of the people", mention="the person"),
    Case("the-minister-is-not-the-former-minister",
         "Health Minister Ana Silva said the clinics would open in June. Former health minister Rui Costa "
         "said the plan was late. The minister said funding was secured.",
         "funding was secured", "indirect", "said", "Ana Silva", "person", "Health Minister",
         mention="The minister"),
    Case("lede-role-named-in-the-next-paragraph",
         "Rail fares in England will rise by 4 percent in March, the transport secretary has announced.\n\n"
         "Helen Marr told ITV News that the increase was the smallest in five years.\n\n"
         "Shadow transport secretary Paul Nye said the rise was a betrayal. "
         "The transport secretary added that more trains would run.",
         "Rail fares in England will rise by 4 percent in March", "indirect", "announced", "Helen Marr",
         "person", "transport secretary", mention="the transport secretary"),
    Case("role-refers-back-past-the-shadow-holder",
         "Rail fares in England will rise by 4 percent in March, the transport secretary has announced.\n\n"
         "Helen Marr told ITV News that the increase was the smallest in five years.\n\n"
         "Shadow transport secretary Paul Nye said the rise was a betrayal. "
         "The transport secretary added that more trains would run.",
         "more trains would run", "indirect", "added", "Helen Marr", "person", "transport secretary",
         mention="The transport secretary"),
    Case("content-stops-before-writer-participle",
         "Tavira Foods said on Monday that its sales fell 12 percent, sending its shares down 6 percent.",
         "its sales fell 12 percent", "indirect", "said", "Tavira Foods", "organization"),
    Case("researchers-found-that",
         "The researchers, who followed 3,000 nurses for a decade, found that night shifts raised the risk of asthma.",
         "night shifts raised the risk of asthma", "indirect", "found", "The researchers", "group"),
    Case("lede-body-named-in-the-next-paragraph",
         "Wait times at the county's clinics have doubled in a year, the health regulator has found.\n\n"
         "Inspectors from the Healthcare Standards Board visited six clinics in May.",
         "Wait times at the county's clinics have doubled in a year", "indirect", "found",
         "Healthcare Standards Board", "organization", mention="the health regulator"),
    Case("according-to-mid-sentence-drops-writer-elaboration",
         "Harlow Foods is in talks to buy Penrose for about 1 billion pounds, according to two people "
         "familiar with the matter, in a deal that would create the largest grocer in Wales.",
         "Harlow Foods is in talks to buy Penrose for about 1 billion pounds", "indirect", "according to",
         "two people familiar with the matter", "anonymous"),
    Case("according-to-mid-sentence-keeps-coordinated-clause",
         "The plant will close in June, according to the union, and 300 workers will lose their jobs.",
         "The plant will close in June, according to the union, and 300 workers will lose their jobs",
         "indirect", "according to", "the union", "organization"),
    Case("the-bank-refers-to-the-latest-company",
         "Analysts at Brightwater Capital cut their forecast on Monday. The bank said demand had weakened.",
         "demand had weakened", "indirect", "said", "Brightwater Capital", "organization", mention="The bank"),
    Case("role-after-an-age-appositive",
         "“The water came in so fast,” said Ines Barros, 61, a baker who lives by the river.",
         "The water came in so fast", "direct", "said", "Ines Barros", "person", "baker"),
    Case("pronoun-skips-a-party-word-described-by-a-clause",
         "Rep. Tom Greer, a Democrat from Houston who leads the committee, said the plan was costly. "
         "He said rural districts would lose money.",
         "rural districts would lose money", "indirect", "said", "Tom Greer", "person",
         "Rep.", mention="He"),
    Case("the-journal-refers-to-the-name-it-introduced",
         "Sleep is falling, according to a study in the journal Sleep Letters. "
         "Two of the authors were paid by a mattress maker, the journal disclosed.",
         "Two of the authors were paid by a mattress maker", "indirect", "disclosed", "Sleep Letters",
         "organization", mention="the journal"),
    Case("the-bureau-refers-back-to-the-agency",
         "Lake Mead has shrunk by 20%, according to the U.S. Bureau of Reclamation. "
         "The lake stood at 1,052 feet on Monday, the bureau said.",
         "The lake stood at 1,052 feet on Monday", "indirect", "said", "U.S. Bureau of Reclamation",
         "organization", mention="the bureau"),
    Case("descriptive-company-phrase-refers-back",
         "Kestrel Outdoor Brands cut its sales forecast on Thursday. The Portland, Oregon-based company "
         "said that it now expected revenue of $2 billion.",
         "it now expected revenue of $2 billion", "indirect", "said", "Kestrel Outdoor Brands",
         "organization", mention="The Portland, Oregon-based company"),
    Case("police-refers-to-the-police-department-named-before",
         "Officers arrested him at 3 a.m., according to a Springfield Police Department news release. "
         "Police said the truck had been stolen.",
         "the truck had been stolen", "indirect", "said", "Springfield Police Department",
         "organization", mention="Police"),
    Case("lede-police-named-by-the-department-in-the-next-paragraph",
         "A man drove a truck into a pharmacy early Sunday, police said.\n\n"
         "He was found hiding on Mohawk Boulevard, according to a Springfield Police Department news release.",
         "A man drove a truck into a pharmacy early Sunday", "indirect", "said",
         "Springfield Police Department", "organization", mention="police"),
    Case("data-speaks-for-the-body-that-compiled-it",
         "The school district said classes would go on. About 31,000 students ride city buses, "
         "according to district figures.",
         "About 31,000 students ride city buses", "indirect", "according to", "The school district",
         "organization", mention="district"),
    Case("data-speaks-for-the-named-compiler",
         "Analysts had expected $2.2 billion, according to LSEG data.",
         "Analysts had expected $2.2 billion", "indirect", "according to", "LSEG", "organization"),
    Case("pronoun-skips-a-subject-inside-reported-content",
         "The former chairman, Dale Hurst, said the board had relied on what Mr. Lamb told it.\n"
         "“We were a board of farmers and a dentist,” he said.",
         "We were a board of farmers and a dentist", "direct", "said", "Dale Hurst", "person",
         "former chairman", mention="he"),
    Case("first-name-the-recogniser-left-out",
         "City levelled through a long ball from goalkeeper Anders Holm.\n"
         "Holm, who made four saves, said the team never doubted it could come back.",
         "the team never doubted it could come back", "indirect", "said", "Anders Holm", "person",
         "goalkeeper", mention="Holm"),
    Case("british-dr-without-stop-before-an-unrecognised-surname",
         "The trust’s chief executive, Dr Helen Marsh, apologised.\n"
         "‘Every one of those delays represents a person who was frightened, and we let them down,’ Dr Marsh said. "
         "‘I am not going to pretend otherwise.’",
         "Every one of those delays represents a person who was frightened, and we let them down,’ Dr Marsh said. "
         "‘I am not going to pretend otherwise.",
         "direct", "said", "Helen Marsh", "person", "trust’s chief executive", mention="Marsh"),
    Case("document-seen-by-a-newspaper-speaks-for-itself",
         "A police report obtained by the Willamette Courier shows that officers found cash in the truck.",
         "officers found cash in the truck", "indirect", "shows", "A police report", "organization"),
    Case("the-report-refers-back-to-the-document-obtained",
         "A police report obtained by the Willamette Courier shows that officers found cash in the truck. "
         "According to the report, the alarm went off at 2:48 a.m.",
         "the alarm went off at 2:48 a.m.", "indirect", "according to", "A police report", "organization",
         mention="the report"),
    Case("descriptive-noun-with-a-named-body-in-apposition",
         "The referees’ body, the Match Officials Association, said it would review the incident.",
         "it would review the incident", "indirect", "said", "Match Officials Association", "organization"),
    Case("content-stops-before-the-speakers-next-act",
         "Interior Secretary Daniel Okoro said the cuts were painful and called the agreement a model.",
         "the cuts were painful", "indirect", "said", "Daniel Okoro", "person", "Interior Secretary"),
    Case("content-stops-before-but-cautioned",
         "Outside experts said the study was well designed but cautioned against overstating it.",
         "the study was well designed", "indirect", "said", "Outside experts", "group"),
    Case("police-rank-abbreviation-does-not-end-the-sentence",
         "Officers arrived within minutes.\n"
         "\"Our officers were on scene very quickly,\" Sgt. Tanya Reeves, a department spokeswoman, said Monday.",
         "Our officers were on scene very quickly", "direct", "said", "Tanya Reeves", "person",
         "Sgt."),
    Case("according-to-at-the-end-covers-both-conjuncts",
         "Managers had been warned about the risk in 2023 but had not acted, according to the review.",
         "Managers had been warned about the risk in 2023 but had not acted", "indirect", "according to",
         "the review", "organization"),
    Case("according-to-after-a-clause-with-its-own-subject-covers-that-clause",
         "The bank had been the largest lender to farmers, and its buyer has been slower to lend, "
         "according to several farmers.",
         "its buyer has been slower to lend", "indirect", "according to", "several farmers", "group"),
    Case("according-to-after-a-relative-clause-covers-the-sentence",
         "The fourth victim was a truck driver whose tractor-trailer was blown off Interstate 20, "
         "according to the Alabama Law Enforcement Agency.",
         "The fourth victim was a truck driver whose tractor-trailer was blown off Interstate 20", "indirect",
         "according to", "Alabama Law Enforcement Agency", "organization"),
    Case("verb-sharing-the-modal-stays-in-the-claim",
         "The local MP, Sajid Rahman, said he would attend and ‘ask the questions patients deserve answers to’.",
         "he would attend and ‘ask the questions patients deserve answers to’", "mixed", "said",
         "Sajid Rahman", "person", "local MP"),
    Case("she-does-not-pass-over-a-subject-with-a-man-in-between",
         "One patient, Margaret Doyle, 67, waited 94 days for a scan.\n"
         "‘By the time they found it, it had spread,’ Mrs Doyle said.\n"
         "Her son, Daniel Doyle, said the family had considered legal action.\n"
         "The shadow health secretary, Fiona Blake, described the findings as shocking.\n"
         "‘This is not a one-off,’ she told BBC Radio Manchester.",
         "This is not a one-off", "direct", "told", "Fiona Blake", "person", "shadow health secretary",
         mention="she"),
    Case("the-officer-is-not-a-counted-group-of-officers",
         "Three loan officers, who spoke on condition of anonymity, said the loans were approved twice.\n"
         "“People laughed,” the former officer said.",
         "People laughed", "direct", "said", "the former officer", "person", "former officer"),
    Case("unrecognised-company-with-a-plural-name-is-the-company",
         "(Reuters) - Kestrel Outdoor Brands on Thursday cut its full-year sales forecast for the second time "
         "in three months, blaming a warm winter.\n"
         "The Portland, Oregon-based company said in a statement that it now expected revenue of $2 billion.",
         "it now expected revenue of $2 billion", "indirect", "said", "Kestrel Outdoor Brands", "organization",
         mention="The Portland, Oregon-based company"),
    Case("they-refers-to-a-plural-people-subject",
         "Kestrel Outdoor Brands cut its forecast on Thursday. Analysts at Bristow Capital cut their price "
         "target. In a note to clients, they wrote that the company relied on a single season.",
         "the company relied on a single season", "indirect", "wrote", "Analysts at Bristow Capital", "group",
         mention="they"),
    Case("bare-quantifier-speaker-refers-to-the-latest-group",
         "In Pelham, residents picked through what remained of their homes. Many said they had only "
         "minutes of warning.",
         "they had only minutes of warning", "indirect", "said", "residents", "group", mention="Many"),
    Case("the-document-refers-to-the-latest-document",
         "An internal review found that 412 patients waited too long. Managers had been warned about "
         "the risk, according to the document.",
         "Managers had been warned about the risk", "indirect", "according to", "An internal review",
         "organization", mention="the document"),
    Case("a-count-by-a-newspaper-found",
         "A count by the Austin Ledger found that at least 74 House members publicly support the bill.",
         "at least 74 House members publicly support the bill", "indirect", "found", "Austin Ledger",
         "organization"),
    Case("british-prof-title-is-not-the-role",
         "Prof Alison Kerr, the hospital's medical director, said the wards were full.",
         "the wards were full", "indirect", "said", "Alison Kerr", "person", "hospital's medical director"),
    Case("second-that-clause-after-a-partial-quote-stays-in-the-claim",
         'The Fed said inflation had "made further progress" toward its 2% objective but remained '
         '"somewhat elevated," and that job gains had slowed.',
         'inflation had "made further progress" toward its 2% objective but remained "somewhat elevated," '
         "and that job gains had slowed",
         "mixed", "said", "Fed", "organization", mention="The Fed"),
    Case("just-as-dates-the-event-and-stays-in-the-claim",
         "The disruption began at about 11:40 a.m. Eastern time, just as the lunch rush was starting on the "
         "East Coast, and was not fully resolved until after 8 p.m., the company said in a blog post.",
         "The disruption began at about 11:40 a.m. Eastern time, just as the lunch rush was starting on the "
         "East Coast, and was not fully resolved until after 8 p.m.",
         "indirect", "said", "the company", "organization"),
    Case("results-from-a-body-speak-for-it",
         "With 87% of the votes counted, she led 54% to 46%, according to unofficial results from the "
         "Franklin County Board of Elections.",
         "With 87% of the votes counted, she led 54% to 46%", "indirect", "according to",
         "Franklin County Board of Elections", "organization"),
    Case("the-agency-means-the-public-body-named-before",
         "Visits nearly doubled, the Centers for Disease Control and Prevention said on Thursday. Most "
         "of the visits occurred in summer, the agency said.",
         "Most of the visits occurred in summer", "indirect", "said",
         "Centers for Disease Control and Prevention", "organization", mention="the agency"),
    Case("an-acronym-that-kept-its-letters-when-the-name-grew",
         "Visits nearly doubled, the Centers for Disease Control and Prevention said on Thursday. "
         "The CDC said it would update its guidance.",
         "it would update its guidance", "indirect", "said",
         "Centers for Disease Control and Prevention", "organization", mention="The CDC"),
    Case("a-company-short-name-means-the-name-with-its-suffix",
         "Tillwave Inc., whose software runs 140,000 checkout counters, said a faulty update was to blame. "
         "In a blog post, Tillwave said the update had a configuration error.",
         "the update had a configuration error", "indirect", "said", "Tillwave Inc.", "organization",
         mention="Tillwave"),
    Case("a-platform-posted-on-is-not-the-company",
         "Tillwave Inc. said on Wednesday that a faulty update was to blame. A restaurant owner posted on "
         "LinkedIn that her staff wrote numbers on napkins. Tillwave, which went public in 2021, processed "
         "$61 billion last year. In a filing, the company warned that a long outage could cost it customers.",
         "a long outage could cost it customers", "indirect", "warned", "Tillwave Inc.", "organization",
         mention="the company"),
    Case("a-name-the-parser-left-without-its-verb-is-still-the-subject",
         "Analyst Rosa Delgado said a faulty update was to blame. Keisha Morrow, who owns two barbecue restaurants "
         "in Durham, North Carolina, posted on LinkedIn that her staff had written customers' phone numbers "
         "on napkins. Most of them paid later, she said.",
         "Most of them paid later", "indirect", "said", "Keisha Morrow", "person", mention="she"),
    Case("the-report-means-who-said-something-in-it",
         "Visits nearly doubled, the Centers for Disease Control and Prevention said in a report released "
         "Thursday. According to the report, there were at least 31,800 visits in 2024.",
         "there were at least 31,800 visits in 2024", "indirect", "according to",
         "Centers for Disease Control and Prevention", "organization", mention="the report"),
    Case("the-report-means-the-body-it-came-from",
         "A new report from the Great Lakes Energy Policy Institute, a research group in Madison, takes on "
         "the question. The report concluded that the meters had delivered modest savings.",
         "the meters had delivered modest savings", "indirect", "concluded",
         "Great Lakes Energy Policy Institute", "organization", mention="The report"),
    Case("a-quoted-nickname-inside-a-name-is-left-out",
         " date 2024-02-11 Thomas “Tuck” Varney, a self-taught naturalist, died on Feb. 8 at his home. "
         "He was 87.\nHis son, Peter Varney, said the family was grateful.\n"
         "Mr. Varney told The Boston Globe in 2015 that he had never thought of himself as a scientist.",
         "he had never thought of himself as a scientist", "indirect", "told", "Thomas Varney", "person",
         "self-taught naturalist", mention="Varney"),
    Case("his-daughter-means-the-daughter-named-before",
         "The cause was complications of Parkinson’s disease, his daughter, Claire Varney Holt, said.\n"
         "He answered letters from children by hand, according to his daughter.",
         "He answered letters from children by hand", "indirect", "according to", "Claire Varney Holt",
         "person", "daughter", mention="his daughter"),
    Case("a-wife-named-in-apposition-is-not-he",
         "Thomas Varney, a self-taught naturalist, died on Feb. 8.\nHis wife of 51 years, the former Ellen "
         "Marchetti, died in 2011. In addition to his daughter, he is survived by a sister.\nIn its final "
         "pages, he wrote that he hoped to be remembered for the places he loved.",
         "he hoped to be remembered for the places he loved", "indirect", "wrote", "Thomas Varney", "person",
         "self-taught naturalist", mention="he"),
    Case("an-appositive-clause-after-the-claim-stays-in-it",
         "They say the real payoff comes from pricing plans that charge more during peak hours, something "
         "the old meters could never support.",
         "the real payoff comes from pricing plans that charge more during peak hours, something the old "
         "meters could never support", "indirect", "say", "They", "group"),
    Case("a-participle-before-the-closing-attribution-is-part-of-the-claim",
         "HARLOW FALLS - A fire tore through the long-vacant Bellamy Textile Mill early Tuesday, sending a "
         "column of black smoke over downtown and forcing dozens of families from their homes before dawn, "
         "fire officials said.",
         "A fire tore through the long-vacant Bellamy Textile Mill early Tuesday, sending a column of black "
         "smoke over downtown and forcing dozens of families from their homes before dawn",
         "indirect", "said", "fire officials", "group"),
    Case("said-at-an-occasion-that-even-when-parsed-as-a-relative-clause",
         "Meteorologist Jordan Feld said during the afternoon briefing that winds should ease somewhat by "
         "Wednesday but that humidity would stay in the single digits.",
         "winds should ease somewhat by Wednesday but that humidity would stay in the single digits",
         "indirect", "said", "Jordan Feld", "person", "Meteorologist"),
    Case("closing-attribution-the-parser-conjoined-to-the-first-clause",
         "No one was injured, but the four-story brick building, a fixture of the riverfront since 1887, is "
         "likely a total loss, Fire Chief Dana Kowal said at the scene.",
         "No one was injured, but the four-story brick building, a fixture of the riverfront since 1887, is "
         "likely a total loss", "indirect", "said", "Dana Kowal", "person", "Fire Chief"),
    Case("a-conditional-inside-the-claim-is-not-a-question",
         "The minister said if the talks fail, the fighting will go on for months.",
         "if the talks fail, the fighting will go on for months", "indirect", "said", "The minister",
         "person", "minister"),
    Case("as-x-put-it",
         "As Winston Churchill put it, “However beautiful the strategy, you should occasionally look at the results.”",
         "However beautiful the strategy, you should occasionally look at the results.", "direct", "put",
         "Winston Churchill", "person"),
    Case("she-puts-it-simply-colon",
         "Gloria Tran runs the café. Asked about her late husband, she doesn’t hesitate. She puts it simply: "
         "“He’d say we need more tables.”",
         "He’d say we need more tables.", "direct", "puts", "Gloria Tran", "person", mention="She"),
    Case("reminded-jurors-that-keeps-the-open-question-inside",
         "Defense attorney Raymond Ochoa spoke last. He reminded jurors that the state's own fire "
         "investigator had been unable to say for certain how the fire began.",
         "the state's own fire investigator had been unable to say for certain how the fire began",
         "indirect", "reminded", "Raymond Ochoa", "person", "Defense attorney", mention="He"),
    Case("grumbled-that",
         "But some scientists grumbled that his films romanticized the marshes.",
         "his films romanticized the marshes", "indirect", "grumbled", "some scientists", "group"),
    Case("said-at-the-time-that",
         "The station said at the time that it stood by “every frame” of the episode.",
         "it stood by “every frame” of the episode", "mixed", "said", "The station", "organization"),
    Case("a-name-the-parser-took-for-an-adverb",
         "Mark Tolliver ran for mayor. Tolliver conceded in a speech shortly before 11 p.m. that the night "
         "had not gone his way.",
         "the night had not gone his way", "indirect", "conceded", "Mark Tolliver", "person",
         mention="Tolliver"),
    Case("someone-described-before-being-named-gets-the-name",
         "“We thought nobody would come,” says Gloria Tran, who started the café.\n"
         "A woman in a yellow raincoat sets a toaster on the counter at the first table.\n"
         "“It was my mother’s,” she says, running a thumb along its side.\n"
         "“I’ve been coming since the first month,” says the woman, Ana Reyes, 61, a school bus driver.",
         "It was my mother’s", "direct", "says", "Ana Reyes", "person", "woman in a yellow raincoat",
         mention="she"),
    Case("the-former-officer-is-not-a-senior-officer",
         "Three loan officers, who spoke on the condition of anonymity, said the chief overrode the committee.\n"
         "One of them recalled a meeting at which a senior officer asked whether the bank could survive.\n"
         "“People laughed. I didn’t,” the former officer said.",
         "People laughed. I didn’t", "direct", "said", "the former officer", "person", "former officer"),
    Case("a-slogan-after-a-relative-clause-is-not-the-rest-of-the-quote",
         "“Tonight this city decided that it can be safer and fairer at the same time,” Castellanos told "
         "supporters at a rally at the Lincoln Theatre, where the crowd had chanted her campaign slogan, "
         "“Columbus for All of Us.”",
         "Tonight this city decided that it can be safer and fairer at the same time", "direct", "told",
         "Castellanos", "person"),
    Case("the-board-of-elections-is-the-named-board",
         "With 87% of the votes counted, she led 54% to 46%, according to the Franklin County Board of "
         "Elections.\nTurnout was about 41% of registered voters, the board of elections said.",
         "Turnout was about 41% of registered voters", "indirect", "said",
         "Franklin County Board of Elections", "organization", mention="the board of elections"),
    Case("his-attorney-in-the-lede-is-not-the-next-person-named",
         "KENOSHA, Wis. - A Kenosha man set the fire that killed his neighbor on purpose, a prosecutor "
         "told jurors Tuesday, while his attorney insisted the blaze was a tragic accident.\n"
         "Travis Keane, 31, is charged with reckless homicide and arson.",
         "the blaze was a tragic accident", "indirect", "insisted", "his attorney", "person", "attorney"),
    Case("saying-belongs-to-the-clause-that-can-speak",
         'Shares of Corvane Semiconductor fell 3.1% after analysts at Brightline Securities cut their rating '
         'to "neutral," saying its valuation had run ahead of its earnings.',
         "its valuation had run ahead of its earnings", "indirect", "saying",
         "analysts at Brightline Securities", "group"),
    Case("a-two-word-name-typed-as-a-body-with-whose-is-a-person",
         "Darnell Price, whose daughter is in third grade at Cedar Fork Elementary, said holding her back "
         "would “crush her.”\n“She’s 8 years old and she already cries the night before a test,” Price said.",
         "She’s 8 years old and she already cries the night before a test", "direct", "said",
         "Darnell Price", "person", mention="Price"),
    Case("a-short-name-a-longer-body-name-holds",
         "Elena Marchetti, who heads the International Committee of the Red Cross delegation in eastern "
         "Ukraine, said no convoy had reached the city.\nThe Red Cross said it had delivered generators.",
         "it had delivered generators", "indirect", "said", "International Committee of the Red Cross",
         "organization", mention="Red Cross"),
    Case("a-name-the-recogniser-missed-with-a-person-appositive",
         "Analyst Tom Reyes expected higher prices. Priyanka Deshmukh, an oil analyst at Commerzbank, was "
         "more cautious. She said compliance with the cuts had been uneven.",
         "compliance with the cuts had been uneven", "indirect", "said", "Priyanka Deshmukh", "person",
         "oil analyst at Commerzbank", mention="She"),
    Case("a-missed-name-inside-a-quote-is-not-an-antecedent",
         "Mayor Ann Cole spoke on Monday. Cole said: “Priyanka Deshmukh, an oil analyst, warned us about "
         "this.”\nShe said the city would borrow to cover the gap.",
         "the city would borrow to cover the gap", "indirect", "said", "Ann Cole", "person", "Mayor",
         mention="She"),
    Case("he-is-the-latest-subject-when-its-gender-is-unknown",
         "Niklas Berglund scored twice. Lindgren said defenseman Tyler Marsh would have X-rays on Sunday. Marsh was seen leaving in a "
         "walking boot.\nBerglund, asked about his nickname, laughed. “Only in this locker room,” he said.",
         "Only in this locker room", "direct", "said", "Niklas Berglund", "person", mention="he"),
    Case("a-given-name-tells-the-gender",
         "Superintendent Gregory Ashby spoke Tuesday. A spokeswoman for the state, Joan Whitten, said the "
         "district had not complied.\nAshby shrugged. “Do right by the kids in front of you,” she said.",
         "Do right by the kids in front of you", "direct", "said", "Joan Whitten", "person",
         "spokeswoman for the state", mention="she"),
    Case("a-time-clause-after-the-closing-attribution-is-not-the-claim",
         "Russian forces pounded the city overnight, killing at least 14 people and setting an apartment "
         "block ablaze, regional officials said, hours before negotiators were due to resume talks.",
         "Russian forces pounded the city overnight, killing at least 14 people and setting an apartment "
         "block ablaze", "indirect", "said", "regional officials", "group"),
    Case("a-concession-with-its-own-cue-is-a-claim-of-its-own",
         "Sen. Marcus Delgado, a New Mexico Democrat, said Democrats would introduce a bill as early as next "
         "week to set the threshold in statute, though he acknowledged it had little chance of clearing a "
         "closely divided Senate.",
         "it had little chance of clearing a closely divided Senate", "indirect", "acknowledged",
         "Marcus Delgado", "person", "Sen.", mention="he"),
    Case("an-unrecognised-body-name-with-and-inside",
         "The Federal Mediation and Conciliation Service said it had been in contact with both sides.",
         "it had been in contact with both sides", "indirect", "said",
         "Federal Mediation and Conciliation Service", "organization"),
    Case("a-title-word-inside-a-body-name-is-not-a-title",
         "Ukraine’s General Staff did not address the fate of the village but reported that its forces "
         "had repelled 23 assaults.",
         "its forces had repelled 23 assaults", "indirect", "reported", "General Staff", "organization"),
    Case("analysts-at-the-bank-are-named-by-the-bank",
         "Goldman Sachs said in a note that prices would rise. Analysts at the bank wrote that inventories "
         "would draw by about 1 million barrels a day.",
         "inventories would draw by about 1 million barrels a day", "indirect", "wrote",
         "Analysts at Goldman Sachs", "group", mention="Analysts at the bank"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_attributed_claim(case: Case) -> None:
    claims = [c for c in attributed(case.text) if c.content == case.content]
    assert claims, [c.content for c in attributed(case.text)]
    claim = claims[0]
    assert (claim.kind, claim.cue) == (case.kind, case.cue)
    assert claim.speaker.canonical == case.canonical
    assert claim.speaker.type == case.type
    assert claim.speaker.role == case.role
    assert claim.speaker.mention == case.expected_mention()


@pytest.mark.parametrize("text, count", [
    ("Governor Lisa Park said the bridge would reopen in May, adding that repairs would cost $4.5 million.", 2),
    ("The minister said the talks were difficult but that a deal was still possible.", 1),
    ("The firm said sales rose 5 percent and hired 300 workers.", 1),
], ids=["said-adding-splits-in-two", "said-but-that-stays-one", "said-and-a-non-speech-act-stays-one"])
def test_claims_per_sentence(text: str, count: int) -> None:
    assert len(attributed(text)) == count


NEGATIVE = {
    "scare-quotes": "Russia calls the war a “special military operation.”",
    "title-of-film": "The film “Dune” earned $400 million worldwide.",
    "title-of-book": "Her memoir, “A Long Way Home,” was published in 2019.",
    "rhetorical-question-with-say": "Who could say “no” to such an offer?",
    "rhetorical-scare-word": "What does “victory” even mean now?",
    "headline-line": "Mayor says city will rebuild after floods\nThe mayor toured the damage on Monday.",
    "quoted-headline": "“We will rebuild,” mayor vows\nThe mayor toured the damage on Monday.",
    "nickname": "Lionel “Leo” Messi scored twice on Sunday.",
    "hypothetical-cue": "Critics might say the plan is too expensive.",
    "negated-cue": "The minister did not say whether the talks would continue.",
    "first-person-opinion": "I think the plan will fail.",
    "passive-report": "It was reported that the bridge had collapsed.",
    "imperative": "Say what you will about the plan, it worked.",
    "no-quotes-no-cues": "The river rose overnight. Schools stayed closed.",
    "found-by-a-non-researcher": "Police found that the door had been forced open.",
    "title-of-memoir-after-a-cue": "He wrote in his 1998 memoir, “Mudflat Boy,” about the eels he fished.",
    "declined-to-say-whether": "She declined to say whether Liang had spoken directly with Iranian officials.",
    "declined-to-say-how-much": "The company declined to say how much it had spent on the rollout.",
    "a-demand-is-not-a-claim": "About 200 protesters demanded that the festival cut ties with a sponsor.",
    "cue-inside-an-asked-whether": "Asked whether he expected the board to back down, Ashby shrugged.",
    "put-without-it": "He put the report on the table: “Draft, do not circulate.”",
    "unable-to-say-how": "The state's own fire investigator had been unable to say for certain how the fire began.",
}


@pytest.mark.parametrize("text", NEGATIVE.values(), ids=NEGATIVE.keys())
def test_no_attributed_claim(text: str) -> None:
    assert attributed(text) == []


BULLETED = ("In a statement, the City of Harlow Falls thanked the firefighters. The city said:\n"
            "• Residents of 42 homes were evacuated as a precaution and may return after 6 p.m.\n"
            "• Canal Street will remain closed through at least Friday.\n"
            "Lena Marsh woke to the sound of breaking glass.")


def test_each_bullet_under_said_colon_is_a_claim_of_the_speaker() -> None:
    claims = attributed(BULLETED)
    assert [(c.content, c.cue, c.speaker.canonical) for c in claims] == [
        ("Residents of 42 homes were evacuated as a precaution and may return after 6 p.m.", "said",
         "City of Harlow Falls"),
        ("Canal Street will remain closed through at least Friday", "said", "City of Harlow Falls"),
    ]


def test_bullets_without_an_attribution_are_not_claims() -> None:
    text = BULLETED.replace("The city said:", "What we know:")
    assert attributed(text) == []
