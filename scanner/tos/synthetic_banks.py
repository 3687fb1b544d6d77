"""Phrase banks of the synthetic nonprofit mail (``scanner.tos.synthetic``), per language.

Written for this project (no third-party text; same licence as the code). Organisations,
domains and addresses are fictional. Each language has organisations and paragraphs that are
trained on and spare ones that only the held-apart fairness set uses.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

Org = tuple[str, str]  # name, domain


@dataclass(frozen=True, slots=True)
class Language:
    """Phrase banks and conventions of one language's synthetic mail.

    ``orgs`` and ``paragraphs`` are trained on; ``spare_orgs`` and ``spare_paragraphs``
    only appear in the held-apart fairness set. Paragraphs and subjects are format strings
    over ``org month day event work count amount``; ``address`` over
    ``org number street place``. ``encodings`` are (charset, Content-Transfer-Encoding)
    pairs, one drawn per message (None: the library picks). ``break_after``: plain text
    starts a new line after each of these characters, and HTML elements go on their own
    lines, as Japanese mail does (and as 7-bit ISO-2022-JP needs: short lines).
    """

    code: str
    orgs: tuple[Org, ...]
    spare_orgs: tuple[Org, ...]
    paragraphs: tuple[str, ...]
    spare_paragraphs: tuple[str, ...]
    subjects: Mapping[str, tuple[str, ...]]
    work: tuple[str, ...]
    events: tuple[str, ...]
    months: tuple[str, ...]
    days: tuple[str, ...]
    amounts: tuple[int, ...]
    streets: tuple[str, ...]
    places: tuple[str, ...]
    address: str
    greeting: str
    labels: tuple[str, ...]
    paths: tuple[str, ...]
    senders: tuple[str, ...]
    more: str
    unsubscribe: str
    preferences: str
    encodings: tuple[tuple[str, str | None], ...] = (("utf-8", None),)
    break_after: str = ""


ENGLISH = Language(
    code="en",
    orgs=(
        ("Riverbend Watershed Alliance", "riverbendwater.org"),
        ("Eastside Food Pantry", "eastsidepantry.net"),
        ("Harbor Literacy Project", "harborliteracy.org"),
        ("Northfield Animal Rescue", "northfieldrescue.org"),
        ("Maple Street Youth Choir", "maplechoir.com"),
        ("Open Door Tenants Union", "opendoortenants.org"),
        ("Prairie Land Trust", "prairielandtrust.org"),
        ("Citywide Bike Collective", "citybikecollective.com"),
        ("Lakeshore Hospice Friends", "lakeshorehospice.org"),
        ("Greenway Community Garden", "greenwaygarden.net"),
        ("Amis du Vieux Port", "amisduvieuxport.ca"),
        ("Hillside Refugee Welcome", "hillsidewelcome.org.uk"),
    ),
    spare_orgs=(
        ("Willow Creek Seniors Circle", "willowcreekseniors.org"),
        ("Bayview Free Clinic Volunteers", "bayviewclinicfriends.org"),
        ("Canal Street Repair Cafe", "canalrepaircafe.org"),
    ),
    paragraphs=(
        "This {month}, {count} volunteers gave their time to {work}.",
        "Thanks to members like you, we kept {work} going this season.",
        "Our board met on {day} and approved the plan for next year; the minutes are online.",
        "We are looking for people to help with {work}. No experience needed.",
        "Your support means we can keep {work} for another year.",
        "Please join us at the community hall on {day} at 6pm for {event}.",
        "A gift of ${amount} covers {work} for one family.",
        "Read the stories of the people behind our work in the full report.",
        "We closed the year with {count} new members and a balanced budget.",
        "Thank you for your gift of ${amount} on {day}. No goods or services were provided in "
        "exchange for this contribution; please keep this receipt for your tax records.",
        "Our annual meeting is on {day}. Members can vote online or in person.",
        "The spring cleanup starts at 9am; gloves, bags and coffee are provided.",
    ),
    spare_paragraphs=(
        "Since this autumn, {count} neighbours meet every Wednesday in our workshop.",
        "A big thank you to everyone who lent a hand at {event}.",
        "Our rooms are step-free and children are always welcome.",
        "The new season of {work} starts on {day}; sign-up sheets are at the front desk.",
        "Last year our members raised enough to cover {work} for {count} households.",
    ),
    subjects={
        "newsletter": (
            "Our {month} newsletter",
            "{month} update from {org}",
            "News from {org}",
            "What we did together in {month}",
        ),
        "appeal": (
            "Can you help us reach our goal?",
            "A match for every gift this week",
            "{count} families are counting on you",
            "Our year-end appeal",
        ),
        "receipt": (
            "Thank you for your gift",
            "Your donation receipt",
            "Receipt for your donation",
        ),
        "event": (
            "You're invited: {event}",
            "Join us for {event}",
            "Reminder: {event} is on {day}",
        ),
        "volunteer": (
            "Volunteer shifts for {month}",
            "Thank you, volunteers!",
            "Sign up for {event}",
        ),
    },  # fmt: skip
    work=(
        "planting trees along the river",
        "stocking the pantry shelves",
        "tutoring adult readers",
        "finding homes for rescued dogs",
        "running free rehearsals",
        "repairing donated bikes",
        "visiting patients and families",
        "teaching English classes",
    ),  # fmt: skip
    events=(
        "our annual picnic",
        "the spring gala",
        "a volunteer open house",
        "the river cleanup",
        "our winter concert",
        "a community potluck",
    ),  # fmt: skip
    months=(
        "January",
        "March",
        "April",
        "June",
        "September",
        "October",
        "November",
        "December",
    ),  # fmt: skip
    days=("Saturday, May 4", "Thursday, June 13", "Tuesday, October 8", "Sunday, December 1"),
    amounts=(10, 25, 50, 100, 250),
    streets=(
        "Main Street",
        "Oak Avenue",
        "Harbor Road",
        "Elm Street",
        "Market Square",
        "Mill Lane",
    ),  # fmt: skip
    places=(
        "Springfield, IL 62701",
        "Portland, OR 97204",
        "Madison, WI 53703",
        "Halifax NS B3H 1A1",
        "Leeds LS1 4AP",
        "Albany, NY 12207",
    ),  # fmt: skip
    address="{org}, {number} {street}, {place}",
    greeting="Dear friend,",
    labels=("Read more", "Donate now", "Sign up", "See the report"),
    paths=("report", "donate", "events", "volunteer", "news"),
    senders=("news", "info", "hello", "team"),
    more="More",
    unsubscribe="Unsubscribe",
    preferences="Manage preferences",
)


_WESTERN_ENCODINGS: tuple[tuple[str, str | None], ...] = (
    ("utf-8", "quoted-printable"),
    ("utf-8", "base64"),
    ("iso-8859-1", "quoted-printable"),
)

GERMAN = Language(
    code="de",
    orgs=(
        ("Förderverein Stadtbibliothek Lindenau", "foerderverein-lindenau.de"),
        ("Tafel am Nordhafen e.V.", "tafel-nordhafen.de"),
        ("Naturschutzgruppe Mühlental", "naturschutz-muehlental.de"),
        ("Jugendchor St. Georg", "jugendchor-stgeorg.de"),
        ("Flüchtlingshilfe Rheinufer", "fluechtlingshilfe-rheinufer.org"),
        ("Tierheim Waldesruh e.V.", "tierheim-waldesruh.at"),
    ),
    spare_orgs=(
        ("Bürgerstiftung Elbauen", "buergerstiftung-elbauen.de"),
        ("Hospizverein Abendrot", "hospiz-abendrot.ch"),
        ("Repair-Café Kiezwerkstatt", "kiezwerkstatt.de"),
    ),
    paragraphs=(
        "Im {month} haben {count} Ehrenamtliche ihre Zeit geschenkt, um {work}.",
        "Dank Mitgliedern wie Ihnen konnten wir auch in dieser Saison helfen, {work}.",
        "Unser Vorstand hat am {day} den Plan für das kommende Jahr beschlossen; das "
        "Protokoll steht online.",
        "Wir suchen Menschen, die uns helfen, {work}. Vorkenntnisse sind nicht nötig.",
        "Ihre Unterstützung macht es möglich, auch im nächsten Jahr {work}.",
        "Bitte kommen Sie am {day} um 18 Uhr ins Gemeindehaus zum {event}.",
        "Eine Spende von {amount} Euro hilft uns, {work}.",
        "Im vollständigen Jahresbericht erzählen die Menschen hinter unserer Arbeit ihre "
        "Geschichten.",
        "Vielen Dank für Ihre Spende über {amount} Euro vom {day}. Für diese Zuwendung wurden "
        "keine Gegenleistungen erbracht; bitte bewahren Sie diese Bestätigung für das "
        "Finanzamt auf.",
        "Unsere Mitgliederversammlung findet am {day} statt. Mitglieder können online oder "
        "vor Ort abstimmen.",
    ),
    spare_paragraphs=(
        "Wir haben das Jahr mit {count} neuen Mitgliedern und einem ausgeglichenen Haushalt "
        "abgeschlossen.",
        "Der Frühjahrsputz beginnt um 9 Uhr; Handschuhe, Säcke und Kaffee stellen wir bereit.",
        "Seit diesem Herbst treffen sich jeden Mittwoch {count} Nachbarinnen und Nachbarn in "
        "unserer Werkstatt.",
        "Ein herzliches Dankeschön an alle, die beim {event} mit angepackt haben.",
        "Unsere Räume sind barrierefrei erreichbar; Kinder sind herzlich willkommen.",
    ),
    subjects={
        "newsletter": (
            "Unser Rundbrief für {month}",
            "Neuigkeiten von {org}",
            "Was im {month} bei uns los war",
        ),
        "appeal": (
            "Helfen Sie uns, unser Ziel zu erreichen",
            "Diese Woche wird jede Spende verdoppelt",
            "{count} Familien zählen auf Sie",
        ),
        "receipt": (
            "Danke für Ihre Spende",
            "Ihre Zuwendungsbestätigung",
            "Spendenquittung für Ihre Zuwendung",
        ),
        "event": (
            "Einladung zum {event}",
            "Kommen Sie zum {event}",
            "Erinnerung: {event} am {day}",
        ),
        "volunteer": (
            "Ehrenamtliche Schichten im {month}",
            "Danke an alle Ehrenamtlichen!",
            "Jetzt anmelden: {event}",
        ),
    },  # fmt: skip
    work=(
        "Bäume am Flussufer zu pflanzen",
        "die Regale der Tafel aufzufüllen",
        "Erwachsenen das Lesen beizubringen",
        "gerettete Hunde zu vermitteln",
        "gespendete Fahrräder zu reparieren",
        "Deutschkurse für Neuankommende zu geben",
    ),
    events=(
        "Sommerfest im Stadtpark",
        "Frühjahrsputz am Fluss",
        "Tag der offenen Tür",
        "Adventskonzert",
        "Nachbarschaftsbrunch",
    ),  # fmt: skip
    months=("Januar", "März", "April", "Juni", "September", "Oktober", "November", "Dezember"),
    days=(
        "Samstag, 4. Mai",
        "Donnerstag, 13. Juni",
        "Dienstag, 8. Oktober",
        "Sonntag, 1. Dezember",
    ),  # fmt: skip
    amounts=(10, 25, 50, 100, 250),
    streets=(
        "Hauptstraße",
        "Lindenweg",
        "Bahnhofstraße",
        "Marktplatz",
        "Schulstraße",
        "Mühlgasse",
    ),  # fmt: skip
    places=(
        "10115 Berlin",
        "80331 München",
        "50667 Köln",
        "04109 Leipzig",
        "1010 Wien",
        "8001 Zürich",
    ),  # fmt: skip
    address="{org}, {street} {number}, {place}",
    greeting="Liebe Freundinnen und Freunde,",
    labels=("Weiterlesen", "Jetzt spenden", "Jetzt anmelden", "Zum Bericht"),
    paths=("bericht", "spenden", "termine", "mitmachen", "aktuelles"),
    senders=("info", "newsletter", "kontakt", "team"),
    more="Mehr",
    unsubscribe="Abmelden",
    preferences="Einstellungen verwalten",
    encodings=_WESTERN_ENCODINGS,
)

SPANISH = Language(
    code="es",
    orgs=(
        ("Banco de Alimentos del Barrio Sur", "bancoalimentossur.es"),
        ("Asociación Vecinal La Alameda", "avlaalameda.org"),
        ("Protectora de Animales Huellas", "protectorahuellas.es"),
        ("Coro Juvenil Santa Cecilia", "corosantacecilia.org"),
        ("Fundación Manos Abiertas", "manosabiertas.org.mx"),
        ("Red de Huertos Comunitarios", "huertoscomunitarios.org"),
    ),
    spare_orgs=(
        ("Biblioteca Popular Sarmiento", "bibliotecasarmiento.org.ar"),
        ("Cruz Solidaria del Puerto", "cruzsolidaria.es"),
        ("Amigos del Río Guadalete", "amigosdelguadalete.org"),
    ),
    paragraphs=(
        "Este {month}, {count} personas voluntarias dedicaron su tiempo a {work}.",
        "Gracias a socios como tú, este año pudimos seguir ayudando a {work}.",
        "La junta directiva se reunió el {day} y aprobó el plan para el próximo año; el acta "
        "está disponible en la web.",
        "Buscamos personas que quieran ayudarnos a {work}. No hace falta experiencia.",
        "Tu apoyo nos permite {work} un año más.",
        "Te esperamos el {day} a las 18:00 en el centro cívico para {event}.",
        "Un donativo de {amount} euros nos permite {work} durante un mes.",
        "En la memoria anual completa encontrarás las historias de las personas que hacen "
        "posible nuestro trabajo.",
        "Gracias por tu donativo de {amount} euros del {day}. No se entregaron bienes ni "
        "servicios a cambio de esta aportación; conserva este recibo para tu declaración de "
        "la renta.",
        "Nuestra asamblea anual será el {day}. Los socios pueden votar en línea o en persona.",
    ),
    spare_paragraphs=(
        "Cerramos el año con {count} socios nuevos y las cuentas equilibradas.",
        "La limpieza de primavera empieza a las 9:00; nosotros ponemos guantes, bolsas y café.",
        "Desde este otoño, {count} vecinos se reúnen cada miércoles en nuestro local.",
        "Muchas gracias a todas las personas que echaron una mano en {event}.",
        "Nuestro local es accesible y los niños son siempre bienvenidos.",
    ),
    subjects={
        "newsletter": (
            "Nuestro boletín de {month}",
            "Novedades de {org}",
            "Lo que logramos juntos en {month}",
        ),
        "appeal": (
            "¿Nos ayudas a alcanzar nuestra meta?",
            "Esta semana duplicamos cada donativo",
            "{count} familias cuentan contigo",
        ),
        "receipt": (
            "Gracias por tu donativo",
            "Tu certificado de donación",
            "Recibo de tu donación",
        ),
        "event": (
            "Te invitamos a {event}",
            "Acompáñanos en {event}",
            "Recordatorio: {event} el {day}",
        ),
        "volunteer": (
            "Turnos de voluntariado de {month}",
            "¡Gracias, voluntarios!",
            "Inscríbete en {event}",
        ),
    },  # fmt: skip
    work=(
        "plantar árboles junto al río",
        "llenar las estanterías del banco de alimentos",
        "dar clases de lectura a personas adultas",
        "buscar hogar a perros rescatados",
        "reparar bicicletas donadas",
        "acompañar a pacientes y familias",
    ),  # fmt: skip
    events=(
        "la merienda anual",
        "la gala de primavera",
        "la jornada de puertas abiertas",
        "la limpieza del río",
        "el concierto de invierno",
    ),  # fmt: skip
    months=(
        "enero",
        "marzo",
        "abril",
        "junio",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),  # fmt: skip
    days=(
        "sábado 4 de mayo",
        "jueves 13 de junio",
        "martes 8 de octubre",
        "domingo 1 de diciembre",
    ),  # fmt: skip
    amounts=(10, 25, 50, 100, 250),
    streets=(
        "Calle Mayor",
        "Calle del Sol",
        "Avenida de la Constitución",
        "Plaza de España",
        "Calle Real",
        "Paseo de la Alameda",
    ),  # fmt: skip
    places=(
        "28013 Madrid",
        "08002 Barcelona",
        "41004 Sevilla",
        "46001 Valencia",
        "06000 Ciudad de México",
        "C1002 Buenos Aires",
    ),  # fmt: skip
    address="{org}, {street} {number}, {place}",
    greeting="Querida amiga, querido amigo:",
    labels=("Leer más", "Donar ahora", "Inscribirme", "Ver la memoria"),
    paths=("memoria", "donar", "eventos", "voluntariado", "noticias"),
    senders=("info", "boletin", "hola", "equipo"),
    more="Más información",
    unsubscribe="Darse de baja",
    preferences="Gestionar preferencias",
    encodings=_WESTERN_ENCODINGS,
)

FRENCH = Language(
    code="fr",
    orgs=(
        ("Les Restos du Quartier", "restosduquartier.fr"),
        ("Association Lire et Grandir", "lireetgrandir.org"),
        ("Refuge des Quatre Pattes", "refuge4pattes.fr"),
        ("Chorale des Jeunes de Belleville", "choralebelleville.fr"),
        ("Jardins Partagés du Canal", "jardinsducanal.org"),
        ("Accueil Réfugiés Montréal", "accueilrefugies.ca"),
    ),
    spare_orgs=(
        ("Amicale des Donneurs de Sang", "amicale-donneurs.fr"),
        ("Vélo Solidaire Lyon", "velosolidaire.org"),
        ("Maison des Aidants", "maisondesaidants.be"),
    ),
    paragraphs=(
        "En {month}, {count} bénévoles ont donné de leur temps pour {work}.",
        "Grâce à des membres comme vous, nous avons pu continuer à {work} cette saison.",
        "Notre conseil d'administration s'est réuni le {day} et a adopté le plan de l'année "
        "prochaine ; le compte rendu est en ligne.",
        "Nous cherchons des personnes pour nous aider à {work}. Aucune expérience n'est "
        "nécessaire.",
        "Votre soutien nous permet de {work} une année de plus.",
        "Retrouvez-nous le {day} à 18 h à la salle des fêtes pour {event}.",
        "Un don de {amount} euros nous permet de {work} pendant un mois.",
        "Découvrez dans le rapport annuel les histoires des personnes qui font vivre notre action.",
        "Merci pour votre don de {amount} euros du {day}. Aucune contrepartie n'a été fournie "
        "en échange de ce don ; conservez ce reçu pour votre déclaration d'impôts.",
        "Notre assemblée générale aura lieu le {day}. Les membres peuvent voter en ligne ou "
        "sur place.",
    ),
    spare_paragraphs=(
        "Nous avons terminé l'année avec {count} nouveaux membres et un budget à l'équilibre.",
        "Le grand nettoyage de printemps commence à 9 h ; gants, sacs et café sont fournis.",
        "Depuis cet automne, {count} voisins se retrouvent chaque mercredi dans notre atelier.",
        "Un grand merci à toutes celles et ceux qui ont donné un coup de main pour {event}.",
        "Nos locaux sont accessibles aux personnes à mobilité réduite et les enfants sont les "
        "bienvenus.",
    ),
    subjects={
        "newsletter": (
            "Notre lettre d'information de {month}",
            "Des nouvelles de {org}",
            "Ce que nous avons fait ensemble en {month}",
        ),
        "appeal": (
            "Pouvez-vous nous aider à atteindre notre objectif ?",
            "Cette semaine, chaque don est doublé",
            "{count} familles comptent sur vous",
        ),
        "receipt": ("Merci pour votre don", "Votre reçu fiscal", "Reçu pour votre don"),
        "event": (
            "Invitation : {event}",
            "Rejoignez-nous pour {event}",
            "Rappel : {event} le {day}",
        ),
        "volunteer": (
            "Créneaux de bénévolat en {month}",
            "Merci aux bénévoles !",
            "Inscrivez-vous pour {event}",
        ),
    },  # fmt: skip
    work=(
        "planter des arbres le long de la rivière",
        "remplir les étagères de l'épicerie solidaire",
        "soutenir des adultes qui apprennent à lire",
        "trouver un foyer aux chiens recueillis",
        "réparer des vélos donnés",
        "donner des cours de français",
    ),  # fmt: skip
    events=(
        "notre pique-nique annuel",
        "le gala de printemps",
        "une journée portes ouvertes",
        "le nettoyage de la rivière",
        "notre concert d'hiver",
    ),  # fmt: skip
    months=(
        "janvier",
        "mars",
        "avril",
        "juin",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),  # fmt: skip
    days=("samedi 4 mai", "jeudi 13 juin", "mardi 8 octobre", "dimanche 1er décembre"),
    amounts=(10, 25, 50, 100, 250),
    streets=(
        "rue de la République",
        "avenue Jean Jaurès",
        "rue des Écoles",
        "boulevard Victor Hugo",
        "place du Marché",
        "rue Saint-Denis",
    ),  # fmt: skip
    places=(
        "75011 Paris",
        "69002 Lyon",
        "13001 Marseille",
        "31000 Toulouse",
        "Montréal (Québec) H2X 1Y4",
        "1000 Bruxelles",
    ),  # fmt: skip
    address="{org}, {number} {street}, {place}",
    greeting="Chère amie, cher ami,",
    labels=("Lire la suite", "Faire un don", "Je m'inscris", "Voir le rapport"),
    paths=("rapport", "don", "agenda", "benevolat", "actualites"),
    senders=("contact", "info", "lettre", "equipe"),
    more="En savoir plus",
    unsubscribe="Se désinscrire",
    preferences="Gérer mes préférences",
    encodings=_WESTERN_ENCODINGS,
)

JAPANESE = Language(
    code="ja",
    orgs=(
        ("認定NPO法人みどりの森ネットワーク", "midorinomori.or.jp"),
        ("フードバンクさくら", "foodbank-sakura.jp"),
        ("子ども食堂ひだまり", "hidamari-kodomo.jp"),
        ("NPO法人わんにゃん保護の会", "wannyan-hogo.org"),
        ("市民合唱団ハーモニー", "harmony-chorus.jp"),
        ("日本語教室ともに", "tomoni-nihongo.jp"),
    ),
    spare_orgs=(
        ("NPO法人川辺の自然を守る会", "kawabe-shizen.or.jp"),
        ("地域猫の会あおぞら", "aozora-chiikineko.jp"),
        ("ホスピス友の会", "hospice-tomo.jp"),
    ),
    paragraphs=(
        "{month}は、{count}人のボランティアの方が{work}に参加してくださいました。",
        "会員の皆さまのおかげで、今シーズンも{work}を続けることができました。",
        "{day}に理事会を開き、来年度の事業計画を承認しました。議事録はウェブサイトでご覧いただけ"
        "ます。",
        "{work}を手伝ってくださる方を募集しています。経験は問いません。",
        "皆さまのご支援により、来年も{work}を続けることができます。",
        "{day}午後6時から、地域の公民館で{event}を開催します。ぜひお越しください。",
        "{amount}円のご寄付で、一家族分の{work}を支えることができます。",
        "年次報告書では、私たちの活動を支える人々の物語をご紹介しています。",
        "{day}に{amount}円のご寄付をいただき、誠にありがとうございました。本メールを領収書として"
        "保管してください。",
        "{day}に年次総会を開催します。会員の方はオンラインまたは会場で議決権を行使できます。",
    ),
    spare_paragraphs=(
        "今年度は新たに{count}名の会員をお迎えし、収支も黒字で締めくくることができました。",
        "春の清掃は午前9時に始まります。軍手、ごみ袋、お茶はこちらで用意します。",
        "この秋から、毎週水曜日に{count}人の地域の方が作業場に集まっています。",
        "{event}でお手伝いいただいた皆さまに、心より御礼申し上げます。",
        "会場はバリアフリーです。お子さま連れの方も歓迎します。",
    ),
    subjects={
        "newsletter": ("{month}の活動報告", "{org}からのお知らせ", "{month}号の会報をお届けします"),
        "appeal": (
            "目標達成まであと少し、ご支援をお願いします",
            "今週はご寄付が2倍になります",
            "{count}世帯があなたの支援を待っています",
        ),
        "receipt": (
            "ご寄付ありがとうございました",
            "寄付金受領証明書の送付について",
            "ご寄付の領収書",
        ),
        "event": ("{event}のご案内", "{event}へのお誘い", "【リマインド】{day}は{event}です"),
        "volunteer": (
            "{month}のボランティア募集",
            "ボランティアの皆さま、ありがとうございました",
            "{event}の参加申し込み受付中",
        ),
    },  # fmt: skip
    work=(
        "川沿いの植樹",
        "食品の仕分けと配布",
        "大人向けの読み書き教室",
        "保護犬の譲渡会",
        "無料の合唱練習",
        "外国人住民向けの日本語教室",
    ),  # fmt: skip
    events=(
        "春のチャリティーコンサート",
        "川辺の清掃活動",
        "ボランティア説明会",
        "秋の収穫祭",
        "年末の餅つき大会",
    ),  # fmt: skip
    months=("1月", "3月", "4月", "6月", "9月", "10月", "11月", "12月"),
    days=("5月4日（土）", "6月13日（木）", "10月8日（火）", "12月1日（日）"),
    amounts=(1000, 3000, 5000, 10000, 30000),
    streets=("神宮前", "梅田", "栄", "中央", "本町", "天神"),
    places=(
        "〒150-0001 東京都渋谷区",
        "〒530-0001 大阪府大阪市北区",
        "〒460-0008 愛知県名古屋市中区",
        "〒980-0021 宮城県仙台市青葉区",
        "〒810-0001 福岡県福岡市中央区",
        "〒060-0001 北海道札幌市中央区",
    ),  # fmt: skip
    address="{place}{street}{number}番 {org}",
    greeting="会員・支援者の皆さま",
    labels=("続きを読む", "寄付する", "申し込む", "報告書を見る"),
    paths=("report", "donate", "event", "volunteer", "news"),
    senders=("info", "news", "office", "mail"),
    more="詳しくはこちら",
    unsubscribe="配信停止",
    preferences="配信設定の変更",
    encodings=(("utf-8", "base64"), ("iso-2022-jp", "7bit")),
    break_after="。",
)

CHINESE = Language(
    code="zh",
    orgs=(
        ("阳光助学志愿者协会", "yangguangzhuxue.org.cn"),
        ("绿色家园环保社", "lvsejiayuan.org"),
        ("爱心食物银行", "aixinshiwu.org.cn"),
        ("流浪动物救助站", "liulangdongwu.org"),
        ("社区青少年合唱团", "qingshaonianhechang.cn"),
        ("长者关怀服务中心", "zhangzheguanhuai.org.sg"),
    ),
    spare_orgs=(
        ("河畔湿地保护协会", "hepanshidi.org.cn"),
        ("新市民读书会", "xinshimin-dushu.org"),
        ("社区互助厨房", "huzhuchufang.cn"),
    ),
    paragraphs=(
        "{month}，共有{count}名志愿者参与了{work}。",
        "感谢像您这样的会员，本季度我们的{work}得以继续开展。",
        "理事会于{day}召开会议，通过了明年的工作计划，会议纪要已在网站公布。",
        "我们正在招募志愿者协助{work}，无需任何经验。",
        "有了您的支持，我们的{work}明年可以继续进行。",
        "{day}晚上6点，我们将在社区活动中心举办{event}，欢迎您的光临。",
        "{amount}元的捐款可以支持一个家庭一个月的{work}。",
        "年度报告中记录了我们工作背后的人物故事，欢迎阅读全文。",
        "感谢您于{day}捐赠{amount}元。本次捐赠未获得任何商品或服务作为回报，请妥善保存此收据用于"
        "税务申报。",
        "我们的年度会员大会将于{day}举行，会员可在线或现场投票。",
    ),
    spare_paragraphs=(
        "今年我们新增了{count}名会员，财务收支保持平衡。",
        "春季清洁活动上午9点开始，我们会准备手套、垃圾袋和茶水。",
        "从今年秋天起，每周三都有{count}位邻居来到我们的工作坊。",
        "衷心感谢在{event}中帮忙的每一位朋友。",
        "活动场地设有无障碍通道，欢迎带孩子一同参加。",
    ),
    subjects={
        "newsletter": ("{month}工作简报", "来自{org}的最新消息", "{month}活动回顾"),
        "appeal": (
            "请帮助我们实现募捐目标",
            "本周每一笔捐款都将获得配捐",
            "{count}个家庭期待您的支持",
        ),
        "receipt": ("感谢您的捐赠", "您的捐赠收据", "捐赠票据寄送通知"),
        "event": ("诚邀您参加{event}", "{event}报名开始", "提醒：{day}举行{event}"),
        "volunteer": ("{month}志愿者排班", "感谢各位志愿者！", "欢迎报名参加{event}"),
    },  # fmt: skip
    work=(
        "河边植树",
        "食品分拣与发放",
        "成人识字课程",
        "流浪狗领养",
        "免费合唱排练",
        "病人及家属探访",
    ),  # fmt: skip
    events=("年度公益义卖", "春季音乐会", "志愿者开放日", "河道清洁活动", "冬季慈善晚会"),
    months=("一月", "三月", "四月", "六月", "九月", "十月", "十一月", "十二月"),
    days=("5月4日（星期六）", "6月13日（星期四）", "10月8日（星期二）", "12月1日（星期日）"),
    amounts=(50, 100, 200, 500, 1000),
    streets=("中关村大街", "淮海中路", "天河路", "人民南路", "解放大道", "中山路"),
    places=(
        "北京市海淀区",
        "上海市徐汇区",
        "广州市天河区",
        "成都市武侯区",
        "武汉市江汉区",
        "新加坡",
    ),  # fmt: skip
    address="{org}，{place}{street}{number}号",
    greeting="亲爱的朋友：",
    labels=("阅读全文", "立即捐款", "马上报名", "查看报告"),
    paths=("report", "donate", "events", "volunteer", "news"),
    senders=("info", "news", "service", "contact"),
    more="了解更多",
    unsubscribe="退订",
    preferences="管理订阅设置",
    encodings=(("utf-8", "base64"), ("gb2312", "base64")),
)

NON_ENGLISH = (GERMAN, SPANISH, FRENCH, JAPANESE, CHINESE)
