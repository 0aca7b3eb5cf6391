#!/usr/bin/env python3
"""Blind evaluation set F: 4 invented AP regional/national wire stories (people, companies and
advocacy groups are fictional; states, cities, federal agencies and unions are real), annotated
with the conventions and helpers of build_news_dev.py without looking at the extractor.

Styles:
  1. bf-wildfire-new-mexico (curly quotes): state wildfire; "..., officials said Tuesday." after a
     long lede, "according to" a state agency and a county office, "the agency said", a governor's
     "declared ... and said", a fire commander's quote split and then running over two paragraphs,
     the National Weather Service, "said ... but warned that", a resident with an inner quote,
     "Several residents said", "said ... but acknowledged that", relative clause "in what tribal
     officials said was", a utility "said in a statement". Negatives: "urged", "declined to
     release/comment", "described" + noun, a festival name in quotes.
  2. bf-court-dui-sentencing (straight quotes): sentencing story; "according to court documents",
     "Prosecutors said", "a bartender testified that", "said before imposing the sentence that",
     "told Brennan, who ...", "In a sentencing memo, he argued", "insisted that", "Prosecutors
     countered that", victim impact statements, a district attorney's statement with "but that",
     "The district attorney's office said", an agency spokesperson. Negatives: "had asked for",
     "apologized to", a bill's name in quotes, "called ... 'a start'", "urged", "declined to comment".
  3. bf-tech-driverless-trucks (curly quotes): company announcement; "said Tuesday that", "The
     company said", "according to a post on the company's website", CEO "said in an interview
     with The Associated Press", "Asked ..., Raman said:", a state agency "said in an email",
     NHTSA with two partial quotes, "According to NHTSA data", a union and its organizer,
     "according to X, which estimated last year that", "denied that", "Industry analysts said ...
     but cautioned that", "predicted", "said in a filing", "said Raman, who ...". Negatives: a
     product name "the company calls", "declined to name", "called ... 'a marketing number'", a
     nickname critics use.
  4. bf-immigration-denver-shelters (curly quotes): governor and mayor disagreeing; FEMA "said",
     "told reporters at City Hall that" with a partial quote, "wrote that" in a letter plus a
     split written quote, "asked ... whether he believed ..., said he would 'leave that ...'",
     agency statistics with "according to", a Border Patrol chief, DHS "said in a statement",
     an anonymous senior administration official and "The official added that", "According to
     district figures", a superintendent's message "said ... but warned that", an advocate's quote
     running over two paragraphs, relative clause "a policy advocates say has pushed", "The
     mayor's office said". Negatives: "announced an emergency grant", "described ... as",
     "criticized", a program name "the state calls", "had asked for".

Judgement calls:
- A participial gloss by the reporter after a claim ("..., making the startup one of the first
  companies ...") and an appositive after an attribution are not part of the content.
- "announced" / "described" / "criticized" / "asked for" with only a noun object are no claim;
  a cognition verb inside a question ("asked whether he believed the city had mismanaged ...")
  is no claim.
- One sentence with two cues for one speaker ("said A but warned that B", "said A but
  acknowledged that B", "said A but cautioned that B") gives two gold quotes sharing the speaker.
- "according to a post on the company's website" -> the company; "According to NHTSA data" ->
  NHTSA; "According to district figures" -> Denver Public Schools; "the city's Office of
  Emergency Management" -> "Denver Office of Emergency Management".
- "Prosecutors" in court stay "Prosecutors" (the lawyers), while "The district attorney's office"
  is the office; "The mayor's office" -> "Mayor Rebecca Lindholm's office" (as the dev set's
  "Governor Kathleen Morrow's office").
- Unnamed groups keep their noun phrase ("Several residents", "Industry analysts", "advocates",
  "Mescalero Apache tribal officials", "a bartender").

    python3 bench/data/news_blind_f.py   # prints docs and gold counts; writes nothing
"""
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from build_news_dev import Q, article  # noqa: E401,E702

WORDS = (450, 1300)
DOCS = []

# 1. State wildfire, curly quotes.
T = """
 date 2024-06-18 RUIDOSO, N.M. (AP) — A wind-driven wildfire tore through the mountains of southern New Mexico overnight, burning more than 24,000 acres, destroying at least 140 homes and forcing thousands of people to flee the village of Ruidoso and surrounding communities, officials said Tuesday.
The Salt Creek Fire, which started Monday afternoon on the Mescalero Apache Reservation, was 0% contained Tuesday morning, according to the New Mexico Forestry Division. Winds gusting to 60 mph grounded air tankers and helicopters for most of Monday, leaving ground crews unable to attack the flames directly, the agency said.
Gov. Adriana Salcedo declared a state of emergency in Lincoln and Otero counties and said she had asked the White House for a federal disaster declaration. A declaration would free up federal money for debris removal and temporary housing.
“This fire moved faster than anything our crews have seen in years,” Salcedo said at a briefing in Alamogordo. “Some families had 10 minutes to get out. Some had less.”
She said two people were unaccounted for and that search teams would begin going through burned neighborhoods as soon as it was safe. She declined to release their names or ages.
Salcedo urged people who live outside the evacuation zones to stay off the roads so that fire engines and evacuees could get through.
About 8,000 residents were under mandatory evacuation orders Tuesday, and another 3,500 had been told to be ready to leave, according to the Lincoln County Office of Emergency Management.
Dale Rourke, the incident commander for the Southwest Area Incident Management Team, said firefighters had spent the night protecting homes on the north side of the village, where the flames came within a quarter-mile of the hospital.
“We threw everything we had at that ridge, and it held,” Rourke said. “What worries me is tonight. We have about 600 people on this fire, and we could use twice that. Those resources are coming, but some of them are coming from as far away as Montana.
“Until they get here, we’re playing defense.”
The National Weather Service said a red flag warning would remain in effect for much of southern New Mexico through Wednesday evening, with humidity as low as 5% and wind gusts of up to 50 mph.
Carla Benavides, a meteorologist at the weather service’s office in Santa Teresa, said scattered thunderstorms were possible later in the week but warned that they could bring more lightning than rain.
“Dry lightning is the last thing anybody out here wants to hear about,” Benavides said.
At an evacuation shelter in the gymnasium of Alamogordo High School, residents described a frantic drive down the only road out of their neighborhoods, with flames visible on both sides.
Marisol Gutierrez, 63, said she grabbed her medications, her dog and a photo album and left everything else behind.
“You could see the fire coming over the hill like a wave,” she said. “My neighbor was out in the street yelling, ‘Go, go, go!’ I still don’t know if my house is standing.”
Several residents said they never received an emergency alert on their phones and learned of the evacuation order from neighbors or from social media.
Lincoln County Sheriff Ray Montoya said the county’s alert system sent messages to about 11,000 phones on Monday afternoon but acknowledged that some people in canyons with poor cell coverage may not have gotten them.
The cause of the fire is under investigation. It started near a utility right-of-way in what Mescalero Apache tribal officials said was a remote, rugged area with no road access.
Sierra Blanca Electric Cooperative, which serves much of the area, said in a statement that it had shut off power to about 4,200 customers as a precaution. A cooperative spokesperson declined to comment on whether its equipment was involved.
The fire also forced the cancellation of the village’s annual summer arts festival, known locally as “Mountain Days,” which usually draws about 20,000 visitors in late June.
___
Associated Press writer Tom Baca in Albuquerque contributed to this report.
"""
DOCS.append(article("bf-wildfire-new-mexico", T, [
    Q("communities, [[officials]] said Tuesday", "said", "A wind-driven wildfire tore through the mountains of southern New Mexico overnight, burning more than 24,000 acres, destroying at least 140 homes and forcing thousands of people to flee the village of Ruidoso and surrounding communities", "officials"),
    Q("according to the [[New Mexico Forestry Division]]", "according to", "The Salt Creek Fire, which started Monday afternoon on the Mescalero Apache Reservation, was 0% contained Tuesday morning", "New Mexico Forestry Division"),
    Q("[[the agency]] said.", "said", "Winds gusting to 60 mph grounded air tankers and helicopters for most of Monday, leaving ground crews unable to attack the flames directly", "New Mexico Forestry Division"),
    Q("Gov. [[Adriana Salcedo]] declared", "said", "she had asked the White House for a federal disaster declaration", "Adriana Salcedo"),
    Q("[[Salcedo]] said at a briefing", "said", "This fire moved faster than anything our crews have seen in years", "Adriana Salcedo"),
    Q(None, "said", "Some families had 10 minutes to get out. Some had less.", "Adriana Salcedo"),
    Q("[[She]] said two people", "said", "two people were unaccounted for and that search teams would begin going through burned neighborhoods as soon as it was safe", "Adriana Salcedo"),
    Q("according to the [[Lincoln County Office of Emergency Management]]", "according to", "About 8,000 residents were under mandatory evacuation orders Tuesday, and another 3,500 had been told to be ready to leave", "Lincoln County Office of Emergency Management"),
    Q("[[Dale Rourke]], the incident commander", "said", "firefighters had spent the night protecting homes on the north side of the village, where the flames came within a quarter-mile of the hospital", "Dale Rourke"),
    Q("[[Rourke]] said. “What", "said", "We threw everything we had at that ridge, and it held", "Dale Rourke"),
    Q(None, "said", "What worries me is tonight. We have about 600 people on this fire, and we could use twice that. Those resources are coming, but some of them are coming from as far away as Montana.", "Dale Rourke"),
    Q(None, "said", "Until they get here, we’re playing defense.", "Dale Rourke"),
    Q("[[The National Weather Service]] said a red flag", "said", "a red flag warning would remain in effect for much of southern New Mexico through Wednesday evening, with humidity as low as 5% and wind gusts of up to 50 mph", "National Weather Service"),
    Q("[[Carla Benavides]], a meteorologist", "said", "scattered thunderstorms were possible later in the week", "Carla Benavides"),
    Q("[[Carla Benavides]], a meteorologist", "warned", "they could bring more lightning than rain", "Carla Benavides"),
    Q("[[Benavides]] said.", "said", "Dry lightning is the last thing anybody out here wants to hear about", "Carla Benavides"),
    Q("[[Marisol Gutierrez]], 63", "said", "she grabbed her medications, her dog and a photo album and left everything else behind", "Marisol Gutierrez"),
    Q("wave,” [[she]] said", "said", "You could see the fire coming over the hill like a wave", "Marisol Gutierrez"),
    Q(None, "said", "My neighbor was out in the street yelling, ‘Go, go, go!’ I still don’t know if my house is standing.", "Marisol Gutierrez"),
    Q("[[Several residents]] said", "said", "they never received an emergency alert on their phones and learned of the evacuation order from neighbors or from social media", "Several residents"),
    Q("Sheriff [[Ray Montoya]] said", "said", "the county’s alert system sent messages to about 11,000 phones on Monday afternoon", "Ray Montoya"),
    Q("Sheriff [[Ray Montoya]] said", "acknowledged", "some people in canyons with poor cell coverage may not have gotten them", "Ray Montoya"),
    Q("what [[Mescalero Apache tribal officials]] said", "said", "was a remote, rugged area with no road access", "Mescalero Apache tribal officials"),
    Q("[[Sierra Blanca Electric Cooperative]], which serves", "said", "it had shut off power to about 4,200 customers as a precaution", "Sierra Blanca Electric Cooperative"),
], straight=False, words=WORDS))

# 2. Court sentencing, straight quotes.
T = """
 date 2023-11-09 WORCESTER, Mass. (AP) — A Shrewsbury man who was driving at nearly three times the legal alcohol limit when he crashed into a car carrying a mother and her 9-year-old son was sentenced Thursday to 14 to 18 years in state prison.
Kyle Brennan, 34, was convicted in September of two counts of motor vehicle homicide while under the influence and one count of leaving the scene of a crash causing death. The February 2022 crash on Route 9 in Westborough killed Natalie Ocasio, 38, and her son, Mateo.
Brennan's blood alcohol content was 0.23% when it was tested about two hours after the crash, according to court documents. The legal limit for drivers in Massachusetts is 0.08%.
Prosecutors said Brennan had been drinking for about six hours at a bar in Worcester before he got behind the wheel of his pickup truck, and that he drove away from the crash and was arrested at his home about 40 minutes later.
During the trial, a bartender testified that Brennan had been served at least nine drinks and that she had offered to call him a ride, which he turned down.
Worcester Superior Court Judge Helen Castellano said before imposing the sentence that Brennan had made "a series of choices, any one of which could have saved two lives."
"You chose to keep drinking. You chose to drive. And when you saw what you had done, you chose to leave," Castellano told Brennan, who stood at the defense table with his head bowed. "Those are not accidents."
Brennan's attorney, Michael Stavros, had asked for a sentence of eight to 10 years. In a sentencing memo, he argued that his client had been sober since the crash, had completed a 90-day inpatient treatment program and had "taken full responsibility for his actions."
"Kyle is not asking for mercy. He knows he doesn't deserve it," Stavros told the court. "What he is asking for is the chance, someday, to spend the rest of his life trying to make amends."
At trial, Stavros insisted that Brennan, who was dazed after his airbag deployed, did not realize he had struck another vehicle. Prosecutors countered that surveillance video from a gas station showed him getting out of the truck, looking at the wrecked car and driving off.
The jury deliberated for about five hours before finding him guilty on all counts.
Brennan, reading from a sheet of paper, apologized to the Ocasio family. "I think about Natalie and Mateo every single day," he said. "I would trade places with them if I could."
Several members of the Ocasio family addressed the court. Natalie Ocasio's sister, Daniela Reyes, said Mateo had been "the happiest kid in every room" and had just learned to ride a bike without training wheels.
"He was 9. He never got to be 10," Reyes said, holding up a photograph of the boy in a Little League uniform. "Now every one of his birthdays is a day we spend at the cemetery."
Natalie's husband, Luis Ocasio, who was not in the car, told the judge he had forgiven Brennan but could not forget what he had done.
"Forgiveness is for me, so I can keep living for my daughter," he said. "Justice is for you, judge. I'm trusting you with that."
In a statement after the hearing, Worcester County District Attorney Joseph Farrell said the sentence "reflects the enormity of what this family has lost" but that no prison term could undo the harm Brennan caused.
The district attorney's office said Brennan had been arrested twice before for drunken driving, in 2012 and 2016, and that neither case had resulted in a conviction. A spokesperson for the state Registry of Motor Vehicles said Brennan's license was suspended for 90 days after the 2016 arrest and reinstated the following year.
The crash prompted calls for tougher penalties. State Rep. Angela Marchetti, a Democrat from Westborough, has filed a bill known as "Mateo's Law" that would require ignition interlock devices for anyone arrested twice for drunken driving. Marchetti called Thursday's sentence "a start" and urged her colleagues to pass the bill before the end of the legislative session.
Stavros said after the hearing that his client would not appeal. Farrell's office declined to comment on whether it would seek changes to how repeat drunken-driving arrests are handled.
"""
DOCS.append(article("bf-court-dui-sentencing", T, [
    Q("according to [[court documents]]", "according to", "Brennan's blood alcohol content was 0.23% when it was tested about two hours after the crash", "court documents"),
    Q("[[Prosecutors]] said Brennan", "said", "Brennan had been drinking for about six hours at a bar in Worcester before he got behind the wheel of his pickup truck, and that he drove away from the crash and was arrested at his home about 40 minutes later", "Prosecutors"),
    Q("[[a bartender]] testified", "testified", "Brennan had been served at least nine drinks and that she had offered to call him a ride, which he turned down", "a bartender"),
    Q("Judge [[Helen Castellano]] said", "said", 'Brennan had made "a series of choices, any one of which could have saved two lives."', "Helen Castellano"),
    Q("[[Castellano]] told Brennan", "told", "You chose to keep drinking. You chose to drive. And when you saw what you had done, you chose to leave", "Helen Castellano"),
    Q(None, "told", "Those are not accidents.", "Helen Castellano"),
    Q("memo, [[he]] argued", "argued", 'his client had been sober since the crash, had completed a 90-day inpatient treatment program and had "taken full responsibility for his actions."', "Michael Stavros"),
    Q("[[Stavros]] told the court", "told", "Kyle is not asking for mercy. He knows he doesn't deserve it", "Michael Stavros"),
    Q(None, "told", "What he is asking for is the chance, someday, to spend the rest of his life trying to make amends.", "Michael Stavros"),
    Q("[[Stavros]] insisted", "insisted", "Brennan, who was dazed after his airbag deployed, did not realize he had struck another vehicle", "Michael Stavros"),
    Q("[[Prosecutors]] countered", "countered", "surveillance video from a gas station showed him getting out of the truck, looking at the wrecked car and driving off", "Prosecutors"),
    Q("day,\" [[he]] said", "said", "I think about Natalie and Mateo every single day", "Kyle Brennan"),
    Q(None, "said", "I would trade places with them if I could.", "Kyle Brennan"),
    Q("sister, [[Daniela Reyes]], said", "said", 'Mateo had been "the happiest kid in every room" and had just learned to ride a bike without training wheels', "Daniela Reyes"),
    Q("[[Reyes]] said, holding up", "said", "He was 9. He never got to be 10", "Daniela Reyes"),
    Q(None, "said", "Now every one of his birthdays is a day we spend at the cemetery.", "Daniela Reyes"),
    Q("husband, [[Luis Ocasio]], who", "told", "he had forgiven Brennan but could not forget what he had done", "Luis Ocasio"),
    Q("daughter,\" [[he]] said", "said", "Forgiveness is for me, so I can keep living for my daughter", "Luis Ocasio"),
    Q(None, "said", "Justice is for you, judge. I'm trusting you with that.", "Luis Ocasio"),
    Q("District Attorney [[Joseph Farrell]] said", "said", 'the sentence "reflects the enormity of what this family has lost" but that no prison term could undo the harm Brennan caused', "Joseph Farrell"),
    Q("[[The district attorney's office]] said", "said", "Brennan had been arrested twice before for drunken driving, in 2012 and 2016, and that neither case had resulted in a conviction", "Worcester County District Attorney's Office"),
    Q("A spokesperson for the state Registry of Motor Vehicles", "said", "Brennan's license was suspended for 90 days after the 2016 arrest and reinstated the following year", "spokesperson for the state Registry of Motor Vehicles"),
    Q("[[Stavros]] said after the hearing", "said", "his client would not appeal", "Michael Stavros"),
], straight=True, words=WORDS))

# 3. Technology/business, curly quotes.
T = """
 date 2025-03-04 DALLAS (AP) — Halyard Freight said Tuesday that it will begin hauling cargo with fully driverless tractor-trailers on Interstate 45 between Dallas and Houston later this month, making the Austin-based startup one of the first companies to run heavy trucks on a major U.S. highway with nobody on board.
The company said its trucks had logged more than 1.2 million miles on Texas highways over the past two years with a safety driver behind the wheel, and that none of those trips had ended in a crash in which its software was at fault.
At first, Halyard will run four round trips a day on the 240-mile route, hauling freight for retailers and parcel carriers it declined to name. It plans to add routes to San Antonio and El Paso by the end of the year, according to a post on the company’s website.
The trucks rely on a software system the company calls “Keel,” which combines cameras, radar and lidar sensors mounted on the cab.
“People have been talking about this moment for a decade, and we think we’re ready for it,” Halyard’s co-founder and chief executive, Priya Raman, said in an interview with The Associated Press. “We’re not doing this because it’s flashy. We’re doing it because our data says these trucks are safer than the average human driver.”
Raman said the trucks would drive only in daylight and in dry weather at first, would pull onto the shoulder and wait if their sensors detected heavy rain or fog, and would be monitored by a team of remote operators in Austin who cannot steer them.
Asked what would happen if one of the trucks was involved in a serious crash, Raman said: “We’ll do whatever the evidence tells us to do. If we find a problem, we’ll stop the trucks. That’s not a hard call.”
Texas is one of several states that allow self-driving vehicles to operate with no human on board, and companies do not need a state permit to do so. The Texas Department of Motor Vehicles said in an email that Halyard had briefed the agency on its plans but that the department had no authority to approve or block the launch.
The National Highway Traffic Safety Administration, which sets vehicle safety standards, said it was “in regular contact” with the company and would “not hesitate to act” if it found a safety risk.
Federal rules require companies to report crashes involving automated driving systems to the agency. According to NHTSA data, Halyard has reported three crashes since 2023, all of them minor and all involving a Halyard truck being hit by another vehicle.
The International Brotherhood of Teamsters, which has lobbied in Texas and other states for laws requiring a human operator in every autonomous truck, said the launch would put drivers and the public at risk.
“No one asked Texans whether they want 80,000-pound trucks with nobody behind the wheel barreling down I-45 next to their kids’ school bus,” said Ramon Ortiz, a Teamsters organizer in Houston. “A driver who’s run that road for 20 years knows where the construction zones are and where people cut you off. A computer is going to learn that the hard way.”
Ortiz called Halyard’s safety record “a marketing number” and said the union would ask the Legislature, which is in session in Austin, to take up a bill requiring human operators.
There are about 3.5 million professional truck drivers in the United States, according to the American Trucking Associations, which estimated last year that the industry was short about 60,000 drivers.
Raman said Halyard had no plans to replace drivers on local routes, where trucks must navigate city streets and loading docks, and that the company employs about 140 truck drivers itself. She denied that the company had chosen Texas to avoid stricter rules in California, where driverless heavy trucks are not yet allowed on public roads.
Industry analysts said the launch was a milestone but cautioned that the economics of driverless trucking remained unproven.
“Running four trucks a day on the easiest stretch of interstate in Texas is a great demo. It is not a business yet,” said Gwen Holloway, who follows autonomous vehicles for the research firm Meridian Mobility Partners. She predicted it would be at least five years before any company ran driverless trucks profitably at scale.
Halyard, which has raised about $1.1 billion from venture capital firms and a Japanese trading house, said in a filing ahead of a planned initial public offering that it lost $212 million in 2024 and expected to keep losing money for “the foreseeable future.”
Critics have taken to calling the trucks “ghost rigs” on social media.
“I’ll probably be the most nervous person on I-45 that morning,” said Raman, who plans to follow the first driverless run in a chase car.
"""
DOCS.append(article("bf-tech-driverless-trucks", T, [
    Q("[[Halyard Freight]] said Tuesday", "said", "it will begin hauling cargo with fully driverless tractor-trailers on Interstate 45 between Dallas and Houston later this month", "Halyard Freight"),
    Q("[[The company]] said its trucks", "said", "its trucks had logged more than 1.2 million miles on Texas highways over the past two years with a safety driver behind the wheel, and that none of those trips had ended in a crash in which its software was at fault", "Halyard Freight"),
    Q("according to [[a post on the company’s website]]", "according to", "It plans to add routes to San Antonio and El Paso by the end of the year", "Halyard Freight"),
    Q("chief executive, [[Priya Raman]], said", "said", "People have been talking about this moment for a decade, and we think we’re ready for it", "Priya Raman"),
    Q(None, "said", "We’re not doing this because it’s flashy. We’re doing it because our data says these trucks are safer than the average human driver.", "Priya Raman"),
    Q("[[Raman]] said the trucks", "said", "the trucks would drive only in daylight and in dry weather at first, would pull onto the shoulder and wait if their sensors detected heavy rain or fog, and would be monitored by a team of remote operators in Austin who cannot steer them", "Priya Raman"),
    Q("[[Raman]] said: “We’ll", "said", "We’ll do whatever the evidence tells us to do. If we find a problem, we’ll stop the trucks. That’s not a hard call.", "Priya Raman"),
    Q("[[The Texas Department of Motor Vehicles]] said", "said", "Halyard had briefed the agency on its plans but that the department had no authority to approve or block the launch", "Texas Department of Motor Vehicles"),
    Q("[[The National Highway Traffic Safety Administration]], which sets", "said", "it was “in regular contact” with the company and would “not hesitate to act” if it found a safety risk", "National Highway Traffic Safety Administration"),
    Q("According to [[NHTSA]] data", "according to", "Halyard has reported three crashes since 2023, all of them minor and all involving a Halyard truck being hit by another vehicle", "National Highway Traffic Safety Administration"),
    Q("[[The International Brotherhood of Teamsters]], which", "said", "the launch would put drivers and the public at risk", "International Brotherhood of Teamsters"),
    Q("said [[Ramon Ortiz]], a Teamsters", "said", "No one asked Texans whether they want 80,000-pound trucks with nobody behind the wheel barreling down I-45 next to their kids’ school bus", "Ramon Ortiz"),
    Q(None, "said", "A driver who’s run that road for 20 years knows where the construction zones are and where people cut you off. A computer is going to learn that the hard way.", "Ramon Ortiz"),
    Q("[[Ortiz]] called Halyard’s", "said", "the union would ask the Legislature, which is in session in Austin, to take up a bill requiring human operators", "Ramon Ortiz"),
    Q("according to the [[American Trucking Associations]], which", "according to", "There are about 3.5 million professional truck drivers in the United States", "American Trucking Associations"),
    Q("according to the [[American Trucking Associations]], which", "estimated", "the industry was short about 60,000 drivers", "American Trucking Associations"),
    Q("[[Raman]] said Halyard had no plans", "said", "Halyard had no plans to replace drivers on local routes, where trucks must navigate city streets and loading docks, and that the company employs about 140 truck drivers itself", "Priya Raman"),
    Q("[[She]] denied", "denied", "the company had chosen Texas to avoid stricter rules in California, where driverless heavy trucks are not yet allowed on public roads", "Priya Raman"),
    Q("[[Industry analysts]] said", "said", "the launch was a milestone", "Industry analysts"),
    Q("[[Industry analysts]] said", "cautioned", "the economics of driverless trucking remained unproven", "Industry analysts"),
    Q("said [[Gwen Holloway]], who follows", "said", "Running four trucks a day on the easiest stretch of interstate in Texas is a great demo. It is not a business yet", "Gwen Holloway"),
    Q("[[She]] predicted", "predicted", "it would be at least five years before any company ran driverless trucks profitably at scale", "Gwen Holloway"),
    Q("[[Halyard]], which has raised", "said", "it lost $212 million in 2024 and expected to keep losing money for “the foreseeable future.”", "Halyard Freight"),
    Q("said [[Raman]], who plans", "said", "I’ll probably be the most nervous person on I-45 that morning", "Priya Raman"),
], straight=False, words=WORDS))

# 4. Immigration policy, curly quotes.
T = """
 date 2024-02-07 DENVER (AP) — Colorado Gov. Martin Oyelaran and Denver Mayor Rebecca Lindholm clashed publicly Wednesday over who should pay to shelter the thousands of migrants who have arrived in the city in recent months, hours after federal officials announced an emergency grant far smaller than the one local leaders had sought.
The Federal Emergency Management Agency said Denver would receive $8.6 million through its Shelter and Services Program, which reimburses local governments for feeding and housing migrants released from federal custody. City officials had asked for $39 million.
Lindholm told reporters at City Hall that the grant would cover “about six weeks” of the city’s costs and that the state needed to do more.
“Denver did not create this crisis, and Denver cannot solve it alone. Every dollar we spend on shelter is a dollar we are not spending on our own residents, and I’m not going to pretend otherwise,” Lindholm said.
In a letter to Lindholm released Wednesday afternoon, Oyelaran wrote that the state had already spent about $14 million on transportation, health care and legal aid for migrants and that its budget, facing a projected shortfall, did not allow for more.
“The state has been a partner from day one,” Oyelaran wrote. “What the state cannot do is write a blank check for decisions the city made without consulting us.”
A spokesperson for the governor, Alana Briggs, described a phone call between the two leaders on Tuesday night as “frank.” They are scheduled to meet next week.
Oyelaran, asked at an unrelated event in Grand Junction whether he believed the city had mismanaged its response, said he would “leave that to the voters of Denver.”
More than 38,000 migrants, most of them from Venezuela, have arrived in Denver since December 2022, according to the city’s Office of Emergency Management. Many came on buses chartered by Texas as part of a border security initiative the state calls “Operation Lone Star.”
The number of people crossing the southern border illegally has fallen since December, when Border Patrol agents made about 250,000 arrests, the highest monthly total on record, according to U.S. Customs and Border Protection data.
In El Paso, Texas, where many of the migrants who end up in Denver cross the border, Border Patrol sector chief Anthony Ruelas said arrests fell by about 40% in January, partly because of cold weather and stepped-up enforcement by Mexican authorities.
“We see this every winter. The question is what happens in March and April,” Ruelas said at a news conference.
The Department of Homeland Security said in a statement that it had distributed more than $780 million in shelter grants to cities and states since last year and that Congress had not approved the additional money the administration requested.
A senior administration official, who spoke on condition of anonymity because the official was not authorized to discuss internal deliberations, said the White House was weighing whether to ask Congress again for shelter funding as part of a broader border package. The official added that no decision had been made.
The arrivals have also strained Denver Public Schools. According to district figures, the district has enrolled more than 3,800 newcomer students since the school year began in August.
Superintendent Naomi Castell said in a message to families last week that the district would open two more “newcomer centers” for recent arrivals and hire 60 additional English-language teachers, but warned that doing so would require cuts elsewhere.
“These children have every right to be in our classrooms, and we are going to teach them,” Castell said in an interview. “But our funding is based on enrollment counts from October, and most of these kids arrived after that.”
Immigrant advocates criticized both leaders.
“While the two of them argue about who’s paying, families are sleeping in cars in 20-degree weather,” said Jennifer Amaya, executive director of the Front Range Immigrant Alliance. “We have people calling our hotline every night asking where they can go, and most nights we don’t have an answer for them.
“Nobody in this city should have to choose between a shelter that’s full and a tent by the river.”
Lindholm last month limited shelter stays for single adults to 14 days, a policy advocates say has pushed hundreds of people onto the streets. The mayor’s office said the limit was needed to keep beds open for families with children, and that caseworkers were helping people find jobs and housing before their time ran out.
Federal law bars most asylum-seekers from working until at least 180 days after they file their applications. The City Council is scheduled to vote next month on a plan to open a city-run work-permit clinic.
"""
DOCS.append(article("bf-immigration-denver-shelters", T, [
    Q("[[The Federal Emergency Management Agency]] said", "said", "Denver would receive $8.6 million through its Shelter and Services Program, which reimburses local governments for feeding and housing migrants released from federal custody", "Federal Emergency Management Agency"),
    Q("[[Lindholm]] told reporters at City Hall", "told", "the grant would cover “about six weeks” of the city’s costs and that the state needed to do more", "Rebecca Lindholm"),
    Q("otherwise,” [[Lindholm]] said", "said", "Denver did not create this crisis, and Denver cannot solve it alone. Every dollar we spend on shelter is a dollar we are not spending on our own residents, and I’m not going to pretend otherwise", "Rebecca Lindholm"),
    Q("afternoon, [[Oyelaran]] wrote", "wrote", "the state had already spent about $14 million on transportation, health care and legal aid for migrants and that its budget, facing a projected shortfall, did not allow for more", "Martin Oyelaran"),
    Q("[[Oyelaran]] wrote. “What", "wrote", "The state has been a partner from day one", "Martin Oyelaran"),
    Q(None, "wrote", "What the state cannot do is write a blank check for decisions the city made without consulting us.", "Martin Oyelaran"),
    Q("[[Oyelaran]], asked at an unrelated event", "said", "he would “leave that to the voters of Denver.”", "Martin Oyelaran"),
    Q("according to [[the city’s Office of Emergency Management]]", "according to", "More than 38,000 migrants, most of them from Venezuela, have arrived in Denver since December 2022", "Denver Office of Emergency Management"),
    Q("according to [[U.S. Customs and Border Protection]] data", "according to", "The number of people crossing the southern border illegally has fallen since December, when Border Patrol agents made about 250,000 arrests, the highest monthly total on record", "U.S. Customs and Border Protection"),
    Q("sector chief [[Anthony Ruelas]] said", "said", "arrests fell by about 40% in January, partly because of cold weather and stepped-up enforcement by Mexican authorities", "Anthony Ruelas"),
    Q("[[Ruelas]] said at a news conference", "said", "We see this every winter. The question is what happens in March and April", "Anthony Ruelas"),
    Q("[[The Department of Homeland Security]] said", "said", "it had distributed more than $780 million in shelter grants to cities and states since last year and that Congress had not approved the additional money the administration requested", "Department of Homeland Security"),
    Q("A senior administration official", "said", "the White House was weighing whether to ask Congress again for shelter funding as part of a broader border package", "A senior administration official"),
    Q("[[The official]] added", "added", "no decision had been made", "A senior administration official"),
    Q("According to [[district figures]]", "according to", "the district has enrolled more than 3,800 newcomer students since the school year began in August", "Denver Public Schools"),
    Q("Superintendent [[Naomi Castell]] said", "said", "the district would open two more “newcomer centers” for recent arrivals and hire 60 additional English-language teachers", "Naomi Castell"),
    Q("Superintendent [[Naomi Castell]] said", "warned", "doing so would require cuts elsewhere", "Naomi Castell"),
    Q("[[Castell]] said in an interview", "said", "These children have every right to be in our classrooms, and we are going to teach them", "Naomi Castell"),
    Q(None, "said", "But our funding is based on enrollment counts from October, and most of these kids arrived after that.", "Naomi Castell"),
    Q("said [[Jennifer Amaya]], executive director", "said", "While the two of them argue about who’s paying, families are sleeping in cars in 20-degree weather", "Jennifer Amaya"),
    Q(None, "said", "We have people calling our hotline every night asking where they can go, and most nights we don’t have an answer for them.", "Jennifer Amaya"),
    Q(None, "said", "Nobody in this city should have to choose between a shelter that’s full and a tent by the river.", "Jennifer Amaya"),
    Q("a policy [[advocates]] say", "say", "has pushed hundreds of people onto the streets", "advocates"),
    Q("[[The mayor’s office]] said", "said", "the limit was needed to keep beds open for families with children, and that caseworkers were helping people find jobs and housing before their time ran out", "Mayor Rebecca Lindholm’s office"),
], straight=False, words=WORDS))


if __name__ == "__main__":
    print(f"{len(DOCS)} docs")
    for d in DOCS:
        print(f"{d['id']}: {len(d['text'].split())} words, {len(d['quotes'])} gold quotes")
