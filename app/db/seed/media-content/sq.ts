import type { EditionMediaContent } from "./types";

const embedUrl = "https://www.youtube-nocookie.com/embed/M7lc1UVf-VE";

const content: EditionMediaContent = {
  cartoons: [
    {
      slug: "pesha-e-një-dryni",
      translationKey: "cartoon-scales",
      title: "Pesha e një dryni",
      description: "Karikaturisti ynë për atë që i bën paraburgimi peshores së drejtësisë dhe familjeve që qëndrojnë pranë saj.",
      hoursAgo: 9,
      images: [
        {
          image: "cartoon-scales",
          alt: "Një peshore: një dry i madh hekuri e tërheq njërën pjatë deri në tokë, ndërsa në tjetrën ngrihet një shtëpi e vogël; një familje e shikon nga poshtë.",
          caption: "Kur paraburgimi bëhet rregull, shtëpia e familjes është pjata më e lehtë.",
        },
      ],
    },
    {
      slug: "orari-i-vizitave",
      translationKey: "cartoon-waiting",
      title: "Orari i vizitave",
      description: "Dy stola, një derë e mbyllur dhe një orë që duket se nuk lëviz: një karikaturë për çdo familje që ka pritur para portës së burgut.",
      hoursAgo: 205,
      images: [
        {
          image: "cartoon-waiting",
          alt: "Dy rreshta njerëzish ulur në stola druri përpara një muri me tulla gri, me një derë metalike të mbyllur dhe një orë të madhe sipër saj.",
          caption: "Takimi ishte në nëntë të mëngjesit. Dera u hap në katër pasdite.",
        },
      ],
    },
    {
      slug: "me-gojë-të-mbyllur-por-e-dëgjuar",
      translationKey: "cartoon-megaphone",
      title: "Me gojë të mbyllur, por e dëgjuar",
      description: "Për javën kur projektligji i ri mbi tubimet publike u fut në parlament pa asnjë konsultim.",
      hoursAgo: 1540,
      images: [
        {
          image: "cartoon-megaphone",
          alt: "Një megafon i kuq i kryqëzuar me dy shirita ngjitës, ndërsa një zog blu largohet duke mbajtur një fletë letre.",
          caption: "Megafonin mund ta mbyllësh. Mesazhi është nisur tashmë.",
        },
      ],
    },
  ],
  newspics: [
    {
      slug: "strehimet-në-skaj-të-qytetit",
      translationKey: "newspic-tents",
      title: "Strehimet në skaj të qytetit",
      description: "Familjet e dëbuara nga një lagje periferike jetojnë ende në tenda, tre muaj pas prishjes së shtëpive.",
      hoursAgo: 14,
      images: [
        {
          image: "tents",
          alt: "Rreshta tendash të bardha mbi tokë të thatë nën kodra të zhveshura, me një depozitë uji blu dhe një tel rrobash mes tyre.",
          caption: "Një kamp në skaj të qytetit, ku jetojnë rreth dyzet familje të dëbuara. Depozita e ujit mbushet dy herë në javë.",
        },
      ],
    },
    {
      slug: "e-shtuna-në-tregun-e-mbuluar",
      translationKey: "newspic-market",
      title: "E shtuna në tregun e mbuluar",
      description: "Shitëset numërojnë më pak blerës dhe shporta më të lehta, ndërsa çmimet vazhdojnë të rriten.",
      hoursAgo: 255,
      images: [
        {
          image: "market",
          alt: "Tezga tregu nën tenda me vija, me arka perimesh dhe disa blerës që ecin mes tyre.",
          caption: "Shitëset thonë se blerësit tani blejnë me copë, jo me kilogram.",
        },
      ],
    },
    {
      slug: "turni-i-agimit-në-port",
      translationKey: "newspic-harbor",
      title: "Turni i agimit në port",
      description: "Punëtorët e portit të vogël nisin ditën pa kontrata, por me një listë kërkesash të përbashkëta.",
      hoursAgo: 335,
      images: [
        {
          image: "harbor",
          alt: "Dy vinça mbi një skelë në agim, me një anije mallrash të ankoruar pranë kontejnerëve të grumbulluar.",
          caption: "Turni i mëngjesit në port. Shumica e punëtorëve paguhen me ditë, pa kontratë dhe pa sigurime.",
        },
      ],
    },
  ],
  photos: [
    {
      slug: "dimër-në-rrugën-e-malit",
      translationKey: "gallery-winter",
      title: "Dimër në rrugën e malit",
      description: "Vullnetarët tanë udhëtuan me kolonën e ndihmave dimërore drejt fshatrave të izoluara nga bora. Këto janë fotografitë që sollën.",
      hoursAgo: 48,
      images: [
        {
          image: "mountains",
          alt: "Maja të mbuluara me borë mbi një rrugë gjarpëruese, me dy kamionë që ngjiten drejt qafës së malit.",
          caption: "Kolona niset nga lugina me dritën e parë. Dymbëdhjetë kilometrat e fundit zgjatën pesë orë.",
        },
        {
          image: "tents",
          alt: "Tenda të bardha të ngritura në rreshta rrëzë kodrave.",
          caption: "Familjet që iu dëmtuan shtëpitë nga stuhia e kaluan dimrin në tenda pranë shkollës së fshatit.",
        },
        {
          image: "classroom",
          alt: "Një klasë me banka në rreshta dhe një dërrasë të zezë, e përdorur si depo për batanije dhe soba.",
          caption: "Shkolla u bë edhe magazinë: mësimi kaloi në mëngjes që ndihmat të ndaheshin pasditeve.",
        },
        {
          image: "gathering",
          alt: "Një turmë njerëzish me qirinj në duar në një shesh në muzg.",
          caption: "Mbrëmjen e fundit, banorët u mblodhën për të kujtuar dy fqinjë të zhdukur që nga pranvera.",
        },
      ],
    },
    {
      slug: "biblioteka-që-u-kthye",
      translationKey: "gallery-library",
      title: "Biblioteka që u kthye",
      description: "Tetë vjet pasi u mbyll, biblioteka e një fshati u rihap falë fqinjëve të saj. Një rrëfim në pesë fotografi.",
      hoursAgo: 235,
      images: [
        {
          image: "olive-grove",
          alt: "Kodra me tarraca të mbjella me ullinj, një shkallë druri e mbështetur te një trung dhe shporta në tokë.",
          caption: "Fshati jeton nga ullishtat; shumica e vullnetarëve erdhën në bibliotekë pas vjeljes.",
        },
        {
          image: "library",
          alt: "Rafte të larta druri plot me libra dhe një tryezë leximi me karrige.",
          caption: "Rreth dy mijë libra u pastruan, u riparuan dhe u katalogën me dorë.",
        },
        {
          image: "classroom",
          alt: "Një klasë bosh me banka përballë dërrasës së zezë.",
          caption: "Shkolla fillore fqinje tani i sjell nxënësit çdo të enjte.",
        },
        {
          image: "market",
          alt: "Një rrugë e gjallë tregu me tezga dhe tenda.",
          caption: "Një tezgë librash në tregun e së shtunës mblodhi para për rafte të reja.",
        },
        {
          image: "gathering",
          alt: "Njerëz që qëndrojnë bashkë në një shesh të ndriçuar në mbrëmje.",
          caption: "Mbrëmja e hapjes: erdhi i gjithë fshati dhe salla e leximit qëndroi hapur deri në mesnatë.",
        },
      ],
    },
  ],
  videos: [
    {
      slug: "kolona-që-arriti-në-fshatrat-e-bllokuara",
      translationKey: "video-convoy",
      title: "Kolona që arriti në fshatrat e bllokuara nga bora",
      description: "Katër minuta në rrugë me kolonën e ndihmave dimërore, nga magazina në luginë deri te fshati i fundit nën qafën e malit.",
      hoursAgo: 50,
      embedUrl,
      durationSeconds: 252,
      poster: {
        image: "mountains",
        alt: "Male me borë mbi një rrugë ku kamionët ngjiten drejt qafës.",
        caption: "Pamje nga filmi: kolona në rrugën e malit.",
      },
    },
    {
      slug: "dita-e-kujtesës-në-shesh",
      translationKey: "video-remembrance",
      title: "Dita e Kujtesës në shesh",
      description: "Familjet e të ndaluarve lexojnë emrat e të afërmve të tyre një nga një, ndërsa sheshi mbushet me qirinj.",
      hoursAgo: 290,
      embedUrl,
      durationSeconds: 205,
      poster: {
        image: "gathering",
        alt: "Një turmë me qirinj në një shesh në muzg.",
        caption: "Pamje nga filmi: sheshi në muzg.",
      },
    },
  ],
  books: [
    {
      slug: "viti-ynë-në-shifra-raporti-vjetor",
      translationKey: "book-annual-report",
      title: "Viti ynë në shifra: Raporti vjetor",
      description: "Çdo rast që dokumentuam, çdo familje që mbështetëm dhe çdo vullnetar që e bëri të mundur, në një raport të vetëm.",
      hoursAgo: 105,
      language: "sq",
      cover: { image: "gathering", alt: "Kopertina e raportit vjetor: një turmë me qirinj në një shesh në muzg." },
      contents: [
        { title: "Përmbledhje: viti ynë në shifra", articleSlug: "raporti-vjetor-viti-ynë-në-shifra" },
        { title: "Paraburgimi i zgjatur", articleSlug: "paraburgimi-i-zgjatur-kur-pritja-kthehet-në-dënim" },
        { title: "Fëmijët pa certifikatë lindjeje", articleSlug: "fëmijë-pa-certifikatë-lindjeje-mbeten-jashtë-shkollës" },
        { title: "Mbështetja për familjet" },
        { title: "Vullnetarët dhe financat tona" },
      ],
      pdf: {
        title: "Vëzhguesi i Horizontit: Viti ynë në shifra. Raporti vjetor",
        contentsHeading: "Përmbajtja",
        paragraphs: [
          "Ky raport paraqet punën e Vëzhguesit të Horizontit gjatë dymbëdhjetë muajve të fundit: rastet që dokumentuam, familjet që shoqëruam dhe vullnetarët që e mbajtën gjallë punën.",
          "Të gjitha shifrat vijnë nga baza jonë e të dhënave dhe janë kontrolluar nga dy studiues. Emrat dhe vendet janë hequr për të mbrojtur dëshmitarët.",
        ],
        contents: [
          "Përmbledhje: viti ynë në shifra",
          "Paraburgimi i zgjatur",
          "Fëmijët pa certifikatë lindjeje",
          "Mbështetja për familjet",
          "Vullnetarët dhe financat tona",
        ],
      },
    },
    {
      slug: "si-dokumentojmë-me-kujdes-udhëzues-në-terren",
      translationKey: "book-handbook",
      title: "Si dokumentojmë me kujdes: udhëzues në terren për vullnetarët",
      description: "Si i intervistojmë dëshmitarët, si e verifikojmë atë që dëgjojmë dhe si i mbrojmë njerëzit; për vullnetarët e rinj dhe për organizata të tjera të vogla.",
      hoursAgo: 2460,
      language: "sq",
      cover: { image: "library", alt: "Kopertina e udhëzuesit: rafte librash dhe një tryezë leximi." },
      contents: [
        { title: "Si e dokumentojmë një rast", articleSlug: "si-e-dokumentojmë-një-rast" },
        { title: "Dëshmitarët kanë nevojë për mbrojtje", articleSlug: "dëshmitarët-kanë-nevojë-për-mbrojtje-jo-për-dyshime" },
        { title: "Para intervistës: pëlqimi dhe siguria" },
        { title: "Ruajtja e sigurt e dëshmive" },
      ],
      pdf: {
        title: "Si dokumentojmë me kujdes: udhëzues në terren për vullnetarët",
        contentsHeading: "Përmbajtja",
        paragraphs: [
          "Ky udhëzues mbledh atë që vullnetarët tanë kanë mësuar për dokumentimin e shkeljeve të të drejtave të njeriut pa i vënë në rrezik dëshmitarët apo veten.",
          "Lexojeni para intervistës së parë dhe mbajeni pranë edhe më pas. Çdo kapitull mbyllet me një listë të shkurtër kontrolli.",
        ],
        contents: [
          "Si e dokumentojmë një rast",
          "Dëshmitarët kanë nevojë për mbrojtje",
          "Para intervistës: pëlqimi dhe siguria",
          "Ruajtja e sigurt e dëshmive",
        ],
      },
    },
  ],
  newsletter: [
    {
      slug: "buletini-numri-48",
      translationKey: "newsletter-48",
      issueNumber: 48,
      title: "Buletini nr. 48: një dimër kolonash dhe qirinjsh",
      description: "Dita e Kujtesës në shesh, kolona dimërore, kërkesa jonë për hetim të pavarur dhe protesta kundër dëbimeve pa njoftim.",
      hoursAgo: 24,
      language: "sq",
      cover: { image: "mountains", alt: "Kopertina e buletinit: male me borë mbi një rrugë gjarpëruese." },
      contents: [
        { title: "Familjet e të ndaluarve mblidhen për Ditën e Kujtesës", articleSlug: "familjet-e-të-ndaluarve-mblidhen-për-ditën-e-kujtesës" },
        { title: "Kolona dimërore arrin në fshatrat e bllokuara", articleSlug: "kolona-dimërore-arrin-në-fshatrat-e-bllokuara-nga-bora" },
        { title: "Kërkojmë hetim të pavarur", articleSlug: "hetim-i-pavarur-për-vdekjen-e-një-të-paraburgosuri" },
        { title: "Banorët protestojnë kundër dëbimeve", articleSlug: "banorët-protestojnë-kundër-dëbimeve-pa-njoftim" },
        { title: "Nga blloku i shënimeve të vullnetarëve" },
      ],
      pdf: {
        title: "Buletini i Vëzhguesit të Horizontit, nr. 48",
        contentsHeading: "Përmbajtja",
        paragraphs: ["Të dashur lexues, këtë dimër vullnetarët tanë udhëtuan më larg se kurrë. Ja çfarë panë dhe çfarë bëmë."],
        contents: [
          "Familjet e të ndaluarve mblidhen për Ditën e Kujtesës",
          "Kolona dimërore arrin në fshatrat e bllokuara",
          "Kërkojmë hetim të pavarur",
          "Banorët protestojnë kundër dëbimeve",
          "Nga blloku i shënimeve të vullnetarëve",
        ],
      },
    },
    {
      slug: "buletini-numri-47",
      translationKey: "newsletter-47",
      issueNumber: 47,
      title: "Buletini nr. 47: shkolla nuk mund të presë",
      description: "Shkollimi i fëmijëve refugjatë, një bibliotekë fshati e rihapur, e drejta për vizita në burg dhe një nënë që kërkon prej dymbëdhjetë vitesh.",
      hoursAgo: 600,
      language: "sq",
      cover: { image: "classroom", alt: "Kopertina e buletinit: një klasë me banka në rreshta dhe dërrasë të zezë." },
      contents: [
        { title: "Pse shkollimi i fëmijëve refugjatë nuk mund të presë", articleSlug: "pse-shkollimi-i-fëmijëve-refugjatë-nuk-mund-të-presë" },
        { title: "Vullnetarët rihapin bibliotekën e fshatit", articleSlug: "vullnetarët-rihapin-bibliotekën-e-fshatit" },
        { title: "Deklaratë për të drejtën e vizitave në burg", articleSlug: "deklaratë-për-të-drejtën-e-vizitave-në-burg" },
        { title: "Dymbëdhjetë vjet pa lajm", articleSlug: "dymbëdhjetë-vjet-kërkimi-i-një-nëne-për-djalin" },
      ],
      pdf: {
        title: "Buletini i Vëzhguesit të Horizontit, nr. 47",
        contentsHeading: "Përmbajtja",
        paragraphs: ["Në këtë numër: e drejta e fëmijëve për shkollë dhe durimi i një nëne që nuk pushon së pyeturi."],
        contents: [
          "Pse shkollimi i fëmijëve refugjatë nuk mund të presë",
          "Vullnetarët rihapin bibliotekën e fshatit",
          "Deklaratë për të drejtën e vizitave në burg",
          "Dymbëdhjetë vjet pa lajm",
        ],
      },
    },
    {
      slug: "buletini-numri-46",
      translationKey: "newsletter-46",
      issueNumber: 46,
      title: "Buletini nr. 46: fëmijët e ngujuar dhe qëndistaret e luginës",
      description: "Fëmijët që nuk shkojnë në shkollë nga frika e hakmarrjes, gratë që qëndisin emrat e të zhdukurve dhe letrat e një babai nga burgu.",
      hoursAgo: 1500,
      language: "sq",
      cover: { image: "olive-grove", alt: "Kopertina e buletinit: kodra me ullinj në tarraca." },
      contents: [
        { title: "Fëmijët e ngujuar", articleSlug: "fëmijët-e-ngujuar-kur-frika-mbyll-dyert-e-shkollës" },
        { title: "Qëndistaret e luginës", articleSlug: "qëndistaret-e-luginës-emrat-e-të-zhdukurve" },
        { title: "Letrat e një babai nga burgu", articleSlug: "letrat-e-një-babai-nga-burgu" },
        { title: "Qëndrimi ynë për projektligjin mbi tubimet", articleSlug: "qëndrimi-ynë-për-projektligjin-mbi-tubimet-publike" },
      ],
      pdf: {
        title: "Buletini i Vëzhguesit të Horizontit, nr. 46",
        contentsHeading: "Përmbajtja",
        paragraphs: ["Ky numër u kushtohet atyre që presin: fëmijëve të mbyllur në shtëpi, grave që qëndisin emra dhe vajzave që rriten me letra."],
        contents: [
          "Fëmijët e ngujuar",
          "Qëndistaret e luginës",
          "Letrat e një babai nga burgu",
          "Qëndrimi ynë për projektligjin mbi tubimet",
        ],
      },
    },
  ],
  "pars-brief": [
    {
      slug: "pars-brief-numri-23",
      translationKey: "pars-brief-23",
      issueNumber: 23,
      title: "Pars Brief nr. 23: paraburgimi dhe e drejta për t’u gjykuar shpejt",
      description: "Katër faqe për paraburgimin e zgjatur: çfarë thotë ligji, çfarë tregojnë rastet tona dhe çfarë rekomandojmë.",
      hoursAgo: 70,
      language: "sq",
      cover: { image: "cartoon-scales", alt: "Kopertina e Pars Brief: një dry i rëndë që mbizotëron mbi një shtëpi në peshore." },
      contents: [
        { title: "Paraburgimi i zgjatur: kur pritja kthehet në dënim", articleSlug: "paraburgimi-i-zgjatur-kur-pritja-kthehet-në-dënim" },
        { title: "Kërkojmë hetim të pavarur për vdekjen e një të paraburgosuri", articleSlug: "hetim-i-pavarur-për-vdekjen-e-një-të-paraburgosuri" },
        { title: "Hapet zyra e re e ndihmës ligjore falas", articleSlug: "hapet-zyra-e-re-e-ndihmës-ligjore-falas" },
        { title: "Rekomandime" },
      ],
      pdf: {
        title: "Pars Brief nr. 23: Paraburgimi dhe e drejta për t'u gjykuar shpejt",
        contentsHeading: "Përmbajtja",
        paragraphs: ["Ligji e kufizon paraburgimin. Të dhënat tona tregojnë se kufiri është bërë përjashtim dhe jo rregull."],
        contents: [
          "Paraburgimi i zgjatur: kur pritja kthehet në dënim",
          "Kërkojmë hetim të pavarur për vdekjen e një të paraburgosuri",
          "Hapet zyra e re e ndihmës ligjore falas",
          "Rekomandime",
        ],
      },
    },
    {
      slug: "pars-brief-numri-22",
      translationKey: "pars-brief-22",
      issueNumber: 22,
      title: "Pars Brief nr. 22: puna pa kontratë dhe gratë e tregut",
      description: "Punëtorët e portit pa kontrata, gratë që ushqejnë qytetin pa pasur tokë dhe të rinjtë që ikin nga fshati.",
      hoursAgo: 520,
      language: "sq",
      cover: { image: "harbor", alt: "Kopertina e Pars Brief: vinça mbi port në agim." },
      contents: [
        { title: "Një ditë në port me punëtorët pa kontrata", articleSlug: "një-ditë-në-portin-me-punëtorët-pa-kontrata" },
        { title: "Tregu i së shtunës", articleSlug: "tregu-i-së-shtunës-gratë-që-ushqejnë-qytetin" },
        { title: "Kur ikin të rinjtë", articleSlug: "kur-ikin-të-rinjtë-fshati-humbet-më-shumë-se-banorë" },
      ],
      pdf: {
        title: "Pars Brief nr. 22: Puna pa kontratë dhe gratë e tregut",
        contentsHeading: "Përmbajtja",
        paragraphs: ["E drejta për punë të ligjshme dhe të paguar drejt ndiqet këtu në tri rrëfime të shkurtra."],
        contents: [
          "Një ditë në port me punëtorët pa kontrata",
          "Tregu i së shtunës",
          "Kur ikin të rinjtë",
        ],
      },
    },
    {
      slug: "pars-brief-numri-21",
      translationKey: "pars-brief-21",
      issueNumber: 21,
      title: "Pars Brief nr. 21: gjuha e urrejtjes dhe familjet e emigrantëve",
      description: "Si e dëmton gjuha e urrejtjes komunitetin rom, dhe çfarë ndodh me familjet kur dikush humbet në rrugën e emigrimit.",
      hoursAgo: 1200,
      language: "sq",
      cover: { image: "cartoon-megaphone", alt: "Kopertina e Pars Brief: një megafon i mbyllur me shirit dhe një zog që mban një letër." },
      contents: [
        { title: "Gjuha e urrejtjes ndaj romëve nuk është „vetëm fjalë“", articleSlug: "gjuha-e-urrejtjes-ndaj-romëve-nuk-është-vetëm-fjalë" },
        { title: "Ardiana kërkon vëllanë e humbur", articleSlug: "ardiana-kërkon-vëllanë-e-humbur-në-rrugën-e-emigrimit" },
        { title: "Gjyshja që rrit dy nipër", articleSlug: "gjyshja-që-rrit-dy-nipër-ndërsa-prindërit-punojnë-larg" },
      ],
      pdf: {
        title: "Pars Brief nr. 21: Gjuha e urrejtjes dhe familjet e emigrantëve",
        contentsHeading: "Përmbajtja",
        paragraphs: ["Fjalët kanë pasoja. Ky numër ndjek dy forma të padukshme të dëmit: përjashtimin nga fjala dhe mungesën nga shtëpia."],
        contents: [
          "Gjuha e urrejtjes ndaj romëve nuk është 'vetëm fjalë'",
          "Ardiana kërkon vëllanë e humbur",
          "Gjyshja që rrit dy nipër",
        ],
      },
    },
  ],
};

export default content;
