// The 2012 forum's programme as data: what content/pages/*/program.mdx listed
// as tables (three days, the halls it names), with speakers and moderators
// (lib/seed/program-2012-people.ts). Times are local Perm time as the old
// page printed them; the seed turns them into UTC with the edition's zone.

export const seedEdition = {
  slug: "2012",
  titleEn: "Perm Regional Innovation Forum 2012",
  titleRu: "Пермский региональный инновационный форум 2012",
  startsOn: "2012-04-19",
  endsOn: "2012-04-21",
  timezone: "Asia/Yekaterinburg",
  zoneLabelEn: "Perm time",
  zoneLabelRu: "время пермское",
  venueNameEn: "Perm Fair Exhibition Centre",
  venueNameRu: "Выставочный центр «Пермская ярмарка»",
  venueAddressEn: "59 Shosse Kosmonavtov, Perm, Russia",
  venueAddressRu: "Россия, Пермь, шоссе Космонавтов, 59",
};

export type SeedHall = { slug: string; en: string; ru: string; directionsEn: string; directionsRu: string };

export const seedHalls: SeedHall[] = [
  { slug: "congress-hall", en: "Congress Hall", ru: "Конгресс-холл", directionsEn: "Ground floor, main entrance, 800 seats", directionsRu: "1-й этаж, главный вход, 800 мест" },
  { slug: "hall-a", en: "Hall A", ru: "Зал А", directionsEn: "1st floor, left wing, 250 seats", directionsRu: "2-й этаж, левое крыло, 250 мест" },
  { slug: "hall-b", en: "Hall B", ru: "Зал Б", directionsEn: "1st floor, right wing, 180 seats", directionsRu: "2-й этаж, правое крыло, 180 мест" },
  { slug: "hall-c", en: "Hall C", ru: "Зал В", directionsEn: "1st floor, end of the right wing, 120 seats", directionsRu: "2-й этаж, в конце правого крыла, 120 мест" },
  { slug: "pavilion-2", en: "Exhibition Pavilion No. 2", ru: "Павильон № 2", directionsEn: "Through the foyer, covered passage", directionsRu: "Через фойе, крытый переход" },
  { slug: "press-centre", en: "Press Centre", ru: "Пресс-центр", directionsEn: "2nd floor, 40 workplaces", directionsRu: "3-й этаж, 40 рабочих мест" },
  { slug: "foyer", en: "Foyer", ru: "Фойе", directionsEn: "Main entrance", directionsRu: "Главный вход" },
  { slug: "restaurant", en: "Restaurant, 2nd floor", ru: "Ресторан, 2-й этаж", directionsEn: "2nd floor", directionsRu: "3-й этаж" },
];

export const seedTracks = [
  { slug: "regions", en: "Regions and infrastructure", ru: "Регионы и инфраструктура", color: "#1d4ed8" },
  { slug: "industry", en: "Technology and industry", ru: "Технологии и промышленность", color: "#b45309" },
  { slug: "investment", en: "Investment and finance", ru: "Инвестиции и финансы", color: "#047857" },
  { slug: "people", en: "People and education", ru: "Кадры и образование", color: "#7c3aed" },
];

export const seedFormats = [
  { key: "plenary", en: "Plenary session", ru: "Пленарное заседание", spansAllHalls: true },
  { key: "panel", en: "Panel discussion", ru: "Панельная дискуссия" },
  { key: "round_table", en: "Round table", ru: "Круглый стол" },
  { key: "presentation", en: "Presentation", ru: "Презентация" },
  { key: "workshop", en: "Workshop", ru: "Практикум" },
  { key: "contest", en: "Contest", ru: "Конкурс" },
  { key: "ceremony", en: "Ceremony", ru: "Церемония" },
  { key: "networking", en: "Business meetings", ru: "Деловые встречи" },
  { key: "press_conference", en: "Press conference", ru: "Пресс-конференция" },
  { key: "registration", en: "Registration", ru: "Регистрация", isService: true },
  { key: "break", en: "Break", ru: "Перерыв", isService: true },
  { key: "reception", en: "Reception", ru: "Приём", isService: true },
];

type SeedRole = "moderator" | "co_moderator" | "keynote" | "speaker";

export type SeedSession = {
  /** Immutable public code. */
  code: string;
  day: string;
  start: string;
  end: string;
  hall: string;
  format: string;
  track?: string;
  en: { title: string; slug: string; summary?: string; body?: string };
  ru: { title: string; slug: string; summary?: string; body?: string };
  /** [person slug, role], in order within each role. */
  people?: [string, SeedRole][];
};

export const seedSessions: SeedSession[] = [
  // Thursday, April 19 — the regions and their instruments
  {
    code: "R8K2QF", day: "2012-04-19", start: "08:30", end: "10:00", hall: "foyer", format: "registration",
    en: { title: "Registration of participants, welcome coffee", slug: "registration" },
    ru: { title: "Регистрация участников, приветственный кофе", slug: "registratsiya" },
  },
  {
    code: "X4MN7P", day: "2012-04-19", start: "10:00", end: "10:30", hall: "pavilion-2", format: "ceremony", track: "regions",
    en: { title: "Opening of the exhibition “Innovations of Prikamye”", slug: "opening-of-the-exhibition", summary: "The regional government and the organisers open the exhibition of Perm Region's innovative companies, universities and technoparks." },
    ru: { title: "Открытие выставки «Инновации Прикамья»", slug: "otkrytie-vystavki", summary: "Правительство края и организаторы открывают выставку инновационных компаний, вузов и технопарков Пермского края." },
    people: [["viktor-shalimov", "speaker"], ["ilya-danilov", "speaker"]],
  },
  {
    code: "PL3NRY", day: "2012-04-19", start: "11:00", end: "13:30", hall: "congress-hall", format: "plenary", track: "regions",
    en: {
      title: "Regions of innovation: competing for people, technology and capital",
      slug: "regions-of-innovation",
      summary: "Heads of regional governments, companies and development institutions on why some regions attract engineers, technology and investment while others lose them.",
      body: "Heads of regional governments and managers of companies and development institutions discuss why some regions attract engineers, technology and investment while others lose them, and what regional authorities can realistically change.\n\n## Questions for the discussion\n\n- If capital, technology and qualified people move freely, what keeps them in a region?\n- Which regional instruments have worked: technoparks, tax breaks, co-funded research?\n- What should the federal centre leave to the regions?",
    },
    ru: {
      title: "Регионы инноваций: конкуренция за людей, технологии и капитал",
      slug: "regiony-innovatsiy",
      summary: "Главы региональных правительств, компаний и институтов развития о том, почему одни регионы притягивают инженеров, технологии и инвестиции, а другие их теряют.",
      body: "Главы региональных правительств, руководители компаний и институтов развития обсуждают, почему одни регионы притягивают инженеров, технологии и инвестиции, а другие их теряют, и что региональные власти действительно могут изменить.\n\n## Вопросы для обсуждения\n\n- Если капитал, технологии и кадры перемещаются свободно, что удерживает их в регионе?\n- Какие региональные инструменты сработали: технопарки, налоговые льготы, софинансирование исследований?\n- Что федеральный центр должен оставить регионам?",
    },
    people: [["pavel-gromov", "moderator"], ["viktor-shalimov", "speaker"], ["rustam-khairullin", "speaker"], ["alexander-rats", "speaker"], ["natalia-zhuravleva", "speaker"], ["klaus-brenner", "speaker"], ["pyotr-smirnov", "speaker"]],
  },
  {
    code: "LN4CH3", day: "2012-04-19", start: "13:30", end: "14:30", hall: "restaurant", format: "break",
    en: { title: "Lunch", slug: "lunch" },
    ru: { title: "Обед", slug: "obed" },
  },
  {
    code: "N7FRA3", day: "2012-04-19", start: "14:30", end: "16:30", hall: "hall-a", format: "panel", track: "regions",
    en: { title: "Innovation infrastructure: technoparks, special economic zones and business incubators", slug: "innovation-infrastructure", summary: "What the region's technoparks, special economic zones and incubators give a young company, and what they still lack." },
    ru: { title: "Инновационная инфраструктура: технопарки, особые экономические зоны и бизнес-инкубаторы", slug: "innovatsionnaya-infrastruktura", summary: "Что дают молодой компании технопарки, особые экономические зоны и инкубаторы региона и чего им пока не хватает." },
    people: [["andrei-voronin", "moderator"], ["svetlana-belyaeva", "speaker"], ["yury-vasiliev", "speaker"], ["anton-kiselev", "speaker"]],
  },
  {
    code: "EF6KWT", day: "2012-04-19", start: "14:30", end: "16:30", hall: "hall-b", format: "round_table", track: "industry",
    en: { title: "Energy efficiency in industry and housing", slug: "energy-efficiency-in-industry-and-housing", summary: "Energy audits, heat metering and the contracts that let savings pay for the investment." },
    ru: { title: "Энергоэффективность в промышленности и ЖКХ", slug: "energoeffektivnost-v-promyshlennosti-i-zhkh", summary: "Энергоаудит, учёт тепла и контракты, при которых экономия окупает вложения." },
    people: [["irina-sergeeva", "moderator"], ["gennady-zaitsev", "speaker"], ["mikhail-tarasov", "speaker"], ["vera-nikitina", "speaker"]],
  },
  {
    code: "YM5NTR", day: "2012-04-19", start: "14:30", end: "16:30", hall: "hall-c", format: "workshop", track: "people",
    en: { title: "Youth innovation contest: mentoring session for finalists", slug: "youth-contest-mentoring", summary: "The twelve finalists of the youth contest work on their pitches with mentors before Friday's final." },
    ru: { title: "Молодёжный конкурс инновационных проектов: наставническая сессия для финалистов", slug: "molodezhnyy-konkurs-nastavnicheskaya-sessiya", summary: "Двенадцать финалистов молодёжного конкурса готовят выступления с наставниками перед пятничным финалом." },
    people: [["yulia-morozova", "moderator"], ["alexei-pankratov", "speaker"], ["anton-kiselev", "speaker"]],
  },
  {
    code: "VC9DEV", day: "2012-04-19", start: "17:00", end: "18:30", hall: "hall-a", format: "panel", track: "investment",
    en: {
      title: "Development institutions and venture capital: meet the investors",
      slug: "development-institutions-and-venture-capital",
      summary: "Venture funds, development institutions and banks explain what they expect from innovative projects and how to apply for support.",
      body: "Venture funds, development institutions and banks explain what they expect from innovative projects and how to apply for support.\n\nAfter the panel, project teams can book short meetings with the investors at the B2B area of Exhibition Pavilion No. 2.",
    },
    ru: {
      title: "Институты развития и венчурный капитал: встреча с инвесторами",
      slug: "instituty-razvitiya-i-venchurnyy-kapital",
      summary: "Венчурные фонды, институты развития и банки рассказывают, чего они ждут от инновационных проектов и как получить их поддержку.",
      body: "Венчурные фонды, институты развития и банки рассказывают, чего они ждут от инновационных проектов и как получить их поддержку.\n\nПосле дискуссии команды проектов могут записаться на короткие встречи с инвесторами в зоне B2B павильона № 2.",
    },
    people: [["natalia-zhuravleva", "moderator"], ["dmitry-orlov", "speaker"], ["oleg-fedorov", "speaker"], ["rustam-khairullin", "speaker"]],
  },
  {
    code: "RC7PTN", day: "2012-04-19", start: "19:00", end: "21:00", hall: "restaurant", format: "reception",
    en: { title: "Reception on behalf of the forum organizers (by invitation)", slug: "reception" },
    ru: { title: "Приём от имени организаторов форума (по приглашениям)", slug: "priyom" },
  },

  // Friday, April 20 — technology, industry and investment
  {
    code: "TT3UNV", day: "2012-04-20", start: "10:00", end: "12:00", hall: "hall-a", format: "panel", track: "industry",
    en: { title: "Universities and industry: technology transfer that works", slug: "universities-and-industry", summary: "Why companies ready to commission research cannot find who does it, and how universities can answer." },
    ru: { title: "Вузы и промышленность: трансфер технологий, который работает", slug: "vuzy-i-promyshlennost", summary: "Почему компании, готовые заказывать исследования, не находят исполнителей и что могут ответить вузы." },
    people: [["igor-lebedev", "moderator"], ["sergei-malkov", "speaker"], ["tatiana-kuznetsova", "speaker"], ["boris-yakovlev", "speaker"]],
  },
  {
    code: "OG4CHM", day: "2012-04-20", start: "10:00", end: "12:00", hall: "hall-b", format: "panel", track: "industry",
    en: { title: "Oil, gas and chemistry: innovation in the resource economy", slug: "oil-gas-and-chemistry", summary: "How the region's oil, gas and chemical companies order new technology, and what they expect of suppliers." },
    ru: { title: "Нефть, газ и химия: инновации в ресурсной экономике", slug: "neft-gaz-i-khimiya", summary: "Как нефтегазовые и химические компании региона заказывают новые технологии и чего ждут от поставщиков." },
    people: [["pavel-gromov", "moderator"], ["nikolai-grishin", "speaker"], ["ludmila-ershova", "speaker"], ["gennady-zaitsev", "speaker"]],
  },
  {
    code: "IT6TLC", day: "2012-04-20", start: "10:00", end: "12:00", hall: "hall-c", format: "round_table", track: "regions",
    en: { title: "IT and telecommunications as a platform for regional innovation", slug: "it-and-telecommunications", summary: "Broadband, data centres and local software companies as infrastructure for every other industry." },
    ru: { title: "IT и телекоммуникации как платформа для региональных инноваций", slug: "it-i-telekommunikatsii", summary: "Широкополосный доступ, центры обработки данных и местные разработчики как инфраструктура для всех отраслей." },
    people: [["denis-shevchenko", "moderator"], ["artem-volkov", "speaker"], ["ksenia-romanova", "speaker"]],
  },
  {
    code: "IP5PRM", day: "2012-04-20", start: "12:30", end: "14:00", hall: "congress-hall", format: "presentation", track: "investment",
    en: {
      title: "Presentation of the investment projects of Perm Region",
      slug: "investment-projects-of-perm-region",
      summary: "The Government of Perm Region presents selected investment projects to investors, banks and development institutions.",
      body: "The Government of Perm Region presents selected investment projects to investors, banks and development institutions, together with the region's support instruments.",
    },
    ru: {
      title: "Презентация инвестиционных проектов Пермского края",
      slug: "investitsionnye-proekty-permskogo-kraya",
      summary: "Правительство Пермского края представляет инвесторам, банкам и институтам развития избранные инвестиционные проекты.",
      body: "Правительство Пермского края представляет инвесторам, банкам и институтам развития избранные инвестиционные проекты и действующие в регионе инструменты поддержки.",
    },
    people: [["marina-kostromina", "moderator"], ["andrei-voronin", "speaker"], ["oleg-fedorov", "speaker"]],
  },
  {
    code: "LN5CH2", day: "2012-04-20", start: "14:00", end: "15:00", hall: "restaurant", format: "break",
    en: { title: "Lunch", slug: "lunch" },
    ru: { title: "Обед", slug: "obed" },
  },
  {
    code: "MB8LOC", day: "2012-04-20", start: "15:00", end: "17:00", hall: "hall-a", format: "panel", track: "industry",
    en: { title: "Engineering and machine building: localization and supplier development", slug: "engineering-and-machine-building", summary: "Why factories order components abroad, and what it takes to grow suppliers in the region." },
    ru: { title: "Машиностроение: локализация производства и развитие поставщиков", slug: "mashinostroenie", summary: "Почему заводы заказывают комплектующие за рубежом и что нужно, чтобы вырастить поставщиков в регионе." },
    people: [["olga-tretyakova", "moderator"], ["boris-yakovlev", "speaker"], ["vladimir-gusev", "speaker"], ["klaus-brenner", "speaker"]],
  },
  {
    code: "EN2EDU", day: "2012-04-20", start: "15:00", end: "17:00", hall: "hall-b", format: "round_table", track: "people",
    en: { title: "Engineers for the innovation economy: personnel and education", slug: "engineers-for-the-innovation-economy", summary: "Colleges, universities and employers on training engineers the region's factories need." },
    ru: { title: "Инженеры для инновационной экономики: кадры и образование", slug: "inzhenery-dlya-innovatsionnoy-ekonomiki", summary: "Колледжи, вузы и работодатели о подготовке инженеров, которые нужны заводам региона." },
    people: [["anna-kalinina", "moderator"], ["elena-popova", "speaker"], ["sergei-bogdanov", "speaker"], ["tatiana-kuznetsova", "speaker"]],
  },
  {
    code: "YS7FNL", day: "2012-04-20", start: "15:00", end: "17:00", hall: "hall-c", format: "contest", track: "people",
    en: {
      title: "Final of the youth innovation contest “Innovation Start”",
      slug: "youth-contest-final",
      summary: "Twelve finalists pitch their projects to the jury and investors.",
      body: "Twelve finalists pitch their projects to the jury and investors: seven minutes for the pitch, five minutes for questions. The winners are announced at the closing session on Saturday.",
    },
    ru: {
      title: "Финал молодёжного конкурса инновационных проектов «Инновационный старт»",
      slug: "final-molodezhnogo-konkursa",
      summary: "Двенадцать финалистов представляют свои проекты жюри и инвесторам.",
      body: "Двенадцать финалистов представляют свои проекты жюри и инвесторам: семь минут на выступление, пять минут на вопросы. Победителей объявят на заключительном заседании в субботу.",
    },
    people: [["natalia-zhuravleva", "moderator"], ["yulia-morozova", "co_moderator"], ["dmitry-orlov", "speaker"], ["alexei-pankratov", "speaker"]],
  },
  {
    code: "B2BXCH", day: "2012-04-20", start: "17:30", end: "19:00", hall: "pavilion-2", format: "networking", track: "investment",
    en: { title: "B2B meetings and investment exchange", slug: "b2b-meetings", summary: "Pre-booked meetings between project teams, investors and the region's large companies." },
    ru: { title: "Деловые встречи B2B и инвестиционная биржа", slug: "vstrechi-b2b", summary: "Встречи команд проектов с инвесторами и крупными компаниями региона по предварительной записи." },
  },

  // Saturday, April 21 — cooperation and results
  {
    code: "SM4PRC", day: "2012-04-21", start: "10:00", end: "12:00", hall: "hall-b", format: "panel", track: "investment",
    en: { title: "Small innovative enterprises and public procurement", slug: "small-enterprises-and-public-procurement", summary: "How a small innovative company can win a public contract, and what procurement rules stand in its way." },
    ru: { title: "Малые инновационные предприятия и государственные закупки", slug: "malye-predpriyatiya-i-goszakupki", summary: "Как малой инновационной компании выиграть госконтракт и какие правила закупок ей мешают." },
    people: [["maxim-egorov", "moderator"], ["galina-sokolova", "speaker"], ["artem-volkov", "speaker"]],
  },
  {
    code: "IPW6PT", day: "2012-04-21", start: "10:00", end: "12:00", hall: "hall-c", format: "workshop", track: "industry",
    en: { title: "Protecting intellectual property: patents and licensing for small businesses", slug: "protecting-intellectual-property", summary: "A practical session: when to patent, what a licence agreement must say, what it costs." },
    ru: { title: "Защита интеллектуальной собственности: патенты и лицензирование для малого бизнеса", slug: "zashchita-intellektualnoy-sobstvennosti", summary: "Практикум: когда патентовать, что должно быть в лицензионном договоре, сколько это стоит." },
    people: [["roman-lisitsyn", "speaker"], ["natalia-orekhova", "speaker"]],
  },
  {
    code: "CL7PLC", day: "2012-04-21", start: "11:00", end: "13:30", hall: "hall-a", format: "round_table", track: "regions",
    en: {
      title: "Cluster policy: cooperation as a competitive advantage",
      slug: "cluster-policy",
      summary: "What prevents Russian companies from cooperating, and which instruments help them work together.",
      body: "Heads of regional governments, cluster development centres and innovative enterprises discuss what prevents Russian companies from cooperating and which instruments help them work together.",
    },
    ru: {
      title: "Кластерная политика: кооперация как конкурентное преимущество",
      slug: "klasternaya-politika",
      summary: "Что мешает российским компаниям кооперироваться и какие инструменты помогают им работать вместе.",
      body: "Главы региональных правительств, руководители центров кластерного развития и инновационных предприятий обсуждают, что мешает российским компаниям кооперироваться и какие инструменты помогают им работать вместе.",
    },
    people: [["olga-tretyakova", "moderator"], ["yury-vasiliev", "speaker"], ["alexander-rats", "speaker"], ["elena-gilyazova", "speaker"], ["klaus-brenner", "speaker"], ["sergei-malkov", "speaker"]],
  },
  {
    code: "CS9RES", day: "2012-04-21", start: "14:00", end: "15:30", hall: "congress-hall", format: "plenary", track: "regions",
    en: {
      title: "Closing session: draft resolution of the forum, awards of the youth innovation contest",
      slug: "closing-session",
      summary: "Participants discuss the draft resolution of the forum; the winners of the youth innovation contest receive their awards.",
      body: "Participants discuss the draft resolution of the forum; the winners of the youth innovation contest receive their awards.",
    },
    ru: {
      title: "Заключительное заседание: проект резолюции форума, награждение победителей молодёжного конкурса",
      slug: "zaklyuchitelnoe-zasedanie",
      summary: "Участники обсуждают проект резолюции форума; победители молодёжного конкурса получают награды.",
      body: "Участники обсуждают проект резолюции форума; победители молодёжного конкурса получают награды.",
    },
    people: [["pavel-gromov", "moderator"], ["viktor-shalimov", "speaker"], ["andrei-voronin", "speaker"], ["natalia-zhuravleva", "speaker"]],
  },
  {
    code: "PC3FNL", day: "2012-04-21", start: "16:00", end: "16:45", hall: "press-centre", format: "press_conference", track: "regions",
    en: { title: "Final press conference", slug: "final-press-conference", summary: "The organisers sum up the forum for the press." },
    ru: { title: "Итоговая пресс-конференция", slug: "itogovaya-press-konferentsiya", summary: "Организаторы подводят итоги форума для журналистов." },
    people: [["konstantin-zhukov", "moderator"], ["viktor-shalimov", "speaker"], ["ilya-danilov", "speaker"]],
  },
];
