#!/usr/bin/env python3
"""Builds bench/data/news-dev.jsonl: 12 invented news articles (people, companies and events are
fictional) in wire/newspaper styles, with gold attributed quotes in the conventions of
tests/fixtures/kyiv-2022-03-15.gold.jsonl. Offsets are computed here, never typed by hand.

Annotation conventions (from the kyiv seed):
- content excludes cue, speaker and the "that" after the cue;
- direct quote content is inside the quote marks, without the trailing comma; the closing quote mark
  is left out unless it closes a partial quote inside the claim (`said the bill was "a mess."`);
- a quote continuing after "..., she said." or in a new quote paragraph has speaker_span null and
  the previous speaker as canonical; a quote spanning two paragraphs is one gold quote per paragraph;
- quote turns (since 2026-12-06, the real-news convention): the quotes around one attribution in one
  paragraph (“A,” she said. “B.”) are one gold claim, written as annotated above and joined by
  ``join_quote_turns`` when the file is written: content from A's start to B's end with
  ``content_fragments`` [A, B] (the scorer reads the fragments);
- canonical is the resolved full name (pronouns, surnames, "the spokeswoman", "the ministry").

Each quote: Q(speaker_ctx, cue, content_ctx, canonical). A *_ctx string either is the exact
substring (must occur once) or contains it marked with [[...]] inside a unique context string.

    python3 bench/data/build_news_dev.py   # rewrites bench/data/news-dev.jsonl
"""
import json
import os
import re

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "news-dev.jsonl")


def locate(text, ctx):
    if "[[" in ctx:
        pre, rest = ctx.split("[[", 1)
        mid, post = rest.split("]]", 1)
        plain = pre + mid + post
    else:
        pre, mid, plain = "", ctx, ctx
    n = text.count(plain)
    assert n == 1, f"context occurs {n} times: {plain!r}"
    s = text.index(plain) + len(pre)
    e = s + len(mid)
    assert text[s:e] == mid
    return s, e, mid


def Q(speaker_ctx, cue, content_ctx, canonical):
    return (speaker_ctx, cue, content_ctx, canonical)


def article(aid, text, quotes, straight, words=(300, 700)):
    """One gold document; ``words`` is the allowed (min, max) length of the text in words."""
    text = text.strip("\n")
    if straight:
        assert "\u201c" not in text and "\u201d" not in text, aid
    else:
        assert '"' not in text, aid
    n_words = len(text.split())
    assert words[0] <= n_words <= words[1], (aid, n_words)
    out = []
    for sp_ctx, cue, c_ctx, canonical in quotes:
        cs, ce, content = locate(text, c_ctx)
        if sp_ctx is None:
            speaker, sspan = None, None
        else:
            ss, se, speaker = locate(text, sp_ctx)
            sspan = [ss, se]
        assert text[cs:ce] == content
        assert content == content.strip() and not content.endswith(","), (aid, content)
        out.append({"speaker": speaker if speaker else canonical, "speaker_span": sspan, "cue": cue,
                    "content": content, "content_span": [cs, ce], "canonical": canonical})
    out.sort(key=lambda q: q["content_span"][0])
    return {"id": aid, "text": text, "quotes": out}


DOCS = []

# 1. AP politics, curly quotes, dateline, split quotes, "told reporters that", "He added that",
#    "said Rep. X, the chairman of Y", pronoun speaker.
T = """
WASHINGTON (AP) — The Senate on Thursday narrowly passed a $48 billion bill to repair the nation’s aging commuter rail lines, sending the measure to the House, where its prospects remain uncertain.
The 51-49 vote followed weeks of negotiations between the two parties. Sen. Margaret Ellison, the Ohio Democrat who wrote the bill, said the money would reach transit agencies within 18 months and would support about 120,000 construction jobs.
“For too long we have asked riders to put up with broken signals and trains that never come,” Ellison said on the Senate floor. “Today we finally told them help is on the way.”
Republicans were largely opposed. Sen. Dale Whitcomb of Wyoming told reporters that the bill spent “far too much on cities and almost nothing on rural America.” He added that he would push for amendments if the House took up the measure.
“This is a bill written for the Northeast Corridor,” Whitcomb said. “My constituents don’t ride commuter trains. They drive.”
The White House welcomed the vote. Press secretary Andrea Mbeki said President Harlan Brooks would sign the bill “the moment it reaches his desk.”
The Congressional Budget Office estimated last month that the bill would add $11 billion to federal deficits over the next decade, a figure Democrats dispute.
“The CBO score assumes no growth from the investment, and that’s simply not realistic,” said Rep. Tomas Reyes, the chairman of the House Transportation Committee.
Reyes, a California Democrat, said he expected his committee to hold hearings on the bill in early June. But House Speaker Lorraine Fitch, a Republican, has not scheduled a vote.
“We’ll look at it,” Fitch told The Associated Press on Wednesday. “But the House is not going to rubber-stamp a Senate bill.”
Transit advocates cheered the vote. The American Public Transportation Association said in a statement that the bill was “the most significant investment in commuter rail in a generation.”
Some riders were skeptical. Denise Harper, 52, who commutes daily from Trenton, New Jersey, to Manhattan, said she had heard promises before.
“Every few years somebody says the trains are going to get fixed,” she said. “I’ll believe it when my train shows up on time.”
The bill would also create a new federal office to oversee rail safety inspections, which have lagged since a 2019 derailment outside Baltimore killed three people. Ellison said the office would hire 400 inspectors in its first year.
"""
DOCS.append(article("ap-politics-rail-bill", T, [
    Q("Sen. [[Margaret Ellison]], the Ohio", "said", "the money would reach transit agencies within 18 months and would support about 120,000 construction jobs", "Margaret Ellison"),
    Q("[[Ellison]] said on the Senate floor", "said", "For too long we have asked riders to put up with broken signals and trains that never come", "Margaret Ellison"),
    Q(None, "said", "Today we finally told them help is on the way.", "Margaret Ellison"),
    Q("Sen. [[Dale Whitcomb]] of Wyoming", "told", "the bill spent “far too much on cities and almost nothing on rural America.”", "Dale Whitcomb"),
    Q("[[He]] added that", "added", "he would push for amendments if the House took up the measure", "Dale Whitcomb"),
    Q("[[Whitcomb]] said.", "said", "This is a bill written for the Northeast Corridor", "Dale Whitcomb"),
    Q(None, "said", "My constituents don’t ride commuter trains. They drive.", "Dale Whitcomb"),
    Q("[[Andrea Mbeki]] said", "said", "President Harlan Brooks would sign the bill “the moment it reaches his desk.”", "Andrea Mbeki"),
    Q("The Congressional Budget Office", "estimated", "the bill would add $11 billion to federal deficits over the next decade", "Congressional Budget Office"),
    Q("Rep. [[Tomas Reyes]], the chairman", "said", "The CBO score assumes no growth from the investment, and that’s simply not realistic", "Tomas Reyes"),
    Q("[[Reyes]], a California Democrat", "said", "he expected his committee to hold hearings on the bill in early June", "Tomas Reyes"),
    Q("[[Fitch]] told The Associated Press", "told", "We’ll look at it", "Lorraine Fitch"),
    Q(None, "told", "But the House is not going to rubber-stamp a Senate bill.", "Lorraine Fitch"),
    Q("The American Public Transportation Association", "said", "the bill was “the most significant investment in commuter rail in a generation.”", "American Public Transportation Association"),
    Q("[[Denise Harper]], 52", "said", "she had heard promises before", "Denise Harper"),
    Q("fixed,” [[she]] said.", "said", "Every few years somebody says the trains are going to get fixed", "Denise Harper"),
    Q(None, "said", "I’ll believe it when my train shows up on time.", "Denise Harper"),
    Q("[[Ellison]] said the office", "said", "the office would hire 400 inspectors in its first year", "Margaret Ellison"),
], straight=False))

# 2. Reuters business, straight quotes, "according to" + anonymous sources, "the person added",
#    "the spokeswoman" anaphora, "Reuters reported".
T = """
LONDON (Reuters) - British grocer Harwell & Stone is in advanced talks to buy discount chain ValuMart for about 2.3 billion pounds ($2.9 billion), according to two people familiar with the matter, in a deal that would create the country's fourth-largest supermarket group.
An announcement could come as soon as next week, one of the people said, speaking on condition of anonymity because the talks are private. The terms could still change and the talks could collapse, the person added.
Harwell & Stone declined to comment. A spokeswoman for ValuMart, Priya Natarajan, said the company did not comment on "market speculation."
Shares in Harwell & Stone rose 4.1% in early trading on Tuesday. The deal would combine Harwell's 640 mid-market stores with ValuMart's network of about 300 discount outlets, most of them in the north of England.
Analysts said the combination would give Harwell a foothold in the fast-growing discount segment, where German chains have taken market share for more than a decade.
"It's a defensive move as much as anything," said Clive Barrow, retail analyst at Kestrel Securities. "Harwell has been losing shoppers at the bottom end of the market and this buys them back."
Barrow said any deal was likely to face a lengthy review by the Competition and Markets Authority. The regulator blocked a proposed merger between two larger rivals in 2019.
The regulator said in a statement it would "look carefully" at any transaction that reduced choice for shoppers.
ValuMart, which is owned by U.S. private equity firm Northgate Partners, has been up for sale since last year. Northgate hired advisers in October to explore options including a stock market listing, Reuters reported at the time.
Harwell Chief Executive Fiona Maddox told investors in March that the company was "open to opportunities" to grow, but that it would not overpay.
"We have a strong balance sheet and we intend to keep it that way," she said at the time.
Harwell's annual pretax profit fell 6% to 412 million pounds in April, hit by higher energy and wage costs.
One person familiar with Northgate's thinking said the firm had received interest from at least two other bidders, but that Harwell's offer was seen as the most credible.
The spokeswoman for ValuMart said the company's trading remained strong, with like-for-like sales up 3.2% in the first quarter.
(Reporting by Tom Ashby; Editing by Jane Merriman)
"""
DOCS.append(article("reuters-business-grocer-deal", T, [
    Q("two people familiar with the matter", "according to", "British grocer Harwell & Stone is in advanced talks to buy discount chain ValuMart for about 2.3 billion pounds ($2.9 billion)", "two people familiar with the matter"),
    Q("[[one of the people]] said", "said", "An announcement could come as soon as next week", "one of the people familiar with the matter"),
    Q("[[the person]] added", "added", "The terms could still change and the talks could collapse", "one of the people familiar with the matter"),
    Q("Priya Natarajan", "said", 'the company did not comment on "market speculation."', "Priya Natarajan"),
    Q("[[Analysts]] said the combination", "said", "the combination would give Harwell a foothold in the fast-growing discount segment, where German chains have taken market share for more than a decade", "Analysts"),
    Q("Clive Barrow", "said", "It's a defensive move as much as anything", "Clive Barrow"),
    Q(None, "said", "Harwell has been losing shoppers at the bottom end of the market and this buys them back.", "Clive Barrow"),
    Q("[[Barrow]] said any deal", "said", "any deal was likely to face a lengthy review by the Competition and Markets Authority", "Clive Barrow"),
    Q("[[The regulator]] said in a statement", "said", 'it would "look carefully" at any transaction that reduced choice for shoppers', "Competition and Markets Authority"),
    Q("[[Reuters]] reported", "reported", "Northgate hired advisers in October to explore options including a stock market listing", "Reuters"),
    Q("Fiona Maddox", "told", 'the company was "open to opportunities" to grow, but that it would not overpay', "Fiona Maddox"),
    Q("[[she]] said at the time", "said", "We have a strong balance sheet and we intend to keep it that way", "Fiona Maddox"),
    Q("One person familiar with Northgate's thinking", "said", "the firm had received interest from at least two other bidders, but that Harwell's offer was seen as the most credible", "One person familiar with Northgate's thinking"),
    Q("The spokeswoman for ValuMart", "said", "the company's trading remained strong, with like-for-like sales up 3.2% in the first quarter", "Priya Natarajan"),
], straight=True))

# 3. BBC health, straight quotes, no dateline, present tense "says", colon quotes, crosshead in
#    scare quotes, "says her daughter, Jess", organisations as speakers, non-speech cue "found".
T = """
Patients at one of England's busiest hospitals are waiting up to 40 hours on trolleys before being given a bed, the health watchdog has found.

Inspectors from the Care Quality Commission (CQC) made an unannounced visit to Northfield General Hospital in Wolverhampton in March.

The CQC says the emergency department was "overwhelmed" on the day of the inspection, with 87 patients waiting to be seen and some being treated in corridors.

The hospital has been rated "inadequate" for the first time.

Dr Helen Achebe, the CQC's deputy chief inspector of hospitals, said: "Staff are working incredibly hard, but they are being let down by a system that simply doesn't have enough beds. No patient should spend a night on a trolley in a corridor."

The hospital's chief executive, Mark Lindqvist, says the trust accepts the findings in full.

He told BBC Radio WM: "We are sorry. Patients deserve better than this and we are determined to put it right."

He says 40 extra beds will open by the winter, and the trust has recruited 120 nurses from overseas since January.

'Like a war zone'

Sandra Okoro, 71, spent 31 hours in a corridor after a fall at her home in Bilston in February.

"It was like a war zone," says her daughter, Jess. "There were people on trolleys everywhere, and nobody could tell us when Mum would get a bed."

The Department of Health and Social Care said it was investing £1bn to create 5,000 extra beds across England this year.

A department spokesperson said: "We know there is more to do, and we are working closely with the trust to support patients and staff."

The Royal College of Emergency Medicine estimates that more than 13,000 deaths in England last year were linked to long waits in A&E.

Its president, Dr Kwame Osei, says the figures at Northfield are "sadly typical" of hospitals across the country.

"This isn't one bad hospital. It's a symptom of a health service that has been running too hot for too long," he said.
"""
DOCS.append(article("bbc-health-hospital-waits", T, [
    Q("the health watchdog", "found", "Patients at one of England's busiest hospitals are waiting up to 40 hours on trolleys before being given a bed", "Care Quality Commission"),
    Q("[[The CQC]] says", "says", 'the emergency department was "overwhelmed" on the day of the inspection, with 87 patients waiting to be seen and some being treated in corridors', "Care Quality Commission"),
    Q("Dr [[Helen Achebe]]", "said", "Staff are working incredibly hard, but they are being let down by a system that simply doesn't have enough beds. No patient should spend a night on a trolley in a corridor.", "Helen Achebe"),
    Q("Mark Lindqvist", "says", "the trust accepts the findings in full", "Mark Lindqvist"),
    Q("[[He]] told BBC Radio WM", "told", "We are sorry. Patients deserve better than this and we are determined to put it right.", "Mark Lindqvist"),
    Q("[[He]] says 40 extra beds", "says", "40 extra beds will open by the winter, and the trust has recruited 120 nurses from overseas since January", "Mark Lindqvist"),
    Q("her daughter, [[Jess]]", "says", "It was like a war zone", "Jess"),
    Q(None, "says", "There were people on trolleys everywhere, and nobody could tell us when Mum would get a bed.", "Jess"),
    Q("[[The Department of Health and Social Care]] said", "said", "it was investing £1bn to create 5,000 extra beds across England this year", "Department of Health and Social Care"),
    Q("A department spokesperson", "said", "We know there is more to do, and we are working closely with the trust to support patients and staff.", "Department of Health and Social Care spokesperson"),
    Q("The Royal College of Emergency Medicine", "estimates", "more than 13,000 deaths in England last year were linked to long waits in A&E", "Royal College of Emergency Medicine"),
    Q("Dr [[Kwame Osei]]", "says", 'the figures at Northfield are "sadly typical" of hospitals across the country', "Kwame Osei"),
    Q("too long,\" [[he]] said.", "said", "This isn't one bad hospital. It's a symptom of a health service that has been running too hot for too long", "Kwame Osei"),
], straight=True))

# 4. NYT courts, curly quotes, no dateline, quote spanning two paragraphs, "wrote", "ruling that",
#    campaign name in quotes (not a claim), "argued", "noted".
T = """
A federal judge in Manhattan on Tuesday blocked a New York law that would have required social media companies to verify the ages of their users, ruling that the measure most likely violated the First Amendment.
In a 46-page opinion, Judge Eleanor Voss of the Federal District Court in Manhattan wrote that the law “sweeps far more broadly than necessary” and would force adults to hand over sensitive personal information simply to read the news.
The law, known as the Safe Screens Act, was signed by Gov. Kathleen Morrow last year and was set to take effect in March. It was challenged by the Digital Commerce Alliance, a trade group whose members include several large technology companies.
“The state has a legitimate interest in protecting children online,” Judge Voss wrote. “But it may not pursue that interest by building a checkpoint in front of the entire internet and demanding that every visitor show papers.
“The Constitution does not permit that trade, however well-intentioned.”
The governor’s office said it would appeal. “We will not stop fighting to keep kids safe online,” Ms. Morrow said in a statement.
Chris Albright, the general counsel of the Digital Commerce Alliance, said the ruling was “a victory for every New Yorker who values their privacy.”
Supporters of the law, including a coalition of parents’ groups, have argued that platforms knowingly expose children to harmful content. Their campaign, called “Not Our Kids,” drew thousands of people to a rally in Albany in January.
Lawyers for the state had argued that age verification technology had become cheap and reliable, pointing to industry data.
But Judge Voss said the state had not shown that less restrictive options, such as parental controls, would be ineffective. She also noted that the law would require verification for sites with “no plausible connection” to the harms the Legislature had identified.
Legal experts said the decision was in line with rulings in Arkansas, Ohio and Utah, where federal judges have blocked similar laws.
“Courts have been remarkably consistent on this,” said Anita Raman, a professor at Fordham Law School who studies online speech. “The question is whether the Supreme Court eventually takes a different view.”
The case is likely to go to the United States Court of Appeals for the Second Circuit.
"""
DOCS.append(article("nyt-courts-age-verification", T, [
    Q("A federal judge in Manhattan", "ruling", "the measure most likely violated the First Amendment", "Eleanor Voss"),
    Q("Judge [[Eleanor Voss]] of", "wrote", "the law “sweeps far more broadly than necessary” and would force adults to hand over sensitive personal information simply to read the news", "Eleanor Voss"),
    Q("Judge [[Voss]] wrote", "wrote", "The state has a legitimate interest in protecting children online", "Eleanor Voss"),
    Q(None, "wrote", "But it may not pursue that interest by building a checkpoint in front of the entire internet and demanding that every visitor show papers.", "Eleanor Voss"),
    Q(None, "wrote", "The Constitution does not permit that trade, however well-intentioned.", "Eleanor Voss"),
    Q("The governor’s office", "said", "it would appeal", "Governor Kathleen Morrow’s office"),
    Q("Ms. [[Morrow]] said", "said", "We will not stop fighting to keep kids safe online", "Kathleen Morrow"),
    Q("Chris Albright", "said", "the ruling was “a victory for every New Yorker who values their privacy.”", "Chris Albright"),
    Q("Supporters of the law", "argued", "platforms knowingly expose children to harmful content", "Supporters of the law"),
    Q("Lawyers for the state", "argued", "age verification technology had become cheap and reliable", "Lawyers for the state"),
    Q("But Judge [[Voss]] said", "said", "the state had not shown that less restrictive options, such as parental controls, would be ineffective", "Eleanor Voss"),
    Q("[[She]] also noted", "noted", "the law would require verification for sites with “no plausible connection” to the harms the Legislature had identified", "Eleanor Voss"),
    Q("Legal experts", "said", "the decision was in line with rulings in Arkansas, Ohio and Utah, where federal judges have blocked similar laws", "Legal experts"),
    Q("Anita Raman", "said", "Courts have been remarkably consistent on this", "Anita Raman"),
    Q(None, "said", "The question is whether the Supreme Court eventually takes a different view.", "Anita Raman"),
], straight=False))

# 5. Local news, straight quotes, dateline, "officials say" in a relative clause, "according to"
#    at the end, "told council members that", "the spokeswoman", pronoun.
T = """
MAPLE FALLS, Minn. - Maple Falls residents will pay about 9% more for water starting in July after the City Council voted 5-2 on Monday night to approve a rate increase that officials say is needed to replace crumbling pipes.

For a typical household using 5,000 gallons a month, the increase works out to about $4.80, according to the city's public works department.

Public Works Director Ron Tibbets told council members that about a third of the city's water mains are more than 80 years old, and that the city recorded 61 main breaks last year, up from 38 in 2021.

"We're patching the same pipes over and over again," Tibbets said. "At some point you have to stop putting Band-Aids on it."

Water service on parts of Elm Street was shut off for about six hours on Saturday after a main break, according to the Maple Falls Police Department, which closed the street to traffic.

Council member Gloria Estrada, who voted against the increase, said the city should have applied for more state and federal grants before asking residents to pay more.

"A lot of people in my ward are on fixed incomes," she said. "Five dollars a month is real money to them."

Mayor Dennis Kowalczyk disagreed. He said the city had already received $2.1 million in grants and was still short.

The city will offer a discount of up to 30% for low-income seniors, according to city spokeswoman Leah Brandt. The spokeswoman said applications would be available at City Hall and online starting June 1.

Several residents spoke during the public comment period. Among them was Harold Mertz, 68, a retired machinist who has lived on Elm Street for four decades.

"I've had brown water coming out of my tap three times this year," Mertz said. "If this fixes that, I'll pay it."

The increase is the first since 2018. Another vote, on sewer rates, is scheduled for August.
"""
DOCS.append(article("local-water-rates", T, [
    Q("that [[officials]] say", "say", "is needed to replace crumbling pipes", "officials"),
    Q("the city's public works department", "according to", "For a typical household using 5,000 gallons a month, the increase works out to about $4.80", "the city's public works department"),
    Q("Ron Tibbets", "told", "about a third of the city's water mains are more than 80 years old, and that the city recorded 61 main breaks last year, up from 38 in 2021", "Ron Tibbets"),
    Q("[[Tibbets]] said", "said", "We're patching the same pipes over and over again", "Ron Tibbets"),
    Q(None, "said", "At some point you have to stop putting Band-Aids on it.", "Ron Tibbets"),
    Q("the Maple Falls Police Department", "according to", "Water service on parts of Elm Street was shut off for about six hours on Saturday after a main break", "Maple Falls Police Department"),
    Q("Gloria Estrada", "said", "the city should have applied for more state and federal grants before asking residents to pay more", "Gloria Estrada"),
    Q("incomes,\" [[she]] said", "said", "A lot of people in my ward are on fixed incomes", "Gloria Estrada"),
    Q(None, "said", "Five dollars a month is real money to them.", "Gloria Estrada"),
    Q("[[He]] said the city", "said", "the city had already received $2.1 million in grants and was still short", "Dennis Kowalczyk"),
    Q("Leah Brandt", "according to", "The city will offer a discount of up to 30% for low-income seniors", "Leah Brandt"),
    Q("The spokeswoman", "said", "applications would be available at City Hall and online starting June 1", "Leah Brandt"),
    Q("[[Mertz]] said", "said", "I've had brown water coming out of my tap three times this year", "Harold Mertz"),
    Q(None, "said", "If this fixes that, I'll pay it.", "Harold Mertz"),
], straight=True))

# 6. AP sports, curly quotes, split quotes, "said Bell, the Summit's leading scorer", song title
#    and nickname in quotes (not claims), "told reporters that ... and said ...".
T = """
PORTLAND, Ore. (AP) — Jalen Mercer scored 34 points, including the go-ahead 3-pointer with 8.2 seconds left, and the Portland Pioneers beat the Denver Summit 112-109 on Saturday night to even their first-round series at two games apiece.
Mercer, who missed Game 3 with a sprained left ankle, said he felt “maybe 80 percent” but never considered sitting out.
“It’s the playoffs. Nobody’s 100 percent right now,” Mercer said. “I just wanted to be out there with my guys.”
Denver led by 11 early in the fourth quarter before Portland closed on a 21-7 run. Center Tomasz Wolak had 18 points and 15 rebounds for the Pioneers.
“We got stops when we needed them, and Jalen did what Jalen does,” Pioneers coach Rick Alvarado said. “He wanted the ball in that moment, and we gave it to him.”
Alvarado said the team had spent much of Friday’s practice working on defending pick-and-rolls, which Denver had used to build big leads in the first three games.
Marcus Bell led Denver with 29 points. He was blunt about the final sequence.
“We had a switch we didn’t execute,” said Bell, the Summit’s leading scorer. “That’s on me. I’ve got to talk louder.”
Denver coach Anthony Price told reporters that his team “ran out of gas” in the fourth quarter and said he was not worried about the team’s confidence.
“We’ve won two games on our floor. They’ve won two on theirs,” Price said. “That’s a series.”
As the final buzzer sounded, the crowd at Pioneer Arena sang along to “Don’t Stop Believin’,” a tradition that began during the team’s 2019 playoff run. Mercer’s teammates have taken to calling him “The Closer.”
Pioneers guard Devin Shaw left in the third quarter with a bruised hip and did not return. Alvarado said Shaw was “day to day.”
Game 5 is Tuesday night in Denver.
"""
DOCS.append(article("ap-sports-playoff-game", T, [
    Q("[[Mercer]], who missed", "said", "he felt “maybe 80 percent” but never considered sitting out", "Jalen Mercer"),
    Q("[[Mercer]] said.", "said", "It’s the playoffs. Nobody’s 100 percent right now", "Jalen Mercer"),
    Q(None, "said", "I just wanted to be out there with my guys.", "Jalen Mercer"),
    Q("Rick Alvarado", "said", "We got stops when we needed them, and Jalen did what Jalen does", "Rick Alvarado"),
    Q(None, "said", "He wanted the ball in that moment, and we gave it to him.", "Rick Alvarado"),
    Q("[[Alvarado]] said the team", "said", "the team had spent much of Friday’s practice working on defending pick-and-rolls, which Denver had used to build big leads in the first three games", "Rick Alvarado"),
    Q("said [[Bell]], the Summit", "said", "We had a switch we didn’t execute", "Marcus Bell"),
    Q(None, "said", "That’s on me. I’ve got to talk louder.", "Marcus Bell"),
    Q("Anthony Price", "told", "his team “ran out of gas” in the fourth quarter", "Anthony Price"),
    Q("Anthony Price", "said", "he was not worried about the team’s confidence", "Anthony Price"),
    Q("[[Price]] said.", "said", "We’ve won two games on our floor. They’ve won two on theirs", "Anthony Price"),
    Q(None, "said", "That’s a series.", "Anthony Price"),
    Q("[[Alvarado]] said Shaw", "said", "Shaw was “day to day.”", "Rick Alvarado"),
], straight=False))

# 7. Press conference, straight quotes, dateline, heavy direct quotes, split quote mid-sentence
#    ("...," she said, "..."), colon quote after "Asked whether", "warning that".
T = """
TAMPA, Fla. - Gov. Teresa Halloran urged residents of coastal Florida on Wednesday to finish their storm preparations by nightfall, warning that Hurricane Delia could make landfall as a Category 4 storm early Thursday.
"If you are in an evacuation zone, you need to leave now," Halloran said at a news conference at the state emergency operations center. "Not tonight. Not tomorrow morning. Now."
The National Hurricane Center said Delia had maximum sustained winds of 120 mph as of 5 p.m. and was moving north-northeast at 12 mph. Forecasters said the storm could strengthen further over the warm waters of the Gulf of Mexico.
Halloran said 14 counties were under mandatory evacuation orders and that more than 2 million people lived in the affected zones.
"I know people are tired," she said. "We went through this two years ago. But this storm is different, and I need everybody to take it seriously."
Kevin Oduya, the director of the state Division of Emergency Management, said 7,000 National Guard members had been activated and 300 shelters were open across the state.
"We have enough food and water staged for 1.5 million people for three days," Oduya said. "What we don't have is time."
Asked whether hospitals in the storm's path would be evacuated, Halloran said: "Every hospital in an evacuation zone has a plan. Some of them are moving patients as we speak."
Gulf Coast Power said in a statement that it expected as many as 1 million customers to lose electricity, and that some outages could last more than a week.
The utility's chief executive, Mariah Steele, said crews from 22 states were on standby. "We will restore power as fast as it is safe to do so," she said, "but people should be prepared to be without it for a while."
Halloran ended the briefing with a plea. "Please check on your neighbors, especially the elderly," she said. "Do not wait for the water to come to you."
"""
DOCS.append(article("presser-hurricane", T, [
    Q("Gov. [[Teresa Halloran]]", "warning", "Hurricane Delia could make landfall as a Category 4 storm early Thursday", "Teresa Halloran"),
    Q("[[Halloran]] said at a news conference", "said", "If you are in an evacuation zone, you need to leave now", "Teresa Halloran"),
    Q(None, "said", "Not tonight. Not tomorrow morning. Now.", "Teresa Halloran"),
    Q("The National Hurricane Center", "said", "Delia had maximum sustained winds of 120 mph as of 5 p.m. and was moving north-northeast at 12 mph", "National Hurricane Center"),
    Q("Forecasters", "said", "the storm could strengthen further over the warm waters of the Gulf of Mexico", "Forecasters"),
    Q("[[Halloran]] said 14 counties", "said", "14 counties were under mandatory evacuation orders and that more than 2 million people lived in the affected zones", "Teresa Halloran"),
    Q("tired,\" [[she]] said", "said", "I know people are tired", "Teresa Halloran"),
    Q(None, "said", "We went through this two years ago. But this storm is different, and I need everybody to take it seriously.", "Teresa Halloran"),
    Q("Kevin Oduya", "said", "7,000 National Guard members had been activated and 300 shelters were open across the state", "Kevin Oduya"),
    Q("[[Oduya]] said.", "said", "We have enough food and water staged for 1.5 million people for three days", "Kevin Oduya"),
    Q(None, "said", "What we don't have is time.", "Kevin Oduya"),
    Q("[[Halloran]] said: \"Every", "said", "Every hospital in an evacuation zone has a plan. Some of them are moving patients as we speak.", "Teresa Halloran"),
    Q("[[Gulf Coast Power]] said in a statement", "said", "it expected as many as 1 million customers to lose electricity, and that some outages could last more than a week", "Gulf Coast Power"),
    Q("Mariah Steele", "said", "crews from 22 states were on standby", "Mariah Steele"),
    Q("so,\" [[she]] said", "said", "We will restore power as fast as it is safe to do so", "Mariah Steele"),
    Q(None, "said", "but people should be prepared to be without it for a while.", "Mariah Steele"),
    Q("elderly,\" [[she]] said", "said", "Please check on your neighbors, especially the elderly", "Teresa Halloran"),
    Q(None, "said", "Do not wait for the water to come to you.", "Teresa Halloran"),
], straight=True))

# 8. Science/health, curly quotes, no dateline, "according to a large study" at sentence end,
#    "the researchers ... found that", paper title in quotes (not a claim), "said Dr. X, an Y at Z
#    and the study's lead author", "she added", "cautioned that".
T = """
People who walk at least 7,000 steps a day have a substantially lower risk of dying over the following decade than those who walk fewer than 4,000, according to a large study published Wednesday in the International Journal of Epidemiology and Aging.
The researchers, who pooled data from 15 studies involving more than 160,000 adults in 12 countries, found that the benefits leveled off at around 9,000 steps for people under 60.
The paper, titled “Daily Steps and All-Cause Mortality: A Dose-Response Meta-Analysis,” is the largest of its kind to date.
“The old 10,000-step target was never based on science. It came from a marketing campaign for a pedometer in Japan in the 1960s,” said Dr. Lucia Ferraro, an epidemiologist at the University of Sydney and the study’s lead author.
“What we’re showing is that you can get most of the benefit at a much lower number,” she added.
According to the study, each additional 1,000 steps a day was associated with a 12 percent lower risk of death among people 60 and older.
The study did not establish that walking itself caused the lower death rates, the authors noted. People who walk more may simply be healthier to begin with.
Dr. Samuel Okonjo, a cardiologist at Johns Hopkins University who was not involved in the research, said the findings were “reassuring for people who find 10,000 steps daunting.”
But he cautioned that step counts were only one measure of physical activity. “Intensity matters too,” Dr. Okonjo said. “A brisk 20-minute walk is not the same as 20 minutes of shuffling around the kitchen.”
The World Health Organization recommends at least 150 minutes of moderate activity a week for adults.
The study was funded by the National Health and Medical Research Council of Australia. Dr. Ferraro said the funders had no role in the design of the study or the analysis of its results.
She said her team was now studying whether the pattern of steps — in one long walk or spread throughout the day — made a difference.
“We don’t know yet,” she said. “It’s the obvious next question.”
"""
STUDY = "large study published in the International Journal of Epidemiology and Aging"
DOCS.append(article("science-steps-study", T, [
    Q("a large study published Wednesday in the International Journal of Epidemiology and Aging", "according to", "People who walk at least 7,000 steps a day have a substantially lower risk of dying over the following decade than those who walk fewer than 4,000", STUDY),
    Q("[[The researchers]], who pooled", "found", "the benefits leveled off at around 9,000 steps for people under 60", "The researchers"),
    Q("Dr. [[Lucia Ferraro]]", "said", "The old 10,000-step target was never based on science. It came from a marketing campaign for a pedometer in Japan in the 1960s", "Lucia Ferraro"),
    Q("[[she]] added", "added", "What we’re showing is that you can get most of the benefit at a much lower number", "Lucia Ferraro"),
    Q("According to [[the study]]", "according to", "each additional 1,000 steps a day was associated with a 12 percent lower risk of death among people 60 and older", STUDY),
    Q("[[the authors]] noted", "noted", "The study did not establish that walking itself caused the lower death rates", "the authors"),
    Q("Dr. [[Samuel Okonjo]]", "said", "the findings were “reassuring for people who find 10,000 steps daunting.”", "Samuel Okonjo"),
    Q("But [[he]] cautioned", "cautioned", "step counts were only one measure of physical activity", "Samuel Okonjo"),
    Q("Dr. [[Okonjo]] said", "said", "Intensity matters too", "Samuel Okonjo"),
    Q(None, "said", "A brisk 20-minute walk is not the same as 20 minutes of shuffling around the kitchen.", "Samuel Okonjo"),
    Q("Dr. [[Ferraro]] said the funders", "said", "the funders had no role in the design of the study or the analysis of its results", "Lucia Ferraro"),
    Q("[[She]] said her team", "said", "her team was now studying whether the pattern of steps — in one long walk or spread throughout the day — made a difference", "Lucia Ferraro"),
    Q("yet,” [[she]] said", "said", "We don’t know yet", "Lucia Ferraro"),
    Q(None, "said", "It’s the obvious next question.", "Lucia Ferraro"),
], straight=False))

# 9. Reuters international, straight quotes, ministry as speaker, "The ministry said",
#    anonymous official + "According to the official", British-style quote before full stop.
T = """
NAIROBI (Reuters) - Kenya's health ministry said on Monday that a cholera outbreak in the coastal county of Kilifi had killed 23 people since late March, and that the number of suspected cases had more than doubled in the past week to 1,140.
The ministry said it had deployed 40 additional health workers to the county and was distributing water purification tablets to about 30,000 households.
"The situation is serious but it is under control," Health Cabinet Secretary Joseph Kamau told reporters in Nairobi. "We are not seeing sustained transmission outside Kilifi."
Kamau said heavy rains in April had flooded latrines and contaminated shallow wells, which many residents rely on for drinking water.
The World Health Organization said in a statement it was supporting Kenyan authorities with testing kits and oral cholera vaccine, and that it considered the risk of wider spread in the region to be "high".
Local officials in Kilifi, however, said the true toll was likely higher because many deaths in remote villages were not being reported.
"People are dying at home and being buried the same day. Those deaths never reach the ministry's figures," said a county health official, who asked not to be named because he was not authorised to speak to the media.
According to the official, at least nine such deaths had been reported to community health volunteers in the Ganze area alone in the past two weeks.
Kenya has recorded several cholera outbreaks in recent years, most of them linked to flooding and poor sanitation.
Medecins Sans Frontieres said it had opened a 50-bed cholera treatment centre in Kilifi town. Its project coordinator, Amina Hassan, said the centre had admitted 210 patients in its first four days.
"Our biggest worry is that the rainy season isn't over," Hassan said. "If the rains continue into June, we will need more beds, more staff and more clean water."
The ministry urged residents to boil drinking water and to seek treatment immediately if they developed diarrhoea.
(Reporting by Wanjiru Mwangi; Editing by Alison Williams)
"""
DOCS.append(article("reuters-world-cholera", T, [
    Q("Kenya's health ministry", "said", "a cholera outbreak in the coastal county of Kilifi had killed 23 people since late March, and that the number of suspected cases had more than doubled in the past week to 1,140", "Kenya's Ministry of Health"),
    Q("[[The ministry]] said it had", "said", "it had deployed 40 additional health workers to the county and was distributing water purification tablets to about 30,000 households", "Kenya's Ministry of Health"),
    Q("Joseph Kamau", "told", "The situation is serious but it is under control", "Joseph Kamau"),
    Q(None, "told", "We are not seeing sustained transmission outside Kilifi.", "Joseph Kamau"),
    Q("[[Kamau]] said heavy", "said", "heavy rains in April had flooded latrines and contaminated shallow wells, which many residents rely on for drinking water", "Joseph Kamau"),
    Q("The World Health Organization", "said", 'it was supporting Kenyan authorities with testing kits and oral cholera vaccine, and that it considered the risk of wider spread in the region to be "high"', "World Health Organization"),
    Q("Local officials in Kilifi", "said", "the true toll was likely higher because many deaths in remote villages were not being reported", "Local officials in Kilifi"),
    Q("a county health official", "said", "People are dying at home and being buried the same day. Those deaths never reach the ministry's figures", "a county health official"),
    Q("According to [[the official]]", "according to", "at least nine such deaths had been reported to community health volunteers in the Ganze area alone in the past two weeks", "a county health official"),
    Q("[[Medecins Sans Frontieres]] said", "said", "it had opened a 50-bed cholera treatment centre in Kilifi town", "Medecins Sans Frontieres"),
    Q("Amina Hassan", "said", "the centre had admitted 210 patients in its first four days", "Amina Hassan"),
    Q("[[Hassan]] said.", "said", "Our biggest worry is that the rainy season isn't over", "Amina Hassan"),
    Q(None, "said", "If the rains continue into June, we will need more beds, more staff and more clean water.", "Amina Hassan"),
], straight=True))

# 10. Business (newspaper), curly quotes, dateline "DETROIT —", "the company said" at the end,
#     "told analysts on a conference call that", "She added that", "saying", "according to data
#     from", "said X, chief economist at Y", colon inside a quote.
T = """
DETROIT — Crestline Motors said Tuesday that its quarterly profit fell 38 percent as higher steel prices and a costly recall of its best-selling pickup truck weighed on results, sending its shares down nearly 7 percent.
The automaker earned $1.2 billion in the three months that ended in March, down from $1.9 billion a year earlier. Revenue rose 3 percent to $41.6 billion, helped by strong sales of its electric crossover, the company said.
Chief Executive Dana Whitfield told analysts on a conference call that the recall, which covered about 450,000 trucks with faulty brake sensors, had cost the company roughly $700 million.
“This was a tough quarter, and I’m not going to sugarcoat it,” Ms. Whitfield said. “But the underlying business is healthy, and demand for our trucks remains very strong.”
She added that the company expected the recall costs to be “largely behind us” by the end of the second quarter.
Crestline kept its full-year forecast unchanged, saying it still expected operating profit of $9 billion to $10 billion.
Analysts were less sanguine. “The guidance looks ambitious given what we saw this quarter,” said Rahul Mehta, an auto analyst at Halcyon Securities.
Steel prices have risen about 25 percent since January, according to data from the commodity research firm FerroIndex.
“Automakers are getting squeezed from both sides: input costs are up and buyers are pushing back on prices,” said Gwen Takahashi, chief economist at the Midwest Auto Research Institute in Ann Arbor, Mich.
Ms. Takahashi said average transaction prices for new vehicles had fallen for three consecutive months, a sign that dealers were offering more discounts.
Shares of Crestline closed at $42.18 on Tuesday. The stock is down 14 percent this year.
The United Auto Workers union said in a statement that the company should not use the weak quarter “as an excuse to cut jobs.” A Crestline spokesman, Paul Duran, said the company had no plans for layoffs.
"""
DOCS.append(article("business-automaker-earnings", T, [
    Q("DETROIT — [[Crestline Motors]] said", "said", "its quarterly profit fell 38 percent as higher steel prices and a costly recall of its best-selling pickup truck weighed on results", "Crestline Motors"),
    Q("[[the company]] said.", "said", "Revenue rose 3 percent to $41.6 billion, helped by strong sales of its electric crossover", "Crestline Motors"),
    Q("Dana Whitfield", "told", "the recall, which covered about 450,000 trucks with faulty brake sensors, had cost the company roughly $700 million", "Dana Whitfield"),
    Q("Ms. [[Whitfield]] said", "said", "This was a tough quarter, and I’m not going to sugarcoat it", "Dana Whitfield"),
    Q(None, "said", "But the underlying business is healthy, and demand for our trucks remains very strong.", "Dana Whitfield"),
    Q("[[She]] added", "added", "the company expected the recall costs to be “largely behind us” by the end of the second quarter", "Dana Whitfield"),
    Q("[[Crestline]] kept its", "saying", "it still expected operating profit of $9 billion to $10 billion", "Crestline Motors"),
    Q("Rahul Mehta", "said", "The guidance looks ambitious given what we saw this quarter", "Rahul Mehta"),
    Q("the commodity research firm [[FerroIndex]]", "according to", "Steel prices have risen about 25 percent since January", "FerroIndex"),
    Q("Gwen Takahashi", "said", "Automakers are getting squeezed from both sides: input costs are up and buyers are pushing back on prices", "Gwen Takahashi"),
    Q("Ms. [[Takahashi]] said", "said", "average transaction prices for new vehicles had fallen for three consecutive months, a sign that dealers were offering more discounts", "Gwen Takahashi"),
    Q("The United Auto Workers union", "said", "the company should not use the weak quarter “as an excuse to cut jobs.”", "United Auto Workers"),
    Q("Paul Duran", "said", "the company had no plans for layoffs", "Paul Duran"),
], straight=False))

# 11. UK politics (Guardian/BBC), straight quotes, no dateline, role-only first mention ("the
#     housing secretary has admitted"), "told BBC Radio 4's Today programme that", colon quotes,
#     "which she said would", "insisted", "showed that".
T = """
The government will not meet its target of building 1.5 million homes in England by the end of this parliament, the housing secretary has admitted.

Rachel Dunmore told BBC Radio 4's Today programme that planning delays and a shortage of construction workers meant the target was now "very challenging".

"I'm not going to stand here and pretend we're on track when we're not," she said. "But I'd rather set an ambitious target and fall short than set an easy one and hit it."

Asked whether she would resign if the target was missed, she said: "No. My job is to get homes built, and that's what I'm going to do."

Official figures published last month showed that 212,000 new homes were completed in England in the year to March, well below the 300,000 a year needed to hit the target.

The Conservatives said the admission was "a humiliating climbdown". Shadow housing secretary Tom Pickering said: "Labour promised the earth and is delivering a building site with no builders."

The Home Builders Federation, which represents developers, said the industry was ready to build more but was being held back by "a planning system that is slow, expensive and unpredictable".

Its chief executive, Mark Ashdown, told MPs on the housing committee last week that 45,000 more bricklayers, carpenters and electricians would be needed.

Speaking in the Commons on Monday, the prime minister insisted the government remained "absolutely committed" to the goal.

Ms Dunmore also announced a £600m fund to train construction workers, which she said would create 60,000 new training places by 2027.

Housing charity Shelter said more than 150,000 children in England were living in temporary accommodation, a record high.

Ministers have promised the biggest increase in social and affordable housebuilding in a generation, and last year restored mandatory housing targets for councils in England.

The housing secretary added that she would publish a revised delivery plan in the autumn.
"""
DOCS.append(article("uk-politics-housing-target", T, [
    Q("[[the housing secretary]] has admitted", "admitted", "The government will not meet its target of building 1.5 million homes in England by the end of this parliament", "Rachel Dunmore"),
    Q("Rachel Dunmore", "told", 'planning delays and a shortage of construction workers meant the target was now "very challenging"', "Rachel Dunmore"),
    Q("not,\" [[she]] said", "said", "I'm not going to stand here and pretend we're on track when we're not", "Rachel Dunmore"),
    Q(None, "said", "But I'd rather set an ambitious target and fall short than set an easy one and hit it.", "Rachel Dunmore"),
    Q("missed, [[she]] said:", "said", "No. My job is to get homes built, and that's what I'm going to do.", "Rachel Dunmore"),
    Q("Official figures published last month", "showed", "212,000 new homes were completed in England in the year to March", "Official figures"),
    Q("The Conservatives", "said", 'the admission was "a humiliating climbdown"', "The Conservatives"),
    Q("Tom Pickering", "said", "Labour promised the earth and is delivering a building site with no builders.", "Tom Pickering"),
    Q("The Home Builders Federation", "said", 'the industry was ready to build more but was being held back by "a planning system that is slow, expensive and unpredictable"', "Home Builders Federation"),
    Q("Mark Ashdown", "told", "45,000 more bricklayers, carpenters and electricians would be needed", "Mark Ashdown"),
    Q("the prime minister", "insisted", 'the government remained "absolutely committed" to the goal', "the prime minister"),
    Q("which [[she]] said", "said", "would create 60,000 new training places by 2027", "Rachel Dunmore"),
    Q("Housing charity [[Shelter]]", "said", "more than 150,000 children in England were living in temporary accommodation, a record high", "Shelter"),
    Q("[[The housing secretary]] added", "added", "she would publish a revised delivery plan in the autumn", "Rachel Dunmore"),
], straight=True))

# 12. Arts feature, curly quotes, dateline, titles of works and scare quotes (not claims), present
#     tense "says curator X", nested single quotes, "The museum said", "says" with pronoun.
T = """
CHICAGO — For years, the paintings sat rolled up in a storage unit on the city’s South Side, their owner unsure whether anyone would want to see them. Now 42 of them hang in the Lakeshore Museum of Art, in the first major retrospective of the work of Odessa Greene, a self-taught painter who died in 2011 at the age of 88.
The exhibition, “Odessa Greene: Kitchen Table Visions,” opens Saturday and runs through September. Its centerpiece is “Sunday Dinner, 1957,” a 9-foot-wide canvas depicting three generations of a family gathered around a table.
“She painted the way other people kept diaries,” says curator Marcus Lyle, who spent four years tracking down Greene’s work. “Every canvas is a record of a particular day, a particular meal, a particular argument.”
Lyle says Greene produced at least 300 paintings over five decades but sold fewer than a dozen during her lifetime. Critics once dismissed her work as “folk art,” and for decades it was shown mainly in church halls and community centers.
Greene’s grandson, Terrence Greene, 54, kept the paintings after her death. He says he approached several galleries in the 2010s and was turned away each time.
“The word I kept hearing was ‘charming.’ I knew what that meant,” he says, laughing.
The breakthrough came in 2021, when Lyle saw a photograph of one of the paintings in a neighborhood newsletter. The museum said it acquired 12 of the works last year for an undisclosed sum.
James Rutherford, the museum’s president and director, said the acquisition was part of a broader effort to collect work by artists “who were left out of the story the first time around.”
Not everyone is convinced by the framing. Deborah Kline, an art historian at Northwestern University, says the exhibition’s wall texts lean too heavily on Greene’s biography.
“The story of the overlooked genius is a powerful one, and it sells tickets,” she says. “But the paintings are strong enough to stand on their own.”
A companion book, “The Kitchen Table: Odessa Greene and the Art of Everyday Life,” will be published by the University of Chicago Press in October.
The title of the show came from Greene herself. In a 1994 interview with a local newspaper, she said she painted “what I see when the dishes are done.”
"""
DOCS.append(article("arts-feature-retrospective", T, [
    Q("curator [[Marcus Lyle]]", "says", "She painted the way other people kept diaries", "Marcus Lyle"),
    Q(None, "says", "Every canvas is a record of a particular day, a particular meal, a particular argument.", "Marcus Lyle"),
    Q("[[Lyle]] says Greene", "says", "Greene produced at least 300 paintings over five decades but sold fewer than a dozen during her lifetime", "Marcus Lyle"),
    Q("[[He]] says he approached", "says", "he approached several galleries in the 2010s and was turned away each time", "Terrence Greene"),
    Q("meant,” [[he]] says", "says", "The word I kept hearing was ‘charming.’ I knew what that meant", "Terrence Greene"),
    Q("[[The museum]] said it acquired", "said", "it acquired 12 of the works last year for an undisclosed sum", "Lakeshore Museum of Art"),
    Q("James Rutherford", "said", "the acquisition was part of a broader effort to collect work by artists “who were left out of the story the first time around.”", "James Rutherford"),
    Q("Deborah Kline", "says", "the exhibition’s wall texts lean too heavily on Greene’s biography", "Deborah Kline"),
    Q("tickets,” [[she]] says", "says", "The story of the overlooked genius is a powerful one, and it sells tickets", "Deborah Kline"),
    Q(None, "says", "But the paintings are strong enough to stand on their own.", "Deborah Kline"),
    Q("newspaper, [[she]] said", "said", "she painted “what I see when the dishes are done.”", "Odessa Greene"),
], straight=False))


_OPENING_MARKS = "“\"‘«"


def join_quote_turns(doc):
    """One gold claim per quote turn: a wholly quoted claim followed in the same paragraph by a
    wholly quoted continuation of the same speaker (speaker_span null), with nothing but
    whitespace or the first quote's attribution between them (“A,” she said. “B.”), becomes
    one claim whose content runs from A to B, with A and B as its content_fragments."""
    text, joined = doc["text"], []
    for q in sorted(doc["quotes"], key=lambda q: q["content_span"][0]):
        last = joined[-1] if joined else None
        if last is not None and _continues_turn(text, last, q):
            start, end = last["content_span"][0], q["content_span"][1]
            fragments = last.get("content_fragments") or [last["content_span"]]
            last.update(content=text[start:end], content_span=[start, end],
                        content_fragments=fragments + [q["content_span"]])
        else:
            joined.append(dict(q))
    return dict(doc, quotes=joined)


def _continues_turn(text, first, second):
    (s1, e1), (s2, e2) = first["content_span"], second["content_span"]
    quoted = all(s > 0 and text[s - 1] in _OPENING_MARKS for s in (s1, s2))
    between = text[e1:s2]
    if not quoted or second["speaker_span"] or second["canonical"] != first["canonical"] or "\n" in between:
        return False
    attribution = first["speaker_span"]
    return not between.strip(" ,.?!“”\"‘’«»") or bool(attribution) and e1 <= attribution[0] < s2


def write_gold(docs, out):
    """Joins quote turns, checks every offset once more and writes ``docs`` as JSON Lines to ``out``."""
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids)) == 12
    docs = [join_quote_turns(d) for d in docs]
    with open(out, "w", encoding="utf-8") as f:
        for d in docs:
            for q in d["quotes"]:
                s, e = q["content_span"]
                assert d["text"][s:e] == q["content"]
                if q["speaker_span"]:
                    a, b = q["speaker_span"]
                    assert d["text"][a:b] == q["speaker"]
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    for d in docs:
        print(f'{d["id"]:32s} words={len(d["text"].split()):4d} quotes={len(d["quotes"])}')
    print(out, sum(len(d["quotes"]) for d in docs), "gold quotes")


def main():
    write_gold(DOCS, OUT)


if __name__ == "__main__":
    main()
