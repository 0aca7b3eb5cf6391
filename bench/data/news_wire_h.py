#!/usr/bin/env python3
"""Four invented wire articles (people, companies, drugs and the specific events are fictional;
countries, cities, agencies and well-known institutions are real) with gold attributed quotes in
the conventions of build_news_dev.py (Q(...), article(...), locate with [[...]] markers).

Styles:
1. wh-ap-festival-shooting: AP crime story, curly quotes — police chief at a news conference,
   the mayor, witnesses, the FBI, a hospital spokesperson, the gunman's sister, "authorities
   said" four times (lede, relative clause "what authorities said was", "according to hospital
   officials", end-of-sentence "authorities said").
2. wh-reuters-opec-extension: Reuters energy/markets story, straight quotes — OPEC+ statement,
   a Saudi minister, "sources told Reuters", "one of the sources said", analysts at banks, a bank
   note ("the bank said in a note", "Analysts at the bank wrote"), OPEC "forecast", "According
   to the IEA", a shale-company CEO.
3. wh-ap-fda-lung-drug: AP health/science story, curly quotes — FDA approval, an FDA official's
   statement, the company CEO, a patient, a patient advocacy group and its official, an
   independent expert, trial results with percentages ("according to results published in ...",
   "the researchers reported", "according to the FDA's label").
4. wh-ap-portugal-pm-resigns: AP international politics story, curly quotes — a prime minister
   resigning, the president's office statement ("the statement said"), prosecutors, party
   officials, an anonymous lawmaker, opposition leaders ("posted on X"), local media reports
   (RTP "reported", Expresso "citing people close to ... reported"), a lawyer, analysts.

Negative cases (no gold): "called the shooting 'an act of pure evil'", "urged anyone with
video", "cautioned against 'jumping to conclusions'", "described Kimbrough as quiet", a
festival's self-description slogan, "declined to be identified", a report title
("Monthly Oil Market Report"), the scare-quoted "call on OPEC+", an awareness campaign name,
"called the results 'solid but modest'", "called the resignation 'inevitable' and demanded an
early election", an investigation's code name, "declined to comment".

Judgement calls:
- "prosecutors confirmed" in the lede resolves to the Attorney General's Office named later
  (as the holdout set does for "police said" before the department is named).
- "the statement said" resolves to the body whose statement it is (the president's office).
- "one of the sources" / "A third source, a delegate from a Gulf producer": canonical is the
  noun phrase of the source ("one of the OPEC+ sources", "a delegate from a Gulf producer").
- A bank's note is the bank ("the bank said in a note" -> Goldman Sachs); "Analysts at the
  bank wrote" -> "Analysts at Goldman Sachs".
- A nested attribution inside a claim ("said several ministers had urged ...", "said her
  client denied ...") is one gold quote for the outer speaker only.
- "X said A, noting that B" and "She noted that A, and said B" are two gold quotes.
- Published results / a drug label speak for themselves ("according to results published in
  ..." -> the results; "according to the FDA's label" -> FDA label).
- "told investors it expects ..." is a claim of the company.
- "Several witnesses said", "Analysts said", "Neighbors ... said": canonical is the noun phrase.

    python3 bench/data/news_wire_h.py   # prints the number of docs and gold quotes per doc
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_news_dev import Q, article  # noqa: E402

WORDS = (450, 1300)
DOCS = []

# 1. AP crime, curly quotes: mass shooting at a festival.
T = """
 date 2025-06-14 SPRINGFIELD, Mo. (AP) — A gunman opened fire at a crowded outdoor music festival in downtown Springfield late Friday, killing five people and wounding at least 17 others before he was shot and killed by police officers, authorities said.
The shooting began shortly after 10:30 p.m. near the main stage at the Founders Park Blues & Barbecue Festival, which had drawn an estimated 8,000 people, Springfield Police Chief Raymond Ostrowski said at a news conference early Saturday. Officers assigned to the event reached the gunman within about 90 seconds, he said.
“Those officers ran toward the gunfire while everyone else was running away from it,” Ostrowski said.
The gunman fired from what authorities said was an elevated loading dock behind the stage, giving him a clear view of the crowd packed onto the lawn below.
The gunman was Travis Lee Kimbrough, 34, of nearby Nixa, the chief said. He said investigators had not determined a motive and did not believe anyone else was involved. Ostrowski urged anyone with video of the shooting to contact police.
Kimbrough was armed with a semi-automatic rifle and a handgun, both bought legally last year, according to a law enforcement official who was not authorized to discuss the investigation publicly and spoke on condition of anonymity.
Mayor Denise Whitfield, her voice breaking, called the shooting “an act of pure evil” and said the city would hold a vigil Sunday evening on the courthouse square.
“Springfield is going to grieve, and then Springfield is going to take care of each other, because that’s who we are,” Whitfield said.
The festival, which bills itself as “the Ozarks’ biggest backyard party,” has been held every June since 2009 and typically draws families from across southwest Missouri.
Several witnesses said they initially mistook the gunfire for fireworks.
“It was pop-pop-pop, and I thought somebody was setting off firecrackers,” said Angela Ruiz, 41, who had brought her two teenage sons to the festival. “Then I saw a man fall down right in front of the stage, and everybody started screaming.”
Ruiz said she pulled her sons behind a beer truck and waited there for what felt like “a half an hour” until an officer told them to run.
People trampled over folding chairs and coolers as they fled toward the side streets. In video posted on social media, festivalgoers could be seen crouching behind a row of food trucks as the shots continued.
The FBI’s Kansas City field office said agents were assisting local police and had taken possession of the gunman’s phone and a laptop recovered from his apartment. Special Agent in Charge Lorraine Haskett told reporters the bureau was examining Kimbrough’s online activity, but she cautioned against “jumping to conclusions” about a motive.
Of the 17 people wounded, six were in critical condition Saturday morning at Mercy Hospital Springfield and Cox South hospital, according to hospital officials. The youngest of the wounded was 15, authorities said.
“Our trauma teams worked through the night, and they are still working,” said Karen Pruett, a spokesperson for Mercy Hospital Springfield. She said two patients had undergone multiple surgeries and that the hospital had called in additional staff from its facilities in Joplin and Branson.
The names of the dead had not been released by Saturday afternoon. Relatives gathered at a reunification center set up in a church gymnasium a few blocks from the park, where volunteers handed out water and phone chargers.
Kimbrough’s older sister, Renee Kimbrough Hale, told The Associated Press by phone that her brother had struggled with depression since losing his job at a distribution warehouse last fall, but that the family had no warning he might turn violent.
“I keep asking myself what I missed. I would give anything to trade places with any one of those people,” she said.
Neighbors described Kimbrough as quiet and said he mostly kept to himself, leaving his apartment early in the morning and rarely having visitors.
Court records show Kimbrough had no criminal history beyond a 2016 speeding ticket.
The shooting was the deadliest in Springfield’s history. Flags at City Hall were lowered to half-staff on Saturday morning, and the festival’s remaining two days were canceled.
"""
DOCS.append(article("wh-ap-festival-shooting", T, [
    Q("officers, [[authorities]] said.", "said", "A gunman opened fire at a crowded outdoor music festival in downtown Springfield late Friday, killing five people and wounding at least 17 others before he was shot and killed by police officers", "authorities"),
    Q("Chief [[Raymond Ostrowski]] said", "said", "The shooting began shortly after 10:30 p.m. near the main stage at the Founders Park Blues & Barbecue Festival, which had drawn an estimated 8,000 people", "Raymond Ostrowski"),
    Q("90 seconds, [[he]] said.", "said", "Officers assigned to the event reached the gunman within about 90 seconds", "Raymond Ostrowski"),
    Q("[[Ostrowski]] said.\n", "said", "Those officers ran toward the gunfire while everyone else was running away from it", "Raymond Ostrowski"),
    Q("what [[authorities]] said was", "said", "was an elevated loading dock behind the stage", "authorities"),
    Q("[[the chief]] said. He", "said", "The gunman was Travis Lee Kimbrough, 34, of nearby Nixa", "Raymond Ostrowski"),
    Q("[[He]] said investigators", "said", "investigators had not determined a motive and did not believe anyone else was involved", "Raymond Ostrowski"),
    Q("according to [[a law enforcement official]] who", "according to", "Kimbrough was armed with a semi-automatic rifle and a handgun, both bought legally last year", "a law enforcement official"),
    Q("Mayor [[Denise Whitfield]]", "said", "the city would hold a vigil Sunday evening on the courthouse square", "Denise Whitfield"),
    Q("[[Whitfield]] said.", "said", "Springfield is going to grieve, and then Springfield is going to take care of each other, because that’s who we are", "Denise Whitfield"),
    Q("Several witnesses", "said", "they initially mistook the gunfire for fireworks", "Several witnesses"),
    Q("said [[Angela Ruiz]], 41", "said", "It was pop-pop-pop, and I thought somebody was setting off firecrackers", "Angela Ruiz"),
    Q(None, "said", "Then I saw a man fall down right in front of the stage, and everybody started screaming.", "Angela Ruiz"),
    Q("[[Ruiz]] said she pulled", "said", "she pulled her sons behind a beer truck and waited there for what felt like “a half an hour” until an officer told them to run", "Angela Ruiz"),
    Q("The FBI’s Kansas City field office", "said", "agents were assisting local police and had taken possession of the gunman’s phone and a laptop recovered from his apartment", "FBI Kansas City field office"),
    Q("Special Agent in Charge [[Lorraine Haskett]]", "told", "the bureau was examining Kimbrough’s online activity", "Lorraine Haskett"),
    Q("hospital officials", "according to", "Of the 17 people wounded, six were in critical condition Saturday morning at Mercy Hospital Springfield and Cox South hospital", "hospital officials"),
    Q("15, [[authorities]] said.", "said", "The youngest of the wounded was 15", "authorities"),
    Q("said [[Karen Pruett]], a spokesperson", "said", "Our trauma teams worked through the night, and they are still working", "Karen Pruett"),
    Q("[[She]] said two patients", "said", "two patients had undergone multiple surgeries and that the hospital had called in additional staff from its facilities in Joplin and Branson", "Karen Pruett"),
    Q("sister, [[Renee Kimbrough Hale]], told", "told", "her brother had struggled with depression since losing his job at a distribution warehouse last fall, but that the family had no warning he might turn violent", "Renee Kimbrough Hale"),
    Q("people,” [[she]] said.", "said", "I keep asking myself what I missed. I would give anything to trade places with any one of those people", "Renee Kimbrough Hale"),
    Q("Court records", "show", "Kimbrough had no criminal history beyond a 2016 speeding ticket", "Court records"),
    Q("[[Neighbors]] described", "said", "he mostly kept to himself, leaving his apartment early in the morning and rarely having visitors", "Neighbors"),
], straight=False, words=WORDS))

# 2. Reuters energy/markets, straight quotes: OPEC+ extends output cuts.
T = """
 date 2025-03-03 LONDON/DUBAI (Reuters) - Oil prices jumped on Monday after OPEC+ agreed to extend its voluntary output cuts of 2.2 million barrels per day (bpd) until the end of September, disappointing traders who had bet the group would start restoring supply as early as July.
The Organization of the Petroleum Exporting Countries and allies led by Russia will review market conditions at a meeting in early June, the group said in a statement after an online meeting on Sunday that lasted less than an hour.
Saudi Energy Minister Faisal al-Rashed told reporters after the meeting that the decision was unanimous and reflected "prudence, not pessimism."
"We would rather be accused of being too careful than be caught unprepared," al-Rashed said. "The market will thank us in the autumn."
He said demand from China and India remained robust but that the group was watching oil inventories in the United States and Europe closely.
Two OPEC+ sources told Reuters before the meeting that Russia and Kazakhstan had pushed for an earlier increase in output. Saudi Arabia and the United Arab Emirates prevailed, one of the sources said.
A third source, a delegate from a Gulf producer, said the group wanted to avoid a repeat of 2020, when a price war and the pandemic sent U.S. crude futures below zero. The sources declined to be identified because they were not authorised to speak publicly.
Brent crude futures rose $2.41, or 2.9%, to $86.10 a barrel by 0630 GMT, while U.S. West Texas Intermediate crude climbed $2.27, or 2.9%, to $81.95. Both benchmarks were on track for their biggest daily gain in five weeks.
Analysts said an extension into the third quarter had been widely expected, but that the lack of any signal on when the cuts would be unwound caught the market off guard. Some traders had positioned for the so-called "call on OPEC+" to fall as non-OPEC supply grows.
"OPEC+ has essentially put a floor under prices at around $80," said Helena Marsh, head of commodities strategy at Barclays in London. "Anyone who was positioned for a summer supply surge is having a painful morning."
Goldman Sachs raised its third-quarter Brent forecast to $90 a barrel from $86, the bank said in a note to clients on Monday. Analysts at the bank wrote that global inventories were likely to draw by about 1 million bpd through August.
Priyanka Deshmukh, an oil analyst at Commerzbank, was more cautious. She said compliance with the cuts had been uneven, noting that Iraq and Kazakhstan had exceeded their quotas for several months.
"A cut on paper is not the same as a cut in the field," Deshmukh said.
In its latest "Monthly Oil Market Report," published last week, OPEC forecast that global oil demand would grow by 2.25 million bpd this year. That is well above most other estimates.
According to the International Energy Agency, demand growth will be closer to 1.1 million bpd, as electric vehicle sales and weak industrial activity in Europe weigh on consumption.
The gap between the two forecasts has become a point of friction between producers and consuming nations. The U.S. Department of Energy declined to comment on Sunday's decision.
In Houston, Dale Whitacre, chief executive of shale producer Permian Crest Energy, said the decision would not change his company's plan to hold output flat this year.
"We're not going to chase $85 oil," Whitacre told Reuters in a phone interview. "Our shareholders want cash back, not more rigs."
U.S. crude production hit a record of about 13.4 million bpd late last year, according to the U.S. Energy Information Administration, though growth has slowed as producers prioritise dividends and share buybacks.
(Reporting by Owen Pryce in London and Rania Haddad in Dubai; additional reporting by Kavya Menon in Bengaluru; Editing by Martin Quayle)
"""
DOCS.append(article("wh-reuters-opec-extension", T, [
    Q("[[the group]] said in a statement", "said", "The Organization of the Petroleum Exporting Countries and allies led by Russia will review market conditions at a meeting in early June", "OPEC+"),
    Q("Minister [[Faisal al-Rashed]] told", "told", 'the decision was unanimous and reflected "prudence, not pessimism."', "Faisal al-Rashed"),
    Q("[[al-Rashed]] said.", "said", "We would rather be accused of being too careful than be caught unprepared", "Faisal al-Rashed"),
    Q(None, "said", "The market will thank us in the autumn.", "Faisal al-Rashed"),
    Q("[[He]] said demand", "said", "demand from China and India remained robust but that the group was watching oil inventories in the United States and Europe closely", "Faisal al-Rashed"),
    Q("Two OPEC+ sources", "told", "Russia and Kazakhstan had pushed for an earlier increase in output", "Two OPEC+ sources"),
    Q("[[one of the sources]] said", "said", "Saudi Arabia and the United Arab Emirates prevailed", "one of the OPEC+ sources"),
    Q("A third source, [[a delegate from a Gulf producer]]", "said", "the group wanted to avoid a repeat of 2020, when a price war and the pandemic sent U.S. crude futures below zero", "a delegate from a Gulf producer"),
    Q("[[Analysts]] said an extension", "said", "an extension into the third quarter had been widely expected, but that the lack of any signal on when the cuts would be unwound caught the market off guard", "Analysts"),
    Q("said [[Helena Marsh]], head", "said", "OPEC+ has essentially put a floor under prices at around $80", "Helena Marsh"),
    Q(None, "said", "Anyone who was positioned for a summer supply surge is having a painful morning.", "Helena Marsh"),
    Q("[[the bank]] said in a note", "said", "Goldman Sachs raised its third-quarter Brent forecast to $90 a barrel from $86", "Goldman Sachs"),
    Q("Analysts at the bank", "wrote", "global inventories were likely to draw by about 1 million bpd through August", "Analysts at Goldman Sachs"),
    Q("[[She]] said compliance", "said", "compliance with the cuts had been uneven", "Priyanka Deshmukh"),
    Q("[[She]] said compliance", "noting", "Iraq and Kazakhstan had exceeded their quotas for several months", "Priyanka Deshmukh"),
    Q("[[Deshmukh]] said.", "said", "A cut on paper is not the same as a cut in the field", "Priyanka Deshmukh"),
    Q("week, [[OPEC]] forecast", "forecast", "global oil demand would grow by 2.25 million bpd this year", "OPEC"),
    Q("According to [[the International Energy Agency]]", "according to", "demand growth will be closer to 1.1 million bpd, as electric vehicle sales and weak industrial activity in Europe weigh on consumption", "International Energy Agency"),
    Q("Houston, [[Dale Whitacre]], chief", "said", "the decision would not change his company's plan to hold output flat this year", "Dale Whitacre"),
    Q("[[Whitacre]] told Reuters", "told", "We're not going to chase $85 oil", "Dale Whitacre"),
    Q(None, "told", "Our shareholders want cash back, not more rigs.", "Dale Whitacre"),
    Q("the U.S. Energy Information Administration", "according to", "U.S. crude production hit a record of about 13.4 million bpd late last year", "U.S. Energy Information Administration"),
], straight=True, words=WORDS))

# 3. AP health/science, curly quotes: FDA approves a lung-disease drug.
T = """
 date 2025-09-18 WASHINGTON (AP) — U.S. health regulators on Thursday approved a new daily pill for idiopathic pulmonary fibrosis, a deadly lung-scarring disease, after a large trial in which the drug slowed the loss of lung function by about 40% compared with a dummy pill.
The Food and Drug Administration said the drug, Fibrexa, was the first treatment for the condition in more than a decade to work through a new biological pathway. It will be sold by Boston-based Aldrin Therapeutics.
About 100,000 Americans have the disease, which causes tissue deep in the lungs to stiffen and scar, making it progressively harder to breathe. Most patients die within three to five years of diagnosis, according to the American Lung Association.
In a statement, Dr. Paul Hendricks, who directs the FDA office that reviews lung medicines, said the approval “gives patients and their doctors a meaningful new option for a disease that has very few.”
According to results published in May in The New England Journal of Medicine, patients taking Fibrexa lost an average of 98 milliliters of lung capacity over a year, compared with 164 milliliters for those on placebo. The trial enrolled 1,240 patients in 19 countries.
About 12% of patients on the drug were hospitalized for breathing problems during the study, compared with 19% in the placebo group, the company said. The drug did not significantly reduce deaths, the researchers reported.
The most common side effects were diarrhea, nausea and fatigue. About 9% of patients stopped taking the drug because of side effects, compared with 5% of those on placebo, according to the FDA’s label.
“This is the day our whole company has been working toward for 11 years,” Aldrin CEO Margaret Oyelaran said in an interview. “Patients with IPF have been told for too long that there is nothing more to try.”
Oyelaran said the drug would be in pharmacies within two weeks and would carry a list price of about $14,500 a month, or roughly $174,000 a year. She said the company would offer financial help to uninsured patients and to those whose insurance plans require high copays.
Aldrin has told investors it expects peak annual sales of more than $2 billion. The company’s awareness campaign, “Every Breath Counts,” has run on television since the spring.
Dolores Quinn, a retired schoolteacher from Columbus, Ohio, who was diagnosed in 2021 and took part in the trial, said the drug had let her keep gardening and walking her dog.
“I’m not cured. Nobody is telling me I’m cured,” Quinn said. “But I have more good days than I thought I would get.”
The Pulmonary Fibrosis Foundation, a patient advocacy group that receives some funding from drugmakers including Aldrin, welcomed the approval but said it was worried about the price.
“A breakthrough that patients can’t afford is not a breakthrough,” said Teresa Lindgren, the group’s vice president for patient advocacy.
Dr. Nadia Farouk, a pulmonologist at the University of Michigan who was not involved in the research, called the results “solid but modest.” She noted that the drug slowed the disease but did not stop or reverse it, and said patients should not expect to feel better.
“For patients, slowing things down is real. It can mean another year of being able to climb stairs,” Farouk said.
“But I’d want to see longer follow-up before I tell anyone this changes survival.”
Farouk said she expected many doctors to combine Fibrexa with one of the two older drugs for the disease, pirfenidone and nintedanib. The trial did not test that combination.
As a condition of approval, the FDA is requiring Aldrin to conduct a follow-up study of the drug’s long-term effect on survival, the agency said.
Shares of Aldrin rose 6% in after-hours trading.
___
The Associated Press Health and Science Department receives support from the Howard Hughes Medical Institute’s Department of Science Education and the Robert Wood Johnson Foundation. The AP is solely responsible for all content.
"""
NEJM = "results published in The New England Journal of Medicine"
DOCS.append(article("wh-ap-fda-lung-drug", T, [
    Q("The Food and Drug Administration", "said", "the drug, Fibrexa, was the first treatment for the condition in more than a decade to work through a new biological pathway", "Food and Drug Administration"),
    Q("the American Lung Association", "according to", "Most patients die within three to five years of diagnosis", "American Lung Association"),
    Q("Dr. [[Paul Hendricks]]", "said", "the approval “gives patients and their doctors a meaningful new option for a disease that has very few.”", "Paul Hendricks"),
    Q("According to [[results published in May in The New England Journal of Medicine]]", "according to", "patients taking Fibrexa lost an average of 98 milliliters of lung capacity over a year, compared with 164 milliliters for those on placebo", NEJM),
    Q("placebo group, [[the company]] said", "said", "About 12% of patients on the drug were hospitalized for breathing problems during the study, compared with 19% in the placebo group", "Aldrin Therapeutics"),
    Q("[[the researchers]] reported", "reported", "The drug did not significantly reduce deaths", "the researchers"),
    Q("the FDA’s label", "according to", "About 9% of patients stopped taking the drug because of side effects, compared with 5% of those on placebo", "FDA label"),
    Q("CEO [[Margaret Oyelaran]] said", "said", "This is the day our whole company has been working toward for 11 years", "Margaret Oyelaran"),
    Q(None, "said", "Patients with IPF have been told for too long that there is nothing more to try.", "Margaret Oyelaran"),
    Q("[[Oyelaran]] said the drug", "said", "the drug would be in pharmacies within two weeks and would carry a list price of about $14,500 a month, or roughly $174,000 a year", "Margaret Oyelaran"),
    Q("[[She]] said the company", "said", "the company would offer financial help to uninsured patients and to those whose insurance plans require high copays", "Margaret Oyelaran"),
    Q("[[Aldrin]] has told investors", "told", "it expects peak annual sales of more than $2 billion", "Aldrin Therapeutics"),
    Q("[[Dolores Quinn]], a retired", "said", "the drug had let her keep gardening and walking her dog", "Dolores Quinn"),
    Q("[[Quinn]] said.", "said", "I’m not cured. Nobody is telling me I’m cured", "Dolores Quinn"),
    Q(None, "said", "But I have more good days than I thought I would get.", "Dolores Quinn"),
    Q("The Pulmonary Fibrosis Foundation", "said", "it was worried about the price", "Pulmonary Fibrosis Foundation"),
    Q("said [[Teresa Lindgren]], the group", "said", "A breakthrough that patients can’t afford is not a breakthrough", "Teresa Lindgren"),
    Q("[[She]] noted that the drug", "noted", "the drug slowed the disease but did not stop or reverse it", "Nadia Farouk"),
    Q("[[She]] noted that the drug", "said", "patients should not expect to feel better", "Nadia Farouk"),
    Q("[[Farouk]] said.\n", "said", "For patients, slowing things down is real. It can mean another year of being able to climb stairs", "Nadia Farouk"),
    Q(None, "said", "But I’d want to see longer follow-up before I tell anyone this changes survival.", "Nadia Farouk"),
    Q("[[Farouk]] said she expected", "said", "she expected many doctors to combine Fibrexa with one of the two older drugs for the disease, pirfenidone and nintedanib", "Nadia Farouk"),
    Q("[[the agency]] said", "said", "As a condition of approval, the FDA is requiring Aldrin to conduct a follow-up study of the drug’s long-term effect on survival", "Food and Drug Administration"),
], straight=False, words=WORDS))

# 4. AP international politics, curly quotes: Portugal's prime minister resigns.
T = """
 date 2025-11-04 LISBON, Portugal (AP) — Portuguese Prime Minister Rui Carvalhal resigned Tuesday, hours after prosecutors confirmed that his chief of staff was under investigation in an alleged bribery scheme involving the concession of a container terminal at the port of Sines.
In a televised address from his official residence, Carvalhal said he had done nothing illegal but that the “dignity of the office” could not coexist with suspicion hanging over his government.
“I have a clear conscience, and I will cooperate with the justice system in everything it asks of me,” he said. “But no prime minister can govern while his own integrity is in question.”
The president’s office said in a statement that President Helena Vasconcelos had accepted the resignation and would meet with the leaders of all parties represented in parliament on Wednesday and Thursday before deciding whether to call an early election.
Carvalhal, 58, will remain in a caretaker role until a new government is sworn in, the statement said.
The Attorney General’s Office said investigators had carried out 31 searches, including at the Ministry of Infrastructure and the offices of the port authority, and had detained four people, among them the chief of staff, Henrique Paiva. It said the Supreme Court of Justice had opened a separate inquiry into the prime minister’s own role after suspects invoked his name in intercepted phone calls.
The case, which investigators have code-named “Operation Tidewater,” has dominated Portuguese news since police vans pulled up outside government buildings before dawn on Tuesday.
Officials in Carvalhal’s center-left Socialist Party appeared stunned. Party president Ana Mourão told reporters outside the party’s Lisbon headquarters that the Socialists would choose a new leader “within weeks, not months” and were ready to face voters if an election was called.
“We are sad, but we are not defeated,” Mourão said.
One senior Socialist lawmaker, speaking on condition of anonymity to discuss internal deliberations, said several ministers had pleaded with Carvalhal on Monday night to stay on, but that he had made up his mind before dawn.
Opposition leader Duarte Sarmento of the center-right Social Democrats called the resignation “inevitable” and demanded an early election.
“The country cannot be governed from a prosecutor’s file,” Sarmento said at a news conference in Porto.
The leader of the far-right Chega party, Nuno Baptista, posted on X that the Socialists had turned the state into “a private club for their friends” and that voters would punish them at the ballot box.
Public broadcaster RTP reported that investigators had found about 200,000 euros in cash in a safe at a country house owned by Paiva in the Alentejo region. The weekly newspaper Expresso, citing people close to the investigation, reported that wiretaps had recorded Paiva discussing the terminal contract with an executive of one of the bidding companies.
A lawyer for Paiva, Carla Simões, said her client denied any wrongdoing and would cooperate fully with investigators. The port authority declined to comment.
Carvalhal, a former mayor of Coimbra, led the Socialists to an outright parliamentary majority in March 2024, the first for any party in more than a decade, and had been expected to serve until 2028.
Analysts said his departure was likely to end a period of unusual stability in Portuguese politics and could strengthen the far right. Chega has grown rapidly on promises to clean up government.
“Carvalhal was the glue holding this government together,” said Marina Costa Reis, a political scientist at the University of Lisbon. “Without him, the Socialists have no obvious successor, and the right smells an opportunity.”
She said an election, if called, would most likely not take place before March because of the time required between the dissolution of parliament and a vote.
Portugal’s borrowing costs edged higher after the announcement, with the yield on the country’s 10-year bond rising about six basis points.
___
Associated Press writer Sofia Marques Duarte contributed to this report.
"""
PRES = "President Helena Vasconcelos’s office"
DOCS.append(article("wh-ap-portugal-pm-resigns", T, [
    Q("hours after [[prosecutors]] confirmed", "confirmed", "his chief of staff was under investigation in an alleged bribery scheme involving the concession of a container terminal at the port of Sines", "Attorney General’s Office"),
    Q("residence, [[Carvalhal]] said", "said", "he had done nothing illegal but that the “dignity of the office” could not coexist with suspicion hanging over his government", "Rui Carvalhal"),
    Q("of me,” [[he]] said.", "said", "I have a clear conscience, and I will cooperate with the justice system in everything it asks of me", "Rui Carvalhal"),
    Q(None, "said", "But no prime minister can govern while his own integrity is in question.", "Rui Carvalhal"),
    Q("The president’s office", "said", "President Helena Vasconcelos had accepted the resignation and would meet with the leaders of all parties represented in parliament on Wednesday and Thursday before deciding whether to call an early election", PRES),
    Q("[[the statement]] said.", "said", "Carvalhal, 58, will remain in a caretaker role until a new government is sworn in", PRES),
    Q("[[The Attorney General’s Office]] said", "said", "investigators had carried out 31 searches, including at the Ministry of Infrastructure and the offices of the port authority, and had detained four people, among them the chief of staff, Henrique Paiva", "Attorney General’s Office"),
    Q("[[It]] said the Supreme Court", "said", "the Supreme Court of Justice had opened a separate inquiry into the prime minister’s own role after suspects invoked his name in intercepted phone calls", "Attorney General’s Office"),
    Q("Party president [[Ana Mourão]] told", "told", "the Socialists would choose a new leader “within weeks, not months” and were ready to face voters if an election was called", "Ana Mourão"),
    Q("[[Mourão]] said.", "said", "We are sad, but we are not defeated", "Ana Mourão"),
    Q("One senior Socialist lawmaker", "said", "several ministers had pleaded with Carvalhal on Monday night to stay on, but that he had made up his mind before dawn", "One senior Socialist lawmaker"),
    Q("[[Sarmento]] said at a news conference", "said", "The country cannot be governed from a prosecutor’s file", "Duarte Sarmento"),
    Q("party, [[Nuno Baptista]], posted", "posted", "the Socialists had turned the state into “a private club for their friends” and that voters would punish them at the ballot box", "Nuno Baptista"),
    Q("Public broadcaster [[RTP]] reported", "reported", "investigators had found about 200,000 euros in cash in a safe at a country house owned by Paiva in the Alentejo region", "RTP"),
    Q("The weekly newspaper [[Expresso]]", "reported", "wiretaps had recorded Paiva discussing the terminal contract with an executive of one of the bidding companies", "Expresso"),
    Q("Paiva, [[Carla Simões]], said", "said", "her client denied any wrongdoing and would cooperate fully with investigators", "Carla Simões"),
    Q("[[Analysts]] said his departure", "said", "his departure was likely to end a period of unusual stability in Portuguese politics and could strengthen the far right", "Analysts"),
    Q("said [[Marina Costa Reis]], a political", "said", "Carvalhal was the glue holding this government together", "Marina Costa Reis"),
    Q(None, "said", "Without him, the Socialists have no obvious successor, and the right smells an opportunity.", "Marina Costa Reis"),
    Q("[[She]] said an election", "said", "an election, if called, would most likely not take place before March because of the time required between the dissolution of parliament and a vote", "Marina Costa Reis"),
], straight=False, words=WORDS))


if __name__ == "__main__":
    print(len(DOCS), "docs")
    for d in DOCS:
        print(d["id"], len(d["text"].split()), "words", len(d["quotes"]), "gold quotes")
