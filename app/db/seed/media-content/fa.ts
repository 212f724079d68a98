import type { EditionMediaContent } from "./types";

const embedUrl = "https://www.youtube-nocookie.com/embed/M7lc1UVf-VE";

const content: EditionMediaContent = {
  cartoons: [
    {
      slug: "وزن-یک-قفل",
      translationKey: "cartoon-scales",
      title: "وزن یک قفل",
      description: "کاریکاتوریست ما دربارهٔ اینکه بازداشت موقت با ترازوی عدالت و با خانواده‌هایی که کنارش ایستاده‌اند چه می‌کند.",
      hoursAgo: 11,
      images: [
        {
          image: "cartoon-scales",
          alt: "ترازویی که یک کفه‌اش زیر وزن قفلی آهنی و بزرگ پایین رفته و کفهٔ دیگر با خانه‌ای کوچک بالا مانده است؛ خانواده‌ای از پایین به آن نگاه می‌کند.",
          caption: "وقتی بازداشت قاعده می‌شود، خانهٔ خانواده کفهٔ سبک‌تر ترازوست.",
        },
      ],
    },
    {
      slug: "ساعت-ملاقات",
      translationKey: "cartoon-waiting",
      title: "ساعت ملاقات",
      description: "دو نیمکت، یک در بسته و ساعتی که عقربه‌هایش تکان نمی‌خورد: طرحی برای همهٔ خانواده‌هایی که پشت در زندان منتظر مانده‌اند.",
      hoursAgo: 215,
      images: [
        {
          image: "cartoon-waiting",
          alt: "دو ردیف آدم روی نیمکت‌های چوبی جلوی دیواری آجری و خاکستری نشسته‌اند؛ دری فلزی و بسته در دیوار است و ساعتی بزرگ بالای آن.",
          caption: "وقت ملاقات ساعت نه صبح بود. در ساعت چهار بعدازظهر باز شد.",
        },
      ],
    },
    {
      slug: "دهان-بسته-صدای-رسا",
      translationKey: "cartoon-megaphone",
      title: "دهان بسته، صدای رسا",
      description: "برای هفته‌ای که روزنامهٔ محلی یک شهر کوچک برای همیشه تعطیل شد.",
      hoursAgo: 790,
      images: [
        {
          image: "cartoon-megaphone",
          alt: "بلندگویی قرمز که دو نوار چسب به شکل ضربدر رویش چسبیده و پرنده‌ای آبی که کاغذی به منقار دارد و از آن دور می‌شود.",
          caption: "می‌شود بلندگو را بست؛ پیام پیش از آن رفته است.",
        },
      ],
    },
  ],
  newspics: [
    {
      slug: "چادرها-در-حاشیه-شهر",
      translationKey: "newspic-tents",
      title: "چادرها در حاشیهٔ شهر",
      description: "خانواده‌هایی که از محله‌ای کنار رودخانه بیرون رانده شدند، سه ماه بعد هنوز در چادر زندگی می‌کنند.",
      hoursAgo: 15,
      images: [
        {
          image: "tents",
          alt: "ردیف‌هایی از چادرهای سفید روی زمینی خشک زیر تپه‌های بی‌درخت، با یک منبع آب آبی و بند رخت میانشان.",
          caption: "اردوگاهی در حاشیهٔ شهر که حدود چهل خانوادهٔ بی‌خانمان‌شده در آن زندگی می‌کنند. منبع آب هفته‌ای دو بار پر می‌شود.",
        },
      ],
    },
    {
      slug: "شنبه-در-بازار-سرپوشیده",
      translationKey: "newspic-market",
      title: "شنبه در بازار سرپوشیده",
      description: "کاسب‌ها با بالا رفتن قیمت‌ها مشتری کمتر و زنبیل‌های سبک‌تری می‌شمارند.",
      hoursAgo: 245,
      images: [
        {
          image: "market",
          alt: "بساط فروشندگان زیر سایبان‌های راه‌راه، با جعبه‌های سبزی و چند خریدار که میانشان راه می‌روند.",
          caption: "فروشنده‌ها می‌گویند مشتری‌ها حالا دانه‌ای می‌خرند، نه کیلویی.",
        },
      ],
    },
    {
      slug: "شیفت-سحر-در-بندر",
      translationKey: "newspic-harbor",
      title: "شیفت سحر در بندر",
      description: "کارگران اسکله روزشان را پس از انتخاب نخستین کمیتهٔ صنفی در شش سال گذشته آغاز می‌کنند.",
      hoursAgo: 520,
      images: [
        {
          image: "harbor",
          alt: "دو جرثقیل بالای اسکله در طلوع آفتاب و یک کشتی باری که کنار کانتینرهای روی هم چیده پهلو گرفته است.",
          caption: "شیفت صبح در بندر، یک روز پس از رأی‌گیری صنفی. میزان مشارکت بیش از هشتاد درصد بود.",
        },
      ],
    },
  ],
  photos: [
    {
      slug: "زمستان-در-جاده-کوهستان",
      translationKey: "gallery-winter",
      title: "زمستان در جادهٔ کوهستان",
      description: "داوطلبان ما همراه کاروان کمک‌های زمستانی به روستاهایی رفتند که برف راهشان را بسته بود. این عکس‌ها را با خود آوردند.",
      hoursAgo: 56,
      images: [
        {
          image: "mountains",
          alt: "قله‌های برف‌پوش بالای جاده‌ای پیچ‌درپیچ و دو کامیون که به سوی گردنه بالا می‌روند.",
          caption: "کاروان با نخستین روشنایی صبح از دره راه می‌افتد. دوازده کیلومتر آخر پنج ساعت طول کشید.",
        },
        {
          image: "tents",
          alt: "چادرهای سفیدی که در ردیف‌های منظم پای تپه‌ها برپا شده‌اند.",
          caption: "خانواده‌هایی که خانه‌شان در توفان آسیب دید، زمستان را در چادرهایی نزدیک مدرسهٔ روستا گذراندند.",
        },
        {
          image: "classroom",
          alt: "کلاسی با نیمکت‌های ردیف‌شده و تخته‌سیاه که انبار پتو و بخاری شده است.",
          caption: "مدرسه انبار هم شد: درس‌ها به صبح منتقل شد تا بعدازظهرها کمک‌ها دسته‌بندی شوند.",
        },
        {
          image: "gathering",
          alt: "جمعیتی که هنگام غروب در میدانی شمع به دست گرفته‌اند.",
          caption: "شب آخر، اهالی روستا برای یاد دو همسایه‌ای که از بهار ناپدید شده‌اند گرد هم آمدند.",
        },
      ],
    },
    {
      slug: "کتابخانه-ای-که-برگشت",
      translationKey: "gallery-library",
      title: "کتابخانه‌ای که برگشت",
      description: "پنج سال پس از تعطیلی، کتابخانهٔ یک روستا به همت همسایه‌ها دوباره باز شد. روایتی تصویری در پنج عکس.",
      hoursAgo: 440,
      images: [
        {
          image: "olive-grove",
          alt: "دامنه‌ای پلکانی پوشیده از درختان زیتون، نردبانی چوبی تکیه‌داده به تنهٔ درخت و سبدهایی روی زمین.",
          caption: "روستا از باغ‌های زیتونش زندگی می‌کند؛ بیشتر داوطلبان پس از فصل برداشت به کتابخانه آمدند.",
        },
        {
          image: "library",
          alt: "قفسه‌های چوبی بلند پر از کتاب و میز مطالعه‌ای با چند صندلی.",
          caption: "حدود دو هزار کتاب با دست تمیز، مرمت و فهرست شد.",
        },
        {
          image: "classroom",
          alt: "کلاسی خالی با نیمکت‌هایی رو به تخته‌سیاه.",
          caption: "دبستان همسایه حالا هر پنجشنبه شاگردانش را به کتابخانه می‌آورد.",
        },
        {
          image: "market",
          alt: "راستهٔ شلوغ بازار با بساط‌ها و سایبان‌ها.",
          caption: "بساط کتاب در بازار شنبه پول قفسه‌های تازه را فراهم کرد.",
        },
        {
          image: "gathering",
          alt: "مردمی که شامگاه در میدانی روشن کنار هم ایستاده‌اند.",
          caption: "شب افتتاح: همهٔ روستا آمد و سالن مطالعه تا نیمه‌شب باز ماند.",
        },
      ],
    },
  ],
  videos: [
    {
      slug: "کاروانی-که-به-روستاهای-برف-گیر-رسید",
      translationKey: "video-convoy",
      title: "کاروانی که به روستاهای برف‌گیر رسید",
      description: "چهار دقیقه در جاده با کاروان کمک‌های زمستانی، از انبار پایین دره تا آخرین روستای زیر گردنه.",
      hoursAgo: 62,
      embedUrl,
      durationSeconds: 252,
      poster: {
        image: "mountains",
        alt: "کوه‌های برفی بالای جاده‌ای که کامیون‌ها در آن به سوی گردنه بالا می‌روند.",
        caption: "نمایی از فیلم: کاروان در جادهٔ کوهستان.",
      },
    },
    {
      slug: "روز-یادبود-در-میدان",
      translationKey: "video-remembrance",
      title: "روز یادبود در میدان",
      description: "خانواده‌های بازداشت‌شدگان نام عزیزانشان را یکی‌یکی می‌خوانند و میدان از شمع پر می‌شود.",
      hoursAgo: 305,
      embedUrl,
      durationSeconds: 205,
      poster: {
        image: "gathering",
        alt: "جمعیتی شمع به دست در میدانی هنگام غروب.",
        caption: "نمایی از فیلم: میدان هنگام غروب.",
      },
    },
  ],
  books: [
    {
      slug: "یک-سال-در-چند-عدد-گزارش-سالانه",
      translationKey: "book-annual-report",
      title: "یک سال در چند عدد: گزارش سالانهٔ دیده‌بان افق",
      description: "همهٔ پرونده‌هایی که مستند کردیم، خانواده‌هایی که همراهشان بودیم و داوطلبانی که این کار را ممکن کردند، در یک گزارش.",
      hoursAgo: 1690,
      language: "fa",
      cover: { image: "gathering", alt: "جلد گزارش سالانه: جمعیتی شمع به دست در میدانی هنگام غروب." },
      contents: [
        { title: "خلاصه: یک سال کار در چند عدد", articleSlug: "گزارش-سالانه-یک-سال-کار-در-چند-عدد" },
        { title: "حق داشتن وکیل از نخستین ساعت بازداشت", articleSlug: "حق-داشتن-وکیل-از-نخستین-ساعت-بازداشت" },
        { title: "کودکان بی‌شناسنامه", articleSlug: "کودکان-بی-شناسنامه-در-حاشیه-شهرها" },
        { title: "همراهی با خانواده‌ها" },
        { title: "داوطلبان و گزارش مالی" },
      ],
      pdf: {
        title: "Dideban-e Ofogh: Yek sal dar chand adad. Gozaresh-e salaneh",
        contentsHeading: "Fehrest",
        transliterated: true,
        paragraphs: [
          "In gozaresh kar-e Dideban-e Ofogh dar davazdah mah-e gozashteh ra negah mikonad: parvandeh-hayi ke mostanad kardim, khanevadeh-hayi ke hamrahashan budim va davtalabani ke in kar ra momken kardand.",
          "Hameh-ye adad az bank-e etela'at-e parvandeh-ha-ye ma ast va do pazhuheshgar an ra baznegari kardeh-and. Nam-ha va makan-ha baraye hefazat az shahedan hazf shodeh-and.",
        ],
        contents: [
          "Kholaseh: yek sal kar dar chand adad",
          "Haqq-e dashtan-e vakil az nakhostin sa'at-e bazdasht",
          "Kudakan-e bi-shenasnameh",
          "Hamrahi ba khanevadeh-ha",
          "Davtalaban va gozaresh-e mali",
        ],
      },
    },
    {
      slug: "مستندسازی-با-مراقبت-راهنمای-داوطلبان",
      translationKey: "book-handbook",
      title: "مستندسازی با مراقبت: راهنمای میدانی داوطلبان",
      description: "چگونه با شاهدان گفت‌وگو می‌کنیم، آنچه را می‌شنویم راستی‌آزمایی می‌کنیم و از آدم‌ها محافظت می‌کنیم؛ برای داوطلبان تازه و سازمان‌های کوچک دیگر.",
      hoursAgo: 2620,
      language: "fa",
      cover: { image: "library", alt: "جلد راهنما: قفسه‌های کتاب و میز مطالعه." },
      contents: [
        { title: "سیاست ما برای حفاظت از هویت شاهدان", articleSlug: "سیاست-ما-برای-حفاظت-از-هویت-شاهدان" },
        { title: "پیش از گفت‌وگو: رضایت و امنیت" },
        { title: "شنیدن، نوشتن، راستی‌آزمایی" },
        { title: "نگه‌داری امن شهادت‌ها" },
      ],
      pdf: {
        title: "Mostanadsazi ba moraqebat: Rahnama-ye meydani-ye davtalaban",
        contentsHeading: "Fehrest",
        transliterated: true,
        paragraphs: [
          "In rahnama anche davtalaban-e ma darbareh-ye mostanadsazi-ye naqz-e hoquq-e bashar amukhteh-and gerd miavarad, bi anke shahedan ya khodeshan ra be khatar biandazand.",
        ],
        contents: [
          "Siasat-e ma baraye hefazat az hoviyat-e shahedan",
          "Pish az goftogu: rezayat va amniyat",
          "Shenidan, neveshtan, rasti-azma'i",
          "Negahdari-ye amn-e shahadat-ha",
        ],
      },
    },
  ],
  newsletter: [
    {
      slug: "خبرنامه-شماره-48",
      translationKey: "newsletter-48",
      issueNumber: 48,
      title: "خبرنامهٔ شمارهٔ ۴۸: زمستان کاروان‌ها و شمع‌ها",
      description: "روز یادبود در میدان، کاروان زمستانی، گرانی به روایت کاسبان بازار و یادداشتی دربارهٔ هزینهٔ سکوت.",
      hoursAgo: 25,
      language: "fa",
      cover: { image: "mountains", alt: "جلد خبرنامه: کوه‌های برفی بالای جاده‌ای پیچ‌درپیچ." },
      contents: [
        { title: "گردهمایی خانواده‌های بازداشت‌شدگان در روز یادبود", articleSlug: "گردهمایی-یادبود-خانواده-بازداشت-شدگان" },
        { title: "کاروان زمستانی به روستاهای برف‌گیر رسید", articleSlug: "کاروان-کمک-زمستانی-به-روستاهای-برف-گیر-رسید" },
        { title: "گرانی به روایت کاسبان بازار", articleSlug: "گرانی-و-زندگی-روزمره-به-روایت-کاسبان-بازار" },
        { title: "یادداشت: هزینهٔ سکوت", articleSlug: "هزینه-سکوت" },
        { title: "از دفترچهٔ داوطلبان" },
      ],
      pdf: {
        title: "Khabarnameh-ye Dideban-e Ofogh, shomareh-ye 48",
        contentsHeading: "Fehrest",
        transliterated: true,
        paragraphs: ["Khanandegan-e aziz, davtalaban-e ma in zemestan dur-tar az hamisheh raftand. In ast anche didand va kari ke kardim."],
        contents: [
          "Gerdehama'i-ye khanevadeh-ha-ye bazdasht-shodegan dar ruz-e yadbud",
          "Karavan-e zemestani be rusta-ha-ye barfgir resid",
          "Gerani be revayat-e kaseban-e bazar",
          "Yaddasht: hazineh-ye sokut",
          "Az daftarcheh-ye davtalaban",
        ],
      },
    },
    {
      slug: "خبرنامه-شماره-47",
      translationKey: "newsletter-47",
      issueNumber: 47,
      title: "خبرنامهٔ شمارهٔ ۴۷: مدرسه نمی‌تواند منتظر بماند",
      description: "آموزش کودکان پناهجو، دوازده سال جست‌وجوی یک مادر، بیانیه دربارهٔ حق ملاقات و شب شعری برای زبانی در خطر.",
      hoursAgo: 690,
      language: "fa",
      cover: { image: "classroom", alt: "جلد خبرنامه: کلاسی با نیمکت‌های ردیف‌شده و تخته‌سیاه." },
      contents: [
        { title: "چرا آموزش کودکان پناهجو نمی‌تواند منتظر بماند", articleSlug: "چرا-آموزش-کودکان-پناهجو-نمی-تواند-منتظر-بماند" },
        { title: "دوازده سال جست‌وجو", articleSlug: "دوازده-سال-جست-وجوی-یک-مادر-برای-پسرش" },
        { title: "بیانیه دربارهٔ حق ملاقات با زندانیان", articleSlug: "بیانیه-درباره-حق-ملاقات-خانواده-با-زندانیان" },
        { title: "شب شعری که زبانی در خطر را زنده نگه می‌دارد", articleSlug: "شب-شعری-که-زبانی-در-خطر-را-زنده-نگه-می-دارد" },
      ],
      pdf: {
        title: "Khabarnameh-ye Dideban-e Ofogh, shomareh-ye 47",
        contentsHeading: "Fehrest",
        transliterated: true,
        paragraphs: ["Dar in shomareh: haqq-e kudakan be madreseh va sabr-e madari ke az porsidan dast nemikeshad."],
        contents: [
          "Chera amuzesh-e kudakan-e panahju nemitavanad montazer bemanad",
          "Davazdah sal jostoju",
          "Bayanieh darbareh-ye haqq-e molaqat ba zendanian",
          "Shab-e she'ri ke zabani dar khatar ra zendeh negah midarad",
        ],
      },
    },
    {
      slug: "خبرنامه-شماره-46",
      translationKey: "newsletter-46",
      issueNumber: 46,
      title: "خبرنامهٔ شمارهٔ ۴۶: کار، دستمزد و یک برگ کاغذ",
      description: "کارگرانی که پنج ماه حقوق نگرفته‌اند، کودکان بی‌شناسنامه، پایان‌نامه‌ای برای پدری در زندان و مادرانی که نوشتن آموختند.",
      hoursAgo: 1400,
      language: "fa",
      cover: { image: "harbor", alt: "جلد خبرنامه: جرثقیل‌های بندر در طلوع آفتاب." },
      contents: [
        { title: "کارگران یک کارخانهٔ نساجی پنج ماه است حقوق نگرفته‌اند", articleSlug: "کارگران-کارخانه-نساجی-پنج-ماه-حقوق-نگرفته-اند" },
        { title: "کودکان بی‌شناسنامه", articleSlug: "کودکان-بی-شناسنامه-در-حاشیه-شهرها" },
        { title: "پایان‌نامه‌ای که به پدری در زندان تقدیم شد", articleSlug: "پایان-نامه-ای-که-به-پدری-در-زندان-تقدیم-شد" },
        { title: "مادرانی که در چهل‌سالگی نوشتن را آغاز کردند", articleSlug: "مادرانی-که-در-چهل-سالگی-نوشتن-را-آغاز-کردند" },
      ],
      pdf: {
        title: "Khabarnameh-ye Dideban-e Ofogh, shomareh-ye 46",
        contentsHeading: "Fehrest",
        transliterated: true,
        paragraphs: ["In shomareh az kar va dastmozd shoru mishavad va ba dastan-e madarani tamam mishavad ke dar chehel-salegi neveshtan amukhtand."],
        contents: [
          "Kargaran-e yek karkhaneh-ye nassaji panj mah ast hoquq nagerefteh-and",
          "Kudakan-e bi-shenasnameh",
          "Payan-nameh-i ke be pedari dar zendan taqdim shod",
          "Madarani ke dar chehel-salegi neveshtan ra aghaz kardand",
        ],
      },
    },
  ],
  "pars-brief": [
    {
      slug: "پارس-بریف-شماره-23",
      translationKey: "pars-brief-23",
      issueNumber: 23,
      title: "پارس بریف، شمارهٔ ۲۳: خانواده‌ها و حق ملاقات",
      description: "چهار صفحه دربارهٔ ملاقات با زندانیان: قانون چه می‌گوید، راه‌های دور چه بر سر خانواده‌ها می‌آورد و خانواده‌ها چه می‌خواهند.",
      hoursAgo: 58,
      language: "fa",
      cover: { image: "cartoon-waiting", alt: "جلد پارس بریف: خانواده‌هایی که روی نیمکت جلوی در بستهٔ زندان منتظرند." },
      contents: [
        { title: "بیانیه دربارهٔ حق ملاقات خانواده‌ها با زندانیان", articleSlug: "بیانیه-درباره-حق-ملاقات-خانواده-با-زندانیان" },
        { title: "هر هفته چهارصد کیلومتر برای بیست دقیقه دیدار", articleSlug: "هر-هفته-چهارصد-کیلومتر-برای-بیست-دقیقه-دیدار" },
        { title: "آزادی موقت معلم جوان پس از شصت روز", articleSlug: "آزادی-موقت-معلم-جوان-پس-از-شصت-روز-بازداشت" },
        { title: "پیشنهادها" },
      ],
      pdf: {
        title: "Pars Brief, shomareh-ye 23: Khanevadeh-ha va haqq-e molaqat",
        contentsHeading: "Fehrest",
        transliterated: true,
        paragraphs: ["Molaqat lotfi nist ke be zendani mishavad; haqqi ast ke khanevadeh-ash ham dar an sharik ast."],
        contents: [
          "Bayanieh darbareh-ye haqq-e molaqat-e khanevadeh-ha ba zendanian",
          "Har hafteh chaharsad kilometr baraye bist daqiqeh didar",
          "Azadi-ye movaqqat-e mo'allem-e javan pas az shast ruz",
          "Pishnahad-ha",
        ],
      },
    },
    {
      slug: "پارس-بریف-شماره-22",
      translationKey: "pars-brief-22",
      issueNumber: 22,
      title: "پارس بریف، شمارهٔ ۲۲: نان، اینترنت و کار",
      description: "گرانی در بازار، اختلال اینترنت و کسب‌وکارهای خانگی زنان، و سلامت فعال کارگری در اعتصاب غذا.",
      hoursAgo: 480,
      language: "fa",
      cover: { image: "market", alt: "جلد پارس بریف: بساط بازار زیر سایبان‌های راه‌راه." },
      contents: [
        { title: "گرانی و زندگی روزمره", articleSlug: "گرانی-و-زندگی-روزمره-به-روایت-کاسبان-بازار" },
        { title: "اختلال اینترنت و کسب‌وکارهای خانگی زنان", articleSlug: "اختلال-اینترنت-و-کسب-وکارهای-خانگی-زنان" },
        { title: "نگرانی دربارهٔ سلامت فعال کارگری در اعتصاب غذا", articleSlug: "نگرانی-درباره-سلامت-فعال-کارگری-در-اعتصاب-غذا" },
      ],
      pdf: {
        title: "Pars Brief, shomareh-ye 22: Nan, internet va kar",
        contentsHeading: "Fehrest",
        transliterated: true,
        paragraphs: ["In shomareh haqq-e kar va zendegi-ye sharafatmandaneh ra dar se gozaresh-e kutah donbal mikonad."],
        contents: [
          "Gerani va zendegi-ye ruzmarreh",
          "Ekhtelal-e internet va kasb-o-kar-ha-ye khanegi-ye zanan",
          "Negarani darbareh-ye salamat-e fa'al-e kargari dar e'tesab-e ghaza",
        ],
      },
    },
    {
      slug: "پارس-بریف-شماره-21",
      translationKey: "pars-brief-21",
      issueNumber: 21,
      title: "پارس بریف، شمارهٔ ۲۱: حق وکیل و امنیت شاهدان",
      description: "چرا دسترسی به وکیل باید از نخستین ساعت بازداشت آغاز شود و ما چگونه از هویت شاهدان محافظت می‌کنیم.",
      hoursAgo: 1320,
      language: "fa",
      cover: { image: "cartoon-scales", alt: "جلد پارس بریف: ترازویی که قفلی سنگین آن را به سوی خود کشیده است." },
      contents: [
        { title: "حق داشتن وکیل از نخستین ساعت بازداشت", articleSlug: "حق-داشتن-وکیل-از-نخستین-ساعت-بازداشت" },
        { title: "سیاست ما برای حفاظت از هویت شاهدان", articleSlug: "سیاست-ما-برای-حفاظت-از-هویت-شاهدان" },
        { title: "وقتی روزنامهٔ محلی تعطیل می‌شود", articleSlug: "وقتی-روزنامه-محلی-تعطیل-می-شود" },
      ],
      pdf: {
        title: "Pars Brief, shomareh-ye 21: Haqq-e vakil va amniyat-e shahedan",
        contentsHeading: "Fehrest",
        transliterated: true,
        paragraphs: ["Dastresi be vakil nabayad az ruz-e dadgah shoru shavad; az nakhostin sa'at-e bazdasht haqq-e har motaham ast."],
        contents: [
          "Haqq-e dashtan-e vakil az nakhostin sa'at-e bazdasht",
          "Siasat-e ma baraye hefazat az hoviyat-e shahedan",
          "Vaqti ruznameh-ye mahalli ta'til mishavad",
        ],
      },
    },
  ],
};

export default content;
