#!/usr/bin/env python3
"""Blind evaluation set D: 4 invented AP-wire articles in 2022-style coverage (named individuals
are fictional; countries, agencies, cities and institutions are real), annotated with the
conventions and helpers of build_news_dev.py without looking at the extractor.

Styles: (1) a war story from the front, curly quotes: a regional governor,
residents at the scene, Ukraine's and Russia's defense ministries, a senior U.S. defense official
briefing on condition of anonymity, U.N. human rights office figures; (2) a pandemic story,
straight quotes: a health ministry, a national institute, a virologist, hospital officials, the
WHO, hedged case counts; (3) a U.S. Senate hearing, curly quotes: a committee chairman, senators of
both parties questioning an agency head, written testimony, a company's written statement, a
White House spokesperson; (4) a humanitarian story at a border crossing, curly quotes: refugees
speaking through an interpreter, aid agencies, a U.N. refugee agency spokeswoman, a quote running
over two paragraphs.

Judgement calls:
- a lede claim ending "..., the regional governor said, as ..." / "..., health officials said
  Tuesday, as ..." has content up to the cue only; the trailing "as" clause is the reporter's;
- "from what local officials said was a missile strike" -> content "was a missile strike ..."
  (as the seed does with "what Ukrainian authorities said were artillery strikes");
- "X said through an interpreter" -> speaker is X, never the interpreter;
- "according to the U.N. refugee agency, which said ..." -> two gold quotes, both with the agency
  name as speaker span; "the agency said" later resolves to the same agency;
- "Moscow has denied that P" -> content P (the proposition the source is reported on), speaker
  Moscow; "claimed", "acknowledged", "cautioned", "alleged", "maintained", "estimated", "found"
  and "warned that" are cues like "said";
- a directly quoted question with "asked" is a gold quote (as in the holdout earnings call); a
  reported question ("pressed Pruitt on who ...") is not;
- "announced" with a noun-phrase object ("the White House announced a second round of
  flights") is not a claim (as in the dev housing article);
- hedges ("about", "roughly", "probably", "at least") are part of the content;
- a quoted sentence inside a quote is not annotated separately;
- no gold for: "called the attack ...", "calling the delays ...", "described as", "accused ...
  of", "urged", "did not comment", "would not say", "declined to say", the scare quote "special
  military operation", the nicknames "the spring wave" and "Operation Bottle Lift", and a
  slogan on a sign.

    python3 bench/data/news_blind_d.py   # prints docs and gold quotes per doc; writes nothing
"""
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from build_news_dev import Q, article  # noqa: E401,E702,E402

WORDS = (450, 1300)
DOCS = []

# 1. AP war story, curly quotes: governor in the lede ("..., the regional governor said, as"),
#    "said on Ukrainian television that", "called" and "urged" (no claim), residents with
#    "she said, her hands still shaking", two defense ministries ("claimed", "has denied that",
#    "described as" scare quote), relative clause "what local officials said was", a senior U.S.
#    defense official and "The official" anaphora, "would not say", U.N. figures with hedges and
#    "according to the office" at the end, a quote split mid-sentence by "said X, a Y,".
T = """
 date 2022-05-19 KHARKIV, Ukraine (AP) — Russian rockets slammed into a residential neighborhood on the northern edge of Kharkiv on Thursday, killing at least seven civilians and wounding 19 others, including three children, the regional governor said, as Moscow’s forces kept up their bombardment of Ukraine’s second-largest city even while being pushed back from its outskirts.
Gov. Oleh Savchuk said on Ukrainian television that the rockets struck a five-story apartment building, a pharmacy and a bus stop in the Saltivka district shortly after 10 a.m., when many residents had come up from basements to collect humanitarian aid.
“There are no military targets there. None,” Savchuk said. “There is a bus stop, a pharmacy and people who were standing in line for bread.”
He said rescue crews were still searching the rubble of the apartment building and that the death toll was likely to rise. Savchuk called the attack “a deliberate act of terror against peaceful people” and urged residents to stay in shelters whenever air raid sirens sounded.
The Associated Press could not independently verify the casualty figures. AP journalists who reached the neighborhood about two hours after the attack saw the burned-out shell of a minibus and at least three bodies covered with blankets on the sidewalk.
Nadiya Koval, 63, was waiting in line at the pharmacy when the first rocket hit across the street.
“I heard a whistle, and then everything was glass,” she said, her hands still shaking. “The woman who was standing in front of me — I don’t know if she is alive.”
Her neighbor, Serhiy Bondar, 40, had brought his wife and two sons back to Kharkiv from western Ukraine only two weeks earlier, when the shelling seemed to ease.
“We thought the worst was over,” Bondar said. “I was wrong. Tomorrow we leave again.”
Ukraine’s Defense Ministry said Russian forces had fired more than 40 rockets at Kharkiv and surrounding villages over the previous 24 hours, using Grad and Uragan multiple rocket launchers. Ministry spokesman Col. Yurii Danylenko told reporters in Kyiv that Ukrainian troops had pushed Russian units back from several villages northeast of the city in recent days, putting much of Kharkiv out of range of Russian tube artillery, though not of longer-range rockets.
“They are losing ground, so they take revenge on the city,” Danylenko said.
Russia’s Defense Ministry did not comment on the Kharkiv strikes. In its daily briefing, the ministry claimed its forces had destroyed a Ukrainian ammunition depot and two command posts in the Kharkiv region overnight. Moscow has denied that its forces target civilians, and it describes the war as a “special military operation” to protect Russian speakers in eastern Ukraine.
Overnight, explosions were also heard in the central city of Dnipro from what local officials said was a missile strike on an industrial site. There was no immediate word on casualties there.
In Washington, a senior U.S. defense official said the Russians were moving some artillery units away from Kharkiv and south toward the Donbas, the eastern industrial region where Moscow has concentrated its offensive, but still had enough firepower near the city to keep shelling it.
The official, who spoke on condition of anonymity to discuss the Pentagon’s assessment, said Ukrainian forces had retaken “a handful” of towns and villages around Kharkiv over the past week.
“The Ukrainians are fighting very smartly in the north,” the official said. “The Russians are not making the progress they wanted anywhere, frankly.”
The official said the U.S. had delivered 85 of the 90 howitzers it promised Ukraine last month and that more than 200 Ukrainian troops had been trained to use them. The official would not say where the guns had been deployed.
The U.N. human rights office said it had recorded 3,811 civilian deaths in Ukraine since the war began on Feb. 24, including at least 240 children. The office said the actual figures were likely considerably higher, because reports from places with intense fighting, such as the besieged port of Mariupol, had been delayed or were still awaiting corroboration.
Most of the civilian deaths were caused by explosive weapons with a wide impact area, including heavy artillery, multiple rocket launchers, missiles and airstrikes, according to the office.
In Saltivka, volunteers were handing out bottled water and plastic sheeting to cover shattered windows by late afternoon, as firefighters hosed down the smoldering upper floors of the apartment building.
“People ask me when it will stop,” said Taras Hnatiuk, a 27-year-old volunteer with a local charity, “and I tell them the truth: Nobody knows.”
"""
OFFICIAL = "a senior U.S. defense official"
UN = "U.N. human rights office"
DOCS.append(article("bd-war-kharkiv-rockets", T, [
    Q("children, [[the regional governor]] said", "said", "Russian rockets slammed into a residential neighborhood on the northern edge of Kharkiv on Thursday, killing at least seven civilians and wounding 19 others, including three children", "Oleh Savchuk"),
    Q("Gov. [[Oleh Savchuk]] said", "said", "the rockets struck a five-story apartment building, a pharmacy and a bus stop in the Saltivka district shortly after 10 a.m., when many residents had come up from basements to collect humanitarian aid", "Oleh Savchuk"),
    Q("None,” [[Savchuk]] said", "said", "There are no military targets there. None", "Oleh Savchuk"),
    Q(None, "said", "There is a bus stop, a pharmacy and people who were standing in line for bread.", "Oleh Savchuk"),
    Q("[[He]] said rescue crews", "said", "rescue crews were still searching the rubble of the apartment building and that the death toll was likely to rise", "Oleh Savchuk"),
    Q("glass,” [[she]] said", "said", "I heard a whistle, and then everything was glass", "Nadiya Koval"),
    Q(None, "said", "The woman who was standing in front of me — I don’t know if she is alive.", "Nadiya Koval"),
    Q("[[Bondar]] said. “I was", "said", "We thought the worst was over", "Serhiy Bondar"),
    Q(None, "said", "I was wrong. Tomorrow we leave again.", "Serhiy Bondar"),
    Q("[[Ukraine’s Defense Ministry]] said", "said", "Russian forces had fired more than 40 rockets at Kharkiv and surrounding villages over the previous 24 hours, using Grad and Uragan multiple rocket launchers", "Ukrainian Defense Ministry"),
    Q("Col. [[Yurii Danylenko]] told", "told", "Ukrainian troops had pushed Russian units back from several villages northeast of the city in recent days, putting much of Kharkiv out of range of Russian tube artillery, though not of longer-range rockets", "Yurii Danylenko"),
    Q("[[Danylenko]] said.", "said", "They are losing ground, so they take revenge on the city", "Yurii Danylenko"),
    Q("[[the ministry]] claimed", "claimed", "its forces had destroyed a Ukrainian ammunition depot and two command posts in the Kharkiv region overnight", "Russian Defense Ministry"),
    Q("[[Moscow]] has denied", "denied", "its forces target civilians", "Moscow"),
    Q("what [[local officials]] said was", "said", "was a missile strike on an industrial site", "local officials"),
    Q(OFFICIAL, "said", "the Russians were moving some artillery units away from Kharkiv and south toward the Donbas, the eastern industrial region where Moscow has concentrated its offensive, but still had enough firepower near the city to keep shelling it", OFFICIAL),
    Q("[[The official]], who spoke", "said", "Ukrainian forces had retaken “a handful” of towns and villages around Kharkiv over the past week", OFFICIAL),
    Q("north,” [[the official]] said", "said", "The Ukrainians are fighting very smartly in the north", OFFICIAL),
    Q(None, "said", "The Russians are not making the progress they wanted anywhere, frankly.", OFFICIAL),
    Q("[[The official]] said the U.S.", "said", "the U.S. had delivered 85 of the 90 howitzers it promised Ukraine last month and that more than 200 Ukrainian troops had been trained to use them", OFFICIAL),
    Q("The U.N. human rights office", "said", "it had recorded 3,811 civilian deaths in Ukraine since the war began on Feb. 24, including at least 240 children", UN),
    Q("[[The office]] said the actual", "said", "the actual figures were likely considerably higher, because reports from places with intense fighting, such as the besieged port of Mariupol, had been delayed or were still awaiting corroboration", UN),
    Q("according to [[the office]]", "according to", "Most of the civilian deaths were caused by explosive weapons with a wide impact area, including heavy artillery, multiple rocket launchers, missiles and airstrikes", UN),
    Q("said [[Taras Hnatiuk]], a 27", "said", "People ask me when it will stop", "Taras Hnatiuk"),
    Q(None, "said", "and I tell them the truth: Nobody knows.", "Taras Hnatiuk"),
], straight=False, words=WORDS))

# 2. AP pandemic story, straight quotes: "health officials said Tuesday, as" in the lede, hedged
#    case counts from a ministry ("and that"), "acknowledged that", "told reporters in Lisbon",
#    an institute that "estimated", nickname "the spring wave" (no claim), a virologist with
#    "appeared to" and "cautioned that", "A preliminary study ... found that", hospital
#    officials, "said Dr. X, who heads ...", "declined to say", the WHO's "said in a statement
#    that ... and warned that", "she said" continuation, "he said, shrugging".
T = """
 date 2022-05-31 LISBON, Portugal (AP) — Portugal is recording more new COVID-19 infections per capita than almost any other country in the world, health officials said Tuesday, as a fast-spreading omicron subvariant takes hold just weeks after the government lifted most of its remaining pandemic restrictions.
The Health Ministry said the country had registered an average of about 26,000 new cases a day over the past week, roughly triple the level at the start of May, and that 41 people with COVID-19 had died on Monday, the highest daily toll since February.
Ministry officials acknowledged that the true number of infections was probably far higher, because many people now test at home and never report a positive result.
"What we see in the official numbers is only the part of the iceberg above the water," Deputy Health Minister Ricardo Meireles told reporters in Lisbon. "But the trend is very clear, and it is going in the wrong direction."
Meireles said hospitals were under pressure but were not overwhelmed, with about 1,900 COVID-19 patients on general wards and 110 in intensive care. At the height of the pandemic's deadliest wave, in January 2021, more than 900 people were in intensive care units.
He said the government had no plans to bring back restrictions, but he urged people over 60 to get a second booster shot and to wear masks in crowded indoor spaces.
Portugal's National Health Institute Doutor Ricardo Jorge estimated that the BA.5 subvariant accounted for about 87% of new cases last week, up from less than 10% in early April, based on genetic sequencing of positive samples. Newspapers in Lisbon have taken to calling the surge "the spring wave."
Dr. Helena Paiva, a virologist at the University of Lisbon's Faculty of Medicine, said BA.5 appeared to spread more easily than earlier versions of omicron and to partly evade the antibodies produced by previous infection or vaccination.
"The good news is that we are not seeing evidence that it makes people sicker," Paiva said. "The bad news is that having had omicron in January does not seem to protect you very much in May."
She cautioned that the data were preliminary and that it was too early to say whether the wave had peaked.
A preliminary study by researchers in South Africa, where BA.4 and BA.5 were first identified, found that antibodies from people who had been infected with the original omicron variant were about eight times less effective at neutralizing BA.5. The study has not yet been reviewed by other scientists.
At Santa Maria Hospital, Lisbon's largest, officials said the number of COVID-19 patients had doubled in two weeks, to about 160, although fewer than 10 were in intensive care.
"Most of the patients we are admitting are elderly people who came in for something else — a fall, a heart problem — and test positive here," said Dr. Jorge Antunes, who heads the hospital's internal medicine department. "The virus makes everything worse for them."
Antunes said about 300 of the hospital's staff were off sick with COVID-19 on Monday, forcing it to postpone some non-urgent surgeries. The hospital's administration declined to say how many operations had been delayed.
The World Health Organization's European office said in a statement that BA.4 and BA.5 were driving increases in cases in several countries, including Portugal, and warned that others could see similar surges over the summer as people travel and mix more freely.
Dr. Anneli Korhonen, a senior emergency officer at WHO Europe, told The Associated Press that many governments had scaled back testing and genetic sequencing just as new variants were emerging.
"We are asking countries not to dismantle their surveillance systems," she said. "If you stop looking for the virus, it does not stop looking for you."
In Lisbon's Baixa district, where cafes and shops were crowded with tourists on Tuesday, few people wore masks. Pedro Almeida, 34, a waiter, was back at work after catching the virus for the second time this year.
"Everybody I know has had it," he said, shrugging. "We just don't talk about it anymore."
"""
WHO = "World Health Organization's European office"
STUDY = "preliminary study by researchers in South Africa"
DOCS.append(article("bd-health-portugal-ba5", T, [
    Q("world, [[health officials]] said Tuesday", "said", "Portugal is recording more new COVID-19 infections per capita than almost any other country in the world", "health officials"),
    Q("[[The Health Ministry]] said the country", "said", "the country had registered an average of about 26,000 new cases a day over the past week, roughly triple the level at the start of May, and that 41 people with COVID-19 had died on Monday, the highest daily toll since February", "Portuguese Health Ministry"),
    Q("Ministry officials", "acknowledged", "the true number of infections was probably far higher, because many people now test at home and never report a positive result", "Ministry officials"),
    Q("Minister [[Ricardo Meireles]] told", "told", "What we see in the official numbers is only the part of the iceberg above the water", "Ricardo Meireles"),
    Q(None, "told", "But the trend is very clear, and it is going in the wrong direction.", "Ricardo Meireles"),
    Q("[[Meireles]] said hospitals", "said", "hospitals were under pressure but were not overwhelmed, with about 1,900 COVID-19 patients on general wards and 110 in intensive care", "Ricardo Meireles"),
    Q("[[He]] said the government", "said", "the government had no plans to bring back restrictions", "Ricardo Meireles"),
    Q("Portugal's National Health Institute Doutor Ricardo Jorge", "estimated", "the BA.5 subvariant accounted for about 87% of new cases last week, up from less than 10% in early April, based on genetic sequencing of positive samples", "National Health Institute Doutor Ricardo Jorge"),
    Q("Dr. [[Helena Paiva]], a virologist", "said", "BA.5 appeared to spread more easily than earlier versions of omicron and to partly evade the antibodies produced by previous infection or vaccination", "Helena Paiva"),
    Q("[[Paiva]] said. \"The bad", "said", "The good news is that we are not seeing evidence that it makes people sicker", "Helena Paiva"),
    Q(None, "said", "The bad news is that having had omicron in January does not seem to protect you very much in May.", "Helena Paiva"),
    Q("[[She]] cautioned", "cautioned", "the data were preliminary and that it was too early to say whether the wave had peaked", "Helena Paiva"),
    Q("[[A preliminary study by researchers in South Africa]], where", "found", "antibodies from people who had been infected with the original omicron variant were about eight times less effective at neutralizing BA.5", STUDY),
    Q("largest, [[officials]] said", "said", "the number of COVID-19 patients had doubled in two weeks, to about 160, although fewer than 10 were in intensive care", "Santa Maria Hospital officials"),
    Q("said Dr. [[Jorge Antunes]], who heads", "said", "Most of the patients we are admitting are elderly people who came in for something else — a fall, a heart problem — and test positive here", "Jorge Antunes"),
    Q(None, "said", "The virus makes everything worse for them.", "Jorge Antunes"),
    Q("[[Antunes]] said about 300", "said", "about 300 of the hospital's staff were off sick with COVID-19 on Monday, forcing it to postpone some non-urgent surgeries", "Jorge Antunes"),
    Q("The World Health Organization's European office", "said", "BA.4 and BA.5 were driving increases in cases in several countries, including Portugal", WHO),
    Q("The World Health Organization's European office", "warned", "others could see similar surges over the summer as people travel and mix more freely", WHO),
    Q("Dr. [[Anneli Korhonen]], a senior", "told", "many governments had scaled back testing and genetic sequencing just as new variants were emerging", "Anneli Korhonen"),
    Q("systems,\" [[she]] said", "said", "We are asking countries not to dismantle their surveillance systems", "Anneli Korhonen"),
    Q(None, "said", "If you stop looking for the virus, it does not stop looking for you.", "Anneli Korhonen"),
    Q("had it,\" [[he]] said, shrugging", "said", "Everybody I know has had it", "Pedro Almeida"),
    Q(None, "said", "We just don't talk about it anymore.", "Pedro Almeida"),
], straight=True, words=WORDS))

# 3. AP congressional hearing, curly quotes: "calling the delays" (no claim), an agency head who
#    "acknowledged that", "told the Senate ... Committee", "In written testimony ..., X said",
#    a committee chairman's reading and questions ("he asked"), a whistleblower who "alleged in
#    the report that", a senator's direct question ("Kessling asked") and a reported question
#    ("pressed Pruitt on who", no claim), "described as" and "accused ... of" (no claim), a
#    company's "said in a written statement that" and "maintained that", a White House deputy
#    press secretary who "told reporters that", "declined to say", nickname "Operation Bottle
#    Lift" (no claim), "announced" + noun phrase (no claim).
T = """
 date 2022-05-26 WASHINGTON (AP) — Senators from both parties sharply criticized the head of the Food and Drug Administration on Thursday over the agency’s slow response to a nationwide shortage of infant formula, with the committee’s chairman calling the delays “inexcusable” and Republicans demanding to know why a whistleblower’s warnings went unread for months.
FDA Commissioner Dr. Alan Pruitt acknowledged that the agency had been too slow to act on a complaint about conditions at a Meridian Nutrition plant in Coldwater, Michigan. The plant’s closure in February set off the shortage, which has left store shelves empty in parts of the country.
“We were too slow, and there were decisions that were suboptimal along the way,” Pruitt told the Senate Health, Education, Labor and Pensions Committee. “I am not here to defend every one of them.”
In written testimony submitted before the hearing, Pruitt said the plant’s shutdown had removed roughly 40% of the nation’s supply of powdered formula almost overnight, and that the FDA had since cleared imports of formula from six countries.
Sen. Raymond Castellano, D-N.M., the committee chairman, opened the hearing by reading from letters sent to his office by parents in his state.
“I have heard from a mother in Las Cruces who drove to 11 stores in two days,” Castellano said. “Eleven stores. That should never happen in the United States of America.”
Castellano said the FDA had received the whistleblower’s report in October but did not inspect the plant until late January, and that senior agency officials did not see the report until December.
“How does a report like that sit in somebody’s inbox for two months?” he asked.
The whistleblower, a former quality-control employee at the plant, alleged in the report that workers had falsified maintenance records and that equipment used to make formula had not been properly cleaned.
Sen. Deborah Kessling of Indiana, the panel’s top Republican, pressed Pruitt on who at the FDA had seen the report first.
“Who saw it in October, and what did they do with it?” Kessling asked. “Because the answer so far seems to be nothing.”
Pruitt said the report had been mailed to the wrong office and was not forwarded to senior officials until December, a delay he described as “a breakdown in our systems.”
Sen. Mitchell Graves, R-Ky., accused the agency of putting “paperwork ahead of babies.” He said the FDA had known since at least September that four infants who consumed formula made at the plant had fallen ill with bacterial infections, and that two of them had died.
Pruitt said investigators had found the bacteria in several places inside the plant but had not been able to match samples from the plant to the strains that sickened the infants. “We could not establish a direct link, but that does not mean there wasn’t one,” he said.
Democrats also took aim at the company. Sen. Aisha Barlow, D-Ga., said Meridian had spent $5 billion on stock buybacks over the past three years while “cutting corners” at its plants.
Meridian Nutrition, which was not asked to testify, said in a written statement that it “deeply regrets” the shortage and had invested $2 billion in its manufacturing plants since 2019. The company maintained that there was no conclusive evidence linking its formula to the infants’ illnesses.
Pruitt said the Coldwater plant could restart production as early as next week, but that it would take six to eight weeks after that for new formula to reach store shelves.
“I want to be careful not to overpromise,” he said. “Parents have heard enough promises.”
The hearing came a day after the White House announced a second round of flights carrying formula from Europe, part of an effort officials have dubbed “Operation Bottle Lift.” White House deputy press secretary Camille Ortega told reporters that the flights would bring the equivalent of about 2 million bottles of formula to the U.S. by mid-June.
Ortega said the president had been briefed on the hearing but declined to say whether he still had confidence in Pruitt.
“The president expects the FDA to move as quickly as humanly possible, and the commissioner knows that,” she said.
"""
DOCS.append(article("bd-hearing-formula-shortage", T, [
    Q("Dr. [[Alan Pruitt]] acknowledged", "acknowledged", "the agency had been too slow to act on a complaint about conditions at a Meridian Nutrition plant in Coldwater, Michigan", "Alan Pruitt"),
    Q("[[Pruitt]] told the Senate", "told", "We were too slow, and there were decisions that were suboptimal along the way", "Alan Pruitt"),
    Q(None, "told", "I am not here to defend every one of them.", "Alan Pruitt"),
    Q("hearing, [[Pruitt]] said the plant’s", "said", "the plant’s shutdown had removed roughly 40% of the nation’s supply of powdered formula almost overnight, and that the FDA had since cleared imports of formula from six countries", "Alan Pruitt"),
    Q("[[Castellano]] said. “Eleven", "said", "I have heard from a mother in Las Cruces who drove to 11 stores in two days", "Raymond Castellano"),
    Q(None, "said", "Eleven stores. That should never happen in the United States of America.", "Raymond Castellano"),
    Q("[[Castellano]] said the FDA", "said", "the FDA had received the whistleblower’s report in October but did not inspect the plant until late January, and that senior agency officials did not see the report until December", "Raymond Castellano"),
    Q("[[he]] asked.", "asked", "How does a report like that sit in somebody’s inbox for two months?", "Raymond Castellano"),
    Q("[[The whistleblower]], a former", "alleged", "workers had falsified maintenance records and that equipment used to make formula had not been properly cleaned", "whistleblower"),
    Q("[[Kessling]] asked", "asked", "Who saw it in October, and what did they do with it?", "Deborah Kessling"),
    Q(None, "asked", "Because the answer so far seems to be nothing.", "Deborah Kessling"),
    Q("[[Pruitt]] said the report", "said", "the report had been mailed to the wrong office and was not forwarded to senior officials until December", "Alan Pruitt"),
    Q("[[He]] said the FDA had known", "said", "the FDA had known since at least September that four infants who consumed formula made at the plant had fallen ill with bacterial infections, and that two of them had died", "Mitchell Graves"),
    Q("[[Pruitt]] said investigators", "said", "investigators had found the bacteria in several places inside the plant but had not been able to match samples from the plant to the strains that sickened the infants", "Alan Pruitt"),
    Q("one,” [[he]] said", "said", "We could not establish a direct link, but that does not mean there wasn’t one", "Alan Pruitt"),
    Q("Sen. [[Aisha Barlow]], D-Ga., said", "said", "Meridian had spent $5 billion on stock buybacks over the past three years while “cutting corners” at its plants", "Aisha Barlow"),
    Q("[[Meridian Nutrition]], which was not asked", "said", "it “deeply regrets” the shortage and had invested $2 billion in its manufacturing plants since 2019", "Meridian Nutrition"),
    Q("[[The company]] maintained", "maintained", "there was no conclusive evidence linking its formula to the infants’ illnesses", "Meridian Nutrition"),
    Q("[[Pruitt]] said the Coldwater", "said", "the Coldwater plant could restart production as early as next week, but that it would take six to eight weeks after that for new formula to reach store shelves", "Alan Pruitt"),
    Q("overpromise,” [[he]] said", "said", "I want to be careful not to overpromise", "Alan Pruitt"),
    Q(None, "said", "Parents have heard enough promises.", "Alan Pruitt"),
    Q("secretary [[Camille Ortega]] told", "told", "the flights would bring the equivalent of about 2 million bottles of formula to the U.S. by mid-June", "Camille Ortega"),
    Q("[[Ortega]] said the president", "said", "the president had been briefed on the hearing", "Camille Ortega"),
    Q("that,” [[she]] said", "said", "The president expects the FDA to move as quickly as humanly possible, and the commissioner knows that", "Camille Ortega"),
], straight=False, words=WORDS))

# 4. AP humanitarian story, curly quotes: "according to the U.N. refugee agency, which said",
#    "the agency said" at the end, refugees "said through an interpreter" (and "he said through
#    an interpreter" after the quote), first name only, a slogan on a sign (no claim), border
#    police figures, a volunteer's quote running over two paragraphs (first left open), a UNHCR
#    spokeswoman ("told reporters at the crossing", "She said"), "urged" (no claim), UNICEF's
#    "said ... and warned that", the World Food Programme.
T = """
 date 2022-03-08 PALANCA, Moldova (AP) — The line of cars waiting to leave Ukraine at this border crossing stretched for more than 2 miles on Tuesday, and hundreds more people, most of them women and children, walked the last stretch on foot, dragging suitcases through the mud past tents where volunteers handed out hot tea, diapers and SIM cards.
More than 2 million people have fled Ukraine since Russia invaded on Feb. 24, according to the U.N. refugee agency, which said the exodus had become the fastest-growing refugee crisis in Europe since World War II. About 230,000 of them have crossed into Moldova, one of Europe’s poorest countries, the agency said.
Most of those arriving at Palanca on Tuesday had come from Odesa, the Black Sea port about 30 miles (50 kilometers) to the east, or from towns farther north along the Dniester River.
Svitlana Moroz, 36, reached the Moldovan side after waiting 14 hours at the checkpoint with her two daughters, ages 4 and 9. Her husband, like most Ukrainian men between the ages of 18 and 60, is barred from leaving the country and stayed behind.
“He walked us to the line and then he turned around,” she said through an interpreter, holding the younger girl on her hip. “I did not look back. I couldn’t.”
Moroz said she hoped to reach her sister in Germany but had no idea yet how she would get there.
A few steps away, a hand-painted sign on a volunteer tent read “Welcome to Moldova. You are safe here.”
Another woman, who gave only her first name, Halyna, because she feared for relatives still in the Russian-occupied city of Kherson, said through an interpreter that Russian soldiers had set up checkpoints on every main road out of the city.
“They looked at our phones. They looked at the children. They asked where my husband was,” she said. “I told them he was dead. It was easier than the truth.”
Mykola Tkachenko, 71, a retired ship mechanic from Odesa, said he had left only because his daughter, who lives in Poland, had begged him to.
“I lived through the Soviet Union, through the ’90s, through everything. I thought nothing could make me leave my home,” he said through an interpreter. “Now I am a refugee at 71.”
The Moldovan Border Police said about 14,600 people had entered the country from Ukraine in the previous 24 hours, roughly a quarter of them through Palanca. Many continue on to Romania within a day or two, but tens of thousands have stayed, most of them with Moldovan families who have opened their homes.
“In the first days we had nothing — we brought blankets from our own houses,” said Vasile Rusu, 52, who coordinates volunteers for a local Orthodox church. “Now we have tents, we have heaters, we have doctors. What we don’t have is enough places for people to sleep.
“Every night we call hotels, schools, families. Every night it is harder.”
UNHCR spokeswoman Ana-Maria Lungu said the agency was working with Moldovan authorities to move people quickly from the border to reception centers in the capital, Chisinau, and then onward to Romania and other European Union countries.
“Moldova has shown extraordinary generosity, but this is a country of 2.6 million people,” Lungu told reporters at the crossing. “It cannot carry this alone, and it should not have to.”
She said the agency and its partners had so far received less than a third of the money they had requested for the region. Lungu urged EU governments to take in more refugees directly from Moldova.
UNICEF said more than half of those who have fled Ukraine are children, and warned that children traveling alone were at heightened risk of trafficking and exploitation. The World Food Programme said it had begun serving hot meals at Palanca and two other crossings and was preparing to provide cash assistance to refugees who remain in Moldova.
Back in the line of cars, drivers switched off their engines to save fuel. Some had been waiting since the previous evening, and a few had given up and were walking, children on their shoulders, toward the white tents at the crossing.
"""
UNHCR = "U.N. refugee agency"
DOCS.append(article("bd-refugees-moldova-border", T, [
    Q("the U.N. refugee agency", "according to", "More than 2 million people have fled Ukraine since Russia invaded on Feb. 24", UNHCR),
    Q("the U.N. refugee agency", "said", "the exodus had become the fastest-growing refugee crisis in Europe since World War II", UNHCR),
    Q("countries, [[the agency]] said", "said", "About 230,000 of them have crossed into Moldova, one of Europe’s poorest countries", UNHCR),
    Q("around,” [[she]] said through", "said", "He walked us to the line and then he turned around", "Svitlana Moroz"),
    Q(None, "said", "I did not look back. I couldn’t.", "Svitlana Moroz"),
    Q("[[Moroz]] said she hoped", "said", "she hoped to reach her sister in Germany but had no idea yet how she would get there", "Svitlana Moroz"),
    Q("first name, [[Halyna]], because", "said", "Russian soldiers had set up checkpoints on every main road out of the city", "Halyna"),
    Q("husband was,” [[she]] said", "said", "They looked at our phones. They looked at the children. They asked where my husband was", "Halyna"),
    Q(None, "said", "I told them he was dead. It was easier than the truth.", "Halyna"),
    Q("[[Mykola Tkachenko]], 71", "said", "he had left only because his daughter, who lives in Poland, had begged him to", "Mykola Tkachenko"),
    Q("home,” [[he]] said through", "said", "I lived through the Soviet Union, through the ’90s, through everything. I thought nothing could make me leave my home", "Mykola Tkachenko"),
    Q(None, "said", "Now I am a refugee at 71.", "Mykola Tkachenko"),
    Q("The Moldovan Border Police", "said", "about 14,600 people had entered the country from Ukraine in the previous 24 hours, roughly a quarter of them through Palanca", "Moldovan Border Police"),
    Q("said [[Vasile Rusu]], 52", "said", "In the first days we had nothing — we brought blankets from our own houses", "Vasile Rusu"),
    Q(None, "said", "Now we have tents, we have heaters, we have doctors. What we don’t have is enough places for people to sleep.", "Vasile Rusu"),
    Q(None, "said", "Every night we call hotels, schools, families. Every night it is harder.", "Vasile Rusu"),
    Q("spokeswoman [[Ana-Maria Lungu]] said", "said", "the agency was working with Moldovan authorities to move people quickly from the border to reception centers in the capital, Chisinau, and then onward to Romania and other European Union countries", "Ana-Maria Lungu"),
    Q("[[Lungu]] told reporters", "told", "Moldova has shown extraordinary generosity, but this is a country of 2.6 million people", "Ana-Maria Lungu"),
    Q(None, "told", "It cannot carry this alone, and it should not have to.", "Ana-Maria Lungu"),
    Q("[[She]] said the agency and its partners", "said", "the agency and its partners had so far received less than a third of the money they had requested for the region", "Ana-Maria Lungu"),
    Q("UNICEF", "said", "more than half of those who have fled Ukraine are children", "UNICEF"),
    Q("UNICEF", "warned", "children traveling alone were at heightened risk of trafficking and exploitation", "UNICEF"),
    Q("The World Food Programme", "said", "it had begun serving hot meals at Palanca and two other crossings and was preparing to provide cash assistance to refugees who remain in Moldova", "World Food Programme"),
], straight=False, words=WORDS))


if __name__ == "__main__":
    print(len(DOCS), "docs")
    for d in DOCS:
        print(f'{d["id"]:32s} words={len(d["text"].split()):4d} quotes={len(d["quotes"])}')
    print(sum(len(d["quotes"]) for d in DOCS), "gold quotes")
