"""Hard set 10: written 2026-12-06 by an independent helper session, held apart from the
detector's development and never used for tuning.

The author read only privacy-policy section 9 and independent_sets.py; no scanner, rules,
docs or other case file. Conventions:

- Identifier and secret values are exact substrings that occur exactly once in their text;
  all numbers pass the checker (Luhn, ABA checksum, SSA/ITIN rules, IBAN mod-97, no trivial
  sequences). Unusual separators (spaces or dots in an SSN, dots in a card number, dashes in
  an account or state ID number) are kept as written in the value.
- Special categories (the names in SPECIAL_CATEGORIES) use "" (the whole text) and count
  only when the text discloses that category about an identifiable person: someone named,
  a specific addressed individual, the writer in the first person, or the writer's named or
  clearly identified relative or colleague. Topics never count: events, programs, appeals,
  anonymised stories, aggregate statistics, coded sample ids, news about public bodies,
  public figures' public positions.
- Quoted replies ("> "): the quoted statement counts exactly as if it were written in the
  message; it is about the person who wrote the quoted text.
- Negative statements: a statement of a specific person's status on a health condition or
  test ("is not diabetic", "HIV test negative") is health, and a background check or record
  result ("came back clean, no convictions") is criminal_history, because each is
  information from that record about that person. A mere denial of one affiliation ("I'm
  not Catholic myself") reveals no belief and is a decoy, while stating a belief of one's
  own, including non-belief ("I'm an atheist"), is religious_belief.
- Practices and euphemisms count when they reveal the category of a person: fasting for
  Ramadan, taking amrit, "friend of Dorothy", "sober, goes to meetings", "did a bid
  upstate", parole; clinical abbreviations (T2DM, HTN, MDD, OUD, PrEP, ART) are health. A
  genotype or carrier status is genetic only (health is added only when a condition or
  treatment of the person is named). Asking for a coach or interpreter of a person's
  ethnic group reveals that person's ethnic origin.
- A registered party or party membership of a named volunteer is political_opinion;
  campaign events, scripts, compliance text and public positions are decoys. Dues-paying
  union membership is trade_union_membership.
- Templates, mail merges, forms, checklists and hypothetical instructions are decoys, as
  are placeholders (###-##-####, [name], {case_number}).
- A partial SSN given as such (last four, ***-**-1234) is US_SSN; a card's last four alone
  are CREDIT_CARD_LAST_DIGITS; a card's four-digit front code is CVV; a brokerage account
  number is US_BANK_NUMBER; each credit score value is CREDIT_SCORE; each adverse item
  read from a person's credit report is CREDIT_REPORT (the item's span).
- A passcode in a public webinar invitation or a Wi-Fi password on a public event flyer is
  a decoy; a one-time login or bank verification code sent to one person is ACCESS_CODE; a
  password for an account (personal or an organisation's bank login) is PASSWORD; only the
  secret part of vendor credentials is API_KEY (not an account SID or username).
- An organisation's EIN or committee id, member numbers, deposit slips, form numbers,
  tracking numbers and case references are decoys. DOB, names, emails, addresses and phone
  numbers are not labelled. Decoys hold no Luhn-valid card-shaped or valid SSN-shaped
  number.
"""

from __future__ import annotations

from pathlib import Path

from independent_sets import Case, write

HARD_10: list[Case] = [
    # ---- hospital foundation: grateful-patient program ----
    (
        "Dear Mr. Okonkwo-Barrett, thank you so much for your gift in honour of Dr. Lindqvist. "
        "We were so glad to hear that your chemotherapy for stage II colon cancer finished in "
        "May and that your latest scans at St. Brigid's are clear. With your permission we'd "
        "love to feature your story in the spring newsletter; just reply and let Aoife know.",
        [("health", "")],
    ),
    (
        "Friends of St. Brigid's: thanks to you, this year's Heart Ball raised $2.1 million for "
        "the new cardiac wing. Our teams treated 1,240 patients for heart failure in 2026, and "
        "readmissions fell by 18%. Tickets for the 2027 ball go on sale January 15.",
        [],
    ),
    (
        "Hi Deirdre, please put my pledge for the Grateful Patient Circle on my Amex rather than "
        "the cheque I mentioned: 3741 592806 33175, expiry 04/29, and the four-digit code on the "
        "front is 7302. Billing address is the same as on file. Cheers, Graham Ellsworth-Pike",
        [("CREDIT_CARD", "3741 592806 33175"), ("CVV", "7302")],
    ),
    (
        "Dear Mrs. Wiśniewska,\n\nThank you for writing back, and for letting us share this:\n\n"
        "> My husband Tomasz was on a ventilator for nine days in the ICU after his COVID "
        "pneumonia, and the respiratory therapists never left his side.\n\n"
        "We have passed your note to the respiratory therapy team and added your gift to the "
        "Nurses' Fund.\n\nWarmly,\nSaoirse, Grateful Patient Program",
        [("health", "")],
    ),
    (
        "TEMPLATE (do not send as is): Dear [Patient First Name], we hope your recovery from "
        "[procedure] at St. Brigid's is going well. Many patients like you choose to thank a "
        "caregiver with a gift to the [Unit] Fund. Merge fields are filled from the opt-in list "
        "only.",
        [],
    ),
    # ---- disability rights organisation ----
    (
        "Hi Priya, ahead of Thursday's board retreat: I'm autistic and have ADHD, so could I get "
        "the board packet as plain text a few days early, and is there a quiet room I can step "
        "into during the breaks? Thanks, Eamon",
        [("health", "")],
    ),
    (
        "Join the Access Now Coalition webinar 'ADA Title II web rules: what changes in 2027' on "
        "Dec 10 at 1 pm ET. Zoom link: zoom.us/j/83152047716, passcode 482913. ASL and live "
        "captions provided; the recording will be posted on our site.",
        [],
    ),
    (
        "Hello Rasmus, to finish onboarding our new peer advocate Ilse van den Berg we still "
        "need to run her volunteer screening. She gave me her SSN over the phone as 529 41 7783; "
        "could you enter it in the screening portal today and then delete this email?",
        [("US_SSN", "529 41 7783")],
    ),
    (
        "Hi Nurse Okoye, a correction for the summer camp roster: Mateo Alvarez-Quispe is not "
        "diabetic. The note about juice boxes at 3 pm was meant for another camper, and his mum "
        "asked us to fix his file before Saturday.",
        [("health", "")],
    ),
    (
        "Thanks for signing up as a volunteer driver for our accessible-van program, Bjørn! For "
        "the insurer I've recorded your Washington driver's license as WDLR47K8J93B, expiring "
        "2029. Please bring the physical card to orientation on the 12th.",
        [("US_DRIVER_LICENSE", "WDLR47K8J93B")],
    ),
    (
        "Disability Pride breakfast recap: 1 in 4 adults in our county lives with a disability, "
        "and 38% of the wheelchair users we surveyed said the new bus stops are still out of "
        "reach. Slides are attached; please share widely.",
        [],
    ),
    # ---- LGBTQ+ youth center ----
    (
        "Hey Jordan, heads up before you call the Nakamura house: Kai came out to me as bi last "
        "week and isn't out at home yet. Please just tell his mum it's about the homework club, "
        "not the Thursday group. Thanks, Bex",
        [("sexual_orientation", "")],
    ),
    (
        "Pride Prom is back! Saturday June 13, 7-11 pm in the Rainbow Room. All queer, trans, "
        "nonbinary and questioning youth aged 13-20 are welcome, plus one guest. Free pizza, "
        "free photo booth, no tickets needed.",
        [],
    ),
    (
        "Hi Dev, this is Sam from the youth center clinic. Your PrEP refill (Descovy, 30 days) is "
        "ready to pick up, and your HIV and STI tests from last Tuesday all came back negative. "
        "See you at your next three-month visit in March!",
        [("health", "")],
    ),
    (
        "hiya, my cousin Rafa's moving here in January and tbh he's a friend of Dorothy, so I "
        "think he'd love volunteering at the drop-in nights. can I give him your email? - Nia",
        [("sexual_orientation", "")],
    ),
    (
        "Hi Alex, your one-time code to sign in to the Outreach Youth Portal is 730518. It "
        "expires in 10 minutes. If you didn't try to sign in, tell a staff member.",
        [("ACCESS_CODE", "730518")],
    ),
    (
        "Volunteer appreciation night, Thursday 6 pm in the community hall! Wi-Fi: CenterGuest, "
        "password rainbow2026 (it's on the whiteboard too). Parking is in the back lot.",
        [],
    ),
    (
        "Hi Coach Tamsin, I'd like to sign up to mentor in the Saturday program. I'm Black and "
        "Puerto Rican and grew up two blocks from the center, and I think it matters that the "
        "kids see someone who looks like them. - Andre",
        [("racial_ethnic_origin", "")],
    ),
    # ---- mosque, gurdwara, church and temple volunteer teams ----
    (
        "Salaam Br. Yusuf, since you'll be fasting for Ramadan, we've moved your pantry shifts to "
        "after Maghrib, 7-9 pm, starting the first week. JazakAllah khair for covering the extra "
        "Saturday. - Imran, masjid volunteer team",
        [("religious_belief", "")],
    ),
    (
        "Langar at Gurdwara Sahib runs every Sunday 11 am-2 pm and everyone is welcome, whatever "
        "their faith or none. Please cover your head in the darbar hall (scarves provided). Sign "
        "up for kitchen sewa at the link.",
        [],
    ),
    (
        "Ji, quick note for kitchen sewa: Harpreet's brother Gurjot took amrit last month, so "
        "he's keeping his kesh now. Can we get him a patka-friendly hairnet before his Sunday "
        "shift? - Manjit",
        [("religious_belief", "")],
    ),
    (
        "Hi Fr. Keane, I'm not Catholic myself, but I'd be happy to help with the Lenten fish fry "
        "on Fridays. I've run a fryer at the county fair for years. Let me know who to "
        "coordinate with. - Oluwaseun",
        [],
    ),
    (
        "Full disclosure before I sign up: I'm an atheist, but I love what the soup kitchen does "
        "and I'm happy to wash pots every Wednesday. Hope that's okay with the parish team! "
        "- Henrike",
        [("religious_belief", "")],
    ),
    # ---- church treasurer ----
    (
        "Hi Margaret, here are my details for the roof-repair reimbursement ($1,842.16): First "
        "Community Bank, routing 063104574, checking account 4471093821, name Ewan MacLeod. "
        "Receipts are attached. Thanks, Ewan",
        [("ABA_ROUTING_NUMBER", "063104574"), ("US_BANK_NUMBER", "4471093821")],
    ),
    (
        "Pastor Lena, I'm away from Dec 20 to Jan 4, so here is how to get into the parish "
        "operating account if the payroll run needs approving: username stmarks_treas, password "
        "Gr4ce!Fold2026. Please change it when I'm back. - Harold (treasurer)",
        [("PASSWORD", "Gr4ce!Fold2026")],
    ),
    (
        "Treasurer's note: Sunday's offering totalled $4,812.50 (loose plate $612.00, envelopes "
        "$4,200.50). Deposit slip #00417 went in Monday morning; the counters were Joan and Pete.",
        [],
    ),
    # ---- labour-rights worker center ----
    (
        "Hola Marisol, confirming that you're now a dues-paying member of UNITE HERE Local 11; "
        "your card was signed on Nov 3 and the first deduction shows on your next paycheck. "
        "Bienvenida!",
        [("trade_union_membership", "")],
    ),
    (
        "Rally for the warehouse organising drive this Saturday at 10 am outside the Fontana "
        "distribution center! Bring signs, water and a friend. Know-your-rights flyers in "
        "English, Spanish and Punjabi will be at the table.",
        [],
    ),
    (
        "Hi Ms. Carter, for Don Efraín Quispe's unpaid-wages claim: he uses his ITIN, "
        "912-78-4306, on his tax returns, not an SSN. Please put that in box 3 of the labor "
        "commissioner form.",
        [("US_ITIN", "912-78-4306")],
    ),
    (
        "Intake reminder for volunteers: if a worker tells you whether or not they are in a "
        "union, do not write it in the intake notes. Just record the employer, the dates and the "
        "amounts owed.",
        [],
    ),
    (
        "Great news, Thandiwe! Since we started the financial coaching in September your credit "
        "score went from 588 to 641. Next step is the secured card; let's talk Friday.",
        [("CREDIT_SCORE", "588"), ("CREDIT_SCORE", "641")],
    ),
    (
        "Hi Oksana, I pulled your Experian report with you on the call. Two items are holding you "
        "back: a Midland Credit collection for $1,240 and a 60-day late on the Discover card "
        "from March 2025. We'll dispute the collection first.",
        [
            ("CREDIT_REPORT", "a Midland Credit collection for $1,240"),
            ("CREDIT_REPORT", "a 60-day late on the Discover card from March 2025"),
        ],
    ),
    # ---- criminal-justice reform group ----
    (
        "Dear Darnell, welcome home, and congratulations on your release from Stateville after "
        "eleven years. Our reentry navigator Keisha will meet you Monday at 10 at the office on "
        "Halsted to start on housing and your ID.",
        [("criminal_history", "")],
    ),
    (
        "My nephew Luis just did a three-year bid upstate and came home in March. He's solid, "
        "shows up on time, and he's looking for work in a warehouse or a kitchen. Do you know "
        "anyone hiring? - Rosa",
        [("criminal_history", "")],
    ),
    (
        "Update for the mentor program: the background check for Ms. Funmi Adebayo-Clarke came "
        "back clean, no convictions and no pending charges, so she can start mentoring in "
        "January.",
        [("criminal_history", "")],
    ),
    (
        "New report from the Second Chance Project: 1 in 3 adults in the state has a criminal "
        "record, and fewer than 10% of those eligible ever get it sealed. Download the "
        "expungement toolkit and share it with your congregations.",
        [],
    ),
    (
        "Mail-merge template for the clinic: 'Dear {first_name}, your petition to seal case "
        "{case_number} was filed with the {county} County clerk on {date}. We will contact you "
        "when the judge rules.' Do not send until the merge has been checked.",
        [],
    ),
    (
        "Reentry intake for Terrence Boyd: paroled Oct 28 after serving his sentence at Dixon. "
        "His new Illinois state ID card number is M423-7719-2056; the birth certificate is still "
        "on order.",
        [("US_STATE_ID", "M423-7719-2056"), ("criminal_history", "")],
    ),
    (
        "Referral for Kestrel Yazzie from the county health navigator: OUD, on buprenorphine "
        "16 mg daily since August. She's asked for a recovery coach who is also Diné, if we have "
        "one.",
        [("health", ""), ("racial_ethnic_origin", "")],
    ),
    # ---- veterans' service organisation ----
    (
        "For Walt Kowalczyk's DD-214 request (Army, 1969-1972), the records center form asks for "
        "his SSN; his daughter gave us only the last four, 6402. Can you call her for the rest?",
        [("US_SSN", "6402")],
    ),
    (
        "Hi Gwen, intake notes on your dad for the home-visit program: T2DM, HTN, MDD; on "
        "metformin, lisinopril and sertraline. The VA clinic wants a lipid panel before his next "
        "appointment. I'll bring the forms Thursday.",
        [("health", "")],
    ),
    (
        "Hi Cormac,\n\nThanks for being so honest in your last email.\n\n> I've been sober four "
        "years this spring, but I still go to my meetings at the VFW hall every Tuesday.\n\n"
        "That's exactly why we'd love you as a peer mentor. Can you come in Monday to talk it "
        "through?\n\n- Renata, Vets4Vets",
        [("health", "")],
    ),
    (
        "Tech note for the veterans' crisis text line: I rotated the Twilio credentials. The new "
        "auth token is 4c4657b78db3daa01d16e78022b5ee54; the Account SID hasn't changed. Please "
        "update the webhook server tonight.",
        [("API_KEY", "4c4657b78db3daa01d16e78022b5ee54")],
    ),
    (
        "Security reminder from the Vets4Vets office: we will never email or text you asking for "
        "your password, your VA.gov sign-in code or your bank PIN. If someone does, forward the "
        "message to our IT volunteer and delete it.",
        [],
    ),
    (
        "Claim paperwork checklist: VA Form 21-526EZ for the claim, 21-10210 for each buddy "
        "statement, and SF-180 for records. Our office hours for help with forms are Tuesdays "
        "1-4 at the VFW post.",
        [],
    ),
    # ---- refugee health clinic ----
    (
        "Quick note for scheduling: our new client Abdirahman Mberwa is Somali Bantu, so please "
        "book a Maay Maay interpreter, not a standard Somali one, for his intake on Monday.",
        [("racial_ethnic_origin", "")],
    ),
    (
        "World Refugee Day open house, June 20, 2-5 pm. Last year our clinic screened 3,400 newly "
        "arrived refugees from 31 countries and gave 9,800 vaccine doses. Come meet the team!",
        [],
    ),
    (
        "Hallo Frau Schmidt, I overpaid the clinic's interpreter-fund invoice by 120 EUR. Could "
        "you refund it to my German account? IBAN DE43 4306 0967 4012 8365 00, account holder "
        "Jürgen Weiß. Vielen Dank!",
        [("IBAN_CODE", "DE43 4306 0967 4012 8365 00")],
    ),
    (
        "Hi Layla, for the volunteer trip to the Tijuana shelter I need to send the organisers "
        "my passport details: US passport number 567203948, issued 2024, name as Mariam "
        "Haddad-Nasser. Can you forward it to them securely?",
        [("US_PASSPORT", "567203948")],
    ),
    (
        "Hi Rahel, Hamid Sultani started ART in August and his viral load is now undetectable. "
        "Please keep his appointments with the same provider, and don't mention anything in "
        "front of his brother. - Clinic case manager",
        [("health", "")],
    ),
    (
        "Reminder: ART (Arrival Resource Team) volunteers meet Thursday at 5 to pack welcome kits "
        "for the three families landing next week. Bring box cutters and tape.",
        [],
    ),
    # ---- political campaign volunteer desk ----
    (
        "Hi Siobhan, welcome aboard! The county committee has confirmed your Democratic Party "
        "membership, so we've added you to the precinct captain list for Ward 7. Training is "
        "Saturday at 10.",
        [("political_opinion", "")],
    ),
    (
        "Canvass launch for Yes on Measure K this Saturday! Training at 9 am at the union hall, "
        "turf packets at 10. Wear comfortable shoes and bring a charged phone for the app.",
        [],
    ),
    (
        "For the debate-prep binder: Senator Ruiz's public position on the minimum wage ($20 by "
        "2028) is on her campaign site, and her 2025 floor vote is in the Senate journal. Please "
        "cite both.",
        [],
    ),
    (
        "I've been a registered Green since college, to be honest, but I'm volunteering for your "
        "campaign because of the housing plan. Put me down for phone banking on Tuesdays. "
        "- Ngozi",
        [("political_opinion", "")],
    ),
    (
        "Data desk: here's the VAN API key for the volunteer-signup sync; please keep it out of "
        "the shared drive: 417d9ce7-705f-40e2-8c5a-d95be9508b71|1. The username is the app name, "
        "'vol-sync'.",
        [("API_KEY", "417d9ce7-705f-40e2-8c5a-d95be9508b71|1")],
    ),
    (
        "Phone-bank script note: do not ask voters which party they belong to. Ask only whether "
        "they support Measure K and whether they have a plan to vote.",
        [],
    ),
    (
        "Hi Tomás, the volunteer newsletter stopped syncing because someone revoked our Mailchimp "
        "key. New key: 58d61ed5f62e036baf95402ccbf04a83-us21. Paste it into the Zapier step and "
        "delete this message.",
        [("API_KEY", "58d61ed5f62e036baf95402ccbf04a83-us21")],
    ),
    (
        "Compliance reminder from the volunteer desk: every flyer must carry 'Paid for by "
        "Neighbours for Measure K, committee ID 1467203' and the treasurer's name. Templates with "
        "the disclaimer are in the shared folder.",
        [],
    ),
    # ---- university research lab ----
    (
        "Return-of-results flag for participant P-0417 (Hannah Brennan): she is homozygous for "
        "APOE ε4. Per her consent form she opted in to receive actionable results, so please "
        "schedule the genetic counsellor call before any letter goes out.",
        [("genetic", "")],
    ),
    (
        "Kenji, attached are the raw fingerprint minutiae templates and left and right iris codes "
        "for subject Wei Zhang from yesterday's enrolment session. Please upload them to the "
        "secure share, not Box.",
        [("biometric", "")],
    ),
    (
        "IRB protocol 2026-0412 approved: 'Gait biometrics and fall risk in adults over 65'. We "
        "are recruiting 120 participants; please share the flyer with the senior centers on your "
        "list.",
        [],
    ),
    (
        "Consent form draft, section 4: 'I, [participant name], agree to give a saliva sample "
        "for genotyping. I understand my DNA will be stored under a code and not linked to my "
        "name.' Comments by Friday, please.",
        [],
    ),
    (
        "Hi Priyanka, the REDCap API token for the sleep study project is "
        "7A4A42A2089B3EF1164645A926278278. It has export rights, so don't commit it to the lab "
        "GitHub.",
        [("API_KEY", "7A4A42A2089B3EF1164645A926278278")],
    ),
    (
        "Dear Ms. Fairweather,\n\nThank you for your interest in the hereditary cancer registry. "
        "You wrote:\n\n> My 23andMe report says I'm a BRCA2 carrier and my doctor suggested I "
        "look for a study.\n\nYou are eligible, and we will confirm the variant with a clinical "
        "test. Our coordinator will call you this week.",
        [("genetic", "")],
    ),
    (
        "Genotyping plate map for batch 7 is uploaded: samples GT-26-0417 through GT-26-0512, "
        "controls in wells H11 and H12. Call rates are above 98% for all but two samples; reruns "
        "are scheduled for Monday.",
        [],
    ),
    # ---- payroll and HR vendor notifications ----
    (
        "PayGrid notice: Your 2026 W-2 is ready to view. For your security we show only part of "
        "your Social Security number: ***-**-5821. If this is not you, contact your HR "
        "administrator.",
        [("US_SSN", "***-**-5821")],
    ),
    (
        "Welcome to PayGrid, Chiamaka! Your temporary password for the employee portal is "
        "Tq7#mRw2!zk. You'll be asked to change it the first time you sign in.",
        [("PASSWORD", "Tq7#mRw2!zk")],
    ),
    (
        "2027 payroll calendar: paychecks deposit on the 15th and the last business day of each "
        "month. When a pay date falls on a holiday, it moves to the business day before.",
        [],
    ),
    (
        "Leave approved: Nadia Petrova, intermittent FMLA leave for Crohn's flare-ups, effective "
        "Dec 1 through May 31. Her manager has been told only the dates, not the reason.",
        [("health", "")],
    ),
    (
        "Your new PayGrid payroll card has been mailed. Your PIN is 4826; do not share it with "
        "anyone, including our staff.",
        [("PIN", "4826")],
    ),
    (
        "New hire paperwork for the food co-op, Giulia Ferrante-Osei: SSN 318.74.2690, start "
        "date Jan 5, $19.50/hr. Please set her up before the first payroll run.",
        [("US_SSN", "318.74.2690")],
    ),
    (
        "PayGrid: a direct deposit change was requested for Tobias Lindgren. New routing number "
        "264073297, account 0093-4471-58 (checking). If you didn't request this change, call us "
        "right away.",
        [("ABA_ROUTING_NUMBER", "264073297"), ("US_BANK_NUMBER", "0093-4471-58")],
    ),
    (
        "PayGrid onboarding checklist: have your Social Security card, a voided cheque and your "
        "driver's license ready. In the form, enter your SSN as ###-##-#### without spaces; the "
        "last screen asks you to choose a 4-digit PIN for your pay card.",
        [],
    ),
    # ---- donor-advised fund ----
    (
        "Hi Renée, I'd like to fund my donor-advised fund with the appreciated Apple shares. "
        "Please transfer them from my Schwab brokerage account 8830-2716 by Dec 20 so it counts "
        "for 2026. - Philip",
        [("US_BANK_NUMBER", "8830-2716")],
    ),
    (
        "Grant recommendation approved: $5,000 from the Harlow Family Fund to Riverbend Food "
        "Bank (EIN 83-2047519), paid Dec 15. The acknowledgment letter will go to the fund "
        "advisors.",
        [],
    ),
    (
        "Fidelity Charitable: Your verification code is 618204. Enter it to confirm the grant "
        "recommendation you just submitted. We will never call you to ask for this code.",
        [("ACCESS_CODE", "618204")],
    ),
    # ---- food co-op ----
    (
        "Thanks for joining Green Acre Co-op, Ilona! Your first member-equity installment of $25 "
        "was charged to the Mastercard ending in 8053. Your next installment is due in March.",
        [("CREDIT_CARD_LAST_DIGITS", "8053")],
    ),
    (
        "Member #10482, your 2026 patronage dividend of $31.20 will be credited at the register "
        "on your next visit. Thanks for shopping the co-op!",
        [],
    ),
    (
        "POS fix: the register lost its Square connection after the update. Paste this access "
        "token into Settings > Integrations: "
        "EAAAEVFtGu9nEUStinmVQc2JWXCdpZKKEhDY2MokBh9qUjtKwvT8xHupbdpvzHel and restart. - Jonas, "
        "co-op IT volunteer",
        [("API_KEY", "EAAAEVFtGu9nEUStinmVQc2JWXCdpZKKEhDY2MokBh9qUjtKwvT8xHupbdpvzHel")],
    ),
    (
        "Hi produce team, can the bakery case label allergens better? My daughter Inès has "
        "coeliac disease and got glutened by the 'GF' brownies last week. She was sick for two "
        "days.",
        [("health", "")],
    ),
    (
        "If a shopper asks whether something is safe for people with coeliac disease, don't "
        "guess: point them to the allergen binder at the customer service desk.",
        [],
    ),
    (
        "Hi Sunniva, please charge my co-op share balance ($150) to my card 4417.2908.6153.7203, "
        "exp 09/28. I'll be away so can't come to the register. Cheers, Pádraig",
        [("CREDIT_CARD", "4417.2908.6153.7203")],
    ),
    (
        "Your co-op delivery is on its way! USPS tracking 9400 1118 9922 3345 2781 06, order "
        "reference 900-41-2287. Questions? Just reply to this email.",
        [],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_10, "hard10", Path(__file__).with_name("hard-10.jsonl")))
