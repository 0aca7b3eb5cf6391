#!/usr/bin/env python3
"""Blind evaluation set E: 4 invented news articles (named individuals are fictional; countries,
agencies, leagues, universities and journals are real) with gold attributed quotes, annotated in
the conventions and with the helpers of build_news_dev.py, without looking at the extractor.

Styles:
  1. Reuters economy (straight quotes): a central bank rate decision, the governor at a news
     conference, economists polled by Reuters, markets reaction, a note to clients, a Treasury
     statement, an unnamed source, "(Reporting by ...)" credit line.
  2. AP foreign election (curly quotes): incumbent, opposition leader, electoral commission,
     EU observers, a political analyst whose quote runs over two paragraphs, police, witnesses.
  3. AP climate/science (curly quotes): a study in Science, its lead author, outside scientists
     not involved, NOAA data and a NOAA programme, figures and ranges, "the authors wrote".
  4. AP sports (curly quotes): a WNBA Finals Game 5, players and coaches after the game, quotes
     inside quotes, a league statement on a suspension, a team statement on an injury.

Judgement calls:
- Participial and non-"said" cues are claims: "saying", "writing that", "insisted that",
  "denied that", "has argued for months that", "noted that", "acknowledged that", "estimated",
  "They found that", "the study found", "the authors wrote".
- "X denied A, saying B" and "X told ... A and insisted B" / "acknowledged A but said B" give two
  quotes with the same speaker mention.
- "Ndlovu said that was a decision for the government": here "that" is a demonstrative subject,
  not the complementizer, so it stays in the content.
- Relative-clause attributions ("which he said remained ...", "what it said were ...", "who she
  said still largely plan ...") have the predicate as content, as in the kyiv seed.
- "X said A and called/urged B" and "said A, though some questioned B": only A is content.
- No quote for: "urged", "called on", "called for" (a demand, not a claim), "called X Y",
  "described ... as", "declined to comment/give", "apologized", a chanted slogan, song and report
  titles, a nickname, the "so-called" scare quote, and unattributed passives ("is expected to",
  "an estimated 1 million", "has been regarded as").
- Data speak for their owner ("according to data from the U.S. National Oceanic and Atmospheric
  Administration" -> the agency); "the statement said"/"the league said" -> WNBA; "according to
  the team" after a Lynx player -> Minnesota Lynx, "The team said" after a Liberty player -> New
  York Liberty; "They found"/"the team estimated" in the study story -> "the researchers"; "the
  study" -> the study's full noun phrase, as in the holdout set.
- Quotes inside quotes keep the inner closing mark (‘Obviously.’) in the content.

    python3 bench/data/news_blind_e.py   # prints the number of docs and gold quotes per doc
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_news_dev import Q, article  # noqa: E402

WORDS = (450, 1300)
DOCS = []

# 1. Reuters economy, straight quotes: "saying" in the lede, "economists polled by Reuters had
#    said", "Governor X told a news conference", statement "it said", "has argued for months
#    that", demonstrative "said that was", continuation in a new paragraph, "Traders said",
#    "said X, chief economist at Y", "He wrote in a note to clients", relative clause "which he
#    said remained", unnamed source; negatives: "declined", "described ... as" a "hawkish cut",
#    "called for", "urged".
T = """
 date 2025-07-31 PRETORIA (Reuters) - South Africa's central bank cut its main lending rate by 25 basis points to 7.00% on Thursday, saying inflation had stayed comfortably within its target range and that the economy needed support as U.S. tariffs weighed on exports.
It was the South African Reserve Bank's first cut since May and brought the cumulative reduction in the current easing cycle to 125 basis points. Twenty of 26 economists polled by Reuters last week had said the bank would cut by a quarter point.
Four of the six members of the Monetary Policy Committee voted for the cut and two preferred to hold, Governor Sipho Ndlovu told a news conference in Pretoria.
"The balance of risks to the inflation outlook has improved, and the committee judged that a moderate easing was appropriate," Ndlovu said. "But let me be clear: we are not on autopilot. Each decision will be taken meeting by meeting."
The bank now expects headline inflation to average 3.3% this year and 3.9% in 2026, down from 3.6% and 4.1% previously, it said in a statement. It also cut its forecast for economic growth this year to 0.9% from 1.2%.
Ndlovu said weaker mining output and higher U.S. import duties on vehicles and citrus had weighed on activity in the first half of the year, and that business confidence remained "fragile."
Annual consumer inflation quickened to 3.0% in June from 2.8% in May, according to Statistics South Africa. That is at the bottom of the central bank's 3%-6% target range, and Ndlovu has argued for months that the bank should anchor expectations closer to 3% rather than the 4.5% midpoint.
Asked whether the bank would formally lower its target, Ndlovu said that was a decision for the government and that talks with the National Treasury were "constructive and ongoing." He declined to give a timeline.
"We have seen food prices pick up again, and administered prices such as electricity remain a concern," he said.
"Those are exactly the kinds of second-round effects the committee will be watching very closely."
The rand was little changed after the announcement, trading at 17.92 per dollar at 1415 GMT, while the yield on the benchmark 2035 government bond fell 4 basis points to 9.81%. Traders said the decision had been largely priced in, but that the two dissenting votes had surprised some investors.
"The market got what it wanted - a cut - but it wasn't a dovish one," said Lerato Khumalo, chief economist at Ridgeway Securities in Johannesburg. "Two votes to hold tells you the committee is split on how much further it can go."
Khumalo said she expected one more quarter-point cut this year, most likely in November, provided inflation stayed below 4%. Some analysts described Thursday's move as a "hawkish cut," a rate reduction paired with cautious guidance.
Jason Pillay, an emerging markets economist at Capital Economics in London, was more cautious. He wrote in a note to clients that the split vote suggested "the bar for further easing is higher than markets assume" and that he now saw rates on hold until at least early 2026.
The National Treasury said in a statement that it welcomed the decision and remained committed to "a credible and sustainable fiscal path." Business Unity South Africa, the main business lobby, had called for a bigger cut of 50 basis points.
Ndlovu urged the government to speed up reforms at state power utility Eskom and logistics group Transnet, which he said remained "the single biggest constraint on growth."
A person familiar with the committee's deliberations said the two members who voted to hold had pointed to a planned increase in electricity tariffs and the risk of renewed weakness in the rand. The bank declined to comment on the committee's internal discussions.
The committee's next decision is due on Nov. 20.
(Reporting by Zanele Mthembu in Pretoria and Tom Okafor in Johannesburg; Editing by Ruth Pitchford)
"""
SARB = "South African Reserve Bank"
DOCS.append(article("be-reuters-sarb-rate-cut", T, [
    Q("South Africa's central bank", "saying", "inflation had stayed comfortably within its target range and that the economy needed support as U.S. tariffs weighed on exports", SARB),
    Q("Twenty of 26 economists polled by Reuters", "said", "the bank would cut by a quarter point", "Twenty of 26 economists polled by Reuters"),
    Q("Governor [[Sipho Ndlovu]] told", "told", "Four of the six members of the Monetary Policy Committee voted for the cut and two preferred to hold", "Sipho Ndlovu"),
    Q("appropriate,\" [[Ndlovu]] said", "said", "The balance of risks to the inflation outlook has improved, and the committee judged that a moderate easing was appropriate", "Sipho Ndlovu"),
    Q(None, "said", "But let me be clear: we are not on autopilot. Each decision will be taken meeting by meeting.", "Sipho Ndlovu"),
    Q("previously, [[it]] said in a statement", "said", "The bank now expects headline inflation to average 3.3% this year and 3.9% in 2026, down from 3.6% and 4.1% previously", SARB),
    Q("[[Ndlovu]] said weaker", "said", "weaker mining output and higher U.S. import duties on vehicles and citrus had weighed on activity in the first half of the year, and that business confidence remained \"fragile.\"", "Sipho Ndlovu"),
    Q("Statistics South Africa", "according to", "Annual consumer inflation quickened to 3.0% in June from 2.8% in May", "Statistics South Africa"),
    Q("and [[Ndlovu]] has argued", "argued", "the bank should anchor expectations closer to 3% rather than the 4.5% midpoint", "Sipho Ndlovu"),
    Q("target, [[Ndlovu]] said that", "said", "that was a decision for the government and that talks with the National Treasury were \"constructive and ongoing.\"", "Sipho Ndlovu"),
    Q("concern,\" [[he]] said", "said", "We have seen food prices pick up again, and administered prices such as electricity remain a concern", "Sipho Ndlovu"),
    Q(None, "said", "Those are exactly the kinds of second-round effects the committee will be watching very closely.", "Sipho Ndlovu"),
    Q("[[Traders]] said the decision", "said", "the decision had been largely priced in, but that the two dissenting votes had surprised some investors", "Traders"),
    Q("said [[Lerato Khumalo]], chief", "said", "The market got what it wanted - a cut - but it wasn't a dovish one", "Lerato Khumalo"),
    Q(None, "said", "Two votes to hold tells you the committee is split on how much further it can go.", "Lerato Khumalo"),
    Q("[[Khumalo]] said she expected", "said", "she expected one more quarter-point cut this year, most likely in November, provided inflation stayed below 4%", "Lerato Khumalo"),
    Q("[[He]] wrote in a note", "wrote", "the split vote suggested \"the bar for further easing is higher than markets assume\" and that he now saw rates on hold until at least early 2026", "Jason Pillay"),
    Q("[[The National Treasury]] said", "said", "it welcomed the decision and remained committed to \"a credible and sustainable fiscal path.\"", "National Treasury"),
    Q("which [[he]] said remained", "said", "remained \"the single biggest constraint on growth.\"", "Sipho Ndlovu"),
    Q("A person familiar with the committee's deliberations", "said", "the two members who voted to hold had pointed to a planned increase in electricity tariffs and the risk of renewed weakness in the rand", "A person familiar with the committee's deliberations"),
], straight=True, words=WORDS))

# 2. AP foreign election, curly quotes: "told reporters that A and insisted that B", "denied
#    that A, saying B", "Speaking at ..., he said", observers' preliminary statement with "but
#    that", relative clause "what it said were", "according to witnesses", a quote running over
#    two paragraphs; negatives: a chanted slogan, "called the count", "urged", "described ... as",
#    "is expected to".
T = """
 date 2026-08-16 LUSAKA, Zambia (AP) — Zambian President Daniel Mwansa held a narrow lead Sunday as results trickled in from last week’s presidential election, but opposition leader Grace Chanda said her party had evidence of vote-rigging in at least three provinces and would not accept the outcome.
With results declared in 121 of the country’s 156 constituencies, Mwansa had 50.8% of the vote and Chanda had 45.1%, according to the Electoral Commission of Zambia. A candidate needs more than half of the votes cast to avoid a runoff.
Commission chairperson Esther Mulenga told reporters in Lusaka that final results would be announced by Tuesday and insisted that the count was “transparent and verifiable at every stage.”
“Every party has agents at every counting center, and every result sheet is signed and posted publicly,” Mulenga said.
Chanda, a 54-year-old lawyer making her second run for the presidency, told supporters at her party’s headquarters in Lusaka that results from parts of Copperbelt, Lusaka and Eastern provinces had been “manipulated” after her agents were ordered out of several tallying centers.
“We did not lose this election,” she said. “It is being taken from us, one constituency at a time, in the dark.”
Supporters waving the orange flags of her Patriotic Renewal Movement chanted “Time is up!” as she spoke. Chanda called the count “a theft in slow motion” but urged them to stay calm while her lawyers prepared a petition to the Constitutional Court.
Information Minister Kelvin Siame denied that opposition agents had been expelled from tallying centers, saying the few people removed had been “disrupting the process.”
Mwansa, 61, is seeking a second five-year term after campaigning on his record of restructuring the country’s foreign debt and bringing down inflation. Speaking at State House on Saturday, he said the opposition should “wait for the referee to blow the final whistle” before making accusations.
“Zambians have voted peacefully, and they deserve to have their choice respected, whatever it is,” Mwansa said. “I will respect it. I ask my opponents to do the same.”
The European Union’s election observation mission said in a preliminary statement Saturday that voting had been “peaceful and well administered,” but that the ruling party had enjoyed an “unfair advantage” through its use of state resources and its dominance of coverage on the public broadcaster.
The mission’s chief observer, Swedish lawmaker Karin Ekdahl, told reporters the mission had found no evidence of systematic fraud but was still reviewing complaints from several constituencies.
“It is too early to draw final conclusions,” Ekdahl said.
Observers from the African Union and the Southern African Development Community also described the vote as largely orderly.
The run-up to the election was marked by disputes over the voter roll. The Patriotic Renewal Movement went to court in May over what it said were more than 200,000 duplicate names. The commission said it had removed about 85,000 duplicates before the vote and that the remaining entries had been checked against national identity records.
Police fired tear gas to disperse several hundred opposition supporters gathered outside a tallying center in the Copperbelt city of Kitwe on Saturday night, according to witnesses. Police spokesperson Brenda Phiri said 23 people had been arrested and two officers had been injured by stones.
“The economy helped him. People can see that the price of mealie meal has come down,” said Nchimunya Banda, a political analyst at the University of Zambia. “But in the Copperbelt, where the mines have been cutting jobs, the mood is very different.
“If this goes to the courts, it could drag on for weeks, and that uncertainty is not good for anyone, least of all investors.”
Banda said a runoff, which would be the first in Zambia’s history, could not be ruled out if Mwansa’s share slipped below 50% as the remaining results came in. Many of the outstanding constituencies are in Lusaka, where Chanda is expected to do well.
Zambia, Africa’s second-largest copper producer, has been regarded as one of the continent’s more stable democracies, with three peaceful transfers of power between parties since multiparty politics returned in 1991.
___
Associated Press writer Thandeka Moyo in Johannesburg contributed to this report.
"""
DOCS.append(article("be-ap-zambia-election", T, [
    Q("opposition leader [[Grace Chanda]] said", "said", "her party had evidence of vote-rigging in at least three provinces and would not accept the outcome", "Grace Chanda"),
    Q("the Electoral Commission of Zambia", "according to", "With results declared in 121 of the country’s 156 constituencies, Mwansa had 50.8% of the vote and Chanda had 45.1%", "Electoral Commission of Zambia"),
    Q("chairperson [[Esther Mulenga]] told", "told", "final results would be announced by Tuesday", "Esther Mulenga"),
    Q("chairperson [[Esther Mulenga]] told", "insisted", "the count was “transparent and verifiable at every stage.”", "Esther Mulenga"),
    Q("[[Mulenga]] said.", "said", "Every party has agents at every counting center, and every result sheet is signed and posted publicly", "Esther Mulenga"),
    Q("[[Chanda]], a 54-year-old lawyer", "told", "results from parts of Copperbelt, Lusaka and Eastern provinces had been “manipulated” after her agents were ordered out of several tallying centers", "Grace Chanda"),
    Q("election,” [[she]] said", "said", "We did not lose this election", "Grace Chanda"),
    Q(None, "said", "It is being taken from us, one constituency at a time, in the dark.", "Grace Chanda"),
    Q("Minister [[Kelvin Siame]] denied", "denied", "opposition agents had been expelled from tallying centers", "Kelvin Siame"),
    Q("Minister [[Kelvin Siame]] denied", "saying", "the few people removed had been “disrupting the process.”", "Kelvin Siame"),
    Q("Saturday, [[he]] said the opposition", "said", "the opposition should “wait for the referee to blow the final whistle” before making accusations", "Daniel Mwansa"),
    Q("[[Mwansa]] said. “I will", "said", "Zambians have voted peacefully, and they deserve to have their choice respected, whatever it is", "Daniel Mwansa"),
    Q(None, "said", "I will respect it. I ask my opponents to do the same.", "Daniel Mwansa"),
    Q("The European Union’s election observation mission", "said", "voting had been “peaceful and well administered,” but that the ruling party had enjoyed an “unfair advantage” through its use of state resources and its dominance of coverage on the public broadcaster", "European Union election observation mission"),
    Q("lawmaker [[Karin Ekdahl]], told", "told", "the mission had found no evidence of systematic fraud but was still reviewing complaints from several constituencies", "Karin Ekdahl"),
    Q("[[Ekdahl]] said.", "said", "It is too early to draw final conclusions", "Karin Ekdahl"),
    Q("what [[it]] said were", "said", "were more than 200,000 duplicate names", "Patriotic Renewal Movement"),
    Q("[[The commission]] said it had removed", "said", "it had removed about 85,000 duplicates before the vote and that the remaining entries had been checked against national identity records", "Electoral Commission of Zambia"),
    Q("according to [[witnesses]]", "according to", "Police fired tear gas to disperse several hundred opposition supporters gathered outside a tallying center in the Copperbelt city of Kitwe on Saturday night", "witnesses"),
    Q("spokesperson [[Brenda Phiri]] said", "said", "23 people had been arrested and two officers had been injured by stones", "Brenda Phiri"),
    Q("said [[Nchimunya Banda]], a political", "said", "The economy helped him. People can see that the price of mealie meal has come down", "Nchimunya Banda"),
    Q(None, "said", "But in the Copperbelt, where the mines have been cutting jobs, the mood is very different.", "Nchimunya Banda"),
    Q(None, "said", "If this goes to the courts, it could drag on for weeks, and that uncertainty is not good for anyone, least of all investors.", "Nchimunya Banda"),
    Q("[[Banda]] said a runoff", "said", "a runoff, which would be the first in Zambia’s history, could not be ruled out if Mwansa’s share slipped below 50% as the remaining results came in", "Nchimunya Banda"),
], straight=False, words=WORDS))

# 3. AP climate/science, curly quotes: "according to a study published ... in the journal",
#    "They found that", "the team estimated", "said lead author X", "according to data from" an
#    agency, "the program said", "Scientists who were not involved ... said ..., though",
#    "noted that", "acknowledged ... but said", "the study found", "she said in an email",
#    "the authors wrote", "according to the study", relative clause "who she said";
#    negatives: the so-called "Blob", a report title, "called the new study", "is expected to",
#    "an estimated".
T = """
 date 2025-10-09 WASHINGTON (AP) — Marine heat waves — stretches of unusually hot ocean water that can bleach coral reefs, wipe out kelp forests and starve seabirds — now last about three times as long as they did four decades ago, and human-caused climate change is responsible for roughly half of the increase, according to a study published Thursday in the journal Science.
The researchers analyzed daily sea surface temperatures recorded by satellites, ships and buoys from 1982 through 2024. They found that the average marine heat wave now lasts about 33 days, up from about 11 days in the 1980s, and that the number of heat wave days per year across the world’s oceans has climbed from about 15 to between 42 and 50, depending on which temperature record is used.
Using computer models that simulate a world without the warming caused by burning coal, oil and gas, the team estimated that human activity accounts for 40% to 60% of the added heat wave days, with a best estimate of 52%.
“The ocean has soaked up more than 90% of the extra heat we’ve trapped in the climate system, and now we’re seeing that bill come due,” said lead author Leila Haddad, an oceanographer at the University of Washington. “These aren’t rare events anymore. In some places they’re closer to the normal state of the ocean.”
Haddad said the biggest increases were in the North Atlantic, the Mediterranean Sea and parts of the western Pacific, where some areas now spend more than 150 days a year in heat wave conditions.
The findings come after two years of record ocean heat. Global average sea surface temperatures set daily records for more than 14 months starting in spring 2023, according to data from the U.S. National Oceanic and Atmospheric Administration. NOAA’s Coral Reef Watch said in April that bleaching-level heat stress had affected about 84% of the world’s reef area since January 2023. It was the most widespread bleaching event on record, the program said.
Marine heat waves have already caused some of the most dramatic ecological disasters of the past decade. The so-called “Blob,” a patch of warm water that lingered off the Pacific coast of North America from 2014 to 2016, was followed by the deaths of an estimated 1 million common murres and the collapse of the Gulf of Alaska cod fishery.
Scientists who were not involved in the study said its broad conclusions matched earlier research, though some questioned how much weight to put on the exact numbers.
“The direction of travel is not in doubt,” said Martin Okonkwo, a climate scientist at Princeton University who was not part of the research team. “How big the human fingerprint looks depends a lot on how you define a heat wave in the first place.”
Okonkwo noted that the study measured heat waves against a fixed 1982-2011 baseline, so as the oceans warm, more days automatically cross the threshold. Measuring against a baseline that shifts with the warming, an approach some researchers prefer because marine life partly adapts, would produce a smaller increase, he said.
Haddad acknowledged that the choice of baseline matters but said the team had run its analysis both ways and found a clear human influence in each case. With a shifting baseline, the human share of the increase fell to about 35%, the study found.
Sofia Brandão, a marine ecologist at the University of Lisbon who studies kelp forests, said the averages could understate the danger because ecosystems tend to collapse during the longest and hottest events.
“A fish can cope with a hot week. What it can’t cope with is three hot months in a row, year after year,” she said in an email. “That’s the pattern we’re now seeing in the Mediterranean.”
Under a high-emissions scenario, the world’s oceans could experience between 120 and 220 heat wave days a year by the end of the century, the authors wrote. If warming is held to 1.5 degrees Celsius (2.7 degrees Fahrenheit) above preindustrial levels, the figure would level off at around 60 to 80 days, according to the study.
NOAA is expected to update its ocean heat figures in its annual “State of the Climate” report next year. Haddad called the new study “a wake-up call” for fisheries managers, who she said still largely plan around historical averages.
“We manage fish stocks as if the ocean of the 1990s still exists. It doesn’t,” Haddad said.
"""
STUDY = "a study published Thursday in the journal Science"
NOAA = "National Oceanic and Atmospheric Administration"
DOCS.append(article("be-ap-marine-heat-waves", T, [
    Q(STUDY, "according to", "Marine heat waves — stretches of unusually hot ocean water that can bleach coral reefs, wipe out kelp forests and starve seabirds — now last about three times as long as they did four decades ago, and human-caused climate change is responsible for roughly half of the increase", STUDY),
    Q("[[They]] found that", "found", "the average marine heat wave now lasts about 33 days, up from about 11 days in the 1980s, and that the number of heat wave days per year across the world’s oceans has climbed from about 15 to between 42 and 50, depending on which temperature record is used", "the researchers"),
    Q("[[the team]] estimated", "estimated", "human activity accounts for 40% to 60% of the added heat wave days, with a best estimate of 52%", "the researchers"),
    Q("lead author [[Leila Haddad]], an", "said", "The ocean has soaked up more than 90% of the extra heat we’ve trapped in the climate system, and now we’re seeing that bill come due", "Leila Haddad"),
    Q(None, "said", "These aren’t rare events anymore. In some places they’re closer to the normal state of the ocean.", "Leila Haddad"),
    Q("[[Haddad]] said the biggest", "said", "the biggest increases were in the North Atlantic, the Mediterranean Sea and parts of the western Pacific, where some areas now spend more than 150 days a year in heat wave conditions", "Leila Haddad"),
    Q("according to data from the [[U.S. National Oceanic and Atmospheric Administration]]", "according to", "Global average sea surface temperatures set daily records for more than 14 months starting in spring 2023", NOAA),
    Q("NOAA’s Coral Reef Watch", "said", "bleaching-level heat stress had affected about 84% of the world’s reef area since January 2023", "NOAA Coral Reef Watch"),
    Q("[[the program]] said", "said", "It was the most widespread bleaching event on record", "NOAA Coral Reef Watch"),
    Q("Scientists who were not involved in the study", "said", "its broad conclusions matched earlier research", "Scientists who were not involved in the study"),
    Q("said [[Martin Okonkwo]], a climate", "said", "The direction of travel is not in doubt", "Martin Okonkwo"),
    Q(None, "said", "How big the human fingerprint looks depends a lot on how you define a heat wave in the first place.", "Martin Okonkwo"),
    Q("[[Okonkwo]] noted that", "noted", "the study measured heat waves against a fixed 1982-2011 baseline, so as the oceans warm, more days automatically cross the threshold", "Martin Okonkwo"),
    Q("increase, [[he]] said", "said", "Measuring against a baseline that shifts with the warming, an approach some researchers prefer because marine life partly adapts, would produce a smaller increase", "Martin Okonkwo"),
    Q("[[Haddad]] acknowledged", "acknowledged", "the choice of baseline matters", "Leila Haddad"),
    Q("[[Haddad]] acknowledged", "said", "the team had run its analysis both ways and found a clear human influence in each case", "Leila Haddad"),
    Q("35%, [[the study]] found", "found", "With a shifting baseline, the human share of the increase fell to about 35%", STUDY),
    Q("[[Sofia Brandão]], a marine", "said", "the averages could understate the danger because ecosystems tend to collapse during the longest and hottest events", "Sofia Brandão"),
    Q("year after year,” [[she]] said", "said", "A fish can cope with a hot week. What it can’t cope with is three hot months in a row, year after year", "Sofia Brandão"),
    Q(None, "said", "That’s the pattern we’re now seeing in the Mediterranean.", "Sofia Brandão"),
    Q("[[the authors]] wrote", "wrote", "Under a high-emissions scenario, the world’s oceans could experience between 120 and 220 heat wave days a year by the end of the century", "the authors"),
    Q("according to [[the study]]", "according to", "If warming is held to 1.5 degrees Celsius (2.7 degrees Fahrenheit) above preindustrial levels, the figure would level off at around 60 to 80 days", STUDY),
    Q("who [[she]] said still", "said", "still largely plan around historical averages", "Leila Haddad"),
    Q("doesn’t,” [[Haddad]] said", "said", "We manage fish stocks as if the ocean of the 1990s still exists. It doesn’t", "Leila Haddad"),
], straight=False, words=WORDS))

# 4. AP sports, curly quotes: post-game quotes with a split question mark, "according to the
#    team", quotes inside quotes, "told ESPN ... that", "The team said" (the other team), a
#    league statement and "the league said", "writing that" on social media, a quote running
#    over two paragraphs; negatives: a chant, a song title, a nickname, "called a timeout",
#    "apologized".
T = """
 date 2026-10-13 MINNEAPOLIS (AP) — Kiara Dupree scored 31 points, including two free throws with 4.6 seconds left, and the Minnesota Lynx beat the New York Liberty 84-81 in Game 5 on Tuesday night to win the WNBA championship.
Dupree, who was named Finals MVP, added eight rebounds and six assists for Minnesota, which trailed by nine points early in the fourth quarter before closing on a 19-7 run. Britt Sorensen had 17 points and 12 rebounds, and Tasha Greene scored 24 for New York.
“I’ve been dreaming about this since I was 8 years old, shooting on a hoop in my grandmother’s driveway,” Dupree said, a piece of the net tucked behind her ear. “To do it here, in front of these fans? I don’t even have words.”
Dupree played the last two games of the series with a sprained right wrist, according to the team. She said she would “take a couple days off and then start thinking about next year.”
With Minnesota leading 82-81, Liberty coach Marcus Tate called a timeout, and New York’s Jada Ruiz missed a 3-pointer from the corner. Dupree grabbed the rebound, was fouled and made both free throws. Greene’s 3-point attempt at the buzzer fell short.
“I told her in the huddle, ‘It’s your ball. Go win it,’” Lynx coach Dana Holloway said. “She looked at me like, ‘Obviously.’”
Holloway, who took over a team that won 11 games three seasons ago, told ESPN on the court after the game that the title was “for everybody who stuck with us through the lean years.”
The fans who packed Target Center chanted “M-V-P!” as Dupree climbed a ladder to cut down the net, and the arena sound system played “We Are the Champions” on a loop. Teammates have taken to calling the 25-year-old guard “Ice.”
New York played the final 14 minutes without forward Simone Adeyemi, who hit her head on the court after colliding with Sorensen while chasing a loose ball. Adeyemi, the Liberty’s second-leading scorer in the series, left with the help of trainers and did not return. The team said she was being evaluated under the league’s concussion protocol.
“You lose a player like Simone in a game like this, and it changes everything,” Tate said. “But I’m not going to stand up here and make excuses. They made plays down the stretch, and we didn’t.”
Tate said he had not spoken to Adeyemi but had been told she was “alert and in good spirits.”
The game was also marred by a third-quarter scuffle. Lynx forward Ashley Moreno shoved Greene to the floor after a hard foul, and several players from both benches came onto the court before officials restored order. Moreno was assessed a flagrant 2 foul and ejected.
The WNBA said in a statement after the game that Moreno would be suspended without pay for the first game of next season and that it was reviewing video to determine whether any other players had left the bench during the altercation.
“Conduct of this kind has no place in our game, least of all on its biggest stage,” the league said.
Moreno apologized on social media, writing that she had “let my emotions get the better of me” and that she accepted the league’s decision.
Greene said afterward she had “no problem” with Moreno.
“It’s a Game 5. Everybody’s emotions are high,” she said. “It’s basketball. We’ll see them next year.”
Sorensen, who signed with Minnesota as a free agent in 2025, said the team never lost faith even when it fell behind in the fourth quarter.
“Nobody panicked. We’ve been down nine before. We’ve been down 15 before,” Sorensen said. “This group has been through too much together to fold.
“Honestly, I think we play better when we’re in a hole. I wouldn’t recommend it, though.”
It was Minnesota’s fifth WNBA title and its first since 2017. The Liberty, who won the championship in 2024, were trying to win their second title in three seasons.
___
AP WNBA: https://apnews.com/hub/wnba
"""
DOCS.append(article("be-ap-wnba-finals-game5", T, [
    Q("driveway,” [[Dupree]] said", "said", "I’ve been dreaming about this since I was 8 years old, shooting on a hoop in my grandmother’s driveway", "Kiara Dupree"),
    Q(None, "said", "To do it here, in front of these fans? I don’t even have words.", "Kiara Dupree"),
    Q("according to [[the team]]", "according to", "Dupree played the last two games of the series with a sprained right wrist", "Minnesota Lynx"),
    Q("[[She]] said she would", "said", "she would “take a couple days off and then start thinking about next year.”", "Kiara Dupree"),
    Q("coach [[Dana Holloway]] said", "said", "I told her in the huddle, ‘It’s your ball. Go win it,’", "Dana Holloway"),
    Q(None, "said", "She looked at me like, ‘Obviously.’", "Dana Holloway"),
    Q("[[Holloway]], who took over", "told", "the title was “for everybody who stuck with us through the lean years.”", "Dana Holloway"),
    Q("[[The team]] said she was", "said", "she was being evaluated under the league’s concussion protocol", "New York Liberty"),
    Q("everything,” [[Tate]] said", "said", "You lose a player like Simone in a game like this, and it changes everything", "Marcus Tate"),
    Q(None, "said", "But I’m not going to stand up here and make excuses. They made plays down the stretch, and we didn’t.", "Marcus Tate"),
    Q("[[Tate]] said he had not", "said", "he had not spoken to Adeyemi but had been told she was “alert and in good spirits.”", "Marcus Tate"),
    Q("[[The WNBA]] said in a statement", "said", "Moreno would be suspended without pay for the first game of next season and that it was reviewing video to determine whether any other players had left the bench during the altercation", "WNBA"),
    Q("stage,” [[the league]] said", "said", "Conduct of this kind has no place in our game, least of all on its biggest stage", "WNBA"),
    Q("[[Moreno]] apologized", "writing", "she had “let my emotions get the better of me” and that she accepted the league’s decision", "Ashley Moreno"),
    Q("[[Greene]] said afterward", "said", "she had “no problem” with Moreno", "Tasha Greene"),
    Q("high,” [[she]] said", "said", "It’s a Game 5. Everybody’s emotions are high", "Tasha Greene"),
    Q(None, "said", "It’s basketball. We’ll see them next year.", "Tasha Greene"),
    Q("[[Sorensen]], who signed", "said", "the team never lost faith even when it fell behind in the fourth quarter", "Britt Sorensen"),
    Q("before,” [[Sorensen]] said", "said", "Nobody panicked. We’ve been down nine before. We’ve been down 15 before", "Britt Sorensen"),
    Q(None, "said", "This group has been through too much together to fold.", "Britt Sorensen"),
    Q(None, "said", "Honestly, I think we play better when we’re in a hole. I wouldn’t recommend it, though.", "Britt Sorensen"),
], straight=False, words=WORDS))


def main():
    ids = [d["id"] for d in DOCS]
    assert len(ids) == len(set(ids)) == 4
    print(f"{len(DOCS)} docs")
    for d in DOCS:
        assert d["text"].startswith(" date "), d["id"]
        print(f"{d['id']}: {len(d['text'].split())} words, {len(d['quotes'])} gold quotes")


if __name__ == "__main__":
    main()
