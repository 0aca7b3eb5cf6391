#!/usr/bin/env python3
"""Builds bench/data/news-holdout.jsonl: 12 more invented news articles (people, companies and
events are fictional), in styles the dev set covers thinly, to measure the extractor on text it
was not tuned on. Annotated with the conventions and helpers of build_news_dev.py (see there);
each article was annotated before the extractor's output on it was looked at.

Styles: AP wire with datelines, British single quotes with 'said' late and "Dr"/"Prof" without a
stop, long-form with multi-paragraph quotes and "said in an interview", a court report, a sports
report, a study with researchers, an earnings call, politics with a woman and a man alternating
as "she"/"he", a police story, a disaster with officials' figures, an explainer with few quotes,
and a live blog. Negative cases (scare quotes, titles of works, nicknames, "called"/"described
as"/"urged") are in the texts and have no gold quote.

Judgement calls: documents speak for themselves ("according to court documents" -> the
documents; "the affidavit said" -> "FBI affidavit"), a study's finding is the study's full noun
phrase as in the dev set, a company's data is the company ("according to LSEG data" -> LSEG),
"police said" before the department is named resolves to the department named later, and for
"A, X said, while/and B" only A is the content.

    python3 bench/data/build_news_holdout.py   # rewrites bench/data/news-holdout.jsonl
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_news_dev import Q, article, write_gold  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "news-holdout.jsonl")
WORDS = (400, 900)
DOCS = []

# 1. AP wire, dateline, "said X, a Y" with continuation, "according to" a document and an agency,
#    "the bureau said", relative-clause "that officials said would", generic "Scientists warn".
T = """
PHOENIX (AP) — Arizona, Nevada and California agreed Tuesday to cut their use of Colorado River water by nearly a fifth over the next three years, a deal that federal officials said would keep the nation’s two largest reservoirs from falling to levels at which dams can no longer generate power.
The agreement, announced at a news conference at the Arizona Capitol, commits the three states to leave about 3 million acre-feet of water in Lake Mead through 2029. In exchange, the federal government will pay cities, farmers and Native American tribes about $1.2 billion to use less.
“Nobody got everything they wanted, and that’s how you know it’s a real deal,” said Arizona Gov. Marisol Vega, a Democrat. “But the river can’t give what it doesn’t have.”
Interior Secretary Daniel Okoro, who flew to Phoenix for the announcement, said the cuts were “painful but necessary” and called the agreement a model for other drought-stricken regions.
The river supplies water to about 40 million people in seven states and Mexico. Two decades of drought, worsened by rising temperatures, have shrunk its flow by roughly 20%, according to the U.S. Bureau of Reclamation.
Lake Mead, the reservoir behind Hoover Dam, stood at 1,052 feet above sea level on Monday, the bureau said. If it falls below 950 feet, the dam’s turbines can no longer run safely.
Not everyone was celebrating. Farmers in Arizona’s Pinal County, who grow cotton, alfalfa and other thirsty crops, will bear a large share of the cuts.
“They’re asking us to fallow a third of our land and telling us it’s a good deal,” said Ray Castañeda, who farms 2,000 acres near Casa Grande. “Ask me in three years whether it was a good deal.”
Castañeda said he had already sold part of his herd and would likely lay off four of his nine workers.
In Nevada, officials were more upbeat. Southern Nevada Water Authority general manager Colleen Hardy said Las Vegas had already cut its consumption by 26% since 2002 even as its population grew by 750,000.
“We have shown that a desert city can grow and use less water at the same time,” Hardy told The Associated Press. “Other cities can do it, too.”
California’s share of the cuts falls mostly on the Imperial Irrigation District, which holds the largest single entitlement to the river’s water. The district’s board voted 4-1 on Monday night to accept the deal, according to minutes of the meeting.
Board member Luis Ortega, who cast the lone vote against it, said the district was “giving up water it will never get back” for federal money that could disappear with the next administration.
Tribal leaders were divided. The Gila River Indian Community, which will receive about $230 million for leaving water in the lake, said in a statement that the agreement “recognizes tribes as partners, not afterthoughts.”
Mexico was not part of Tuesday’s deal, but a State Department spokesperson said talks with Mexican officials were “ongoing and productive.”
The agreement still needs approval from the four upper-basin states — Colorado, Utah, Wyoming and New Mexico — which have resisted mandatory cuts. Colorado’s top water negotiator, Beth Sandoval, said her state would review the deal “in good faith.” But she added that the upper basin had already made sacrifices that were “rarely acknowledged downstream.”
Scientists warn that the deal buys time rather than solving the problem.
“Three years is nothing on a river like this,” said Kendra Liu, a hydrologist at the University of Arizona who studies the basin. “If the next three winters are dry, we are right back here, only with less water.”
Vega said the states would begin negotiating a longer-term agreement in the fall. Asked whether she was confident it would be reached before the current guidelines expire, she paused.
“I’m confident we have to,” she said.
___
Associated Press writer Tom Reilly in Las Vegas contributed to this report.
"""
DOCS.append(article("ap-wire-colorado-river", T, [
    Q("that [[federal officials]] said", "said", "would keep the nation’s two largest reservoirs from falling to levels at which dams can no longer generate power", "federal officials"),
    Q("Gov. [[Marisol Vega]], a Democrat", "said", "Nobody got everything they wanted, and that’s how you know it’s a real deal", "Marisol Vega"),
    Q(None, "said", "But the river can’t give what it doesn’t have.", "Marisol Vega"),
    Q("Interior Secretary [[Daniel Okoro]]", "said", "the cuts were “painful but necessary”", "Daniel Okoro"),
    Q("the U.S. Bureau of Reclamation", "according to", "Two decades of drought, worsened by rising temperatures, have shrunk its flow by roughly 20%", "U.S. Bureau of Reclamation"),
    Q("[[the bureau]] said. If", "said", "Lake Mead, the reservoir behind Hoover Dam, stood at 1,052 feet above sea level on Monday", "U.S. Bureau of Reclamation"),
    Q("said [[Ray Castañeda]], who", "said", "They’re asking us to fallow a third of our land and telling us it’s a good deal", "Ray Castañeda"),
    Q(None, "said", "Ask me in three years whether it was a good deal.", "Ray Castañeda"),
    Q("[[Castañeda]] said he had", "said", "he had already sold part of his herd and would likely lay off four of his nine workers", "Ray Castañeda"),
    Q("manager [[Colleen Hardy]] said", "said", "Las Vegas had already cut its consumption by 26% since 2002 even as its population grew by 750,000", "Colleen Hardy"),
    Q("[[Hardy]] told The Associated Press", "told", "We have shown that a desert city can grow and use less water at the same time", "Colleen Hardy"),
    Q(None, "told", "Other cities can do it, too.", "Colleen Hardy"),
    Q("minutes of the meeting", "according to", "The district’s board voted 4-1 on Monday night to accept the deal", "minutes of the meeting"),
    Q("Board member [[Luis Ortega]]", "said", "the district was “giving up water it will never get back” for federal money that could disappear with the next administration", "Luis Ortega"),
    Q("The Gila River Indian Community", "said", "the agreement “recognizes tribes as partners, not afterthoughts.”", "Gila River Indian Community"),
    Q("a State Department spokesperson", "said", "talks with Mexican officials were “ongoing and productive.”", "State Department spokesperson"),
    Q("negotiator, [[Beth Sandoval]], said", "said", "her state would review the deal “in good faith.”", "Beth Sandoval"),
    Q("But [[she]] added that", "added", "the upper basin had already made sacrifices that were “rarely acknowledged downstream.”", "Beth Sandoval"),
    Q("Scientists warn", "warn", "the deal buys time rather than solving the problem", "Scientists"),
    Q("said [[Kendra Liu]], a hydrologist", "said", "Three years is nothing on a river like this", "Kendra Liu"),
    Q(None, "said", "If the next three winters are dry, we are right back here, only with less water.", "Kendra Liu"),
    Q("[[Vega]] said the states", "said", "the states would begin negotiating a longer-term agreement in the fall", "Marisol Vega"),
    Q("to,” [[she]] said", "said", "I’m confident we have to", "Marisol Vega"),
], straight=False, words=WORDS))

# 2. British style: single curly quotes (and the same mark as apostrophe), double quotes inside
#    single, 'said Prof X' late, "Dr"/"Prof"/"Mrs" without a stop, "said:" before a quote,
#    "described as", a title of a work in quotes.
T = """
Hospital trust apologises after cancer patients waited months for scans
A hospital trust in the north-west of England has apologised after hundreds of patients with suspected cancer waited more than two months for diagnostic scans, in breach of national targets.
An internal review seen by this newspaper found that 412 patients referred urgently by their GPs between January and June waited longer than 62 days for a CT or MRI scan at Ashworth Valley NHS Foundation Trust.
The trust’s chief executive, Dr Helen Marsh, said she was ‘deeply sorry’ for the distress caused to patients and their families.
‘Every one of those delays represents a person who was frightened and waiting for answers, and we let them down,’ Dr Marsh said. ‘I am not going to pretend otherwise.’
The review, which was commissioned after a whistleblower raised concerns last autumn, blamed a shortage of radiographers and the failure of two ageing scanners, which were out of action for a combined 11 weeks. Managers had been warned about the risk in 2023 but had not acted, according to the document.
One patient, Margaret Doyle, 67, from Bolton, waited 94 days for a scan that confirmed she had bowel cancer. She has since had surgery and is receiving chemotherapy.
‘When I rang to chase it, they told me, “You’re on the list, there’s nothing more we can do.” I was on the list for three months,’ Mrs Doyle said. ‘By the time they found it, it had spread.’
Her son, Daniel Doyle, said the family had considered legal action. ‘We just want to make sure it doesn’t happen to anyone else,’ he said.
The shadow health secretary, Fiona Blake, described the findings as ‘shocking’ and called for an independent inquiry.
‘This is not a one-off,’ she told BBC Radio Manchester. ‘Trusts up and down the country are running diagnostic services on equipment that should have been replaced a decade ago.’
A Department of Health and Social Care spokesperson said: ‘We recognise that too many people are waiting too long for a cancer diagnosis. That is why we are investing £2.3bn in new scanners and community diagnostic centres.’
Dr Marsh said two new scanners would be installed by March and that the trust had recruited 14 radiographers from overseas. She added that all the patients affected had now been seen and that a clinical harm review was under way.
Prof Alan Whitby, a consultant radiologist and former president of the British Society of Diagnostic Imaging, said the problems at Ashworth were ‘a symptom, not the disease’.
‘We have fewer scanners per head of population than almost any comparable country,’ said Prof Whitby. ‘Until that changes, we will keep having this conversation.’
NHS England said national performance against the 62-day target had improved over the past year, with 69.8% of patients starting treatment within two months in September.
The trust’s board will discuss the review at a meeting in public on Thursday. The local MP, Sajid Rahman, said he would attend and ‘ask the questions patients deserve answers to’.
The review, titled ‘Waiting Well?’, will be published in full next month.
"""
DOCS.append(article("uk-hospital-scans", T, [
    Q("[[An internal review]] seen by", "found", "412 patients referred urgently by their GPs between January and June waited longer than 62 days for a CT or MRI scan at Ashworth Valley NHS Foundation Trust", "internal review"),
    Q("Dr [[Helen Marsh]], said", "said", "she was ‘deeply sorry’ for the distress caused to patients and their families", "Helen Marsh"),
    Q("Dr [[Marsh]] said. ‘I am", "said", "Every one of those delays represents a person who was frightened and waiting for answers, and we let them down", "Helen Marsh"),
    Q(None, "said", "I am not going to pretend otherwise.", "Helen Marsh"),
    Q("according to [[the document]]", "according to", "Managers had been warned about the risk in 2023 but had not acted", "internal review"),
    Q("Mrs [[Doyle]] said", "said", "When I rang to chase it, they told me, “You’re on the list, there’s nothing more we can do.” I was on the list for three months", "Margaret Doyle"),
    Q(None, "said", "By the time they found it, it had spread.", "Margaret Doyle"),
    Q("Her son, [[Daniel Doyle]], said", "said", "the family had considered legal action", "Daniel Doyle"),
    Q("else,’ [[he]] said", "said", "We just want to make sure it doesn’t happen to anyone else", "Daniel Doyle"),
    Q("one-off,’ [[she]] told", "told", "This is not a one-off", "Fiona Blake"),
    Q(None, "told", "Trusts up and down the country are running diagnostic services on equipment that should have been replaced a decade ago.", "Fiona Blake"),
    Q("A Department of Health and Social Care spokesperson", "said", "We recognise that too many people are waiting too long for a cancer diagnosis. That is why we are investing £2.3bn in new scanners and community diagnostic centres.", "Department of Health and Social Care spokesperson"),
    Q("Dr [[Marsh]] said two new", "said", "two new scanners would be installed by March and that the trust had recruited 14 radiographers from overseas", "Helen Marsh"),
    Q("[[She]] added that all", "added", "all the patients affected had now been seen and that a clinical harm review was under way", "Helen Marsh"),
    Q("Prof [[Alan Whitby]], a consultant", "said", "the problems at Ashworth were ‘a symptom, not the disease’", "Alan Whitby"),
    Q("said Prof [[Whitby]]", "said", "We have fewer scanners per head of population than almost any comparable country", "Alan Whitby"),
    Q(None, "said", "Until that changes, we will keep having this conversation.", "Alan Whitby"),
    Q("NHS England", "said", "national performance against the 62-day target had improved over the past year, with 69.8% of patients starting treatment within two months in September", "NHS England"),
    Q("The local MP, [[Sajid Rahman]]", "said", "he would attend and ‘ask the questions patients deserve answers to’", "Sajid Rahman"),
], straight=False, words=WORDS))

# 3. Long-form: "said in an interview", a quote running over two paragraphs (first paragraph
#    left open), a quote continued in a new paragraph after a closed one, a quote inside a
#    quote, unnamed sources, "according to" filings, "Mr." surnames, "he said finally".
T = """
The Quiet Unraveling of a Small-Town Bank
For 74 years, the First Farmers Bank of Halden, Iowa, was the kind of institution that seemed too dull to fail. It made loans to farmers and car dealers, sponsored the high school’s football team and closed at noon on Saturdays.
Then, over 18 months, it lost nearly $40 million on loans to a pair of solar-energy developers based in Texas, according to regulatory filings and interviews with more than a dozen current and former employees. In March, state regulators shut it down.
The collapse has left the town of 3,100 people reeling, and it has raised questions about how a bank with a single branch came to make such large bets so far from home.
“It was like watching your grandfather take up skydiving,” Walter Penner, a retired hog farmer who kept his savings at the bank for five decades, said in an interview. “You knew it was not going to end well, but nobody could tell him anything.”
At the center of the story is Curtis Lamb, who became the bank’s president in 2021 after its longtime chief, his father-in-law, retired. Mr. Lamb, 46, had spent most of his career at a large regional bank in Des Moines and, by several accounts, arrived with ambitious plans.
In a lengthy interview at his lawyer’s office in Des Moines, Mr. Lamb said he had made mistakes but rejected the idea that he had gambled with depositors’ money.
“I looked at a bank that was slowly dying. Deposits were flat, the farm economy was consolidating, and our best customers were moving to the big banks,” he said.
“I thought renewable energy lending was a way to grow without leaving what we knew, which was rural land and long-term projects. I was wrong about the developers. I was not wrong about the problem.”
Former employees describe a different picture. Three loan officers, who spoke on the condition of anonymity because they had signed severance agreements, said Mr. Lamb overrode the bank’s credit committee at least twice to approve loans to the developers.
One of them recalled a meeting in late 2022 at which a senior officer asked whether the bank could survive if the loans went bad.
“He said, ‘If these go bad, we have bigger problems than this bank,’” the former officer said. “People laughed. I didn’t.”
The developers, Helio Ridge Partners and its affiliate, Lone Star Sunworks, filed for bankruptcy last year. A lawyer for the companies, Janet Cho, declined to comment on the bank’s losses but said in an email that her clients “negotiated every loan at arm’s length.”
Federal regulators are now examining the collapse. The Federal Deposit Insurance Corporation, which took over the bank’s deposits, has estimated that the failure will cost its insurance fund about $52 million. A person familiar with the inquiry said investigators were focused on whether the bank’s board had been given accurate information about the loans.
The board’s former chairman, Dale Hurst, said in an interview that the board had relied on what Mr. Lamb told it.
“We were a board of farmers and a dentist,” he said. “We asked questions. Maybe we didn’t know which questions to ask.
“When Curtis told us the loans were backed by federal tax credits, we believed him. Why wouldn’t we? He was family.”
Mr. Lamb disputed that account. He said the board had approved every loan in writing and had received monthly reports on the portfolio. “They knew exactly what we were doing,” he said.
In Halden, the failure has been felt far beyond the bank’s balance sheet. Its deposits were insured, and customers were paid in full within days by the F.D.I.C. But the bank had been the largest lender to local farmers, and the bank that bought its branch, a regional lender based in Omaha, has been slower to extend credit, according to several farmers.
Mr. Penner said two of his neighbors had been unable to renew their operating loans this spring.
“Everybody here knew somebody at that bank,” said Rachel Voss, who runs the diner across the street from the old branch. “Now it’s just a building with a new sign.”
Asked what he would say to the people of Halden, Mr. Lamb was quiet for a long time.
“That I’m sorry,” he said finally. “And that I thought I was saving it.”
"""
DOCS.append(article("longform-small-town-bank", T, [
    Q("regulatory filings and interviews with more than a dozen current and former employees", "according to", "Then, over 18 months, it lost nearly $40 million on loans to a pair of solar-energy developers based in Texas", "regulatory filings and interviews with more than a dozen current and former employees"),
    Q("skydiving,” [[Walter Penner]], a retired", "said", "It was like watching your grandfather take up skydiving", "Walter Penner"),
    Q(None, "said", "You knew it was not going to end well, but nobody could tell him anything.", "Walter Penner"),
    Q("Mr. [[Lamb]] said he had made", "said", "he had made mistakes", "Curtis Lamb"),
    Q("banks,” [[he]] said", "said", "I looked at a bank that was slowly dying. Deposits were flat, the farm economy was consolidating, and our best customers were moving to the big banks", "Curtis Lamb"),
    Q(None, "said", "I thought renewable energy lending was a way to grow without leaving what we knew, which was rural land and long-term projects. I was wrong about the developers. I was not wrong about the problem.", "Curtis Lamb"),
    Q("[[Three loan officers]], who spoke", "said", "Mr. Lamb overrode the bank’s credit committee at least twice to approve loans to the developers", "Three loan officers"),
    Q("[[the former officer]] said", "said", "He said, ‘If these go bad, we have bigger problems than this bank,’", "former loan officer"),
    Q(None, "said", "People laughed. I didn’t.", "former loan officer"),
    Q("companies, [[Janet Cho]], declined", "said", "her clients “negotiated every loan at arm’s length.”", "Janet Cho"),
    Q("The Federal Deposit Insurance Corporation", "estimated", "the failure will cost its insurance fund about $52 million", "Federal Deposit Insurance Corporation"),
    Q("A person familiar with the inquiry", "said", "investigators were focused on whether the bank’s board had been given accurate information about the loans", "A person familiar with the inquiry"),
    Q("chairman, [[Dale Hurst]], said", "said", "the board had relied on what Mr. Lamb told it", "Dale Hurst"),
    Q("dentist,” [[he]] said", "said", "We were a board of farmers and a dentist", "Dale Hurst"),
    Q(None, "said", "We asked questions. Maybe we didn’t know which questions to ask.", "Dale Hurst"),
    Q(None, "said", "When Curtis told us the loans were backed by federal tax credits, we believed him. Why wouldn’t we? He was family.", "Dale Hurst"),
    Q("[[He]] said the board had approved", "said", "the board had approved every loan in writing and had received monthly reports on the portfolio", "Curtis Lamb"),
    Q("doing,” [[he]] said", "said", "They knew exactly what we were doing", "Curtis Lamb"),
    Q("according to [[several farmers]]", "according to", "the bank that bought its branch, a regional lender based in Omaha, has been slower to extend credit", "several farmers"),
    Q("Mr. [[Penner]] said two", "said", "two of his neighbors had been unable to renew their operating loans this spring", "Walter Penner"),
    Q("said [[Rachel Voss]], who runs", "said", "Everybody here knew somebody at that bank", "Rachel Voss"),
    Q(None, "said", "Now it’s just a building with a new sign.", "Rachel Voss"),
    Q("sorry,” [[he]] said finally", "said", "That I’m sorry", "Curtis Lamb"),
    Q(None, "said", "And that I thought I was saving it.", "Curtis Lamb"),
], straight=False, words=WORDS))

# 4. Court report, straight quotes: "according to court documents", "wrote that" in a
#    memorandum, "argued that", "told the court", "answered", "the affidavit said" around a
#    finding, "a judge called" (no claim), a U.S. attorney's office news release.
T = """
MINNEAPOLIS - A former nursing home administrator was sentenced Friday to seven years in federal prison for stealing more than $3 million from residents, many of whom had dementia, in what a judge called "a calculated betrayal of people who could not protect themselves."
Gloria Santangelo, 58, of Edina, pleaded guilty in March to wire fraud and aggravated identity theft. According to court documents, she diverted residents' Social Security payments and pension checks into accounts she controlled over six years while working as the business manager of Lakeview Care Center in Bloomington.
U.S. District Judge Robert Hanley said the sentence needed to send a message to others who handle money for vulnerable people.
"The victims in this case trusted the defendant with the most basic necessities of their lives," Hanley said from the bench. "She treated that trust as an opportunity."
Prosecutors had asked for nine years. In a sentencing memorandum, Assistant U.S. Attorney Melissa Grant wrote that Santangelo used the money to pay for a lake cabin, two cars and "a lifestyle her salary could never support."
Santangelo's attorney, Paul Dorsey, argued that his client had struggled with a gambling addiction and had begun repaying the money before she was charged. He asked the judge for a sentence of four years.
"She is not the monster the government has described," Dorsey told the court. "She is a person who made terrible choices and who is deeply ashamed of them."
Santangelo, wearing an orange jumpsuit, read a brief statement in which she apologized to the families of the victims. "I have no excuse," she said, her voice breaking. "I think about what I did every day."
Several relatives of residents addressed the court before the sentence was announced. Karen Whitfield said her mother, who died in 2022, had been unable to pay for a hearing aid because her account had been drained.
"My mother spent her last two years unable to hear her grandchildren," Whitfield said. "Seven years, nine years - none of it gives that back."
The scheme came to light in 2023 when a bank flagged unusual transfers, according to an FBI affidavit filed with the original complaint. Investigators found that Santangelo had opened at least 14 accounts in residents' names, the affidavit said.
Lakeview's owner, Cedar Health Group, said in a statement that it had reimbursed every affected family and had "completely overhauled" its financial controls. The company is not accused of wrongdoing.
Hanley ordered Santangelo to pay $3.2 million in restitution and to report to prison by Jan. 15. Asked by the judge whether she understood the terms, Santangelo answered, "Yes, your honor."
Outside the courthouse, Dorsey said his client would not appeal. "She accepts the court's decision, and she wants the families to be able to move on," he said.
Grant declined to comment after the hearing. The U.S. attorney's office said in a news release that reported cases of financial exploitation of older adults in Minnesota had risen by more than 40% since 2019.
The office said it had charged 11 people in such cases last year, including two other employees of care facilities. Both of those cases are pending.
"""
DOCS.append(article("court-nursing-home-fraud", T, [
    Q("According to [[court documents]]", "according to", "she diverted residents' Social Security payments and pension checks into accounts she controlled over six years while working as the business manager of Lakeview Care Center in Bloomington", "court documents"),
    Q("Judge [[Robert Hanley]] said", "said", "the sentence needed to send a message to others who handle money for vulnerable people", "Robert Hanley"),
    Q("[[Hanley]] said from the bench", "said", "The victims in this case trusted the defendant with the most basic necessities of their lives", "Robert Hanley"),
    Q(None, "said", "She treated that trust as an opportunity.", "Robert Hanley"),
    Q("Attorney [[Melissa Grant]] wrote", "wrote", "Santangelo used the money to pay for a lake cabin, two cars and \"a lifestyle her salary could never support.\"", "Melissa Grant"),
    Q("attorney, [[Paul Dorsey]], argued", "argued", "his client had struggled with a gambling addiction and had begun repaying the money before she was charged", "Paul Dorsey"),
    Q("[[Dorsey]] told the court", "told", "She is not the monster the government has described", "Paul Dorsey"),
    Q(None, "told", "She is a person who made terrible choices and who is deeply ashamed of them.", "Paul Dorsey"),
    Q("excuse,\" [[she]] said", "said", "I have no excuse", "Gloria Santangelo"),
    Q(None, "said", "I think about what I did every day.", "Gloria Santangelo"),
    Q("[[Karen Whitfield]] said her mother", "said", "her mother, who died in 2022, had been unable to pay for a hearing aid because her account had been drained", "Karen Whitfield"),
    Q("[[Whitfield]] said. \"Seven", "said", "My mother spent her last two years unable to hear her grandchildren", "Karen Whitfield"),
    Q(None, "said", "Seven years, nine years - none of it gives that back.", "Karen Whitfield"),
    Q("an FBI affidavit filed with the original complaint", "according to", "The scheme came to light in 2023 when a bank flagged unusual transfers", "FBI affidavit"),
    Q("[[the affidavit]] said", "said", "Investigators found that Santangelo had opened at least 14 accounts in residents' names", "FBI affidavit"),
    Q("owner, [[Cedar Health Group]], said", "said", "it had reimbursed every affected family and had \"completely overhauled\" its financial controls", "Cedar Health Group"),
    Q("[[Santangelo]] answered", "answered", "Yes, your honor.", "Gloria Santangelo"),
    Q("[[Dorsey]] said his client", "said", "his client would not appeal", "Paul Dorsey"),
    Q("move on,\" [[he]] said", "said", "She accepts the court's decision, and she wants the families to be able to move on", "Paul Dorsey"),
    Q("[[The U.S. attorney's office]] said in a news release", "said", "reported cases of financial exploitation of older adults in Minnesota had risen by more than 40% since 2019", "U.S. attorney's office"),
    Q("[[The office]] said it had charged", "said", "it had charged 11 people in such cases last year, including two other employees of care facilities", "U.S. attorney's office"),
], straight=True, words=WORDS))

# 5. Sports report: "told reporters after the match", quote inside a quote, nickname in quotes,
#    "told BBC Sport", a question inside a quote, "acknowledged that", "he said, smiling".
T = """
MANCHESTER, England — For 80 minutes on Saturday, it looked as if Northbridge Rovers would finally end their long wait for a win at Carrow Park. Then Tomás Ferreira happened.
The 19-year-old substitute scored twice in the final nine minutes as Eastfield City came from behind to win 2-1, extending their unbeaten run in the league to 14 matches and moving them three points clear at the top of the table.
“I just told myself, ‘If the ball comes to you, don’t think, just shoot.’ The first one, I didn’t even see it go in,” Ferreira told reporters after the match. “I heard the crowd.”
Ferreira, who joined City from a Portuguese academy in the summer, had played only 37 minutes of league football before Saturday. His manager, Hannah Kessler, said he had earned his chance in training.
“Tomás has been the best player on the training pitch for a month,” Kessler said. “Today the rest of the world found out.”
Rovers had led since the 34th minute, when captain Liam Doherty headed in a corner from Jamal Osei. Doherty, known to supporters as “the Wall” for his defending, was close to tears at the final whistle.
“We did everything right for 80 minutes, and we’ve got nothing to show for it,” he said. “That’s football, I suppose. It doesn’t make it hurt less.”
Rovers manager Gary Pullman was less philosophical. Asked about the referee’s decision not to award a penalty when Osei went down in the box in the 71st minute, Pullman said it was “the clearest penalty you will see all season.”
“I’ve watched it back three times,” he told BBC Sport. “Three times. He gets the man, not the ball. How that isn’t given, I don’t know.”
The referees’ body, the Match Officials Association, said it would review the incident, as it does all major decisions.
Kessler disagreed with Pullman’s assessment. “From where I was standing, Jamal went down very easily,” she said. “But I would say that, wouldn’t I?”
City’s equalizer came in the 81st minute, when Ferreira ran onto a long ball from goalkeeper Anders Holm, cut inside his marker and curled a shot into the far corner. The winner came deep into stoppage time, a low drive from the edge of the area that took a deflection off a defender’s boot.
Holm, who made four saves in the first half to keep City in the match, said the dressing room had never doubted that the team could come back.
“At half-time nobody was shouting. The manager just said, ‘Keep going, it will come,’ and it came,” he said.
The result leaves Rovers in 11th place, six points above the relegation zone. They have won just once in their last eight matches, and Pullman acknowledged that the pressure on him was growing.
“I’m not daft. I know how this business works,” he said. “But I’ve got a group of players who ran themselves into the ground today, and I’m not going to hide behind them.”
City’s next match is at home to Westbury on Wednesday. Kessler said defender Marco Lenz, who limped off with a hamstring injury, would have a scan on Monday and was “unlikely” to play.
Ferreira, meanwhile, said he planned to call his mother in Lisbon.
“She will be angry that I didn’t score three,” he said, smiling.
"""
DOCS.append(article("sports-football-comeback", T, [
    Q("[[Ferreira]] told reporters", "told", "I just told myself, ‘If the ball comes to you, don’t think, just shoot.’ The first one, I didn’t even see it go in", "Tomás Ferreira"),
    Q(None, "told", "I heard the crowd.", "Tomás Ferreira"),
    Q("manager, [[Hannah Kessler]], said", "said", "he had earned his chance in training", "Hannah Kessler"),
    Q("[[Kessler]] said. “Today", "said", "Tomás has been the best player on the training pitch for a month", "Hannah Kessler"),
    Q(None, "said", "Today the rest of the world found out.", "Hannah Kessler"),
    Q("show for it,” [[he]] said", "said", "We did everything right for 80 minutes, and we’ve got nothing to show for it", "Liam Doherty"),
    Q(None, "said", "That’s football, I suppose. It doesn’t make it hurt less.", "Liam Doherty"),
    Q("[[Pullman]] said it was", "said", "it was “the clearest penalty you will see all season.”", "Gary Pullman"),
    Q("[[he]] told BBC Sport", "told", "I’ve watched it back three times", "Gary Pullman"),
    Q(None, "told", "Three times. He gets the man, not the ball. How that isn’t given, I don’t know.", "Gary Pullman"),
    Q("the [[Match Officials Association]], said", "said", "it would review the incident, as it does all major decisions", "Match Officials Association"),
    Q("easily,” [[she]] said", "said", "From where I was standing, Jamal went down very easily", "Hannah Kessler"),
    Q(None, "said", "But I would say that, wouldn’t I?", "Hannah Kessler"),
    Q("[[Holm]], who made four saves", "said", "the dressing room had never doubted that the team could come back", "Anders Holm"),
    Q("came,” [[he]] said", "said", "At half-time nobody was shouting. The manager just said, ‘Keep going, it will come,’ and it came", "Anders Holm"),
    Q("and [[Pullman]] acknowledged", "acknowledged", "the pressure on him was growing", "Gary Pullman"),
    Q("works,” [[he]] said", "said", "I’m not daft. I know how this business works", "Gary Pullman"),
    Q(None, "said", "But I’ve got a group of players who ran themselves into the ground today, and I’m not going to hide behind them.", "Gary Pullman"),
    Q("[[Kessler]] said defender", "said", "defender Marco Lenz, who limped off with a hamstring injury, would have a scan on Monday and was “unlikely” to play", "Hannah Kessler"),
    Q("[[Ferreira]], meanwhile, said", "said", "he planned to call his mother in Lisbon", "Tomás Ferreira"),
    Q("three,” [[he]] said, smiling", "said", "She will be angry that I didn’t score three", "Tomás Ferreira"),
], straight=False, words=WORDS))

# 6. Science/health: "according to a study published ...", "the study found" at the end,
#    "said Dr. X, ... and the study's lead author", "acknowledged that", "Outside experts said",
#    "who was not involved in the research", "noted that", "According to the authors", "says".
T = """
Adults who regularly sleep fewer than six hours a night are significantly more likely to develop type 2 diabetes, even if they eat well and exercise, according to a study published Monday in the journal Diabetologia Open.
The researchers followed 38,000 adults in Sweden and Denmark for an average of 11 years. Those who reported sleeping less than six hours were 24% more likely to be diagnosed with diabetes than those who slept seven to eight hours, the study found.
The link held even after the researchers accounted for diet, physical activity, body weight and family history, said Dr. Ingrid Halvorsen, an epidemiologist at the Nordic Institute for Metabolic Research and the study’s lead author.
“We were surprised by how robust the association was,” Halvorsen said in an interview. “People who did everything else right but slept badly still carried much of the extra risk.”
The study was observational, which means it cannot prove that short sleep causes diabetes. Halvorsen acknowledged that people who sleep poorly may differ in ways the researchers could not measure, such as stress at work or undiagnosed sleep apnea.
But she said the findings fit with laboratory experiments showing that even a few nights of restricted sleep can make the body less sensitive to insulin, the hormone that controls blood sugar.
Diabetes affects about 537 million adults worldwide, according to the International Diabetes Federation, and the number is projected to rise to 783 million by 2045. Most of those cases are type 2, which is closely linked to weight and physical activity.
Outside experts said the study was well designed but cautioned against overstating its conclusions.
“This is a large, careful study, and it adds to a fairly consistent body of evidence,” said Dr. Marcus Feld, a sleep researcher at the University of Toronto who was not involved in the research. “What it can’t tell us is whether getting more sleep would reverse the risk.”
Feld noted that the participants reported their own sleep habits on questionnaires, which are known to be imprecise. “People are notoriously bad at estimating how long they sleep,” he said.
A second expert, Dr. Amara Nwosu of the Lakeshore School of Public Health, said the findings should prompt doctors to ask patients about sleep as routinely as they ask about smoking.
“We tell people to eat better and move more. We almost never tell them to go to bed,” she said. “Maybe we should.”
According to the authors, about one in three adults in the study reported sleeping less than six hours on a typical night. That is similar to the share in the United States, where the Centers for Disease Control and Prevention says roughly a third of adults do not get enough sleep.
The study was funded by public research councils in Sweden and Denmark. Two of the authors have received consulting fees from a company that makes sleep-tracking devices, the journal disclosed.
Halvorsen said her team was now planning a trial in which participants with prediabetes would be coached to extend their sleep by an hour a night.
“If we see their blood sugar improve, that would be much stronger evidence,” she said. “That is the study we really need.”
"""
STUDY = "a study published Monday in the journal Diabetologia Open"
DOCS.append(article("science-sleep-diabetes", T, [
    Q(STUDY, "according to", "Adults who regularly sleep fewer than six hours a night are significantly more likely to develop type 2 diabetes, even if they eat well and exercise", STUDY),
    Q("[[the study]] found", "found", "Those who reported sleeping less than six hours were 24% more likely to be diagnosed with diabetes than those who slept seven to eight hours", STUDY),
    Q("Dr. [[Ingrid Halvorsen]], an epidemiologist", "said", "The link held even after the researchers accounted for diet, physical activity, body weight and family history", "Ingrid Halvorsen"),
    Q("[[Halvorsen]] said in an interview", "said", "We were surprised by how robust the association was", "Ingrid Halvorsen"),
    Q(None, "said", "People who did everything else right but slept badly still carried much of the extra risk.", "Ingrid Halvorsen"),
    Q("[[Halvorsen]] acknowledged", "acknowledged", "people who sleep poorly may differ in ways the researchers could not measure, such as stress at work or undiagnosed sleep apnea", "Ingrid Halvorsen"),
    Q("But [[she]] said the findings", "said", "the findings fit with laboratory experiments showing that even a few nights of restricted sleep can make the body less sensitive to insulin, the hormone that controls blood sugar", "Ingrid Halvorsen"),
    Q("the International Diabetes Federation", "according to", "Diabetes affects about 537 million adults worldwide", "International Diabetes Federation"),
    Q("Outside experts", "said", "the study was well designed", "Outside experts"),
    Q("Dr. [[Marcus Feld]], a sleep", "said", "This is a large, careful study, and it adds to a fairly consistent body of evidence", "Marcus Feld"),
    Q(None, "said", "What it can’t tell us is whether getting more sleep would reverse the risk.", "Marcus Feld"),
    Q("[[Feld]] noted that", "noted", "the participants reported their own sleep habits on questionnaires, which are known to be imprecise", "Marcus Feld"),
    Q("sleep,” [[he]] said", "said", "People are notoriously bad at estimating how long they sleep", "Marcus Feld"),
    Q("Dr. [[Amara Nwosu]] of", "said", "the findings should prompt doctors to ask patients about sleep as routinely as they ask about smoking", "Amara Nwosu"),
    Q("to bed,” [[she]] said", "said", "We tell people to eat better and move more. We almost never tell them to go to bed", "Amara Nwosu"),
    Q(None, "said", "Maybe we should.", "Amara Nwosu"),
    Q("According to [[the authors]]", "according to", "about one in three adults in the study reported sleeping less than six hours on a typical night", "the authors"),
    Q("the Centers for Disease Control and Prevention", "says", "roughly a third of adults do not get enough sleep", "Centers for Disease Control and Prevention"),
    Q("[[the journal]] disclosed", "disclosed", "Two of the authors have received consulting fees from a company that makes sleep-tracking devices", "Diabetologia Open"),
    Q("[[Halvorsen]] said her team", "said", "her team was now planning a trial in which participants with prediabetes would be coached to extend their sleep by an hour a night", "Ingrid Halvorsen"),
    Q("evidence,” [[she]] said", "said", "If we see their blood sugar improve, that would be much stronger evidence", "Ingrid Halvorsen"),
    Q(None, "said", "That is the study we really need.", "Ingrid Halvorsen"),
], straight=False, words=WORDS))

# 7. Earnings, straight quotes, Reuters style without a city: "the company said in a statement",
#    "according to LSEG data", "told analysts on a conference call", a CFO, an analyst's question
#    with "asked", unnamed sources and "One of the people said", "In a note to clients, they
#    wrote", "said in a phone interview", "a company spokeswoman said".
T = """
(Reuters) - Kestrel Outdoor Brands on Thursday cut its full-year sales forecast for the second time in three months, blaming a warm winter that left retailers stuck with unsold parkas and snow boots, and its shares fell 14% in after-hours trading.
The Portland, Oregon-based company said in a statement that it now expected annual revenue of $2.05 billion to $2.1 billion, down from a previous forecast of $2.3 billion. Analysts on average had expected $2.24 billion, according to LSEG data.
Revenue in the fourth quarter fell 9% to $612 million, the company said, while net income dropped to $18 million, or 21 cents per share, from $47 million, or 55 cents, a year earlier.
"This was one of the warmest winters on record across our biggest markets, and our customers simply didn't need another jacket," Chief Executive Officer Dana Whitlock told analysts on a conference call. "We planned for a normal season. We didn't get one."
Whitlock said the company would cut production of cold-weather gear by about a quarter next year and would expand its lines of rain gear and lightweight hiking clothing, which grew 11% in the quarter.
Chief Financial Officer Raj Menon said inventories at the end of the quarter were 23% higher than a year earlier. He said the company expected to clear most of the excess by the end of the summer, though doing so would weigh on margins.
"We'd rather take the hit now than carry this into next winter," Menon said.
Some analysts questioned whether the weather was the only problem. On the call, Morgan Pike of Bristow Capital asked whether Kestrel was losing share to cheaper rivals.
"Is this really about the weather, or are your customers trading down?" Pike asked.
Whitlock said the company's market share had been stable and that full-price sales through its own stores and website had risen 4%.
"I understand the skepticism," she said. "But when we look at the data, the customer hasn't left us. The snow did."
Two people familiar with the company's plans said Kestrel was also weighing a sale of its struggling footwear unit, which it acquired for $340 million in 2019. One of the people said a decision could come by the end of the year. Kestrel declined to comment on the report.
Analysts at Bristow Capital cut their price target on the stock to $28 from $35. In a note to clients, they wrote that the company's "reliance on a single season remains its biggest vulnerability."
Jason Ebert, an analyst at Whitmore Securities, said the guidance cut was "bigger than feared" but argued that the sell-off was overdone.
"The balance sheet is fine. The brand is fine. They had a bad winter," he said in a phone interview. "I'd be surprised if this is still the story in a year."
Kestrel also said it would cut about 180 corporate jobs, or roughly 6% of its office staff, as part of a cost-saving plan expected to save $45 million a year. The cuts will mostly affect its headquarters and a design center in Denver, a company spokeswoman said.
The company's shares had fallen 22% this year before Thursday's report, compared with a 9% gain in the benchmark S&P 500 index.
"""
PEOPLE = "Two people familiar with the company's plans"
DOCS.append(article("business-earnings-call", T, [
    Q("The Portland, Oregon-based company", "said", "it now expected annual revenue of $2.05 billion to $2.1 billion, down from a previous forecast of $2.3 billion", "Kestrel Outdoor Brands"),
    Q("according to [[LSEG]] data", "according to", "Analysts on average had expected $2.24 billion", "LSEG"),
    Q("[[the company]] said, while", "said", "Revenue in the fourth quarter fell 9% to $612 million", "Kestrel Outdoor Brands"),
    Q("Officer [[Dana Whitlock]] told", "told", "This was one of the warmest winters on record across our biggest markets, and our customers simply didn't need another jacket", "Dana Whitlock"),
    Q(None, "told", "We planned for a normal season. We didn't get one.", "Dana Whitlock"),
    Q("[[Whitlock]] said the company would", "said", "the company would cut production of cold-weather gear by about a quarter next year and would expand its lines of rain gear and lightweight hiking clothing, which grew 11% in the quarter", "Dana Whitlock"),
    Q("Officer [[Raj Menon]] said", "said", "inventories at the end of the quarter were 23% higher than a year earlier", "Raj Menon"),
    Q("[[He]] said the company expected", "said", "the company expected to clear most of the excess by the end of the summer, though doing so would weigh on margins", "Raj Menon"),
    Q("[[Menon]] said.", "said", "We'd rather take the hit now than carry this into next winter", "Raj Menon"),
    Q("[[Pike]] asked.", "asked", "Is this really about the weather, or are your customers trading down?", "Morgan Pike"),
    Q("[[Whitlock]] said the company's market", "said", "the company's market share had been stable and that full-price sales through its own stores and website had risen 4%", "Dana Whitlock"),
    Q("skepticism,\" [[she]] said", "said", "I understand the skepticism", "Dana Whitlock"),
    Q(None, "said", "But when we look at the data, the customer hasn't left us. The snow did.", "Dana Whitlock"),
    Q(PEOPLE, "said", "Kestrel was also weighing a sale of its struggling footwear unit, which it acquired for $340 million in 2019", PEOPLE),
    Q("One of the people", "said", "a decision could come by the end of the year", "one of the people familiar with the company's plans"),
    Q("clients, [[they]] wrote", "wrote", "the company's \"reliance on a single season remains its biggest vulnerability.\"", "Analysts at Bristow Capital"),
    Q("[[Jason Ebert]], an analyst", "said", "the guidance cut was \"bigger than feared\"", "Jason Ebert"),
    Q("[[Jason Ebert]], an analyst", "argued", "the sell-off was overdone", "Jason Ebert"),
    Q("winter,\" [[he]] said in a phone", "said", "The balance sheet is fine. The brand is fine. They had a bad winter", "Jason Ebert"),
    Q(None, "said", "I'd be surprised if this is still the story in a year.", "Jason Ebert"),
    Q("[[Kestrel]] also said", "said", "it would cut about 180 corporate jobs, or roughly 6% of its office staff, as part of a cost-saving plan expected to save $45 million a year", "Kestrel Outdoor Brands"),
    Q("a company spokeswoman", "said", "The cuts will mostly affect its headquarters and a design center in Denver", "company spokeswoman"),
], straight=True, words=WORDS))

# 8. Politics, curly quotes: a woman and a man alternating as "she"/"he", "countered that",
#    "testified", "told the Austin Ledger that", "wrote that" in a post, "A count by X found
#    that", "added that" on a shared subject, "accused ... of" (no claim), "he laughed".
T = """
AUSTIN, Texas — A bitter fight over school funding spilled onto the floor of the Texas House on Wednesday, as lawmakers traded accusations over a plan that would give parents public money to pay for private school tuition.
The bill, sponsored by Rep. Carla Medina, a Republican from San Antonio, would create education savings accounts worth about $10,000 per student. Medina said the accounts would give low-income families “the same choices wealthy families have always had.”
Rep. Thomas Greer, a Democrat from Houston who is the ranking member of the chamber’s public education committee, said the plan would drain $1.4 billion a year from public schools. He accused supporters of “abandoning the 5 million kids who will never use a voucher.”
Medina rejected that figure. She said the state’s budget surplus was large enough to fund both the accounts and a raise for teachers, and that no district would lose money in the first two years.
“Every time we try to give parents a choice, we hear that the sky is going to fall,” she said. “The sky has not fallen in Arizona. It has not fallen in Florida.”
Greer was unmoved. He said rural districts, where private schools are scarce, would pay for a program their families could not use.
“In half the counties in my district there is no private school,” he said. “So tell me who this is for.”
Medina countered that the bill set aside money for online and hybrid programs in rural areas. She said she had met with superintendents from 40 rural districts, and that most of them supported the plan.
That claim drew a sharp response from Angela Ruiz, the superintendent of the Pecos Valley Independent School District, who testified against the bill last month. Ruiz told the Austin Ledger that no one from Medina’s office had contacted her.
“Nobody from her office has called me, and I know at least a dozen superintendents who would say the same,” Ruiz said.
Gov. Wade Landry, a Republican who has made the bill his top priority this session, has threatened to call lawmakers back for a special session if it fails. In a post on social media Wednesday night, he wrote that “parents, not bureaucrats, should decide where their children learn.”
His spokesman, Kyle Dunning, said the governor was “confident the votes are there.”
A count by the Austin Ledger found that at least 74 House members publicly support the bill, short of the 76 needed for passage. Several Republicans from rural districts remain undecided.
Rep. Lucia Fernández, a Democrat from El Paso, said she was open to a smaller pilot program but would oppose the current bill.
“If they want to try this in five districts and study it, I’ll listen,” she said. “What I won’t do is bet the whole system on it.”
Greer said he doubted the governor would accept a pilot. Asked whether Democrats would try to break quorum to block a vote, as they did in 2021, he laughed.
“Let’s not get ahead of ourselves,” he said.
Medina said she expected a vote by the end of next week. She said she had not decided whether to accept amendments from Fernández but added that her door “is always open.”
The House adjourned shortly after 9 p.m. without taking up the bill.
"""
DOCS.append(article("politics-school-vouchers", T, [
    Q("[[Medina]] said the accounts", "said", "the accounts would give low-income families “the same choices wealthy families have always had.”", "Carla Medina"),
    Q("Rep. [[Thomas Greer]], a Democrat", "said", "the plan would drain $1.4 billion a year from public schools", "Thomas Greer"),
    Q("[[She]] said the state’s", "said", "the state’s budget surplus was large enough to fund both the accounts and a raise for teachers, and that no district would lose money in the first two years", "Carla Medina"),
    Q("to fall,” [[she]] said", "said", "Every time we try to give parents a choice, we hear that the sky is going to fall", "Carla Medina"),
    Q(None, "said", "The sky has not fallen in Arizona. It has not fallen in Florida.", "Carla Medina"),
    Q("[[He]] said rural districts", "said", "rural districts, where private schools are scarce, would pay for a program their families could not use", "Thomas Greer"),
    Q("private school,” [[he]] said", "said", "In half the counties in my district there is no private school", "Thomas Greer"),
    Q(None, "said", "So tell me who this is for.", "Thomas Greer"),
    Q("[[Medina]] countered", "countered", "the bill set aside money for online and hybrid programs in rural areas", "Carla Medina"),
    Q("[[She]] said she had met", "said", "she had met with superintendents from 40 rural districts, and that most of them supported the plan", "Carla Medina"),
    Q("[[Ruiz]] told the Austin Ledger", "told", "no one from Medina’s office had contacted her", "Angela Ruiz"),
    Q("[[Ruiz]] said.", "said", "Nobody from her office has called me, and I know at least a dozen superintendents who would say the same", "Angela Ruiz"),
    Q("[[he]] wrote that", "wrote", "parents, not bureaucrats, should decide where their children learn.", "Wade Landry"),
    Q("spokesman, [[Kyle Dunning]], said", "said", "the governor was “confident the votes are there.”", "Kyle Dunning"),
    Q("[[A count by the Austin Ledger]] found", "found", "at least 74 House members publicly support the bill, short of the 76 needed for passage", "Austin Ledger"),
    Q("Rep. [[Lucia Fernández]], a Democrat", "said", "she was open to a smaller pilot program but would oppose the current bill", "Lucia Fernández"),
    Q("listen,” [[she]] said", "said", "If they want to try this in five districts and study it, I’ll listen", "Lucia Fernández"),
    Q(None, "said", "What I won’t do is bet the whole system on it.", "Lucia Fernández"),
    Q("[[Greer]] said he doubted", "said", "he doubted the governor would accept a pilot", "Thomas Greer"),
    Q("ourselves,” [[he]] said", "said", "Let’s not get ahead of ourselves", "Thomas Greer"),
    Q("[[Medina]] said she expected", "said", "she expected a vote by the end of next week", "Carla Medina"),
    Q("[[She]] said she had not decided", "said", "she had not decided whether to accept amendments from Fernández", "Carla Medina"),
    Q("[[She]] said she had not decided", "added", "her door “is always open.”", "Carla Medina"),
], straight=False, words=WORDS))

# 9. Police story, straight quotes: "after police said", "according to a ... news release",
#    "A police report obtained by X shows that", "According to the report", "Sgt. X, a
#    department spokeswoman, said Monday", "..., police said." twice, "according to department
#    data".
T = """
SPRINGFIELD, Ore. - A 34-year-old man was arrested early Sunday after police said he drove a stolen pickup truck through the front window of a pharmacy and fled with prescription drugs, then crashed into a parked car two blocks away.
Officers found the man, identified as Derek Alan Moss of Eugene, hiding in a backyard on Mohawk Boulevard shortly after 3 a.m., according to a Springfield Police Department news release. He was treated at a hospital for minor injuries and booked into the Lane County Jail on suspicion of burglary, theft and reckless driving.
Police said the truck had been reported stolen from a driveway in Eugene on Saturday evening.
A police report obtained by the Willamette Courier shows that officers recovered three bottles of oxycodone and a bag of cash from the truck's cab. According to the report, the pharmacy's alarm went off at 2:48 a.m. and the first officer arrived less than four minutes later.
"Our officers were on scene very quickly, and that's the only reason this didn't turn into a high-speed chase through a residential neighborhood," Sgt. Tanya Reeves, a department spokeswoman, said Monday.
Reeves said Moss had at least two prior convictions for drug possession and was on probation at the time of the arrest. She said investigators were trying to determine whether he was involved in a similar break-in at a pharmacy in Cottage Grove last month.
The pharmacy, Thrifty Rx on Main Street, was closed Monday as workers boarded up the shattered window. Its owner, Samir Haddad, said the damage would cost at least $40,000 to repair.
"I've been here 22 years. I've never seen anything like this," Haddad said. "My pharmacist lives upstairs. She heard the crash and thought it was an earthquake."
Neighbors described a loud bang followed by the sound of an engine racing. Eleanor Park, who lives across the street, said she looked out her window and saw the truck backing out of the store "like it was nothing."
"He just drove off like he was going to the grocery store," she said.
The car he struck, a 2015 Honda Civic, belonged to a nurse who had just finished a night shift, police said. No one was inside, and no one else was hurt.
Moss is scheduled to appear in Lane County Circuit Court on Tuesday. It was not immediately clear whether he had a lawyer who could comment on his behalf.
Pharmacy break-ins have become more common in the area. Springfield police recorded nine such burglaries last year, up from two in 2021, according to department data. Reeves said the department had begun sending patrols past pharmacies more often at night.
"We're asking business owners to make sure their alarm systems work and to keep as little product as possible out on the shelves overnight," she said.
Anyone with information is asked to call the department's tip line.
"""
SPD = "Springfield Police Department"
DOCS.append(article("local-police-pharmacy", T, [
    Q("after [[police]] said", "said", "he drove a stolen pickup truck through the front window of a pharmacy and fled with prescription drugs, then crashed into a parked car two blocks away", SPD),
    Q("a Springfield Police Department news release", "according to", "Officers found the man, identified as Derek Alan Moss of Eugene, hiding in a backyard on Mohawk Boulevard shortly after 3 a.m.", SPD),
    Q("[[Police]] said the truck", "said", "the truck had been reported stolen from a driveway in Eugene on Saturday evening", SPD),
    Q("A police report obtained by the Willamette Courier", "shows", "officers recovered three bottles of oxycodone and a bag of cash from the truck's cab", "police report"),
    Q("According to [[the report]]", "according to", "the pharmacy's alarm went off at 2:48 a.m. and the first officer arrived less than four minutes later", "police report"),
    Q("Sgt. [[Tanya Reeves]], a department", "said", "Our officers were on scene very quickly, and that's the only reason this didn't turn into a high-speed chase through a residential neighborhood", "Tanya Reeves"),
    Q("[[Reeves]] said Moss", "said", "Moss had at least two prior convictions for drug possession and was on probation at the time of the arrest", "Tanya Reeves"),
    Q("[[She]] said investigators", "said", "investigators were trying to determine whether he was involved in a similar break-in at a pharmacy in Cottage Grove last month", "Tanya Reeves"),
    Q("owner, [[Samir Haddad]], said", "said", "the damage would cost at least $40,000 to repair", "Samir Haddad"),
    Q("[[Haddad]] said. \"My", "said", "I've been here 22 years. I've never seen anything like this", "Samir Haddad"),
    Q(None, "said", "My pharmacist lives upstairs. She heard the crash and thought it was an earthquake.", "Samir Haddad"),
    Q("[[Eleanor Park]], who lives", "said", "she looked out her window and saw the truck backing out of the store \"like it was nothing.\"", "Eleanor Park"),
    Q("grocery store,\" [[she]] said", "said", "He just drove off like he was going to the grocery store", "Eleanor Park"),
    Q("night shift, [[police]] said", "said", "The car he struck, a 2015 Honda Civic, belonged to a nurse who had just finished a night shift", SPD),
    Q("according to [[department data]]", "according to", "Springfield police recorded nine such burglaries last year, up from two in 2021", SPD),
    Q("[[Reeves]] said the department", "said", "the department had begun sending patrols past pharmacies more often at night", "Tanya Reeves"),
    Q("overnight,\" [[she]] said", "said", "We're asking business owners to make sure their alarm systems work and to keep as little product as possible out on the shelves overnight", "Tanya Reeves"),
], straight=True, words=WORDS))

# 10. Disaster, AP style: "..., officials said Saturday." after a long lede, agencies with
#     figures, "according to Gov. X", "X, Fire Chief Y said, and Z", inner quotes with a
#     question, "Many said", "Forecasters warned that", "urged" (no claim).
T = """
JACKSON, Miss. (AP) — At least 23 people were killed and dozens more injured after a cluster of tornadoes tore through central Mississippi and western Alabama overnight, flattening homes, tossing vehicles and knocking out power to more than 200,000 customers, officials said Saturday.
The Mississippi Emergency Management Agency said 19 of the deaths were in Mississippi, including 11 in the small town of Pelham, where a tornado with winds estimated at 170 mph cut a path nearly a mile wide. Four people died in Alabama, according to Alabama Gov. Ruth Calloway.
“Pelham as we knew it is gone,” Mississippi Gov. Russell Tate said after touring the town by helicopter. “There are streets there where I could not tell you where one house ended and the next began.”
Tate said search and rescue teams had gone door to door through most of the town but that several people were still unaccounted for. He declared a state of emergency for 14 counties and said he had asked the federal government for a major disaster declaration.
The National Weather Service said survey teams had confirmed at least six tornadoes, including an EF4 in Pelham. Meteorologist Paul Okafor said the storm that produced it stayed on the ground for about 58 miles, an unusually long track.
“It was a long-lived, violent tornado moving at 50 mph at night,” Okafor said. “That is about the worst combination you can have.”
In Pelham, residents picked through what remained of their homes on Saturday morning. Many said they had only minutes of warning.
Tyrone Givens, 41, said he heard the sirens and got his wife and two children into a bathtub just before the roof came off.
“I put a mattress over us and I held on to it,” he said. “My daughter kept asking, ‘Daddy, is it over?’ And I kept saying, ‘Almost, baby. Almost.’”
The Pelham Fire Department lost one of its two stations, Fire Chief Maria Dupree said, and volunteers from neighboring counties were helping with the searches.
Dupree said crews had pulled 30 people from damaged buildings overnight. “Some of them were trapped for hours,” she said. “We got to them because neighbors were digging with their hands until we arrived.”
The American Red Cross said it had opened four shelters in the region, which housed about 600 people on Friday night.
Entergy Mississippi, the state’s largest utility, said about 85,000 of its customers remained without power Saturday afternoon and that some of the hardest-hit areas could be without electricity for more than a week.
In Alabama, Calloway said three of the four deaths occurred in Sumter County, where a mobile home park was destroyed. The fourth victim was a truck driver whose tractor-trailer was blown off Interstate 20, according to the Alabama Law Enforcement Agency.
The storms were part of a powerful system that also produced damaging winds and hail across Louisiana and Tennessee. Forecasters warned that another round of severe weather could hit parts of the region on Monday.
Tate urged residents to stay out of damaged areas. “We know people want to check on their property,” he said. “But there are downed power lines and gas leaks everywhere, and I don’t want to add to the number.”
"""
DOCS.append(article("disaster-tornadoes", T, [
    Q("customers, [[officials]] said Saturday", "said", "At least 23 people were killed and dozens more injured after a cluster of tornadoes tore through central Mississippi and western Alabama overnight, flattening homes, tossing vehicles and knocking out power to more than 200,000 customers", "officials"),
    Q("The Mississippi Emergency Management Agency", "said", "19 of the deaths were in Mississippi, including 11 in the small town of Pelham, where a tornado with winds estimated at 170 mph cut a path nearly a mile wide", "Mississippi Emergency Management Agency"),
    Q("Alabama Gov. [[Ruth Calloway]]", "according to", "Four people died in Alabama", "Ruth Calloway"),
    Q("Gov. [[Russell Tate]] said", "said", "Pelham as we knew it is gone", "Russell Tate"),
    Q(None, "said", "There are streets there where I could not tell you where one house ended and the next began.", "Russell Tate"),
    Q("[[Tate]] said search", "said", "search and rescue teams had gone door to door through most of the town but that several people were still unaccounted for", "Russell Tate"),
    Q("[[He]] declared", "said", "he had asked the federal government for a major disaster declaration", "Russell Tate"),
    Q("The National Weather Service", "said", "survey teams had confirmed at least six tornadoes, including an EF4 in Pelham", "National Weather Service"),
    Q("Meteorologist [[Paul Okafor]] said", "said", "the storm that produced it stayed on the ground for about 58 miles, an unusually long track", "Paul Okafor"),
    Q("[[Okafor]] said. “That", "said", "It was a long-lived, violent tornado moving at 50 mph at night", "Paul Okafor"),
    Q(None, "said", "That is about the worst combination you can have.", "Paul Okafor"),
    Q("[[Many]] said they had", "said", "they had only minutes of warning", "residents"),
    Q("[[Tyrone Givens]], 41", "said", "he heard the sirens and got his wife and two children into a bathtub just before the roof came off", "Tyrone Givens"),
    Q("to it,” [[he]] said", "said", "I put a mattress over us and I held on to it", "Tyrone Givens"),
    Q(None, "said", "My daughter kept asking, ‘Daddy, is it over?’ And I kept saying, ‘Almost, baby. Almost.’", "Tyrone Givens"),
    Q("Fire Chief [[Maria Dupree]] said", "said", "The Pelham Fire Department lost one of its two stations", "Maria Dupree"),
    Q("[[Dupree]] said crews", "said", "crews had pulled 30 people from damaged buildings overnight", "Maria Dupree"),
    Q("hours,” [[she]] said", "said", "Some of them were trapped for hours", "Maria Dupree"),
    Q(None, "said", "We got to them because neighbors were digging with their hands until we arrived.", "Maria Dupree"),
    Q("The American Red Cross", "said", "it had opened four shelters in the region, which housed about 600 people on Friday night", "American Red Cross"),
    Q("[[Entergy Mississippi]], the state’s", "said", "about 85,000 of its customers remained without power Saturday afternoon and that some of the hardest-hit areas could be without electricity for more than a week", "Entergy Mississippi"),
    Q("[[Calloway]] said three", "said", "three of the four deaths occurred in Sumter County, where a mobile home park was destroyed", "Ruth Calloway"),
    Q("the Alabama Law Enforcement Agency", "according to", "The fourth victim was a truck driver whose tractor-trailer was blown off Interstate 20", "Alabama Law Enforcement Agency"),
    Q("[[Forecasters]] warned", "warned", "another round of severe weather could hit parts of the region on Monday", "Forecasters"),
    Q("property,” [[he]] said", "said", "We know people want to check on their property", "Russell Tate"),
    Q(None, "said", "But there are downed power lines and gas leaks everywhere, and I don’t want to add to the number.", "Russell Tate"),
], straight=False, words=WORDS))

# 11. Explainer, straight quotes, few quotes: question headings, scare quotes, a coined term in
#     quotes, titles of a blog, a documentary and a video series; generic "Companies say" and
#     "economists say"; "A 2024 analysis by X found that".
T = """
What is 'shrinkflation,' and why are your snacks getting smaller?
If your favorite bag of chips seems lighter than it used to, you are probably not imagining it. Food and household-goods companies have been quietly shrinking their products while keeping prices the same, a practice critics have dubbed "shrinkflation."
Here is what to know.
What is shrinkflation?
The term, a blend of "shrink" and "inflation," describes a product getting smaller while its price stays the same or rises. It came into wide use in the early 2010s and was added to several major dictionaries in 2022.
Because the price on the shelf does not change, shoppers often do not notice. A 16-ounce bag of coffee becomes a 12-ounce bag; a roll of paper towels loses 10 sheets; a chocolate bar gets a little thinner.
How common is it?
More common than most people think. A 2024 analysis by the Bureau of Labor Statistics found that among products whose size changed between 2019 and 2023, about nine in 10 got smaller rather than larger. The bureau said the effect on overall inflation was small.
Snacks, paper products and cleaning supplies are among the categories where downsizing is most common. Prices of many of those goods also rose sharply during the pandemic, when the cost of shipping and raw materials jumped.
Why do companies do it?
Companies say they are facing higher costs for ingredients, packaging, energy and labor. Shrinking a product is one way to pass on those costs without a visible price increase, which shoppers tend to notice and resent.
"Consumers are much more sensitive to the price than to the quantity," said Lena Fairbanks, a professor of marketing at Carver State University who studies pricing. "A company can take 10% out of a package and most people will never check."
Is it legal?
Generally, yes, as long as the package is labeled accurately with its new weight or count. Several lawmakers have proposed requiring stores to put a notice on products that have shrunk, as France began doing in 2024. Such proposals have not passed in the United States.
How can you spot it?
The most reliable way is to look at the unit price, the cost per ounce or per sheet that many stores print on shelf tags in small type. Comparing unit prices makes it easier to see when a product has become more expensive, even if its sticker price has not moved.
It also helps to keep an eye on packaging. A redesigned box or a "new look" label can be a sign that the contents have changed, too.
Some shoppers track the changes themselves. Marcy Ellwood, a retired schoolteacher in Ohio, runs a blog called "The Incredible Shrinking Pantry," where she documents downsized products. She said she has logged more than 1,400 examples since 2019.
"It's the ice cream that really gets people," she said. "The half-gallon hasn't been a half-gallon for years."
Is it going away?
Probably not. Even if inflation keeps cooling, economists say companies rarely restore a product to its old size. Instead, they sometimes introduce a "family size" version at a higher price.
The 2023 documentary "Less for More" and a popular video series called "Shrink Watch" have helped raise awareness, but shoppers' best defense remains the humble unit price.
"""
DOCS.append(article("explainer-shrinkflation", T, [
    Q("A 2024 analysis by the Bureau of Labor Statistics", "found", "among products whose size changed between 2019 and 2023, about nine in 10 got smaller rather than larger", "2024 analysis by the Bureau of Labor Statistics"),
    Q("[[The bureau]] said", "said", "the effect on overall inflation was small", "Bureau of Labor Statistics"),
    Q("[[Companies]] say they", "say", "they are facing higher costs for ingredients, packaging, energy and labor", "Companies"),
    Q("said [[Lena Fairbanks]], a professor", "said", "Consumers are much more sensitive to the price than to the quantity", "Lena Fairbanks"),
    Q(None, "said", "A company can take 10% out of a package and most people will never check.", "Lena Fairbanks"),
    Q("[[She]] said she has logged", "said", "she has logged more than 1,400 examples since 2019", "Marcy Ellwood"),
    Q("people,\" [[she]] said", "said", "It's the ice cream that really gets people", "Marcy Ellwood"),
    Q(None, "said", "The half-gallon hasn't been a half-gallon for years.", "Marcy Ellwood"),
    Q("[[economists]] say", "say", "companies rarely restore a product to its old size", "economists"),
], straight=True, words=WORDS))

# 12. Live blog, straight quotes: time stamps as paragraphs, "confirmed", "says" in present
#     tense, "said:" before a quote, "according to preliminary figures from", "the authority
#     said in a post on X", bullet list with "The city says".
T = """
Live updates: Transit strike enters second day as talks resume
Last updated 4:52 p.m.
4:52 p.m.
Union and city negotiators are back at the table, a spokesperson for the state mediator's office confirmed. No timeline was given for an agreement.
"We are not going to negotiate in public, but we are talking, and that is progress," said Andre Baptiste, president of Transit Workers Local 1204, as he entered the building.
3:30 p.m.
Mayor Julia Serrano says the city has made its "last, best offer" and urged the union to put it to a vote of its members.
"Our offer includes a 14% raise over four years. That is the largest raise this city has ever offered transit workers," Serrano said at a news conference at City Hall. "I am asking the union's leadership to let its members decide."
Asked whether the city would consider binding arbitration, she said: "Everything is on the table except a tax increase."
2:15 p.m.
Ridership on the region's commuter rail lines, which are run by a separate agency and are not affected by the strike, was up 38% on Tuesday morning compared with a typical weekday, according to preliminary figures from the regional transit authority.
Trains on the Blue Line were so crowded that some riders could not board at several downtown stations, the authority said in a post on X. It added two extra trains for the evening rush.
1:05 p.m.
Baptiste told reporters that the union had not received a written copy of the city's latest offer. "You can't ask people to vote on a press release," he said.
A city spokeswoman, Ingrid Solis, said the offer had been sent to the union's lawyers by email on Monday night.
11:40 a.m.
Some small-business owners downtown say the strike is already hurting sales. Walter Chen, who owns a dumpling shop near Central Station, said lunch traffic was down by about half.
"Most of my customers take the bus," Chen said. "Today the bus didn't come, so they didn't come."
10:15 a.m.
Schools remain open, but the school district said students who cannot get to class because of the strike will not be marked absent. About 31,000 students rely on city buses to get to school, according to district figures.
Parents posted photos on social media of long lines at the few bus stops still served by private shuttles. The district has asked families to carpool where possible.
9:00 a.m.
What we know so far:
- About 2,800 bus drivers, mechanics and station agents walked off the job at 12:01 a.m. Monday after their contract expired.
- The union is seeking a 20% raise over four years and limits on split shifts, which can stretch a driver's workday to 13 hours.
- The city says the union's demands would cost $210 million over the life of the contract and require a fare increase.
- It is the first transit strike in the city since 1994, when a walkout lasted 11 days.
"""
DOCS.append(article("liveblog-transit-strike", T, [
    Q("a spokesperson for the state mediator's office", "confirmed", "Union and city negotiators are back at the table", "spokesperson for the state mediator's office"),
    Q("said [[Andre Baptiste]], president", "said", "We are not going to negotiate in public, but we are talking, and that is progress", "Andre Baptiste"),
    Q("Mayor [[Julia Serrano]] says", "says", "the city has made its \"last, best offer\"", "Julia Serrano"),
    Q("[[Serrano]] said at a news conference", "said", "Our offer includes a 14% raise over four years. That is the largest raise this city has ever offered transit workers", "Julia Serrano"),
    Q(None, "said", "I am asking the union's leadership to let its members decide.", "Julia Serrano"),
    Q("arbitration, [[she]] said", "said", "Everything is on the table except a tax increase.", "Julia Serrano"),
    Q("preliminary figures from the regional transit authority", "according to", "Ridership on the region's commuter rail lines, which are run by a separate agency and are not affected by the strike, was up 38% on Tuesday morning compared with a typical weekday", "regional transit authority"),
    Q("[[the authority]] said in a post", "said", "Trains on the Blue Line were so crowded that some riders could not board at several downtown stations", "regional transit authority"),
    Q("[[Baptiste]] told reporters", "told", "the union had not received a written copy of the city's latest offer", "Andre Baptiste"),
    Q("release,\" [[he]] said", "said", "You can't ask people to vote on a press release", "Andre Baptiste"),
    Q("spokeswoman, [[Ingrid Solis]], said", "said", "the offer had been sent to the union's lawyers by email on Monday night", "Ingrid Solis"),
    Q("[[Some small-business owners downtown]] say", "say", "the strike is already hurting sales", "small-business owners"),
    Q("[[Walter Chen]], who owns", "said", "lunch traffic was down by about half", "Walter Chen"),
    Q("[[Chen]] said. \"Today", "said", "Most of my customers take the bus", "Walter Chen"),
    Q(None, "said", "Today the bus didn't come, so they didn't come.", "Walter Chen"),
    Q("[[the school district]] said", "said", "students who cannot get to class because of the strike will not be marked absent", "school district"),
    Q("according to [[district figures]]", "according to", "About 31,000 students rely on city buses to get to school", "school district"),
    Q("[[The city]] says the union's", "says", "the union's demands would cost $210 million over the life of the contract and require a fare increase", "city"),
], straight=True, words=WORDS))


def main():
    write_gold(DOCS, OUT)


if __name__ == "__main__":
    main()
