import type { EditionContent } from "../types";

const content: EditionContent = {
  categories: {
    news: {
      name: "Lajme",
      slug: "lajme",
      description: "Lajme të verifikuara nga terreni: ndalime, dëbime, ndihma humanitare dhe zhvillime që prekin të drejtat e njeriut.",
    },
    analysis: {
      name: "Analiza",
      slug: "analiza",
      description: "Shqyrtime të thelluara të prirjeve që dalin nga rastet që dokumentojmë, me rekomandime për institucionet.",
    },
    opinion: {
      name: "Opinione",
      slug: "opinione",
      description: "Komente dhe ese nga ekipi ynë dhe bashkëpunëtorët mbi çështjet që shoqëria shpesh i shmang.",
    },
    statements: {
      name: "Deklarata",
      slug: "deklarata",
      description: "Qëndrimet zyrtare, thirrjet publike dhe raportet e Vëzhguesit të Horizontit.",
    },
    "family-stories": {
      name: "Histori familjesh",
      slug: "histori-familjesh",
      description: "Rrëfime të familjeve që presin, kërkojnë dhe nuk heqin dorë nga e vërteta për të dashurit e tyre.",
    },
    pictorials: {
      name: "Reportazhe fotografike",
      slug: "reportazhe-fotografike",
      description: "Histori të treguara me imazhe nga qytetet, fshatrat dhe njerëzit me të cilët punojmë.",
    },
    digest: {
      name: "Përmbledhje",
      slug: "përmbledhje",
      description: "Ngjarjet kryesore të javës në disa rreshta, për ata që duan të jenë të informuar shpejt.",
    },
  },
  authors: {
    "leila-karimi": {
      name: "Leila Karimi",
      slug: "leila-karimi",
      bio: "Hulumtuese për të drejtat e fëmijëve dhe arsimin. Ka punuar për më shumë se dhjetë vjet me familje refugjate dhe komunitete të margjinalizuara.",
    },
    "omar-haddad": {
      name: "Omar Haddad",
      slug: "omar-haddad",
      bio: "Jurist dhe analist i sistemit të drejtësisë penale. Ndjek rastet e paraburgimit dhe të gjykimeve të zgjatura.",
    },
    "arben-krasniqi": {
      name: "Arben Krasniqi",
      slug: "arben-krasniqi",
      bio: "Gazetar në terren dhe koordinator i zyrave rajonale. Shkruan për punëtorët, familjet e të ndaluarve dhe jetën në qytetet e vogla.",
    },
    "sara-mahmoudi": {
      name: "Sara Mahmoudi",
      slug: "sara-mahmoudi",
      bio: "Redaktore e botimeve të Vëzhguesit të Horizontit. Dokumenton zhdukjet me forcë dhe koordinon grupin e mbështetjes për nënat.",
    },
  },
  series: {
    "weekly-digest": {
      title: "Përmbledhja javore",
      slug: "përmbledhja-javore",
      description: "Çdo javë, ngjarjet dhe botimet më të rëndësishme të Vëzhguesit të Horizontit në një përmbledhje të shkurtër.",
    },
  },
  about: {
    title: "Rreth nesh",
    body: `Vëzhguesi i Horizontit është një organizatë e pavarur joqeveritare që dokumenton shkeljet e të drejtave të njeriut dhe qëndron pranë familjeve që kërkojnë të vërtetën për të afërmit e tyre. Ekipi ynë i hulumtuesve, juristëve dhe vullnetarëve mbledh dëshmi për ndalime arbitrare, zhdukje me forcë, kushte çnjerëzore në burgje, dëbime të padrejta dhe diskriminim ndaj komuniteteve të margjinalizuara.

Puna jonë mbështetet në verifikim të kujdesshëm. Çdo rast që publikojmë kalon nëpër disa burime të pavarura dhe shqyrtohet nga juristët tanë para botimit. Identiteti i dëshmitarëve mbrohet sa herë që rreziku e kërkon, dhe asgjë nuk publikohet pa pëlqimin e tyre.

Jemi të pavarur nga qeveritë, partitë politike dhe grupet e interesit. Nuk pranojmë fonde që kushtëzojnë përmbajtjen e raporteve tona. Financohemi nga dhurues individualë dhe fondacione që respektojnë pavarësinë tonë editoriale, dhe llogaritë tona financiare publikohen çdo vit bashkë me raportin vjetor.

Nëse keni informacion për një rast, nëse jeni pjesëtar i një familjeje që ka nevojë për ndihmë ose dëshironi të bëheni vullnetar, na shkruani përmes formularit të kontaktit në këtë faqe. Për komunikime të ndjeshme ofrojmë kanale të enkriptuara. Ekipi ynë përgjigjet brenda disa ditëve pune dhe nuk e ndan kurrë identitetin tuaj me askënd pa pëlqimin tuaj.`,
  },
  // The accessibility statement, linked from every page's footer (WCAG conformance, how it is tested, how to report a barrier)
  accessibility: {
    title: "Aksesueshmëria",
    body: `Vëzhguesi i Horizontit dëshiron që të gjithë të mund ta lexojnë dhe ta përdorin këtë faqe: me lexues ekrani ose vetëm me tastierë, me tekstin të zmadhuar dy herë, në një telefon të vogël, me ngjyra të çelëta ose të errëta, dhe në secilën nga katër gjuhët tona — përfshirë arabishten dhe persishten, që lexohen nga e djathta në të majtë.

## Çfarë synojmë

Synojmë të përmbushim Udhëzimet për Aksesueshmërinë e Përmbajtjes në Ueb (WCAG) 2.2 në nivelin AA. Për tekstin që lexohet shkojmë më tej dhe synojmë kontrastin e nivelit AAA (të paktën 7 me 1), si me ngjyra të çelëta ashtu edhe të errëta. Çdo faqe deklaron gjuhën dhe drejtimin e shkrimit, lidhjet brenda tekstit janë të nënvizuara, dhe çdo menu hapet e mbyllet me tastierë dhe funksionon edhe pa JavaScript.

## Si e kontrollojmë

Çdo ndryshim në faqe kalon teste automatike para se të publikohet. Ato përdorin kontrolluesin e aksesueshmërisë axe me rregullat e niveleve A dhe AA të WCAG 2.0, 2.1 dhe 2.2 në çdo lloj faqeje të çdo edicioni, me të dyja skemat e ngjyrave; hapin çdo menu me prekje në ekrane që nga 320 piksel të gjerë dhe kontrollojnë që asgjë të mos dalë jashtë ekranit; dhe e përdorin faqen pa JavaScript. Testet automatike nuk i gjejnë të gjitha pengesat, prandaj e lexojmë faqen edhe vetë, vetëm me tastierë dhe me lexues ekrani.

## Çfarë nuk përputhet ende plotësisht

- Disa botime më të vjetra janë dokumente PDF të skanuara pa shtresë teksti. Na e kërkoni dhe do t'jua dërgojmë tekstin.
- Videot luhen me lexuesin e YouTube. Titrat janë të disponueshme aty ku videoja i ka; jo çdo video më e vjetër i ka.

## Na tregoni për një pengesë

Nëse diçka në këtë faqe është e vështirë ose e pamundur për ju, ju lutemi na e tregoni përmes [formularit të kontaktit](/sq/contact): adresën e faqes, çfarë po përpiqeshit të bënit dhe çfarë ndodhi. Përgjigjemi brenda pesë ditëve të punës dhe ndërkohë jua dërgojmë përmbajtjen që ju nevojitet në një formë tjetër.

Kjo deklaratë u rishikua për herë të fundit në dhjetor 2026.`,
  },

  articles: [
    {
      slug: "familjet-e-të-ndaluarve-mblidhen-për-ditën-e-kujtesës",
      title: "Familjet e të ndaluarve mblidhen në shesh për Ditën e Kujtesës",
      excerpt: "Qindra njerëz u mblodhën të dielën në sheshin qendror të një qyteti në veri për të kujtuar të afërmit që ndodhen në paraburgim ose janë zhdukur pa lënë gjurmë.",
      body: `Që herët në mëngjes, sheshi qendror i një qyteti të vogël në veri filloi të mbushej me njerëz. Nëna, baballarë, bashkëshorte dhe fëmijë erdhën nga fshatrat përreth me fotografi të zmadhuara të të afërmve të tyre. Disa prej tyre ndodhen prej vitesh në paraburgim, ndërsa të tjerë nuk janë parë më që nga dita kur u morën nga shtëpia.

Dita e Kujtesës organizohet çdo vit nga vetë familjet, me mbështetjen e vullnetarëve të Vëzhguesit të Horizontit. Këtë vit, sipas organizatorëve, morën pjesë rreth katërqind veta, më shumë se kurrë më parë. Tubimi u zhvillua në qetësi: pa fjalime politike, vetëm me emra që u lexuan me zë të lartë, një nga një.

> „Çdo vit vij këtu me shpresën se vitin tjetër nuk do të më duhet të vij më“, tha Drita, një grua gjashtëdhjetëvjeçare, djali i së cilës mungon prej nëntë vitesh. „Por derisa të mos e di të vërtetën, do të vij.“

Pas leximit të emrave, pjesëmarrësit vendosën lule dhe qirinj në shkallët e bashkisë. Një grup të rinjsh shpërndau fletëpalosje me informacion për ndihmën ligjore falas që u ofrohet familjeve.

Përfaqësues të autoriteteve vendore nuk ishin të pranishëm. Familjet u kanë dorëzuar sërish institucioneve një letër të përbashkët, ku kërkojnë informacion zyrtar për fatin e secilit prej të afërmve të tyre dhe të drejtën për t'i takuar ata që mbahen të ndaluar.`,
      category: "news",
      author: "arben-krasniqi",
      translationKey: "t01",
      hoursAgo: 2,
      cover: {
        image: "gathering",
        alt: "Një turmë njerëzish me fotografi në duar, e mbledhur në sheshin e një qyteti të vogël",
        caption: "Familjarët mbajnë fotografitë e të afërmve të tyre gjatë tubimit të së dielës në sheshin qendror.",
      },
    },
    {
      slug: "banorët-protestojnë-kundër-dëbimeve-pa-njoftim",
      title: "Banorët e një lagjeje periferike protestojnë kundër dëbimeve pa njoftim",
      excerpt: "Dhjetëra familje në periferi të një qyteti bregdetar thonë se u njoftuan vetëm gojarisht për prishjen e shtëpive të tyre. Vëzhguesi i Horizontit kërkon pezullimin e dëbimeve derisa të garantohet strehim alternativ.",
      body: `Rreth gjashtëdhjetë banorë të një lagjeje periferike në një qytet bregdetar u mblodhën të hënën para zyrës së urbanistikës, pasi disa familje morën njoftim gojor se shtëpitë e tyre do të prishen brenda dy javësh. Shumica e tyre jetojnë aty prej më shumë se njëzet vjetësh dhe paguajnë rregullisht energjinë dhe ujin.

Sipas banorëve, askush nuk u ka dorëzuar një vendim me shkrim dhe as nuk u është ofruar ndonjë zgjidhje strehimi. Mes familjeve të prekura ka të moshuar, persona me aftësi të kufizuara dhe fëmijë që ndjekin shkollën e lagjes.

> „Na thanë të mbledhim plaçkat. Po ku të shkojmë? Këtu kemi lindur fëmijët, këtu kemi varrosur prindërit“, tha Besniku, baba i tre fëmijëve.

Ekipi ynë ligjor takoi familjet dhe identifikoi disa shqetësime kryesore:

- mungesa e një vendimi të shkruar që mund të ankimohet në gjykatë;
- afati tepër i shkurtër, që nuk u lejon familjeve të gjejnë strehim tjetër;
- mungesa e çdo vlerësimi për nevojat e fëmijëve dhe të të moshuarve;
- mosinformimi i banorëve për të drejtën e kompensimit.

Standardet ndërkombëtare për të drejtën e strehimit kërkojnë që dëbimet të jenë mjeti i fundit, të paraprihen nga një konsultim i vërtetë dhe të mos e lënë askënd pa strehë. Vëzhguesi i Horizontit u bën thirrje autoriteteve vendore të pezullojnë çdo veprim derisa familjeve t'u ofrohet një zgjidhje e dinjitetshme.`,
      category: "news",
      author: "leila-karimi",
      hoursAgo: 7,
    },
    {
      slug: "hetim-i-pavarur-për-vdekjen-e-një-të-paraburgosuri",
      title: "Kërkojmë hetim të pavarur për vdekjen e një të paraburgosuri",
      excerpt: "Një burrë tridhjetë e katër vjeç vdiq në një qeli paraburgimi vetëm katër ditë pas arrestimit. Familja e tij nuk ka marrë ende asnjë shpjegim zyrtar.",
      body: `Vëzhguesi i Horizontit shpreh shqetësim të thellë për vdekjen e Gentian M., një burri tridhjetë e katër vjeç që u gjet pa jetë në një qeli paraburgimi në një qytet të jugut, vetëm katër ditë pas arrestimit. Sipas familjes, ai ishte i shëndetshëm në momentin e ndalimit dhe nuk vuante nga asnjë sëmundje kronike.

Familja u njoftua për vdekjen me një telefonatë të shkurtër, pothuajse një ditë pas ngjarjes. Deri më sot, asaj nuk i është dhënë kopje e raportit mjekoligjor dhe as informacion se kush e kishte nën kujdes të ndaluarin gjatë orëve të fundit.

Kërkojmë nga institucionet përgjegjëse:

- nisjen e menjëhershme të një hetimi të pavarur, të paanshëm dhe të shpejtë nga një organ që nuk ka lidhje me strukturat e paraburgimit;
- të drejtën e familjes për të caktuar një ekspert mjekoligjor sipas zgjedhjes së saj;
- ruajtjen dhe vënien në dispozicion të regjistrimeve të kamerave dhe të regjistrave të qelisë;
- informimin e rregullt të familjes për çdo hap të hetimit.

Shteti mban përgjegjësi të plotë për jetën dhe shëndetin e çdo personi që ndodhet nën kujdesin e tij. Çdo vdekje në paraburgim duhet të hetohet me seriozitetin më të madh, pa përjashtim dhe pa vonesë.

Do ta ndjekim këtë rast nga afër dhe do ta informojmë publikun për çdo zhvillim. Familjes i kemi ofruar ndihmë ligjore dhe mbështetje psikologjike.`,
      category: "statements",
      author: "sara-mahmoudi",
      hoursAgo: 20,
    },
    {
      slug: "përmbledhja-javore-numri-170",
      title: "Përmbledhja javore, numri 170: ndihma arrin në fshatrat malore",
      excerpt: "Kolona dimërore e ndihmave arrin në fshatrat e bllokuara nga bora, raporti vjetor del në publik dhe një gjyshe na tregon si rrit nipërit ndërsa prindërit punojnë larg.",
      body: `Java që lamë pas ishte e ngarkuar për ekipin tonë në terren dhe për familjet me të cilat punojmë. Më poshtë gjeni ngjarjet kryesore të shtatë ditëve të fundit, të përmbledhura shkurt, me raportimet e plota në rubrikat përkatëse.

- **Kolona dimërore arriti në fshatrat malore.** Pas tri ditësh udhëtimi në rrugë të bllokuara nga bora, vullnetarët tanë shpërndanë ushqime, batanije dhe ilaçe në njëmbëdhjetë fshatra të izoluara.
- **Raporti vjetor u botua.** Gjatë vitit dokumentuam 412 raste të reja dhe mbështetëm 917 familje; shifrat e plota i gjeni në deklaratën tonë.
- **Fëmijët e prindërve emigrantë.** Një gjyshe nga një qytezë bregdetare na tregoi si i rrit dy nipërit, ndërsa prindërit e tyre punojnë jashtë vendit prej pesë vitesh.
- **Debat për emigrimin.** Një koment i redaksisë ngriti pyetjen se çfarë humbasin fshatrat kur largohen të rinjtë, përtej numrave të popullsisë.
- **Ndihma ligjore.** Avokatët tanë vullnetarë dhanë këshilla falas për 37 persona gjatë javës, kryesisht për çështje paraburgimi dhe dëbimesh.

Faleminderit të gjithëve që na shkruat dhe që ndatë historitë tuaja me ne. Nëse dëshironi ta merrni këtë përmbledhje çdo javë, mund të regjistroheni përmes formularit të kontaktit në faqen tonë.`,
      category: "digest",
      author: "omar-haddad",
      series: "weekly-digest",
      issueNumber: 170,
      translationKey: "t11",
      hoursAgo: 30,
    },
    {
      slug: "kolona-dimërore-arrin-në-fshatrat-e-bllokuara-nga-bora",
      title: "Kolona dimërore e ndihmave arrin në fshatrat e bllokuara nga bora",
      excerpt: "Pas tri ditësh udhëtimi në rrugë të mbuluara me borë, vullnetarët arritën të shpërndajnë ushqime, batanije dhe ilaçe në njëmbëdhjetë fshatra malore.",
      body: `Pas tri ditësh udhëtimi në rrugë të bllokuara nga bora, kolona dimërore e ndihmave arriti të mërkurën në fshatrat e izoluara të një lugine malore në lindje të vendit. Katër kamionë dhe dy automjete me zinxhirë në rrota transportuan ushqime bazë, batanije, dru zjarri dhe ilaçe për rreth gjashtëqind banorë.

Rruga e vetme që i lidh fshatrat me qytetin më të afërt ka qenë e mbyllur për më shumë se dy javë. Shumë familje, sidomos të moshuarit që jetojnë vetëm, kishin filluar të mbeteshin pa ilaçe për tensionin dhe diabetin.

> „Tri ditë kemi djegur edhe gardhin për t'u ngrohur“, na tha Hasani, një bari shtatëdhjetëvjeçar. „Nuk kërkojmë shumë. Kërkojmë vetëm që dikush të kujtohet se këtu jetojnë njerëz.“

Kolona u organizua nga Vëzhguesi i Horizontit në bashkëpunim me vullnetarë vendorë dhe me dy mjekë, të cilët vizituan mbi tetëdhjetë pacientë gjatë qëndrimit. Tre raste që kërkonin trajtim spitalor u transportuan drejt qytetit.

Ekipi ynë dokumentoi gjithashtu nevojat që mbeten: shkolla e vetme e luginës nuk ka ngrohje, ndërsa ambulanca më e afërt ndodhet dy orë larg në kushte normale. Këto gjetje do t'ua paraqesim autoriteteve vendore dhe do ta monitorojmë situatën gjatë gjithë dimrit.`,
      category: "news",
      author: "sara-mahmoudi",
      translationKey: "t03",
      hoursAgo: 45,
      cover: {
        image: "mountains",
        alt: "Maja malesh të mbuluara me borë mbi një luginë ku shtëpitë e vogla të fshatit duken mezi",
        caption: "Lugina malore ku kolona e ndihmave arriti pas tri ditësh udhëtimi nëpër borë.",
      },
    },
    {
      slug: "kur-ikin-të-rinjtë-fshati-humbet-më-shumë-se-banorë",
      title: "Kur ikin të rinjtë, fshati humbet më shumë se banorë",
      excerpt: "Emigrimi i të rinjve po zbraz jo vetëm shtëpitë, por edhe rrjetet e solidaritetit që mbronin më të dobëtit. Kjo është një çështje të drejtash, jo vetëm statistikash.",
      body: `Në çdo fshat ku shkojmë për punë në terren, pyetja e parë që na bëjnë të moshuarit është pothuajse gjithmonë e njëjtë: „A keni parë ndonjë nga tanët atje?“ Ata pyesin për djemtë dhe vajzat që kanë ikur për punë në vende të largëta, për nipërit që i njohin vetëm përmes ekranit të telefonit.

Zakonisht emigrimin e matim me numra: sa vetë ikën, sa para dërgojnë, sa shkolla u mbyllën. Por ka diçka që shifrat nuk e kapin. Kur ikin të rinjtë, ikën edhe fqinji që të çonte te mjeku, mësuesja që e njihte çdo familje, djali që e dinte se cila plakë jetonte vetëm dhe kishte nevojë për dru.

Në punën tonë e shohim çdo ditë se si kjo zbrazëti i bën njerëzit më të pambrojtur. Një i moshuar që jeton vetëm e ka më të vështirë të ankohet kur i ndërpriten shërbimet. Një familje pa të rinj nuk ka kush ta shoqërojë në zyrat e shtetit për të kërkuar një dokument. Të drejtat ekzistojnë në letër, por për t'i gëzuar duhet dikush që të ndihmon t'i kërkosh.

Nuk është detyra jonë t'u themi të rinjve të mos ikin. Ata kanë arsye të forta dhe të drejtën për të zgjedhur. Por është detyrë e institucioneve të sigurojnë që ata që mbeten të mos harrohen: shërbime shëndetësore të lëvizshme, transport publik, ndihmë juridike që shkon te njerëzit dhe jo anasjelltas.

Një fshat i zbrazët nuk është vetëm një problem demografik. Është provë e asaj se sa vlejnë të drejtat tona kur nuk ka më askënd pranë për t'i mbrojtur.`,
      category: "opinion",
      author: "leila-karimi",
      hoursAgo: 76,
    },
    {
      slug: "raporti-vjetor-viti-ynë-në-shifra",
      title: "Raporti vjetor: viti ynë në shifra dhe në fytyra",
      excerpt: "Gjatë vitit të kaluar dokumentuam 412 raste të reja, mbështetëm 917 familje dhe punuam me 168 vullnetarë. Këto janë shifrat kryesore të raportit tonë vjetor.",
      body: `Sot publikojmë raportin tonë vjetor, që përmbledh punën e Vëzhguesit të Horizontit gjatë dymbëdhjetë muajve të fundit. Pas çdo shifre qëndron një njeri, një familje dhe shpesh vite të tëra pritjeje. Prandaj i paraqesim numrat me kujdes, pa harruar se asnjë statistikë nuk e mat dot plotësisht dhimbjen e atyre që kërkojnë të vërtetën.

Shifrat kryesore të vitit:

- **412 raste të reja** të dokumentuara, nga të cilat 138 lidhen me ndalime arbitrare dhe 57 me persona të zhdukur;
- **917 familje** të mbështetura me ndihmë ligjore, psikologjike ose materiale;
- **168 vullnetarë** aktivë në dhjetë qytete dhe rrethe;
- **1 240 seanca** këshillimi ligjor falas;
- **23 raste** në të cilat personat e kërkuar u gjetën ose familjet morën më në fund informacion zyrtar për fatin e tyre.

Krahasuar me vitin e mëparshëm, numri i rasteve të dokumentuara u rrit me rreth një të pestën. Kjo nuk do të thotë domosdoshmërisht se shkeljet janë shtuar; pjesërisht pasqyron faktin se më shumë familje kanë guxuar të na drejtohen.

Shqetësimi ynë më i madh mbetet paraburgimi i zgjatur dhe mungesa e informacionit për familjet. Pothuajse në gjysmën e rasteve të reja, të afërmit nuk ishin njoftuar zyrtarisht për vendin ku mbahej personi i ndaluar.

Falënderojmë çdo vullnetar, çdo dhurues dhe, mbi të gjitha, çdo familje që na besoi historinë e saj. Raporti i plotë, me metodologjinë dhe të dhënat sipas rajoneve, është i disponueshëm në faqen tonë.`,
      category: "statements",
      author: "omar-haddad",
      translationKey: "t02",
      hoursAgo: 110,
    },
    {
      slug: "gjyshja-që-rrit-dy-nipër-ndërsa-prindërit-punojnë-larg",
      title: "Gjyshja që rrit dy nipër ndërsa prindërit punojnë larg",
      excerpt: "Prej pesë vitesh, Shpresa i rrit vetë dy nipërit e saj në një qytezë bregdetare. Prindërit e tyre punojnë jashtë vendit dhe kthehen vetëm një herë në vit.",
      body: `Çdo mëngjes, Shpresa zgjohet në orën gjashtë. Përgatit mëngjesin, kontrollon çantat e shkollës dhe i shoqëron dy nipërit deri te porta e shkollës, në anën tjetër të portit të qytezës. Ajo është gjashtëdhjetë e tetë vjeçe dhe, prej pesë vitesh, është për ta njëkohësisht gjyshe, nënë dhe baba.

Djali i saj punon në ndërtim jashtë vendit, ndërsa nusja kujdeset për fëmijët e një familjeje të huaj. Ikën kur nipi i vogël ishte dy vjeç. Dërgojnë para çdo muaj dhe flasin me fëmijët çdo mbrëmje në telefon, por kthehen vetëm për pushimet e verës.

> „Fëmijët nuk më ankohen, por e shoh kur mbyllin telefonin“, thotë Shpresa. „I vogli më ka pyetur një herë pse nëna e tij i do më shumë fëmijët e huaj që rrit atje. Çfarë t'i them?“

Historia e Shpresës nuk është e veçantë. Mësuesit e shkollës së qytezës vlerësojnë se pothuajse një në katër nxënës jeton me gjyshërit ose me të afërm të tjerë. Shumë prej këtyre familjeve nuk kanë dokumentet e nevojshme për kujdestarinë ligjore, çka u krijon vështirësi kur duhet të nënshkruajnë një leje shkolle ose të çojnë fëmijën te mjeku.

Ekipi ynë ligjor e ndihmoi Shpresën të përgatisë autorizimet e nevojshme. Por ajo kërkon më shumë se letra: „Do të doja që dikush t'i pyeste këta fëmijë si janë. Jo vetëm në shkollë, por edhe në shpirt.“`,
      category: "family-stories",
      author: "arben-krasniqi",
      hoursAgo: 150,
      cover: {
        image: "harbor",
        alt: "Një port me vinça, kontejnerë me ngjyra dhe varka të ankoruara pranë skelës",
        caption: "Porti i qytezës bregdetare, ku shumë familje kanë të paktën një pjesëtar që punon jashtë vendit.",
      },
    },
    {
      slug: "përmbledhja-javore-numri-169",
      title: "Përmbledhja javore, numri 169: një bibliotekë fshati rihapet",
      excerpt: "Vullnetarët rihapin një bibliotekë fshati, një analizë mbi paraburgimin e zgjatur dhe një ditë me punëtorët e portit.",
      body: `Kjo javë na solli edhe lajme që japin shpresë, edhe kujtesë për sa punë mbetet ende për t'u bërë. Ja një përmbledhje e shkurtër e asaj që dokumentuam dhe botuam gjatë shtatë ditëve të fundit.

- **Një bibliotekë fshati hapi sërish dyert.** Pas tetë vitesh mbyllje, vullnetarët rinovuan ndërtesën dhe mblodhën mbi dy mijë libra të dhuruar nga familje dhe emigrantë.
- **Paraburgimi i zgjatur.** Analiza jonë tregon se shumë të ndaluar presin mbi një vit para se të dalin para gjykatës, shpesh për vepra të lehta.
- **Në portin e vogël.** Një reportazh fotografik me ngarkuesit dhe gratë që pastrojnë peshkun, të cilët punojnë pa kontrata dhe pa sigurime.
- **Takim me familjet.** Në zyrën tonë në një qytet të jugut u mblodhën dymbëdhjetë familje për të ndarë përvojat e tyre me procedurat e vizitave në burg.
- **Trajnim për vullnetarët e rinj.** Njëzet e dy vullnetarë përfunduan kursin bazë për dokumentimin e rasteve dhe mbrojtjen e dëshmitarëve.

Nëse keni sugjerime për temat që duhet të trajtojmë, na shkruani. Çdo mesazh lexohet nga dikush në ekipin tonë.`,
      category: "digest",
      author: "sara-mahmoudi",
      series: "weekly-digest",
      issueNumber: 169,
      hoursAgo: 198,
    },
    {
      slug: "vullnetarët-rihapin-bibliotekën-e-fshatit",
      title: "Vullnetarët rihapin bibliotekën e fshatit pas tetë vitesh heshtjeje",
      excerpt: "Një grup të rinjsh dhe pensionistësh rinovuan ndërtesën e vjetër dhe mblodhën mbi dy mijë libra. Biblioteka është sërish vendtakimi i fshatit.",
      body: `Biblioteka e fshatit ishte mbyllur tetë vjet më parë, kur bibliotekarja e fundit doli në pension dhe askush nuk erdhi ta zëvendësonte. Çatia filloi të pikonte, dritaret u thyen dhe librat u mbyllën në arka në bodrumin e shkollës.

Këtë pranverë, një grup prej njëzet vullnetarësh, studentë të kthyer për pushime dhe pensionistë të fshatit, vendosën ta ringjallin. Riparuan çatinë me materiale të dhuruara, lyen muret dhe ndërtuan vetë raftet me dru nga një zdrukthtari vendase.

![Një klasë e thjeshtë me dërrasë të zezë, banka druri dhe një dritare të madhe](/images/demo/classroom.svg "Salla ngjitur me bibliotekën, ku tani mbahen orët e leximit për fëmijët")

Librat erdhën nga familjet, nga shkollat e qyteteve të tjera dhe nga emigrantë të fshatit që i dërguan me pako. Sot raftet mbajnë mbi dy mijë tituj, nga përrallat për fëmijë deri te romanet klasike dhe librat për bujqësinë.

> „Kur isha e vogël, këtu mësova t'i dua librat“, thotë Mimoza, një mësuese në pension që tani e hap bibliotekën tri pasdite në javë. „Nuk doja që nipërit e mi të rriteshin pa këtë vend.“

Biblioteka ka tashmë një kënd për fëmijët dhe një tavolinë ku të moshuarit mund të kërkojnë ndihmë për të plotësuar formularë zyrtarë. Vëzhguesi i Horizontit e mbështeti nismën me një fond të vogël për ngrohjen e dimrit dhe me libra për të drejtat e njeriut për lexuesit e rinj.

Të shtunën e ardhshme, vullnetarët do të organizojnë mbrëmjen e parë të leximit me zë për të gjithë fshatin.`,
      category: "pictorials",
      author: "leila-karimi",
      translationKey: "t09",
      hoursAgo: 230,
      cover: {
        image: "library",
        alt: "Rafte druri të mbushura me libra në një sallë leximi të ndriçuar nga dritarja",
        caption: "Salla e rinovuar e bibliotekës së fshatit në ditën e rihapjes.",
      },
    },
    {
      slug: "paraburgimi-i-zgjatur-kur-pritja-kthehet-në-dënim",
      title: "Paraburgimi i zgjatur: kur pritja për gjyq kthehet në dënim",
      excerpt: "Shumë nga të ndaluarit që kemi dokumentuar kalojnë më shumë se një vit në paraburgim pa u gjykuar. Shqyrtojmë arsyet dhe pasojat.",
      body: `Paraburgimi duhet të jetë një masë e jashtëzakonshme, e kufizuar në kohë dhe e përdorur vetëm kur nuk ka mjete të tjera për të garantuar zhvillimin e procesit. Në praktikë, rastet që dokumentojmë tregojnë një tablo krejt tjetër.

Nga 138 rastet e ndalimeve arbitrare që regjistruam vitin e kaluar, në 61 prej tyre personi kishte kaluar më shumë se dymbëdhjetë muaj në paraburgim pa një vendim të formës së prerë. Në disa raste, koha e kaluar në qeli ishte më e gjatë se dënimi maksimal që parashikohej për veprën për të cilën akuzohej.

Arsyet janë të shumta dhe të ndërlidhura:

- ngarkesa e madhe e gjykatave dhe shtyrja e përsëritur e seancave;
- përdorimi i paraburgimit si masë rutinë, pa shqyrtuar alternativa si detyrimi për paraqitje ose arresti në shtëpi;
- mungesa e avokatëve mbrojtës për të pandehurit që nuk kanë mundësi financiare;
- rishikimi formal i masës, shpesh me të njëjtin arsyetim nga një muaj në tjetrin.

Pasojat nuk prekin vetëm të ndaluarin. Familjet humbasin shpesh të ardhurat e vetme, fëmijët rriten pa njërin prind, dhe personi i ndaluar, edhe nëse në fund shpallet i pafajshëm, e ka të vështirë të rikthehet në punë dhe në jetën e zakonshme.

Rekomandojmë një kufi të qartë kohor për paraburgimin në çështjet për vepra të lehta, shqyrtim të detyrueshëm të alternativave dhe ndihmë juridike të garantuar që nga ora e parë e ndalimit. Drejtësia e vonuar mbetet, për shumë familje, drejtësi e mohuar.`,
      category: "analysis",
      author: "omar-haddad",
      hoursAgo: 290,
    },
    {
      slug: "një-ditë-në-portin-me-punëtorët-pa-kontrata",
      title: "Një ditë në portin e vogël me punëtorët pa kontrata",
      excerpt: "Ngarkues dhe gra që pastrojnë peshkun punojnë nga agimi deri në mbrëmje pa kontratë dhe pa sigurime. Ndoqëm një ditë pune të tyre.",
      body: `Ora është katër e mëngjesit kur varkat e para kthehen në portin e një qyteze bregdetare. Në mol i presin ngarkuesit, shumica burra mbi pesëdhjetë vjeç, që shkarkojnë arkat me peshk për një pagesë ditore që ndryshon sipas peshkimit.

Pranë depos, një grup grash pastrojnë dhe paketojnë peshkun. Punojnë në këmbë, me duart në ujë të ftohtë, nga tetë deri në dhjetë orë. Asnjëra prej tyre nuk ka kontratë pune dhe askush nuk ua paguan sigurimet shoqërore.

> „Kur sëmuresh, nuk paguhesh. Kur nuk ka peshk, nuk paguhesh. Kur plakesh, nuk ke pension“, thotë Lindita, që punon këtu prej njëzet vjetësh.

Gjatë ditës sonë në port regjistruam disa probleme që përsëriten:

- mungesa e kontratave të shkruara dhe e çdo dokumenti që vërteton punën;
- mungesa e mjeteve mbrojtëse, si dorezat dhe çizmet e papërshkueshme nga uji;
- pagesa në dorë, pa fletëpagesë dhe pa asnjë garanci;
- orari i parregullt, që varet nga moti dhe nga blerësit.

Në mbrëmje, kur dielli ulet mbi ujë, porti qetësohet. Punëtorët ulen në stolat pranë molit dhe ndajnë ç'ka mbetur nga dita. Për ta, e drejta për një punë të dinjitetshme nuk është një parim abstrakt. Është dallimi mes një pleqërie të sigurt dhe një pleqërie në varfëri.

Vëzhguesi i Horizontit do t'ia paraqesë këto gjetje inspektoratit të punës dhe do të ofrojë këshillim ligjor falas për punëtorët që e kërkojnë.`,
      category: "pictorials",
      author: "arben-krasniqi",
      hoursAgo: 330,
      cover: {
        image: "harbor",
        alt: "Skela e një porti me vinça, kontejnerë të grumbulluar dhe varka të vogla në ujë",
        caption: "Ngarkuesit e portit punojnë çdo ditë pa kontratë dhe pa sigurime shoqërore.",
      },
    },
    {
      slug: "përmbledhja-javore-numri-168",
      title: "Përmbledhja javore, numri 168: shkolla nuk mund të presë",
      excerpt: "Një analizë mbi shkollimin e fëmijëve refugjatë, një koment për gjuhën e urrejtjes dhe lajme nga ekipet tona në terren.",
      body: `Tema kryesore e kësaj jave ishte arsimi: kush ka qasje në të dhe kush mbetet jashtë dyerve të shkollës. Ja ngjarjet dhe botimet kryesore të shtatë ditëve të fundit.

- **Shkollimi i fëmijëve refugjatë nuk pret.** Analiza jonë tregon se shumë fëmijë humbasin një deri në dy vite shkollimi gjatë procedurave të azilit.
- **Gjuha e urrejtjes.** Një koment mbi fyerjet në rrjetet sociale ndaj komunitetit rom dhe pasojat e tyre në jetën e përditshme.
- **Vizitë në një qendër pritjeje.** Ekipi ynë vizitoi një qendër për azilkërkues dhe regjistroi mungesa në shërbimet mjekësore dhe në përkthim.
- **Këshillim për prindërit.** Organizuam dy takime informuese për prindërit që duan t'i regjistrojnë fëmijët në shkollë pa pasur dokumente të plota.
- **Një falënderim.** Një shkollë në një qytet të veriut dhuroi mbi treqind fletore dhe çanta për fëmijët e familjeve që mbështetim.

Të gjitha botimet e javës i gjeni në rubrikat përkatëse. Faleminderit që na lexoni dhe që na ndihmoni t'i shpërndajmë.`,
      category: "digest",
      author: "arben-krasniqi",
      series: "weekly-digest",
      issueNumber: 168,
      hoursAgo: 366,
    },
    {
      slug: "gjuha-e-urrejtjes-ndaj-romëve-nuk-është-vetëm-fjalë",
      title: "Gjuha e urrejtjes ndaj romëve nuk është „vetëm fjalë“",
      excerpt: "Fyerjet që shpërndahen lirshëm në rrjetet sociale kanë pasoja të prekshme për familjet rome dhe egjiptiane. Heshtja e institucioneve i bën ato edhe më të rrezikshme.",
      body: `Sa herë që një video me fëmijë romë që lypin në rrugë bëhet virale, seksioni i komenteve mbushet me të njëjtat fjalë. Ata quhen hajdutë, dembelë, të papastër. Kërkohet që të „largohen“, që të „mblidhen“, që fëmijët t'u merren prindërve. Disa thonë se këto janë thjesht shprehje zemërimi dhe se askush nuk i merr seriozisht. Përvoja jonë tregon të kundërtën.

Në muajt e fundit kemi dokumentuar raste kur fjalët në ekran janë kthyer në veprime: një familje e refuzuar nga pronari i një banese pasi ai kishte lexuar komente për „lagjen e tyre“, një nxënës që braktisi klasën pas ngacmimeve të shokëve, një grua e fyer në radhë për të marrë një dokument, ndërsa të tjerët shikonin në heshtje.

Gjuha e urrejtjes nuk shkakton vetëm dhimbjen e fyerjes. Ajo krijon një klimë ku diskriminimi duket i pranueshëm, ku punëdhënësi, mësuesi ose nëpunësi ndihen të lirë ta trajtojnë dikë ndryshe, sepse „të gjithë kështu mendojnë“.

Nuk kërkojmë censurë. Kërkojmë që institucionet të zbatojnë ligjet ekzistuese kundër nxitjes së urrejtjes, që mediat të mos i përdorin këto video për klikime dhe që secili prej nesh të mos heshtë kur sheh një fyerje të tillë. Liria e shprehjes është një e drejtë themelore, por ajo nuk përfshin të drejtën për t'ua bërë jetën të padurueshme fqinjëve tanë.

Romët dhe egjiptianët jetojnë në këtë vend prej shekujsh. Është koha që t'i shohim si pjesë të së tashmes sonë të përbashkët, jo si objekt talljeje.`,
      category: "opinion",
      author: "sara-mahmoudi",
      hoursAgo: 410,
    },
    {
      slug: "pse-shkollimi-i-fëmijëve-refugjatë-nuk-mund-të-presë",
      title: "Pse shkollimi i fëmijëve refugjatë nuk mund të presë",
      excerpt: "Çdo muaj jashtë shkollës e bën më të vështirë rikthimin e një fëmije refugjat në klasë. Procedurat administrative nuk duhet të vihen mbi të drejtën për arsim.",
      body: `Në qendrën e pritjes ku ekipi ynë punon çdo javë, dymbëdhjetëvjeçari Samir mban një fletore ku shkruan fjalët e reja që mëson. Ai ka humbur gati dy vite shkollimi: një vit gjatë udhëtimit dhe pothuajse një vit tjetër duke pritur që të shqyrtohet dosja e familjes. Historia e tij është e njëjtë me atë të qindra fëmijëve të tjerë.

E drejta për arsim është e garantuar për çdo fëmijë, pavarësisht statusit ligjor të prindërve. Megjithatë, në praktikë fëmijët refugjatë dhe azilkërkues hasin pengesa që i mbajnë larg klasës për muaj të tërë.

Pengesat kryesore që kemi identifikuar:

- kërkesa për dokumente që familjet nuk i kanë ose nuk mund t'i sigurojnë nga vendi i origjinës;
- mungesa e klasave përgatitore dhe e mësuesve të trajnuar për mësimin e gjuhës;
- largësia e qendrave të pritjes nga shkollat dhe mungesa e transportit;
- pasiguria e familjeve, që shpesh nuk e dinë sa kohë do të qëndrojnë.

Përvoja e arsimit në situata emergjence tregon se sa më gjatë mbetet një fëmijë jashtë shkollës, aq më të vogla janë gjasat që të rikthehet. Shkolla nuk është vetëm vendi ku mësohen leximi dhe matematika. Është vendi ku një fëmijë që ka kaluar përmes frikës gjen sërish rutinën, shokët dhe ndjesinë e sigurisë.

Rekomandojmë që çdo fëmijë të regjistrohet në shkollë brenda një muaji nga mbërritja, me dokumentet që disponon, dhe që verifikimi administrativ të bëhet paralelisht, jo para mësimit. Pritja mund të jetë e pranueshme për burokracinë; për një fëmijë, ajo është kohë që nuk kthehet më.`,
      category: "analysis",
      author: "leila-karimi",
      translationKey: "t04",
      hoursAgo: 470,
      cover: {
        image: "classroom",
        alt: "Një klasë bosh me dërrasë të zezë, banka druri në rreshta dhe një orë në mur",
        caption: "Një klasë në një shkollë pranë qendrës së pritjes, ku disa fëmijë refugjatë nisën mësimin këtë vjeshtë.",
      },
    },
    {
      slug: "përmbledhja-javore-numri-167",
      title: "Përmbledhja javore, numri 167: e drejta për të vizituar të burgosurit",
      excerpt: "Deklarata jonë për të drejtën e familjeve për vizita në burg, historia e një motre që kërkon vëllanë dhe lajme nga ekipi.",
      body: `Java u përqendrua te familjet: ato që presin në radhë para portave të burgjeve dhe ato që nuk e dinë as ku ndodhen të dashurit e tyre. Ja çfarë ndodhi gjatë shtatë ditëve të fundit.

- **Deklaratë për vizitat në burg.** Kërkuam që kufizimet arbitrare të vizitave familjare të hiqen dhe që familjet të njoftohen me shkrim për çdo ndryshim.
- **Një motër në kërkim të vëllait.** Ardiana na tregoi për përpjekjet e saj katërvjeçare për të mësuar se çfarë i ndodhi vëllait në rrugën e emigrimit.
- **Dëshmi të reja.** Regjistruam nëntë dëshmi nga familje që raportojnë se u është refuzuar vizita pa asnjë shpjegim.
- **Grupi i mbështetjes.** Grupi i nënave që takohet çdo të enjte në zyrën tonë mirëpriti katër anëtare të reja.
- **Ekipi i lëvizshëm.** Juristët tanë vizituan tri fshatra për të mbledhur kërkesa për ndihmë ligjore nga familje që nuk mund të udhëtojnë.

Ju falënderojmë për mesazhet dhe mbështetjen. Nëse keni një histori që duhet të dëgjohet, jemi këtu për ta dëgjuar.`,
      category: "digest",
      author: "leila-karimi",
      series: "weekly-digest",
      issueNumber: 167,
      hoursAgo: 534,
    },
    {
      slug: "deklaratë-për-të-drejtën-e-vizitave-në-burg",
      title: "Deklaratë: familjet kanë të drejtë t'i vizitojnë të afërmit në burg",
      excerpt: "Vëzhguesi i Horizontit kërkon t'u jepet fund kufizimeve arbitrare të vizitave familjare në institucionet e paraburgimit dhe të burgimit.",
      body: `Gjatë muajve të fundit, Vëzhguesi i Horizontit ka marrë një numër në rritje ankesash nga familje që nuk lejohen t'i vizitojnë të afërmit e tyre në burg ose në paraburgim. Disa prej tyre kanë udhëtuar me orë të tëra, vetëm për t'u kthyer nga porta pa asnjë shpjegim.

Kontakti me familjen nuk është privilegj që jepet ose hiqet sipas dëshirës. Është një e drejtë e njohur nga standardet ndërkombëtare për trajtimin e të burgosurve dhe një mbrojtje thelbësore kundër keqtrajtimit. Një person që takon rregullisht familjen ka më pak gjasa të bëhet viktimë abuzimi dhe më shumë gjasa të riintegrohet pas lirimit.

Për këtë arsye, u kërkojmë autoriteteve përgjegjëse:

- të garantojnë vizita të rregullta familjare për çdo të burgosur dhe të paraburgosur, përfshirë ata që mbahen larg vendbanimit të tyre;
- t'i njoftojnë familjet me shkrim dhe paraprakisht për çdo kufizim, duke shpjeguar arsyen dhe mundësinë e ankimit;
- të krijojnë kushte të përshtatshme për vizitat e fëmijëve, në mjedise miqësore dhe pa kontrolle poshtëruese;
- të lejojnë telefonata të rregullta kur vizita fizike nuk është e mundur;
- të mos e përdorin kurrë ndalimin e vizitave si formë ndëshkimi ose presioni.

Familjet nuk kanë kryer asnjë vepër. Ndëshkimi i tyre përmes ndarjes nga të dashurit është i padrejtë dhe i dëmshëm për të gjithë shoqërinë.

Ftojmë familjet që kanë përjetuar refuzime të paligjshme të na kontaktojnë. Çdo rast do të dokumentohet dhe, me pëlqimin e tyre, do t'u paraqitet institucioneve mbikëqyrëse.`,
      category: "statements",
      author: "arben-krasniqi",
      translationKey: "t06",
      hoursAgo: 590,
    },
    {
      slug: "ardiana-kërkon-vëllanë-e-humbur-në-rrugën-e-emigrimit",
      title: "Ardiana kërkon prej katër vitesh vëllanë e humbur në rrugën e emigrimit",
      excerpt: "Vëllai i saj u nis një natë nëntori me shpresën për një punë jashtë vendit. Mesazhi i fundit erdhi nga një stacion autobusi, pastaj ra heshtja.",
      body: `Mesazhi i fundit që Ardiana mori nga vëllai i saj, Erjoni, ishte një fotografi e turbullt e një stacioni autobusi dhe disa fjalë: „Jam mirë, mos u mërzit.“ Kjo ndodhi katër vjet më parë, një natë nëntori. Që atëherë, telefoni i tij ka mbetur i fikur.

Erjoni ishte njëzet e dy vjeç kur u nis drejt perëndimit të Evropës me shpresën për të gjetur punë në ndërtim. I kishte paguar një ndërmjetësi që i premtoi udhëtim të sigurt. Familja nuk e ka gjetur më kurrë atë ndërmjetës.

> „Kam shkuar në çdo zyrë që më kanë treguar. Kam dhënë mostër ADN-je, kam plotësuar formularë në dy gjuhë“, thotë Ardiana. „Më pyesin gjithmonë nëse kam ndonjë lajm të ri. Unë jam ajo që duhet t'i pyes ata.“

Ardiana punon si infermiere dhe pjesën më të madhe të pushimeve ia kushton kërkimit. Ka krijuar një grup me familje të tjera që kanë humbur kontaktin me të afërmit gjatë emigrimit. Bashkë, ata shkëmbejnë informacion dhe i shtyjnë institucionet të bashkëpunojnë përtej kufijve.

Vëzhguesi i Horizontit e ka regjistruar rastin e Erjonit dhe, me pëlqimin e familjes, e ka ndarë me mekanizmat ndërkombëtarë të kërkimit të personave të zhdukur. Rruga është e gjatë dhe shpesh pa përgjigje.

„Nuk kërkoj mrekulli“, thotë ajo. „Dua vetëm të di. Nëse është gjallë, ta sjell në shtëpi. Nëse jo, ta varros pranë babait tonë.“`,
      category: "family-stories",
      author: "omar-haddad",
      hoursAgo: 650,
    },
    {
      slug: "përmbledhja-javore-numri-166",
      title: "Përmbledhja javore, numri 166: fëmijët pa certifikatë lindjeje",
      excerpt: "Fëmijë që mbeten jashtë shkollës pa dokumente, gratë e tregut të së shtunës dhe një javë e ngjeshur për avokatët tanë vullnetarë.",
      body: `Dokumentet dhe dinjiteti i punës ishin dy temat që përshkuan këtë javë. Më poshtë gjeni përmbledhjen e shkurtër të botimeve dhe të aktiviteteve tona.

- **Fëmijë të padukshëm për shtetin.** Dokumentuam rastet e 46 fëmijëve romë dhe egjiptianë në një qytet të veriut që nuk kanë certifikatë lindjeje dhe, për pasojë, nuk mund të regjistrohen në shkollë.
- **Tregu i së shtunës.** Një reportazh fotografik me gratë fermere që shesin prodhimet e tyre dhe që, në shumicën e rasteve, nuk kanë asnjë pëllëmbë tokë në emrin e tyre.
- **Ndihma ligjore.** Avokatët vullnetarë ndoqën katër seanca gjyqësore për çështje paraburgimi dhe dy për dëbime.
- **Bashkëpunim me shkollat.** Dy shkolla pranuan t'i regjistrojnë përkohësisht fëmijët pa dokumente, ndërsa procedurat e regjistrimit civil vazhdojnë.

Faleminderit për çdo shpërndarje të artikujve tanë. Çdo lexues i ri mund të jetë dikush që ka nevojë për ndihmë dhe nuk e di ku ta kërkojë.`,
      category: "digest",
      author: "omar-haddad",
      series: "weekly-digest",
      issueNumber: 166,
      hoursAgo: 702,
    },
    {
      slug: "tregu-i-së-shtunës-gratë-që-ushqejnë-qytetin",
      title: "Tregu i së shtunës: gratë që ushqejnë qytetin pa pasur tokë",
      excerpt: "Çdo të shtunë, dhjetëra gra nga fshatrat përreth shesin perime, djathë dhe vezë në tregun e qytetit. Pak prej tyre e kanë në emrin e tyre tokën që punojnë.",
      body: `Tregu i së shtunës hapet para agimit. Nga fshatrat përreth një qyteti të mesëm në jug, gratë mbërrijnë me furgonë, me karroca dhe ndonjëherë në këmbë, me arka me domate, speca, djathë të bardhë dhe vezë. Deri në mesditë, tregu është zemra e qytetit.

Pothuajse të gjitha tezgat drejtohen nga gra. Ato mbjellin, korrin, përpunojnë dhe shesin. E megjithatë, kur i pyetëm në emër të kujt është toka që punojnë, përgjigjja ishte pothuajse gjithmonë e njëjtë: në emër të babait, të burrit ose të vëllait.

> „Unë e punoj këtë tokë prej tridhjetë vjetësh. Por po të vdesë burri, djemtë e tij nga martesa e parë mund të më nxjerrin jashtë“, thotë Vera, që shet djathë në tezgën e saj të vogël pranë portës së tregut.

Ligji u garanton grave dhe burrave të drejta të barabarta trashëgimie. Por zakoni, presioni familjar dhe mungesa e informacionit bëjnë që shumë gra të heqin dorë nga pjesa e tyre, shpesh duke nënshkruar dokumente që nuk i kanë lexuar.

Gjatë ditës në treg, juristet tona shpërndanë fletëpalosje për të drejtat pronësore dhe regjistruan dymbëdhjetë gra që kërkuan këshillim. Disa prej tyre dëgjonin për herë të parë se heqja dorë nga trashëgimia nuk është detyrim.

Kur tregu mbyllet dhe tezgat mblidhen, gratë kthehen në fshat për të vazhduar punën në ara. Toka u jep bukë. Ajo që u mungon është siguria se ajo bukë do t'u përkasë edhe nesër.`,
      category: "pictorials",
      author: "arben-krasniqi",
      hoursAgo: 760,
      cover: {
        image: "market",
        alt: "Tezga tregu me arka perimesh, frutash dhe prodhimesh shtëpiake nën tenda me ngjyra",
        caption: "Tregu i së shtunës, ku shumica e tezgave drejtohen nga gra fermere nga fshatrat përreth.",
      },
    },
    {
      slug: "fëmijë-pa-certifikatë-lindjeje-mbeten-jashtë-shkollës",
      title: "Dhjetëra fëmijë pa certifikatë lindjeje mbeten jashtë shkollës",
      excerpt: "Në një qytet të veriut, 46 fëmijë romë dhe egjiptianë nuk janë regjistruar kurrë në gjendjen civile. Pa dokumente, ata nuk kanë qasje në shkollë dhe në shërbimet shëndetësore.",
      body: `Ekipi i Vëzhguesit të Horizontit ka dokumentuar rastet e 46 fëmijëve nga komunitetet rome dhe egjiptiane në një qytet të veriut, të cilët nuk kanë certifikatë lindjeje. Pa këtë dokument, ata nuk mund të regjistrohen në shkollë, nuk mund të marrin kartelë shëndetësore dhe, për shtetin, në fakt nuk ekzistojnë.

Shumica e këtyre fëmijëve kanë lindur në shtëpi ose jashtë vendit, gjatë periudhave të punës sezonale të prindërve. Disa prindër nuk kanë as vetë dokumente identifikimi, çka e bën të pamundur regjistrimin e fëmijëve sipas procedurave të zakonshme.

> „Vajza ime është tetë vjeç dhe nuk ka shkelur kurrë në shkollë“, na tha Sabina, nënë e katër fëmijëve. „Sa herë që shkoj në zyrë, më kërkojnë një letër tjetër. Unë nuk di as të lexoj ç'shkruhet në to.“

Nga takimet me familjet dhe me zyrat vendore kemi identifikuar pengesat kryesore:

- tarifat dhe shpenzimet e udhëtimit për të marrë dokumente nga qytete të tjera ose nga jashtë;
- procedurat e gjata gjyqësore për regjistrimin e vonuar të lindjes;
- mungesa e informacionit në gjuhë dhe në formë të kuptueshme për familjet;
- qëndrimi mosbesues i disa nëpunësve ndaj familjeve rome.

Ekipi ynë ligjor ka nisur procedurat për njëzet nga këto raste. Kërkojmë nga institucionet që regjistrimi i vonuar i lindjes të bëhet falas dhe pa procedurë gjyqësore, si dhe që shkollat t'i pranojnë fëmijët përkohësisht, ndërsa dokumentet janë në proces.`,
      category: "news",
      author: "leila-karimi",
      hoursAgo: 820,
    },
    {
      slug: "përmbledhja-javore-numri-165",
      title: "Përmbledhja javore, numri 165: dymbëdhjetë vjet kërkim i një nëne",
      excerpt: "Historia e një nëne që kërkon djalin prej dymbëdhjetë vitesh, një seancë gjyqësore e shtyrë për herë të katërt dhe lajme nga zyrat tona.",
      body: `Kjo javë na kujtoi sa e gjatë mund të jetë rruga drejt së vërtetës. Ja pikat kryesore të shtatë ditëve të fundit, të përmbledhura për lexuesit tanë.

- **Dymbëdhjetë vjet kërkim.** Botuam historinë e Fluturës, një nëne që nuk ka reshtur së kërkuari djalin e saj që nga mbrëmja kur ai u mor nga shtëpia dhe nuk u pa më.
- **Një seancë e shtyrë sërish.** Gjykimi i një rasti ndalimi arbitrar që e ndjekim prej dy vitesh u shty për herë të katërt, këtë herë për mungesë të trupit gjykues.
- **Takim me familjet e të zhdukurve.** Mbi tridhjetë familjarë morën pjesë në takimin tremujor, ku diskutuam hapat e ardhshëm për kërkesat e përbashkëta.
- **Mbështetje psikologjike.** Nisëm një cikël të ri seancash në grup për fëmijët e familjeve që kanë një prind në burg.
- **Përgatitjet për dimrin.** Filluam mbledhjen e batanijeve dhe të ushqimeve për kolonën dimërore drejt fshatrave malore.

Falënderojmë dhuruesit që e bënë të mundur këtë javë pune. Çdo kontribut, sado i vogël, shkon drejtpërdrejt te familjet.`,
      category: "digest",
      author: "sara-mahmoudi",
      series: "weekly-digest",
      issueNumber: 165,
      hoursAgo: 870,
    },
    {
      slug: "dymbëdhjetë-vjet-kërkimi-i-një-nëne-për-djalin",
      title: "Dymbëdhjetë vjet pa lajm: kërkimi i një nëne për djalin e saj",
      excerpt: "Flutura ishte dyzet e tre vjeçe kur djali i saj u mor nga shtëpia një mbrëmje tetori. Që nga ajo ditë, ajo nuk ka reshtur së kërkuari.",
      body: `Në dhomën e ndenjes së Fluturës, mbi komodinë, qëndron fotografia e një djali tetëmbëdhjetëvjeçar me këmishë të bardhë. Është fotografia e maturës së Dritanit, e bërë pak javë para mbrëmjes së tetorit kur ai u mor nga shtëpia nga burra që thanë se do ta pyesnin „vetëm për disa orë“. Kanë kaluar dymbëdhjetë vjet.

Në vitet e para, Flutura shkonte pothuajse çdo ditë në komisariat, në prokurori, në spitale. Mbante me vete një dosje me kopjet e çdo kërkese që kishte dorëzuar. Sot ajo dosje është bërë tri dosje, të lidhura me spango, dhe asnjëra prej tyre nuk përmban përgjigjen që kërkon.

> „Më kanë thënë se ka ikur jashtë, se është fshehur, se ndoshta ka vdekur. Askush nuk më ka treguar një letër, një provë“, thotë ajo. „Një nënë nuk mund ta mbyllë një plagë që nuk e sheh.“

Burri i Fluturës vdiq pesë vjet më parë. Vajza e saj jeton në një qytet tjetër dhe e merr në telefon çdo mbrëmje. Flutura ka mbetur në të njëjtën shtëpi sepse, siç thotë, „nëse kthehet, duhet ta gjejë derën ku e la“.

Prej tetë vitesh ajo është pjesë e grupit të nënave që takohet çdo javë në zyrën e Vëzhguesit të Horizontit. Atje ka gjetur gra të tjera me histori të ngjashme dhe forcën për të vazhduar.

Rasti i Dritanit është një nga rastet e personave të zhdukur që ndjekim prej vitesh. Kërkojmë sërish që autoritetet t'i japin familjes qasje në të gjitha dokumentet që lidhen me ndalimin e tij dhe të hapin një hetim të ri, të pavarur dhe transparent.`,
      category: "family-stories",
      author: "sara-mahmoudi",
      translationKey: "t05",
      hoursAgo: 950,
    },
    {
      slug: "fëmijët-e-ngujuar-kur-frika-mbyll-dyert-e-shkollës",
      title: "Fëmijët e ngujuar: kur frika e hakmarrjes mbyll dyert e shkollës",
      excerpt: "Në disa zona, fëmijë të familjeve të përfshira në konflikte gjaku nuk dalin nga shtëpia prej vitesh. Shqyrtojmë çfarë u mohohet dhe çfarë mund të bëhet.",
      body: `Në disa fshatra dhe lagje periferike ka ende fëmijë që nuk dalin nga shtëpia, sepse familja e tyre është e përfshirë në një konflikt gjaku. Ata nuk kanë bërë asgjë. Janë thjesht djem, dhe ndonjëherë vajza, të një familjeje që ndihet e kërcënuar. Gjatë vitit të kaluar, ekipi ynë dokumentoi nëntë familje të tilla, me gjithsej shtatëmbëdhjetë fëmijë të ngujuar.

Ngujimi nuk është vetëm çështje sigurie. Ai cenon një sërë të drejtash themelore të fëmijës:

- të drejtën për arsim, sepse shumica e këtyre fëmijëve nuk e ndjekin shkollën ose marrin vetëm mësim të rastësishëm në shtëpi;
- të drejtën për shëndet, sepse vizitat mjekësore shtyhen derisa situata të bëhet urgjente;
- të drejtën për lojë dhe shoqëri, sepse fëmijët rriten pa moshatarë;
- të drejtën për një zhvillim të shëndetshëm psikologjik, në një mjedis ku frika është e përditshme.

Programet e mësimit në shtëpi ekzistojnë në letër, por zbatimi i tyre është i parregullt. Mësuesit vijnë rrallë, shpesh pa material didaktik, dhe askush nuk mban përgjegjësi kur vizitat ndërpriten.

Zgjidhja afatgjatë kërkon pajtim, drejtësi efektive dhe besim te shteti. Por fëmijët nuk mund të presin derisa të arrihen të gjitha këto. Rekomandojmë mësim të rregullt në shtëpi me mësues të caktuar, mbështetje psikologjike të vazhdueshme për fëmijët dhe nënat, si dhe përfshirjen e punonjësve socialë në çdo rast të raportuar.

Një fëmijë i mbyllur në shtëpi nuk është palë në konflikt. Ai është viktima e tij e parë.`,
      category: "analysis",
      author: "omar-haddad",
      hoursAgo: 1100,
    },
    {
      slug: "dëshmitarët-kanë-nevojë-për-mbrojtje-jo-për-dyshime",
      title: "Dëshmitarët kanë nevojë për mbrojtje, jo për dyshime",
      excerpt: "Kur një dëshmitar flet, ai rrezikon shumë. Shoqëria dhe institucionet duhet ta dëgjojnë me respekt, jo ta trajtojnë si të dyshuar.",
      body: `Në vitet e punës sonë kemi regjistruar qindra dëshmi. Pas secilës prej tyre qëndron një vendim i vështirë: të flasësh ose të heshtësh. Shumica e njerëzve që na drejtohen e dinë mirë çmimin e fjalës. Mund të humbasin punën, mund të izolohen në komunitetin e tyre, mund të përballen me kërcënime.

E megjithatë, shpesh ndodh që kur një dëshmitar guxon të flasë, reagimi i parë nuk është dëgjimi, por dyshimi. Pse foli tani? Çfarë përfitimi ka? Mos vallë është manipuluar? Këto pyetje i dëgjojmë jo vetëm në rrjetet sociale, por ndonjëherë edhe nga zyrtarë që e kanë për detyrë ta mbrojnë.

Natyrisht, çdo dëshmi duhet të verifikohet. Këtë e bëjmë edhe ne me përpikëri, duke kryqëzuar burimet dhe dokumentet. Por verifikimi është një proces profesional, jo një gjyq publik mbi karakterin e personit që ka folur.

Një dëshmitar që trajtohet si i dyshuar nuk do të flasë më. Dhe pas tij do të heshtin edhe të tjerët, sepse do të kenë parë se ç'u ndodh atyre që guxojnë. Kështu, mosbesimi ndaj dëshmitarëve nuk mbron të vërtetën; ai mbron ata që kanë diçka për të fshehur.

Kërkojmë programe efektive për mbrojtjen e dëshmitarëve, procedura që respektojnë dinjitetin e tyre dhe, mbi të gjitha, një kulturë publike që e sheh guximin për të folur si shërbim ndaj të gjithëve. Çdo fjalë e thënë me guxim e bën më të lehtë fjalën e radhës. Ata që flasin meritojnë mbështetjen tonë.`,
      category: "opinion",
      author: "arben-krasniqi",
      hoursAgo: 1300,
    },
    {
      slug: "qëndrimi-ynë-për-projektligjin-mbi-tubimet-publike",
      title: "Qëndrimi ynë për projektligjin e ri mbi tubimet publike",
      excerpt: "Projektligji i propozuar për tubimet publike përmban dispozita që mund të kufizojnë pa arsye lirinë e tubimit paqësor. Kërkojmë rishikimin e tyre.",
      body: `Vëzhguesi i Horizontit ka shqyrtuar me kujdes projektligjin e propozuar për tubimet publike, i cili është aktualisht në konsultim. Ne mbështesim nevojën për rregulla të qarta që garantojnë sigurinë e pjesëmarrësve dhe të qytetarëve, por disa dispozita të tekstit aktual na shqetësojnë seriozisht.

Për familjet me të cilat punojmë, tubimi paqësor është shpesh mënyra e vetme për ta bërë zërin e tyre të dëgjueshëm. Ditët e kujtesës, vigjiljet para gjykatave dhe takimet në sheshe nuk janë kërcënim për rendin publik. Janë shprehje e dhimbjes dhe e kërkesës për drejtësi.

Shqetësimet tona kryesore janë:

- detyrimi për të marrë leje paraprake, në vend të një njoftimi të thjeshtë, edhe për tubime të vogla;
- afatet e gjata të shqyrtimit, që e bëjnë të pamundur reagimin ndaj ngjarjeve të papritura;
- gjobat e larta për organizatorët, edhe kur shkeljet kryhen nga persona të tjerë;
- formulimet e paqarta për „prishjen e qetësisë publike“, që lënë hapësirë për interpretime arbitrare.

Liria e tubimit paqësor nuk është një favor që shteti u bën qytetarëve. Është një e drejtë themelore, dhe çdo kufizim i saj duhet të jetë i domosdoshëm, proporcional dhe i përcaktuar qartë në ligj.

U bëjmë thirrje ligjvënësve t'i rishikojnë këto dispozita dhe të konsultohen me organizatat e shoqërisë civile, me gazetarët dhe me vetë qytetarët para miratimit. Jemi të gatshëm të kontribuojmë me përvojën tonë në këtë proces.`,
      category: "statements",
      author: "leila-karimi",
      hoursAgo: 1550,
      cover: {
        image: "gathering",
        alt: "Njerëz të mbledhur në një shesh, disa me pankarta dhe fotografi në duar",
        caption: "Një vigjilje paqësore e familjeve të të zhdukurve, e organizuar vitin e kaluar në një qytet në veri.",
      },
    },
    {
      slug: "qëndistaret-e-luginës-emrat-e-të-zhdukurve",
      title: "Qëndistaret e luginës: emrat e të zhdukurve të qëndisur në pëlhurë",
      excerpt: "Në një fshat malor, një grup grash qëndisin mbi një pëlhurë të gjatë emrat e njerëzve që nuk u kthyen më. Ndoqëm punën e tyre gjatë një dimri.",
      body: `Çdo të martë pasdite, në shtëpinë e Teutës në një fshat të luginës së sipërme, mblidhen tetë gra. Ulen rreth sobës me dru, hapin mbi gjunjë një pëlhurë të bardhë disa metra të gjatë dhe e vazhdojnë punën aty ku e kanë lënë javën e kaluar.

Mbi pëlhurë, me fije të kuqe dhe të zeza, janë qëndisur deri tani tridhjetë e një emra. Janë emrat e burrave, grave dhe të rinjve nga lugina dhe nga fshatrat fqinje që janë zhdukur gjatë dekadave të fundit, disa pas ndalimeve, të tjerë gjatë rrugës së emigrimit.

![Maja malesh me borë mbi një luginë me shtëpi të vogla](/images/demo/mountains.svg "Lugina e sipërme, ku gratë e fshatit takohen çdo javë për të qëndisur")

> „Kur qëndis një emër, e mendoj atë njeri gjatë gjithë kohës“, thotë Teuta, që e nisi nismën pesë vjet më parë. „Është sikur t'i flasësh. Sikur t'i thuash që nuk e kemi harruar.“

Secili emër kërkon disa orë punë. Pranë tij gratë qëndisin një simbol të vogël: një zog për të rinjtë, një lule për nënat, një yll për ata që u nisën natën. Pëlhura ka udhëtuar tashmë në tri ekspozita dhe në Ditën e Kujtesës është shtrirë në shkallët e bashkisë së qytetit më të afërt.

Për gratë, qëndisja nuk është vetëm kujtim. Është edhe mënyrë për të qenë bashkë, për të folur për atë që nuk thuhet lehtë dhe për t'u treguar të rinjve të fshatit se historia e tyre ka emra dhe fytyra.

Kur pëlhura të mbushet, thonë ato, do të nisin një të dytë.`,
      category: "pictorials",
      author: "sara-mahmoudi",
      hoursAgo: 1800,
    },
    {
      slug: "letrat-e-një-babai-nga-burgu",
      title: "Letrat e një babai nga burgu te vajza që rritej pa të",
      excerpt: "Gjatë gjashtë viteve në burg, Agroni i shkroi vajzës së tij mbi treqind letra. Sot ajo i ruan në një kuti dhe i rilexon kur ka nevojë për kurajë.",
      body: `Kutia është prej kartoni, e lidhur me një fjongo blu. Brenda saj, Elira ruan treqind e dymbëdhjetë letra, të numëruara me kujdes. I ka shkruar babai i saj, Agroni, gjatë gjashtë viteve që kaloi në burg, kur ajo ishte nga shtatë deri në trembëdhjetë vjeç.

Agroni u dënua pas një procesi që ekipi ynë e ka dokumentuar si të mangët, me dëshmi të kontestuara dhe pa të drejtë të plotë mbrojtjeje. Ai u lirua shtatë vjet më parë, pasi një gjykatë më e lartë e rishqyrtoi çështjen.

Në burg, vizitat ishin të rralla dhe shpesh anuloheshin në minutën e fundit. Letrat u bënë ura e vetme mes tyre. Në to, Agroni i shkruante për libra, për yjet që shihte nga dritarja e vogël e qelisë, për detyrat e matematikës që ajo ia dërgonte t'ia kontrollonte.

> „Në çdo letër më pyeste për shoqet me emër. I mbante mend të gjitha“, thotë Elira, sot njëzetvjeçare dhe studente e drejtësisë. „Nuk ishte aty, por e dinte gjithçka për jetën time.“

Marrëdhënia e tyre sot është e ngrohtë, por jo e lehtë. Ka vite që nuk kthehen më: ditëlindje, festa shkolle, sëmundje. Agroni flet me zë të ulët për kohën në burg; Elira parapëlqen t'i lexojë letrat.

Historia e tyre tregon pse kontakti familjar gjatë burgimit nuk është luks. Për një fëmijë, një letër mund të jetë prova e vetme që prindi nuk e ka braktisur. Për një të burgosur, mund të jetë arsyeja për të mbijetuar.`,
      category: "family-stories",
      author: "leila-karimi",
      hoursAgo: 2100,
    },
    {
      slug: "si-e-dokumentojmë-një-rast",
      title: "Si e dokumentojmë një rast: metoda, verifikimi dhe kujdesi për dëshmitarët",
      excerpt: "Çdo rast që publikojmë kalon nëpër disa faza verifikimi. Shpjegojmë si punojmë dhe pse kujdesi ndaj dëshmitarëve vjen i pari.",
      body: `Lexuesit na pyesin shpesh se si arrijmë të jemi të sigurt për rastet që publikojmë. Është një pyetje e drejtë. Besueshmëria është pasuria jonë më e çmuar, dhe një gabim i vetëm mund të dëmtojë jo vetëm emrin tonë, por edhe familjet që mbështeten te ne.

Procesi ynë i dokumentimit ka disa faza:

- **intervista e parë**, e zhvilluar në një vend të sigurt, me pëlqim të informuar dhe me të drejtën e dëshmitarit për ta ndërprerë në çdo moment;
- **kryqëzimi i burimeve**, duke kërkuar të paktën dy dëshmi ose dokumente të pavarura për çdo fakt thelbësor;
- **shqyrtimi i dokumenteve**, si vendime gjykatash, raporte mjekësore, fotografi dhe korrespondencë zyrtare;
- **rishikimi ligjor**, për të vlerësuar nëse faktet përbëjnë shkelje sipas standardeve të të drejtave të njeriut;
- **vlerësimi i rrezikut**, para çdo publikimi, për të mbrojtur identitetin dhe sigurinë e personave të përfshirë.

![Rafte të mbushura me libra dhe dosje në një sallë arkivi](/images/demo/library.svg "Arkivi ku ruhen dosjet e rasteve të dokumentuara")

Të gjitha dosjet ruhen në mënyrë të sigurt dhe qasja në to kufizohet vetëm për anëtarët e ekipit që punojnë drejtpërdrejt me rastin. Emrat e dëshmitarëve nuk publikohen pa lejen e tyre të shprehur, dhe shpesh ndryshojmë detajet që mund t'i identifikojnë.

Ky proces kërkon kohë. Ndonjëherë kalojnë muaj të tërë nga dëshmia e parë deri te publikimi. E dimë se kjo mund të duket e ngadaltë për familjet që presin drejtësi. Por një rast i dokumentuar mirë mund të qëndrojë para një gjykate, një komisioni ose një institucioni ndërkombëtar. Një rast i dokumentuar keq mund t'i japë dikujt pretekstin për ta mohuar të vërtetën.`,
      category: "analysis",
      author: "sara-mahmoudi",
      hoursAgo: 2450,
    },
    {
      slug: "hapet-zyra-e-re-e-ndihmës-ligjore-falas",
      title: "Hapet zyra e re e ndihmës ligjore falas në një qytet të jugut",
      excerpt: "Zyra e re e Vëzhguesit të Horizontit do të ofrojë këshillim ligjor falas për familjet e të ndaluarve dhe të zhdukurve, si dhe për viktimat e diskriminimit.",
      body: `Vëzhguesi i Horizontit hapi këtë javë zyrën e tij të re të ndihmës ligjore në një qytet të jugut të vendit. Zyra do të jetë e hapur katër ditë në javë dhe do të ofrojë këshillim falas nga avokatë dhe juristë vullnetarë.

Vendimi për hapjen e zyrës erdhi pas rritjes së numrit të kërkesave nga ky rajon. Gjatë vitit të kaluar, mbi njëqind familje nga qytetet dhe fshatrat përreth u detyruan të udhëtonin me orë të tëra për të takuar ekipin tonë.

Zyra do të ofrojë ndihmë në këto fusha:

- çështje ndalimi dhe paraburgimi, përfshirë të drejtën për avokat dhe për vizita familjare;
- kërkimi i personave të zhdukur dhe komunikimi me institucionet përkatëse;
- dëbimet dhe çështjet e strehimit;
- diskriminimi në punë, në shkollë ose në shërbimet publike;
- pajisja me dokumente të gjendjes civile.

> „Shumë njerëz nuk e dinë që kanë të drejta. Të tjerë e dinë, por nuk kanë para për avokat“, tha Iliri, një nga juristët vullnetarë që do të punojë në zyrë. „Ne duam të jemi dera e parë ku ata mund të trokasin.“

Në ditën e hapjes, mbi tridhjetë persona erdhën për t'u informuar. Ekipi planifikon gjithashtu vizita të rregullta në fshatrat më të largëta, për ata që nuk mund të udhëtojnë deri në qytet.

Për të caktuar një takim, mund të na shkruani përmes formularit të kontaktit në faqen tonë.`,
      category: "news",
      author: "arben-krasniqi",
      hoursAgo: 2880,
    },
    {
      slug: "kujtesa-është-detyrë-e-së-tashmes",
      title: "Kujtesa nuk është e kaluara, është detyrë e së tashmes",
      excerpt: "Ditët e kujtesës nuk janë thjesht ceremoni. Janë mënyra si një shoqëri u thotë familjeve se nuk janë vetëm.",
      body: `Çdo vit, kur familjet e të ndaluarve dhe të zhdukurve mblidhen në sheshe, dikush pyet nëse ka kuptim të kujtosh diçka që nuk ndryshon. Emrat janë po ata, fotografitë zverdhen, përgjigjet nuk vijnë. Pse të mblidhesh sërish?

Përgjigjja, për ne, është e thjeshtë. Kujtesa nuk është një veprim që i drejtohet së kaluarës. Është një kërkesë që i drejtohet së tashmes. Kur një nënë lexon me zë të lartë emrin e djalit të saj, ajo nuk po kujton vetëm një njeri. Po i kujton shtetit se një pyetje mbetet pa përgjigje dhe se ajo nuk do të heshtë derisa ta marrë atë përgjigje.

Kujtesa ka edhe një funksion tjetër, më të qetë. Ajo u tregon familjeve se nuk janë vetëm. Në shumë qytete të vogla, familja e një të zhdukuri mbetet e izoluar: fqinjët e shmangin temën, të afërmit këshillojnë që „të harrohet“. Një shesh plot njerëz me fotografi në duar e thyen këtë izolim.

Shoqëritë që harrojnë e përsërisin të kaluarën. Kjo nuk është një frazë retorike, por një mësim që vjen nga përvoja e shumë vendeve që kanë kaluar nëpër periudha dhune dhe mohimi. Vetëm ajo që pranohet publikisht mund të mos përsëritet.

Prandaj, ditët e kujtesës meritojnë më shumë se një rresht në lajme. Meritojnë praninë tonë, vëmendjen tonë dhe, mbi të gjitha, përgjigje.`,
      category: "opinion",
      author: "omar-haddad",
      status: "draft",
      hoursAgo: 5,
    },
    {
      slug: "ekspozita-dyer-që-presin",
      title: "Ekspozita „Dyer që presin“ hapet në sallën e bibliotekës së qytetit",
      excerpt: "Tridhjetë fotografi të dyerve të shtëpive ku familjet presin ende kthimin e të afërmve të tyre. Ekspozita do të qëndrojë e hapur për dy javë.",
      body: `Të enjten, në sallën e leximit të bibliotekës së një qyteti në veri, hapet ekspozita fotografike „Dyer që presin“. Ajo përbëhet nga tridhjetë fotografi të dyerve të shtëpive ku familjet presin ende lajme për të afërmit e tyre të ndaluar ose të zhdukur.

Fotografitë u realizuan gjatë dy viteve nga Klea, një fotografe e re që punon si vullnetare me Vëzhguesin e Horizontit. Ajo vizitoi familje në qytete, në fshatra malore dhe në lagje periferike, gjithmonë me pëlqimin e tyre dhe shpesh pasi kishte pirë kafe me ta për orë të tëra.

> „Nuk doja të fotografoja lotët. Doja të fotografoja pritjen“, thotë Klea. „Një derë që nuk kyçet kurrë natën, një palë këpucë që qëndrojnë ende pranë saj, një emër i shkruar me shkumës mbi kornizë.“

Secila fotografi shoqërohet nga një tekst i shkurtër, i shkruar nga vetë familjet. Disa janë vetëm një fjali; të tjerë janë letra të vërteta drejtuar atyre që mungojnë.

Ekspozita do të qëndrojë e hapur për dy javë, çdo ditë pasdite, dhe hyrja është falas. Gjatë hapjes do të flasin dy nëna nga grupi ynë i mbështetjes dhe do të mbahet një minutë heshtjeje për të gjithë ata, emrat e të cilëve nuk gjenden ende në asnjë listë zyrtare.

Më pas, ekspozita do të udhëtojë drejt dy qyteteve të tjera gjatë pranverës. Shkollat dhe bibliotekat që dëshirojnë ta presin mund të na kontaktojnë përmes faqes sonë.`,
      category: "pictorials",
      author: "omar-haddad",
      status: "scheduled",
      hoursAgo: -72,
      cover: {
        image: "library",
        alt: "Një sallë leximi me rafte librash përgjatë mureve dhe tavolina druri në mes",
        caption: "Salla e leximit të bibliotekës së qytetit, ku do të vendosen fotografitë e ekspozitës.",
      },
    },
  ],
};

export default content;
