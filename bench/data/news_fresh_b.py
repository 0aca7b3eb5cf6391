#!/usr/bin/env python3
"""Fresh unseen evaluation set, part B: 4 invented news articles (people, companies, teams and
events are fictional; real states, agencies and institutions appear) with gold attributed quotes,
annotated in the conventions of build_news_dev.py / build_news_holdout.py without looking at the
extractor or its output.

Styles:
  fb-election-columbus-mayor  election-night wire report, " date " header, curly quotes; a woman
      and several men alternating as "she"/"he", "told supporters at a rally", "conceded in a
      speech that", vote figures "according to unofficial results from ...", a poll "found that",
      slogans, a banner and an ad title in quotes, "A campaign spokesman, X, said" apposition.
  fb-cdc-heat-workers  public-health agency story, straight quotes, no dateline: "the Centers for
      Disease Control and Prevention said in a report released Thursday", "the agency said",
      "according to the report", "the report found that", researchers/authors "wrote", an outside
      epidemiologist "who was not involved in the study", hedged figures, a report title in quotes,
      "the agency" re-used for the WHO, "recommends" (no claim).
  fb-court-kenosha-arson  local court story, straight quotes: "a prosecutor told jurors" in the
      lede, "according to a criminal complaint", "the complaint states", "police said", "neighbors
      said", "the prosecutor argued", "defense attorney X told the jury", "testified that",
      "acknowledged that", the defendant's text message read in court, "he told investigators
      that", "the judge said", "declined to comment" and "did not immediately respond to a request
      for comment" (no claims).
  fb-sports-hockey-comeback  sports game story, " date " header, curly quotes: "said after the
      game", "told reporters that", "said of his teammate", a coach by surname and as "the coach",
      a nickname in quotes, quotes containing questions, "joked", "admitted", a quote split across
      the cue ("We were," X said, "just not good enough ..."), statistics in the narration,
      "according to the team".

Judgement calls:
- "The Associated Press called the race for X" (and "had not called the race") is a news
  organization declaring a result, not a reported statement with content: no gold quote, like
  "called X a ...". "accused his opponent of wanting to ..." and "a charge she repeatedly denied"
  (denied with a noun-phrase object, no clause) get no gold quote either.
- Vote figures "according to unofficial results from the Franklin County Board of Elections" are
  the board's (data -> its source, as in the holdout); "according to unofficial returns" with no
  named source keeps the noun phrase "unofficial returns". "An AP VoteCast survey ... found that"
  is the survey.
- "the report found" / "according to the report" -> canonical "Centers for Disease Control and
  Prevention report" (the report as introduced: the CDC's report); the lede's "the Centers for
  Disease Control and Prevention said in a report" -> the CDC. "the researchers" and "the authors"
  keep their literal noun phrases, as in the dev set. "the agency" resolves to the agency last
  named (the CDC, then the World Health Organization in the WHO paragraph).
- Directives are not claims: "the agency recommends that ...", "reminded them not to read ...".
  A proposition introduced by "reminded jurors that ..." is a claim.
- For "A, X said ..., with/while B", only A is the content unless B has its own cue ("while his
  attorney insisted ..." is a second gold quote).
- Reported speech nested inside a claim (a daughter testifying what her father had told her,
  "My linemates kept telling me ..." inside a quote) is only the outer gold quote.
- The defendant's text message read aloud in court ("..., Keane wrote in the message") is Keane's
  quote; "She then read aloud a text message" is not a claim by the prosecutor.
- "a prosecutor told jurors" in the lede resolves to the prosecutor named later; "police said"
  resolves to the Kenosha Police Department named later.
- A reporter's question ("Asked whether ...") is not a gold quote; a question inside a quote is
  content like any other sentence.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_news_dev import Q, article  # noqa: E402

WORDS = (350, 1100)
DOCS = []

# 1. Election night, curly quotes, date header.
T = """
 date 2025-11-04 COLUMBUS, Ohio (AP) — Renée Castellanos, a former public defender who promised to rebuild the city’s police oversight board from scratch, was elected mayor of Columbus on Tuesday, defeating City Council President Mark Tolliver after a race that turned bitter in its final weeks.
The Associated Press called the race for Castellanos at 10:42 p.m. With 87% of the votes counted, she led Tolliver 54% to 46%, according to unofficial results from the Franklin County Board of Elections.
“Tonight this city decided that it can be safer and fairer at the same time,” Castellanos told supporters at a rally at the Lincoln Theatre, where the crowd had chanted her campaign slogan, “Columbus for All of Us,” for nearly an hour before she took the stage. “Tomorrow we start proving it.”
Tolliver conceded in a speech shortly before 11 p.m. that the night had not gone his way. He said he had called Castellanos to congratulate her.
“The voters have spoken, and I respect that,” he told a subdued crowd in a downtown hotel ballroom. “But I’m not going anywhere. The problems we talked about in this campaign don’t disappear tonight.”
Turnout was about 41% of registered voters, the highest for a Columbus mayoral election since 2007, the board of elections said.
Castellanos, 46, will be the first Latina to lead Ohio’s largest city. She built her campaign around public safety and housing, arguing that the city had spent a decade expanding its police budget without rebuilding public trust.
Tolliver, 58, a former police sergeant, ran under the banner “Safe Streets First” and accused his opponent of wanting to “defund the police by another name,” a charge she repeatedly denied. His closing television ad, titled “Who Will Answer the Call?”, aired more than 2,000 times in the final two weeks, according to the ad-tracking firm Spotline Media.
An AP VoteCast survey of more than 1,900 city voters found that crime and housing costs were the top concerns, with nearly 4 in 10 voters naming each.
At the rally, Castellanos said her first act as mayor would be to ask the City Council to give the oversight board the power to issue subpoenas.
“I didn’t run to be the mayor who cuts ribbons,” she said. “I ran to be the mayor who fixes the things that have been broken for a long time.”
A campaign spokesman, Jordan Pryce, said late Tuesday that Tolliver would not seek a recount. Roughly 30,000 absentee and provisional ballots have yet to be counted.
“The math just isn’t there,” Pryce said in a text message.
Down the ballot, the race for an open seat in the City Council’s 3rd District remained too close to call early Wednesday. Deborah Okafor, a nurse and first-time candidate, led businessman Gregory Lyle by fewer than 400 votes, 50.8% to 49.2%.
“We’re going to wait for every ballot, and I’d ask everyone else to do the same,” Okafor told reporters outside her campaign office in Linden.
Lyle said he was “cautiously optimistic” that the remaining absentee ballots would break his way. He noted that his campaign had spent heavily on mail voting in the district’s northern precincts.
“Those ballots are ours,” he said. “I’d bet my house on it.”
Voters also approved Issue 12, a $350 million bond for affordable housing, by a margin of nearly 2 to 1, according to unofficial returns. Supporters of the measure, who blanketed the city with yard signs reading “Homes Are Infrastructure,” said it would pay for at least 4,000 new units over the next decade.
Castellanos will be sworn in on Jan. 1. Outgoing Mayor Philip Grayson, who did not seek a third term and stayed out of the race, said in a statement that he would meet with her this week to begin the transition. He called the campaign “hard-fought.”
"""
BOARD = "Franklin County Board of Elections"
DOCS.append(article("fb-election-columbus-mayor", T, [
    Q("unofficial results from the Franklin County Board of Elections", "according to", "With 87% of the votes counted, she led Tolliver 54% to 46%", BOARD),
    Q("[[Castellanos]] told supporters", "told", "Tonight this city decided that it can be safer and fairer at the same time", "Renée Castellanos"),
    Q(None, "told", "Tomorrow we start proving it.", "Renée Castellanos"),
    Q("[[Tolliver]] conceded", "conceded", "the night had not gone his way", "Mark Tolliver"),
    Q("[[He]] said he had called", "said", "he had called Castellanos to congratulate her", "Mark Tolliver"),
    Q("[[he]] told a subdued crowd", "told", "The voters have spoken, and I respect that", "Mark Tolliver"),
    Q(None, "told", "But I’m not going anywhere. The problems we talked about in this campaign don’t disappear tonight.", "Mark Tolliver"),
    Q("[[the board of elections]] said", "said", "Turnout was about 41% of registered voters, the highest for a Columbus mayoral election since 2007", BOARD),
    Q("[[She]] built her campaign", "arguing", "the city had spent a decade expanding its police budget without rebuilding public trust", "Renée Castellanos"),
    Q("the ad-tracking firm [[Spotline Media]]", "according to", "His closing television ad, titled “Who Will Answer the Call?”, aired more than 2,000 times in the final two weeks", "Spotline Media"),
    Q("An AP VoteCast survey of more than 1,900 city voters", "found", "crime and housing costs were the top concerns, with nearly 4 in 10 voters naming each", "AP VoteCast survey"),
    Q("At the rally, [[Castellanos]] said", "said", "her first act as mayor would be to ask the City Council to give the oversight board the power to issue subpoenas", "Renée Castellanos"),
    Q("ribbons,” [[she]] said", "said", "I didn’t run to be the mayor who cuts ribbons", "Renée Castellanos"),
    Q(None, "said", "I ran to be the mayor who fixes the things that have been broken for a long time.", "Renée Castellanos"),
    Q("A campaign spokesman, [[Jordan Pryce]], said", "said", "Tolliver would not seek a recount", "Jordan Pryce"),
    Q("[[Pryce]] said in a text message", "said", "The math just isn’t there", "Jordan Pryce"),
    Q("[[Okafor]] told reporters", "told", "We’re going to wait for every ballot, and I’d ask everyone else to do the same", "Deborah Okafor"),
    Q("[[Lyle]] said he was", "said", "he was “cautiously optimistic” that the remaining absentee ballots would break his way", "Gregory Lyle"),
    Q("[[He]] noted that", "noted", "his campaign had spent heavily on mail voting in the district’s northern precincts", "Gregory Lyle"),
    Q("ours,” [[he]] said", "said", "Those ballots are ours", "Gregory Lyle"),
    Q(None, "said", "I’d bet my house on it.", "Gregory Lyle"),
    Q("according to [[unofficial returns]]", "according to", "Voters also approved Issue 12, a $350 million bond for affordable housing, by a margin of nearly 2 to 1", "unofficial returns"),
    Q("Supporters of the measure", "said", "it would pay for at least 4,000 new units over the next decade", "Supporters of the measure"),
    Q("Mayor [[Philip Grayson]]", "said", "he would meet with her this week to begin the transition", "Philip Grayson"),
], straight=False, words=WORDS))

# 2. Public-health agency report, straight quotes, no dateline.
T = """
Emergency room visits for heat-related illness among people who work outdoors nearly doubled between 2019 and 2024, the Centers for Disease Control and Prevention said in a report released Thursday, with construction and farm workers accounting for more than half of the cases.
The report, titled "Heat-Related Illness Among Outdoor Workers, 2019-2024," drew on records from about 4,300 hospital emergency departments in 48 states. According to the report, there were at least 31,800 such visits in 2024, up from roughly 16,500 five years earlier.
Nearly 9 in 10 of the visits occurred between May and September, and men made up about 84% of the patients, the agency said. Workers ages 18 to 29 had the highest rate of visits of any age group.
The report found that the sharpest increases were in the South and Southwest, where visits in Texas, Arizona and Louisiana combined rose by more than 150%.
"These are not people who decided to go for a run on a hot afternoon. They are people whose jobs require them to be outside," said Dr. Alicia Moreno, a medical officer at the CDC's National Institute for Occupational Safety and Health and the report's lead author. "And the data tell us the risk is growing."
Moreno said the agency's count almost certainly missed many cases, because it included only people who sought care in an emergency room and whose illness was recorded as heat-related.
In the report, the researchers wrote that the increase was "likely driven in part by" more frequent and longer heat waves, but that changes in how hospitals code diagnoses may also have played a role.
"Most heat-related illness is preventable with water, rest, shade and time for new workers to adjust," the authors wrote, adding that only a handful of states require employers to provide those protections.
The federal Occupational Safety and Health Administration proposed a national heat standard in 2024 that would require rest breaks and drinking water once temperatures reach certain thresholds. The rule has not been finalized.
Dr. Kenneth Obi, an epidemiologist at Emory University who was not involved in the study, said the findings matched what clinicians across the South had been describing for years.
"The numbers are almost certainly an undercount," Obi said. "A lot of these workers never make it to an emergency room. They go home, or they keep working, because they can't afford to lose the day."
Globally, the World Health Organization estimates that about 489,000 people die from heat-related causes each year, and the agency has warned that outdoor workers in low- and middle-income countries face some of the greatest risks.
In the United States, at least 479 workers died from exposure to environmental heat on the job between 2011 and 2022, according to the Bureau of Labor Statistics.
Advocates for farmworkers said the report confirmed what they had been arguing for more than a decade.
"People are scared to ask for a break because they think they'll be sent home and not called back," said Mariela Santos, an organizer with the Farmworker Health Coalition in Immokalee, Florida. "So they push through until they collapse."
A trade group representing agricultural employers, the Growers Alliance of America, said in a statement that many of its members already provide shade and water and that a "one-size-fits-all" federal rule would be unworkable for small farms.
The CDC said it would update its guidance for employers before next summer. Among other steps, the agency recommends that new workers spend no more than 20% of a normal shift in the heat on their first day, increasing gradually over about a week.
Moreno said the goal of the report was not to alarm employers but to give them a reason to act.
"We know how to prevent nearly every one of these cases," she said. "What we need is for that knowledge to reach the job site."
"""
CDC = "Centers for Disease Control and Prevention"
REPORT = "Centers for Disease Control and Prevention report"
WHO = "World Health Organization"
DOCS.append(article("fb-cdc-heat-workers", T, [
    Q("the [[Centers for Disease Control and Prevention]] said in a report", "said", "Emergency room visits for heat-related illness among people who work outdoors nearly doubled between 2019 and 2024", CDC),
    Q("According to [[the report]], there", "according to", "there were at least 31,800 such visits in 2024, up from roughly 16,500 five years earlier", REPORT),
    Q("[[the agency]] said. Workers", "said", "Nearly 9 in 10 of the visits occurred between May and September, and men made up about 84% of the patients", CDC),
    Q("[[The report]] found that", "found", "the sharpest increases were in the South and Southwest, where visits in Texas, Arizona and Louisiana combined rose by more than 150%", REPORT),
    Q("Dr. [[Alicia Moreno]], a medical officer", "said", "These are not people who decided to go for a run on a hot afternoon. They are people whose jobs require them to be outside", "Alicia Moreno"),
    Q(None, "said", "And the data tell us the risk is growing.", "Alicia Moreno"),
    Q("[[Moreno]] said the agency's count", "said", "the agency's count almost certainly missed many cases, because it included only people who sought care in an emergency room and whose illness was recorded as heat-related", "Alicia Moreno"),
    Q("[[the researchers]] wrote", "wrote", "the increase was \"likely driven in part by\" more frequent and longer heat waves, but that changes in how hospitals code diagnoses may also have played a role", "the researchers"),
    Q("[[the authors]] wrote", "wrote", "Most heat-related illness is preventable with water, rest, shade and time for new workers to adjust", "the authors"),
    Q("[[the authors]] wrote", "adding", "only a handful of states require employers to provide those protections", "the authors"),
    Q("Dr. [[Kenneth Obi]], an epidemiologist", "said", "the findings matched what clinicians across the South had been describing for years", "Kenneth Obi"),
    Q("[[Obi]] said. \"A lot", "said", "The numbers are almost certainly an undercount", "Kenneth Obi"),
    Q(None, "said", "A lot of these workers never make it to an emergency room. They go home, or they keep working, because they can't afford to lose the day.", "Kenneth Obi"),
    Q("the [[World Health Organization]] estimates", "estimates", "about 489,000 people die from heat-related causes each year", WHO),
    Q("[[the agency]] has warned", "warned", "outdoor workers in low- and middle-income countries face some of the greatest risks", WHO),
    Q("the Bureau of Labor Statistics", "according to", "In the United States, at least 479 workers died from exposure to environmental heat on the job between 2011 and 2022", "Bureau of Labor Statistics"),
    Q("Advocates for farmworkers", "said", "the report confirmed what they had been arguing for more than a decade", "Advocates for farmworkers"),
    Q("said [[Mariela Santos]], an organizer", "said", "People are scared to ask for a break because they think they'll be sent home and not called back", "Mariela Santos"),
    Q(None, "said", "So they push through until they collapse.", "Mariela Santos"),
    Q("the [[Growers Alliance of America]], said", "said", "many of its members already provide shade and water and that a \"one-size-fits-all\" federal rule would be unworkable for small farms", "Growers Alliance of America"),
    Q("[[The CDC]] said it would", "said", "it would update its guidance for employers before next summer", CDC),
    Q("[[Moreno]] said the goal", "said", "the goal of the report was not to alarm employers but to give them a reason to act", "Alicia Moreno"),
    Q("cases,\" [[she]] said", "said", "We know how to prevent nearly every one of these cases", "Alicia Moreno"),
    Q(None, "said", "What we need is for that knowledge to reach the job site.", "Alicia Moreno"),
], straight=True, words=WORDS))

# 3. Local court story, straight quotes, dateline.
T = """
KENOSHA, Wis. - A Kenosha man set the fire that killed his downstairs neighbor last year on purpose, after months of feuding over a shared driveway, a prosecutor told jurors Tuesday, while his attorney insisted the blaze was a tragic accident.
Travis Keane, 31, is charged with first-degree reckless homicide and arson in the death of Dale Pruitt, 67, who lived on the ground floor of the duplex the two men shared on 45th Street. Closing arguments in the weeklong trial ended Tuesday afternoon, and jurors are expected to begin deliberating Wednesday.
According to a criminal complaint, firefighters called to the duplex at about 1:30 a.m. on Oct. 14 found the detached garage fully engulfed and flames spreading to the rear of the house. Pruitt was pulled from a first-floor bedroom and died two days later at a Milwaukee hospital, police said.
The complaint states that a neighbor's doorbell camera recorded a man matching Keane's description walking toward the garage with a red gas can at 1:12 a.m. Investigators later found a gas can of the same color in the bed of Keane's pickup, according to the complaint.
Neighbors said the two men had argued for months over where Keane parked his truck, and that police had been called to the property at least twice over the summer.
In her closing argument, Assistant District Attorney Colleen Madsen walked jurors through the doorbell footage frame by frame. She then read aloud a text message that Keane sent his girlfriend about three hours before the fire.
"He thinks he can park wherever he wants. Not after tonight," Keane wrote in the message.
"That is not a man who dropped a cigarette," Madsen said, pointing at the defendant. "That is a man who made a promise and kept it."
The prosecutor argued that Keane had bought the gas can the previous afternoon at a hardware store on Sheridan Road and had paid in cash so there would be no record of the purchase.
Keane, who has pleaded not guilty, did not testify. But in a recorded interview with detectives that was played for the jury last week, he told investigators that he had gone to the garage only to "let the air out of his tires" and that the fire started when he dropped a lit cigarette near a pile of oily rags.
Defense attorney Raymond Ochoa told the jury that the state had built its case on "a bad neighbor and a worse decision," not on proof that his client meant to hurt anyone.
"Being angry at your neighbor is not a crime," Ochoa said. "Being careless with a cigarette is a tragedy. It is not arson."
He reminded jurors that the state's own fire investigator had been unable to say for certain how the fire began.
That investigator, Luis Ferrante of the Wisconsin Department of Justice, testified last week that burn patterns on the garage floor were consistent with a poured liquid accelerant and that samples taken from the scene tested positive for gasoline. Under cross-examination, Ferrante acknowledged that gasoline was commonly stored in garages and that he could not rule out an accidental ignition.
Pruitt's daughter, Shawna Pruitt, testified that her father had told her in September that he was "afraid of what Travis might do."
"He was a quiet man who fixed everybody's lawn mowers for free," she said outside the courthouse after the arguments. "He didn't deserve to die like that."
Kenosha County Circuit Judge Anne Marchetti told jurors they would begin deliberating at 9 a.m. Wednesday and reminded them not to read or watch news coverage of the case.
"You have heard a great deal of emotion in this room, on both sides," the judge said. "Your job is to set that aside and look at the evidence."
If convicted of both counts, Keane faces up to 100 years in prison.
Ochoa declined to comment after the hearing. Kenosha police did not immediately respond to a request for comment on Tuesday about why the department had not sought charges after the earlier disturbance calls.
"""
COMPLAINT = "criminal complaint"
DOCS.append(article("fb-court-kenosha-arson", T, [
    Q("[[a prosecutor]] told jurors", "told", "A Kenosha man set the fire that killed his downstairs neighbor last year on purpose, after months of feuding over a shared driveway", "Colleen Madsen"),
    Q("while [[his attorney]] insisted", "insisted", "the blaze was a tragic accident", "Raymond Ochoa"),
    Q("According to [[a criminal complaint]]", "according to", "firefighters called to the duplex at about 1:30 a.m. on Oct. 14 found the detached garage fully engulfed and flames spreading to the rear of the house", COMPLAINT),
    Q("hospital, [[police]] said", "said", "Pruitt was pulled from a first-floor bedroom and died two days later at a Milwaukee hospital", "Kenosha Police Department"),
    Q("[[The complaint]] states", "states", "a neighbor's doorbell camera recorded a man matching Keane's description walking toward the garage with a red gas can at 1:12 a.m.", COMPLAINT),
    Q("according to [[the complaint]]", "according to", "Investigators later found a gas can of the same color in the bed of Keane's pickup", COMPLAINT),
    Q("[[Neighbors]] said", "said", "the two men had argued for months over where Keane parked his truck, and that police had been called to the property at least twice over the summer", "Neighbors"),
    Q("[[Keane]] wrote in the message", "wrote", "He thinks he can park wherever he wants. Not after tonight", "Travis Keane"),
    Q("[[Madsen]] said, pointing", "said", "That is not a man who dropped a cigarette", "Colleen Madsen"),
    Q(None, "said", "That is a man who made a promise and kept it.", "Colleen Madsen"),
    Q("[[The prosecutor]] argued", "argued", "Keane had bought the gas can the previous afternoon at a hardware store on Sheridan Road and had paid in cash so there would be no record of the purchase", "Colleen Madsen"),
    Q("[[he]] told investigators", "told", "he had gone to the garage only to \"let the air out of his tires\" and that the fire started when he dropped a lit cigarette near a pile of oily rags", "Travis Keane"),
    Q("Defense attorney [[Raymond Ochoa]] told the jury", "told", "the state had built its case on \"a bad neighbor and a worse decision,\" not on proof that his client meant to hurt anyone", "Raymond Ochoa"),
    Q("[[Ochoa]] said. \"Being careless", "said", "Being angry at your neighbor is not a crime", "Raymond Ochoa"),
    Q(None, "said", "Being careless with a cigarette is a tragedy. It is not arson.", "Raymond Ochoa"),
    Q("[[He]] reminded jurors", "reminded", "the state's own fire investigator had been unable to say for certain how the fire began", "Raymond Ochoa"),
    Q("That investigator, [[Luis Ferrante]]", "testified", "burn patterns on the garage floor were consistent with a poured liquid accelerant and that samples taken from the scene tested positive for gasoline", "Luis Ferrante"),
    Q("[[Ferrante]] acknowledged", "acknowledged", "gasoline was commonly stored in garages and that he could not rule out an accidental ignition", "Luis Ferrante"),
    Q("daughter, [[Shawna Pruitt]], testified", "testified", "her father had told her in September that he was \"afraid of what Travis might do.\"", "Shawna Pruitt"),
    Q("free,\" [[she]] said", "said", "He was a quiet man who fixed everybody's lawn mowers for free", "Shawna Pruitt"),
    Q(None, "said", "He didn't deserve to die like that.", "Shawna Pruitt"),
    Q("Judge [[Anne Marchetti]] told jurors", "told", "they would begin deliberating at 9 a.m. Wednesday", "Anne Marchetti"),
    Q("[[the judge]] said", "said", "You have heard a great deal of emotion in this room, on both sides", "Anne Marchetti"),
    Q(None, "said", "Your job is to set that aside and look at the evidence.", "Anne Marchetti"),
], straight=True, words=WORDS))

# 4. Sports game story, curly quotes, date header.
T = """
 date 2025-02-08 MILWAUKEE (AP) — Niklas Berglund scored twice in the third period, including the winner with 1:14 remaining, and the Milwaukee Ironclads rallied from a three-goal deficit to beat the Baltimore Harbor Hawks 5-4 on Saturday night.
Berglund, who had gone 11 games without a goal, finished with two goals and an assist. Marcus Dube stopped all 14 shots he faced in relief of starter Pavel Kranz, who was pulled after allowing four goals on 13 shots in the first 23 minutes.
It was the Ironclads’ first comeback from three goals down since March 2021, according to the team.
“Honestly, I stopped counting the games,” Berglund said after the game. “My linemates kept telling me it was coming. I was starting to think they were lying.”
The 24-year-old Swede, whom teammates call “the Moose,” tied it at 4 with a wrist shot from the right circle at 12:40 of the third, then won it on a rebound after Dube’s long outlet pass sent Jonah Teague in alone on Baltimore goalie Samuel Rourke.
“Nik has been snakebitten for a month, and he never once stopped shooting,” Dube said of his teammate. “That’s the part people don’t see.”
Baltimore had taken control with three goals in a span of 4:52 late in the first period and early in the second, two of them on the power play. The Harbor Hawks went 2 for 3 with the man advantage; Milwaukee was 1 for 4 and outshot Baltimore 38-27.
Ironclads coach Pete Lindgren said he had considered pulling Kranz even before the fourth goal.
“Pavel’s been great for us all year. Tonight just wasn’t his night, and that happens,” Lindgren said. “I thought we needed a jolt, and Marcus gave us one.”
Kranz admitted that he had struggled to track the puck through traffic in front of the net. Asked whether he was worried about his confidence, he shrugged.
“Worried? Why would I be worried? We won,” he said.
Dube, a 29-year-old journeyman who has played for five teams in six seasons, made the biggest of his saves with under three minutes left, sprawling to glove a one-timer from Baltimore captain Devon Achterberg.
“I’ve been on the bench so long I forgot what the ice felt like,” Dube joked. “I think I surprised myself more than anybody.”
Achterberg had a goal and two assists for Baltimore, which has lost four straight. He did not hide his frustration.
“We were,” Achterberg said, “just not good enough when it mattered. You can’t give a team like that life and expect them not to take it.”
Harbor Hawks coach Jim Corrigan told reporters that his team had “stopped skating” once it built a 4-1 lead and that the loss was “on all of us, starting with me.”
The coach said he would not make lineup changes before Monday’s rematch in Baltimore.
“What am I going to do, bench the whole team?” Corrigan said. “We’ll watch the tape, we’ll be honest with each other, and we’ll go again.”
Lindgren said defenseman Tyler Marsh, who left in the second period after blocking a shot with his right foot, would have X-rays on Sunday. Marsh was seen leaving the arena in a walking boot.
Berglund, asked about his nickname, laughed. “Only in this locker room,” he said. “My mother would not approve.”
The Ironclads, who have won three of four, moved within two points of the final wild-card spot in the Eastern Conference.
"""
DOCS.append(article("fb-sports-hockey-comeback", T, [
    Q("according to [[the team]]", "according to", "It was the Ironclads’ first comeback from three goals down since March 2021", "Milwaukee Ironclads"),
    Q("[[Berglund]] said after the game", "said", "Honestly, I stopped counting the games", "Niklas Berglund"),
    Q(None, "said", "My linemates kept telling me it was coming. I was starting to think they were lying.", "Niklas Berglund"),
    Q("[[Dube]] said of his teammate", "said", "Nik has been snakebitten for a month, and he never once stopped shooting", "Marcus Dube"),
    Q(None, "said", "That’s the part people don’t see.", "Marcus Dube"),
    Q("coach [[Pete Lindgren]] said", "said", "he had considered pulling Kranz even before the fourth goal", "Pete Lindgren"),
    Q("[[Lindgren]] said. “I thought", "said", "Pavel’s been great for us all year. Tonight just wasn’t his night, and that happens", "Pete Lindgren"),
    Q(None, "said", "I thought we needed a jolt, and Marcus gave us one.", "Pete Lindgren"),
    Q("[[Kranz]] admitted", "admitted", "he had struggled to track the puck through traffic in front of the net", "Pavel Kranz"),
    Q("We won,” [[he]] said", "said", "Worried? Why would I be worried? We won", "Pavel Kranz"),
    Q("[[Dube]] joked", "joked", "I’ve been on the bench so long I forgot what the ice felt like", "Marcus Dube"),
    Q(None, "joked", "I think I surprised myself more than anybody.", "Marcus Dube"),
    Q("[[Achterberg]] said, “just", "said", "We were", "Devon Achterberg"),
    Q(None, "said", "just not good enough when it mattered. You can’t give a team like that life and expect them not to take it.", "Devon Achterberg"),
    Q("coach [[Jim Corrigan]] told reporters", "told", "his team had “stopped skating” once it built a 4-1 lead and that the loss was “on all of us, starting with me.”", "Jim Corrigan"),
    Q("[[The coach]] said", "said", "he would not make lineup changes before Monday’s rematch in Baltimore", "Jim Corrigan"),
    Q("[[Corrigan]] said. “We’ll", "said", "What am I going to do, bench the whole team?", "Jim Corrigan"),
    Q(None, "said", "We’ll watch the tape, we’ll be honest with each other, and we’ll go again.", "Jim Corrigan"),
    Q("[[Lindgren]] said defenseman", "said", "defenseman Tyler Marsh, who left in the second period after blocking a shot with his right foot, would have X-rays on Sunday", "Pete Lindgren"),
    Q("room,” [[he]] said", "said", "Only in this locker room", "Niklas Berglund"),
    Q(None, "said", "My mother would not approve.", "Niklas Berglund"),
], straight=False, words=WORDS))


if __name__ == "__main__":
    print(len(DOCS), "docs")
    for d in DOCS:
        print(d["id"], len(d["text"].split()), "words,", len(d["quotes"]), "gold quotes")
