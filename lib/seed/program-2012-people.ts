// The speakers and moderators of the demo programme (lib/seed/program-2012.ts).
// Those named in the demo news (content/news) keep the jobs the news gives
// them; the others are invented for the demo, in organisations of the kind a
// regional innovation forum of 2012 brought together. One person has no consent
// date on purpose: the demo shows that such a person appears nowhere public.

export type SeedPerson = {
  slug: string;
  ru: { last: string; first: string; middle: string; position: string; organisation: string; bio?: string };
  en: { last: string; first: string; position: string; organisation: string; bio?: string };
  /** false: no consent recorded (kept off every public page). */
  consent?: false;
};

const p = (
  slug: string,
  ru: [last: string, first: string, middle: string, position: string, organisation: string, bio?: string],
  en: [last: string, first: string, position: string, organisation: string, bio?: string],
  consent?: false,
): SeedPerson => ({
  slug,
  ru: { last: ru[0], first: ru[1], middle: ru[2], position: ru[3], organisation: ru[4], ...(ru[5] ? { bio: ru[5] } : {}) },
  en: { last: en[0], first: en[1], position: en[2], organisation: en[3], ...(en[4] ? { bio: en[4] } : {}) },
  ...(consent === false ? { consent } : {}),
});

export const seedPeople: SeedPerson[] = [
  p(
    "pavel-gromov",
    ["Громов", "Павел", "Андреевич", "Главный редактор", "Деловой еженедельник «Капитал-Пермь»", "Журналист, пишет об экономике Прикамья с 1998 года; ведущий деловых дискуссий форума."],
    ["Gromov", "Pavel", "Editor-in-Chief", "Business weekly Kapital-Perm", "Journalist who has covered the economy of Prikamye since 1998; moderates the forum's business debates."],
  ),
  p(
    "viktor-shalimov",
    ["Шалимов", "Виктор", "Николаевич", "Заместитель председателя", "Правительство Пермского края", "Курирует в правительстве края промышленность, инновации и инвестиционную политику."],
    ["Shalimov", "Viktor", "Deputy Chairman", "Government of Perm Region", "Oversees industry, innovation and investment policy in the regional government."],
  ),
  p(
    "andrei-voronin",
    ["Воронин", "Андрей", "Сергеевич", "Руководитель", "Агентство инновационного развития Пермского края", "Отвечает за технопарки, бизнес-инкубаторы и софинансирование исследований по заказу предприятий."],
    ["Voronin", "Andrei", "Head", "Perm Region Innovation Development Agency", "Responsible for the region's technoparks, business incubators and co-funding of research ordered by companies."],
  ),
  p(
    "natalia-zhuravleva",
    ["Журавлёва", "Наталья", "Викторовна", "Директор", "Уральский венчурный фонд", "Пятнадцать лет в венчурных инвестициях; председатель жюри молодёжного конкурса форума."],
    ["Zhuravleva", "Natalia", "Director", "Ural Venture Fund", "Fifteen years in venture investment; chair of the jury of the forum's youth contest."],
  ),
  p(
    "olga-tretyakova",
    ["Третьякова", "Ольга", "Игоревна", "Директор", "Уральская кластерная ассоциация", "Модератор круглого стола по кластерной политике."],
    ["Tretyakova", "Olga", "Director", "Ural Cluster Association", "Moderator of the cluster policy round table."],
  ),
  p(
    "yury-vasiliev",
    ["Васильев", "Юрий", "Борисович", "Генеральный директор", "Особая экономическая зона «Зеленоград»"],
    ["Vasiliev", "Yury", "CEO", "Special economic zone Zelenograd"],
  ),
  p(
    "alexander-rats",
    ["Рац", "Александр", "Владимирович", "Директор", "Центр развития кластера «Дубна»"],
    ["Rats", "Alexander", "Director", "Dubna Cluster Development Center"],
  ),
  p(
    "elena-gilyazova",
    ["Гилязова", "Елена", "Рашидовна", "Депутат", "Законодательное собрание Пермского края"],
    ["Gilyazova", "Elena", "Deputy", "Legislative Assembly of Perm Region"],
  ),
  p(
    "klaus-brenner",
    ["Бреннер", "Клаус", "", "Управляющий директор", "Баварский мехатронный кластер", "Руководит кластерной организацией из 90 машиностроительных компаний Баварии."],
    ["Brenner", "Klaus", "Managing Director", "Bavarian mechatronics cluster", "Runs the cluster organisation of 90 Bavarian engineering companies."],
  ),
  p(
    "sergei-malkov",
    ["Малков", "Сергей", "Петрович", "Управляющий директор", "Камское приборостроительное объединение"],
    ["Malkov", "Sergei", "Managing Director", "Kama Precision Instruments"],
  ),
  p(
    "igor-lebedev",
    ["Лебедев", "Игорь", "Александрович", "Проректор по инновациям", "Уральский институт прикладных технологий", "Создал в институте офис трансфера технологий и три малых инновационных предприятия."],
    ["Lebedev", "Igor", "Vice-Rector for Innovation", "Ural Institute of Applied Technology", "Set up the institute's technology transfer office and three small innovative companies."],
  ),
  p(
    "marina-kostromina",
    ["Костромина", "Марина", "Юрьевна", "Министр экономического развития", "Правительство Пермского края"],
    ["Kostromina", "Marina", "Minister of Economic Development", "Government of Perm Region"],
  ),
  p(
    "dmitry-orlov",
    ["Орлов", "Дмитрий", "Евгеньевич", "Управляющий партнёр", "Фонд «Кама Капитал»", "Инвестирует в промышленные технологии на ранних стадиях."],
    ["Orlov", "Dmitry", "Managing Partner", "Kama Capital fund", "Invests in early-stage industrial technology."],
  ),
  p(
    "svetlana-belyaeva",
    ["Беляева", "Светлана", "Михайловна", "Директор", "Пермский региональный технопарк"],
    ["Belyaeva", "Svetlana", "Director", "Perm Regional Technopark"],
  ),
  p(
    "rustam-khairullin",
    ["Хайруллин", "Рустам", "Ильдарович", "Заместитель генерального директора", "Агентство инвестиционного развития Республики Татарстан"],
    ["Khairullin", "Rustam", "Deputy CEO", "Investment Development Agency of Tatarstan"],
  ),
  p(
    "anton-kiselev",
    ["Киселёв", "Антон", "Валерьевич", "Руководитель", "Бизнес-инкубатор Пермского политехнического университета"],
    ["Kiselev", "Anton", "Head", "Business incubator of Perm Polytechnic University"],
  ),
  p(
    "gennady-zaitsev",
    ["Зайцев", "Геннадий", "Фёдорович", "Главный энергетик", "Прикамский химический комбинат"],
    ["Zaitsev", "Gennady", "Chief Power Engineer", "Prikamye Chemical Works"],
  ),
  p(
    "irina-sergeeva",
    ["Сергеева", "Ирина", "Олеговна", "Директор", "Центр энергосбережения Пермского края", "Ведёт региональную программу энергоаудита промышленных предприятий и многоквартирных домов."],
    ["Sergeeva", "Irina", "Director", "Perm Region Energy Saving Centre", "Runs the regional programme of energy audits of factories and apartment buildings."],
  ),
  p(
    "mikhail-tarasov",
    ["Тарасов", "Михаил", "Юрьевич", "Председатель правления", "ТСЖ «Парковый» (Пермь)"],
    ["Tarasov", "Mikhail", "Chairman of the board", "Parkovy homeowners' association, Perm"],
  ),
  p(
    "vera-nikitina",
    ["Никитина", "Вера", "Сергеевна", "Ведущий эксперт", "Уральский центр энергоэффективности"],
    ["Nikitina", "Vera", "Senior Expert", "Ural Energy Efficiency Centre"],
  ),
  p(
    "alexei-pankratov",
    ["Панкратов", "Алексей", "Игоревич", "Наставник конкурса, основатель", "ООО «Прикладная механика»"],
    ["Pankratov", "Alexei", "Contest mentor, founder", "Applied Mechanics LLC"],
  ),
  p(
    "yulia-morozova",
    ["Морозова", "Юлия", "Андреевна", "Координатор молодёжного конкурса", "Агентство инновационного развития Пермского края"],
    ["Morozova", "Yulia", "Youth contest coordinator", "Perm Region Innovation Development Agency"],
  ),
  p(
    "oleg-fedorov",
    ["Фёдоров", "Олег", "Николаевич", "Вице-президент по развитию", "Банк «Прикамье»"],
    ["Fedorov", "Oleg", "Vice-President for Development", "Prikamye Bank"],
  ),
  p(
    "tatiana-kuznetsova",
    ["Кузнецова", "Татьяна", "Владимировна", "Проректор по научной работе", "Пермский национальный исследовательский политехнический университет"],
    ["Kuznetsova", "Tatiana", "Vice-Rector for Research", "Perm National Research Polytechnic University"],
  ),
  p(
    "boris-yakovlev",
    ["Яковлев", "Борис", "Геннадьевич", "Технический директор", "ОАО «Уральские моторы»"],
    ["Yakovlev", "Boris", "Technical Director", "Uralskie Motory"],
  ),
  p(
    "nikolai-grishin",
    ["Гришин", "Николай", "Степанович", "Директор по инновациям", "Пермская нефтехимическая компания"],
    ["Grishin", "Nikolai", "Director of Innovation", "Perm Petrochemical Company"],
  ),
  p(
    "ludmila-ershova",
    ["Ершова", "Людмила", "Павловна", "Заведующая кафедрой химической технологии", "Пермский государственный национальный исследовательский университет"],
    ["Ershova", "Ludmila", "Head of the Chemical Technology Department", "Perm State National Research University"],
  ),
  p(
    "artem-volkov",
    ["Волков", "Артём", "Дмитриевич", "Генеральный директор", "ООО «УралТелекомСофт»"],
    ["Volkov", "Artem", "CEO", "UralTelecomSoft"],
  ),
  p(
    "ksenia-romanova",
    ["Романова", "Ксения", "Алексеевна", "Директор Пермского филиала", "Региональный оператор связи «Урал-Связь»"],
    ["Romanova", "Ksenia", "Director of the Perm branch", "Ural-Svyaz regional telecom operator"],
  ),
  p(
    "denis-shevchenko",
    ["Шевченко", "Денис", "Игоревич", "Руководитель", "Пермский ИТ-кластер"],
    ["Shevchenko", "Denis", "Head", "Perm IT cluster"],
  ),
  p(
    "vladimir-gusev",
    ["Гусев", "Владимир", "Анатольевич", "Директор по закупкам", "Пермский моторостроительный завод «Кама»"],
    ["Gusev", "Vladimir", "Procurement Director", "Kama Engine Works"],
  ),
  p(
    "elena-popova",
    ["Попова", "Елена", "Константиновна", "Директор по персоналу", "Камское приборостроительное объединение"],
    ["Popova", "Elena", "HR Director", "Kama Precision Instruments"],
  ),
  p(
    "sergei-bogdanov",
    ["Богданов", "Сергей", "Ильич", "Директор", "Пермский машиностроительный колледж"],
    ["Bogdanov", "Sergei", "Director", "Perm College of Mechanical Engineering"],
  ),
  p(
    "anna-kalinina",
    ["Калинина", "Анна", "Сергеевна", "Заместитель министра", "Министерство образования Пермского края"],
    ["Kalinina", "Anna", "Deputy Minister", "Ministry of Education of Perm Region"],
  ),
  p(
    "maxim-egorov",
    ["Егоров", "Максим", "Леонидович", "Председатель", "Пермское отделение «Опоры России»"],
    ["Egorov", "Maxim", "Chairman", "Perm branch of Opora Rossii"],
  ),
  p(
    "galina-sokolova",
    ["Соколова", "Галина", "Петровна", "Начальник отдела госзакупок", "Министерство экономического развития Пермского края"],
    ["Sokolova", "Galina", "Head of Public Procurement", "Ministry of Economic Development of Perm Region"],
  ),
  p(
    "roman-lisitsyn",
    ["Лисицын", "Роман", "Олегович", "Патентный поверенный", "Уральское патентное бюро", "Патентный поверенный РФ с 2004 года; консультирует малые предприятия по лицензированию."],
    ["Lisitsyn", "Roman", "Patent attorney", "Ural Patent Bureau", "Registered Russian patent attorney since 2004; advises small companies on licensing."],
  ),
  p(
    "natalia-orekhova",
    ["Орехова", "Наталья", "Владимировна", "Юрист по интеллектуальной собственности", "Пермская торгово-промышленная палата"],
    ["Orekhova", "Natalia", "Intellectual property lawyer", "Perm Chamber of Commerce and Industry"],
  ),
  p(
    "konstantin-zhukov",
    ["Жуков", "Константин", "Аркадьевич", "Пресс-секретарь", "Правительство Пермского края"],
    ["Zhukov", "Konstantin", "Press Secretary", "Government of Perm Region"],
  ),
  p(
    "ilya-danilov",
    ["Данилов", "Илья", "Маратович", "Генеральный директор", "ООО «ИРП Групп», оператор форума"],
    ["Danilov", "Ilya", "CEO", "IRP Group, forum operator"],
  ),
  p(
    "pyotr-smirnov",
    ["Смирнов", "Пётр", "Алексеевич", "Директор по развитию", "ООО «Пермские композиты»"],
    ["Smirnov", "Pyotr", "Business Development Director", "Perm Composites"],
    false,
  ),
];
