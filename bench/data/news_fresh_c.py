#!/usr/bin/env python3
"""Fresh unseen set C: 4 invented news articles (people, companies, towns and the events are
fictional; real agencies and institutions appear with invented facts), annotated with the
conventions and helpers of build_news_dev.py without looking at the extractor. Article ids start
with "fc-".

Styles:
1. fc-local-mill-fire: a local-news web page as scraped, straight quotes, " date " header, with
   the clutter of a scrape: byline line, photo caption with credit, "Advertisement" lines, a
   "RELATED:" link line whose headline carries a quote, "Story continues below", a pull quote
   that is repeated later in the body, a bulleted list introduced by "The city said:", and an
   author tagline.
2. fc-wildfire-briefing: AP-style press-conference story on a wildfire, curly quotes, " date "
   header: officials with titles (Fire Chief, Gov., County Commissioner, meteorologist), "said at
   a news conference", "said during a briefing", "warned that", "cautioned that", "urged residents
   to", "called the fire", "officials said" at sentence end (three times), figures with units, a
   quote resumed after a narrative sentence, and a resident's quote running over two paragraphs.
3. fc-markets-fed-cut: a financial markets wrap, straight quotes, headline line, index names,
   percentages, basis points, money amounts: "said X, chief investment officer at Y",
   "according to data compiled by Bloomberg", "the Federal Reserve said in its statement", "Fed
   Chair X told reporters", "economists polled by Reuters had expected", "traders bet that",
   "saying" after an action, "according to CME Group's FedWatch tool", "according to LSEG data",
   "In a note to clients, ... wrote that", ratings and a jargon term in quotes.
4. fc-explainer-smart-meters: analysis/opinion explainer, curly quotes, headline with a
   rhetorical question, more rhetorical questions, scare quotes (so-called “smart” meters), a
   report title in quotes, "critics say", "supporters argue", "experts caution that", a historical
   quote ("As Winston Churchill put it, ..."), "the report concluded that", "the report
   estimated", a relative-clause attribution ("a benefit he said rarely shows up ..."), and many
   negatives (titles, slogan, "calling the devices", "called the rollout", "urged", "declined to
   say").

Judgement calls:
- The bullets after "The city said:" are claims: the colon cue governs every item, so each
  bullet is one gold quote of the City of Harlow Falls (one per bullet, like one per paragraph
  for a multi-paragraph quote). They are reported, not quoted, so the content leaves out the
  bullet marker "• " and the final period. Every bullet gets the speaker span "The city" of the
  introducing line (the scorer uses the canonical anyway).
- The pull quote (a display line '"..." - Name, description' with no cue) is layout copy like a
  headline or a caption: no gold. Its repetition in the body, with "Marsh said", is gold.
- Byline, photo caption, "Advertisement", "Story continues below", the "RELATED:" headline (even
  with a quote in it) and the author tagline: no gold.
- "asked residents to avoid the area", "urged residents to", "declined to speculate/answer/say"
  and "told her to get out" (a directive inside reported speech) are not claims.
- Quotes nested in a quote (a deputy's 'You need to leave right now', "Everybody's been saying
  ...") are part of the outer quote, never separate gold.
- A quote that resumes after a narrative sentence ("she paused before continuing. “...”") is a
  continuation: speaker None, canonical of the previous speaker.
- "Economists polled by Reuters had expected starts to rise to 1.31 million" IS gold: a
  forecast attributed to a named (polled) source, like "estimated"/"predicted"; content is the
  complement "starts to rise to 1.31 million".
- "Traders bet that ..." is NOT gold: it is the reporter's reading of market positioning, no
  statement by any source; the market-implied figure in the next sentence is gold through
  "according to CME Group's FedWatch tool" (the tool speaks for itself, canonical is the tool).
- "according to data compiled by Bloomberg" -> Bloomberg (a company's data is the company, as in
  the holdout set's LSEG call); "according to the Fed's Summary of Economic Projections" -> that
  document.
- "analysts at X cut their rating ..., saying Y": Y is gold (participle cue), the ratings in
  quotes ("neutral", "buy") and so-called "dot plot" are not.
- "As Winston Churchill put it, “...”" IS gold: a direct quote with a cue and a named source;
  being aphoristic or historical does not exempt it.
- "a benefit he said rarely shows up in analyses" is a relative-clause attribution ("what X said
  were ..."): content is the relative clause's predicate.
- For "A, the report estimated, less than B" only A is the content (holdout call "A, X said,
  and B").
- Report titles, scare quotes, "calling the devices “...”", "called the rollout “...”",
  "called the fire “a monster”" and campaign slogans get no gold.
- Generic and collective sources ("Critics", "Supporters", "Experts", "Neighbors", "Some
  strategists", "Privacy advocates", "fire officials", "officials") are gold speakers with the
  noun phrase as canonical; "They say" after "Supporters argue" resolves to Supporters.

    python3 bench/data/news_fresh_c.py   # prints docs and gold counts, writes nothing
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_news_dev import Q, article  # noqa: E402

WORDS = (350, 1100)
DOCS = []

# 1. Scraped local news web page, straight quotes, " date " header.
T = """
 date 2024-10-08 HARLOW FALLS - A fire tore through the long-vacant Bellamy Textile Mill early Tuesday, sending a column of black smoke over downtown and forcing dozens of families from their homes before dawn, fire officials said.
By Renata Alvarez, Staff Writer
Firefighters work at the scene of the Bellamy Mill fire on Canal Street on Tuesday. (Photo: Dale Whitford/The Courier)
No one was injured, but the four-story brick building, a fixture of the riverfront since 1887, is likely a total loss, Fire Chief Dana Kowal said at the scene.
"We went defensive almost right away," Kowal said. "Once the roof started to go, there was no way we were putting people inside that building."
Advertisement
"It sounded like the whole building took a breath and then just roared." - Lena Marsh, Canal Street resident
The fire was reported at 2:14 a.m. by a passing delivery driver, according to Harlow County dispatch logs. By the time the first engine arrived about six minutes later, flames were showing from windows on the third and fourth floors.
Crews from five departments, including Milbrook and East Tilden, fought the fire for nearly nine hours. At its peak, more than 70 firefighters were working the scene, and ladder trucks poured water onto the roof from three sides.
RELATED: 'A ticking time bomb': Neighbors press city on vacant Bellamy Mill
The cause of the fire remains under investigation. The state fire marshal's office has been called in, which is routine for a fire of this size, the chief said. He declined to speculate on whether the blaze had been set.
Neighbors said they had seen people going in and out of the building for months, often at night.
"Kids, homeless folks, people looking for copper - you name it," said Tomas Breyer, 54, who owns a bike shop on First Avenue. "Everybody's been saying for years that this was going to happen."
Story continues below
In a statement released shortly after 10 a.m., the City of Harlow Falls said it was "grateful to every firefighter who worked through the night" and asked residents to avoid the area. The city said:
• Residents of 42 homes on Canal and Mill streets were evacuated as a precaution and may return after 6 p.m. Tuesday.
• Air-quality monitors placed downwind showed no hazardous levels of smoke as of noon.
• Canal Street will remain closed between First and Third avenues through at least Friday.
• A temporary shelter at the Harlow Falls Community Center will stay open overnight for anyone who needs it.
Lena Marsh, who lives across Canal Street from the mill, woke to the sound of breaking glass.
"It sounded like the whole building took a breath and then just roared," Marsh said. "I grabbed the cat and my phone and that was it. I didn't even put shoes on."
She said police knocked on her door around 2:40 a.m. and told her to get out.
Advertisement
The mill has sat empty since 2009, when its last tenant, a furniture warehouse, moved out. Riverline Partners, a developer based in Albany, bought the property in 2021 with plans to turn it into 120 apartments, but construction never started.
Riverline's managing partner, Evan Sutter, said in an email that the company was "devastated" by the fire and was cooperating fully with investigators. He said the building had been fenced off and that a security guard checked the property twice a week.
City Council member Joan Pruitt, whose ward includes the riverfront, said she had raised concerns about the building's condition at least three times since last spring.
"We were told it was secure," Pruitt said. "Clearly it wasn't."
Mayor Philip Oduya told The Courier that the city would review its vacant-building ordinance, which requires owners to register empty properties but carries fines of only $250.
Demolition of the remaining walls could begin as early as next week, according to city building inspector Ray Hollis.
Renata Alvarez covers public safety for The Courier. Contact her at 518-555-0142 or ralvarez@harlowcourier.com.
"""
CITY = "City of Harlow Falls"
DOCS.append(article("fc-local-mill-fire", T, [
    Q("before dawn, [[fire officials]] said", "said", "A fire tore through the long-vacant Bellamy Textile Mill early Tuesday, sending a column of black smoke over downtown and forcing dozens of families from their homes before dawn", "fire officials"),
    Q("Fire Chief [[Dana Kowal]] said at the scene", "said", "No one was injured, but the four-story brick building, a fixture of the riverfront since 1887, is likely a total loss", "Dana Kowal"),
    Q("[[Kowal]] said. \"Once", "said", "We went defensive almost right away", "Dana Kowal"),
    Q(None, "said", "Once the roof started to go, there was no way we were putting people inside that building.", "Dana Kowal"),
    Q("according to [[Harlow County dispatch logs]]", "according to", "The fire was reported at 2:14 a.m. by a passing delivery driver", "Harlow County dispatch logs"),
    Q("size, [[the chief]] said", "said", "The state fire marshal's office has been called in, which is routine for a fire of this size", "Dana Kowal"),
    Q("[[Neighbors]] said they", "said", "they had seen people going in and out of the building for months, often at night", "Neighbors"),
    Q("said [[Tomas Breyer]], 54", "said", "Kids, homeless folks, people looking for copper - you name it", "Tomas Breyer"),
    Q(None, "said", "Everybody's been saying for years that this was going to happen.", "Tomas Breyer"),
    Q("the [[City of Harlow Falls]] said", "said", "[[it was \"grateful to every firefighter who worked through the night\"]] and asked", CITY),
    Q("[[The city]] said:", "said", "• [[Residents of 42 homes on Canal and Mill streets were evacuated as a precaution and may return after 6 p.m. Tuesday]].", CITY),
    Q("[[The city]] said:", "said", "• [[Air-quality monitors placed downwind showed no hazardous levels of smoke as of noon]].", CITY),
    Q("[[The city]] said:", "said", "• [[Canal Street will remain closed between First and Third avenues through at least Friday]].", CITY),
    Q("[[The city]] said:", "said", "• [[A temporary shelter at the Harlow Falls Community Center will stay open overnight for anyone who needs it]].", CITY),
    Q("[[Marsh]] said. \"I grabbed", "said", "[[It sounded like the whole building took a breath and then just roared]],\" Marsh said", "Lena Marsh"),
    Q(None, "said", "I grabbed the cat and my phone and that was it. I didn't even put shoes on.", "Lena Marsh"),
    Q("[[She]] said police knocked", "said", "police knocked on her door around 2:40 a.m. and told her to get out", "Lena Marsh"),
    Q("partner, [[Evan Sutter]], said", "said", "the company was \"devastated\" by the fire and was cooperating fully with investigators", "Evan Sutter"),
    Q("[[He]] said the building had been fenced", "said", "the building had been fenced off and that a security guard checked the property twice a week", "Evan Sutter"),
    Q("City Council member [[Joan Pruitt]]", "said", "she had raised concerns about the building's condition at least three times since last spring", "Joan Pruitt"),
    Q("[[Pruitt]] said. \"Clearly", "said", "We were told it was secure", "Joan Pruitt"),
    Q(None, "said", "Clearly it wasn't.", "Joan Pruitt"),
    Q("Mayor [[Philip Oduya]] told", "told", "the city would review its vacant-building ordinance, which requires owners to register empty properties but carries fines of only $250", "Philip Oduya"),
    Q("building inspector [[Ray Hollis]]", "according to", "Demolition of the remaining walls could begin as early as next week", "Ray Hollis"),
], straight=True, words=WORDS))

# 2. Wildfire press conference, AP style, curly quotes, " date " header.
T = """
 date 2024-06-18 PINE HOLLOW, Colo. (AP) — A wind-driven wildfire in the foothills west of Denver more than doubled in size overnight to about 14,200 acres, destroying at least 37 homes and forcing roughly 9,000 people to flee, officials said Tuesday.
The Cedar Gulch Fire was 8% contained as of Tuesday morning, Larkspur County Fire Chief Rob Heddings said at a news conference at the county fairgrounds. Gusts of up to 55 mph drove the flames across two ridgelines overnight and to within about 3 miles of Pine Hollow, a mountain town of 4,500 people, he said.
“This fire is moving faster than anything I’ve seen in 26 years in this county,” Heddings said. “We are not going to out-muscle it today. We are going to get people out of its way.”
More than 600 firefighters, 11 helicopters and four air tankers were assigned to the fire, according to the U.S. Forest Service, which manages much of the land where it started.
Gov. Teresa Lindqvist, who toured the burn area by helicopter Monday evening, said she had signed a disaster emergency declaration that frees up $5 million in state money and allows the Colorado National Guard to help with evacuations and traffic control.
“I saw whole neighborhoods where the only things left standing were chimneys,” Lindqvist said at the news conference. Visibly emotional, she paused before continuing. “These are people who did everything right. They cleared brush. They had plans. And it still wasn’t enough.”
Lindqvist urged residents in pre-evacuation zones to pack their cars now and to leave at the first sign of smoke. “If you’re told to go, go,” she said. “Your house can be rebuilt. You can’t.”
She also called the fire “a monster,” a word several officials used throughout the day.
Larkspur County Commissioner Marla Benning said during a briefing Tuesday afternoon that the county had opened three evacuation centers, which were sheltering about 1,100 people, and that animal shelters at the fairgrounds had reached capacity.
Benning warned that the number of destroyed homes was likely to climb as damage assessment teams reached areas that remain too dangerous to enter.
“We have families in those shelters who don’t yet know whether they have a house to go back to,” she said. “That is the hardest part of this, and I’m not going to pretend otherwise.”
Two firefighters suffered minor burns and were treated at the scene, officials said. No deaths have been reported.
The National Weather Service extended a red flag warning for the area through Wednesday night. Meteorologist Jordan Feld said during the afternoon briefing that winds should ease somewhat by Wednesday but that humidity would stay in the single digits, leaving grass and brush “about as dry as it gets.”
At the fairgrounds, evacuees slept in their cars and on cots lined up in an exhibition hall that usually hosts the county’s 4-H livestock show. Carol Whitlatch, 67, said she and her husband had about 15 minutes to leave their home on Juniper Ridge Road.
“A deputy came up the driveway with his lights going and said, ‘You need to leave right now,’ and we did,” she said. “I didn’t take my medications. I didn’t take my husband’s hearing aids. I grabbed the photo albums, because you can’t buy those again.
“When we got to the bottom of the hill, I looked back and the whole ridge was orange. I’ve lived up there 31 years. I don’t know what we’re going back to, or whether there’s anything to go back to at all.”
The cause of the fire is under investigation. Heddings said investigators were examining a downed power line near where the fire was first reported Sunday afternoon, but he cautioned that it was too early to draw conclusions.
Front Range Electric Cooperative, which owns the line, said in a statement that it was cooperating with investigators and had cut power to about 14,000 customers in the area as a precaution. A spokeswoman for the cooperative declined to answer questions about when the line was last inspected.
Evacuation orders remained in place Tuesday night for the southern half of Pine Hollow and for all of Juniper Ridge, officials said.
"""
DOCS.append(article("fc-wildfire-briefing", T, [
    Q("to flee, [[officials]] said Tuesday", "said", "A wind-driven wildfire in the foothills west of Denver more than doubled in size overnight to about 14,200 acres, destroying at least 37 homes and forcing roughly 9,000 people to flee", "officials"),
    Q("Fire Chief [[Rob Heddings]] said at a news conference", "said", "The Cedar Gulch Fire was 8% contained as of Tuesday morning", "Rob Heddings"),
    Q("people, [[he]] said", "said", "Gusts of up to 55 mph drove the flames across two ridgelines overnight and to within about 3 miles of Pine Hollow, a mountain town of 4,500 people", "Rob Heddings"),
    Q("[[Heddings]] said. “We are not", "said", "This fire is moving faster than anything I’ve seen in 26 years in this county", "Rob Heddings"),
    Q(None, "said", "We are not going to out-muscle it today. We are going to get people out of its way.", "Rob Heddings"),
    Q("according to [[the U.S. Forest Service]]", "according to", "More than 600 firefighters, 11 helicopters and four air tankers were assigned to the fire", "U.S. Forest Service"),
    Q("Gov. [[Teresa Lindqvist]], who toured", "said", "she had signed a disaster emergency declaration that frees up $5 million in state money and allows the Colorado National Guard to help with evacuations and traffic control", "Teresa Lindqvist"),
    Q("[[Lindqvist]] said at the news conference", "said", "I saw whole neighborhoods where the only things left standing were chimneys", "Teresa Lindqvist"),
    Q(None, "said", "These are people who did everything right. They cleared brush. They had plans. And it still wasn’t enough.", "Teresa Lindqvist"),
    Q("go,” [[she]] said", "said", "If you’re told to go, go", "Teresa Lindqvist"),
    Q(None, "said", "Your house can be rebuilt. You can’t.", "Teresa Lindqvist"),
    Q("Commissioner [[Marla Benning]] said during a briefing", "said", "the county had opened three evacuation centers, which were sheltering about 1,100 people, and that animal shelters at the fairgrounds had reached capacity", "Marla Benning"),
    Q("[[Benning]] warned", "warned", "the number of destroyed homes was likely to climb as damage assessment teams reached areas that remain too dangerous to enter", "Marla Benning"),
    Q("to go back to,” [[she]] said", "said", "We have families in those shelters who don’t yet know whether they have a house to go back to", "Marla Benning"),
    Q(None, "said", "That is the hardest part of this, and I’m not going to pretend otherwise.", "Marla Benning"),
    Q("at the scene, [[officials]] said", "said", "Two firefighters suffered minor burns and were treated at the scene", "officials"),
    Q("Meteorologist [[Jordan Feld]] said", "said", "winds should ease somewhat by Wednesday but that humidity would stay in the single digits, leaving grass and brush “about as dry as it gets.”", "Jordan Feld"),
    Q("[[Carol Whitlatch]], 67", "said", "she and her husband had about 15 minutes to leave their home on Juniper Ridge Road", "Carol Whitlatch"),
    Q("and we did,” [[she]] said", "said", "A deputy came up the driveway with his lights going and said, ‘You need to leave right now,’ and we did", "Carol Whitlatch"),
    Q(None, "said", "I didn’t take my medications. I didn’t take my husband’s hearing aids. I grabbed the photo albums, because you can’t buy those again.", "Carol Whitlatch"),
    Q(None, "said", "When we got to the bottom of the hill, I looked back and the whole ridge was orange. I’ve lived up there 31 years. I don’t know what we’re going back to, or whether there’s anything to go back to at all.", "Carol Whitlatch"),
    Q("[[Heddings]] said investigators", "said", "investigators were examining a downed power line near where the fire was first reported Sunday afternoon", "Rob Heddings"),
    Q("but [[he]] cautioned", "cautioned", "it was too early to draw conclusions", "Rob Heddings"),
    Q("[[Front Range Electric Cooperative]], which owns", "said", "it was cooperating with investigators and had cut power to about 14,000 customers in the area as a precaution", "Front Range Electric Cooperative"),
    Q("Juniper Ridge, [[officials]] said", "said", "Evacuation orders remained in place Tuesday night for the southern half of Pine Hollow and for all of Juniper Ridge", "officials"),
], straight=False, words=WORDS))

# 3. Financial markets wrap, straight quotes, headline line, newspaper style.
T = """
Stocks rally, Treasury yields slide as Fed delivers first rate cut since 2020
NEW YORK - U.S. stocks climbed on Wednesday and Treasury yields fell after the Federal Reserve cut interest rates for the first time in more than four years and penciled in further reductions before the end of the year.
The S&P 500 rose 1.1% to 5,812.40, its highest close since July, while the Nasdaq Composite gained 1.6% to 18,420.15. The Dow Jones Industrial Average added 296 points, or 0.7%, to 41,908.22, and the small-cap Russell 2000 jumped 2.3%.
The Fed lowered its benchmark federal funds rate by a quarter of a percentage point, to a range of 5.00% to 5.25%, in line with expectations. The Federal Reserve said in its statement that inflation had "made further progress" toward its 2% objective but remained "somewhat elevated," and that job gains had slowed.
Fed Chair Thomas Adeyemi told reporters after the decision that the central bank was "not on a preset course" and would decide on further cuts "meeting by meeting."
"We're trying to get the timing right," Adeyemi said at his post-meeting news conference. "Move too late and you risk doing damage to the labor market that is hard to reverse. Move too quickly and you risk undoing the progress we've made on inflation."
Policymakers' median projection in the so-called "dot plot" showed two more quarter-point cuts this year and four in 2025, according to the Fed's Summary of Economic Projections. Fed Governor Claire Munoz dissented in favor of a half-point cut.
Traders bet that the central bank would move faster still. Fed funds futures implied a 62% chance of a half-point cut at the November meeting, up from 41% a day earlier, according to CME Group's FedWatch tool.
"It's the start of a cycle, not a one-and-done," said Priya Raman, chief investment officer at Halvorsen Wealth Partners in Chicago. "Markets have waited a long time for this, and the Fed delivered it without sounding panicked. That's the best outcome the bulls could have hoped for."
The benchmark 10-year Treasury yield fell 7 basis points to 3.62%, while the two-year yield, which is more sensitive to expectations for Fed policy, dropped 11 basis points to 3.49%. The dollar index, which measures the greenback against six major currencies, slipped 0.4%.
Investors have poured more than $38 billion into U.S. equity funds over the past four weeks, the longest streak of inflows since early 2021, according to data compiled by Bloomberg.
Earlier in the day, the Commerce Department said housing starts rose 9.6% in August to a seasonally adjusted annual rate of 1.36 million units. Economists polled by Reuters had expected starts to rise to 1.31 million.
Rate-sensitive sectors led the gains. The S&P 500 real estate index rose 2.4% and utilities gained 1.9%. Homebuilder Marlow Homes jumped 5.8% after it said orders for new homes climbed 12% in its fiscal third quarter and that mortgage rates below 6.5% had "brought buyers back off the sidelines."
Not everything rose. Shares of Corvane Semiconductor fell 3.1% after analysts at Whitcombe & Co cut their rating on the chipmaker to "neutral" from "buy," saying its valuation had run ahead of its earnings.
Some strategists cautioned that the rally rested on a fragile assumption: that the economy will slow without tipping into recession.
"The market is pricing a soft landing with a great deal of confidence," said Martin Ocampo, senior market strategist at Brightwater Securities in New York. "That's fine as long as the jobs numbers hold up. If they don't, all of this gets repriced in a hurry."
Ocampo noted that the S&P 500 had gained about 18% so far this year, leaving little room for disappointment.
In a note to clients, economists at Tarrant Brothers wrote that they now expected the Fed to cut rates by a full percentage point by March, citing a "clear softening" in hiring.
In commodities, Brent crude futures settled down 62 cents, or 0.8%, at $73.08 a barrel, and spot gold rose 0.6% to a record $2,591.30 an ounce.
Advancing issues outnumbered decliners by a 3.4-to-1 ratio on the New York Stock Exchange. Volume on U.S. exchanges was 13.1 billion shares, compared with an average of 11.8 billion over the previous 20 trading days, according to LSEG data.
"""
DOCS.append(article("fc-markets-fed-cut", T, [
    Q("The [[Federal Reserve]] said in its statement", "said", "inflation had \"made further progress\" toward its 2% objective but remained \"somewhat elevated,\" and that job gains had slowed", "Federal Reserve"),
    Q("Fed Chair [[Thomas Adeyemi]] told", "told", "the central bank was \"not on a preset course\" and would decide on further cuts \"meeting by meeting.\"", "Thomas Adeyemi"),
    Q("[[Adeyemi]] said at his post-meeting", "said", "We're trying to get the timing right", "Thomas Adeyemi"),
    Q(None, "said", "Move too late and you risk doing damage to the labor market that is hard to reverse. Move too quickly and you risk undoing the progress we've made on inflation.", "Thomas Adeyemi"),
    Q("[[the Fed's Summary of Economic Projections]]", "according to", "Policymakers' median projection in the so-called \"dot plot\" showed two more quarter-point cuts this year and four in 2025", "Fed's Summary of Economic Projections"),
    Q("[[CME Group's FedWatch tool]]", "according to", "Fed funds futures implied a 62% chance of a half-point cut at the November meeting, up from 41% a day earlier", "CME Group's FedWatch tool"),
    Q("said [[Priya Raman]], chief investment officer", "said", "It's the start of a cycle, not a one-and-done", "Priya Raman"),
    Q(None, "said", "Markets have waited a long time for this, and the Fed delivered it without sounding panicked. That's the best outcome the bulls could have hoped for.", "Priya Raman"),
    Q("data compiled by [[Bloomberg]]", "according to", "Investors have poured more than $38 billion into U.S. equity funds over the past four weeks, the longest streak of inflows since early 2021", "Bloomberg"),
    Q("[[the Commerce Department]] said", "said", "housing starts rose 9.6% in August to a seasonally adjusted annual rate of 1.36 million units", "Commerce Department"),
    Q("Economists polled by Reuters", "expected", "starts to rise to 1.31 million", "Economists polled by Reuters"),
    Q("after [[it]] said orders", "said", "orders for new homes climbed 12% in its fiscal third quarter and that mortgage rates below 6.5% had \"brought buyers back off the sidelines.\"", "Marlow Homes"),
    Q("[[analysts at Whitcombe & Co]] cut", "saying", "its valuation had run ahead of its earnings", "analysts at Whitcombe & Co"),
    Q("Some strategists", "cautioned", "the rally rested on a fragile assumption: that the economy will slow without tipping into recession", "Some strategists"),
    Q("said [[Martin Ocampo]], senior market strategist", "said", "The market is pricing a soft landing with a great deal of confidence", "Martin Ocampo"),
    Q(None, "said", "That's fine as long as the jobs numbers hold up. If they don't, all of this gets repriced in a hurry.", "Martin Ocampo"),
    Q("[[Ocampo]] noted", "noted", "the S&P 500 had gained about 18% so far this year, leaving little room for disappointment", "Martin Ocampo"),
    Q("[[economists at Tarrant Brothers]] wrote", "wrote", "they now expected the Fed to cut rates by a full percentage point by March, citing a \"clear softening\" in hiring", "economists at Tarrant Brothers"),
    Q("according to [[LSEG]] data", "according to", "Volume on U.S. exchanges was 13.1 billion shares, compared with an average of 11.8 billion over the previous 20 trading days", "LSEG"),
], straight=True, words=WORDS))

# 4. Analysis/opinion explainer, curly quotes, few genuine claims among many negatives.
T = """
Smart meters promised to shrink your power bill. Did they?
More than a decade after utilities began bolting so-called “smart” meters to the sides of American homes, it is fair to ask what all that hardware has bought us. About 120 million of the devices are now installed across the country, according to the U.S. Energy Information Administration.
The pitch, back then, was simple. Give households a real-time view of their electricity use, and they would use less. Early marketing campaigns sold the devices with slogans like “Know Your Power,” and one utility executive called the rollout “the biggest upgrade to the grid since the light bulb.”
So did it work? Are families actually paying less? And who, exactly, has been looking at all that data?
A new report from the Great Lakes Energy Policy Institute, a nonpartisan research group in Madison, Wis., takes on the first two questions. Its title, “Meters Without Meaning? A Decade of Advanced Metering in the Midwest,” hints at the verdict.
The report concluded that the meters had delivered “real and durable” savings for utilities, chiefly by eliminating manual meter reading and speeding up repairs after outages, but that the benefits for most households had been “modest at best.”
Across the six states it studied, the typical household saved about $1.40 a month, the report estimated, less than the roughly $3 a month many customers pay toward the cost of the meters themselves.
“The technology works. What didn’t work was the assumption that people would stare at a graph of their kilowatt-hours and change their habits,” said Dana Whitcombe, a senior fellow at the institute and the report’s lead author. “Most people looked once, maybe twice, and then never again.”
That will not surprise anyone who has ever downloaded a fitness app in January.
Critics say the meters were sold to the public on a promise that was never realistic, and that customers have been left paying for equipment whose main beneficiaries are the utilities’ own balance sheets. Some opponents have taken to calling the devices “the spy on the wall.”
That nickname is not entirely unfair. Privacy advocates have long warned that a meter recording a home’s electricity use every 15 minutes can reveal when its residents wake up, leave for work or go on vacation. Who gets to see that information, and for how long, varies widely from state to state.
Supporters argue that judging the meters by the size of a household’s monthly bill misses the point. They say the real payoff comes from pricing plans that charge more for electricity during peak hours, something the old “dumb” meters could never support.
Is that a fair test? It depends on the plan, and on the household.
Experts caution that those “time-of-use” plans can hurt customers who cannot shift their usage, such as families with a relative on home medical equipment or people who work from home through hot summer afternoons.
Utilities, for their part, have a different list of benefits in mind. A spokesman for Northern Plains Power, one of the utilities in the study, said the company’s meters had cut the average time needed to restore service after a storm by about 30%, a benefit he said rarely shows up in analyses of customer savings. The company declined to say how much it had spent on the rollout.
None of this means the meters were a mistake. It means they were oversold, and that regulators, having approved billions of dollars in spending, mostly stopped asking questions once the devices were on the wall. As Winston Churchill put it, “However beautiful the strategy, you should occasionally look at the results.”
The institute urged state utility commissions to publish annual figures on what the meters actually save and to cap the fees, typically $10 to $25 a month, that customers are charged for opting out.
Whether anyone will listen is another question. For now, the humble meter on the side of the house is smarter than it used to be. Whether the system built around it is any smarter is still an open question.
"""
DOCS.append(article("fc-explainer-smart-meters", T, [
    Q("according to [[the U.S. Energy Information Administration]]", "according to", "About 120 million of the devices are now installed across the country", "U.S. Energy Information Administration"),
    Q("[[The report]] concluded", "concluded", "the meters had delivered “real and durable” savings for utilities, chiefly by eliminating manual meter reading and speeding up repairs after outages, but that the benefits for most households had been “modest at best.”", "Great Lakes Energy Policy Institute report"),
    Q("[[the report]] estimated", "estimated", "Across the six states it studied, the typical household saved about $1.40 a month", "Great Lakes Energy Policy Institute report"),
    Q("said [[Dana Whitcombe]], a senior fellow", "said", "The technology works. What didn’t work was the assumption that people would stare at a graph of their kilowatt-hours and change their habits", "Dana Whitcombe"),
    Q(None, "said", "Most people looked once, maybe twice, and then never again.", "Dana Whitcombe"),
    Q("[[Critics]] say", "say", "the meters were sold to the public on a promise that was never realistic, and that customers have been left paying for equipment whose main beneficiaries are the utilities’ own balance sheets", "Critics"),
    Q("[[Privacy advocates]] have long warned", "warned", "a meter recording a home’s electricity use every 15 minutes can reveal when its residents wake up, leave for work or go on vacation", "Privacy advocates"),
    Q("[[Supporters]] argue", "argue", "judging the meters by the size of a household’s monthly bill misses the point", "Supporters"),
    Q("[[They]] say the real payoff", "say", "the real payoff comes from pricing plans that charge more for electricity during peak hours, something the old “dumb” meters could never support", "Supporters"),
    Q("[[Experts]] caution", "caution", "those “time-of-use” plans can hurt customers who cannot shift their usage, such as families with a relative on home medical equipment or people who work from home through hot summer afternoons", "Experts"),
    Q("[[A spokesman for Northern Plains Power]]", "said", "the company’s meters had cut the average time needed to restore service after a storm by about 30%", "spokesman for Northern Plains Power"),
    Q("a benefit [[he]] said", "said", "rarely shows up in analyses of customer savings", "spokesman for Northern Plains Power"),
    Q("As [[Winston Churchill]] put it", "put it", "However beautiful the strategy, you should occasionally look at the results.", "Winston Churchill"),
], straight=False, words=WORDS))


if __name__ == "__main__":
    print(len(DOCS), "docs")
    for d in DOCS:
        print(f'{d["id"]:30s} words={len(d["text"].split()):4d} quotes={len(d["quotes"])}')
    print(sum(len(d["quotes"]) for d in DOCS), "gold quotes")
