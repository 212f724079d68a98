import type { EditionContent } from "../types";

const content: EditionContent = {
  categories: {
    news: {
      name: "News",
      slug: "news",
      description: "Reporting from the field: detentions, releases, trials and the communities living with them.",
    },
    analysis: {
      name: "Analysis",
      slug: "analysis",
      description: "Context and evidence behind the headlines, built on our case records and interviews.",
    },
    opinion: {
      name: "Opinion",
      slug: "opinion",
      description: "Signed commentary from our staff and contributors. Views are the authors’ own.",
    },
    statements: {
      name: "Statements",
      slug: "statements",
      description: "Official positions, appeals and reports published by Horizon Watch.",
    },
    "family-stories": {
      name: "Family Stories",
      slug: "family-stories",
      description: "The people who wait, search and keep going, told in their own words.",
    },
    pictorials: {
      name: "Pictorials",
      slug: "pictorials",
      description: "Photo essays and illustrated reports from the places we document.",
    },
    digest: {
      name: "Digest",
      slug: "digest",
      description: "Short summaries of the week’s most important developments.",
    },
  },

  authors: {
    "leila-karimi": {
      name: "Leila Karimi",
      slug: "leila-karimi",
      bio: "Leila Karimi leads field documentation at Horizon Watch. She has interviewed hundreds of families of detainees and coordinates our volunteer researchers.",
    },
    "omar-haddad": {
      name: "Omar Haddad",
      slug: "omar-haddad",
      bio: "Omar Haddad covers labour rights, prisons and the courts. Before joining Horizon Watch he worked as a legal aid paralegal for ten years.",
    },
    "arben-krasniqi": {
      name: "Arben Krasniqi",
      slug: "arben-krasniqi",
      bio: "Arben Krasniqi is our data and humanitarian affairs editor. He maintains the Horizon Watch case database and reports on aid access in remote regions.",
    },
    "sara-mahmoudi": {
      name: "Sara Mahmoudi",
      slug: "sara-mahmoudi",
      bio: "Sara Mahmoudi writes about education, displacement and the families of the missing. She edits our Family Stories section.",
    },
  },

  series: {
    "weekly-digest": {
      title: "Weekly Digest",
      slug: "weekly-digest",
      description: "Every week, the essential developments from our monitoring in one short briefing.",
    },
  },

  about: {
    title: "About Horizon Watch",
    body: `Horizon Watch is an independent human-rights organisation that documents arbitrary detention, enforced disappearance and the treatment of prisoners, and stands beside the families who are left waiting. We record each case carefully, with the consent of the people involved, so that no name is forgotten and no testimony is lost.

Our work rests on three things: **careful documentation**, **support for families**, and **public reporting**. Trained volunteers collect testimonies, verify them against court papers and other sources, and add them to a secure case database. Families receive practical help with legal referrals, prison visits and the long paperwork of searching for a relative.

Horizon Watch is independent. We accept no money from governments, political parties or armed groups, and we publish the sources of our funding every year in our annual report. Our editorial decisions are made by our staff alone, and we correct our mistakes openly.

This website is published in four editions — English, Arabic, Persian and Albanian — and each edition is written by its own team for its own readers, not machine-translated.

If you have information about a case, or you are a family member looking for help, write to us through the contact form on this site or at contact@horizonwatch.example. We read every message, and we never share your details without your permission.`,
  },

  // The accessibility statement, linked from every page's footer (WCAG conformance, how it is tested, how to report a barrier)
  accessibility: {
    title: "Accessibility",
    body: `Horizon Watch wants everyone to be able to read and use this site: with a screen reader or the keyboard alone, with text enlarged to twice its size, on a small phone, in a light or a dark colour scheme, and in each of our four languages — Arabic and Persian included, which read from right to left.

## What we aim for

We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. For reading text we go further and aim for the contrast of level AAA (at least 7 to 1), in the light and the dark scheme. Every page states its language and its direction, links in text are underlined, and every menu can be opened and closed with the keyboard and works without JavaScript.

## How we check it

Every change to the site passes automated tests before it is published. They run the axe accessibility checker with the WCAG 2.0, 2.1 and 2.2 rules of levels A and AA on every type of page in every edition, in both colour schemes; they open every menu by tapping on screens from 320 pixels wide and check that nothing runs off the screen; and they use the site without JavaScript. Automated tests do not find every barrier, so we also read the site ourselves with the keyboard alone and with a screen reader.

## What does not fully conform yet

- Some older publications are scanned PDF documents without a text layer. Ask us and we will send you the text.
- Videos are played by YouTube's player. Captions are available where the video has them; not every older video does.

## Tell us about a barrier

If something on this site is hard or impossible for you to use, please tell us through the [contact form](/en/contact): the address of the page, what you were trying to do and what happened. We answer within five working days, and we will send you the content you need in another form in the meantime.

This statement was last reviewed in December 2026.`,
  },

  articles: [
    // 1 — t01
    {
      slug: "families-of-detainees-gather-for-remembrance-day",
      title: "Families of detainees gather for a day of remembrance in the square",
      excerpt:
        "Hundreds of relatives filled the main square of a northern town on Sunday evening, holding candles and photographs of those still held or missing.",
      body: `As the light faded on Sunday, hundreds of people gathered in the main square of a small town in the north to remember relatives who have been detained or have disappeared. Many carried candles; others held up photographs, some of them faded after years of being carried to courthouses and prison gates.

The gathering has been held every year for almost a decade, organised by a loose network of families rather than any political group. This year it was the largest our researchers have seen.

> “My brother has been gone for six years. Tonight, for one hour, I did not feel that I was the only one waiting,” said Nadia, a teacher who travelled from a neighbouring village.

Organisers read aloud the names of 214 people whose families have asked that they be remembered publicly. After each name, the crowd answered together: “We are still here.”

Local authorities did not interfere, and the evening ended peacefully shortly after nine. Several families told Horizon Watch that they had come for the first time, after years of staying silent out of fear.

Horizon Watch volunteers were present to record new cases, with the consent of the families concerned. Eleven new testimonies were collected during the evening and will be verified over the coming weeks.`,
      category: "news",
      author: "leila-karimi",
      translationKey: "t01",
      hoursAgo: 2,
      cover: {
        image: "gathering",
        alt: "A crowd of people standing in a town square at dusk, many of them holding lit candles.",
        caption: "Relatives of detainees hold candles during the annual remembrance gathering in a northern town.",
      },
    },

    // 2 — t08
    {
      slug: "harbor-workers-elect-new-union-committee",
      title: "Harbor workers elect a new union committee after years of delay",
      excerpt:
        "Dockworkers at a southern port voted in their first open union election in seven years, choosing a committee that promises to put safety first.",
      body: `Dockworkers at the port of a southern coastal town have elected a new union committee, the first open vote at the harbor in seven years. More than 1,100 workers cast ballots over two days in a warehouse converted into a polling hall.

The previous committee had remained in place long after its mandate ended, and several workers who called for new elections were dismissed or questioned by police in the past. Horizon Watch documented four such cases in its reports.

The new committee of nine includes crane operators, loaders and, for the first time, two women from the port’s administrative staff. Its priorities, announced after the count, are:

- written safety rules for night shifts and heavy lifts
- a fair procedure before any dismissal
- payment of overtime owed since last winter
- regular, open meetings with all members

> “We don’t want a fight. We want to go home with all ten fingers and be paid for the hours we work,” said Yusuf, a crane operator with twenty years at the port.

Port management said it would meet the committee next month. Horizon Watch will follow whether the workers who organised the vote are protected from retaliation.`,
      category: "news",
      author: "omar-haddad",
      translationKey: "t08",
      hoursAgo: 7,
      cover: {
        image: "harbor",
        alt: "Cargo cranes and small boats in a harbor under a pale sky.",
        caption: "The southern harbor where more than 1,100 dockworkers voted in this week’s union election.",
      },
    },

    // 3 — t12
    {
      slug: "the-cost-of-silence",
      title: "The cost of silence",
      excerpt:
        "When a detention goes unreported, it does not disappear. It simply becomes easier to repeat.",
      body: `Every week, families tell us the same thing in different words: “We were told not to speak, so we didn’t.” They were promised that silence would bring their relative home sooner. Sometimes it did. Far more often, it didn’t.

Silence has a price, and families are usually the ones who pay it. A detention that nobody records leaves no trace for a lawyer to follow. A transfer between prisons that nobody notices is a transfer that can happen again, and further away. A name that is never spoken aloud becomes a name that officials can pretend never existed.

There is a quieter cost too. Silence isolates. Mothers who might have found each other in a courthouse corridor sit alone in their kitchens, each convinced that her case is unique and hopeless.

I do not blame anyone for being afraid. Fear is rational when the risks are real. But I have seen what happens when families decide, carefully and together, to speak. Cases move. Visits are granted. Officials become more cautious, because they know someone is keeping count.

Speaking does not have to mean shouting. It can mean giving a testimony to a documenter, writing a name on a list, or standing in a square with a candle. Each of these is a refusal to let a person vanish twice — once from their home, and once from memory.`,
      category: "opinion",
      author: "sara-mahmoudi",
      translationKey: "t12",
      hoursAgo: 20,
    },

    // 4 — digest 170, t11
    {
      slug: "weekly-digest-issue-170",
      title: "Weekly digest, issue 170",
      excerpt:
        "A winter convoy reaches the mountain villages, a statement on prison visits, and a mother’s twelve-year search.",
      body: `This week our teams followed aid trucks into the snow, pressed for families’ right to visit their relatives in prison, and listened to a mother who has never stopped looking for her son. Here is what mattered most.

- **Winter convoy arrives.** Six trucks carrying fuel, blankets and medicine reached three snowbound villages after the mountain road was cleared.
- **Prison visits.** Horizon Watch published a statement calling for an end to arbitrary bans on family visits, after documenting 58 refused visits in two months.
- **Twelve years of searching.** In Family Stories, a mother describes the offices, letters and rumours that have shaped her search for her son.
- **Pretrial detention.** Our analysis of 400 case files shows that the average wait for a first hearing has grown to eleven months.
- **New testimonies.** Volunteers verified 23 new cases this week, and eleven more were recorded at Sunday’s gathering.

Thank you to everyone who wrote to us this week. If you know of a case we have not yet recorded, please contact us — every testimony counts.`,
      category: "digest",
      author: "leila-karimi",
      series: "weekly-digest",
      issueNumber: 170,
      translationKey: "t11",
      hoursAgo: 30,
    },

    // 5 — t03
    {
      slug: "winter-aid-convoy-reaches-mountain-villages",
      title: "Winter aid convoy reaches snowbound mountain villages",
      excerpt:
        "After nine days cut off by snow, three villages high in the mountains received fuel, blankets and medicine on Thursday.",
      body: `A convoy of six trucks reached three villages in the eastern mountains on Thursday afternoon, nine days after heavy snowfall closed the only road leading to them. The trucks carried heating fuel, blankets, infant formula and medicine for around 1,400 residents, many of them families displaced from the valley in earlier years.

Road crews worked for two days to clear drifts higher than a man. The final stretch, a narrow pass above the river, was opened only on Wednesday night.

> “We burned the wooden benches from the school to keep the clinic warm,” said Hamid, a nurse who runs the villages’ only health post. “Another week and we would have run out of insulin.”

Horizon Watch had raised concerns earlier in the winter that the villages were not included in the regional emergency plan. Local volunteers shared lists of the most vulnerable households — elderly residents living alone, pregnant women and people with chronic illness — so that supplies could reach them first.

The convoy is a relief, but it is not a solution. Residents are asking for:

- a fuel depot in the villages before the next storm
- a snow plough stationed on the mountain side of the pass
- a radio link to the district hospital

Forecasters expect more snow later this month.`,
      category: "news",
      author: "arben-krasniqi",
      translationKey: "t03",
      hoursAgo: 54,
      cover: {
        image: "mountains",
        alt: "Trucks driving along a winding road below snow-covered mountain peaks.",
        caption: "Aid trucks on the cleared mountain road to three villages that were cut off for nine days.",
      },
    },

    // 6 — t06
    {
      slug: "statement-on-the-right-of-families-to-visit-prisoners",
      title: "Statement on the right of families to visit prisoners",
      excerpt:
        "Horizon Watch calls for an end to arbitrary bans on family visits, which we documented in 58 cases over the past two months.",
      body: `Horizon Watch is deeply concerned by the growing number of families who are refused permission to visit relatives in detention. Between the start of autumn and the end of last month, our researchers documented 58 cases in which visits were cancelled, postponed without explanation, or made conditional on a family’s silence.

Contact with family is not a privilege granted at the discretion of prison staff. It is a basic safeguard for the wellbeing of people in detention, and one of the most effective protections against ill-treatment and disappearance. A prisoner who is seen regularly by relatives is a prisoner whose condition cannot easily be hidden.

We therefore call on the relevant authorities to:

- guarantee regular family visits to every detainee, including those awaiting trial
- give written reasons for any restriction, with a way to appeal it
- stop transferring detainees to distant prisons without informing their families
- allow families to bring food, clothing and medicine within clear, published rules

> “I travelled seven hours with my children, and at the gate they told us to come back next month,” one mother told our researchers. “They did not say why.”

Horizon Watch will continue to record every refused visit reported to us, and will publish updated figures in the spring.`,
      category: "statements",
      author: "omar-haddad",
      translationKey: "t06",
      hoursAgo: 80,
    },

    // 7 — t05
    {
      slug: "a-mothers-twelve-year-search-for-her-son",
      title: "A mother’s twelve-year search for her son",
      excerpt:
        "Maryam has visited every office, prison and hospital she could find. She still keeps his room exactly as he left it.",
      body: `Maryam’s son was twenty-two when he left home one spring morning to buy bread and did not come back. That was twelve years ago. She has spent every year since searching for him.

She keeps the search in a blue plastic folder: copies of complaints, stamped receipts from offices that promised to “look into it”, a list of prisons written in her careful handwriting. Many lines are crossed out. Some have question marks beside them.

> “In the first year I cried every day. Now I don’t cry. I just go. If someone tells me there is a new list, I take the bus,” she says.

Twice, strangers came to her door claiming to know where he was held, and asked for money. Twice, she paid. Both times the men disappeared. She tells the story without anger, as if describing the weather.

His room is unchanged. His jacket hangs behind the door, and his schoolbooks are still stacked on the shelf. Her younger daughter, who was nine when her brother vanished, is now a lawyer. She says she chose the profession because of those years of watching her mother wait in corridors.

Horizon Watch has registered the case and shared it, with Maryam’s consent, with international mechanisms for the missing. She asks for one thing only: “Tell me the truth, whatever it is.”`,
      category: "family-stories",
      author: "sara-mahmoudi",
      translationKey: "t05",
      hoursAgo: 120,
    },

    // 8 — own analysis
    {
      slug: "pretrial-detention-waiting-longer-for-a-first-hearing",
      title: "Pretrial detention: why people are waiting longer for a first hearing",
      excerpt:
        "Our review of 400 case files shows the average wait before a first court hearing has nearly doubled in three years.",
      body: `People arrested in the regions we monitor now wait an average of eleven months before they first appear before a judge. Three years ago, the same figure was just under six months. This is the central finding of a review of 400 case files in the Horizon Watch database.

The files cover detainees held in four prisons and two police detention centres. All were held without a conviction during the period we examined. Most were accused of minor offences; a significant minority faced no written charge at all for several weeks.

Several factors appear to drive the delays:

- a shortage of judges in district courts, where many posts remain vacant
- repeated postponements when detainees are not transported to court
- case files “lost” between police and prosecutors, sometimes for months
- little use of bail or supervision as alternatives to detention

The effects reach far beyond the cell. Families lose a wage earner, children miss a parent, and people who are later acquitted often lose their jobs and homes while they wait.

> “He was released with an apology after fourteen months. The apology does not pay the rent we owe,” said the wife of one former detainee.

Pretrial detention is meant to be an exception. Our data suggests it has become the rule. We recommend independent monitoring of detention times and a legal limit on how long a person may be held before a first hearing.`,
      category: "analysis",
      author: "leila-karimi",
      hoursAgo: 150,
    },

    // 9 — digest 169
    {
      slug: "weekly-digest-issue-169",
      title: "Weekly digest, issue 169",
      excerpt:
        "Market traders on rising prices, the case for schooling refugee children now, and families waiting at the courthouse gates.",
      body: `A week dominated by the cost of living: traders and shoppers told us how rising prices are reshaping their days. Our teams also looked at education for displaced children and spent long mornings outside a provincial courthouse.

- **Prices at the market.** Traders in a western town described how customers now buy vegetables by the piece rather than by the kilo.
- **Schooling cannot wait.** Our analysis argues that every month out of school costs refugee children skills they may never recover.
- **Courthouse gates.** A photo essay follows families who wait outside during closed hearings, sometimes for an entire day.
- **Journalists still waiting.** A month after the fifth postponement of their trial, three local journalists still have no new hearing date.

- **Fuel for winter.** Village councils in the eastern mountains asked for fuel to be stored before the first heavy snow.

As always, our volunteers continue to record new cases. This week they verified 19 testimonies, most of them from families who had never spoken to anyone before.`,
      category: "digest",
      author: "omar-haddad",
      series: "weekly-digest",
      issueNumber: 169,
      hoursAgo: 198,
    },

    // 10 — t07
    {
      slug: "market-traders-describe-how-rising-prices-change-daily-life",
      title: "Market traders describe how rising prices change daily life",
      excerpt:
        "At a covered market in a western town, traders say customers now buy onions one at a time and ask for credit until the end of the month.",
      body: `At the covered market of a western town, the morning rush is quieter than it used to be. Traders say prices for staples have risen sharply since the summer, and that customers have changed the way they shop.

“People used to buy potatoes by the sack. Now they buy four or five,” said Rahim, who has sold vegetables from the same stall for thirty years. Next to him, a spice seller keeps a small notebook of regular customers who pay at the end of the month. It has grown from one page to six.

Traders described the changes they see every day:

- shoppers asking for the price before touching anything
- more people buying bruised fruit and broken rice at a discount
- meat sold in smaller portions, sometimes only bones for soup
- fewer children at school on market days, helping parents at the stalls

> “I am a seller, but I am also a customer. My own family eats less meat than before,” said Fatima, who sells dairy products from a cart near the entrance.

Rising costs are not only an economic question. When families cut back on food, medicine and school expenses, children’s health and education are the first to suffer. Horizon Watch will publish a fuller report on the social impact of price rises later this season.`,
      category: "news",
      author: "arben-krasniqi",
      translationKey: "t07",
      hoursAgo: 240,
      cover: {
        image: "market",
        alt: "A row of market stalls with striped awnings and crates of fruit and vegetables.",
        caption: "Stalls at a covered market in a western town, where traders report falling sales.",
      },
    },

    // 11 — t04
    {
      slug: "why-schooling-for-refugee-children-cannot-wait",
      title: "Why schooling for refugee children cannot wait",
      excerpt:
        "Every month a displaced child spends out of school has lasting costs. Temporary solutions are better than none.",
      body: `In the camps and rented rooms where displaced families live, the question of school is often pushed aside by more urgent needs: food, shelter, papers. It is understandable. It is also a mistake with consequences that last for decades.

Our interviews with 120 displaced families over the past year found that more than half of their school-age children had missed at least one full school year. Among teenagers, the share was higher still. Many of the girls had not returned at all.

Why it cannot wait:

- children forget reading and arithmetic quickly when they stop practising
- older children who miss school are far more likely to be sent to work
- school gives children a routine, a safe place and adults who notice if something is wrong
- learning the local language early makes everything else easier for the whole family

> “My daughter was top of her class at home. Here she looks after her brothers all day,” said Amina, a mother of four living in a converted warehouse.

Solutions do not need to be perfect. Volunteer-run classes, afternoon shifts in local schools, and catch-up programmes have all worked in the places we document. What fails is waiting for a permanent solution that never comes.

We urge local education offices to accept displaced children without full paperwork, and donors to fund teachers, not only buildings.`,
      category: "analysis",
      author: "sara-mahmoudi",
      translationKey: "t04",
      hoursAgo: 300,
      cover: {
        image: "classroom",
        alt: "A simple classroom with rows of wooden desks facing a blackboard.",
        caption: "A volunteer-run classroom used for afternoon lessons for displaced children.",
      },
    },

    // 12 — own pictorial
    {
      slug: "at-the-courthouse-gates-a-day-of-waiting",
      title: "At the courthouse gates: a day of waiting",
      excerpt:
        "Families are not allowed into closed hearings. So they wait outside, from the first bus until the last.",
      body: `The provincial courthouse opens at eight. By seven, the first families are already standing by the iron gate, thermoses and plastic bags of bread in hand. Most of them will not be allowed inside. Hearings in cases involving “public order” are often closed, and relatives learn the outcome only when a lawyer comes out, sometimes late in the afternoon.

We spent a day with them.

Mid-morning, a small crowd forms whenever a prison van arrives. Mothers stand on tiptoe, trying to see a face through the barred windows. A father holds up a jacket so his son might recognise it.

> “If he sees the jacket, he knows we are here. That is enough for today,” the father said.

At noon, people share food on the low wall across the street. Strangers become acquaintances; acquaintances become friends. Phone numbers are exchanged, along with the names of lawyers and the rumours of the week.

![People waiting together outside a building in the late afternoon](/images/demo/gathering.svg "Families wait outside the provincial courthouse until the last hearing ends.")

By five, the street is nearly empty. Those who remain are waiting for news that did not come. They will return next week.`,
      category: "pictorials",
      author: "leila-karimi",
      hoursAgo: 340,
      cover: {
        image: "gathering",
        alt: "Silhouettes of people standing together in an open square.",
        caption: "Relatives gather outside the provincial courthouse during a closed hearing.",
      },
    },

    // 13 — digest 168
    {
      slug: "weekly-digest-issue-168",
      title: "Weekly digest, issue 168",
      excerpt:
        "A village library reopens, our annual report is published, and two sisters describe writing to their father in prison.",
      body: `Our annual report was the big publication of the week, but the story readers shared most was a small one: a village library brought back to life by volunteers. Here is the week in brief.

- **Annual report.** Horizon Watch documented 1,213 cases last year and supported 860 families. Read the full statement for the figures.
- **Library reopens.** Volunteers restored a village library closed for five years. Our photo essay shows the shelves filling up again.
- **Letters to prison.** In Family Stories, two sisters describe the one letter a month they are allowed to send their father.
- **Aid access.** Regional offices confirmed that winter supplies for mountain villages will be pre-positioned earlier than last year.
- **Volunteer training.** Twenty-four new volunteers completed our documentation course.

Thank you to the readers who have supported our work this year.`,
      category: "digest",
      author: "arben-krasniqi",
      series: "weekly-digest",
      issueNumber: 168,
      hoursAgo: 366,
    },

    // 14 — t09
    {
      slug: "volunteers-reopen-a-village-library",
      title: "Volunteers reopen a village library closed for five years",
      excerpt:
        "With donated books, borrowed paint and a lot of patience, a group of volunteers has brought a village library back to life.",
      body: `For five years, the library in a small village in the hills stood locked. The roof leaked, the windows were boarded up, and the last librarian had moved away. This autumn, a group of volunteers — teachers, students and a retired carpenter — decided to open it again.

They began by drying and sorting the books that had survived. About two thirds could be saved. Families from neighbouring towns donated more, and a school in the city sent two boxes of children’s books.

![Tall wooden bookshelves filled with books](/images/demo/library.svg "The restored shelves, rebuilt by a retired carpenter from the village.")

The carpenter, Ilir, rebuilt the shelves from timber left over from a barn. Students painted the walls a pale green. On opening day, more than a hundred people came, many of them children who had never been inside.

> “When I was a boy, this was the only place in the village where I could be alone with a story,” Ilir said. “Now my grandchildren can have that too.”

The library now opens four afternoons a week, staffed by volunteers in turns. It offers:

- lending of books for children and adults
- a homework corner with two donated computers
- reading hours for young children on Saturdays

The volunteers hope the municipality will soon fund a permanent librarian.`,
      category: "pictorials",
      author: "omar-haddad",
      translationKey: "t09",
      hoursAgo: 420,
      cover: {
        image: "library",
        alt: "Wooden bookshelves filled with colourful books in a small library.",
        caption: "The reopened village library, restored by volunteers after five years of closure.",
      },
    },

    // 15 — t02
    {
      slug: "annual-report-the-year-in-figures",
      title: "Annual report: the year in figures",
      excerpt:
        "Horizon Watch documented 1,213 new cases last year, supported 860 families and trained 96 new volunteers.",
      body: `Horizon Watch today publishes its annual report, covering the twelve months to the end of last year. It is the result of work by our staff and, above all, by the volunteers who spent thousands of hours listening to families and checking every detail.

The year in figures:

- **1,213** new cases of arbitrary detention or disappearance documented and verified
- **187** people released during the year whose cases we had recorded
- **860** families supported with legal referrals, travel costs for prison visits or other practical help
- **96** new volunteers trained in documentation, bringing our network to 340
- **52** reports and statements published in four languages

Behind each number is a person. Many of the families we support have waited years for an answer, and some are still waiting. Releases are welcome, but they are not the end of our work: former detainees often need medical care, legal help and support to return to work.

Our funding came entirely from individual donors and independent foundations. As every year, we accepted no money from any government or political party. A full list of funders is included in the report.

> “You were the first people who wrote my son’s name down and did not lose it,” one father wrote to us this year.

We thank everyone who made this work possible.`,
      category: "statements",
      author: "leila-karimi",
      translationKey: "t02",
      hoursAgo: 480,
    },

    // 16 — digest 167
    {
      slug: "weekly-digest-issue-167",
      title: "Weekly digest, issue 167",
      excerpt:
        "Why documentation matters, detainees moved far from home, and long-delayed hearing dates finally set.",
      body: `This week we looked at why careful record-keeping matters, even when it seems to change nothing. We also continued to follow the cases of detainees moved far from their families.

- **Documentation as care.** In an opinion piece, our data editor explains why every testimony is checked twice before it enters the database.
- **Distant transfers.** Families reported 14 new cases of detainees moved to prisons more than 300 kilometres from home.
- **Medical care.** Relatives of two elderly detainees say requests for hospital treatment have gone unanswered for weeks.
- **Hearing dates.** Several long-delayed hearings were finally scheduled for next month.
- **Medicine at the gate.** Families at one prison say guards now accept medicine only in sealed pharmacy packaging, with a receipt.

Our next digest will come out, as usual, at the end of the week. If a relative of yours has been transferred without notice, please tell us: these reports help us show the scale of the problem.`,
      category: "digest",
      author: "sara-mahmoudi",
      series: "weekly-digest",
      issueNumber: 167,
      hoursAgo: 534,
    },

    // 17 — own opinion
    {
      slug: "why-documentation-is-an-act-of-care",
      title: "Why documentation is an act of care",
      excerpt:
        "Checking a date or a spelling can seem cold. For the families we work with, it is a form of respect.",
      body: `People sometimes ask why our volunteers spend so long on details. Why call a family back to confirm the exact date of an arrest? Why check the spelling of a name against an identity card? Wouldn’t the time be better spent campaigning?

I understand the question. But I have come to believe that careful documentation is one of the most caring things we do.

A record with the wrong date can be dismissed by a court. A name spelled three different ways can be lost in three different files. When a family finally gets the chance to present their case — to a lawyer, a commission or a judge — the details we checked are what make the difference between being heard and being ignored.

There is something else, too. When a volunteer sits with a mother for two hours and writes down everything, slowly, she is telling that mother: your son matters enough to get this right.

> “Nobody ever asked me what colour shirt he was wearing,” one woman said after her interview. “You asked. That means you believe he is real.”

Our database now holds more than nine thousand verified cases. Each one was checked at least twice. That is not bureaucracy. It is memory, built carefully, so that it will hold.`,
      category: "opinion",
      author: "arben-krasniqi",
      hoursAgo: 600,
    },

    // 18 — own family story
    {
      slug: "two-sisters-one-letter-a-month",
      title: "Two sisters, one letter a month",
      excerpt:
        "Their father is allowed to receive one letter each month. Rana and Dalia take turns writing it.",
      body: `Rana is fourteen and Dalia is eleven. Their father has been in prison for three years, and under the rules of his detention he may receive one letter a month, no longer than a single page.

So the sisters take turns. In odd months Rana writes; in even months, Dalia. They plan the letters for weeks, keeping notes in a shared exercise book about things they want to tell him: a good mark in maths, a new neighbour’s cat, the day the bus broke down and everyone had to walk.

> “I write very small so I can fit more,” Dalia explains. “Rana says the guards can’t read it. I don’t mind, as long as Papa can.”

Their mother reads each letter before it is sent and removes anything that might cause trouble — the name of a visitor, a mention of the news. The girls have learned what not to write.

Replies come rarely, perhaps three times a year. The sisters keep them in a tin box under Rana’s bed, and read them again when they miss him most.

Their father’s trial has been postponed four times. His lawyer says the next hearing may be in the spring. Rana has already started drafting the letter she hopes to write afterwards. It begins: “Welcome home.”`,
      category: "family-stories",
      author: "omar-haddad",
      hoursAgo: 500,
    },

    // 19 — digest 166
    {
      slug: "weekly-digest-issue-166",
      title: "Weekly digest, issue 166",
      excerpt:
        "Journalists’ trial postponed again, volunteers learn to document evictions, and a father who studied law for his son.",
      body: `A week of delays in the courts and quiet determination outside them. Families waited again at courthouse gates, while new volunteers prepared to record what happens when homes are taken away. Here are the developments our teams followed.

- **Trial postponed.** The hearing of three local journalists was postponed for the fifth time, without a new date.
- **Eviction monitoring.** Thirty volunteers completed a new course on documenting forced evictions.
- **A father’s law books.** In Family Stories, a farmer explains how he learned the law to understand his son’s case.
- **Released.** Two detainees whose cases we had recorded were released on bail after seven months.
- **Visits restored.** Families at one prison report that weekly visits have resumed after a three-week suspension.

If you are following a case in your area, we would like to hear from you. Local knowledge is often what allows us to verify a testimony quickly.`,
      category: "digest",
      author: "leila-karimi",
      series: "weekly-digest",
      issueNumber: 166,
      hoursAgo: 702,
    },

    // 20 — own news
    {
      slug: "journalists-trial-postponed-for-fifth-time",
      title: "Trial of three local journalists postponed for the fifth time",
      excerpt:
        "The three reporters, held for fourteen months, were not brought to court. The judge adjourned the hearing without setting a new date.",
      body: `The trial of three journalists from a regional weekly newspaper was postponed again on Tuesday, the fifth adjournment since the case opened. The defendants, who have been held for fourteen months, were not brought from prison, and the judge adjourned the hearing after less than ten minutes without setting a new date.

The three were arrested after their newspaper published a series of articles about the management of a local water project. They are accused of “spreading false information”, a charge their lawyers say is unsupported by any evidence in the file.

> “Each time, we prepare the defence, the families travel, and each time nothing happens. The delay itself has become the punishment,” said one of the defence lawyers.

Relatives waited outside the courthouse throughout the morning. The wife of one defendant said her husband had lost weight and was suffering from untreated back pain.

Horizon Watch has followed the case since the arrests. We note that:

- no witness for the prosecution has yet been heard
- requests for release on bail have been refused without written reasons
- the newspaper has not been published since the arrests

We call for the journalists to be released pending trial and for the case to be heard promptly and fairly.`,
      category: "news",
      author: "sara-mahmoudi",
      hoursAgo: 780,
    },

    // 21 — digest 165
    {
      slug: "weekly-digest-issue-165",
      title: "Weekly digest, issue 165",
      excerpt:
        "New figures on enforced disappearances, a call for an inquiry into deaths in custody, and volunteers’ first eviction reports.",
      body: `This week Horizon Watch published new analysis from its case database and renewed its call for accountability for deaths in custody. Here is a summary.

- **Disappearances in numbers.** Our analysis found that in a third of recorded disappearances, families were never officially told of an arrest.
- **Deaths in custody.** We called for an independent inquiry into two deaths in detention reported this autumn.
- **Eviction notices.** More than 200 families in an informal settlement near the river received notices to leave their homes.
- **Family support.** Twelve families received help with the cost of travelling to distant prisons.
- **New volunteers.** Sign-ups for our next documentation course opened, with places for forty people.

Thank you for reading, and for sharing these stories with others. Each share helps a family feel a little less alone, and sometimes brings us the witness a case has been missing.`,
      category: "digest",
      author: "omar-haddad",
      series: "weekly-digest",
      issueNumber: 165,
      hoursAgo: 870,
    },

    // 22 — own analysis
    {
      slug: "enforced-disappearances-what-our-database-shows",
      title: "Enforced disappearances: what our case database shows",
      excerpt:
        "In a third of the disappearances we have recorded, families were never officially told that an arrest had taken place.",
      body: `The Horizon Watch database now contains 2,140 verified cases of enforced disappearance — people taken into custody whose fate or whereabouts were then concealed from their families. We reviewed all of them to look for patterns.

The most striking finding is how often the first step is silence. In 34 percent of cases, no official ever informed the family that an arrest had taken place. Relatives learned of it from neighbours, from other detainees after their release, or not at all.

Other patterns stand out:

- most people disappeared within the first 72 hours after arrest, before any lawyer was involved
- men aged 18 to 35 make up almost two thirds of the cases
- in one case in five, the person later reappeared in an official prison, sometimes years later
- families who filed complaints within the first week were more likely to locate their relative

The last point matters. Speed is often the best protection. The first days after an arrest are when a detainee is most at risk, and when a formal complaint, a lawyer’s request or a public record can make it harder for the person to vanish.

> “We waited a month because we were told it would be better to stay quiet. I will regret that month forever,” said the brother of a man who has been missing for four years.

Our full methodology is available on request.`,
      category: "analysis",
      author: "arben-krasniqi",
      hoursAgo: 1000,
    },

    // 23 — own statement
    {
      slug: "call-for-independent-inquiry-into-deaths-in-custody",
      title: "Horizon Watch calls for an independent inquiry into deaths in custody",
      excerpt:
        "Two men died in detention this autumn. Their families have received no explanation and no autopsy report.",
      body: `Horizon Watch calls for a prompt, independent and transparent inquiry into the deaths of two men in detention this autumn.

The first man, aged 41, died in a police detention centre four days after his arrest. His family was told he had suffered a heart attack, although relatives say he had no history of heart disease. The second, aged 29, died in a provincial prison after complaining for weeks of severe stomach pain. His family says their requests for him to be taken to hospital were refused.

In neither case has the family received an autopsy report. In both cases, the bodies were returned only on condition of a quick burial.

Every death in custody must be investigated, because the state holds full responsibility for the safety of people it detains. We call on the authorities to:

- order independent autopsies, with the families allowed to appoint a doctor of their choice
- publish the findings of any investigation
- preserve all medical records, logbooks and camera footage
- ensure that staff under investigation have no contact with witnesses

> “We only want to know what happened to him. Is that too much to ask?” said the mother of the younger man.

Horizon Watch will continue to support both families and will report on any developments.`,
      category: "statements",
      author: "sara-mahmoudi",
      hoursAgo: 940,
    },

    // 24 — own family story
    {
      slug: "the-father-who-learned-law-to-defend-his-son",
      title: "The farmer who learned the law to understand his son’s case",
      excerpt:
        "Karim left school at twelve. At sixty, he can quote the code of criminal procedure from memory.",
      body: `Karim left school at twelve to work on his father’s land. He never expected to open a law book. Then, four years ago, his son was arrested on his way home from university, and Karim discovered that nobody would explain to him what was happening.

“The lawyers were kind, but they were busy. The officials spoke in words I did not understand. So I decided to learn the words,” he says.

He bought a second-hand copy of the code of criminal procedure and read it at night, after work in the fields. When he did not understand something, he took the bus to town and asked a retired judge who lived near the market. The judge, amused at first, began setting him reading lists.

> “He asks better questions than some of my former students did,” the judge told us.

Today Karim keeps a notebook of every deadline in his son’s case. Twice he noticed that the legal limit for detention had passed without renewal, and told the lawyer, who raised it in court. Once, it led to a hearing being brought forward.

His son is still in detention. But Karim has begun helping other families in his village read their own papers.

“I cannot free my son with a book,” he says. “But I am no longer afraid of the paper.”`,
      category: "family-stories",
      author: "leila-karimi",
      hoursAgo: 820,
    },

    // 25 — own pictorial
    {
      slug: "objects-families-keep",
      title: "What families keep: objects from the years of waiting",
      excerpt:
        "A watch that no longer runs, a school certificate, a pair of shoes by the door. Families showed us what they hold on to.",
      body: `We asked families of detainees and the missing to show us one object that reminds them of the person they are waiting for. This is what they shared.

A wristwatch, stopped at twenty past four. Its owner’s wife has never changed the battery. “It stopped on its own, a month after he was taken. I leave it like that,” she said.

A school leaving certificate, framed above a sofa. The young man it belongs to was arrested a week after receiving it.

A pair of work boots beside a front door, cleaned every Friday by a grandmother who says they must be ready.

![A quiet harbor with boats and cranes at dawn](/images/demo/harbor.svg "A fisherman’s family still keeps his boat ready at the harbor where he worked.")

A small fishing boat, still moored in the harbor where its owner worked until his arrest six years ago. His brothers repaint it every spring.

> “If we let the boat rot, it is like saying he will not come back. So we paint it,” said the eldest brother.

A notebook of recipes, in a daughter’s handwriting, copied from her mother, who has been detained for two years. The daughter cooks one recipe every Sunday.

These objects are not museum pieces. They are part of daily life — reminders that those who are absent still belong at home.`,
      category: "pictorials",
      author: "arben-krasniqi",
      hoursAgo: 1800,
      cover: {
        image: "harbor",
        alt: "Small boats moored in a harbor with loading cranes in the background.",
        caption: "A fishing boat kept ready by the family of a man detained six years ago.",
      },
    },

    // 26 — own opinion
    {
      slug: "volunteers-are-not-a-substitute-for-institutions",
      title: "Volunteers are not a substitute for institutions",
      excerpt:
        "Our volunteers do extraordinary work. That is exactly why we should not accept that they are the only ones doing it.",
      body: `I am proud of the volunteers who work with Horizon Watch. They drive families to distant prisons, sit with mothers for hours, and check records late into the night. Without them, thousands of cases would never have been written down.

But I worry when I hear their work praised as if it were a solution. It is not. It is a response to a gap that should not exist.

Registering arrests is the job of the police. Informing families is the job of prosecutors. Providing medical care in prison is the job of the prison service. Investigating complaints is the job of independent bodies that, in too many places, exist only on paper. When volunteers fill these gaps, they show what is possible — and how little is being done by those who are paid to do it.

There is a risk in our own success. If officials see that families are somehow supported, the pressure to reform eases. Volunteers burn out. Good will is not a budget.

> “I have been doing this for eight years,” one volunteer told me. “I would love for my work to become unnecessary.”

So let us thank our volunteers, loudly and often. And let us keep asking, just as loudly, why institutions still leave so much of this work to them.`,
      category: "opinion",
      author: "omar-haddad",
      hoursAgo: 2100,
    },

    // 27 — own analysis
    {
      slug: "distant-transfers-how-prison-location-punishes-families",
      title: "Distant transfers: how a prison’s location punishes whole families",
      excerpt:
        "When detainees are moved hundreds of kilometres from home, the cost of every visit falls on the people who did nothing wrong.",
      body: `One of the most common complaints we hear from families is not about a verdict or a sentence. It is about distance.

Of 650 detainees whose cases we followed last year, 212 were held more than 300 kilometres from their families’ homes. For most of these families, a single visit meant at least one night away, two long bus journeys and the loss of a day’s wages.

We calculated the typical cost of one visit for a family of two adults at roughly a third of a monthly minimum wage. For many households, visits fell from weekly to monthly, and then to a few times a year.

The consequences are serious:

- detainees receive less food, clothing and medicine from their families
- children lose regular contact with a parent
- ill-treatment is less likely to be noticed
- families, mostly women, take on debts to keep visiting

Transfers are sometimes justified by overcrowding. But our data shows that people held for political reasons or after public protests were moved far from home twice as often as others.

> “The sentence was two years. For us, it felt like two years of travelling,” said a woman whose husband was held in the far south.

We recommend that detainees be held as close to home as possible, and that families receive support for travel costs when they are not.`,
      category: "analysis",
      author: "sara-mahmoudi",
      hoursAgo: 2500,
    },

    // 28 — own news
    {
      slug: "released-detainee-returns-home-after-seven-years",
      title: "Released detainee returns home to his village after seven years",
      excerpt:
        "Neighbours lined the road as Jalal came back to the mountain village he left as a young man. He is now thirty-three.",
      body: `Jalal was twenty-six when he was arrested at a checkpoint on the road to the regional capital. On Saturday, seven years later, he came home.

Neighbours lined the winding road into his mountain village, some of them holding branches, others simply waving. His mother, who had visited him in prison fewer than twenty times in those years because of the distance, waited at the door of the family house.

> “I wanted to run to him, but my legs would not move,” she said. “So he ran to me.”

Jalal was released after an appeals court overturned his conviction, ruling that the main evidence against him — a statement he says he signed under pressure — could not be used. Horizon Watch had documented his case since the first month of his detention.

Coming home is only the beginning. Former detainees often face:

- health problems left untreated during detention
- difficulty finding work, even after acquittal
- the emotional strain of readjusting to family life

Jalal says he wants to finish the engineering degree he started before his arrest. For now, he is helping his father repair the roof before the snow returns.

We welcome his release and call for compensation for the years he lost.`,
      category: "news",
      author: "arben-krasniqi",
      hoursAgo: 2880,
      cover: {
        image: "mountains",
        alt: "A road winding through snowy mountains toward a distant village.",
        caption: "The mountain road to the village where Jalal returned after seven years in detention.",
      },
    },

    // 29 — own opinion
    {
      slug: "what-a-free-press-owes-to-families-of-the-missing",
      title: "What a free press owes to the families of the missing",
      excerpt:
        "Journalists who cover disappearances have a duty not only to report, but to report carefully and with consent.",
      body: `The families of the missing need journalists. Coverage can push a stalled case forward, bring forward new witnesses, and remind officials that someone is watching. I have seen it happen many times.

But I have also seen the damage careless reporting can do. A photograph published without permission that puts a family at risk. A rumour printed as fact that sends a mother across the country for nothing. A story written once, for a single news cycle, and then forgotten.

What do we, as journalists, owe these families? I would suggest a few simple principles:

- ask for consent, and accept a no
- check every claim before it is printed, especially claims of a sighting or a release
- protect the identities of witnesses who could be harmed
- come back, months and years later, when the story is no longer new

The last one is the hardest. Disappearances rarely produce fresh news. The waiting goes on, unchanged, and editors move on. Yet it is precisely this long, silent middle of a case that most needs attention.

> “Everyone wrote about us in the first month. After that, we were alone,” one father told me.

A free press is measured not only by what it is allowed to publish, but by what it chooses to keep publishing.`,
      category: "opinion",
      author: "sara-mahmoudi",
      hoursAgo: 2300,
    },

    // 30 — own news
    {
      slug: "volunteers-train-to-document-forced-evictions",
      title: "Volunteers train to document forced evictions near the river",
      excerpt:
        "Thirty new volunteers learned how to record evictions safely and accurately, as families in an informal settlement face removal.",
      body: `Thirty volunteers completed a three-day course this week on documenting forced evictions, run by Horizon Watch in a borrowed school hall. Many of the participants live in or near an informal settlement on the riverbank where more than 200 families have received eviction notices.

The course covered how to record what happens during an eviction without putting anyone at risk, and how to collect the information a lawyer will later need. Trainers included a housing lawyer and two volunteers who had documented evictions elsewhere in the region.

Participants practised:

- noting times, dates and the number of officials present
- photographing property and damage while protecting faces
- recording testimonies with informed consent
- keeping copies of notices and documents safe

> “We have lived here for fifteen years. If they take our homes, at least there will be a record of how it was done,” said Samira, a participant who runs a small sewing workshop in the settlement.

Residents say they were offered no alternative housing. Horizon Watch has written to the municipality asking for consultation with the families, adequate notice and the option of resettlement nearby.

The volunteers will begin their work next week.`,
      category: "news",
      author: "leila-karimi",
      hoursAgo: 760,
    },

    // 31 — draft
    {
      slug: "winter-conditions-in-overcrowded-prisons",
      title: "Winter in overcrowded prisons: cold cells and rationed blankets",
      excerpt:
        "Families describe cells without heating and blankets shared between three detainees as temperatures fall below freezing.",
      body: `As temperatures fall below freezing across the north, families of detainees are reporting harsh conditions in several overcrowded prisons. This draft collects the first accounts received by our researchers and will be updated before publication.

According to relatives, heating in at least two facilities works only a few hours a day, and in some cells blankets are shared between three people. Families say requests to hand in warm clothing are often refused or delayed by weeks.

Initial reports mention:

- cells holding twice the number of people they were built for
- broken windows covered with plastic sheets
- limited hot water, sometimes only once a week
- a rise in respiratory illness among older detainees

> “He told me he sleeps in his coat and shoes. He has not been warm since November,” said the sister of one detainee.

We are seeking further testimonies and will ask the prison administration to respond before this report is published. Overcrowding is a long-standing problem, but winter makes its consequences more dangerous.

Editors’ note: figures still to be verified against our case database.`,
      category: "analysis",
      author: "omar-haddad",
      hoursAgo: 5,
      status: "draft",
    },

    // 32 — scheduled
    {
      slug: "statement-ahead-of-the-spring-court-session",
      title: "Statement ahead of the spring court session",
      excerpt:
        "As the new court session opens, Horizon Watch urges judges to prioritise the cases of people held longest without trial.",
      body: `As the spring court session opens, Horizon Watch urges judicial authorities to give priority to the cases of people who have been held longest without trial.

According to our records, at least 140 people in the regions we monitor have been in pretrial detention for more than eighteen months. Some have not yet seen a judge at all. Each postponement adds weeks or months to a detention that the law intends to be exceptional.

We ask the courts to:

- review the lawfulness of every detention that has exceeded one year
- ensure detainees are transported to court on the day of their hearing
- give families advance notice of hearing dates
- allow relatives and independent observers to attend hearings wherever possible

> “We don’t ask for special treatment. We ask for a date, and for the date to be kept,” said the father of a student held for twenty months.

Horizon Watch observers will attend hearings throughout the session and will publish regular updates. Families who would like us to follow a particular case can contact us through this website.`,
      category: "statements",
      author: "arben-krasniqi",
      hoursAgo: -72,
      status: "scheduled",
    },
  ],
};

export default content;
