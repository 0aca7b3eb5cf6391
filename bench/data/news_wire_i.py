#!/usr/bin/env python3
"""Four invented AP wire articles (people are fictional; states, agencies, cities, festivals,
companies and think tanks are real) with gold attributed quotes, in the conventions and with the
helpers of build_news_dev.py. Each text starts with the " date YYYY-MM-DD " header of the seed.

Styles:
1. wi-school-retention-fight: AP education/state politics, curly quotes. A commissioner's letter,
   "told reporters", a quote running over two paragraphs (first one left open), participial
   "arguing that" after "sued", "The lawsuit alleges that", a lawyer who "wrote" in a filing and
   then "argued", partial quotes inside reported speech, a study's finding reported by a
   professor, a district that "estimated", plus negatives: a nickname for the law, "called ... 'a shakedown'",
   "accused ... of", "declined to comment".
2. wi-rio-grande-drying: AP environment, straight quotes. Claim in the lede closed by "federal and
   state officials said Wednesday", two "according to" (an agency, a data set), a quote with the
   speaker after it in the middle of a sentence ("“...,” X, area manager for Y, told reporters"),
   "acknowledged that", "estimated that", "predicted that", a single-quoted quote inside a
   double-quoted one, a joint letter from tribal leaders, negatives: the nickname "Rio Sand",
   "called on", "urged", "declined to comment".
3. wi-venice-golden-lion: AP culture/awards night, curly quotes. Winners' speeches ("she said" after
   a stage quote, "said, to laughter"), a jury president's partial quote, a publicist who
   "confirmed that" and "said in a statement", "wrote that" in an Instagram post, critics who
   "predicted that" and "wrote ... that", "according to festival organizers", a distributor.
   Negatives: film titles in quotes, "called the film ...", "dedicated the prize to ...", a chanted
   slogan, "thanked ... for", "demanded that".
4. wi-kupiansk-siege: AP Ukraine war analysis, curly quotes. "..., Ukrainian officials said." after
   a long lede, the mayor who "wrote on Telegram, adding that", "what regional officials said
   were", "Russia’s Defense Ministry said" / "The ministry also claimed", "the General Staff ...
   reported that", generic "analysts say", a think tank's "latest assessment", a satellite
   company's statement, "said X, a military analyst at" after a quote, "estimated that", a Red
   Cross official "told The Associated Press" and "said by phone". Negatives: satellite imagery
   described without attribution, "could not be independently verified", "describe the war as
   a 'special military operation'", "accused ... of", "urged".

Judgement calls:
- "X said A and that B" is one gold quote; "X confirmed that A and said in a statement that B" is
  two (two cues). "A group of parents sued ..., arguing that A": the parents are the speaker.
- Documents speak for themselves: "The lawsuit alleges that" -> canonical "lawsuit"; a statement
  by an organisation is the organisation ("La Biennale", "Maxar Technologies").
- A reported claim nested inside another attributed claim or inside a direct quote is not a
  separate gold quote (the professor "said studies ... found that ..." is one quote; "my mum, who
  said acting was not a real job" inside a speech is part of the speech quote).
- Satellite images in which something "can be seen" are not an attributed claim; the company's
  statement about them is.
- "dedicated the prize to", "thanked", "demanded that", "are asking a judge to", "called X 'Y'", "accused X of 'Y'", "described ... as",
  "urged", "called on" and chanted slogans get no gold quote even when they carry quoted words.
- "according to festival organizers" and the later "La Biennale ... said" are kept as written
  (canonical "festival organizers" vs "La Biennale") since the text does not equate them
  explicitly before the first mention.
- "Asked whether ..., she laughed." is not a claim; the reply that follows is.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_news_dev import Q, article  # noqa: E402

WORDS = (450, 1300)
DOCS = []

# 1. AP education / state fight, curly quotes.
T = """
 date 2025-02-19 NASHVILLE, Tenn. (AP) — Tennessee’s education commissioner moved Wednesday to withhold nearly $14 million in state money from the Cedar Fork County school district after its board voted to stop holding back third graders who fail the state reading test, escalating a fight that has split parents and teachers and is now headed to court.
Education Commissioner Paula Renfro said in a letter to the Cedar Fork County Board of Education that the district was “in open defiance of state law” and would lose its literacy and teacher-bonus funding unless the board reversed its decision by March 15. District officials said the money pays for 22 reading tutors and a summer program that served 900 students last year.
“The law is not a suggestion,” Renfro told reporters at the state Capitol. “Every other district in Tennessee is following it, and Cedar Fork will too.”
The Cedar Fork board voted 5-2 in January to suspend the requirement for the current school year. Under the 2023 law, which supporters have nicknamed “Read by Nine,” third graders who score below grade level on the state reading test must attend summer school, receive a year of tutoring or repeat the grade. The district estimated that about 140 of its 610 third graders would be held back this spring.
Superintendent Gregory Ashby, who recommended the suspension, said the district had neither the classroom space to hold back that many children nor the teachers to tutor them.
“We would need six more third-grade classrooms and six more teachers by August, and we can’t fill the jobs we have open now,” Ashby said in an interview Wednesday. “I’m not defying anybody.
“I’m telling the state what the numbers are. If they want to send us the teachers, I’ll hold back every child the law says to hold back.”
The dispute is already in court. A group of 11 parents sued the board in Davidson County Chancery Court this month, arguing that the suspension denies their children help the law guarantees them.
The lawsuit alleges that the board voted without holding a public hearing required by state law and that members “substituted their own preferences for the judgment of the General Assembly.” The parents are asking a judge to reinstate the retention rule before the reading test is given in April.
In a response filed Tuesday, the board’s attorney, Lydia Hammond, wrote that the parents lacked standing to sue because none of their children had yet been harmed. She argued that the law “cannot require what is physically impossible” and that the board had acted within its authority.
Melissa Tran, one of the parents who sued, said her son reads at a first-grade level and has been “passed along” since kindergarten.
“Passing him to fourth grade isn’t kindness. It’s giving up on him. I want somebody to finally teach him to read,” Tran said.
Other parents packed a board meeting in January to support the suspension. Darnell Price, whose daughter is in third grade at Cedar Fork Elementary, said holding her back would “crush her.”
“She’s 8 years old and she already cries the night before a test,” Price said.
The Tennessee Education Association, the state’s largest teachers union, said in a statement that it supported the board and that the retention law had been “underfunded from day one.” The union called Renfro’s letter “a shakedown of a district that is asking for help.”
Karen Lusk, president of the Cedar Fork Education Association, said teachers in the district were already giving up their planning periods to tutor struggling readers.
“There is no slack left in the system. None,” she said.
Elena Ruiz, a professor of education policy at Vanderbilt University, said studies of a similar policy in Florida found that students who were held back scored higher in the following years, but that the advantage largely faded by middle school.
“It’s not a magic fix, and it’s not a disaster. What matters is what happens to a child during that extra year, and that costs money,” Ruiz said.
State Sen. Brian Coldwell, the Republican who sponsored the retention law, accused the board of “playing politics with children’s futures” and said he would file a bill this session allowing the commissioner to remove local board members who refuse to follow state education law.
Board Chair Ronald Pierce declined to comment, citing the lawsuit.
A spokesman for the Tennessee Department of Education, Josh Whitten, said Cedar Fork was the only district in the state that had not complied with the law.
A hearing on the parents’ request for an injunction is scheduled for March 4.
Asked whether he expected the board to back down, Ashby shrugged.
“Do right by the kids in front of you, and let the lawyers sort out the rest. That’s what I’ll tell them,” he said.
"""
DOCS.append(article("wi-school-retention-fight", T, [
    Q("Commissioner [[Paula Renfro]] said", "said", "the district was “in open defiance of state law” and would lose its literacy and teacher-bonus funding unless the board reversed its decision by March 15", "Paula Renfro"),
    Q("[[District officials]] said the money", "said", "the money pays for 22 reading tutors and a summer program that served 900 students last year", "District officials"),
    Q("[[Renfro]] told reporters", "told", "The law is not a suggestion", "Paula Renfro"),
    Q(None, "told", "Every other district in Tennessee is following it, and Cedar Fork will too.", "Paula Renfro"),
    Q("[[The district]] estimated", "estimated", "about 140 of its 610 third graders would be held back this spring", "Cedar Fork County school district"),
    Q("Superintendent [[Gregory Ashby]], who", "said", "the district had neither the classroom space to hold back that many children nor the teachers to tutor them", "Gregory Ashby"),
    Q("[[Ashby]] said in an interview", "said", "We would need six more third-grade classrooms and six more teachers by August, and we can’t fill the jobs we have open now", "Gregory Ashby"),
    Q(None, "said", "I’m not defying anybody.", "Gregory Ashby"),
    Q(None, "said", "I’m telling the state what the numbers are. If they want to send us the teachers, I’ll hold back every child the law says to hold back.", "Gregory Ashby"),
    Q("A group of 11 parents", "arguing", "the suspension denies their children help the law guarantees them", "A group of 11 parents"),
    Q("[[The lawsuit]] alleges", "alleges", "the board voted without holding a public hearing required by state law and that members “substituted their own preferences for the judgment of the General Assembly.”", "lawsuit"),
    Q("attorney, [[Lydia Hammond]], wrote", "wrote", "the parents lacked standing to sue because none of their children had yet been harmed", "Lydia Hammond"),
    Q("[[She]] argued that", "argued", "the law “cannot require what is physically impossible” and that the board had acted within its authority", "Lydia Hammond"),
    Q("[[Melissa Tran]], one of the parents", "said", "her son reads at a first-grade level and has been “passed along” since kindergarten", "Melissa Tran"),
    Q("[[Tran]] said.", "said", "Passing him to fourth grade isn’t kindness. It’s giving up on him. I want somebody to finally teach him to read", "Melissa Tran"),
    Q("[[Darnell Price]], whose daughter", "said", "holding her back would “crush her.”", "Darnell Price"),
    Q("[[Price]] said.", "said", "She’s 8 years old and she already cries the night before a test", "Darnell Price"),
    Q("The Tennessee Education Association", "said", "it supported the board and that the retention law had been “underfunded from day one.”", "Tennessee Education Association"),
    Q("[[Karen Lusk]], president", "said", "teachers in the district were already giving up their planning periods to tutor struggling readers", "Karen Lusk"),
    Q("None,” [[she]] said", "said", "There is no slack left in the system. None", "Karen Lusk"),
    Q("[[Elena Ruiz]], a professor", "said", "studies of a similar policy in Florida found that students who were held back scored higher in the following years, but that the advantage largely faded by middle school", "Elena Ruiz"),
    Q("money,” [[Ruiz]] said", "said", "It’s not a magic fix, and it’s not a disaster. What matters is what happens to a child during that extra year, and that costs money", "Elena Ruiz"),
    Q("Sen. [[Brian Coldwell]], the Republican", "said", "he would file a bill this session allowing the commissioner to remove local board members who refuse to follow state education law", "Brian Coldwell"),
    Q("Education, [[Josh Whitten]], said", "said", "Cedar Fork was the only district in the state that had not complied with the law", "Josh Whitten"),
    Q("them,” [[he]] said", "said", "Do right by the kids in front of you, and let the lawyers sort out the rest. That’s what I’ll tell them", "Gregory Ashby"),
], straight=False, words=WORDS))

# 2. AP environment, straight quotes.
T = """
 date 2025-07-23 ALBUQUERQUE, N.M. (AP) — The Rio Grande has gone dry along a 30-mile stretch south of Albuquerque, stranding endangered fish and forcing farmers to shut their irrigation gates in the middle of the growing season, federal and state officials said Wednesday.
The drying, which began over the weekend near Bosque Farms and has spread south toward Belen, is the earliest in the year that the river has run dry in the Albuquerque area since record-keeping began in the 1990s, according to the U.S. Fish and Wildlife Service.
Flows at the river's Albuquerque gauge fell to 19 cubic feet per second on Tuesday, according to data from the U.S. Geological Survey. In a normal July, the river carries more than 10 times that.
"We are out of tools," Jennifer Castillo, area manager for the U.S. Bureau of Reclamation in Albuquerque, told reporters on a conference call. "There is no water left upstream that we can move without taking it from somebody who has a legal right to it."
Castillo said the bureau had released the last of the water it had leased this year to keep the river flowing through the city. She acknowledged that the agency could do little more until the summer monsoon arrives.
The rains typically begin in early July but have been sparse so far this year, the National Weather Service said.
The Fish and Wildlife Service said crews had rescued about 3,400 Rio Grande silvery minnows from shrinking pools since Saturday and moved them to a stretch of river near Albuquerque that still had water.
"Some of the pools we were pulling fish out of on Sunday were mud by Monday afternoon," said Roberto Alvarez, a biologist with the agency.
The Middle Rio Grande Conservancy District, which delivers irrigation water to farms from Cochiti Dam to the Bosque del Apache National Wildlife Refuge, cut off deliveries to most of its southern users on Monday. District spokeswoman Andrea Montoya said the district had about two weeks of stored water left for farmers in the northern part of the valley.
Ernesto Baca, who grows chile and alfalfa on 80 acres near Belen, said he had already lost his second cutting of alfalfa and expected to lose half his chile if the water did not come back by August.
"My grandfather used to say, 'The river always comes back.' I'm not sure that's true anymore," Baca said, standing at the edge of a cracked irrigation ditch.
Tribal leaders say the shortage is testing promises the federal government made to them long ago. Leaders of six pueblos along the middle Rio Grande, whose water rights predate Spanish colonization, said in a joint letter to the Interior Department on Tuesday that the government had a trust responsibility to make sure their fields received water before anyone else's.
"Our people were farming this valley a thousand years before there was a Bureau of Reclamation," Sandia Pueblo Gov. Leonard Abeita said in an interview. "We are not going to be told to share a shortage we did not create."
Abeita said fields at Sandia had received water only twice since June 1. He called on the Interior Department to appoint a special negotiator for the pueblos' water.
The drought is also deepening New Mexico's legal troubles downstream. State Engineer Teresa Ulibarri said the state could end the year owing Texas more than 100,000 acre-feet of water under the Rio Grande Compact. The 1938 agreement divides the river among Colorado, New Mexico and Texas, and the states have spent more than a decade fighting over it before the U.S. Supreme Court.
"Every drop that doesn't reach Elephant Butte is a drop we may have to account for," Ulibarri said.
A spokesperson for the Texas Commission on Environmental Quality declined to comment.
Sarah Whitlock, a hydrologist at the University of New Mexico, estimated that spring runoff on the upper Rio Grande was about 38% of average this year after a winter of thin snowpack in southern Colorado.
"This is what the climate models told us the 2050s would look like," Whitlock said. "We're getting it in the 2020s."
She predicted that the river could go dry inside Albuquerque's city limits by mid-August if the monsoon did not strengthen, something that has happened only once in modern times.
Along the dry riverbed near Los Lunas, where cottonwoods now shade nothing but sand, some residents have taken to calling the stretch the "Rio Sand."
The Albuquerque Bernalillo County Water Utility Authority, which draws part of the city's drinking water from the river, said it had switched to groundwater wells and that tap water supplies were not at risk. It urged residents to limit outdoor watering to two days a week.
"""
DOCS.append(article("wi-rio-grande-drying", T, [
    Q("season, [[federal and state officials]] said", "said", "The Rio Grande has gone dry along a 30-mile stretch south of Albuquerque, stranding endangered fish and forcing farmers to shut their irrigation gates in the middle of the growing season", "federal and state officials"),
    Q("according to [[the U.S. Fish and Wildlife Service]]", "according to", "The drying, which began over the weekend near Bosque Farms and has spread south toward Belen, is the earliest in the year that the river has run dry in the Albuquerque area since record-keeping began in the 1990s", "U.S. Fish and Wildlife Service"),
    Q("data from [[the U.S. Geological Survey]]", "according to", "Flows at the river's Albuquerque gauge fell to 19 cubic feet per second on Tuesday", "U.S. Geological Survey"),
    Q("[[Jennifer Castillo]], area manager", "told", "We are out of tools", "Jennifer Castillo"),
    Q(None, "told", "There is no water left upstream that we can move without taking it from somebody who has a legal right to it.", "Jennifer Castillo"),
    Q("[[Castillo]] said the bureau", "said", "the bureau had released the last of the water it had leased this year to keep the river flowing through the city", "Jennifer Castillo"),
    Q("[[She]] acknowledged", "acknowledged", "the agency could do little more until the summer monsoon arrives", "Jennifer Castillo"),
    Q("[[the National Weather Service]] said", "said", "The rains typically begin in early July but have been sparse so far this year", "National Weather Service"),
    Q("[[The Fish and Wildlife Service]] said crews", "said", "crews had rescued about 3,400 Rio Grande silvery minnows from shrinking pools since Saturday and moved them to a stretch of river near Albuquerque that still had water", "U.S. Fish and Wildlife Service"),
    Q("said [[Roberto Alvarez]], a biologist", "said", "Some of the pools we were pulling fish out of on Sunday were mud by Monday afternoon", "Roberto Alvarez"),
    Q("spokeswoman [[Andrea Montoya]] said", "said", "the district had about two weeks of stored water left for farmers in the northern part of the valley", "Andrea Montoya"),
    Q("[[Ernesto Baca]], who grows", "said", "he had already lost his second cutting of alfalfa and expected to lose half his chile if the water did not come back by August", "Ernesto Baca"),
    Q("[[Baca]] said, standing", "said", "My grandfather used to say, 'The river always comes back.' I'm not sure that's true anymore", "Ernesto Baca"),
    Q("[[Tribal leaders]] say", "say", "the shortage is testing promises the federal government made to them long ago", "Tribal leaders"),
    Q("Leaders of six pueblos along the middle Rio Grande", "said", "the government had a trust responsibility to make sure their fields received water before anyone else's", "Leaders of six pueblos along the middle Rio Grande"),
    Q("Gov. [[Leonard Abeita]] said", "said", "Our people were farming this valley a thousand years before there was a Bureau of Reclamation", "Leonard Abeita"),
    Q(None, "said", "We are not going to be told to share a shortage we did not create.", "Leonard Abeita"),
    Q("[[Abeita]] said fields", "said", "fields at Sandia had received water only twice since June 1", "Leonard Abeita"),
    Q("State Engineer [[Teresa Ulibarri]] said", "said", "the state could end the year owing Texas more than 100,000 acre-feet of water under the Rio Grande Compact", "Teresa Ulibarri"),
    Q("[[Ulibarri]] said.", "said", "Every drop that doesn't reach Elephant Butte is a drop we may have to account for", "Teresa Ulibarri"),
    Q("[[Sarah Whitlock]], a hydrologist", "estimated", "spring runoff on the upper Rio Grande was about 38% of average this year after a winter of thin snowpack in southern Colorado", "Sarah Whitlock"),
    Q("[[Whitlock]] said. \"We're", "said", "This is what the climate models told us the 2050s would look like", "Sarah Whitlock"),
    Q(None, "said", "We're getting it in the 2020s.", "Sarah Whitlock"),
    Q("[[She]] predicted", "predicted", "the river could go dry inside Albuquerque's city limits by mid-August if the monsoon did not strengthen", "Sarah Whitlock"),
    Q("The Albuquerque Bernalillo County Water Utility Authority", "said", "it had switched to groundwater wells and that tap water supplies were not at risk", "Albuquerque Bernalillo County Water Utility Authority"),
], straight=True, words=WORDS))

# 3. AP culture / awards night, curly quotes.
T = """
 date 2025-09-06 VENICE, Italy (AP) — Mexican director Lucía Ferrández won the Golden Lion at the Venice Film Festival on Saturday for “The Salt Orchard,” a three-hour portrait of a family of salt harvesters on the Baja California coast that divided critics but, in the end, won over the jury.
Accepting the award in the Sala Grande, Ferrández held the statuette above her head and turned to the cast and crew seated in the balcony.
“This film was made by 40 people who were told again and again that it could not be made,” she said. “Tonight this lion belongs to them.”
She dedicated the prize to her father, a fisherman who died during the shoot, and to “every small film that nobody wanted to pay for.”
Jury president Harold Brenner, the American filmmaker, told reporters after the ceremony that the decision had been unanimous “after about four minutes of discussion and four hours of arguing about everything else.”
“We argued about a lot of films. We did not argue about this one,” Brenner said.
The Volpi Cup for best actress went to Lebanese actor Noor Haddad for her role as a grieving interpreter in “Quiet Hours,” but Haddad was not on the Lido to collect it. Her publicist, Camille Arceneaux, confirmed that Haddad was on a film set in Beirut and said in a statement that the actor was “overwhelmed and so grateful to the jury.”
In a post on Instagram a few hours later, Haddad wrote that she wished she could have been “in Venice with the people who made this film possible.” The film’s director, Karim Nassar, accepted the award on her behalf and thanked the jury “for seeing her the way I always have.”
The best actor prize went to Samuel Adjei, the British-Ghanaian actor, for his role as a Liverpool dockworker in the 1970s drama “Harbour Lights.”
“I was told to keep this short, so thank you to my mum, who said acting was not a real job,” Adjei said, to laughter. “Mum, it’s a real job now.”
Backstage, Adjei told reporters that he had auditioned for the part four times and had been turned down twice before the director changed her mind.
“The Salt Orchard” premiered last week to a 12-minute standing ovation, according to festival organizers, but the reviews that followed were split.
In his review after the premiere, Variety critic Martin Gale called the film “a gorgeous, exhausting endurance test” and predicted that it would “haunt this jury long after the ceremony.”
Others were less kind. Francesca Lodi, the film critic for the Italian daily La Repubblica, wrote on Saturday night that the jury had “rewarded ambition over achievement” and that the film’s final hour “tests the patience of even its most devoted admirers.”
“It’s a brave choice, and probably the right one,” said Tomás Ríos, a critic and programmer at the Morelia International Film Festival. “Ten years from now, this is the film from this year that people will still be talking about.”
At a news conference after the ceremony, Ferrández said the film’s financing had collapsed twice and that she had mortgaged her apartment in Mexico City to finish it. Asked whether she would now make a film in Hollywood, she laughed.
“Only if they let me shoot it in Baja,” she said.
Mubi, which bought the North American rights to “The Salt Orchard” before the festival, said it would release the film in U.S. theaters in November.
The ceremony went ahead despite a march outside the Palazzo del Cinema earlier in the evening, where about 200 protesters carrying banners chanted “Cinema is not neutral” and demanded that the festival cut ties with a sponsor. La Biennale, which organizes the festival, said in a statement that the demonstration had been peaceful and that no screenings had been disrupted.
The festival’s president, Giulia Morandi, said this year’s edition had sold a record 118,000 tickets, up nearly 9% from last year.
"""
DOCS.append(article("wi-venice-golden-lion", T, [
    Q("made,” [[she]] said", "said", "This film was made by 40 people who were told again and again that it could not be made", "Lucía Ferrández"),
    Q(None, "said", "Tonight this lion belongs to them.", "Lucía Ferrández"),
    Q("Jury president [[Harold Brenner]]", "told", "the decision had been unanimous “after about four minutes of discussion and four hours of arguing about everything else.”", "Harold Brenner"),
    Q("[[Brenner]] said.", "said", "We argued about a lot of films. We did not argue about this one", "Harold Brenner"),
    Q("publicist, [[Camille Arceneaux]], confirmed", "confirmed", "Haddad was on a film set in Beirut", "Camille Arceneaux"),
    Q("publicist, [[Camille Arceneaux]], confirmed", "said", "the actor was “overwhelmed and so grateful to the jury.”", "Camille Arceneaux"),
    Q("[[Haddad]] wrote that", "wrote", "she wished she could have been “in Venice with the people who made this film possible.”", "Noor Haddad"),
    Q("[[Adjei]] said, to laughter", "said", "I was told to keep this short, so thank you to my mum, who said acting was not a real job", "Samuel Adjei"),
    Q(None, "said", "Mum, it’s a real job now.", "Samuel Adjei"),
    Q("Backstage, [[Adjei]] told", "told", "he had auditioned for the part four times and had been turned down twice before the director changed her mind", "Samuel Adjei"),
    Q("according to [[festival organizers]]", "according to", "“The Salt Orchard” premiered last week to a 12-minute standing ovation", "festival organizers"),
    Q("critic [[Martin Gale]] called", "predicted", "it would “haunt this jury long after the ceremony.”", "Martin Gale"),
    Q("[[Francesca Lodi]], the film critic", "wrote", "the jury had “rewarded ambition over achievement” and that the film’s final hour “tests the patience of even its most devoted admirers.”", "Francesca Lodi"),
    Q("said [[Tomás Ríos]], a critic", "said", "It’s a brave choice, and probably the right one", "Tomás Ríos"),
    Q(None, "said", "Ten years from now, this is the film from this year that people will still be talking about.", "Tomás Ríos"),
    Q("ceremony, [[Ferrández]] said", "said", "the film’s financing had collapsed twice and that she had mortgaged her apartment in Mexico City to finish it", "Lucía Ferrández"),
    Q("Baja,” [[she]] said", "said", "Only if they let me shoot it in Baja", "Lucía Ferrández"),
    Q("[[Mubi]], which bought", "said", "it would release the film in U.S. theaters in November", "Mubi"),
    Q("[[La Biennale]], which organizes", "said", "the demonstration had been peaceful and that no screenings had been disrupted", "La Biennale"),
    Q("president, [[Giulia Morandi]], said", "said", "this year’s edition had sold a record 118,000 tickets, up nearly 9% from last year", "Giulia Morandi"),
], straight=False, words=WORDS))

# 4. AP Ukraine war humanitarian / military analysis, curly quotes.
T = """
 date 2024-11-14 KHARKIV, Ukraine (AP) — Russian forces pushed deeper into the northeastern city of Kupiansk on Thursday, pounding it with glide bombs and artillery as residents who have stayed behind sheltered in basements without heat, running water or reliable power, Ukrainian officials said.
At least four civilians were killed and 11 wounded over the past day, Mayor Oleh Hrytsenko wrote on Telegram, adding that a strike had destroyed one of the city’s last two working pharmacies.
“The city is standing, but it is standing on its last strength,” Hrytsenko said in a video posted to the messaging app later in the day. “Everyone who can leave must leave now. Tomorrow it may not be possible.”
The city’s only hospital was hit Wednesday night by what regional officials said were two guided aerial bombs, collapsing part of the surgical wing. Staff had moved patients to the basement days earlier, and no one was killed, according to the Kharkiv regional administration.
Kharkiv regional Gov. Serhii Vasylenko said about 2,000 people, including roughly 60 children, were still in the city and that police and volunteers were going door to door to persuade them to leave.
Russia’s Defense Ministry said its troops had “liberated” the village of Petropavlivka on the city’s eastern approaches and had destroyed two Ukrainian ammunition depots. The claim could not be independently verified. The ministry also claimed that Ukrainian forces had shelled a village in Russia’s Belgorod region overnight, killing one civilian.
Ukraine’s General Staff did not address the fate of the village but reported that its forces had repelled 23 Russian assaults in the Kupiansk sector over the past 24 hours.
Kupiansk, a railway hub on the Oskil River, was occupied by Russian troops in the first days of the full-scale invasion in 2022 and retaken by Ukraine that September. Its fall would give Moscow a springboard for a renewed push toward Kharkiv, Ukraine’s second-largest city, analysts say.
The Institute for the Study of War, a Washington-based think tank, said in its latest assessment that Russian forces were trying to cut the last road linking the city’s two halves and to isolate Ukrainian units on the east bank of the Oskil.
In satellite images collected Tuesday by Maxar Technologies, the main road bridge across the river can be seen sagging into the water, its center span broken. Maxar said in a statement that the images also showed at least 40 new craters around the city’s water treatment plant since late October.
“The Russians don’t need to take every street. They need to make the city unlivable and the supply lines unusable, and they are close to doing both,” said Daniel Harlow, a military analyst at the Royal United Services Institute in London.
Harlow estimated that Russia had massed about 25,000 troops around Kupiansk, roughly double the number it had there in the summer. He said Ukraine now faced the choice it had faced in Bakhmut and Avdiivka: hold the city at a heavy cost in soldiers or pull back before its defenders were encircled.
“There is no good option here, only less bad ones,” he said.
Russian officials, who describe the war as a “special military operation,” have accused Ukrainian forces of using Kupiansk’s civilians as human shields, an accusation Kyiv rejects.
For those still in the city, the fighting has cut off nearly all outside help. Elena Marchetti, who heads the International Committee of the Red Cross delegation in eastern Ukraine, told The Associated Press that no aid convoy had been able to reach Kupiansk since Oct. 30.
“People are collecting rainwater to drink,” Marchetti said by phone from Kharkiv. “When you hear that about a city in Europe in 2024, you understand how far this has gone.”
The Red Cross said it had delivered generators and water purification tablets to Ukrainian emergency services on the west bank last week, but that it had no access to the neighborhoods where the fighting was heaviest. It urged both sides to allow civilians to leave safely.
Halyna Moroz, 71, who was evacuated to Kharkiv on Wednesday with her cat, said she had spent 19 days in her building’s basement with eight neighbors.
“We cooked on a fire in the yard when it was quiet. It was almost never quiet,” she said.
The U.N. human rights monitoring mission in Ukraine said last week that October had been the deadliest month for civilians in the Kharkiv region since the spring.
"""
DOCS.append(article("wi-kupiansk-siege", T, [
    Q("power, [[Ukrainian officials]] said", "said", "Russian forces pushed deeper into the northeastern city of Kupiansk on Thursday, pounding it with glide bombs and artillery as residents who have stayed behind sheltered in basements without heat, running water or reliable power", "Ukrainian officials"),
    Q("Mayor [[Oleh Hrytsenko]] wrote", "wrote", "At least four civilians were killed and 11 wounded over the past day", "Oleh Hrytsenko"),
    Q("Mayor [[Oleh Hrytsenko]] wrote", "adding", "a strike had destroyed one of the city’s last two working pharmacies", "Oleh Hrytsenko"),
    Q("[[Hrytsenko]] said in a video", "said", "The city is standing, but it is standing on its last strength", "Oleh Hrytsenko"),
    Q(None, "said", "Everyone who can leave must leave now. Tomorrow it may not be possible.", "Oleh Hrytsenko"),
    Q("what [[regional officials]] said were", "said", "were two guided aerial bombs", "regional officials"),
    Q("according to [[the Kharkiv regional administration]]", "according to", "Staff had moved patients to the basement days earlier, and no one was killed", "Kharkiv regional administration"),
    Q("Gov. [[Serhii Vasylenko]] said", "said", "about 2,000 people, including roughly 60 children, were still in the city and that police and volunteers were going door to door to persuade them to leave", "Serhii Vasylenko"),
    Q("[[Russia’s Defense Ministry]] said its troops", "said", "its troops had “liberated” the village of Petropavlivka on the city’s eastern approaches and had destroyed two Ukrainian ammunition depots", "Russia’s Defense Ministry"),
    Q("[[The ministry]] also claimed", "claimed", "Ukrainian forces had shelled a village in Russia’s Belgorod region overnight, killing one civilian", "Russia’s Defense Ministry"),
    Q("[[Ukraine’s General Staff]] did not address", "reported", "its forces had repelled 23 Russian assaults in the Kupiansk sector over the past 24 hours", "Ukraine’s General Staff"),
    Q("[[analysts]] say", "say", "Its fall would give Moscow a springboard for a renewed push toward Kharkiv, Ukraine’s second-largest city", "analysts"),
    Q("The Institute for the Study of War", "said", "Russian forces were trying to cut the last road linking the city’s two halves and to isolate Ukrainian units on the east bank of the Oskil", "Institute for the Study of War"),
    Q("[[Maxar]] said in a statement", "said", "the images also showed at least 40 new craters around the city’s water treatment plant since late October", "Maxar Technologies"),
    Q("said [[Daniel Harlow]], a military analyst", "said", "The Russians don’t need to take every street. They need to make the city unlivable and the supply lines unusable, and they are close to doing both", "Daniel Harlow"),
    Q("[[Harlow]] estimated", "estimated", "Russia had massed about 25,000 troops around Kupiansk, roughly double the number it had there in the summer", "Daniel Harlow"),
    Q("[[He]] said Ukraine now faced", "said", "Ukraine now faced the choice it had faced in Bakhmut and Avdiivka: hold the city at a heavy cost in soldiers or pull back before its defenders were encircled", "Daniel Harlow"),
    Q("ones,” [[he]] said", "said", "There is no good option here, only less bad ones", "Daniel Harlow"),
    Q("[[Elena Marchetti]], who heads", "told", "no aid convoy had been able to reach Kupiansk since Oct. 30", "Elena Marchetti"),
    Q("[[Marchetti]] said by phone", "said", "People are collecting rainwater to drink", "Elena Marchetti"),
    Q(None, "said", "When you hear that about a city in Europe in 2024, you understand how far this has gone.", "Elena Marchetti"),
    Q("[[The Red Cross]] said it had delivered", "said", "it had delivered generators and water purification tablets to Ukrainian emergency services on the west bank last week, but that it had no access to the neighborhoods where the fighting was heaviest", "International Committee of the Red Cross"),
    Q("[[Halyna Moroz]], 71", "said", "she had spent 19 days in her building’s basement with eight neighbors", "Halyna Moroz"),
    Q("quiet,” [[she]] said", "said", "We cooked on a fire in the yard when it was quiet. It was almost never quiet", "Halyna Moroz"),
    Q("The U.N. human rights monitoring mission in Ukraine", "said", "October had been the deadliest month for civilians in the Kharkiv region since the spring", "U.N. human rights monitoring mission in Ukraine"),
], straight=False, words=WORDS))


if __name__ == "__main__":
    print(f"{len(DOCS)} docs")
    for d in DOCS:
        print(f"{d['id']}: {len(d['text'].split())} words, {len(d['quotes'])} gold quotes")
