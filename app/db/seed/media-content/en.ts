import type { EditionMediaContent } from "./types";

const embedUrl = "https://www.youtube-nocookie.com/embed/M7lc1UVf-VE";

const content: EditionMediaContent = {
  cartoons: [
    {
      slug: "the-weight-of-a-padlock",
      translationKey: "cartoon-scales",
      title: "The weight of a padlock",
      description: "Our cartoonist on what pretrial detention does to the scales of justice, and to the families standing beside them.",
      hoursAgo: 10,
      images: [
        {
          image: "cartoon-scales",
          alt: "A pair of scales: a heavy padlock pulls one pan to the ground while a small house rises in the other; a family looks up at it.",
          caption: "When detention becomes the rule, the family home is the lighter pan.",
        },
      ],
    },
    {
      slug: "visiting-hours",
      translationKey: "cartoon-waiting",
      title: "Visiting hours",
      description: "Two benches, one closed door and a clock that never seems to move: a cartoon for every family that has waited outside a prison.",
      hoursAgo: 210,
      images: [
        {
          image: "cartoon-waiting",
          alt: "Two rows of people sit on benches in front of a grey brick wall with a closed metal door and a large clock above it.",
          caption: "The appointment was at nine. The door opened at four.",
        },
      ],
    },
    {
      slug: "taped-shut-still-heard",
      translationKey: "cartoon-megaphone",
      title: "Taped shut, still heard",
      description: "On the week three local journalists saw their trial postponed once more.",
      hoursAgo: 760,
      images: [
        {
          image: "cartoon-megaphone",
          alt: "A red megaphone crossed with two strips of tape, while a blue bird flies away from it carrying a sheet of paper.",
          caption: "You can silence the megaphone. The message has already left.",
        },
      ],
    },
  ],
  newspics: [
    {
      slug: "shelters-on-the-edge-of-the-city",
      translationKey: "newspic-tents",
      title: "Shelters on the edge of the city",
      description: "Families moved from a riverside neighbourhood are still living in tents three months after the evictions.",
      hoursAgo: 16,
      images: [
        {
          image: "tents",
          alt: "Rows of white tents on dry ground below bare hills, with a blue water tank and a washing line between them.",
          caption: "A camp on the edge of the city, where about forty evicted families now live. The water tank is refilled twice a week.",
        },
      ],
    },
    {
      slug: "saturday-at-the-covered-market",
      translationKey: "newspic-market",
      title: "Saturday at the covered market",
      description: "Traders count fewer customers and smaller baskets as prices keep rising.",
      hoursAgo: 250,
      images: [
        {
          image: "market",
          alt: "Market stalls under striped awnings, with crates of vegetables and a few shoppers walking between them.",
          caption: "Stallholders say customers now buy by the piece rather than by the kilo.",
        },
      ],
    },
    {
      slug: "dawn-shift-at-the-harbor",
      translationKey: "newspic-harbor",
      title: "Dawn shift at the harbor",
      description: "Dock workers start the day after electing their first union committee in six years.",
      hoursAgo: 530,
      images: [
        {
          image: "harbor",
          alt: "Two cranes stand over a quay at sunrise, with a cargo ship moored beside stacked containers.",
          caption: "The morning shift at the harbor, a day after the union vote. Turnout was over eighty per cent.",
        },
      ],
    },
  ],
  photos: [
    {
      slug: "winter-on-the-mountain-road",
      translationKey: "gallery-winter",
      title: "Winter on the mountain road",
      description: "Our volunteers travelled with the winter aid convoy to villages cut off by snow. These are the pictures they brought back.",
      hoursAgo: 58,
      images: [
        {
          image: "mountains",
          alt: "Snow-covered peaks above a winding road, with two trucks climbing towards the pass.",
          caption: "The convoy leaves the valley at first light. The last twelve kilometres took five hours.",
        },
        {
          image: "tents",
          alt: "White tents pitched in rows at the foot of the hills.",
          caption: "Families whose houses were damaged by the storm have spent the winter in tents near the village school.",
        },
        {
          image: "classroom",
          alt: "A classroom with desks in rows and a blackboard, used as a store for blankets and stoves.",
          caption: "The school doubled as a warehouse: lessons moved to the mornings so the aid could be sorted in the afternoons.",
        },
        {
          image: "gathering",
          alt: "A crowd of people holding candles in a square at dusk.",
          caption: "On the last evening, villagers gathered to remember two neighbours who have been missing since the spring.",
        },
      ],
    },
    {
      slug: "the-library-that-came-back",
      translationKey: "gallery-library",
      title: "The library that came back",
      description: "Five years after it closed, a village library reopened thanks to its neighbours. A photo story in five pictures.",
      hoursAgo: 430,
      images: [
        {
          image: "olive-grove",
          alt: "Terraced hillsides planted with olive trees, a wooden ladder leaning against a trunk and baskets on the ground.",
          caption: "The village lives from its olive groves; most volunteers came to the library after the harvest.",
        },
        {
          image: "library",
          alt: "Tall wooden shelves full of books and a reading table with chairs.",
          caption: "Some two thousand books were cleaned, repaired and catalogued by hand.",
        },
        {
          image: "classroom",
          alt: "An empty classroom with rows of desks facing a blackboard.",
          caption: "The primary school next door now brings its pupils every Thursday.",
        },
        {
          image: "market",
          alt: "A busy market street with stalls and awnings.",
          caption: "A book stall at the Saturday market raised money for new shelves.",
        },
        {
          image: "gathering",
          alt: "People standing together in a lit square in the evening.",
          caption: "Opening night: the whole village came, and the reading room stayed open until midnight.",
        },
      ],
    },
  ],
  videos: [
    {
      slug: "the-convoy-that-reached-the-snowbound-villages",
      translationKey: "video-convoy",
      title: "The convoy that reached the snowbound villages",
      description: "Four minutes on the road with the winter aid convoy, from the warehouse in the valley to the last village below the pass.",
      hoursAgo: 64,
      embedUrl,
      durationSeconds: 252,
      poster: {
        image: "mountains",
        alt: "Snowy mountains above a road with trucks climbing towards a pass.",
        caption: "Still from the film: the convoy on the mountain road.",
      },
    },
    {
      slug: "remembrance-day-in-the-square",
      translationKey: "video-remembrance",
      title: "Remembrance day in the square",
      description: "Families of detainees read out the names of their relatives, one by one, as the square fills with candles.",
      hoursAgo: 300,
      embedUrl,
      durationSeconds: 205,
      poster: {
        image: "gathering",
        alt: "A crowd holding candles in a square at dusk.",
        caption: "Still from the film: the square at dusk.",
      },
    },
  ],
  books: [
    {
      slug: "the-year-in-figures-annual-report",
      translationKey: "book-annual-report",
      title: "The Year in Figures: Annual Report",
      description: "Every case we documented, every family we supported and every volunteer who made it possible, in one report.",
      hoursAgo: 470,
      language: "en",
      cover: { image: "gathering", alt: "Cover of the annual report: a crowd with candles in a square at dusk." },
      contents: [
        { title: "Summary: the year in figures", articleSlug: "annual-report-the-year-in-figures" },
        { title: "Detention and the right to a hearing", articleSlug: "pretrial-detention-waiting-longer-for-a-first-hearing" },
        { title: "Enforced disappearances: what our database shows", articleSlug: "enforced-disappearances-what-our-database-shows" },
        { title: "Support for families" },
        { title: "Our volunteers and our finances" },
      ],
      pdf: {
        title: "Horizon Watch: The Year in Figures. Annual Report",
        contentsHeading: "Contents",
        paragraphs: [
          "This report sets out the work of Horizon Watch over the past twelve months: the cases we documented, the families we accompanied and the volunteers who carried the work.",
          "All figures are drawn from our case database and have been checked by two researchers. Names and places have been withheld to protect the people who spoke to us.",
        ],
        contents: [
          "Summary: the year in figures",
          "Detention and the right to a hearing",
          "Enforced disappearances: what our database shows",
          "Support for families",
          "Our volunteers and our finances",
        ],
      },
    },
    {
      slug: "documenting-with-care-a-field-handbook",
      translationKey: "book-handbook",
      title: "Documenting with Care: A Field Handbook for Volunteers",
      description: "How we interview witnesses, verify what we hear and keep people safe, written for new volunteers and for other small organisations.",
      hoursAgo: 2600,
      language: "en",
      cover: { image: "library", alt: "Cover of the handbook: shelves of books and a reading table." },
      contents: [
        { title: "Why documentation is an act of care", articleSlug: "why-documentation-is-an-act-of-care" },
        { title: "Before the interview: consent and safety" },
        { title: "Listening, writing, checking" },
        { title: "A training day in practice", articleSlug: "volunteers-train-to-document-forced-evictions" },
        { title: "Storing testimony securely" },
      ],
      pdf: {
        title: "Documenting with Care: A Field Handbook for Volunteers",
        contentsHeading: "Contents",
        paragraphs: [
          "This handbook collects what our volunteers have learned about documenting human rights abuses without putting witnesses or themselves at risk.",
          "It is meant to be read before a first interview and kept at hand afterwards. Each chapter ends with a short checklist.",
        ],
        contents: [
          "Why documentation is an act of care",
          "Before the interview: consent and safety",
          "Listening, writing, checking",
          "A training day in practice",
          "Storing testimony securely",
        ],
      },
    },
  ],
  newsletter: [
    {
      slug: "newsletter-48",
      translationKey: "newsletter-48",
      issueNumber: 48,
      title: "Newsletter No. 48: a winter of convoys and candles",
      description: "A remembrance day in the square, the winter convoy, our statement on prison visits and an opinion piece on the cost of silence.",
      hoursAgo: 26,
      language: "en",
      cover: { image: "mountains", alt: "Cover of the newsletter: snowy mountains above a winding road." },
      contents: [
        { title: "Families of detainees gather for a day of remembrance", articleSlug: "families-of-detainees-gather-for-remembrance-day" },
        { title: "The winter convoy reaches the mountain villages", articleSlug: "winter-aid-convoy-reaches-mountain-villages" },
        { title: "Our statement on the right to visit prisoners", articleSlug: "statement-on-the-right-of-families-to-visit-prisoners" },
        { title: "Opinion: the cost of silence", articleSlug: "the-cost-of-silence" },
        { title: "From the volunteers’ notebook" },
      ],
      pdf: {
        title: "Horizon Watch Newsletter No. 48",
        contentsHeading: "Contents",
        paragraphs: ["Dear readers, this winter our volunteers travelled further than ever. Here is what they saw, and what we did about it."],
        contents: [
          "Families of detainees gather for a day of remembrance",
          "The winter convoy reaches the mountain villages",
          "Our statement on the right to visit prisoners",
          "Opinion: the cost of silence",
          "From the volunteers' notebook",
        ],
      },
    },
    {
      slug: "newsletter-47",
      translationKey: "newsletter-47",
      issueNumber: 47,
      title: "Newsletter No. 47: our year in figures",
      description: "The annual report, a library reopened by its village, schooling for refugee children and a mother’s twelve-year search.",
      hoursAgo: 700,
      language: "en",
      cover: { image: "library", alt: "Cover of the newsletter: bookshelves and a reading table." },
      contents: [
        { title: "Annual report: the year in figures", articleSlug: "annual-report-the-year-in-figures" },
        { title: "Volunteers reopen a village library", articleSlug: "volunteers-reopen-a-village-library" },
        { title: "Why schooling for refugee children cannot wait", articleSlug: "why-schooling-for-refugee-children-cannot-wait" },
        { title: "A mother’s twelve-year search for her son", articleSlug: "a-mothers-twelve-year-search-for-her-son" },
      ],
      pdf: {
        title: "Horizon Watch Newsletter No. 47",
        contentsHeading: "Contents",
        paragraphs: ["This issue opens with our annual report and closes with a story of patience that no figure can measure."],
        contents: [
          "Annual report: the year in figures",
          "Volunteers reopen a village library",
          "Why schooling for refugee children cannot wait",
          "A mother's twelve-year search for her son",
        ],
      },
    },
    {
      slug: "newsletter-46",
      translationKey: "newsletter-46",
      issueNumber: 46,
      title: "Newsletter No. 46: asking for an inquiry",
      description: "Our call for an independent inquiry into deaths in custody, what our case database shows, and a farmer who learned the law.",
      hoursAgo: 1450,
      language: "en",
      cover: { image: "harbor", alt: "Cover of the newsletter: cranes over a harbor at sunrise." },
      contents: [
        { title: "We call for an independent inquiry into deaths in custody", articleSlug: "call-for-independent-inquiry-into-deaths-in-custody" },
        { title: "Enforced disappearances: what our case database shows", articleSlug: "enforced-disappearances-what-our-database-shows" },
        { title: "The farmer who learned the law", articleSlug: "the-father-who-learned-law-to-defend-his-son" },
        { title: "Three journalists, five postponements", articleSlug: "journalists-trial-postponed-for-fifth-time" },
      ],
      pdf: {
        title: "Horizon Watch Newsletter No. 46",
        contentsHeading: "Contents",
        paragraphs: ["In this issue we explain why we are asking for an independent inquiry, and what our own records tell us."],
        contents: [
          "We call for an independent inquiry into deaths in custody",
          "Enforced disappearances: what our case database shows",
          "The farmer who learned the law",
          "Three journalists, five postponements",
        ],
      },
    },
  ],
  "pars-brief": [
    {
      slug: "pars-brief-23",
      translationKey: "pars-brief-23",
      issueNumber: 23,
      title: "Pars Brief No. 23: families and the right to visit",
      description: "Four pages on prison visits: what the rules say, how distant transfers empty them of meaning, and what families ask for.",
      hoursAgo: 60,
      language: "en",
      cover: { image: "cartoon-waiting", alt: "Cover of the brief: families waiting on benches outside a closed prison door." },
      contents: [
        { title: "Statement on the right of families to visit prisoners", articleSlug: "statement-on-the-right-of-families-to-visit-prisoners" },
        { title: "Distant transfers: how a prison’s location punishes families", articleSlug: "distant-transfers-how-prison-location-punishes-families" },
        { title: "Two sisters, one letter a month", articleSlug: "two-sisters-one-letter-a-month" },
        { title: "Recommendations" },
      ],
      pdf: {
        title: "Pars Brief No. 23: Families and the Right to Visit",
        contentsHeading: "Contents",
        paragraphs: [
          "Visits are not a favour granted to prisoners; they are a right shared by their families. This brief summarises what we have documented and what we recommend.",
        ],
        contents: [
          "Statement on the right of families to visit prisoners",
          "Distant transfers: how a prison's location punishes families",
          "Two sisters, one letter a month",
          "Recommendations",
        ],
      },
    },
    {
      slug: "pars-brief-22",
      translationKey: "pars-brief-22",
      issueNumber: 22,
      title: "Pars Brief No. 22: waiting for a first hearing",
      description: "Pretrial detention is getting longer. We look at the figures, the courthouse gates and one trial postponed five times.",
      hoursAgo: 400,
      language: "en",
      cover: { image: "cartoon-scales", alt: "Cover of the brief: a padlock outweighing a house on a pair of scales." },
      contents: [
        { title: "Pretrial detention: why people are waiting longer", articleSlug: "pretrial-detention-waiting-longer-for-a-first-hearing" },
        { title: "At the courthouse gates", articleSlug: "at-the-courthouse-gates-a-day-of-waiting" },
        { title: "A trial postponed for the fifth time", articleSlug: "journalists-trial-postponed-for-fifth-time" },
      ],
      pdf: {
        title: "Pars Brief No. 22: Waiting for a First Hearing",
        contentsHeading: "Contents",
        paragraphs: ["The law sets a limit on pretrial detention. Our records show that the limit is now the exception rather than the rule."],
        contents: [
          "Pretrial detention: why people are waiting longer",
          "At the courthouse gates",
          "A trial postponed for the fifth time",
        ],
      },
    },
    {
      slug: "pars-brief-21",
      translationKey: "pars-brief-21",
      issueNumber: 21,
      title: "Pars Brief No. 21: counting the missing",
      description: "How we record enforced disappearances, why every record is a person, and the objects families keep while they wait.",
      hoursAgo: 1000,
      language: "en",
      cover: { image: "cartoon-megaphone", alt: "Cover of the brief: a taped megaphone and a bird carrying a letter." },
      contents: [
        { title: "Enforced disappearances: what our database shows", articleSlug: "enforced-disappearances-what-our-database-shows" },
        { title: "Why documentation is an act of care", articleSlug: "why-documentation-is-an-act-of-care" },
        { title: "What families keep", articleSlug: "objects-families-keep" },
      ],
      pdf: {
        title: "Pars Brief No. 21: Counting the Missing",
        contentsHeading: "Contents",
        paragraphs: ["Behind each line of our database is a family still waiting for an answer. This brief explains how we count, and why."],
        contents: [
          "Enforced disappearances: what our database shows",
          "Why documentation is an act of care",
          "What families keep",
        ],
      },
    },
  ],
};

export default content;
