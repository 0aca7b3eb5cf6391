#!/usr/bin/env python3
"""Fresh unseen evaluation articles, batch A ("fa-" ids): 4 invented news articles (people,
companies and the events are fictional; countries, agencies and well-known institutions are
real) annotated with gold attributed quotes in the conventions of build_news_dev.py.

Styles:
1. fa-feature-repair-cafe: magazine feature, curly quotes, PRESENT tense ("says", "she says,
   laughing"), "says X, who ...", em-dash interruptions and ellipses inside quotes, a
   colon-introduced quote ("She puts it simply: ..."), quote paragraphs with no cue that continue
   the previous speaker, a woman who speaks as "she" before being named late ("says the woman,
   Ana Reyes, 61"), quotes inside quotes, "what he estimates is ...".
2. fa-tech-payments-outage: tech/business news, straight quotes, company outage: "wrote in a post
   on X", "posted on LinkedIn", "the company said in a blog post", "according to a filing with the
   Securities and Exchange Commission", "a spokesperson, who declined to be named, said", a CEO by
   surname then "the executive", analysts "said in a note to clients" then "they wrote", product
   name in quotes, "Asked whether ..., he said ...", "a practice he said ...", headline.
3. fa-obit-naturalist: obituary with the " date " header, curly quotes: "his daughter, X, said",
   "said in a statement released by the family", "recalled", an archival "told The Boston Globe in
   2015 that" + "he said then", titles of books and a TV series in quotes, a nickname in quotes,
   "according to his daughter", "grumbled that", "called X Y" and "described him as" negatives.
4. fa-wire-redsea-diplomacy: Reuters diplomatic wire with the " date " header and "BEIJING
   (Reuters) -" dateline, straight quotes: translated quotes ("speaking through an interpreter",
   "according to an official English translation"), "told state broadcaster CCTV", "the foreign
   ministry said in a statement", "ministry spokesperson Wang Lixia told a regular briefing", "a
   Western diplomat ..., speaking on condition of anonymity", "according to a readout from the
   White House", Chinese family-name-first names, Arabic names with al-, "said ..., adding that A
   and that B", "what the group says is", "quoted X as saying", "told Reuters ..., noting that".

Judgement calls:
- Relative-clause attributions follow the seed's "what Ukrainian authorities said were artillery
  strikes" (content starts at the verb after the cue): "what he estimates is a decade of crumbs" ->
  "is a decade of crumbs"; "what the group says is a campaign ..." -> "is a campaign ...";
  "a practice he said the company would abandon" -> "the company would abandon".
- A speaker who is "she" before being named later ("says the woman, Ana Reyes, 61") gets the
  later name as canonical for the earlier quotes too.
- "She puts it simply: “...”" is a quote with cue "puts it".
- Quotes inside quotes and nested reports ("the woman on the phone told me, ‘...’", "Xinhua
  reported that Liang had told Price that ...") are annotated at the outer level only, as in the
  holdout set.
- "X said A, adding that B and that C" -> two gold quotes (A; "B and that C"), as in the seed.
  "X told Reuters that A, noting that B" likewise. "Sen. X called ... and said B" -> only B.
- "Asked whether ..., he said ..." -> content is only what he said, not the question; narration
  after it ("but stopped short of ...") is not content.
- Documents speak for themselves (holdout convention): "according to a filing with the SEC" ->
  "filing with the Securities and Exchange Commission"; "according to a readout from the White
  House" -> "White House readout"; "according to a joint statement" -> "joint statement".
  "the company said in a blog post" and "In the post, Tillwave said" -> the company.
- "quoted X as saying" -> speaker X, cue "saying". "according to his daughter" -> her name.
  "some scientists grumbled that" is a claim (cue "grumbled").
- Canonical names: nickname dropped (Thomas “Tuck” Varney -> "Thomas Varney"); Chinese names kept
  in family-name-first order ("Liang Wenhao"); Arabic "al-" kept ("Khalid al-Mutairi"); "the
  foreign ministry" in a Beijing story -> "Chinese foreign ministry".
- Negatives, on purpose: headline with "routine update", titles ("Designed to Die", "Fix It
  Forward", book/series titles), nickname "Tuck", slogan "right to repair", product "Till
  Anywhere", rates the stock "buy", "calls the café ...", "called the outage ...", "called
  “The Tidal Year” ...", "described him as", "dismissed the proposal as", "declined to comment",
  "declined to say", "urged", an indirect question ("asked whether ...") and "apologized".

    python3 bench/data/news_fresh_a.py   # prints doc and gold-quote counts
"""
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from build_news_dev import Q, article  # noqa: E401,E702,E402

WORDS = (350, 1100)
DOCS = []

# 1. Magazine feature, present tense, curly quotes.
T = """
The Fixers of Calder Street
On the second Saturday of every month, the basement of St. Brendan’s parish hall in Rockford, Illinois, fills with broken things: lamps with frayed cords, a child’s ride-on tractor, a sewing machine that last worked during the Carter administration.
By 9 a.m. the line reaches the parking lot. By noon, a small crew of volunteers — retired machinists, an engineering student, a former television repairman — has opened, tested and, more often than not, revived about 60 of them.
“We thought — honestly, we thought nobody would come,” says Gloria Tran, who started the Calder Street Repair Café in 2019 with her late husband, Ed. “We set up four tables and a coffee pot, and then we sat there for an hour. ... And then a man walked in carrying a vacuum cleaner, and that was it. That was the beginning.”
A woman in a yellow raincoat sets a toaster on the counter at the first table. It is chrome, rounded at the corners, older than most of the people in the room.
“It was my mother’s,” she says, running a thumb along its side. “Everybody tells me to buy a new one. They’re twenty dollars. But it wouldn’t be this toaster.”
Across the table, Dennis Okafor, a retired tool-and-die maker, turns the toaster over, removes four screws and shakes out what he estimates is a decade of crumbs.
“Heating element’s fine,” he says, squinting into the slot. “It’s the spring on the lever. ... Give me ten minutes.”
It takes twelve. When the lever finally catches and the coils glow orange, a small cheer goes up from the next table.
“I’ve been coming since the first month,” says the woman, Ana Reyes, 61, a school bus driver who lives six blocks from the church. “Half the time I don’t even have anything broken. I come for the coffee and the company.”
“My husband used to fix everything in our house. When he passed, things just ... stayed broken. This place sort of picked that up for me.”
Repair cafés began in Amsterdam in 2009 and now number more than 2,500 worldwide, according to the Repair Café International Foundation, the Dutch nonprofit that supports them. In the United States, the movement has become tangled up with “right to repair,” the campaign to force manufacturers to make parts, manuals and diagnostic tools available to ordinary owners.
Tran is wary of that fight.
“People want me to stand up at the statehouse and give speeches,” she says. “I’m not a speech person. I’m a person with a soldering iron.”
Still, she says some of what comes through the door makes her furious: printers that quit after a set number of pages, phones glued shut, a coffee maker that flashes an error code only the manufacturer can clear.
Her volunteers share the frustration. Marcus Bell, a 22-year-old engineering student at Northern Illinois University, keeps a running list on his phone that he has titled “Designed to Die.”
“Last month a guy brought in a blender, and the motor was fine — totally fine — and the only thing wrong was a plastic gear that costs maybe 40 cents to make,” Bell says. “I called the company, and the woman on the phone told me, ‘We don’t offer replacement parts for that model, sir.’ So I printed one.”
Bell estimates he has made more than 200 replacement parts on a 3D printer he keeps in his dorm room. The parish’s pastor, the Rev. Thomas Kiley, calls the café “the best-attended thing we do that isn’t a funeral.”
Researchers are careful not to oversell what a few folding tables can accomplish. Kathleen Moore, who studies consumer waste at the University of Illinois Urbana-Champaign, says repair events divert only a sliver of household trash but can change how people think about the things they own.
“You are not going to solve electronic waste one toaster at a time, but people leave these events thinking differently about the next thing they buy, and that matters ... that actually matters a great deal,” she says.
For Okafor, the appeal is less about statistics than about a kind of order he remembers. “I spent 38 years making dies for parts that got thrown away,” says Okafor, who is 74 and drives in from Belvidere. “This is my penance.”
“When I was a kid — and I know this is an old man talking — when I was a kid, you didn’t throw anything out. You fixed it, or you gave it to somebody who could.”
Tran, who is 58, worries about what happens when the old machinists stop coming. Aside from Bell, the youngest regular volunteer is 49. She has started a waiting list for an apprenticeship program she calls “Fix It Forward,” pairing teenagers with retirees.
Asked what her husband would make of the place now, she doesn’t hesitate. She puts it simply: “He’d say we need more tables.”
“Ed always told people, ‘The café isn’t the tables, it’s the people,’” she says, laughing. “He was a little corny. He was also right.”
"""
DOCS.append(article("fa-feature-repair-cafe", T, [
    Q("says [[Gloria Tran]], who started", "says", "We thought — honestly, we thought nobody would come", "Gloria Tran"),
    Q(None, "says", "We set up four tables and a coffee pot, and then we sat there for an hour. ... And then a man walked in carrying a vacuum cleaner, and that was it. That was the beginning.", "Gloria Tran"),
    Q("mother’s,” [[she]] says", "says", "It was my mother’s", "Ana Reyes"),
    Q(None, "says", "Everybody tells me to buy a new one. They’re twenty dollars. But it wouldn’t be this toaster.", "Ana Reyes"),
    Q("what [[he]] estimates is", "estimates", "is a decade of crumbs", "Dennis Okafor"),
    Q("fine,” [[he]] says", "says", "Heating element’s fine", "Dennis Okafor"),
    Q(None, "says", "It’s the spring on the lever. ... Give me ten minutes.", "Dennis Okafor"),
    Q("the woman, [[Ana Reyes]], 61", "says", "I’ve been coming since the first month", "Ana Reyes"),
    Q(None, "says", "Half the time I don’t even have anything broken. I come for the coffee and the company.", "Ana Reyes"),
    Q(None, "says", "My husband used to fix everything in our house. When he passed, things just ... stayed broken. This place sort of picked that up for me.", "Ana Reyes"),
    Q("the Repair Café International Foundation", "according to", "Repair cafés began in Amsterdam in 2009 and now number more than 2,500 worldwide", "Repair Café International Foundation"),
    Q("speeches,” [[she]] says", "says", "People want me to stand up at the statehouse and give speeches", "Gloria Tran"),
    Q(None, "says", "I’m not a speech person. I’m a person with a soldering iron.", "Gloria Tran"),
    Q("Still, [[she]] says", "says", "some of what comes through the door makes her furious: printers that quit after a set number of pages, phones glued shut, a coffee maker that flashes an error code only the manufacturer can clear", "Gloria Tran"),
    Q("[[Bell]] says. “I called", "says", "Last month a guy brought in a blender, and the motor was fine — totally fine — and the only thing wrong was a plastic gear that costs maybe 40 cents to make", "Marcus Bell"),
    Q(None, "says", "I called the company, and the woman on the phone told me, ‘We don’t offer replacement parts for that model, sir.’ So I printed one.", "Marcus Bell"),
    Q("[[Bell]] estimates he has", "estimates", "he has made more than 200 replacement parts on a 3D printer he keeps in his dorm room", "Marcus Bell"),
    Q("[[Kathleen Moore]], who studies", "says", "repair events divert only a sliver of household trash but can change how people think about the things they own", "Kathleen Moore"),
    Q("deal,” [[she]] says", "says", "You are not going to solve electronic waste one toaster at a time, but people leave these events thinking differently about the next thing they buy, and that matters ... that actually matters a great deal", "Kathleen Moore"),
    Q("says [[Okafor]], who is 74", "says", "I spent 38 years making dies for parts that got thrown away", "Dennis Okafor"),
    Q(None, "says", "This is my penance.", "Dennis Okafor"),
    Q(None, "says", "When I was a kid — and I know this is an old man talking — when I was a kid, you didn’t throw anything out. You fixed it, or you gave it to somebody who could.", "Dennis Okafor"),
    Q("[[She]] puts it simply", "puts it", "He’d say we need more tables.", "Gloria Tran"),
    Q("people,’” [[she]] says, laughing", "says", "Ed always told people, ‘The café isn’t the tables, it’s the people,’", "Gloria Tran"),
    Q(None, "says", "He was a little corny. He was also right.", "Gloria Tran"),
], straight=False, words=WORDS))

# 2. Tech/business news, company outage, straight quotes.
T = """
Tillwave blames "routine update" for nine-hour outage that froze restaurant payments
Tillwave Inc., whose cloud software runs the checkout counters at more than 140,000 restaurants and shops in North America, said on Wednesday that a faulty software update was to blame for an outage that left many of its customers unable to accept card payments for most of Tuesday.
The disruption began at about 11:40 a.m. Eastern time, just as the lunch rush was starting on the East Coast, and was not fully resolved until after 8 p.m., the company said in a blog post. In the post, Tillwave said an update to the system that authorizes card transactions had "introduced a configuration error that caused a cascading failure across our payment network."
Reports of problems peaked at more than 38,000 shortly after noon, according to Downdetector, a website that tracks outages.
Chief Executive Daniel Ferrante apologized late Tuesday. "There is no excuse for this. We let down people whose margins are already razor thin, in the middle of their lunch service," Ferrante wrote in a post on X. He said the company would credit affected merchants for a full month of subscription fees.
On a call with reporters on Wednesday, the executive said the update had passed internal testing but had been pushed to all customers at once rather than in stages, a practice he said the company would abandon.
"We had the right safeguards on paper. We didn't follow them," he said.
Asked whether Tillwave would compensate merchants for lost sales beyond the fee credit, he said the company would review such claims "on a case-by-case basis" but stopped short of promising payouts. Asked whether anyone would lose their job over the failure, the executive said: "I'm not going to stand up here and blame an engineer. The process failed, and the process is my responsibility."
Restaurant owners scrambled to keep serving. Keisha Morrow, who owns two barbecue restaurants in Durham, North Carolina, posted on LinkedIn that her staff had written customers' phone numbers on napkins and "trusted them to Venmo us later." Most of them did, she said.
Others were less forgiving.
"I lost probably $6,000 in sales, and a month of fees doesn't come close," said Omar Haddad, who runs a cafe and bakery in Dearborn, Michigan, and has used Tillwave since 2018. "I'm already taking calls from other vendors."
Tillwave, which went public in 2021, processed about $61 billion in payments last year, according to a filing with the Securities and Exchange Commission. In the same filing, the company warned that a prolonged outage could lead merchants to switch to rival providers and expose it to claims for lost revenue.
A Tillwave spokesperson, who declined to be named, said the company had found no evidence of a cyberattack and that no cardholder data had been exposed. The spokesperson would not say how many merchants had been affected. Visa and Mastercard declined to comment.
Merchants who had switched on an offline mode, which Tillwave markets as "Till Anywhere," were able to keep taking cards and upload the transactions once the system recovered. But the feature is off by default and costs extra, and many smaller customers said they had never heard of it.
Analysts at Brightline Securities said in a note to clients that the outage was unlikely to trigger a mass exodus in the near term, because switching point-of-sale systems is costly and disruptive for restaurants. "But it hands every competitor a ready-made sales pitch for the next year," they wrote.
Rosa Delgado, an analyst at Fenwick & Co. who rates the stock "buy," said the bigger risk was regulatory.
"Payments are critical infrastructure now. When a lunch counter in Ohio can't take a card for nine hours, somebody in Washington is going to ask why," she said.
Sen. Maria Castellanos, a Democrat from New Mexico, called the outage "a wake-up call" and said she would ask the company to brief her staff.
Tillwave shares fell 7.2% on Wednesday, their biggest one-day drop since March. The stock has lost about 30% of its value this year amid concerns about slowing growth.
In a second post on X on Wednesday evening, Ferrante wrote that the company would publish a full technical account of the failure within 30 days.
"""
DOCS.append(article("fa-tech-payments-outage", T, [
    Q("[[Tillwave Inc.]], whose cloud", "said", "a faulty software update was to blame for an outage that left many of its customers unable to accept card payments for most of Tuesday", "Tillwave Inc."),
    Q("[[the company]] said in a blog post", "said", "The disruption began at about 11:40 a.m. Eastern time, just as the lunch rush was starting on the East Coast, and was not fully resolved until after 8 p.m.", "Tillwave Inc."),
    Q("In the post, [[Tillwave]] said", "said", 'an update to the system that authorizes card transactions had "introduced a configuration error that caused a cascading failure across our payment network."', "Tillwave Inc."),
    Q("Downdetector", "according to", "Reports of problems peaked at more than 38,000 shortly after noon", "Downdetector"),
    Q("[[Ferrante]] wrote in a post on X", "wrote", "There is no excuse for this. We let down people whose margins are already razor thin, in the middle of their lunch service", "Daniel Ferrante"),
    Q("[[He]] said the company would credit", "said", "the company would credit affected merchants for a full month of subscription fees", "Daniel Ferrante"),
    Q("[[the executive]] said the update", "said", "the update had passed internal testing but had been pushed to all customers at once rather than in stages", "Daniel Ferrante"),
    Q("a practice [[he]] said", "said", "the company would abandon", "Daniel Ferrante"),
    Q("them,\" [[he]] said", "said", "We had the right safeguards on paper. We didn't follow them", "Daniel Ferrante"),
    Q("fee credit, [[he]] said", "said", 'the company would review such claims "on a case-by-case basis"', "Daniel Ferrante"),
    Q("[[the executive]] said: \"I'm", "said", "I'm not going to stand up here and blame an engineer. The process failed, and the process is my responsibility.", "Daniel Ferrante"),
    Q("[[Keisha Morrow]], who owns", "posted", 'her staff had written customers\' phone numbers on napkins and "trusted them to Venmo us later."', "Keisha Morrow"),
    Q("Most of them did, [[she]] said", "said", "Most of them did", "Keisha Morrow"),
    Q("said [[Omar Haddad]], who runs", "said", "I lost probably $6,000 in sales, and a month of fees doesn't come close", "Omar Haddad"),
    Q(None, "said", "I'm already taking calls from other vendors.", "Omar Haddad"),
    Q("a filing with the Securities and Exchange Commission", "according to", "Tillwave, which went public in 2021, processed about $61 billion in payments last year", "filing with the Securities and Exchange Commission"),
    Q("[[the company]] warned", "warned", "a prolonged outage could lead merchants to switch to rival providers and expose it to claims for lost revenue", "Tillwave Inc."),
    Q("[[A Tillwave spokesperson]], who declined", "said", "the company had found no evidence of a cyberattack and that no cardholder data had been exposed", "Tillwave spokesperson"),
    Q("[[many smaller customers]] said", "said", "they had never heard of it", "many smaller customers"),
    Q("[[Analysts at Brightline Securities]] said", "said", "the outage was unlikely to trigger a mass exodus in the near term, because switching point-of-sale systems is costly and disruptive for restaurants", "Analysts at Brightline Securities"),
    Q("year,\" [[they]] wrote", "wrote", "But it hands every competitor a ready-made sales pitch for the next year", "Analysts at Brightline Securities"),
    Q("[[Rosa Delgado]], an analyst", "said", "the bigger risk was regulatory", "Rosa Delgado"),
    Q("why,\" [[she]] said", "said", "Payments are critical infrastructure now. When a lunch counter in Ohio can't take a card for nine hours, somebody in Washington is going to ask why", "Rosa Delgado"),
    Q("Sen. [[Maria Castellanos]], a Democrat", "said", "she would ask the company to brief her staff", "Maria Castellanos"),
    Q("[[Ferrante]] wrote that", "wrote", "the company would publish a full technical account of the failure within 30 days", "Daniel Ferrante"),
], straight=True, words=WORDS))

# 3. Obituary with the " date " header, curly quotes.
T = """ date 2024-02-11 Thomas “Tuck” Varney, a self-taught naturalist whose books and public television films taught a generation of New Englanders to look closely at salt marshes, tide pools and the muddy edges of their own coastline, died on Feb. 8 at his home in Ipswich, Massachusetts. He was 87.
The cause was complications of Parkinson’s disease, his daughter, Claire Varney Holt, said.
Mr. Varney wrote or co-wrote 14 books, beginning with “The Tidal Year” (1974), a month-by-month account of a single acre of marsh along the Essex River that became an unlikely regional best seller. From 1981 to 1993 he was the host of “Edge of the Tide,” a WGBH series that followed him, usually in hip waders and a frayed canvas hat, as he crouched over periwinkles and horseshoe crabs.
“Dad spent his whole life kneeling in the mud so that the rest of us could see what was down there,” his son, Peter Varney, said in a statement released by the family. “He would want people to go outside today, whatever the weather.”
Thomas Edward Varney was born on May 3, 1936, in Lowell, Mass., the youngest of five children of a textile mill loom fixer and a school cafeteria worker. He wrote in his 1998 memoir, “Mudflat Boy,” that he had been expelled from two high schools for truancy, most of it spent fishing for eels below the Pawtucket Falls.
He never finished college. After two years in the Army, he worked as a surveyor’s assistant and a lobsterman before taking a job as a groundskeeper at a nature preserve in Ipswich, where he began keeping the notebooks that became his first book.
“He didn’t have a single credential, and he knew more about that marsh than anyone with a doctorate,” said Miriam Castellano, a retired marine biologist at the Woods Hole Oceanographic Institution who advised him on several of his films.
Dr. Castellano recalled that he once spent 11 hours in a blind in a November rain, waiting for a pair of great blue herons that had abandoned their nest to return. They did, just before dark.
“He never complained. He’d pass you the thermos and say, ‘She’ll come back. They always come back,’” she said. “And he was usually right, which was very annoying.”
Mr. Varney was skeptical of the labels that followed him for much of his career. He told The Boston Globe in 2015 that he had never thought of himself as a scientist or an environmentalist.
“I’m a noticer,” he said then. “That’s all it is. Anybody can do it, if they’ll slow down long enough.”
Critics were mostly kind. A reviewer for The New York Times called “The Tidal Year” “a small miracle of attention,” and the book remained in print for nearly five decades. But some scientists grumbled that his films romanticized the marshes and paid too little attention to pollution and development.
Joan Pelletier, who produced “Edge of the Tide” for its entire run, said that criticism stung him, and that it pushed the later seasons toward harder subjects: sewage outfalls, dredging, the decline of the region’s shellfish beds.
“Tuck hated being preachy. He thought the second you lectured people, they stopped looking,” Ms. Pelletier said. “But by the end he was angry, and he let it show.”
In 1989, after the series aired an episode on a proposed marina in Plum Island Sound, the developer sued WGBH for defamation. The suit was dismissed the next year. The station said at the time that it stood by “every frame” of the episode.
Friends described him as stubborn, funny and almost pathologically punctual. He answered letters from children by hand, often enclosing a pressed sprig of sea lavender, according to his daughter.
His wife of 51 years, the former Ellen Marchetti, died in 2011. In addition to his daughter and son, he is survived by a sister, Dorothy Keane; five grandchildren; and two great-grandchildren.
One of those grandchildren, Nora Holt, 19, said her grandfather had taught her to identify 30 kinds of seaweed before she could ride a bicycle.
“He would quiz me in the car,” she said. “Even at the end, when he couldn’t really talk anymore, he would point at things out the window and wait for me to name them.”
His last book, “Small Hours on the Marsh,” was published in 2019. In its final pages, he wrote that he hoped to be remembered “not for anything I said, but for the places I got people to stand.”
"""
DOCS.append(article("fa-obit-naturalist", T, [
    Q("his daughter, [[Claire Varney Holt]], said", "said", "The cause was complications of Parkinson’s disease", "Claire Varney Holt"),
    Q("his son, [[Peter Varney]], said in a statement", "said", "Dad spent his whole life kneeling in the mud so that the rest of us could see what was down there", "Peter Varney"),
    Q(None, "said", "He would want people to go outside today, whatever the weather.", "Peter Varney"),
    Q("[[He]] wrote in his 1998 memoir", "wrote", "he had been expelled from two high schools for truancy, most of it spent fishing for eels below the Pawtucket Falls", "Thomas Varney"),
    Q("said [[Miriam Castellano]], a retired", "said", "He didn’t have a single credential, and he knew more about that marsh than anyone with a doctorate", "Miriam Castellano"),
    Q("Dr. [[Castellano]] recalled", "recalled", "he once spent 11 hours in a blind in a November rain, waiting for a pair of great blue herons that had abandoned their nest to return", "Miriam Castellano"),
    Q("back,’” [[she]] said", "said", "He never complained. He’d pass you the thermos and say, ‘She’ll come back. They always come back,’", "Miriam Castellano"),
    Q(None, "said", "And he was usually right, which was very annoying.", "Miriam Castellano"),
    Q("[[He]] told The Boston Globe", "told", "he had never thought of himself as a scientist or an environmentalist", "Thomas Varney"),
    Q("noticer,” [[he]] said then", "said", "I’m a noticer", "Thomas Varney"),
    Q(None, "said", "That’s all it is. Anybody can do it, if they’ll slow down long enough.", "Thomas Varney"),
    Q("[[some scientists]] grumbled", "grumbled", "his films romanticized the marshes and paid too little attention to pollution and development", "some scientists"),
    Q("[[Joan Pelletier]], who produced", "said", "that criticism stung him, and that it pushed the later seasons toward harder subjects: sewage outfalls, dredging, the decline of the region’s shellfish beds", "Joan Pelletier"),
    Q("Ms. [[Pelletier]] said", "said", "Tuck hated being preachy. He thought the second you lectured people, they stopped looking", "Joan Pelletier"),
    Q(None, "said", "But by the end he was angry, and he let it show.", "Joan Pelletier"),
    Q("[[The station]] said at the time", "said", "it stood by “every frame” of the episode", "WGBH"),
    Q("according to [[his daughter]]", "according to", "He answered letters from children by hand, often enclosing a pressed sprig of sea lavender", "Claire Varney Holt"),
    Q("[[Nora Holt]], 19, said", "said", "her grandfather had taught her to identify 30 kinds of seaweed before she could ride a bicycle", "Nora Holt"),
    Q("car,” [[she]] said", "said", "He would quiz me in the car", "Nora Holt"),
    Q(None, "said", "Even at the end, when he couldn’t really talk anymore, he would point at things out the window and wait for me to name them.", "Nora Holt"),
    Q("[[he]] wrote that he hoped", "wrote", "he hoped to be remembered “not for anything I said, but for the places I got people to stand.”", "Thomas Varney"),
], straight=False, words=WORDS))

# 4. Reuters diplomatic wire with the " date " header, straight quotes.
T = """ date 2024-05-17 BEIJING (Reuters) - China and Saudi Arabia on Friday proposed a regional framework to protect commercial shipping in the Red Sea, with Chinese Foreign Minister Liang Wenhao saying Beijing was prepared to "play a constructive role" in ending attacks that have disrupted one of the world's busiest trade routes.
The proposal, announced after talks in Beijing between Liang and Saudi Foreign Minister Khalid al-Mutairi, calls for a standing forum of Red Sea and Gulf of Aden coastal states to coordinate maritime security, share intelligence on threats to vessels and set up a joint rescue center, according to a joint statement released by the two sides.
"Security in the Red Sea concerns the common interests of all countries. No country should treat it as its private lake," Liang told state broadcaster CCTV after the meeting. He said the two sides had reached "a high degree of consensus" on the framework, adding that China did not seek to replace or compete with any existing naval mission in the region.
Mutairi, speaking through an interpreter at a joint news conference, said the initiative was open to all coastal states, adding that Riyadh had briefed Washington in advance and that the kingdom viewed the framework as complementary to the U.S.-led naval coalition already operating in the area.
"We are not choosing between friends. We are choosing stability," Mutairi said, according to an official English translation of his remarks.
Yemen's Houthi movement has attacked dozens of merchant ships since November, according to the U.S. military, in what the group says is a campaign of solidarity with Palestinians in Gaza. Traffic through the Suez Canal has fallen by about half since December, Egyptian officials have said.
The foreign ministry said in a statement late on Friday that Liang would travel to Cairo and Djibouti next week to brief officials there on the proposal.
Asked whether Beijing had consulted Tehran, which backs the Houthis, ministry spokesperson Wang Lixia told a regular briefing that China "maintains communication with all relevant parties." She declined to say whether Liang had spoken directly with Iranian officials, and urged "countries outside the region" to stop "fanning the flames."
"The Red Sea should be a sea of peace and cooperation, not an arena for geopolitical games," Wang said.
A Western diplomat in Beijing, speaking on condition of anonymity because of the sensitivity of the matter, said the proposal was "long on principles and short on ships," but that Washington was unlikely to oppose it openly.
"Nobody in the region wants to be seen saying no to more security," the diplomat said.
U.S. National Security Adviser Gregory Price spoke by phone with Liang on Thursday, on the eve of the Saudi visit. According to a readout from the White House, the two discussed the Red Sea and "the importance of freedom of navigation for all nations." The official Xinhua news agency reported that Liang had told Price that Washington should "stop hyping up" tensions in the region.
Iran's official IRNA news agency quoted foreign ministry spokesman Hossein Amirzadeh as saying Tehran "welcomes any initiative by regional countries that respects the sovereignty of Yemen."
The Houthis were less receptive. A spokesman for the group, Yahya al-Murtada, wrote on X that its operations would continue "until the aggression on Gaza stops" and that no maritime arrangement would change that. Murtada dismissed the Beijing proposal as "theater."
Gao Shuyun, a Middle East specialist at Peking University, told Reuters that Beijing's interest was primarily economic, noting that more than 60% of China's exports to Europe normally pass through the Red Sea and the Suez Canal.
"China is not going to send aircraft carriers. What it can offer is convening power, and money for ports," Gao said.
The official Saudi Press Agency said Mutairi and Liang had also discussed the war in Gaza and agreed to hold a second round of consultations in Riyadh before the end of the year.
(Reporting by Zhang Yiran in Beijing and Aziz El Yaakoubi in Riyadh; Editing by Peter Lindqvist)
"""
DOCS.append(article("fa-wire-redsea-diplomacy", T, [
    Q("Foreign Minister [[Liang Wenhao]] saying", "saying", "Beijing was prepared to \"play a constructive role\" in ending attacks that have disrupted one of the world's busiest trade routes", "Liang Wenhao"),
    Q("according to [[a joint statement]] released", "according to", "The proposal, announced after talks in Beijing between Liang and Saudi Foreign Minister Khalid al-Mutairi, calls for a standing forum of Red Sea and Gulf of Aden coastal states to coordinate maritime security, share intelligence on threats to vessels and set up a joint rescue center", "joint statement"),
    Q("lake,\" [[Liang]] told state broadcaster CCTV", "told", "Security in the Red Sea concerns the common interests of all countries. No country should treat it as its private lake", "Liang Wenhao"),
    Q("[[He]] said the two sides", "said", "the two sides had reached \"a high degree of consensus\" on the framework", "Liang Wenhao"),
    Q("[[He]] said the two sides", "adding", "China did not seek to replace or compete with any existing naval mission in the region", "Liang Wenhao"),
    Q("[[Mutairi]], speaking through an interpreter", "said", "the initiative was open to all coastal states", "Khalid al-Mutairi"),
    Q("[[Mutairi]], speaking through an interpreter", "adding", "Riyadh had briefed Washington in advance and that the kingdom viewed the framework as complementary to the U.S.-led naval coalition already operating in the area", "Khalid al-Mutairi"),
    Q("stability,\" [[Mutairi]] said", "said", "We are not choosing between friends. We are choosing stability", "Khalid al-Mutairi"),
    Q("the U.S. military", "according to", "Yemen's Houthi movement has attacked dozens of merchant ships since November", "U.S. military"),
    Q("what [[the group]] says is", "says", "is a campaign of solidarity with Palestinians in Gaza", "Yemen's Houthi movement"),
    Q("Egyptian officials", "said", "Traffic through the Suez Canal has fallen by about half since December", "Egyptian officials"),
    Q("[[The foreign ministry]] said in a statement", "said", "Liang would travel to Cairo and Djibouti next week to brief officials there on the proposal", "Chinese foreign ministry"),
    Q("ministry spokesperson [[Wang Lixia]]", "told", "China \"maintains communication with all relevant parties.\"", "Wang Lixia"),
    Q("games,\" [[Wang]] said", "said", "The Red Sea should be a sea of peace and cooperation, not an arena for geopolitical games", "Wang Lixia"),
    Q("[[A Western diplomat in Beijing]], speaking", "said", "the proposal was \"long on principles and short on ships,\" but that Washington was unlikely to oppose it openly", "A Western diplomat in Beijing"),
    Q("[[the diplomat]] said", "said", "Nobody in the region wants to be seen saying no to more security", "A Western diplomat in Beijing"),
    Q("[[a readout from the White House]]", "according to", "the two discussed the Red Sea and \"the importance of freedom of navigation for all nations.\"", "White House readout"),
    Q("The official [[Xinhua news agency]] reported", "reported", "Liang had told Price that Washington should \"stop hyping up\" tensions in the region", "Xinhua news agency"),
    Q("spokesman [[Hossein Amirzadeh]] as saying", "saying", "Tehran \"welcomes any initiative by regional countries that respects the sovereignty of Yemen.\"", "Hossein Amirzadeh"),
    Q("group, [[Yahya al-Murtada]], wrote", "wrote", "its operations would continue \"until the aggression on Gaza stops\" and that no maritime arrangement would change that", "Yahya al-Murtada"),
    Q("[[Gao Shuyun]], a Middle East", "told", "Beijing's interest was primarily economic", "Gao Shuyun"),
    Q("[[Gao Shuyun]], a Middle East", "noting", "more than 60% of China's exports to Europe normally pass through the Red Sea and the Suez Canal", "Gao Shuyun"),
    Q("ports,\" [[Gao]] said", "said", "China is not going to send aircraft carriers. What it can offer is convening power, and money for ports", "Gao Shuyun"),
    Q("The official [[Saudi Press Agency]] said", "said", "Mutairi and Liang had also discussed the war in Gaza and agreed to hold a second round of consultations in Riyadh before the end of the year", "Saudi Press Agency"),
], straight=True, words=WORDS))


if __name__ == "__main__":
    print(f"{len(DOCS)} docs, {sum(len(d['quotes']) for d in DOCS)} gold quotes")
    for d in DOCS:
        print(f"  {d['id']}: {len(d['text'].split())} words, {len(d['quotes'])} gold quotes")
