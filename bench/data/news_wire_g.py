#!/usr/bin/env python3
"""Four invented AP wire articles (people, companies, cases and events are fictional; real
countries, agencies, cities and institutions appear) with gold attributed quotes, in the
conventions and helpers of build_news_dev.py. Ids start with "wg-". Every text starts with the
seed header " date YYYY-MM-DD " followed by the dateline and the lede.

Styles:
1. wg-war-kharkiv-talks (curly): war/diplomacy day story: "..., regional officials said, hours
   before ..." after a long lede, "said on Telegram", "wrote" for a Telegram post, a ministry as
   speaker with two partial quotes, a quote with an inner single-quoted quote, "told reporters
   that", "But he cautioned that ... and said ...", "adding that" after a foreign minister's
   "said", "Asked whether ..., X said:", an anonymous NATO official and "The official said", a
   U.N. mission's figures with "according to the mission", "along what Ukrainian officials said
   was ...". Negatives: "declined to comment", "called his remarks “...”", "urged".
2. wg-scotus-overtime (curly): Supreme Court ruling reaction: "ruling that" for the court,
   "wrote for the majority", "wrote in dissent" with a quote continuing into a new paragraph,
   a concurrence "arguing that", the president's statement, senators with "acknowledged" and a
   question inside a quote, a trade group's statement, advocates, "An analysis by X found that",
   "Legal experts said", a colon inside a quote. Negatives: "called it “...”", "accused the
   majority of substituting “...”", an ad campaign "called “...”", "did not respond".
3. wg-strike-aerospace (straight quotes): strike at a factory: "Analysts said", a union local's
   vote figures, "told hundreds of strikers", "said in a phone interview", a company statement
   with partial quotes, "which she said would add" and "which the company has said will end"
   relative clauses, a federal mediator ("told The Associated Press"), workers on the picket
   line, "Economists said", "according to an estimate by", "noted that", "according to the
   Bureau of Labor Statistics". Negatives: "billed as its "last, best and final"", picket
   signs reading slogans, "urged members to "...".
4. wg-quake-nepal (curly): earthquake abroad: "..., officials said Wednesday, as ..." lede, the
   USGS and a national monitoring center as speakers, a disaster-agency spokesman, "according to
   the authority", the health minister "told reporters at the helipad", a rescuer with a trailing
   "Her mother did not survive, he said.", a survivor, "Many survivors said", the U.N. and
   "said X, the U.N. resident coordinator", UNICEF "estimated ... and warned that", India's
   foreign ministry, "Seismologists have long warned that". Negatives: "appealed to residents",
   "expressed his condolences ... and ordered", "is sometimes called Nepal’s “forgotten far west.”"

Judgement calls:
- "ruling that" after "The Supreme Court ... struck down" is a claim of the court (canonical
  "Supreme Court"), as the dev set does for "A federal judge ... ruling that".
- "accused X of ...-ing “...”" is not a claim even when it contains a partial quote (as in the
  holdout set); "appealed to", "urged", "ordered", "expressed condolences" carry no claim.
- "X said A and that B" is one quote; "X said A, adding that B", "X cautioned that A and said
  B", "estimated A and warned that B" are two quotes with the same speaker mention.
- "Its monitors verify each death individually" after "according to the mission" is the
  reporter's explanation (no cue) and gets no gold quote.
- A figure "according to an estimate by <institution>" is the institution's claim (canonical the
  institution's full name), like "according to LSEG data" in the holdout set; "An analysis by
  the Economic Policy Institute ... found" gets the canonical "Economic Policy Institute
  analysis", which overlaps both the institution and the full noun phrase.
- In "which she said would add ..." / "which the company has said will end ..." the content is
  the rest of the relative clause (as in the seed's "what Ukrainian authorities said were").
- "Many survivors said" keeps the noun phrase as canonical ("Many survivors").
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_news_dev import Q, article  # noqa: E402

WORDS = (450, 1300)
DOCS = []

# 1. War/diplomacy day story, curly quotes.
T = """
 date 2025-03-11 KHARKIV, Ukraine (AP) — Russian forces pounded Ukraine’s second-largest city with missiles and glide bombs overnight and into Tuesday, killing at least 14 people and setting an apartment block ablaze, regional officials said, hours before Ukrainian and Russian negotiators were due to resume talks in Istanbul.
The first strikes hit the city’s Saltivka and Kyivskyi districts shortly after 2 a.m., Kharkiv regional Gov. Petro Melnyk said on Telegram. He said 61 people were wounded, including six children, and that rescuers were still searching the rubble of a nine-story building whose top three floors had collapsed.
“They are hitting the city where people sleep,” Melnyk wrote. “There are no military targets in these courtyards. There are playgrounds.”
Russia’s Defense Ministry said its forces had carried out a “massive strike” with precision weapons on “energy and military-industrial facilities” in the Kharkiv region. It did not mention residential buildings. The Kremlin declined to comment on the talks.
By midmorning, smoke still rose from the blackened shell of the apartment building on Heroiv Pratsi Street. Firefighters on ladders played hoses over the upper floors while volunteers passed chunks of concrete hand to hand down a human chain.
Halyna Kovalenko, 67, said she and her husband had spent the night in the stairwell of a neighboring building as the windows above them shattered.
“The whole building was shaking, and I thought, this is it, this is how we die,” she said, standing beside a pile of broken glass and a scorched sofa. “My husband kept saying, ‘Not yet, not yet.’”
The attack came as the two countries’ delegations prepared for a third round of talks mediated by Turkey. Andriy Sydorenko, an adviser to Ukraine’s president, told reporters in Kyiv that the sides had narrowed their differences on a proposed moratorium on strikes against energy infrastructure and on the safe passage of civilians from front-line towns.
“The conversation has become more concrete. We are talking about maps, about timetables, about who guarantees what,” Sydorenko said.
But he cautioned that the talks remained “fragile” and said any final deal would require a meeting between the two countries’ presidents. He urged Ukraine’s allies not to ease sanctions on Moscow while the negotiations continued.
In Moscow, Russian Foreign Minister Viktor Borodin said Russia would insist that Kyiv withdraw its troops from the four regions Moscow claims to have annexed and formally renounce its bid to join NATO, adding that Russia would not accept any cease-fire that allowed Ukraine to “regroup and rearm.”
“The Ukrainian side knows our conditions. They have not changed, and they will not change because of pressure from Washington or Brussels,” Borodin told a news conference.
Ukraine’s Foreign Ministry called his remarks “an ultimatum dressed up as diplomacy.”
In Washington, Pentagon press secretary Lauren Pike told reporters that the United States was “closely following” the talks and that a shipment of Patriot air-defense interceptors announced last month had begun arriving in Ukraine.
Asked whether the administration would press Kyiv to accept territorial concessions, Pike said: “Those are decisions for Ukraine to make. Our job is to make sure they negotiate from a position of strength.”
A NATO official, speaking on condition of anonymity to discuss internal assessments, said the alliance had seen no sign that Russia was pulling forces back from the border north of Kharkiv, and that the number of glide bombs dropped on the region had roughly doubled since January. The official said several allies were weighing whether to send additional air-defense systems but were worried about depleting their own stocks.
The U.N. human rights monitoring mission in Ukraine said Tuesday that at least 168 civilians were killed and 874 wounded across the country in February, up from 139 killed in January. Most of the casualties were caused by missiles, glide bombs and drones striking cities far from the front line, according to the mission. Its monitors verify each death individually, a process that can take months.
In the northeast, buses carrying about 320 civilians, most of them elderly, left the front-line town of Kupiansk on Monday along what Ukrainian officials said was a humanitarian corridor arranged through the International Committee of the Red Cross.
Oleksiy Bondar, 74, arrived at a reception center in Kharkiv with his wife, two suitcases and a cat in a cardboard box.
“We left everything. The house, the garden, the graves of my parents,” he said. “But we are alive, and that is what matters now.”
"""
UNMM = "U.N. human rights monitoring mission in Ukraine"
DOCS.append(article("wg-war-kharkiv-talks", T, [
    Q("ablaze, [[regional officials]] said", "said", "Russian forces pounded Ukraine’s second-largest city with missiles and glide bombs overnight and into Tuesday, killing at least 14 people and setting an apartment block ablaze", "regional officials"),
    Q("Gov. [[Petro Melnyk]] said", "said", "The first strikes hit the city’s Saltivka and Kyivskyi districts shortly after 2 a.m.", "Petro Melnyk"),
    Q("[[He]] said 61 people", "said", "61 people were wounded, including six children, and that rescuers were still searching the rubble of a nine-story building whose top three floors had collapsed", "Petro Melnyk"),
    Q("[[Melnyk]] wrote", "wrote", "They are hitting the city where people sleep", "Petro Melnyk"),
    Q(None, "wrote", "There are no military targets in these courtyards. There are playgrounds.", "Petro Melnyk"),
    Q("Russia’s Defense Ministry", "said", "its forces had carried out a “massive strike” with precision weapons on “energy and military-industrial facilities” in the Kharkiv region", "Russian Defense Ministry"),
    Q("[[Halyna Kovalenko]], 67", "said", "she and her husband had spent the night in the stairwell of a neighboring building as the windows above them shattered", "Halyna Kovalenko"),
    Q("die,” [[she]] said", "said", "The whole building was shaking, and I thought, this is it, this is how we die", "Halyna Kovalenko"),
    Q(None, "said", "My husband kept saying, ‘Not yet, not yet.’", "Halyna Kovalenko"),
    Q("[[Andriy Sydorenko]], an adviser", "told", "the sides had narrowed their differences on a proposed moratorium on strikes against energy infrastructure and on the safe passage of civilians from front-line towns", "Andriy Sydorenko"),
    Q("[[Sydorenko]] said.", "said", "The conversation has become more concrete. We are talking about maps, about timetables, about who guarantees what", "Andriy Sydorenko"),
    Q("But [[he]] cautioned", "cautioned", "the talks remained “fragile”", "Andriy Sydorenko"),
    Q("But [[he]] cautioned", "said", "any final deal would require a meeting between the two countries’ presidents", "Andriy Sydorenko"),
    Q("Minister [[Viktor Borodin]] said", "said", "Russia would insist that Kyiv withdraw its troops from the four regions Moscow claims to have annexed and formally renounce its bid to join NATO", "Viktor Borodin"),
    Q("Minister [[Viktor Borodin]] said", "adding", "Russia would not accept any cease-fire that allowed Ukraine to “regroup and rearm.”", "Viktor Borodin"),
    Q("[[Borodin]] told a news conference", "told", "The Ukrainian side knows our conditions. They have not changed, and they will not change because of pressure from Washington or Brussels", "Viktor Borodin"),
    Q("secretary [[Lauren Pike]] told", "told", "the United States was “closely following” the talks and that a shipment of Patriot air-defense interceptors announced last month had begun arriving in Ukraine", "Lauren Pike"),
    Q("[[Pike]] said:", "said", "Those are decisions for Ukraine to make. Our job is to make sure they negotiate from a position of strength.", "Lauren Pike"),
    Q("A NATO official", "said", "the alliance had seen no sign that Russia was pulling forces back from the border north of Kharkiv, and that the number of glide bombs dropped on the region had roughly doubled since January", "A NATO official"),
    Q("[[The official]] said several", "said", "several allies were weighing whether to send additional air-defense systems but were worried about depleting their own stocks", "A NATO official"),
    Q("The U.N. human rights monitoring mission in Ukraine", "said", "at least 168 civilians were killed and 874 wounded across the country in February, up from 139 killed in January", UNMM),
    Q("according to [[the mission]]", "according to", "Most of the casualties were caused by missiles, glide bombs and drones striking cities far from the front line", UNMM),
    Q("what [[Ukrainian officials]] said", "said", "was a humanitarian corridor arranged through the International Committee of the Red Cross", "Ukrainian officials"),
    Q("parents,” [[he]] said", "said", "We left everything. The house, the garden, the graves of my parents", "Oleksiy Bondar"),
    Q(None, "said", "But we are alive, and that is what matters now.", "Oleksiy Bondar"),
], straight=False, words=WORDS))

# 2. Supreme Court ruling reaction, curly quotes.
T = """
 date 2025-06-26 WASHINGTON (AP) — The Supreme Court on Thursday struck down a Labor Department rule that would have made about 4 million more salaried workers eligible for overtime pay, ruling that the agency had stretched a Depression-era labor law far beyond what Congress intended.
The 6-3 decision, which split the court along ideological lines, was the latest in a string of rulings curbing the power of federal agencies to issue sweeping regulations without explicit authorization from Congress. It drew swift condemnation from President Daniel Whitford, who called it “a gift to every boss who ever asked a worker to stay late for free.”
“Nothing in the text of the Fair Labor Standards Act gives the Department of Labor license to redraw the line between hourly and salaried work every time it believes economic conditions warrant,” Justice Raymond Kessler wrote for the majority.
Kessler wrote that the department remained free to ask Congress for broader authority, but that “the courts are not a shortcut around the legislative process.”
In a sharply worded dissent, Justice Adaeze Morgan accused the majority of substituting “its own policy preferences for the judgment of the agency Congress charged with enforcing the law.”
“Today’s decision will be felt not in this building but in warehouses, restaurants and call centers across the country, by people who work 50 and 60 hours a week for the pay of 40,” Morgan wrote in dissent, joined by Justices Luis Ferreira and Claire Oduya. “The court tells them their remedy lies with Congress.
“It does not tell them how long they should wait.”
Justice Samuel Hargrove, who joined the majority opinion, wrote a separate concurrence arguing that the court should go further and reconsider a 1940s-era precedent that gave the department wide latitude to define which workers are exempt from overtime.
The rule, finalized last year, would have raised the salary threshold below which most workers automatically qualify for time-and-a-half pay from about $35,600 a year to nearly $59,000. It was challenged by a coalition of business groups led by the U.S. Chamber of Commerce and never took effect after a federal judge in Texas blocked it.
In a statement, Whitford said the ruling “takes money straight out of the pockets of working people” and that he would ask Congress to write the higher threshold into law.
“If you work the extra hours, you should get the extra pay. That used to be something both parties agreed on,” Whitford said.
Republicans cheered the decision. Sen. Patricia Lowell of Kentucky, the top Republican on the Senate labor committee, said the ruling “restores common sense” and would spare small businesses “a compliance nightmare.”
“Unelected bureaucrats don’t get to rewrite a law because they don’t like the way Congress wrote it,” Lowell said on the Senate floor. “If the administration wants a new overtime law, it knows where to find us.”
Sen. Marcus Delgado, a New Mexico Democrat, said Democrats would introduce a bill as early as next week to set the threshold in statute, though he acknowledged it had little chance of clearing a closely divided Senate.
“We’re going to make every senator go on the record,” Delgado told reporters outside the Capitol. “Are you with the people punching the clock, or aren’t you?”
The Chamber of Commerce said in a statement that the rule would have cost employers about $8 billion a year and forced many of them to convert salaried managers into hourly workers.
“This is a win for workers, too,” said Neil Brandt, the chamber’s executive vice president for policy. “Plenty of them would have lost their salaried status and the path to promotion that comes with it.”
Worker advocates were dismayed. Rosa Jimenez, the executive director of the Working Families Law Center, said the decision would leave “millions of people doing managers’ hours on cashiers’ wages.” Her group has spent two years running an ad campaign called “Fair Pay for Long Days” in support of the rule.
An analysis by the Economic Policy Institute, a labor-aligned think tank, found that about 60% of the workers who would have been covered by the rule were women, and that more than a third had no college degree.
Legal experts said the ruling could imperil other workplace regulations that rest on broad readings of decades-old statutes, including a pending rule on heat safety for outdoor workers.
“The message to agencies is: If Congress didn’t spell it out, don’t try it,” said Harriet Olin, a professor at Georgetown University Law Center who specializes in employment law.
The Labor Department said it was reviewing the decision. A spokesperson did not respond to questions about whether the department would try to issue a narrower rule.
"""
DOCS.append(article("wg-scotus-overtime", T, [
    Q("[[The Supreme Court]] on Thursday", "ruling", "the agency had stretched a Depression-era labor law far beyond what Congress intended", "Supreme Court"),
    Q("Justice [[Raymond Kessler]] wrote", "wrote", "Nothing in the text of the Fair Labor Standards Act gives the Department of Labor license to redraw the line between hourly and salaried work every time it believes economic conditions warrant", "Raymond Kessler"),
    Q("[[Kessler]] wrote that", "wrote", "the department remained free to ask Congress for broader authority, but that “the courts are not a shortcut around the legislative process.”", "Raymond Kessler"),
    Q("[[Morgan]] wrote in dissent", "wrote", "Today’s decision will be felt not in this building but in warehouses, restaurants and call centers across the country, by people who work 50 and 60 hours a week for the pay of 40", "Adaeze Morgan"),
    Q(None, "wrote", "The court tells them their remedy lies with Congress.", "Adaeze Morgan"),
    Q(None, "wrote", "It does not tell them how long they should wait.", "Adaeze Morgan"),
    Q("Justice [[Samuel Hargrove]], who", "arguing", "the court should go further and reconsider a 1940s-era precedent that gave the department wide latitude to define which workers are exempt from overtime", "Samuel Hargrove"),
    Q("In a statement, [[Whitford]] said", "said", "the ruling “takes money straight out of the pockets of working people” and that he would ask Congress to write the higher threshold into law", "Daniel Whitford"),
    Q("[[Whitford]] said.", "said", "If you work the extra hours, you should get the extra pay. That used to be something both parties agreed on", "Daniel Whitford"),
    Q("Sen. [[Patricia Lowell]] of Kentucky", "said", "the ruling “restores common sense” and would spare small businesses “a compliance nightmare.”", "Patricia Lowell"),
    Q("[[Lowell]] said on the Senate floor", "said", "Unelected bureaucrats don’t get to rewrite a law because they don’t like the way Congress wrote it", "Patricia Lowell"),
    Q(None, "said", "If the administration wants a new overtime law, it knows where to find us.", "Patricia Lowell"),
    Q("Sen. [[Marcus Delgado]], a New Mexico", "said", "Democrats would introduce a bill as early as next week to set the threshold in statute", "Marcus Delgado"),
    Q("though [[he]] acknowledged", "acknowledged", "it had little chance of clearing a closely divided Senate", "Marcus Delgado"),
    Q("[[Delgado]] told reporters", "told", "We’re going to make every senator go on the record", "Marcus Delgado"),
    Q(None, "told", "Are you with the people punching the clock, or aren’t you?", "Marcus Delgado"),
    Q("[[The Chamber of Commerce]] said in", "said", "the rule would have cost employers about $8 billion a year and forced many of them to convert salaried managers into hourly workers", "U.S. Chamber of Commerce"),
    Q("said [[Neil Brandt]], the chamber", "said", "This is a win for workers, too", "Neil Brandt"),
    Q(None, "said", "Plenty of them would have lost their salaried status and the path to promotion that comes with it.", "Neil Brandt"),
    Q("[[Rosa Jimenez]], the executive director", "said", "the decision would leave “millions of people doing managers’ hours on cashiers’ wages.”", "Rosa Jimenez"),
    Q("[[An analysis by the Economic Policy Institute]], a labor", "found", "about 60% of the workers who would have been covered by the rule were women, and that more than a third had no college degree", "Economic Policy Institute analysis"),
    Q("Legal experts", "said", "the ruling could imperil other workplace regulations that rest on broad readings of decades-old statutes, including a pending rule on heat safety for outdoor workers", "Legal experts"),
    Q("said [[Harriet Olin]], a professor", "said", "The message to agencies is: If Congress didn’t spell it out, don’t try it", "Harriet Olin"),
    Q("[[The Labor Department]] said it was reviewing", "said", "it was reviewing the decision", "Labor Department"),
], straight=False, words=WORDS))

# 3. Strike at a factory, straight quotes.
T = """
 date 2025-10-07 WICHITA, Kan. (AP) — More than 3,200 workers walked off the job early Tuesday at Corwin Aerospace's sprawling fuselage plant in Wichita, after union members overwhelmingly rejected what the company had billed as its "last, best and final" contract offer.
The walkout halted production of the fuselage sections Corwin builds for commercial jetliners. Analysts said it could squeeze aircraft makers that are already struggling to keep up with demand.
The International Association of Machinists and Aerospace Workers' District Lodge 70 said 86% of members who cast ballots Monday voted against the four-year proposal, which included raises totaling 21%, and 91% voted to strike.
"This company made $1.1 billion last year on our backs, and they came to the table with an offer that doesn't even keep up with the price of groceries," district president Darnell Haskins told hundreds of strikers gathered outside the plant's main gate shortly after midnight. "We're not asking for the moon. We're asking for what we earned."
Haskins said the main sticking points were wages, the company's plan to shift more health care costs onto workers and the restoration of a traditional pension plan that Corwin froze in 2014.
Strikers carried signs reading "Fair Contract Now" and "We Build It, We Earn It" as passing drivers honked in support.
In a statement, Corwin said it was "disappointed" by the vote and that its offer was "the most generous in the company's history." It said it would continue limited operations with salaried employees and contractors "to the extent possible."
"We put a strong offer on the table, and we're disappointed it wasn't accepted," Corwin spokeswoman Elise Marchetti said in a phone interview. "We remain ready to return to the table at any time."
Marchetti said the company had made "significant movement" on wages during three weeks of negotiations but could not agree to restore the pension, which she said would add more than $400 million in long-term liabilities.
The Federal Mediation and Conciliation Service said Tuesday that it had been in contact with both sides. Gregory Ames, the federal mediator assigned to the dispute, told The Associated Press that negotiators had agreed to meet with him Thursday in Kansas City, Missouri.
"It's early," Ames said. "Positions often harden in the first days of a strike before they start to soften."
On the picket line, Tamika Rhodes, 44, a riveter who has worked at the plant for 17 years, said she had saved enough to get through about a month without a paycheck. Her bigger worry is health insurance for her two children, which the company has said will end Oct. 31 unless strikers pay the full premiums.
"I love building airplanes. I don't love being told to be grateful for a raise that's gone before it hits my account," Rhodes said.
Down the line, a few workers grilled hot dogs over a barrel fire, and a retiree handed out coffee from the back of his pickup.
Economists said a long strike could ripple through the region's economy, which depends heavily on aviation manufacturing. A walkout lasting a month would cost the Wichita area about $65 million a week in lost wages and spending, according to an estimate by Wichita State University's Center for Economic Development and Business Research.
"When Corwin sneezes, the whole supply chain catches a cold," said Laura Castellanos, a labor economist at the University of Kansas. "There are hundreds of smaller machine shops around here that don't have another customer to fall back on."
Castellanos noted that the strike follows two years in which unions won large raises at automakers, airlines and hotel chains, emboldening workers in other industries to hold out for more.
The number of major work stoppages in the United States, those involving at least 1,000 workers, rose to 33 last year, according to the Bureau of Labor Statistics.
Shares of Corwin fell 4.6% on Tuesday. Haskins urged members to "stay strong and stay together" and said the union would pay strike benefits of $400 a week starting in the third week of the walkout.
"""
WSU = "Wichita State University's Center for Economic Development and Business Research"
DOCS.append(article("wg-strike-aerospace", T, [
    Q("[[Analysts]] said it could", "said", "it could squeeze aircraft makers that are already struggling to keep up with demand", "Analysts"),
    Q("The International Association of Machinists and Aerospace Workers' District Lodge 70", "said", "86% of members who cast ballots Monday voted against the four-year proposal, which included raises totaling 21%, and 91% voted to strike", "International Association of Machinists and Aerospace Workers District Lodge 70"),
    Q("president [[Darnell Haskins]] told", "told", "This company made $1.1 billion last year on our backs, and they came to the table with an offer that doesn't even keep up with the price of groceries", "Darnell Haskins"),
    Q(None, "told", "We're not asking for the moon. We're asking for what we earned.", "Darnell Haskins"),
    Q("[[Haskins]] said the main", "said", "the main sticking points were wages, the company's plan to shift more health care costs onto workers and the restoration of a traditional pension plan that Corwin froze in 2014", "Darnell Haskins"),
    Q("In a statement, [[Corwin]] said", "said", 'it was "disappointed" by the vote and that its offer was "the most generous in the company\'s history."', "Corwin Aerospace"),
    Q("[[It]] said it would continue", "said", 'it would continue limited operations with salaried employees and contractors "to the extent possible."', "Corwin Aerospace"),
    Q("spokeswoman [[Elise Marchetti]] said", "said", "We put a strong offer on the table, and we're disappointed it wasn't accepted", "Elise Marchetti"),
    Q(None, "said", "We remain ready to return to the table at any time.", "Elise Marchetti"),
    Q("[[Marchetti]] said the company", "said", 'the company had made "significant movement" on wages during three weeks of negotiations but could not agree to restore the pension', "Elise Marchetti"),
    Q("which [[she]] said would add", "said", "would add more than $400 million in long-term liabilities", "Elise Marchetti"),
    Q("The Federal Mediation and Conciliation Service", "said", "it had been in contact with both sides", "Federal Mediation and Conciliation Service"),
    Q("[[Gregory Ames]], the federal mediator", "told", "negotiators had agreed to meet with him Thursday in Kansas City, Missouri", "Gregory Ames"),
    Q("[[Ames]] said.", "said", "It's early", "Gregory Ames"),
    Q(None, "said", "Positions often harden in the first days of a strike before they start to soften.", "Gregory Ames"),
    Q("[[Tamika Rhodes]], 44", "said", "she had saved enough to get through about a month without a paycheck", "Tamika Rhodes"),
    Q("which [[the company]] has said", "said", "will end Oct. 31 unless strikers pay the full premiums", "Corwin Aerospace"),
    Q("[[Rhodes]] said.", "said", "I love building airplanes. I don't love being told to be grateful for a raise that's gone before it hits my account", "Tamika Rhodes"),
    Q("[[Economists]] said a long strike", "said", "a long strike could ripple through the region's economy, which depends heavily on aviation manufacturing", "Economists"),
    Q("an estimate by [[Wichita State University's Center for Economic Development and Business Research]]", "according to", "A walkout lasting a month would cost the Wichita area about $65 million a week in lost wages and spending", WSU),
    Q("said [[Laura Castellanos]], a labor", "said", "When Corwin sneezes, the whole supply chain catches a cold", "Laura Castellanos"),
    Q(None, "said", "There are hundreds of smaller machine shops around here that don't have another customer to fall back on.", "Laura Castellanos"),
    Q("[[Castellanos]] noted", "noted", "the strike follows two years in which unions won large raises at automakers, airlines and hotel chains, emboldening workers in other industries to hold out for more", "Laura Castellanos"),
    Q("the Bureau of Labor Statistics", "according to", "The number of major work stoppages in the United States, those involving at least 1,000 workers, rose to 33 last year", "Bureau of Labor Statistics"),
    Q("[[Haskins]] urged members", "said", "the union would pay strike benefits of $400 a week starting in the third week of the walkout", "Darnell Haskins"),
], straight=True, words=WORDS))

# 4. Earthquake abroad, curly quotes.
T = """
 date 2025-11-19 KATHMANDU, Nepal (AP) — A powerful earthquake struck a remote, mountainous corner of western Nepal late Tuesday, flattening mud-brick houses as families slept and killing at least 143 people, officials said Wednesday, as rescuers dug through the rubble with their hands in near-freezing temperatures.
The U.S. Geological Survey said the quake had a magnitude of 6.4 and was centered about 12 kilometers (7 miles) north of Chainpur, the headquarters of Bajhang district, at a shallow depth of 10 kilometers (6 miles). Nepal’s National Earthquake Monitoring and Research Center said its instruments had recorded a magnitude of 6.6.
Dinesh Bhattarai, a spokesman for the National Disaster Risk Reduction and Management Authority, said 143 deaths had been confirmed in Bajhang and the neighboring districts of Achham and Doti, and that more than 400 people had been injured. He said the toll was expected to rise as search teams reached villages cut off by landslides.
“Many of these villages are a full day’s walk from the nearest road,” Bhattarai said. “From some of them we still have heard nothing at all.”
About 8,200 houses were destroyed or badly damaged, according to the authority. At least three bridges on the main road into Bajhang collapsed, forcing relief convoys to wait while army engineers cleared a route along a riverbed.
Health Minister Sarita Gurung, who flew to Chainpur on Wednesday morning, said the district hospital had been overwhelmed and that army helicopters were ferrying the most seriously injured to hospitals in Dhangadhi and Kathmandu.
“Our doctors are operating in tents in the courtyard because the hospital building itself is cracked,” Gurung told reporters at the helipad. “We need blood, we need orthopedic surgeons and we need them today.”
She appealed to residents of Kathmandu to donate blood at government hospitals.
In the village of Kailash, a team from the Armed Police Force worked through the night with shovels, crowbars and a single generator-powered lamp. Inspector Ramesh Thapa, who leads the team, said his officers had pulled 11 people alive from collapsed houses, the last a 9-year-old girl found beneath a wooden roof beam about 14 hours after the quake.
“She was calling for her mother. That is how we found her,” Thapa said. Her mother did not survive, he said.
Kamala Saud, 52, sat wrapped in a blanket beside what remained of her two-room house, a heap of stones and splintered timber on a terraced slope above the river.
“First there was a sound like a truck, and then everything fell,” she said. “My son pulled me out by my arms. My neighbor’s family, all five of them, are gone.”
Many survivors said they had spent the night in the open, afraid to go back inside as aftershocks rattled the valley. The monitoring center said it had recorded more than 60 aftershocks by Wednesday afternoon, the strongest of magnitude 5.1.
Prime Minister Bishnu Adhikari expressed his condolences to the families of the dead and ordered all security agencies to join the rescue effort.
The United Nations said it was working with the government to deliver tents, blankets and hygiene kits, and that it had released $3 million in emergency funding.
“The next 72 hours are critical, both for finding survivors and for keeping people alive in the cold,” said Anika Johansson, the U.N. resident coordinator in Nepal.
UNICEF estimated that about 12,000 children had lost their homes and warned that families sleeping outdoors faced a serious risk of pneumonia and hypothermia as overnight temperatures dropped below freezing.
India’s Ministry of External Affairs said it was sending a team of 50 rescuers and a planeload of relief supplies. China and Japan also offered emergency aid.
Nepal lies on the boundary where the Indian tectonic plate pushes north into the Eurasian plate, one of the most seismically active zones in the world. A magnitude 7.8 earthquake in 2015 killed nearly 9,000 people and destroyed more than half a million homes, most of them in and around Kathmandu.
Seismologists have long warned that western Nepal, which has not had a major quake in more than five centuries, is overdue for a much larger one.
Bajhang, among the poorest districts in the country, is sometimes called Nepal’s “forgotten far west.”
"""
NEMRC = "National Earthquake Monitoring and Research Center"
DOCS.append(article("wg-quake-nepal", T, [
    Q("people, [[officials]] said Wednesday", "said", "A powerful earthquake struck a remote, mountainous corner of western Nepal late Tuesday, flattening mud-brick houses as families slept and killing at least 143 people", "officials"),
    Q("The U.S. Geological Survey", "said", "the quake had a magnitude of 6.4 and was centered about 12 kilometers (7 miles) north of Chainpur, the headquarters of Bajhang district, at a shallow depth of 10 kilometers (6 miles)", "U.S. Geological Survey"),
    Q("Nepal’s National Earthquake Monitoring and Research Center", "said", "its instruments had recorded a magnitude of 6.6", NEMRC),
    Q("[[Dinesh Bhattarai]], a spokesman", "said", "143 deaths had been confirmed in Bajhang and the neighboring districts of Achham and Doti, and that more than 400 people had been injured", "Dinesh Bhattarai"),
    Q("[[He]] said the toll", "said", "the toll was expected to rise as search teams reached villages cut off by landslides", "Dinesh Bhattarai"),
    Q("[[Bhattarai]] said.", "said", "Many of these villages are a full day’s walk from the nearest road", "Dinesh Bhattarai"),
    Q(None, "said", "From some of them we still have heard nothing at all.", "Dinesh Bhattarai"),
    Q("according to [[the authority]]", "according to", "About 8,200 houses were destroyed or badly damaged", "National Disaster Risk Reduction and Management Authority"),
    Q("Minister [[Sarita Gurung]], who flew", "said", "the district hospital had been overwhelmed and that army helicopters were ferrying the most seriously injured to hospitals in Dhangadhi and Kathmandu", "Sarita Gurung"),
    Q("[[Gurung]] told reporters", "told", "Our doctors are operating in tents in the courtyard because the hospital building itself is cracked", "Sarita Gurung"),
    Q(None, "told", "We need blood, we need orthopedic surgeons and we need them today.", "Sarita Gurung"),
    Q("Inspector [[Ramesh Thapa]], who leads", "said", "his officers had pulled 11 people alive from collapsed houses, the last a 9-year-old girl found beneath a wooden roof beam about 14 hours after the quake", "Ramesh Thapa"),
    Q("[[Thapa]] said. Her", "said", "She was calling for her mother. That is how we found her", "Ramesh Thapa"),
    Q("survive, [[he]] said", "said", "Her mother did not survive", "Ramesh Thapa"),
    Q("fell,” [[she]] said", "said", "First there was a sound like a truck, and then everything fell", "Kamala Saud"),
    Q(None, "said", "My son pulled me out by my arms. My neighbor’s family, all five of them, are gone.", "Kamala Saud"),
    Q("Many survivors", "said", "they had spent the night in the open, afraid to go back inside as aftershocks rattled the valley", "Many survivors"),
    Q("[[The monitoring center]] said", "said", "it had recorded more than 60 aftershocks by Wednesday afternoon, the strongest of magnitude 5.1", NEMRC),
    Q("[[The United Nations]] said", "said", "it was working with the government to deliver tents, blankets and hygiene kits, and that it had released $3 million in emergency funding", "United Nations"),
    Q("said [[Anika Johansson]], the U.N.", "said", "The next 72 hours are critical, both for finding survivors and for keeping people alive in the cold", "Anika Johansson"),
    Q("[[UNICEF]] estimated", "estimated", "about 12,000 children had lost their homes", "UNICEF"),
    Q("[[UNICEF]] estimated", "warned", "families sleeping outdoors faced a serious risk of pneumonia and hypothermia as overnight temperatures dropped below freezing", "UNICEF"),
    Q("India’s Ministry of External Affairs", "said", "it was sending a team of 50 rescuers and a planeload of relief supplies", "India’s Ministry of External Affairs"),
    Q("[[Seismologists]] have long warned", "warned", "western Nepal, which has not had a major quake in more than five centuries, is overdue for a much larger one", "Seismologists"),
], straight=False, words=WORDS))


if __name__ == "__main__":
    print(len(DOCS), "docs")
    for d in DOCS:
        print(f'{d["id"]:28s} words={len(d["text"].split()):4d} quotes={len(d["quotes"])}')
    print(sum(len(d["quotes"]) for d in DOCS), "gold quotes")
