-- First published content of the public portal, in plain language. Editors change it in the
-- application (draft -> review by a second editor -> published); this is version 1 of each page.
-- Dutch and English are complete; the other portal languages have the start page and the safety tips,
-- every other page falls back visibly to Dutch until an editor adds the translation.
INSERT INTO support.portal_page (slug, position, created_at) VALUES
    ('start', 0, now()), ('rechten', 1, now()), ('hulp', 2, now()), ('gezondheid', 3, now()),
    ('veiligheid', 4, now()), ('uitstappen', 5, now()), ('anoniem-melden', 6, now());

CREATE FUNCTION support.seed_page(p_slug TEXT, p_language TEXT, p_title TEXT, p_summary TEXT, p_body TEXT) RETURNS VOID
    LANGUAGE SQL AS
$fn$
INSERT INTO support.portal_page_version (id, slug, language, version, title, summary, body, status, author_name,
                                         author_org, created_at, submitted_at, reviewer_name, reviewed_at)
VALUES (gen_random_uuid(), p_slug, p_language, 1, p_title, p_summary, p_body, 'PUBLISHED', 'ienline (eerste versie)',
        'SEED', now(), now(), 'ienline (eerste versie)', now());
$fn$;

SELECT support.seed_page('start', 'nl', 'Steun voor sekswerkers in Fryslân',
  'Informatie, hulp en veilig werken. Zonder account en zonder dat iemand ziet wie je bent.',
$$Deze website is voor sekswerkers in Fryslân. Je vindt hier je rechten en plichten, waar je hulp krijgt, tips om veilig te werken en hoe je een gevaarlijke klant meldt.

Je hoeft niets in te vullen om de informatie te lezen. We slaan niet op wie deze pagina's bekijkt. De gemeente, het toezicht en de politie kunnen niets zien van wat je hier doet.

## Lid worden
Als lid krijg je waarschuwingen over gevaarlijke klanten en kun je een telefoonnummer controleren. Je gebruikt alleen je werknaam. Je kunt je account en al je gegevens zelf verwijderen, wanneer je wilt.

## Snel weg
Zie je de knop "Snel weg"? Die brengt je direct naar een weerbericht.$$);
SELECT support.seed_page('start', 'en', 'Support for sex workers in Fryslân',
  'Information, help and safe work. No account needed, and nobody sees who you are.',
$$This website is for sex workers in Fryslân. Here you find your rights and duties, where to get help, tips for working safely and how to report a dangerous client.

You do not have to fill in anything to read the information. We do not store who looks at these pages. The municipality, inspectors and the police cannot see anything you do here.

## Become a member
Members get warnings about dangerous clients and can check a phone number. You only use your working name. You can delete your account and all your data yourself, whenever you want.

## Leave quickly
See the "Leave quickly" button? It takes you straight to a weather forecast.$$);
SELECT support.seed_page('start', 'ro', 'Sprijin pentru lucrătorii sexuali din Fryslân',
  'Informații, ajutor și muncă în siguranță. Fără cont și fără ca cineva să știe cine ești.',
$$Acest site este pentru lucrătorii sexuali din Fryslân. Aici găsești drepturile și obligațiile tale, unde primești ajutor, sfaturi pentru a lucra în siguranță și cum raportezi un client periculos.

Nu trebuie să completezi nimic ca să citești informațiile. Nu salvăm cine vizitează aceste pagini. Primăria, inspectorii și poliția nu pot vedea nimic din ce faci aici.

## Devino membru
Membrii primesc avertismente despre clienți periculoși și pot verifica un număr de telefon. Folosești doar numele tău de lucru. Îți poți șterge singur contul și toate datele, oricând vrei.

## Pleacă repede
Vezi butonul „Pleacă repede”? Te duce imediat la o prognoză meteo.$$);
SELECT support.seed_page('start', 'bg', 'Подкрепа за секс работници във Фрисландия',
  'Информация, помощ и безопасна работа. Без акаунт и без някой да знае кой си.',
$$Този сайт е за секс работници във Фрисландия. Тук ще намериш правата и задълженията си, къде да получиш помощ, съвети за безопасна работа и как да съобщиш за опасен клиент.

Не е нужно да попълваш нищо, за да четеш информацията. Не записваме кой разглежда тези страници. Общината, инспекторите и полицията не могат да видят нищо от това, което правиш тук.

## Стани член
Членовете получават предупреждения за опасни клиенти и могат да проверят телефонен номер. Използваш само работното си име. Можеш сам да изтриеш акаунта си и всички данни, когато поискаш.

## Бързо излизане
Виждаш ли бутона „Бързо излизане“? Той те отвежда веднага до прогноза за времето.$$);
SELECT support.seed_page('start', 'hu', 'Támogatás szexmunkásoknak Frízföldön',
  'Információ, segítség és biztonságos munka. Fiók nélkül, és senki sem látja, ki vagy.',
$$Ez a weboldal a frízföldi szexmunkásoknak szól. Itt megtalálod a jogaidat és kötelezettségeidet, hogy hol kaphatsz segítséget, tippeket a biztonságos munkához, és hogyan jelenthetsz egy veszélyes ügyfelet.

Semmit nem kell kitöltened, hogy elolvasd az információkat. Nem tároljuk, ki nézi ezeket az oldalakat. Az önkormányzat, az ellenőrök és a rendőrség semmit sem látnak abból, amit itt csinálsz.

## Legyél tag
A tagok figyelmeztetéseket kapnak veszélyes ügyfelekről, és ellenőrizhetnek egy telefonszámot. Csak a munkaneved használod. A fiókodat és minden adatodat bármikor magad törölheted.

## Gyors kilépés
Látod a „Gyors kilépés” gombot? Azonnal egy időjárás-jelentésre visz.$$);
SELECT support.seed_page('start', 'es', 'Apoyo para trabajadoras y trabajadores sexuales en Frisia',
  'Información, ayuda y trabajo seguro. Sin cuenta y sin que nadie sepa quién eres.',
$$Esta web es para trabajadoras y trabajadores sexuales en Frisia. Aquí encuentras tus derechos y obligaciones, dónde pedir ayuda, consejos para trabajar con seguridad y cómo avisar de un cliente peligroso.

No tienes que rellenar nada para leer la información. No guardamos quién mira estas páginas. El ayuntamiento, los inspectores y la policía no pueden ver nada de lo que haces aquí.

## Hazte miembro
Los miembros reciben avisos sobre clientes peligrosos y pueden comprobar un número de teléfono. Solo usas tu nombre de trabajo. Puedes borrar tu cuenta y todos tus datos cuando quieras.

## Salir rápido
¿Ves el botón «Salir rápido»? Te lleva directamente a una previsión del tiempo.$$);
SELECT support.seed_page('start', 'pl', 'Wsparcie dla osób pracujących seksualnie we Fryzji',
  'Informacje, pomoc i bezpieczna praca. Bez konta i bez tego, że ktoś wie, kim jesteś.',
$$Ta strona jest dla osób pracujących seksualnie we Fryzji. Znajdziesz tu swoje prawa i obowiązki, gdzie szukać pomocy, wskazówki dotyczące bezpiecznej pracy i jak zgłosić niebezpiecznego klienta.

Nie musisz nic wypełniać, żeby czytać informacje. Nie zapisujemy, kto ogląda te strony. Gmina, inspektorzy i policja nie widzą niczego, co tu robisz.

## Zostań członkiem
Członkowie dostają ostrzeżenia o niebezpiecznych klientach i mogą sprawdzić numer telefonu. Używasz tylko swojego imienia roboczego. Możesz sam usunąć konto i wszystkie dane, kiedy chcesz.

## Szybkie wyjście
Widzisz przycisk „Szybkie wyjście”? Przenosi on od razu do prognozy pogody.$$);

SELECT support.seed_page('rechten', 'nl', 'Je rechten en plichten',
  'Wat de regels in Fryslân zeggen over leeftijd, vergunningen en controles.',
$$In alle 18 Friese gemeenten gelden dezelfde regels voor sekswerk. De belangrijkste feiten staan hieronder. Ze komen rechtstreeks uit de regionale regels, dus ze kloppen altijd met het beleid.

## Een controle
Toezichthouders komen altijd met z'n tweeën. Ze laten je hun legitimatie zien als je daarom vraagt. Je mag vragen wie ze zijn en waarom ze komen.

- Je hoeft geen vragen te beantwoorden over je klanten of je privéleven.
- Je mag een hulpverlener of tolk vragen.
- Je krijgt een brief in een taal die je begrijpt als er iets moet veranderen.

## Je rechten
- Je mag altijd een klant of een handeling weigeren.
- Niemand mag je paspoort, je geld of je telefoon afpakken.
- Je mag stoppen wanneer je wilt. Hulp daarbij vind je op de pagina Uitstappen.$$);
SELECT support.seed_page('rechten', 'en', 'Your rights and duties',
  'What the rules in Fryslân say about age, licences and controls.',
$$All 18 municipalities of Fryslân have the same rules for sex work. The main facts are below. They come straight from the regional rules, so they always match the policy.

## A control
Inspectors always come in pairs. They show their ID if you ask. You may ask who they are and why they came.

- You do not have to answer questions about your clients or your private life.
- You may ask for a care worker or an interpreter.
- If something has to change, you get a letter in a language you understand.

## Your rights
- You may always refuse a client or an act.
- Nobody may take your passport, your money or your phone.
- You may stop whenever you want. Help with that is on the page Leaving sex work.$$);

SELECT support.seed_page('hulp', 'nl', 'Waar vind je hulp',
  'Organisaties in Fryslân die je helpen, gratis en vertrouwelijk.',
$$Deze organisaties helpen sekswerkers. Ze vertellen niets aan de gemeente of de politie zonder jouw toestemming. Bellen of langskomen mag ook anoniem.$$);
SELECT support.seed_page('hulp', 'en', 'Where to get help',
  'Organisations in Fryslân that help you, free and confidential.',
$$These organisations help sex workers. They tell nothing to the municipality or the police without your consent. You may call or visit anonymously.$$);

SELECT support.seed_page('gezondheid', 'nl', 'Gezondheid',
  'Gratis en anoniem testen op soa en hiv bij de GGD.',
$$De GGD Fryslân heeft elke week een inloopspreekuur voor sekswerkers. Je hoeft geen afspraak te maken en je hoeft je echte naam niet te geven.

- Testen op soa en hiv, gratis.
- Vaccinatie tegen hepatitis B, gratis.
- Vragen over anticonceptie, PrEP en je lichaam.

## Na een ongeluk met een condoom
Ga binnen 72 uur naar de GGD of een huisarts. Er zijn medicijnen die hiv kunnen voorkomen (PEP).$$);
SELECT support.seed_page('gezondheid', 'en', 'Health',
  'Free and anonymous STI and HIV tests at the GGD.',
$$GGD Fryslân has a weekly walk-in consultation for sex workers. You do not need an appointment and you do not have to give your real name.

- STI and HIV tests, free.
- Hepatitis B vaccination, free.
- Questions about contraception, PrEP and your body.

## After an accident with a condom
Go to the GGD or a doctor within 72 hours. There is medicine that can prevent HIV (PEP).$$);

SELECT support.seed_page('veiligheid', 'nl', 'Veilig werken',
  'Tips van sekswerkers voor sekswerkers.',
$$- Vertel iemand die je vertrouwt waar je bent en hoe laat je klaar bent.
- Spreek vooraf af wat wel en niet mag, en de prijs.
- Vraag het telefoonnummer van een klant en controleer het als lid.
- Houd je telefoon opgeladen en bij de hand.
- Zorg dat je de kamer snel uit kunt.
- Vertrouw je gevoel. Je mag altijd weigeren.

## Iets gebeurd?
Meld een gevaarlijke klant, zodat anderen gewaarschuwd worden. Bij direct gevaar: bel 112.$$);
SELECT support.seed_page('veiligheid', 'en', 'Working safely',
  'Tips from sex workers for sex workers.',
$$- Tell someone you trust where you are and when you will be done.
- Agree beforehand what is and is not OK, and the price.
- Ask for the client's phone number and check it as a member.
- Keep your phone charged and close.
- Make sure you can leave the room quickly.
- Trust your feeling. You may always say no.

## Did something happen?
Report a dangerous client so others are warned. In immediate danger: call 112.$$);
SELECT support.seed_page('veiligheid', 'ro', 'Muncă în siguranță',
  'Sfaturi de la lucrători sexuali pentru lucrători sexuali.',
$$- Spune cuiva de încredere unde ești și la ce oră termini.
- Stabilește dinainte ce este permis și ce nu, și prețul.
- Cere numărul de telefon al clientului și verifică-l ca membru.
- Ține telefonul încărcat și aproape.
- Asigură-te că poți ieși repede din cameră.
- Ai încredere în ce simți. Poți refuza oricând.

## S-a întâmplat ceva?
Raportează un client periculos, ca să fie avertizați și alții. În caz de pericol imediat: sună la 112.$$);
SELECT support.seed_page('veiligheid', 'bg', 'Безопасна работа',
  'Съвети от секс работници за секс работници.',
$$- Кажи на човек, на когото имаш доверие, къде си и кога ще приключиш.
- Уговори предварително какво е позволено и какво не, и цената.
- Поискай телефонния номер на клиента и го провери като член.
- Дръж телефона си зареден и близо до теб.
- Погрижи се да можеш бързо да излезеш от стаята.
- Вярвай на чувството си. Винаги можеш да откажеш.

## Случило ли се е нещо?
Съобщи за опасен клиент, за да бъдат предупредени и други. При непосредствена опасност: обади се на 112.$$);
SELECT support.seed_page('veiligheid', 'hu', 'Biztonságos munka',
  'Tippek szexmunkásoktól szexmunkásoknak.',
$$- Mondd el valakinek, akiben megbízol, hol vagy és mikor végzel.
- Előre beszéld meg, mi szabad és mi nem, és az árat.
- Kérd el az ügyfél telefonszámát, és tagként ellenőrizd.
- Legyen a telefonod feltöltve és kéznél.
- Legyél biztos benne, hogy gyorsan ki tudsz menni a szobából.
- Bízz az érzéseidben. Mindig nemet mondhatsz.

## Történt valami?
Jelentsd a veszélyes ügyfelet, hogy mások is figyelmeztetést kapjanak. Közvetlen veszély esetén hívd a 112-t.$$);
SELECT support.seed_page('veiligheid', 'es', 'Trabajar con seguridad',
  'Consejos de trabajadoras sexuales para trabajadoras sexuales.',
$$- Dile a alguien de confianza dónde estás y a qué hora terminas.
- Acuerda antes qué se puede y qué no, y el precio.
- Pide el número de teléfono del cliente y compruébalo como miembro.
- Lleva el teléfono cargado y a mano.
- Asegúrate de poder salir rápido de la habitación.
- Confía en lo que sientes. Siempre puedes decir que no.

## ¿Ha pasado algo?
Avisa de un cliente peligroso para que otras personas estén prevenidas. En peligro inmediato: llama al 112.$$);
SELECT support.seed_page('veiligheid', 'pl', 'Bezpieczna praca',
  'Wskazówki od osób pracujących seksualnie dla osób pracujących seksualnie.',
$$- Powiedz zaufanej osobie, gdzie jesteś i o której kończysz.
- Ustal wcześniej, co jest dozwolone, a co nie, i cenę.
- Poproś klienta o numer telefonu i sprawdź go jako członek.
- Miej naładowany telefon pod ręką.
- Upewnij się, że możesz szybko wyjść z pokoju.
- Ufaj swojemu przeczuciu. Zawsze możesz odmówić.

## Coś się stało?
Zgłoś niebezpiecznego klienta, żeby inni zostali ostrzeżeni. W bezpośrednim zagrożeniu: zadzwoń pod 112.$$);

SELECT support.seed_page('uitstappen', 'nl', 'Stoppen met sekswerk',
  'Hulp als je wilt stoppen: stap voor stap en in je eigen tempo.',
$$Wil je stoppen met sekswerk, of denk je erover na? Een uitstapprogramma helpt je met wonen, geld, schulden, werk en opleiding. Je bepaalt zelf het tempo.

- Kennismaking: een eerste gesprek, zonder verplichtingen.
- Intake: samen kijken wat je nodig hebt.
- Programma: hulp met wonen, inkomen, schulden en werk.
- Nazorg: ook daarna kun je terecht.

Fier in Leeuwarden begeleidt uitstappers in Fryslân. Je hoeft geen Nederlands te spreken.$$);
SELECT support.seed_page('uitstappen', 'en', 'Leaving sex work',
  'Help if you want to stop: step by step and at your own pace.',
$$Do you want to stop sex work, or are you thinking about it? An exit programme helps you with housing, money, debts, work and education. You set the pace.

- First meeting: a first talk, without obligations.
- Intake: together we look at what you need.
- Programme: help with housing, income, debts and work.
- Aftercare: you can still come to us afterwards.

Fier in Leeuwarden supports people leaving sex work in Fryslân. You do not have to speak Dutch.$$);

SELECT support.seed_page('anoniem-melden', 'nl', 'Anoniem een gevaarlijke klant melden',
  'Waarschuw andere sekswerkers zonder dat iemand weet wie je bent.',
$$Had je een klant die geweld gebruikte, niet betaalde, je bedreigde of het condoom afdeed? Meld het. Een hulpverlener bekijkt je melding en maakt er een waarschuwing van voor andere sekswerkers.

- In de waarschuwing staat nooit jouw naam.
- Telefoonnummers en namen van de klant worden gedeeltelijk onzichtbaar gemaakt: genoeg om te waarschuwen, niet genoeg om iemand op te sporen.
- De politie krijgt je melding alleen als jij daar uitdrukkelijk toestemming voor geeft.
- Wil je aangifte doen? Een hulpverlener kan je daarbij helpen.

## Hoe meld je?
Word lid met alleen je werknaam en meld via "Melden". Wil je geen account? Vraag een hulpverlener van Fier of de GGD om de melding voor jou te doen.$$);
SELECT support.seed_page('anoniem-melden', 'en', 'Report a dangerous client anonymously',
  'Warn other sex workers without anyone knowing who you are.',
$$Did a client use violence, not pay, threaten you or remove the condom? Report it. A care worker reviews your report and turns it into a warning for other sex workers.

- The warning never contains your name.
- Phone numbers and names of the client are partly hidden: enough to warn, not enough to track anyone down.
- The police only get your report if you clearly agree to that.
- Do you want to report it to the police? A care worker can help you.

## How to report
Become a member with only your working name and report via "Report". No account? Ask a care worker of Fier or the GGD to report for you.$$);

DROP FUNCTION support.seed_page(TEXT, TEXT, TEXT, TEXT, TEXT);

-- Help organisations as data. Addresses, hours and phone numbers are marked as examples until an editor
-- has checked them with the organisation.
INSERT INTO support.help_organisation (id, code, name, what_nl, what_en, address, phone, hours, website, is_example, position) VALUES
 (gen_random_uuid(), 'fier', 'Fier',
  'Maatschappelijk werk voor sekswerkers, uitstapprogramma, opvang bij geweld en mensenhandel.',
  'Social work for sex workers, exit programme, shelter for violence and trafficking.',
  'Holstmeerweg 1, 8936 AS Leeuwarden', '058 215 70 83', 'ma–vr 9.00–17.00; 24/7 bereikbaar bij crisis', 'fier.nl', TRUE, 1),
 (gen_random_uuid(), 'xenia', 'Xenia (informatiepunt)',
  'Informatiepunt en inloop voor sekswerkers in Leeuwarden: vragen over werk, geld, wonen en rechten.',
  'Information point and drop-in for sex workers in Leeuwarden: questions about work, money, housing and rights.',
  'Leeuwarden (adres op aanvraag)', '058 000 00 00', 'di en do 13.00–17.00', '—', TRUE, 2),
 (gen_random_uuid(), 'ggd', 'GGD Fryslân',
  'Wekelijks inloopspreekuur seksuele gezondheid voor sekswerkers, gratis en anoniem; weerbaarheidstraining.',
  'Weekly walk-in sexual health consultation for sex workers, free and anonymous; resilience training.',
  'Harlingertrekweg 58, 8913 HR Leeuwarden', '088 22 99 222', 'inloop elke woensdag 13.00–16.00', 'ggdfryslan.nl', TRUE, 3),
 (gen_random_uuid(), 'leger-des-heils', 'Leger des Heils',
  'Opvang, maaltijden en begeleiding bij wonen en schulden.',
  'Shelter, meals and support with housing and debts.',
  'Leeuwarden', '058 000 00 01', 'ma–vr 9.00–17.00', 'legerdesheils.nl', TRUE, 4);
