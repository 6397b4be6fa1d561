-- The remaining portal pages in Romanian, Bulgarian, Hungarian, Spanish and Polish, so no page falls back
-- to Dutch any more. These are first translations, written with machine assistance from the Dutch text:
-- they are published (a plain-language page beats a Dutch one) but flagged for editors until a native
-- speaker has reviewed them. The flag is shown only in the editor screens, never on the public portal;
-- a new version published through the normal review clears it (the column defaults to false).
ALTER TABLE support.portal_page_version
    ADD COLUMN native_review_pending BOOLEAN NOT NULL DEFAULT FALSE;

CREATE FUNCTION support.seed_translation(p_slug TEXT, p_language TEXT, p_title TEXT, p_summary TEXT, p_body TEXT) RETURNS VOID
    LANGUAGE SQL AS
$fn$
INSERT INTO support.portal_page_version (id, slug, language, version, title, summary, body, status, author_name,
                                         author_org, created_at, submitted_at, reviewer_name, reviewed_at, review_note,
                                         native_review_pending)
VALUES (gen_random_uuid(), p_slug, p_language,
        (SELECT coalesce(max(v.version), 0) + 1 FROM support.portal_page_version v
         WHERE v.slug = p_slug AND v.language = p_language),
        p_title, p_summary, p_body, 'PUBLISHED', 'ienline (eerste vertaling)', 'SEED', now(), now(),
        'ienline (eerste vertaling)', now(),
        'machine-assisted translation, review by a native speaker pending', TRUE);
$fn$;

-- ---- Romanian ----------------------------------------------------------------------------------------
SELECT support.seed_translation('rechten', 'ro', 'Drepturile și obligațiile tale',
  'Ce spun regulile din Fryslân despre vârstă, licențe și controale.',
$$Toate cele 18 primării din Fryslân au aceleași reguli pentru munca sexuală. Cele mai importante informații sunt mai jos. Ele vin direct din regulile regionale, deci se potrivesc mereu cu politica.

## Un control
Inspectorii vin mereu câte doi. Îți arată legitimația dacă o ceri. Poți întreba cine sunt și de ce au venit.

- Nu trebuie să răspunzi la întrebări despre clienții tăi sau despre viața ta privată.
- Poți cere un asistent social sau un interpret.
- Dacă trebuie să se schimbe ceva, primești o scrisoare într-o limbă pe care o înțelegi.

## Drepturile tale
- Poți refuza oricând un client sau o practică.
- Nimeni nu are voie să îți ia pașaportul, banii sau telefonul.
- Te poți opri oricând vrei. Ajutor pentru asta găsești pe pagina „Renunțarea la munca sexuală”.$$);
SELECT support.seed_translation('hulp', 'ro', 'Unde găsești ajutor',
  'Organizații din Fryslân care te ajută, gratuit și confidențial.',
$$Aceste organizații ajută lucrătorii sexuali. Ele nu spun nimic primăriei sau poliției fără acordul tău. Poți suna sau poți merge la ele și anonim.$$);
SELECT support.seed_translation('gezondheid', 'ro', 'Sănătate',
  'Teste gratuite și anonime pentru ITS și HIV la GGD.',
$$GGD Fryslân are în fiecare săptămână o consultație fără programare pentru lucrătorii sexuali. Nu trebuie să faci o programare și nu trebuie să spui numele tău real.

- Teste pentru ITS și HIV, gratuit.
- Vaccin împotriva hepatitei B, gratuit.
- Întrebări despre contracepție, PrEP și corpul tău.

## După un accident cu prezervativul
Mergi în 72 de ore la GGD sau la un medic de familie. Există medicamente care pot preveni HIV (PEP).$$);
SELECT support.seed_translation('uitstappen', 'ro', 'Renunțarea la munca sexuală',
  'Ajutor dacă vrei să te oprești: pas cu pas și în ritmul tău.',
$$Vrei să renunți la munca sexuală sau te gândești la asta? Un program de ieșire te ajută cu locuința, banii, datoriile, munca și studiile. Tu alegi ritmul.

- Cunoaștere: o primă discuție, fără obligații.
- Evaluare: ne uităm împreună de ce ai nevoie.
- Program: ajutor cu locuința, venitul, datoriile și munca.
- Sprijin după program: și după aceea poți veni la noi.

Fier din Leeuwarden ajută în Fryslân persoanele care renunță la munca sexuală. Nu trebuie să vorbești olandeză.$$);
SELECT support.seed_translation('anoniem-melden', 'ro', 'Raportează anonim un client periculos',
  'Avertizează alți lucrători sexuali fără ca cineva să știe cine ești.',
$$Ai avut un client care a folosit violență, nu a plătit, te-a amenințat sau și-a scos prezervativul? Raportează. Un asistent social se uită la raportul tău și face din el un avertisment pentru alți lucrători sexuali.

- Numele tău nu apare niciodată în avertisment.
- Numerele de telefon și numele clientului sunt ascunse în parte: destul ca să avertizeze, nu destul ca să găsească pe cineva.
- Poliția primește raportul tău doar dacă tu îți dai clar acordul.
- Vrei să faci plângere la poliție? Un asistent social te poate ajuta.

## Cum raportezi?
Devino membru doar cu numele tău de lucru și raportează prin „Raportează”. Nu vrei cont? Roagă un asistent social de la Fier sau de la GGD să facă raportul pentru tine.$$);

-- ---- Bulgarian ---------------------------------------------------------------------------------------
SELECT support.seed_translation('rechten', 'bg', 'Твоите права и задължения',
  'Какво казват правилата във Фрисландия за възрастта, лицензите и проверките.',
$$Всички 18 общини във Фрисландия имат еднакви правила за секс работата. Най-важните факти са по-долу. Те идват направо от регионалните правила, затова винаги съвпадат с политиката.

## Проверка
Инспекторите винаги идват по двама. Показват служебната си карта, ако поискаш. Можеш да попиташ кои са и защо са дошли.

- Не е нужно да отговаряш на въпроси за клиентите си или за личния си живот.
- Можеш да поискаш социален работник или преводач.
- Ако нещо трябва да се промени, получаваш писмо на език, който разбираш.

## Твоите права
- Винаги можеш да откажеш клиент или действие.
- Никой няма право да ти вземе паспорта, парите или телефона.
- Можеш да спреш, когато поискаш. Помощ за това ще намериш на страницата „Спиране на секс работата“.$$);
SELECT support.seed_translation('hulp', 'bg', 'Къде да намериш помощ',
  'Организации във Фрисландия, които ти помагат безплатно и поверително.',
$$Тези организации помагат на секс работници. Те не казват нищо на общината или на полицията без твоето съгласие. Можеш да се обадиш или да отидеш при тях и анонимно.$$);
SELECT support.seed_translation('gezondheid', 'bg', 'Здраве',
  'Безплатни и анонимни тестове за ППИ и ХИВ в GGD.',
$$GGD Fryslân има всяка седмица приемно време без записване за секс работници. Не е нужно да си записваш час и не е нужно да казваш истинското си име.

- Тестове за ППИ и ХИВ, безплатно.
- Ваксина срещу хепатит B, безплатно.
- Въпроси за контрацепция, PrEP и тялото ти.

## След инцидент с презерватив
Отиди в GGD или при личен лекар до 72 часа. Има лекарства, които могат да предотвратят ХИВ (PEP).$$);
SELECT support.seed_translation('uitstappen', 'bg', 'Спиране на секс работата',
  'Помощ, ако искаш да спреш: стъпка по стъпка и с твоето темпо.',
$$Искаш ли да спреш секс работата, или мислиш за това? Програмата за излизане ти помага с жилище, пари, дългове, работа и образование. Ти определяш темпото.

- Запознанство: първи разговор, без задължения.
- Прием: заедно виждаме от какво имаш нужда.
- Програма: помощ с жилище, доходи, дългове и работа.
- Подкрепа след това: и после можеш да се обърнеш към нас.

Fier в Леуварден помага на хората във Фрисландия, които спират секс работата. Не е нужно да говориш нидерландски.$$);
SELECT support.seed_translation('anoniem-melden', 'bg', 'Съобщи анонимно за опасен клиент',
  'Предупреди други секс работници, без някой да знае кой си.',
$$Имаше ли клиент, който използва насилие, не плати, заплаши те или свали презерватива? Съобщи за това. Социален работник преглежда съобщението ти и го превръща в предупреждение за други секс работници.

- В предупреждението никога няма твоето име.
- Телефонните номера и имената на клиента са частично скрити: достатъчно, за да предупредят, но не достатъчно, за да се открие някой.
- Полицията получава съобщението ти само ако ти ясно се съгласиш.
- Искаш ли да подадеш сигнал в полицията? Социален работник може да ти помогне.

## Как да съобщиш?
Стани член само с работното си име и съобщи чрез „Сигнализирай“. Не искаш акаунт? Помоли социален работник от Fier или от GGD да направи съобщението вместо теб.$$);

-- ---- Hungarian ---------------------------------------------------------------------------------------
SELECT support.seed_translation('rechten', 'hu', 'Jogaid és kötelezettségeid',
  'Mit mondanak a frízföldi szabályok az életkorról, az engedélyekről és az ellenőrzésekről.',
$$Frízföld mind a 18 településén ugyanazok a szabályok érvényesek a szexmunkára. A legfontosabb tények lent vannak. Ezek közvetlenül a regionális szabályokból jönnek, ezért mindig egyeznek a szabályzattal.

## Egy ellenőrzés
Az ellenőrök mindig ketten jönnek. Ha kéred, megmutatják az igazolványukat. Megkérdezheted, kik ők és miért jöttek.

- Nem kell válaszolnod az ügyfeleidről vagy a magánéletedről szóló kérdésekre.
- Kérhetsz segítőt vagy tolmácsot.
- Ha valamin változtatni kell, levelet kapsz egy olyan nyelven, amelyet értesz.

## A jogaid
- Egy ügyfelet vagy egy szolgáltatást mindig visszautasíthatsz.
- Senki sem veheti el az útleveledet, a pénzedet vagy a telefonodat.
- Abbahagyhatod, amikor csak akarod. Ehhez segítséget a „Kiszállás a szexmunkából” oldalon találsz.$$);
SELECT support.seed_translation('hulp', 'hu', 'Hol kaphatsz segítséget',
  'Frízföldi szervezetek, amelyek ingyen és bizalmasan segítenek neked.',
$$Ezek a szervezetek szexmunkásoknak segítenek. Semmit sem mondanak el az önkormányzatnak vagy a rendőrségnek a beleegyezésed nélkül. Névtelenül is felhívhatod vagy felkeresheted őket.$$);
SELECT support.seed_translation('gezondheid', 'hu', 'Egészség',
  'Ingyenes és névtelen szűrés nemi úton terjedő fertőzésekre és HIV-re a GGD-nél.',
$$A GGD Fryslân minden héten tart bejelentkezés nélküli rendelést szexmunkásoknak. Nem kell időpontot kérned, és nem kell megadnod a valódi nevedet.

- Szűrés nemi úton terjedő fertőzésekre és HIV-re, ingyen.
- Oltás hepatitis B ellen, ingyen.
- Kérdések a fogamzásgátlásról, a PrEP-ről és a testedről.

## Ha baj történt az óvszerrel
72 órán belül menj a GGD-hez vagy egy háziorvoshoz. Vannak gyógyszerek, amelyek megelőzhetik a HIV-fertőzést (PEP).$$);
SELECT support.seed_translation('uitstappen', 'hu', 'Kiszállás a szexmunkából',
  'Segítség, ha abba akarod hagyni: lépésről lépésre, a saját tempódban.',
$$Abba akarod hagyni a szexmunkát, vagy gondolkodsz rajta? Egy kiszállást segítő program segít a lakhatásban, a pénzügyekben, az adósságokban, a munkában és a tanulásban. A tempót te döntöd el.

- Ismerkedés: egy első beszélgetés, kötelezettség nélkül.
- Felvétel: együtt megnézzük, mire van szükséged.
- Program: segítség a lakhatásban, a jövedelemben, az adósságokban és a munkában.
- Utógondozás: utána is fordulhatsz hozzánk.

A leeuwardeni Fier segíti azokat, akik Frízföldön kiszállnak a szexmunkából. Nem kell hollandul beszélned.$$);
SELECT support.seed_translation('anoniem-melden', 'hu', 'Veszélyes ügyfél névtelen jelentése',
  'Figyelmeztesd a többi szexmunkást úgy, hogy senki sem tudja, ki vagy.',
$$Volt olyan ügyfeled, aki erőszakos volt, nem fizetett, megfenyegetett vagy levette az óvszert? Jelentsd. Egy segítő megnézi a jelentésedet, és figyelmeztetést készít belőle a többi szexmunkásnak.

- A figyelmeztetésben soha nem szerepel a neved.
- Az ügyfél telefonszámai és nevei részben rejtve vannak: elég ahhoz, hogy figyelmeztessenek, de nem elég ahhoz, hogy bárkit megtaláljanak.
- A rendőrség csak akkor kapja meg a jelentésedet, ha te ehhez egyértelműen hozzájárulsz.
- Szeretnél feljelentést tenni a rendőrségen? Egy segítő segíthet ebben.

## Hogyan jelentheted?
Legyél tag csak a munkaneveddel, és jelents a „Bejelentés” menüpontban. Nem akarsz fiókot? Kérj meg egy segítőt a Fiertől vagy a GGD-től, hogy tegye meg helyetted a jelentést.$$);

-- ---- Spanish -----------------------------------------------------------------------------------------
SELECT support.seed_translation('rechten', 'es', 'Tus derechos y obligaciones',
  'Qué dicen las normas de Frisia sobre la edad, las licencias y los controles.',
$$Los 18 municipios de Frisia tienen las mismas normas para el trabajo sexual. Los datos más importantes están abajo. Vienen directamente de las normas regionales, así que siempre coinciden con la política.

## Un control
Los inspectores siempre vienen de dos en dos. Te enseñan su identificación si la pides. Puedes preguntar quiénes son y por qué vienen.

- No tienes que contestar preguntas sobre tus clientes o tu vida privada.
- Puedes pedir una persona de apoyo o un intérprete.
- Si algo tiene que cambiar, recibes una carta en un idioma que entiendes.

## Tus derechos
- Siempre puedes rechazar a un cliente o una práctica.
- Nadie puede quitarte el pasaporte, el dinero o el teléfono.
- Puedes dejarlo cuando quieras. Encontrarás ayuda en la página «Dejar el trabajo sexual».$$);
SELECT support.seed_translation('hulp', 'es', 'Dónde encontrar ayuda',
  'Organizaciones de Frisia que te ayudan, gratis y con confidencialidad.',
$$Estas organizaciones ayudan a trabajadoras y trabajadores sexuales. No cuentan nada al ayuntamiento ni a la policía sin tu permiso. También puedes llamar o ir sin dar tu nombre.$$);
SELECT support.seed_translation('gezondheid', 'es', 'Salud',
  'Pruebas de ITS y VIH gratis y anónimas en la GGD.',
$$La GGD Fryslân tiene cada semana una consulta sin cita para trabajadoras y trabajadores sexuales. No necesitas pedir cita y no tienes que dar tu nombre real.

- Pruebas de ITS y VIH, gratis.
- Vacuna contra la hepatitis B, gratis.
- Preguntas sobre anticonceptivos, PrEP y tu cuerpo.

## Después de un accidente con el condón
Ve a la GGD o a un médico de cabecera antes de que pasen 72 horas. Hay medicamentos que pueden evitar el VIH (PEP).$$);
SELECT support.seed_translation('uitstappen', 'es', 'Dejar el trabajo sexual',
  'Ayuda si quieres dejarlo: paso a paso y a tu ritmo.',
$$¿Quieres dejar el trabajo sexual o lo estás pensando? Un programa de salida te ayuda con la vivienda, el dinero, las deudas, el trabajo y los estudios. Tú decides el ritmo.

- Primer contacto: una primera conversación, sin compromiso.
- Acogida: vemos juntos lo que necesitas.
- Programa: ayuda con la vivienda, los ingresos, las deudas y el trabajo.
- Seguimiento: después también puedes contar con nosotros.

Fier, en Leeuwarden, acompaña en Frisia a las personas que dejan el trabajo sexual. No tienes que hablar neerlandés.$$);
SELECT support.seed_translation('anoniem-melden', 'es', 'Avisar de un cliente peligroso sin dar tu nombre',
  'Avisa a otras trabajadoras sexuales sin que nadie sepa quién eres.',
$$¿Un cliente usó la violencia, no pagó, te amenazó o se quitó el condón? Avísanos. Una persona de apoyo revisa tu aviso y lo convierte en una alerta para otras trabajadoras y trabajadores sexuales.

- En la alerta nunca aparece tu nombre.
- Los números de teléfono y los nombres del cliente se ocultan en parte: lo justo para avisar, no lo bastante para encontrar a nadie.
- La policía solo recibe tu aviso si tú lo aceptas claramente.
- ¿Quieres denunciarlo a la policía? Una persona de apoyo puede ayudarte.

## ¿Cómo avisar?
Hazte miembro solo con tu nombre de trabajo y avisa en «Avisar». ¿No quieres una cuenta? Pide a una persona de apoyo de Fier o de la GGD que haga el aviso por ti.$$);

-- ---- Polish ------------------------------------------------------------------------------------------
SELECT support.seed_translation('rechten', 'pl', 'Twoje prawa i obowiązki',
  'Co mówią przepisy we Fryzji o wieku, licencjach i kontrolach.',
$$We wszystkich 18 gminach Fryzji obowiązują te same zasady dotyczące pracy seksualnej. Najważniejsze fakty są poniżej. Pochodzą wprost z przepisów regionalnych, więc zawsze zgadzają się z polityką.

## Kontrola
Inspektorzy zawsze przychodzą we dwoje. Pokazują legitymację, jeśli o to poprosisz. Możesz zapytać, kim są i dlaczego przyszli.

- Nie musisz odpowiadać na pytania o klientów ani o swoje życie prywatne.
- Możesz poprosić o pracownika pomocy lub tłumacza.
- Jeśli coś trzeba zmienić, dostaniesz list w języku, który rozumiesz.

## Twoje prawa
- Zawsze możesz odmówić klientowi lub czynności.
- Nikt nie może zabrać ci paszportu, pieniędzy ani telefonu.
- Możesz przestać, kiedy chcesz. Pomoc znajdziesz na stronie „Odejście z pracy seksualnej”.$$);
SELECT support.seed_translation('hulp', 'pl', 'Gdzie szukać pomocy',
  'Organizacje we Fryzji, które pomagają bezpłatnie i poufnie.',
$$Te organizacje pomagają osobom pracującym seksualnie. Nie mówią niczego gminie ani policji bez twojej zgody. Możesz też zadzwonić lub przyjść anonimowo.$$);
SELECT support.seed_translation('gezondheid', 'pl', 'Zdrowie',
  'Bezpłatne i anonimowe testy na choroby przenoszone drogą płciową i HIV w GGD.',
$$GGD Fryslân co tydzień prowadzi dyżur bez zapisów dla osób pracujących seksualnie. Nie musisz się umawiać i nie musisz podawać prawdziwego imienia.

- Testy na choroby przenoszone drogą płciową i HIV, bezpłatnie.
- Szczepienie przeciw wirusowemu zapaleniu wątroby typu B, bezpłatnie.
- Pytania o antykoncepcję, PrEP i twoje ciało.

## Po wypadku z prezerwatywą
W ciągu 72 godzin idź do GGD albo do lekarza rodzinnego. Są leki, które mogą zapobiec zakażeniu HIV (PEP).$$);
SELECT support.seed_translation('uitstappen', 'pl', 'Odejście z pracy seksualnej',
  'Pomoc, jeśli chcesz przestać: krok po kroku i we własnym tempie.',
$$Chcesz przestać pracować seksualnie albo o tym myślisz? Program wyjścia pomaga w sprawach mieszkania, pieniędzy, długów, pracy i nauki. To ty decydujesz o tempie.

- Poznanie: pierwsza rozmowa, bez zobowiązań.
- Przyjęcie: razem sprawdzamy, czego potrzebujesz.
- Program: pomoc z mieszkaniem, dochodem, długami i pracą.
- Opieka po programie: także potem możesz do nas przyjść.

Fier w Leeuwarden wspiera we Fryzji osoby, które odchodzą z pracy seksualnej. Nie musisz mówić po niderlandzku.$$);
SELECT support.seed_translation('anoniem-melden', 'pl', 'Anonimowe zgłoszenie niebezpiecznego klienta',
  'Ostrzeż inne osoby pracujące seksualnie, tak żeby nikt nie wiedział, kim jesteś.',
$$Klient użył przemocy, nie zapłacił, groził ci albo zdjął prezerwatywę? Zgłoś to. Pracownik pomocy sprawdza zgłoszenie i robi z niego ostrzeżenie dla innych osób pracujących seksualnie.

- W ostrzeżeniu nigdy nie ma twojego imienia.
- Numery telefonów i imiona klienta są częściowo ukryte: wystarczy, żeby ostrzec, ale nie wystarczy, żeby kogoś odnaleźć.
- Policja dostaje twoje zgłoszenie tylko wtedy, gdy wyraźnie się na to zgodzisz.
- Chcesz złożyć zawiadomienie na policji? Pracownik pomocy może ci w tym pomóc.

## Jak zgłosić?
Zostań członkiem tylko z imieniem roboczym i zgłoś przez „Zgłoś”. Nie chcesz konta? Poproś pracownika pomocy z Fier albo z GGD, żeby zgłosił to za ciebie.$$);

DROP FUNCTION support.seed_translation(TEXT, TEXT, TEXT, TEXT, TEXT);
