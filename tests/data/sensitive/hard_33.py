"""Hard set 33 (2026-12-07): red team on mixed-language mail from US immigrant-serving groups.

Written blind by an independent helper session started by the project. The author read only
/work/shared/policy/privacy-policy.txt (all of it, Section 9 included),
tests/data/sensitive/independent_sets.py (the checker and record format),
scanner/categories.py (category names) and the output of exactly
`grep -n "line-length" pyproject.toml`. Nothing else in the worktree or in /work/main was
opened or listed (no scanner code, rules, lexicons, docs, reports, tests or other hard
sets), no web or code-index search was made, no git command other than add and commit was
run, and the detector was not run at any point.

Values: every identifier was produced by throwaway scripts in /tmp/hard33_gen/ using
random.Random with fixed seeds: SSNs under SSA rules (area not 000/666/900-999, group not
00, serial not 0000), ITINs (9XX with a valid group), Luhn-valid Visa numbers, ABA routing
numbers with a valid prefix and the 3-7-1 checksum, bank and member-account numbers, mod-97
IBANs (Portugal, Jordan), passports in each country's shape (China, Taiwan, Philippines,
Mexico, Ethiopia), driving licences in each state's or country's shape (MA, CA, IL, FL, MN,
NY, WA, Brazilian CNH), state ID cards (MN, CA), PINs, one-time codes, CVVs, credit scores,
a base62 Stripe-style secret and publishable key, a hex fingerprint-template hash, and
human-style passwords built from seeded word lists and digits. Full-width (Chinese) and
Arabic-Indic forms were derived from generated values by digit mapping; the Spanish digit
words spell a generated code. No published test number or trivial sequence is used. People,
congregations, clinics, shops and nonprofits are invented; phone numbers are 555-01xx. Real
banks, bureaus, vendors and places (BDO, Caixa Geral de Depósitos, Arab Bank, Equifax,
TransUnion, Stripe, Square, USPS) appear only as context, never with real data.

CONVENTIONS (every label can be checked against these):
- A special category (health, genetic, biometric, racial_ethnic_origin, political_opinion,
  religious_belief, trade_union_membership, sexual_orientation, criminal_history) counts
  only when it is disclosed about an identifiable person: someone named (a first name is
  enough), the addressee, the writer in the first person, or a clearly identified
  relative, colleague or client ("your mother", "her wife"). It is labelled once per text,
  with value "", however many people or mentions the text holds. Implicit disclosures
  count: a program name that only serves one condition (HOPWA approval means HIV), a drug
  used only for one condition (Biktarvy), "came home after six years at Soledad" (prison).
- Never counted: topics, events, programs and services offered to all, appeals,
  anonymised or composite stories, aggregate statistics, public figures' public positions,
  templates with unfilled fields, blank forms, placeholders (XXXX, ___), policy text, job
  postings, and scenarios marked as fiction or training. Hypotheticals ("if a result ever
  comes back reactive") and negations about practice ("we never ask about religion")
  disclose nothing.
- health: any condition, diagnosis, test result (positive or negative: an HIV-negative
  PrEP lab result is health), exposure notice, treatment, medication, pregnancy and its
  care or ending, addiction treatment, disability plan, vaccination status. Medical
  transition (hormones, surgery) is health; gender identity, pronouns or a name change
  alone are not labelled at all. A generic appointment reminder naming no condition,
  treatment or condition-specific service is not health; a shipping notice that names no
  drug is not health. A prayer-list request for a named person's illness is health.
- genetic: a genetic test result about an identifiable person. It is labelled genetic
  only, unless a condition, diagnosis or treatment (of that person or of an identified
  relative) is also disclosed, which adds health. A carrier or pathogenic-variant finding
  with only "we will discuss screening" is genetic only. An ancestry ethnicity estimate is
  genetic and racial_ethnic_origin.
- biometric: biometric data itself or the result of biometric processing tied to an
  identifiable person (fingerprint templates or their hashes, face-match scores). A
  biometric consent policy, a product update, or the mere mention that fingerprints were
  checked for a background check is not biometric.
- criminal_history: arrests, charges, convictions, juvenile adjudications, incarceration,
  jail custody, probation, parole, drug-court supervision. A clean background check ("no
  records found") is not criminal history. Civil immigration detention alone is not
  criminal history (nor ethnic origin); nationality alone is not labelled.
- religious_belief: a person's stated faith, membership of a congregation, or religious
  practice (baptism, communion, daily prayer at a mosque, a religious exemption). Being
  named on a prayer list, receiving a church's help, or giving to a church is not by
  itself religious_belief.
- political_opinion: a private person's support for, volunteering for, contribution to or
  stated vote for a candidate, party or committee (even though large contributions are
  later reported publicly). A generic "Hi friend" campaign email is not.
- trade_union_membership: membership, a signed union authorization card, union dues on a
  pay statement, or strike benefits paid to a named member. Invitations to open meetings
  and appeals are not.
- sexual_orientation stands for the whole of Section 9(d)'s "sexual orientation or sexual
  activity": a stated orientation, a same-sex spouse or partner, a person's sexual contacts
  (partner notification) or sex work. PrEP use alone is health only.
- racial_ethnic_origin: a stated race, ethnicity, indigenous people or tribal enrollment of
  an identifiable person, or an ancestry estimate. Language spoken alone is not labelled.
- Value labels, each on the value exactly as written (separators, dots, a line break
  inside a card number are kept): a passport of any country is US_PASSPORT; a driving
  licence of any state, province or country is US_DRIVER_LICENSE; a state ID card, and a
  tribal nation's ID card number, is US_STATE_ID; ITIN is US_ITIN; a full SSN is US_SSN,
  and a partial SSN given as such (last four, "XXX-XX-1234") is US_SSN on the visible
  digits. Card numbers are CREDIT_CARD; the last four of a card alone are
  CREDIT_CARD_LAST_DIGITS; a security code is CVV. A bank account number is
  US_BANK_NUMBER, a routing number ABA_ROUTING_NUMBER, an IBAN IBAN_CODE. The masked last
  four of a bank account ("checking ending in 4471") are not labelled: Section 9's "any
  portion thereof" attaches to government identifiers (a) only, and the label set gives
  no partial-account label.
- PASSWORD: passwords and security-question answers that open a financial or online
  account (each answer a separate label). PIN: a PIN that opens a card, bank, tax or
  other personal account (an IRS Identity Protection PIN counts). ACCESS_CODE: a one-time
  code that opens an account. Per the policy, codes that open no account are never
  labelled: door keypads, gates, alarms, lockboxes, a shared guest Wi-Fi password, promo
  codes. API_KEY: only the secret part of vendor credentials (a secret key, an auth
  token), never the publishable key or account SID beside it.
- CREDIT_SCORE on each score as written; CREDIT_REPORT on each adverse credit-report item
  (collection, charge-off, late payment, bankruptcy), the span running from the item's
  name (leading article left out) to the end of its line or clause.
- Identifiers with no label in the set are not labelled and do not make a text positive:
  organisations' EINs, FEC committee IDs, prison DOC/booking numbers, court case and
  docket numbers, medical record and order numbers. (The texts avoid A-numbers and
  Medicare numbers, for which the label set has no label.)
Also (agreed in earlier sets):
- Animals are not persons: a pet's vaccines, illness or treatment are not health.
- Staff writing in their role for an organisation (a church office, a union hall, a
  campaign, a clinic) do not thereby disclose their own faith, membership, politics or
  health; only what a text says about a person counts. A civil court matter (an eviction
  hearing) is not criminal history.
- A state campaign-finance committee ID (FPPC ID) is treated like an FEC committee ID, and
  order, invoice, tracking, bib, ticket, device-serial and clinic reference numbers are
  unlabelled identifiers.
- A partner notice ("someone you had sexual contact with ... has been diagnosed") is both
  health (an exposure notice) and sexual_orientation (sexual contacts), as the conventions
  above state; a married opposite-sex couple is not labelled.

Also agreed (in set 24):
- A password or security answer for an organisation's own online banking or payment
  account (a dental office's business banking, a PTO's Square account) opens a financial
  account: PASSWORD; that bank's telephone-banking PIN is PIN, and a verification code
  for such an account is ACCESS_CODE. A member-portal sign-in code and a QuickBooks
  verification code are ACCESS_CODE.
- An EBT card PIN opens a benefits card account: PIN. The building keypad code beside it
  is not labelled.
- Bank details quoted back to the account holder by the organisation that pays them (a
  foster-care reimbursement, a speaker's honorarium, a tax refund) are labelled like any
  other account number, routing number or IBAN.
- A lender's "middle score" from a tri-merge report, and a score printed in an adverse
  action letter, are CREDIT_SCORE; the adverse items listed there are CREDIT_REPORT, each
  on its whole line.
- A face-similarity score in an identity-verification report, a fingerprint match score in
  a child-care pickup log and a fingerprint template hash are biometric (results of
  biometric processing or the data itself, tied to named people).
- A religious exemption from named vaccines discloses religious_belief and, as
  vaccination status, health.
- A same-sex couple planning their wedding ("the grooms") is a same-sex partnership:
  sexual_orientation.
- Release from jail custody ("got out of the county jail in October") is criminal_history;
  a drug-court report is criminal_history, and the treatment and medication in it are
  health.
- "Disability status: I do not want to answer" and a gender field on a self-identification
  form disclose no special category; the stated race on it does.
- A parent's note that a child uses a new first name and they/them pronouns is not
  labelled (gender identity and name change alone).
- A contribution export for a ballot-measure committee discloses the contributors'
  political opinion (contributions to a committee).


Also agreed (in sets 25 and 26):
- Digits dictated as words in an automated voicemail transcription (an account number, a
  one-time code) are labelled on the words exactly as transcribed; a routing number
  transcribed as digits is labelled as usual.
- A drug that implies a condition (Vyvanse, donepezil, levetiracetam, Dovato, Ocrevus,
  Suboxone) is health for the named person; so is an implied recovery milestone (a 90-day
  chip with a sponsor).
- A tenant union's dues, membership and endorsements are not trade_union_membership, and
  an organisation's endorsement is not a private person's political opinion.
- Party affiliation given on a poll-worker application (used to balance boards) is the
  applicant's political_opinion.
- A university conduct letter citing a police arrest is criminal_history; university
  "disciplinary probation" alone would not be.
- A security-question answer that happens to be a pet's name is PASSWORD (it opens the
  account); the pet itself is no person.
- The last four of a prepaid compensation card (plasma donation) are
  CREDIT_CARD_LAST_DIGITS.
- Registration as active parishioners plus a child's baptismal certificate is
  religious_belief; a prayer-list entry for a named person's surgery is health only.
- A caregiver's note of a client's debit-card PIN is PIN; the lockbox code beside it is not
  labelled.
- A fundraiser's payout to a named beneficiary's "Kidney Transplant Fund" discloses that
  beneficiary's health.
- An obituary draft sent to the family about a named person who has died discloses what it
  says about him: the illness he died of is health, lifelong parish membership is
  religious_belief.
- Preparing a named child for a bar mitzvah (tutoring in the Torah blessings and portion)
  is religious practice: religious_belief. A family membership renewal at a mosque is
  congregation membership: religious_belief.
- A credit-union update quoting a member's score now and when a loan opened labels both
  numbers CREDIT_SCORE. A tenant-screening summary's score and negative items are labelled
  like an adverse action letter's, each item on its whole line after the bullet.
- A card number the writer breaks over two lines is one CREDIT_CARD value holding the line
  break. An Amex "CID" is a CVV.
- A security answer for a small business's online banking ("city where you were married")
  is PASSWORD, like the password beside it.
- A parent who writes that she and her wife are both a child's moms discloses a same-sex
  spouse: sexual_orientation.
- Inmates awaiting sentencing in a county jail (in a CASA note) are in jail custody:
  criminal_history. A volunteer screening that reports an OWI conviction is
  criminal_history.
- Places and senders' names carry no category: a meeting at the "Labor Temple", scouts
  leaving from a church parking lot, a "St. Brigid" free clinic, an invoice addressed to a
  pastor.
- An interpreter booked in a named language for a parent is language alone: not labelled.
- A pet's insulin, glucose curve or dental extractions are not health.

Also agreed (in set 28):
- A deceased person is an identifiable person: a funeral home's death-certificate
  worksheet gives US_SSN on the SSN, health on the cause of death and racial_ethnic_origin
  on the stated race.
- A newborn screen reporting sickle cell trait (carrier, "not the disease", discussed at a
  later visit) is genetic only. A BRCA2 pathogenic variant together with the mother's
  ovarian cancer and a referral for MRI and surgery consult is genetic and health.
- A school lunch-line finger-scan re-enrollment with its match score and template record
  is biometric. An employer's on-site "biometric screening" (blood pressure, cholesterol)
  offered to all employees is a wellness program: neither biometric nor health.
- A farmworker's cholinesterase level after pesticide drift is health (a test result and
  an exposure). "Mixtec from Oaxaca" names an indigenous people: racial_ethnic_origin;
  the request for a Mixteco interpreter alone would not be.
- Probation community service hours and an OWI conviction on a driver's MVR are
  criminal_history; a clean volunteer background check is not.
- A furniture maker writing "our family are members of Pleasant View Mennonite Church and
  we keep the Lord's Day" states the writer's own congregation membership:
  religious_belief. A bulk-food store closing on Ascension Day and having no Sunday hours
  says nothing about a person.
- A parishioner's recurring gift by bank draft gives ABA_ROUTING_NUMBER and
  US_BANK_NUMBER but no religious_belief (giving to a church).
- A widower named as "Dale's husband of 31 years" in funeral arrangements is a same-sex
  spouse: sexual_orientation.
- Campaign donor receipt "Visa ending in 8475" is CREDIT_CARD_LAST_DIGITS and the
  contribution is political_opinion; a volunteer's list of neighbours taking yard signs
  who "told me they're voting for you" is political_opinion.
- The four-digit code on the front of an Amex is CVV. A foundation pledge card whose number
  wraps onto a second line is labelled with the line break kept.
- A client's foreign IBAN quoted by the tax preparer for an FBAR reminder is IBAN_CODE; a
  German parent's IBAN for a 4-H refund is IBAN_CODE.
- A library side-door keypad, a food-pantry back-door code, a concession-shed padlock
  combination and an ambulance-bay keypad are never labelled; a grain elevator's
  customer-portal sign-in code is ACCESS_CODE.
- Animals throughout: a cow's Johne's result, a horse's Cushing's diagnosis and Prascend,
  a dog's rabies booster and vaccinated chicks are not health.

Added for this set:
- Values are labelled exactly as written in the other language's convention: an SSN in
  full-width digits and full-width hyphens, a passport number in full-width characters,
  an SSN written with dots, a New York licence written in three groups with spaces, a
  Florida licence with its dashes.
- An SSN given twice in one text, once in Arabic-Indic digits and once in Western digits
  by the navigator, is labelled US_SSN on each writing.
- A one-time code read out twice in a voicemail transcription, once as Spanish words and
  once as spaced digits, is labelled ACCESS_CODE on each writing.
- A Brazilian CNH number, beside the Massachusetts licence, is US_DRIVER_LICENSE (a
  licence of any country); a Minnesota licence recorded by a money transmitter for a
  Bank Secrecy Act ID check is US_DRIVER_LICENSE; a Taiwan (ROC), Philippine, Mexican,
  Chinese or Ethiopian passport number is US_PASSPORT.
- A recipient's Philippine bank account number on a remittance receipt is US_BANK_NUMBER
  (a bank account number of any country); the sender's "debit card na nagtatapos sa" last
  four are CREDIT_CARD_LAST_DIGITS.
- A masked mobile-wallet account ("GCash wallet ... ending 5521" style) and masked
  checking or savings accounts are not labelled (no partial-account label), nor is a
  remittance tracking number, raffle ticket, booth number, event code or promo code.
- A credit-union member account number sent for first login is US_BANK_NUMBER, and the
  first-login one-time code beside it is ACCESS_CODE.
- A landlord LLC's routing and account numbers quoted by a rental-assistance program
  that will pay them are labelled like any other account.
- Adverse items written in Russian, or in English inside Hmong text, are CREDIT_REPORT
  from the item's name to the end of its line; the score beside them is CREDIT_SCORE.
- A Stripe publishable key is not labelled; the secret key beside it is API_KEY.
- Ukrainian "пароль" used for immigration parole (re-parole) is no password, and a Hmong
  New Year vendor Wi-Fi password, a church gate code, a temple parking-gate code, a back
  door code and a lockbox code are never labelled.
- A face-match score from a credit union's selfie-to-licence identity check, and a
  fingerprint time-clock template hash with its match score for a named nail-salon
  employee, are biometric.
- New-member registration and a named baptism in a Korean church bulletin are
  religious_belief; the same bulletin's prayer request for a named member's hip surgery
  adds health.
- An Ethiopian Orthodox christening (kiristina) with baptismal name and godfather, a
  Buddhist refuge ceremony (quy y) with Dharma names, a list of named candidates for
  water baptism, a pastor's membership letter and a family mosque membership renewal are
  each religious_belief for the people named.
- A Hmong funeral home worksheet gives US_SSN, health (cause of death),
  racial_ethnic_origin ("Asian – Hmong") and religious_belief: the family asked for a
  txiv neeb (shaman) to perform the traditional rites for the deceased.
- "Triqui, from San Juan Copala" and "maya k'iche'" name indigenous peoples:
  racial_ethnic_origin. A Mixteco interpreter booked for a parent, a roster column giving
  country and language, and an appeal to "Yemeni and Sudanese" TPS holders are language
  or nationality alone: not labelled.
- A Korean ancestry estimate sent to an adoptee is genetic and racial_ethnic_origin.
- An alpha-thalassemia carrier result from screening at 11 weeks of pregnancy is genetic
  and, because the pregnancy and its care are disclosed, health.
- A male PrEP client's "namorado" (boyfriend) is a same-sex partner: sexual_orientation;
  his HIV-negative result and Descovy are health. A male client petitioning as the
  husband of another man is sexual_orientation.
- A Spanish partner notice ("una persona con quien usted tuvo contacto sexual ... fue
  diagnosticada con sífilis") is health and sexual_orientation.
- Latent TB infection with a 3HP regimen, hepatitis B on Vemlidy, insulin recorded by a
  home-care aide, heat stroke with rhabdomyolysis, chemotherapy noted on an ESL roster
  and a navigator's note that a named client is 19 weeks pregnant are health.
- A Haitian Creole referral saying a named man left a Florida state prison and is on
  probation, a Chinese case note on a DWI arrest, guilty plea and probation, and a
  Spanish intake on a DUI arrest with a completed probation are criminal_history; a
  Russian eviction hearing notice (said there to be civil) is not.
- A worker "miembro del sindicato UFCW" with dues deducted, and a signed union
  authorization card in Tagalog or Korean text, are trade_union_membership; a union's open
  information night is not, nor is a "Sindicato de Inquilinos" (tenant union) membership.
- A canvasser's note in Amharic that a named resident will vote for the candidate, and a
  named resident signing up to phone-bank, are political_opinion; a campaign's generic
  "Hi Kaibigan" fundraising email, a public official's public position and an
  association's endorsement are not.
- Composite stories (a flood appeal's "Madan Jozèf"), a training role-play marked
  fictional, a sample W-7 marked "NOT A REAL PERSON", aggregate community reports, a
  privacy notice's negations and a testing fair's "if your result were reactive" disclose
  nothing. A pharmacy shipping notice naming no item, a generic clinic reminder asking the
  patient to bring a medication list, and a 4-H goat's vaccines and lameness are not
  health.

Emphasis: 100 whole emails (58 positive, 42 decoys) in which English is mixed with or
largely replaced by Spanish, Vietnamese, Chinese (simplified and traditional), Korean,
Tagalog, Haitian Creole, Arabic, Somali, Russian, Ukrainian, Amharic, Hmong and
Portuguese. Senders are tax preparers, credit unions and remittance shops, legal aid for
tenants and workers, health navigators and clinics, resettlement caseworkers, home-care
agencies, churches, temples and mosques, funeral homes, ESL programs, campaigns and small
businesses (restaurants, salons, a bakery, an insurance agency, a travel agency). Shapes
include bilingual confirmations, WhatsApp and WeChat relays pasted into email, interpreter
and navigator notes, rosters, bulletins, receipts, a voicemail transcription and
death-certificate and intake worksheets; values use foreign conventions (full-width and
Arabic-Indic digits, dots, spaces, digits as words, a card number broken over two lines).
Decoys sit next to the same categories and values: bilingual announcements and blank or
sample forms, aggregate reports, masked account numbers, codes that open nothing,
composite or training stories, public positions and nationality or language alone.
"""

from __future__ import annotations

from pathlib import Path

from independent_sets import Case, write

HARD_33: list[Case] = [
    (
        """Subject: Confirmación de datos / Data check – Declaración de impuestos 2025
From: Servicios Contables La Estrella <citas@laestrellataxes.com>
To: Rosalba Quintero

Buenas tardes, Sra. Quintero:

Gracias por visitarnos el sábado. Antes de enviar su declaración electrónicamente al IRS,
por favor revise los datos de abajo y contéstenos "CORRECTO" o díganos qué debemos cambiar.
(Please review the details below before we e-file. Reply CORRECTO or tell us what to fix.)

Contribuyente / Taxpayer: Rosalba Quintero Mejía
Número de Seguro Social: 635-56-2768
Cónyuge / Spouse: Efraín Quintero Salas
ITIN del cónyuge / Spouse ITIN: 923-98-1799 (renovado en 2024)
Estado civil / Filing status: Casados, declaración conjunta (Married filing jointly)
Dependientes: Yareli Quintero (12), Santiago Quintero (9)

Depósito directo del reembolso / Refund by direct deposit
Banco: Valle Central Federal Credit Union
Número de ruta / Routing number: 115726279
Número de cuenta de cheques / Checking account: 658614577318

Reembolso federal estimado: $3,412.00
Reembolso estatal estimado: $287.00

Si el número de cuenta no es correcto, el banco puede rechazar el depósito y el IRS le
mandará un cheque por correo, lo cual tarda de 6 a 8 semanas más.

Saludos cordiales,
Maricela Ortega, EA
Servicios Contables La Estrella
(559) 555-0147""",
        [
            ("US_SSN", "635-56-2768"),
            ("US_ITIN", "923-98-1799"),
            ("ABA_ROUTING_NUMBER", "115726279"),
            ("US_BANK_NUMBER", "658614577318"),
        ],
    ),
    (
        """Subject: Báo cáo cộng đồng quý 3 / Community report Q3 – Chương trình sức khỏe gan
From: Hội Tương Trợ Người Việt Vùng Vịnh

Kính gửi quý hội viên và nhà tài trợ,

Trong quý 3, Hội Tương Trợ Người Việt Vùng Vịnh đã tổ chức 6 buổi xét nghiệm viêm gan B
miễn phí tại các chùa, nhà thờ và chợ Việt trong vùng.

Kết quả tổng hợp (không có tên cá nhân):
- Số người được xét nghiệm: 412
- Tỷ lệ dương tính với HBsAg: 8,7% (36 người)
- Số người được giới thiệu tới bác sĩ chuyên khoa gan: 31
- Số người được chích ngừa viêm gan B mũi 1: 118

English summary: 412 people were screened at 6 free events; 8.7% tested HBsAg positive and
were referred to follow-up care. No individual results are shared in this report.

Mọi kết quả cá nhân chỉ được gửi trực tiếp tới từng người qua thư bảo mật.

Buổi xét nghiệm tiếp theo: Chủ nhật 19/10, 9 giờ sáng – 1 giờ chiều, hội trường chùa
Phước Huệ, 1820 đường Story, San Jose. Mã đăng ký sự kiện: HBV-Q4-07.

Xin cảm ơn các tình nguyện viên và Quỹ Sức Khỏe Cộng Đồng Santa Clara đã tài trợ.

Trân trọng,
Ban Điều Hành""",
        [],
    ),
    (
        """Subject: 转发：李阿姨的老人公寓申请资料 (WeChat)
From: 周敏 Zhou Min <zhoumin.volunteer@chinatownneighbors.org>
To: intake@goldenmaplesenior.org

Hi Ms. Rivera,

Below is the WeChat message from Mrs. Li's daughter, with my English notes. She asked me
to forward it because her mother does not use email.

---- 微信转发 ----
林小姐：周老师您好，我妈妈的资料如下，麻烦帮忙填老人公寓的申请表：
姓名：李秀英
出生日期：１９４７年３月２日
社会安全号码：７２８－５６－３５１７
护照号码：Ｅ６０９７４６２４（中国护照，绿卡在办理延期）
月收入：SSI ９４３元
她有糖尿病，每天早晚打两次胰岛素，所以最好住一楼，
离药房近一点。谢谢！
---- 转发结束 ----

English notes: Applicant Li Xiuying, DOB 03/02/1947. SSN and Chinese passport number as
above (her daughter typed them with full-width numbers). Monthly income SSI $943. She is
diabetic and on insulin twice a day; the family asks for a ground-floor unit near the
pharmacy.

I can bring her signed form on Thursday.

周敏 Zhou Min
Volunteer, Chinatown Neighbors Association""",
        [
            ("US_SSN", "７２８－５６－３５１７"),
            ("US_PASSPORT", "Ｅ６０９７４６２４"),
            ("health", ""),
        ],
    ),
    (
        """Subject: 주일 주보 / Sunday Bulletin – 은혜한인장로교회 10월 12일
From: 은혜한인장로교회 사무실 <office@gracekpc.org>

은혜한인장로교회 Grace Korean Presbyterian Church
주일 예배: 1부 9:00 AM (한국어), 2부 11:30 AM (English Ministry)

■ 새가족 환영 (Welcome New Members)
지난주 등록하신 최동현·윤서영 성도 가정을 환영합니다.
두 자녀 하람, 하윤이와 함께 우리 교회 가족이 되셨습니다.

■ 세례식 (Baptism)
다음 주일 2부 예배 중 한지우 형제, 정민지 자매가
세례를 받습니다.
Ji-woo Han and Min-ji Jeong will be baptized next Sunday during the 11:30 service.

■ 기도 제목 (Prayer Requests)
- 권순자 권사님께서 지난 화요일 고관절 수술을 받으셨습니다.
  빠른 회복을 위해 기도해 주세요.
  (Soon-ja Kwon had hip surgery on Tuesday; please pray for her recovery.)
- 캘리포니아 산불 피해 지역과 이재민들을 위해

■ 광고
- 한국학교 가을학기 등록: 10월 26일까지 (교육관 201호)
- 주차장 공사로 다음 주는 길 건너 Lincoln 초등학교
  주차장을 이용해 주세요.

담임목사 이성훈""",
        [("religious_belief", ""), ("health", "")],
    ),
    (
        """Subject: Padala Pasko promo! Libreng fee hanggang Disyembre 15
From: Bayanihan Express Padala <hello@bayanihanexpress.com>

Magandang araw, Kabayan!

Salamat sa patuloy ninyong pagtitiwala sa Bayanihan Express Padala. Ngayong Pasko, wala
kayong babayarang transfer fee sa lahat ng padala papuntang BDO, BPI, Metrobank, GCash at
Cebuana pickup, basta gamitin ang promo code na PASKO25 sa app o sa counter.

Ang huling padala ninyo:
  Reference no.: BEP-2025-118374
  Tumanggap: GCash wallet na nagtatapos sa ••••5521
  Halaga: $300.00 = ₱17,214.00
  Status: Nakuha na (Claimed)

Palitan ngayong linggo / This week's rate: $1 = ₱57.38

Paalala: Hindi kailanman hihingin ng Bayanihan Express ang inyong PIN, password o
one-time code sa telepono, text o email. Kung may tumawag na nagpapakilalang
taga-Bayanihan at humihingi nito, ibaba agad ang telepono at tawagan kami sa
(206) 555-0163.

Maligayang Pasko sa inyong pamilya!
Bayanihan Express Padala – Seattle, WA
Para hindi na makatanggap ng promo, i-click ang unsubscribe.""",
        [],
    ),
    (
        """Subject: Nòt navigatè / Navigator note – Manoucheka D., aplikasyon MassHealth
From: Lakay Sante Community Health Navigators
To: eligibility@lakaysante.org

Nòt entèprèt / Interpreter note: Entrevi a te fèt an Kreyòl ak yon entèprèt nan telefòn
(ID entèprèt 40217). Kliyan an te konprann tout kesyon yo.

Non / Name: Manoucheka Dorvil
Dat nesans / DOB: 14/06/1996
Nimewo Sekirite Sosyal / SSN: 377-79-7150
Adrès: 88 Ashmont St, Apt 3, Dorchester MA

Rezime / Summary:
Madanm Dorvil ansent 19 semèn. Li pa t gen asirans depi li te kite travay li nan lopital la
an jiyè, kidonk li poko fè okenn vizit swen prenatal depi premye tès gwosès la. Nou aplike
pou MassHealth pou fanm ansent jodi a, epi nou pran yon randevou pou li nan klinik
prenatal la nan Codman Square pou 3 novanm.

She is 19 weeks pregnant with no prenatal visit since her first pregnancy test; we applied
for MassHealth pregnancy coverage today and booked a prenatal intake for Nov 3.

Dokiman ki manke / Missing: prèv revni (2 dènye fich pè).

Guerline Joseph
Navigatè Sante / Health Navigator
(617) 555-0129""",
        [("US_SSN", "377-79-7150"), ("health", "")],
    ),
    (
        """Subject: إيصال تجديد العضوية العائلية / Family Membership Renewal Receipt 2026
From: Pine Valley Islamic Center <office@pinevalleyic.org>

المركز الإسلامي في وادي الصنوبر
Pine Valley Islamic Center

الأخ طارق الحسيني المحترم،
السلام عليكم ورحمة الله وبركاته،

نشكركم على تجديد العضوية العائلية في المركز لعام 2026. عضويتكم تدعم صلاة الجمعة،
ومدرسة نهاية الأسبوع، وبرنامج بنك الطعام.

Dear Br. Tarek Al-Husseini,
JazakAllahu khairan for renewing your family membership for 2026.

تفاصيل الإيصال / Receipt details
الأعضاء / Members: طارق الحسيني، رنا الحسيني، يوسف (١٤)، ليان (١٠)
نوع العضوية / Type: عائلية (Family) – مع حق التصويت في الجمعية العمومية
المبلغ / Amount: $360.00
طريقة الدفع / Paid by: بطاقة فيزا تنتهي بالأرقام 7221
رقم الإيصال / Receipt no.: PVIC-26-0418

تُعقد الجمعية العمومية السنوية يوم السبت 17 يناير بعد صلاة العشاء.
The annual general assembly is Saturday, January 17, after Isha prayer.

مكتب المركز / Center Office""",
        [("religious_belief", ""), ("CREDIT_CARD_LAST_DIGITS", "7221")],
    ),
    (
        """Subject: Dukumentiyadaada cusub / Your new documents – Xaliimo Cabdi
From: Twin Cities Refugee Partners <casemgmt@tcrefugeepartners.org>
To: Xaliimo Cabdi Warsame

Xaliimo, subax wanaagsan,

Waxaan kuu soo diraynaa macluumaadka dukumentiyadaada cusub si aad ugu isticmaasho
codsiga guriga (housing application) iyo shaqada. Fadlan ha u dirin qof kale.

Magaca: Xaliimo Cabdi Warsame
Lambarka Sooshal Sikyuuritiga (SSN): 424-76-2410
Kaarka Aqoonsiga Gobolka Minnesota (State ID): C429480087654
  – la bixiyay 09/22/2025, wuxuu dhacayaa 09/2029

Kaarka asalka ah (original card) ku hay meel ammaan ah, ha ku qaadan boorsadaada maalin
walba. Codsiga guriga waxaan buuxin doonnaa Khamiista soo socota 2:00 galabnimo.

English: Xaliimo, these are your SSN and new Minnesota state ID numbers for the housing
application we will complete Thursday at 2:00. Please keep the original cards at home.

Mahadsanid,
Cabdirisaaq Nuur
Case Manager / Maareeyaha Kiiska
(612) 555-0184""",
        [("US_SSN", "424-76-2410"), ("US_STATE_ID", "C429480087654")],
    ),
    (
        """Subject: Решение по вашей заявке на автокредит / Auto loan decision
From: Славянская кредитная кооперация «Надежда» (Nadezhda Slavic FCU)
To: Виталий Сергеевич Гончар

Уважаемый Виталий Сергеевич,

Спасибо за заявку на автокредит от 3 ноября. К сожалению, мы не можем одобрить кредит на
сумму $18,500 на условиях, которые вы запросили. Ниже причины из вашего кредитного
отчёта (Equifax), которые повлияли на решение.

Ваш кредитный рейтинг (FICO): 647
Дата отчёта: 04.11.2025

Отрицательные записи в отчёте / Adverse items:
• Просрочка платежа 60 дней — Discover, октябрь 2024
• Передано в коллекторское агентство — Northgate Recovery, $1,240

Вы можете получить бесплатную копию отчёта в течение 60 дней на annualcreditreport.com.
Мы готовы рассмотреть кредит на меньшую сумму ($12,000) с поручителем. Позвоните
Ольге Ткач по телефону (916) 555-0138, она говорит по-русски и по-украински.

С уважением,
Отдел кредитования / Lending Department""",
        [
            ("CREDIT_SCORE", "647"),
            ("CREDIT_REPORT", "Просрочка платежа 60 дней — Discover, октябрь 2024"),
            ("CREDIT_REPORT", "Передано в коллекторское агентство — Northgate Recovery, $1,240"),
        ],
    ),
    (
        """Subject: Інформаційна зустріч: re-parole та EAD для учасників U4U
From: Ukrainian Community Center of the Rockies <info@uccrockies.org>

Шановні учасники програми Uniting for Ukraine!

Запрошуємо на безкоштовну інформаційну зустріч щодо подання заяви на повторний
гуманітарний пароль (re-parole) та дозвіл на роботу (EAD).

Коли: субота, 15 листопада, 11:00
Де: зала громадського центру, 2231 W 38th Ave, Denver (вхід з боку парковки)

Що взяти з собою (копії, не оригінали):
- закордонний паспорт України
- I-94
- попередню картку EAD (якщо є)

Ми разом пройдемо зразок форми. У зразку всі дані вигадані:
  Прізвище, ім'я: ПЕТРЕНКО Олена
  Номер паспорта: ________
  Номер соціального страхування (SSN): ___-__-____

Важливо: не надсилайте нам фото паспорта чи номери документів електронною поштою.
Please do not email us photos or numbers of your documents; bring copies to the session.

Консультації проводять волонтери-юристи українською, російською та англійською.

Волонтерський юридичний комітет""",
        [],
    ),
    (
        """Subject: የክርስትና ቀጠሮ ማረጋገጫ / Baptism (Kiristina) confirmation – baby Mahlet
From: Debre Selam Kidist Mariam Ethiopian Orthodox Tewahedo Church
To: Dawit Teshome, Hiwot Bekele

ለአቶ ዳዊት ተሾመ እና ለወ/ሮ ሕይወት በቀለ

ሰላም ለእናንተ ይሁን።

የልጃችሁ የማኅሌት ዳዊት የክርስትና ሥነ ሥርዓት ቀጠሮ እንደሚከተለው ተይዟል፦
ቀን: ቅዳሜ ኅዳር 6 (November 15)
ሰዓት: ከጠዋቱ 2:00 (8:00 AM) – ከቅዳሴ በፊት
የክርስትና ስም: ወለተ ማርያም
የክርስትና አባት / Godfather: አቶ ሰለሞን ገብሩ

እባካችሁ ለሕፃኗ ነጭ ልብስ፣ ለእናንተ ደግሞ ነጠላ ይዛችሁ ኑ። ከክርስትና በኋላ ሕፃኗ ቅዱስ ቁርባን
ትቀበላለች።

English: Mahlet's baptism is set for Saturday, November 15 at 8:00 AM, before the Divine
Liturgy. Her baptismal name will be Welete Mariam; her godfather is Ato Solomon Gebru.
Please bring white clothing for her and a netela. She will receive Holy Communion after
the baptism.

የቤተ ክርስቲያኑ ጽሕፈት ቤት / Church Office
(202) 555-0152""",
        [("religious_belief", "")],
    ),
    (
        """Subject: Niam Tswb cov tshuaj thiab kev kuaj ntshav / Your mother's medicines and labs
From: Hmong Health Bridge – Kev Noj Qab Haus Huv <navigators@hmonghealthbridge.org>
To: Tub Yaj

Nyob zoo Tub,

Kuv yog Maiv Lis, tus neeg pab txhais lus thiab coj kev (health navigator) ntawm Hmong
Health Bridge. Koj niam, Niam Tswb, tau mus ntsib kws kho mob hnub Tuesday. Nws tau kos
npe tso cai (signed release) kom kuv qhia rau koj li no:

- Nws cov ntshav qab zib (A1C) yog 9.2 – siab dhau lawm.
- Kws kho mob ntxiv tshuaj metformin mus rau 1000 mg, noj ob zaug ib hnub thaum noj mov.
- Nws cov ntshav siab (blood pressure) kuj siab thiab, yuav pib noj tshuaj lisinopril.
- Lub hli tom ntej yuav mus kuaj qhov muag rau cov neeg mob ntshav qab zib
  (diabetic eye exam).

English summary for your records: your mother's A1C was 9.2; metformin was increased to
1000 mg twice daily and lisinopril was started for blood pressure. Eye exam next month.

Thov pab nco ntsoov kom nws noj tshuaj txhua hnub. Yog muaj lus nug, hu rau kuv.

Maiv Lis
(651) 555-0176""",
        [("health", "")],
    ),
    (
        """Subject: Temporada de impuestos 2026 – Lista de documentos / Tax season checklist
From: Servicios Contables La Estrella <citas@laestrellataxes.com>

¡Ya abrimos citas para la temporada de impuestos! / Appointments are now open.

Traiga a su cita / Bring to your appointment:
[ ] Tarjeta de Seguro Social o carta del ITIN de cada persona en la declaración
    (Social Security card or ITIN letter for everyone on the return)
[ ] Identificación con foto (licencia, pasaporte o matrícula consular)
[ ] Formularios W-2, 1099-NEC, 1099-K
[ ] Carta del IRS con su IP PIN, si la recibió (no nos mande el PIN por correo)
[ ] Un cheque anulado o carta del banco para el depósito directo

Hoja de datos (llénela en casa y tráigala):
Nombre: ______________________
Número de Seguro Social o ITIN: ___-__-____
Número de ruta: _________   Número de cuenta: ______________
¿Tuvo seguro médico todo el año? Sí [ ]  No [ ]

Precios: declaración sencilla desde $95. Aceptamos efectivo, tarjeta y Zelle.
Citas: (559) 555-0147 · Abrimos los sábados de 9 a 3.

Servicios Contables La Estrella – Fresno, CA""",
        [],
    ),
    (
        """Subject: Cotação de seguro de carro / Auto insurance quote – dados do motorista
From: Seguros Bandeirante Insurance Agency – Framingham, MA
To: Welington Alves Ferreira

Olá, Sr. Welington, tudo bem?

Conforme conversamos pelo WhatsApp, preparei a cotação do seguro do seu Honda Civic 2019.
Para conseguir o desconto de experiência de direção, a seguradora aceitou a sua
habilitação brasileira. Confira os dados abaixo antes de eu fechar a apólice:

Motorista principal: Welington Alves Ferreira
Carteira de motorista de Massachusetts nº S43114511, emitida em 03/2024
CNH brasileira (Carteira Nacional de Habilitação) nº 38092755943, categoria B,
  primeira habilitação em 2009
Endereço de garagem: 41 Waverly St, Apt 2, Framingham MA

Prêmio semestral: $1,186.00 (com desconto de débito automático: $1,124.00)

Se estiver tudo certo, me responda "OK" e eu mando o link para assinatura eletrônica.

Abraço,
Dona Cida Prates
Seguros Bandeirante – (508) 555-0191""",
        [("US_DRIVER_LICENSE", "S43114511"), ("US_DRIVER_LICENSE", "38092755943")],
    ),
    (
        """Subject: Resumen de admisión / Intake summary – Reclamo de salarios, Teodoro Ramírez
From: Centro de Trabajadores Unidos – Clínica Legal
To: Lic. Sarah Brenner (abogada voluntaria)

Licenciada Brenner:

Le paso el resumen de la entrevista de ayer con Don Teodoro Ramírez Cruz (en español, sin
intérprete).

- Trabajó en Empacadora Sierra Azul de marzo 2023 a agosto 2025 en la línea de
  refrigeración. Dice que no le pagaban horas extras después de las 40 horas.
- Es miembro del sindicato UFCW Local 2089 desde enero 2024 y le descuentan la cuota
  sindical cada quincena (trae los talones de cheque). El delegado sindical ya presentó
  una queja (grievance) pero no ha habido respuesta.
- Nos contó que lo arrestaron en 2022 por manejar bajo la influencia; se declaró culpable
  de un delito menor y terminó su libertad condicional en junio. Le preocupa que la
  empresa use eso en su contra. Le expliqué que no tiene que ver con el reclamo de
  salarios.

Cronología que nos dio (con sus palabras, resumida):
- Marzo 2023: entra por una agencia de empleo temporal, $17.50 la hora. A los seis meses
  la empacadora lo contrata directo, $18.25 la hora.
- Temporada alta (mayo a septiembre): turnos de 10 a 11 horas, seis días por semana. Los
  talones muestran 40 horas exactas cada semana aunque él marcaba más en el reloj.
- El supervisor, "Don Chuy", les decía que las horas de más se pagaban "en el bono de
  fin de temporada", pero el bono de 2024 fue de $300 en efectivo.
- Julio 2025: él y otros tres compañeros reclamaron en la junta de seguridad por el
  frío y la falta de descansos. Dos semanas después le cambiaron al turno de noche.
- Agosto 2025: lo despiden por "no cumplir con la producción". Él cree que fue por el
  reclamo y por la queja del sindicato.

Cálculo preliminar (lo revisamos con los talones): unas 9 horas extra por semana
durante 20 semanas de temporada alta en 2023, 2024 y 2025, más o menos $7,400 sin
contar penalidades.

Otros trabajadores: nos dio el nombre de dos compañeros, Ulises y Magdalena, que
también están dispuestos a hablar con nosotros. Les llamo esta semana.

Documentos: 14 talones de cheque, mensajes de WhatsApp del supervisor, carta de despido,
fotos del reloj checador con sus horas de entrada y salida.

Idioma y contacto: prefiere llamadas después de las 5 p. m. o mensajes de voz por
WhatsApp; lee poco, así que mejor no mandarle cartas largas.

Próximo paso: cita con usted el martes 18 de noviembre a las 10:00.

Rocío Avendaño
Coordinadora de Admisión""",
        [("trade_union_membership", ""), ("criminal_history", "")],
    ),
    (
        """Subject: 免费乙肝筛查及疫苗 / Free Hepatitis B screening & vaccine – 12月6日
From: 华埠邻里协会 Chinatown Neighbors Association

各位街坊：

亚裔美国人中大约每 12 人就有 1 人感染乙肝，但很多人自己并不知道。
本会联合社区诊所举办免费乙肝筛查和疫苗接种活动，欢迎 18 岁以上
人士参加，不需要医疗保险，也不问移民身份。

日期：12 月 6 日（星期六）上午 9 点至下午 1 点
地点：本会二楼活动室（Grant Ave 入口）
语言：普通话、粤语、台山话、英语

检测结果会在两周内由护士单独打电话通知本人，不会在任何公开场合公布。

报名电话：(415) 555-0134（周一至周五）

English: Free hepatitis B screening and vaccination, Saturday Dec 6, 9am–1pm, second
floor (Grant Ave entrance). No insurance needed. Results are given privately by phone.

华埠邻里协会 敬启""",
        [],
    ),
    (
        """Subject: FW: pago del envío a Honduras – Sra. Dilcia
From: Envíos Rápidos Catracho – Mostrador
To: Mauricio Zelaya (gerencia)

Don Mauricio, la señora Dilcia Bonilla mandó esto por WhatsApp para pagar el envío de
mañana con tarjeta, porque no puede venir a la tienda. Lo copio aquí para que usted lo
procese en la terminal; yo todavía no tengo acceso.

---- mensaje de la clienta ----
Buenas, soy Dilcia Bonilla, cliente de siempre. Quiero mandar 250 dólares a mi mamá
Argentina Bonilla en Choluteca, para retirar en Banco Atlántida. Pago con mi tarjeta:
4504 9214 2165 7685
vence 09/28, el código de atrás es 382
A nombre de Dilcia M Bonilla. Muchas gracias.
---- fin ----

Total a cobrar: $250.00 + cargo $6.99 = $256.99
Número de envío asignado: ERC-55107

Por favor avíseme cuando lo pase para confirmarle a ella.
Yesenia""",
        [("CREDIT_CARD", "4504 9214 2165 7685"), ("CVV", "382")],
    ),
    (
        """Subject: Cập nhật khoản vay mua xe / Auto loan update – Điểm tín dụng đã tăng
From: Little Saigon Community Credit Union <loans@lscommunitycu.org>
To: Phạm Quốc Bảo

Chào anh Phạm Quốc Bảo,

Chúc mừng anh! Sau 18 tháng trả góp đúng hạn khoản vay mua xe, anh đủ điều kiện để xin
giảm lãi suất (refinance) xuống 6,49%.

Điểm tín dụng của anh / Your credit score:
- Lúc mở khoản vay (tháng 5/2024): 614
- Hiện tại (tháng 11/2025): 691

Số dư còn lại: $11.842,60
Khoản trả hàng tháng sau khi giảm lãi: khoảng $298 (hiện tại $336).

Nếu anh muốn tiếp tục, xin gọi chị Ngọc Trâm ở số (714) 555-0122 hoặc ghé chi nhánh
đường Bolsa. Anh không cần làm đơn mới.

Thân mến,
Phòng Cho Vay / Lending Department""",
        [("CREDIT_SCORE", "614"), ("CREDIT_SCORE", "691")],
    ),
    (
        """Subject: 주보 / Weekly Bulletin – 새소망교회 New Hope Church, 11월 23일
From: 새소망교회 사무실 <office@newhopekc.org>

새소망교회 New Hope Church of Kansas City

■ 예배 안내
주일 1부 8:30 / 2부 11:00 (한국어), 청년부 1:30 PM (English)
수요 예배 7:30 PM, 새벽 기도 월–토 6:00 AM

■ 세례·입교 교육 (Baptism class)
성탄절 세례식을 위한 교육이 12월 첫째 주부터 4주간 있습니다.
세례를 원하시는 분은 교회 사무실에 신청해 주세요.
Anyone wishing to be baptized at Christmas may sign up at the office.

■ 추수감사절 연합예배: 11월 27일(목) 오전 10시, 본당

■ 김장 나눔: 12월 6일(토) 교회 주차장 – 이웃 누구나 환영
(Kimchi-making day, open to all neighbors)

■ 교회 뒤편 주차장 게이트 번호가 6356#으로 바뀌었습니다.

■ 온라인 헌금: 교회 웹사이트 또는 Zelle (offering@newhopekc.org)

담임목사 배준호""",
        [],
    ),
    (
        """Subject: 租屋申請資料 – 2B 單位 / Rental application for screening
From: 林太太 Lin Family Properties <linfamilyproperties@gmail.com>
To: BayCheck Tenant Screening

Hi Jennifer,

Please run the usual screening for the applicant below (unit 2B, 1840 Maple Ave,
Sunnyvale). His message to me is pasted underneath in Chinese; the numbers are what you
need.

---- 申請人來信 ----
林太太您好，

謝謝您上週帶我看 2B 的房子，我和太太都很喜歡。以下是您要的申請資料：

申請人：陳家豪 (Chen Chia-Hao)
中華民國護照號碼：515190397
加州駕照號碼：H5704507
雇主：Orchard Semiconductor，年薪 $148,000
現住址：3320 Homestead Rd #14, Santa Clara

另一位住戶：太太 黃怡君（目前 H-4 身分，沒有駕照）

押金兩個月的房租，我們可以下週一簽約時用本票付。謝謝！
家豪
---- 來信結束 ----

Thanks,
Mei-Ling Lin""",
        [("US_PASSPORT", "515190397"), ("US_DRIVER_LICENSE", "H5704507")],
    ),
    (
        """Subject: 2025년 소득세 신고 확인 요청 / Please confirm your tax return details
From: 한미 세무회계 Hanmi Tax & Accounting <info@hanmitax.com>
To: 김정훈 사장님

김정훈 사장님께,

안녕하세요. 2025년 개인 소득세 신고서 작성을 마쳤습니다.
전자 신고(e-file) 전에 아래 정보를 확인해 주시고, 이상이 없으면
"확인"이라고 답장 부탁드립니다.

납세자 / Taxpayer: 김정훈 (Jung Hoon Kim)
사회보장번호 (SSN): 342-03-4361
배우자 / Spouse: 이수진 (Su Jin Lee) – 별도 신고 (Married filing separately)
사업체 / Business: JH Dry Cleaners (Schedule C)

환급금 입금 계좌 / Refund direct deposit
은행: Pacific Hanmi Bank
라우팅 번호 / Routing: 097583912
계좌번호 / Account: 48845377473

연방 환급 예상액: $1,906
주 세금 납부액: $412 (4월 15일까지 납부)

감사합니다.
박은영 CPA 드림
(213) 555-0115""",
        [
            ("US_SSN", "342-03-4361"),
            ("ABA_ROUTING_NUMBER", "097583912"),
            ("US_BANK_NUMBER", "48845377473"),
        ],
    ),
    (
        """Subject: Ede fanmi ki pèdi kay yo nan inondasyon an / Flood relief appeal
From: Konbit Solidarite Haitian Community Fund <don@konbitsolidarite.org>

Chè zanmi,

Lapli ki tonbe nan Nò a semèn pase a lave plis pase 300 kay nan zòn Limonade ak
Trou-du-Nord. Anpil fanmi pa gen dlo pwòp, e kolera ap menase ankò.

Imajine yon manman nou ka rele "Madan Jozèf": li pèdi kay li ak tout jaden li, e de nan
pitit li yo tonbe malad ak dyare nan sant refij la. (Istwa sa a se yon konpozisyon
plizyè fanmi nou ede – non an ak detay yo chanje pou pwoteje yo.)

This is a composite story drawn from several families we serve; names and details are
changed.

Ak don ou:
- $25 bay yon fanmi tablèt pou trete dlo pou yon mwa
- $60 bay yon kit ijyèn ak sewòm oral
- $150 ede rebati yon twati

Bay kounye a: konbitsolidarite.org/inondasyon
Konbit Solidarite se yon òganizasyon 501(c)(3); EIN 47-3018265.

Mèsi pou solidarite w!
Komite Konbit Solidarite – Boston""",
        [],
    ),
    (
        """Subject: Welcome sa unyon, Ate Marites! / Your union card is in
From: United Home Care Workers Local 5214 <organize@uhcw5214.org>
To: Marites Bautista

Hi Ate Marites,

Natanggap na namin ang pinirmahan mong union authorization card noong Sabado sa Filipino
Community Center. Opisyal ka nang miyembro ng United Home Care Workers Local 5214 simula
Nobyembre 1!

Ano ang susunod / What happens next:
- Magsisimula ang dues deduction (1.5% ng sahod) sa paycheck mo sa Disyembre 5.
- Makakatanggap ka ng member ID card sa koreo sa loob ng 3 linggo.
- Ikaw na rin ang bagong contact namin para sa mga caregiver sa Daly City na nagsasalita
  ng Ilocano – salamat sa pagtulong!

Kung may problema ka sa sahod o schedule sa agency, i-text mo lang ako.

Salamat, Kabayan!
Jojo Manalastas
Member Organizer, Local 5214
(650) 555-0193""",
        [("trade_union_membership", "")],
    ),
    (
        """Subject: Lèt manm legliz / Church membership letter – Sè Yolette Pierre-Louis
From: Legliz Batis Evanjelik Bethel – Brooklyn <sekretarya@bethelbrooklyn.org>
To: Yolette Pierre-Louis

Sè Yolette, men lèt ou te mande a pou dosye konsila a. Nou voye l an Kreyòl ak an Anglè.
Orijinal la, siyen ak so legliz la, ap tann ou nan biwo a dimanch.

---
A kiyès sa ka konsène / To whom it may concern:

Mwen, Pastè Wilner Étienne, sètifye ke Sè Yolette Pierre-Louis se yon manm fidèl Legliz
Batis Evanjelik Bethel depi 2011. Li te resevwa batèm nan dlo an 2012, li chante nan
koral la, e li se youn nan monitè lekòl dimanch pou timoun yo.

I certify that Sister Yolette Pierre-Louis has been a faithful member of Bethel
Evangelical Baptist Church since 2011, was baptized in 2012, sings in the choir and
teaches Sunday school.

Pastè Wilner Étienne
Legliz Batis Evanjelik Bethel
1404 Nostrand Ave, Brooklyn NY · (718) 555-0168
---

Benediksyon,
Sekretarya legliz la""",
        [("religious_belief", "")],
    ),
    (
        """Subject: برنامج شهر رمضان المبارك / Ramadan 2027 program & volunteer sign-up
From: Pine Valley Islamic Center <office@pinevalleyic.org>

السلام عليكم ورحمة الله وبركاته،

يسرّ المركز الإسلامي في وادي الصنوبر أن يعلن برنامج شهر رمضان المبارك لعام ١٤٤٨ هـ:

- صلاة التراويح: كل ليلة بعد صلاة العشاء، ٨ ركعات، مع قراءة جزء يومياً
- الإفطار الجماعي: كل يوم جمعة وسبت في القاعة الكبرى – الجميع مرحَّب بهم
- دروس باللغة الإنجليزية للشباب بعد التراويح يوم الأربعاء
- زكاة الفطر: $15 عن كل فرد، تُدفع قبل صلاة العيد

Everyone is welcome at our community iftars on Fridays and Saturdays. We need volunteers
for set-up (4:30 pm) and clean-up; sign up at the front desk or on our website.

موقف السيارات الإضافي: مدرسة Lakeview المجاورة، من الساعة 7 مساءً.

تقبّل الله منّا ومنكم،
الإمام يوسف عبد الله
ومكتب المركز / Center Office""",
        [],
    ),
    (
        """Subject: قائمة الأدوية بعد الزيارة / After-visit medication list – Mr. Ibrahim Khalil
From: Riverside Refugee Health Clinic <care@riversiderefugeehealth.org>
To: أحمد خليل (ابن المريض / patient's son)

مرحباً أحمد،

بناءً على طلب والدك السيد إبراهيم خليل وموافقته الموقّعة، نرسل لك قائمة الأدوية بعد
زيارة اليوم. تمت الزيارة بحضور مترجم عربي (لهجة عراقية).

الأدوية / Medications:
1. ميتفورمين (Metformin) 500 ملغ – حبة مرتين يومياً مع الطعام – للسكري
2. أملوديبين (Amlodipine) 5 ملغ – حبة واحدة صباحاً – لضغط الدم
3. أتورفاستاتين (Atorvastatin) 20 ملغ – حبة مساءً – للكوليسترول

ملاحظة الطبيبة / Doctor's note: Mr. Ibrahim Khalil has type 2 diabetes and
hypertension. A1C today 8.1%. Please bring his glucose log to the next visit on
December 2.

موعد فحص العيون: 18 نوفمبر، الساعة 9:30 صباحاً.

مع التحية،
فريق العيادة / Clinic team""",
        [("health", "")],
    ),
    (
        """Subject: Xaqiijinta aqoonsiga / ID record for your transfer to Hargeysa
From: Hiiraan Star Money Transfer – Minneapolis <compliance@hiiraanstar.com>
To: Maxamed Cali Jaamac

Mudane Maxamed Cali Jaamac, asc,

Lacagta aad u dirtay Hargeysa ($3,200) waxay dhaaftay xadka $3,000, sidaas darteed
sharciga federaalka (Bank Secrecy Act) wuxuu na farayaa inaan diiwaan gelinno
aqoonsigaaga. Waxaan diiwaanka ku qornay:

Nooca aqoonsiga: Laysinka darawalnimada Minnesota (Minnesota driver's license)
Lambarka laysinka: R195357835388
Taariikhda uu dhacayo: 04/2028
Lambarka macaamilka (transaction no.): HS-7741-209

Lacagta waxay diyaar u tahay in laga qaado xafiiska Hargeysa berri subax.
The transfer is ready for pickup at our Hargeisa office tomorrow morning.

Haddii aad qabto su'aal, nala soo xiriir (612) 555-0107.

Hiiraan Star Money Transfer""",
        [("US_DRIVER_LICENSE", "R195357835388")],
    ),
    (
        """Subject: Fasalka Ingiriisiga – jadwalka jiilaalka / ESL winter schedule
From: Safari Adult Learning Center <classes@safarilearning.org>

Ardayda sharafta leh,

Fasallada Ingiriisiga ee xilliga jiilaalka waxay bilaabanayaan 5 Janaayo.

Heerka 1 (bilowga): Isniin & Arbaco, 9:30 – 11:30 subaxnimo
Heerka 2: Talaado & Khamiis, 9:30 – 11:30 subaxnimo
Heerka 3 & diyaarinta GED: Isniin – Khamiis, 6:00 – 8:00 fiidnimo
Fasalka dhalashada (citizenship class): Sabti, 10:00 – 12:00

Daryeelka carruurta (childcare) waa bilaash fasallada subaxda.

Fasallada fiidka, albaabka hore waa xiran yahay 6:00 kadib. Isticmaal albaabka dambe;
koodka albaabka waa 4365#.
Wi-Fi-ga ardayda: SafariGuest – furaha: maktabad2026

English: Winter ESL classes start January 5. Evening students use the back door after
6:00 (code above). Childcare is free for morning classes.

Mahadsanid,
Xafiiska Safari""",
        [],
    ),
    (
        """Subject: Отчёт для семьи / Family update – Денис, 60 дней в программе
From: Voskhod Recovery Services <coach@voskhodrecovery.org>
To: Анна Мельник

Здравствуйте, Анна!

Денис подписал согласие на передачу информации (release of information), поэтому я могу
рассказать вам, как у него дела после 60 дней в программе.

- Он принимает Субоксон (бупренорфин/налоксон) 8 мг ежедневно; доктор Гринберг продлил
  рецепт до 15 декабря.
- Все анализы мочи за последний месяц чистые.
- Денис ходит на группы по вторникам и четвергам и на собрания АН по выходным.
- В пятницу у него отчёт в суде по наркотикам (drug court) у судьи Моралес. Я передам
  судье письмо о его участии. Если всё пойдёт хорошо, его переведут на этап 2 и
  проверок у офицера пробации станет меньше.

Спасибо, что поддерживаете его. Если будут вопросы, пишите или звоните.

Сергей Бондаренко
Консультант по восстановлению / Peer Recovery Coach
(503) 555-0149""",
        [("health", ""), ("criminal_history", "")],
    ),
    (
        """Subject: Реєстрація парафіян та хрещення / Parish registration & baptism – родина Коваль
From: Парафія св. Володимира Великого (УГКЦ) <kancelaria@stvolodymyr.org>
To: Тарас і Оксана Коваль

Дорогі Тарасе і Оксано,

Вітаємо вашу родину в нашій парафії! Вашу реєстрацію як активних парафіян отримано.
Хрещення вашого сина Матвія відбудеться в неділю, 23 листопада, після Божественної
Літургії об 11:00. Хресні батьки: Андрій Савчук та Ірина Мельничук.

Ви також обрали щомісячну пожертву банківським списанням (ACH):
Сума: $40.00 щомісяця, 1-го числа
Банк: Heritage Ukrainian Federal Credit Union
Номер маршруту / Routing: 282201863
Номер рахунку / Account: 93477716280

Якщо ці дані неправильні, будь ласка, повідомте канцелярію до 28 листопада.

З молитвою,
о. Богдан Левицький, парох
Канцелярія: (773) 555-0131""",
        [
            ("religious_belief", ""),
            ("ABA_ROUTING_NUMBER", "282201863"),
            ("US_BANK_NUMBER", "93477716280"),
        ],
    ),
    (
        """Subject: የባንክ መግቢያ / Online banking login for payroll
From: Selam Ethiopian Restaurant & Market <selamrestaurant.dc@gmail.com>
To: Hanna Girma (bookkeeper)

ሰላም ሃና፣

ከሚቀጥለው ሳምንት ጀምሮ የሠራተኞችን ደሞዝ (payroll) አንቺ ትከፍያለሽ። የንግዱን ባንክ አካውንት
መግቢያ ከታች አስቀምጫለሁ። እባክሽ ከገባሽ በኋላ ፓስወርዱን ቀይሪው።

Bank: Capital Commerce Bank – Business Online
Username: selamrest_dc
የይለፍ ቃል / Password: Gondar2015$
የደህንነት ጥያቄ / Security question: "የመጀመሪያ መኪናህ ምን ነበር?" (What was your first car?)
መልስ / Answer: datsun90

የደሞዝ ቀን አርብ ነው። የሰዓት ወረቀቶቹን (timesheets) ሐሙስ እልክልሻለሁ።

አመሰግናለሁ፣
መሠረት አለሙ
Selam Ethiopian Restaurant & Market, Silver Spring MD""",
        [("PASSWORD", "Gondar2015$"), ("PASSWORD", "datsun90")],
    ),
    (
        """Subject: Бесплатный семинар: кредитная история в США / Free credit workshop
From: Nadezhda Slavic FCU – Финансовая грамотность <education@nadezhdafcu.org>

Дорогие члены кооперации!

Приглашаем на бесплатный семинар на русском языке «Кредитная история в США: с чего
начать». Семинар особенно полезен тем, кто недавно приехал из Украины, Молдовы и стран
Центральной Азии.

Когда: четверг, 4 декабря, 18:30
Где: конференц-зал отделения на Madison Ave (вход со стороны парковки)

Темы:
- что такое кредитный рейтинг (FICO) и почему он бывает от 300 до 850;
- как просрочка платежа или передача долга коллекторам влияет на рейтинг;
- как получить бесплатный кредитный отчёт раз в год.

Пример (условный, все данные вымышлены): у «Марии» рейтинг 620 и одна просрочка
30 дней. Разберём, что она может сделать, чтобы через год получить автокредит дешевле.

Регистрация: (916) 555-0138 или на сайте. Количество мест ограничено – 40 человек.

Отдел финансового просвещения""",
        [],
    ),
    (
        """Subject: Daim ntawv tuag / Death certificate worksheet – Yawg Tub Xeeb Vaj
From: Peaceful Garden Funeral Home – Hmong Funeral Services <office@peacefulgardenfh.com>
To: Tsev neeg Vaj (Vang family)

Nyob zoo tsev neeg Vaj,

Peb tu siab nrog nej. Thov nej nyeem cov ntaub ntawv hauv qab no rau daim ntawv tuag
(death certificate) ua ntej peb xa mus rau lub xeev hnub Friday.

Lub npe / Name: Tub Xeeb Vaj (Tou Xeng Vang)
Hnub yug / DOB: 03/15/1939, Xieng Khouang, Laos
Tus lej Social Security: 811-77-7849
Haiv neeg / Race: Asian – Hmong
Ua rau tuag / Cause of death: mob qog nqaij hauv siab (liver cancer), metastatic
  hepatocellular carcinoma
Qhov chaw tuag / Place of death: nyob tsev (at home), hospice care

Kev pam tuag / Funeral: 4 hnub, pib hnub Saturday hauv peb lub tsev loj. Txiv qeej thiab
kev qhuab ke (showing the way) yuav pib hmo Saturday. Raws li nej tsev neeg thov, tus
txiv neeb Nyiaj Pov Yaj yuav tuaj ua kev cai dab qhuas rau Yawg.

Sij hawm teem (schedule):
- Friday: peb xa daim ntawv tuag mus rau lub xeev (Fresno County Vital Records).
- Saturday 10:00 AM: tsev neeg tuaj hnav khaub ncaws rau Yawg; 4:00 PM: qhib qhov rooj
  rau cov qhua tuaj saib.
- Saturday hmo mus txog Monday: kev pam tuag, qeej thiab nruag, tsev neeg thiab cov kwv
  tij los pab ua mov.
- Tuesday 9:00 AM: coj Yawg mus faus ntawm Belmont Memorial Park.

Nqi (costs): tsev loj 4 hnub $6,800; lub hleb (casket) uas nej xaiv $2,450; tsheb
thauj $425. Tsev neeg twb them ua ntej (deposit) $3,000.

English for the younger family members: please check the name, date of birth, Social
Security number, race and cause of death above before Friday, when we file the death
certificate. The funeral runs four days from Saturday in our large hall; the family
asked for a txiv neeb to perform the traditional rites. Burial Tuesday at 9:00 AM.

Yog muaj dab tsi yuav tsum kho, hu rau Npis Lis (559) 555-0188.

Peaceful Garden Funeral Home, Fresno""",
        [
            ("US_SSN", "811-77-7849"),
            ("health", ""),
            ("racial_ethnic_origin", ""),
            ("religious_belief", ""),
        ],
    ),
    (
        """Subject: Seus resultados / Your results – consulta de PrEP
From: Clínica Comunitária Saúde Para Todos – Programa PrEP
To: Thiago Nascimento

Oi Thiago, tudo bem?

Os resultados dos exames da sua consulta de acompanhamento da PrEP (19/11) já saíram:

- HIV (teste de 4ª geração): não reagente (negativo)
- Sífilis (RPR): não reagente
- Creatinina / função renal: normal

Pode continuar tomando o Descovy, 1 comprimido por dia. A próxima receita de 90 dias já
foi enviada para a farmácia da Ferry Street.

Você perguntou se o seu namorado, o Rafael, também pode começar a PrEP aqui mesmo sem
seguro. Pode sim: temos o programa de assistência do fabricante. Peça para ele ligar
para a Lúcia, nossa navegadora que fala português, no (973) 555-0174.

Abraço,
Enf. Patrícia Gouveia
Clínica Comunitária Saúde Para Todos – Newark, NJ""",
        [("health", ""), ("sexual_orientation", "")],
    ),
    (
        """Subject: የገና በዓል አከባበር / Ethiopian Christmas (Genna) community celebration
From: Ethiopian Community Association of Greater Seattle <info@ecags.org>

ውድ የማኅበረሰባችን አባላት፣

የገና በዓልን (ታኅሣሥ 29 / January 7) በጋራ ለማክበር ሁላችሁንም በአክብሮት እንጋብዛለን።

ቀን: ቅዳሜ ጥር 3 (January 10), ከቀኑ 5:00 PM ጀምሮ
ቦታ: የማኅበሩ አዳራሽ, 8810 Rainier Ave S
ፕሮግራም: የባህል ምግብ፣ ቡና ሥነ ሥርዓት፣ የልጆች የገና ጨዋታ፣ የባህል ሙዚቃ

ሁሉም ሰው – የየትኛውም እምነት ወይም ብሔር ይሁን – እንኳን ደህና መጣችሁ።
Everyone is welcome, whatever their faith or background. Bring the whole family!

የመግቢያ ዋጋ: አዋቂ $15፣ ልጆች ከ12 ዓመት በታች በነፃ
በጎ ፈቃደኞች ያስፈልጉናል – ለምግብ ዝግጅት (ከ2:00 PM) እባክዎ በ(206) 555-0161 ይደውሉ።

መልካም በዓል!
የማኅበሩ ሥራ አስፈጻሚ ኮሚቴ""",
        [],
    ),
    (
        """Subject: Declaración del trabajador / Worker statement – golpe de calor
From: Proyecto de Justicia Agrícola del Valle
To: Daniel Okafor, investigador

Daniel:

Resumen de la entrevista con Efrén Hernández López, 34 años, realizada en español y
triqui con la ayuda de su primo Moisés como intérprete.

Efrén es triqui, de San Juan Copala, Oaxaca. Trabaja en la cosecha de uva en Rancho Los
Nogales desde 2021. El 8 de agosto, con una temperatura de 108 °F, se desmayó en el surco
después de 6 horas sin sombra ni descanso. Lo llevaron al hospital comunitario de
Delano, donde le diagnosticaron golpe de calor y daño renal agudo (rabdomiólisis);
estuvo internado 3 días y todavía va a control con el nefrólogo cada mes.

El mayordomo le dijo que si se quejaba "ya no iba a haber trabajo para él".

Pendiente: pedir su expediente médico con su firma; queja ante Cal/OSHA por falta de
sombra y agua.

Reyna Solís
Paralegal""",
        [("racial_ethnic_origin", ""), ("health", "")],
    ),
    (
        """Subject: ¡Gracias por su contribución! / Thank you for your contribution
From: Comité para Elegir a Marisol Ybarra – Concejo Municipal, Distrito 3
To: Arnulfo Cedillo Ruiz

Estimado Sr. Cedillo:

¡Muchas gracias por su contribución a nuestra campaña! Con su apoyo vamos a tocar 10,000
puertas en el Distrito 3 antes de las elecciones.

Recibo de contribución / Contribution receipt
Contribuyente: Arnulfo Cedillo Ruiz
Ocupación / Empleador: Dueño, Taller Mecánico Cedillo
Monto: $75.00
Fecha: 14/10/2025
Pagado con: Mastercard terminación 4519
Comité FPPC ID #1468203

Las contribuciones a candidatos no son deducibles de impuestos. La ley estatal nos exige
reportar el nombre, la ocupación y el empleador de quienes contribuyen $100 o más.

¡Sí se puede!
Marisol Ybarra y el equipo de campaña
Pagado por el Comité para Elegir a Marisol Ybarra 2025""",
        [("political_opinion", ""), ("CREDIT_CARD_LAST_DIGITS", "4519")],
    ),
    (
        """Subject: Hmong New Year 2025 – daim ntawv sau npe muag khoom / Vendor registration
From: Hmong New Year Committee of the Central Valley <vendors@hmongnewyearcv.org>

Nyob zoo cov neeg muag khoom,

Ua tsaug uas nej tau sau npe muag khoom rau Hmong New Year xyoo no ntawm Fresno
Fairgrounds, Dec 26 – Jan 1.

Koj lub rooj muag khoom (booth): B-14 (ze ntawm lub qhov rooj 3)
Nqi rooj: $450 – tau them lawm (check #2217)
Hnub teeb khoom: Dec 25, 8:00 AM – 6:00 PM
Daim npav nkag rau cov neeg muag khoom: yuav muab rau hnub Dec 25 ntawm lub chaw
  sau npe

Wi-Fi rau cov neeg muag khoom (shared): HNY-Vendors – password: paj ntaub 2025
  (sau ua ke: pajntaub2025)

Nco ntsoov: tsis pub muag cawv lossis luam yeeb. Txhua lub rooj yuav tsum muaj daim
ntawv tso cai muag zaub mov (health permit) yog muag khoom noj.

English: Booth B-14 is confirmed; set-up Dec 25, 8 AM–6 PM. Shared vendor Wi-Fi as above.

Pawg Neeg Npaj Hmong New Year""",
        [],
    ),
    (
        """Subject: Thông báo lễ Quy Y Tam Bảo / Refuge ceremony – danh sách Phật tử
From: Chùa Phổ Quang – Houston <vanphong@chuaphoquang.org>

Kính gửi quý Phật tử,

Lễ Quy Y Tam Bảo sẽ được cử hành vào Chủ nhật 30/11 lúc 9 giờ sáng tại chánh điện, do
Hòa thượng Thích Minh Tâm chủ lễ.

Danh sách Phật tử đã ghi danh quy y và pháp danh:
1. Nguyễn Thị Hồng Vân – pháp danh Diệu Hạnh
2. Trần Văn Lộc – pháp danh Thiện Lực
3. Lê Hoàng Anh Thư – pháp danh Diệu An

Xin quý vị mặc áo tràng lam, đến trước 8 giờ 30 để tập nghi thức. Sau buổi lễ có cơm
chay tại nhà ăn.

English: The Refuge (Quy Y) ceremony will be held on Sunday 11/30 at 9 AM. The registered
participants and their Dharma names are listed above; please arrive by 8:30 in gray
robes.

Nam Mô Bổn Sư Thích Ca Mâu Ni Phật.
Ban Thư Ký Chùa Phổ Quang""",
        [("religious_belief", "")],
    ),
    (
        """Subject: Square 账户登录 / Square login – 月底对账
From: 老四川饭店 Old Sichuan Kitchen <oldsichuan.kitchen@gmail.com>
To: 王会计 (bookkeeper)

王会计您好，

这个月的对账还是麻烦您。Square 的登录信息如下：

邮箱：oldsichuan.kitchen@gmail.com
密码：chengdu2016!

Square 会发验证码到我手机。我刚收到一个：192954
十分钟内有效，您现在登录应该可以用。

另外，本月有三笔退款是外卖平台的，我已经在备注里标出来了。
十一月的现金收入我下周一拿给您。

谢谢！
何老板 (Kevin He)
(626) 555-0142""",
        [("PASSWORD", "chengdu2016!"), ("ACCESS_CODE", "192954")],
    ),
    (
        """Subject: 결제 연동 설정 / Stripe live keys for the checkout page
From: 서울뷰티 온라인 스토어 Seoul Beauty Supply <owner@seoulbeautysupply.com>
To: David Oh (웹 개발자)

David 님 안녕하세요,

말씀하신 대로 Stripe 라이브 모드 키를 보내드립니다.
사이트 결제 페이지에 넣어 주세요.

Publishable key: pk_live_4aXWzWsVGEKHiFcFPT4Gy2B1
Secret key (비밀 키): sk_live_cowswYolZ2tkdxbJNgPzbxBE

비밀 키는 서버에만 넣어 주시고 깃허브에는 절대 올리지 마세요.
블랙프라이데이 세일이 11월 28일이라 그 전에 테스트 결제를
한 번 해 주시면 감사하겠습니다.

Please keep the secret key on the server only. Sale starts Nov 28.

오혜진 드림
Seoul Beauty Supply, Annandale VA""",
        [("API_KEY", "sk_live_cowswYolZ2tkdxbJNgPzbxBE")],
    ),
    (
        """Subject: Intérprete confirmado / Interpreter confirmed – conferencia de padres
From: Puentes Familia-Escuela (Family–School Bridges Program)
To: Sra. Florinda Ramírez; Ms. Kaitlyn Moore (3rd grade)

Buenas tardes, Sra. Florinda:

Le confirmamos la conferencia de padres y maestros para su hijo Brayan:

Fecha: jueves 20 de noviembre, 3:45 p. m.
Lugar: Escuela Primaria Oak Grove, salón 14
Maestra: Ms. Kaitlyn Moore
Intérprete: Sr. Aurelio Santiago – mixteco (variante de San Juan Mixtepec) y español

El Sr. Aurelio llegará 10 minutos antes. Si necesita cambiar la hora, llame a nuestra
línea (831) 555-0108 y deje mensaje en español o en mixteco.

Ms. Moore: a Mixteco interpreter (San Juan Mixtepec variant) is booked for Mrs. Ramírez
for Thursday 3:45 pm in room 14. Please allow 30 minutes since all remarks are
interpreted.

Gracias,
Leticia Vargas
Coordinadora de Intérpretes""",
        [],
    ),
    (
        """Subject: Resibo ng padala / Transfer receipt – BEP-2025-120951
From: Bayanihan Express Padala <receipts@bayanihanexpress.com>
To: Rowena Dizon Castillo

Hi Ate Rowena,

Salamat sa padala mo! Narito ang resibo:

Nagpadala / Sender: Rowena Dizon Castillo
Bayad gamit ang / Paid with: debit card na nagtatapos sa 8719
Tumanggap / Recipient: Ernesto Castillo
Bangko: BDO Unibank – Tarlac City branch
Account number ng tumanggap: 938947809267
Halaga / Amount sent: $500.00
Exchange rate: ₱57.41
Matatanggap / Amount received: ₱28,705.00
Inaasahang pagdating / Expected: within 1 banking day

Pakisuri kung tama ang account number. Kung mali, tawagan kami agad sa (206) 555-0163
bago mag-5 PM Pacific para ma-cancel pa.

Bayanihan Express Padala""",
        [("CREDIT_CARD_LAST_DIGITS", "8719"), ("US_BANK_NUMBER", "938947809267")],
    ),
    (
        """Subject: Referans pou travay / Job referral – Jean-Robert Célestin
From: Nouvo Chemen Reentry Program – Miami <jobs@nouvochemen.org>
To: Ms. Daniela Ortiz, Sunshine Logistics HR

Bonjou Madam Ortiz,

Jan nou te pale nan telefòn nan, mwen voye referans Jean-Robert Célestin pou pòs chofè
livrezon an.

Jean-Robert soti nan yon prizon eta Florid nan mwa me 2025 apre li fin fè 4 an pou yon
kondanasyon vòl. Li sou pwobasyon jiska 2027; ofisye pwobasyon li dakò ak travay sa a.
Depi li soti, li fè fòmasyon CDL-B avèk nou, e li pa janm rate yon randevou.

Lisans kondwi Florid / Florida driver license: X232-933-05-656-1 (klas E, valab)

In English: Jean-Robert was released from a Florida state prison in May 2025 after four
years and is on probation until 2027; his probation officer approves this job. He has
been with our program for six months and is one of our most reliable participants.

Mèsi anpil,
Fabienne Augustin
Espesyalis Anplwa / Employment Specialist
(305) 555-0137""",
        [("criminal_history", ""), ("US_DRIVER_LICENSE", "X232-933-05-656-1")],
    ),
    (
        """Subject: Đơn hàng của quý khách đã được gửi đi / Your order has shipped
From: Nhà Thuốc Phúc Khang – Westminster <donhang@nhathuocphuckhang.com>
To: Ông Đỗ Văn Hùng

Kính gửi ông Đỗ Văn Hùng,

Đơn hàng số PK-08304 của ông (2 món) đã được gửi đi hôm nay qua USPS Priority Mail.

Mã vận đơn / Tracking: 9400106879185408811068
Dự kiến giao / Expected delivery: Thứ Năm 20/11
Giao tới: 9021 Bolsa Ave, Westminster, CA (cần ký nhận khi giao)

Vì lý do bảo mật, email này không ghi tên thuốc. Ông có thể xem chi tiết đơn hàng khi
đăng nhập vào trang web của nhà thuốc.

For your privacy, this email does not list the items in your order. A signature is
required on delivery.

Nếu cần dược sĩ tư vấn bằng tiếng Việt, xin gọi (714) 555-0186, thứ Hai – thứ Bảy.

Nhà Thuốc Phúc Khang""",
        [],
    ),
    (
        """Subject: ملاحظات الزيارة / Visit note – السيدة سعاد منصور, weekly shopping
From: Al-Rahma Home Care Services <notes@alrahmahomecare.com>
To: نادية منصور (ابنة العميلة / client's daughter)

مرحباً نادية،

هذه ملاحظات زيارة يوم الثلاثاء لوالدتك السيدة سعاد منصور:

- قاست السكر صباحاً: 182، وأخذت جرعة الإنسولين (لانتوس 20 وحدة) الساعة 9.
- ذهبنا إلى السوق واشترينا الخضار بكرت EBT. الرقم السري للكرت الذي أعطتني إياه
  والدتك هو 6217 – أرجو أن تحتفظي به عندك وأن تغيّريه إذا أردتِ.
- رمز صندوق المفاتيح عند الباب (lockbox) تغيّر إلى 8126 بعد زيارة الصيانة.

Visit note in English: glucose 182 this morning, Lantus 20 units given at 9 am. Grocery
run with her EBT card (PIN noted above). The lockbox code at the door changed after the
maintenance visit.

مع التحية،
فاطمة يوسف – مساعدة رعاية منزلية / Home Care Aide""",
        [("PIN", "6217"), ("health", "")],
    ),
    (
        """Subject: Daawada qaaxada / TB medicine schedule – Faadumo
From: Cedar Riverside Community Health Workers <chw@cedarriversidehealth.org>
To: Faadumo Xasan

Faadumo, nabad galyo,

Rugta qaaxada ee degmada (county TB clinic) waxay xaqiijisay in aad qabto qaaxada
qarsoon (latent TB infection). Ma aha mid la isqaadsiiyo (not contagious), laakiin waa
in la daaweeyo si aysan u noqon cudur firfircoon.

Daawadaada: rifapentine iyo isoniazid (3HP) – hal mar toddobaadkii, 12 toddobaad.
Maalinta: Axad kasta, subaxdii, kadib quraacda.
Waxaan kuu soo wici doonnaa video (video DOT) Axad kasta 9:00 si aan u aragno adigoo
qaadanaya kaniiniyada.

English: Faadumo has latent TB infection and starts 3HP (rifapentine + isoniazid) once
a week for 12 weeks, with video-observed doses on Sundays at 9:00.

Haddii aad dareento lallabo, indho jaallo ah ama qandho, isla markiiba na soo wac.

Mahadsanid,
Ugbaad Cumar – CHW
(612) 555-0159""",
        [("health", "")],
    ),
    (
        """Subject: ITIN 申请及报税讲座 / ITIN & tax filing workshop – 1月17日
From: 华人社区服务中心 Chinese Community Service Center <tax@ccsc-sgv.org>

各位乡亲：

报税季快到了！本中心将举办免费讲座，用普通话讲解：
- 没有社会安全号码的家人如何申请 ITIN（W-7 表格）
- ITIN 过期了怎么办
- 什么是 IRS 身份保护密码 (IP PIN)，收到 CP01A 信件后怎么处理
- 子女税收抵免 (Child Tax Credit) 的资格

时间：1 月 17 日（星期六）上午 10:00–12:00
地点：本中心一楼大厅，Valley Blvd 停车场入口

请注意：本中心绝不会通过电子邮件、微信或电话索取您的社会安全号码、ITIN 号码
或 IP PIN。讲座当天不需要带任何证件。

English: Free Mandarin workshop on ITIN applications, IP PINs and the Child Tax Credit,
Saturday Jan 17, 10am–12pm. We never ask for SSNs, ITINs or PINs by email or WeChat.

报名：(626) 555-0153""",
        [],
    ),
    (
        """Subject: Проверка личности при открытии счёта / Identity check for your new account
From: Mayak Community Credit Union – Member Services <members@mayakcu.org>
To: Олег Кравчук

Здравствуйте, Олег!

Ваша онлайн-заявка на открытие счёта приостановлена. Система проверки личности сравнила
ваше селфи с фотографией на водительском удостоверении и выдала такой результат:

Водительское удостоверение штата Вашингтон: WDLPIF5CVIJ6
Совпадение лица (face match score): 71 из 100 – ниже порога 80
Проверка «живости» (liveness): пройдена

Скорее всего, причина в плохом освещении или бликах на пластике удостоверения. Вы
можете пройти проверку ещё раз по ссылке в приложении или прийти в отделение на Pacific
Hwy с удостоверением – тогда проверка займёт 10 минут.

С уважением,
Отдел обслуживания членов
(253) 555-0112""",
        [("biometric", ""), ("US_DRIVER_LICENSE", "WDLPIF5CVIJ6")],
    ),
    (
        """Subject: Доступ до онлайн-банкінгу / Online banking access – Людмила Гнатюк
From: Karpaty Federal Credit Union – відділення Parma, Ohio <parma@karpatyfcu.org>
To: Людмила Гнатюк

Пані Людмило, добрий день!

Як ми домовилися по телефону, надсилаю дані для першого входу в онлайн-банкінг:

Номер вашого рахунку (member account): 429935312
Тимчасовий одноразовий код для першого входу: 478842 (дійсний 24 години)

Після входу система попросить вас створити власний пароль і вибрати три контрольні
запитання. Код не працює для переказів, тільки для першого входу.

Дебетову картку ви отримаєте поштою протягом 7–10 днів; PIN-код прийде окремим листом.

З повагою,
Ірина Бойко
Member Service Representative / консультант
(440) 555-0125""",
        [("US_BANK_NUMBER", "429935312"), ("ACCESS_CODE", "478842")],
    ),
    (
        """Subject: HIRING: Caregivers / Naghahanap ng caregiver – Daly City & South SF
From: Mabuhay Home Care Agency <jobs@mabuhayhomecare.com>

Kabayan, naghahanap kami ng mga mapagkakatiwalaang caregiver!

Posisyon: Live-out caregiver (part-time at full-time)
Lugar: Daly City, South San Francisco, Pacifica
Sahod: $22–$26 kada oras, depende sa karanasan

Mga kailangan / Requirements:
- Valid na driver's license at sariling sasakyan (may mileage reimbursement)
- Negatibong TB test o chest X-ray sa loob ng nakaraang 12 buwan
- Kumpletong bakuna ayon sa patakaran ng aming mga kliyenteng pasilidad
- Papasa sa background check (Live Scan fingerprinting, babayaran ng agency)
- Marunong mag-Tagalog o Ilocano at English

Benepisyo: health insurance para sa full-time, paid sick leave, libreng CPR at
First Aid training.

Mag-apply: ipadala ang resume sa jobs@mabuhayhomecare.com o tumawag sa (650) 555-0114.
Open house interviews tuwing Sabado, 10 AM – 2 PM.

Mabuhay Home Care Agency – Equal Opportunity Employer""",
        [],
    ),
    (
        """Subject: የበጎ ፈቃደኞች ሪፖርት / Canvass report – Ward 4, Saturday (Amharic turf)
From: Friends of Selam Tadesse for Council – Field Team <field@selamforward4.com>
To: Marcus Bell, Field Director

Hi Marcus,

Here's Betelhem's report from Saturday's Amharic-language canvass on Georgia Ave, pasted
as she sent it. ከ42 ቤቶች ውስጥ በ19ኙ ሰዎች አግኝተናል።

- አቶ ገብረመድኅን ኃይሌ (Gebremedhin Haile), 5712 Georgia Ave – ለሰላም ታደሰ
  እንደሚመርጡ ነግረውኛል፤ የግቢ ምልክት (yard sign) ይፈልጋሉ።
- ወ/ሮ ትዕግሥት አሰፋ (Tigist Assefa), Apt 3B – ገና አልወሰኑም (undecided)፤ ስለ ኪራይ
  ጉዳይ ጥያቄ አላቸው።
- ናትናኤል ብርሃኑ (Natnael Berhanu) – ሰላምን በበጎ ፈቃደኝነት ለማገዝ ተመዝግቧል (signed up to
  phone bank on Tuesdays).

Totals: 7 supporters, 5 undecided, 2 not interested, 5 not home (literature left).

Can we get 20 more Amharic door hangers for next weekend?

Field Team
Paid for by Friends of Selam Tadesse""",
        [("political_opinion", "")],
    ),
    (
        """Subject: Koj daim ntawv thov qiv nyiaj ua lag luam / Your business loan application
From: Lub Zos Community Lending (CDFI) – St. Paul <loans@lubzoslending.org>
To: Pov Xyooj

Nyob zoo Pov,

Ua tsaug rau koj daim ntawv thov qiv $25,000 los qhib koj lub khw muag zaub (produce
stand). Peb tau rub koj daim ntawv credit (credit report) los ntawm TransUnion hnub
10/28.

Koj cov qhab nia credit (credit score): 589

Cov teeb meem hauv koj daim ntawv credit / Negative items on your report:
- Collection – Northstar Wireless, $612 (2023)
- Charge-off – Riverbank Visa, $2,340 (2022)

Peb tseem tsis tau tsis kam (we have not declined your application). Peb xav kom koj
tuaj koom peb chav kawm "Credit Builder" 6 lub lis piam ua ntej, tom qab ntawd peb yuav
rov saib dua. Peb kuj muaj qiv me me $5,000 rau cov neeg pib lag luam tshiab.

Hu rau kuv yog muaj lus nug:
Nkauj Iab Thoj, Loan Officer
(651) 555-0103""",
        [
            ("CREDIT_SCORE", "589"),
            ("CREDIT_REPORT", "Collection – Northstar Wireless, $612 (2023)"),
            ("CREDIT_REPORT", "Charge-off – Riverbank Visa, $2,340 (2022)"),
        ],
    ),
    (
        """Subject: Rapèl randevou / Appointment reminder – Klinik Sante Fanmi Lakay
From: Klinik Sante Fanmi Lakay <rapel@fanmilakayclinic.org>
To: Jérôme Saintil

Bonjou Jérôme Saintil,

Sa a se yon rapèl pou randevou ou ak Dr. Kessler nan Klinik Sante Fanmi Lakay:

Dat: madi 9 desanm
Lè: 10:15 AM
Adrès: 2140 NE 2nd Ave, Miami (dezyèm etaj)

Tanpri vini 15 minit anvan. Pote kat asirans ou, yon pyès idantite ak lis tout
medikaman ou pran yo.

Nou gen entèprèt Kreyòl sou plas. Si ou pa ka vini, rele nou omwen 24 èdtan davans nan
(305) 555-0142.

This is a reminder of your appointment with Dr. Kessler on Tuesday, December 9 at
10:15 AM. Please bring your insurance card, a photo ID and a list of your medicines.

Reponn 1 pou konfime, 2 pou chanje randevou a.

Klinik Sante Fanmi Lakay""",
        [],
    ),
    (
        """Subject: Batismo nas águas – domingo, 7 de dezembro / Water baptism service
From: Igreja Batista Nova Aliança – Danbury, CT <secretaria@novaaliancadanbury.org>

Amados irmãos,

Com muita alegria anunciamos que no domingo, 7 de dezembro, às 10h, teremos o culto de
batismo nas águas. Serão batizados os irmãos que concluíram a classe de novos
convertidos:

- Josué e Elaine Rodrigues
- Kelly Cristina Moura
- Wanderson Lima
- o adolescente Gabriel Farias (com autorização dos pais)

Os batizandos devem chegar às 8h30 e trazer roupa branca e uma muda de roupa seca.
Depois do culto teremos almoço de comunhão no salão; cada família traz um prato.

Water baptism service on Sunday, December 7 at 10 am for the candidates listed above.
Lunch follows in the fellowship hall.

Pastor Edson Moura
Igreja Batista Nova Aliança""",
        [("religious_belief", "")],
    ),
    (
        """Subject: Lista de asistencia / Attendance – Inglés Nivel 2, noviembre
From: Escuela de Adultos Puentes – ESL Program
To: Mariana Ibáñez, coordinadora

Hola Mariana,

Aquí va la asistencia de noviembre del grupo de Nivel 2 (martes y jueves, 6:00–8:00 pm).

Nombre            | Asistencias (de 8) | Nota
Abril Cárdenas    | 8 | lista para Nivel 3
Jesús Ochoa       | 7 |
Ngoc Lan Tran     | 6 | quiere clase de ciudadanía
Bertha Lozano     | 3 | empezó quimioterapia para cáncer de mama el 4 de nov.;
                  |   | le mando las tareas por WhatsApp
Wilmer Castro     | 5 | cambió de turno en la fábrica
Sahra Aden        | 8 |

Total: 6 estudiantes, promedio 6.2 asistencias.

¿Podemos pedir dos libros más de "Ventures 2"? Y necesito la llave del salón 3 para
el jueves.

Profe Luis""",
        [("health", "")],
    ),
    (
        """Subject: عيادة قانونية مجانية لحاملي الحماية المؤقتة / Free TPS legal clinic
From: Arab American Legal Aid Network <clinic@aalan.org>

إلى جميع أبناء الجالية اليمنية والسودانية،

تنظّم شبكة المساعدة القانونية العربية الأمريكية عيادة قانونية مجانية لمساعدة حاملي
وضع الحماية المؤقتة (TPS) من اليمن والسودان في تجديد الوضع وتصريح العمل.

الموعد: السبت 6 ديسمبر، من 10 صباحاً حتى 3 عصراً
المكان: قاعة مركز الجالية، 13220 Warren Ave, Dearborn

المحامون والمتطوعون يتحدثون العربية (اليمنية والسودانية) والإنجليزية.
لا نسأل عن الدين أو الانتماء السياسي، والخدمة مجانية بالكامل.

To all Yemeni and Sudanese TPS holders: free legal clinic on Saturday, December 6, to
help with TPS re-registration and work permits. Arabic-speaking attorneys on site.

أحضر معك: جواز السفر، بطاقة I-94، تصريح العمل الحالي إن وُجد.
لا ترسل صور الوثائق بالبريد الإلكتروني.

للحجز: (313) 555-0117""",
        [],
    ),
    (
        """Subject: Cita en el Consulado de México – confirmación y documentos
From: Casa Michoacán Servicios Comunitarios – Chicago <citas@casamichoacan.org>
To: María Guadalupe Torres Vega

Buenos días, Sra. Guadalupe:

Le confirmamos que su cita para renovar el pasaporte mexicano en el Consulado General de
México en Chicago quedó para el viernes 21 de noviembre a las 9:40 a. m.

Datos que registramos en MiConsulado:
Nombre: María Guadalupe Torres Vega
Pasaporte No. (vencido): G57483265
Identificación oficial con foto: Licencia de conducir de Illinois P356-9349-2469
Fecha de nacimiento: 12/12/1979

Lleve el pasaporte vencido original y su acta de nacimiento; el pago se hace en el
consulado. Llegue 20 minutos antes; no se permiten acompañantes sin cita.

Atentamente,
Anabel Reyes
Servicios Consulares Comunitarios
(773) 555-0196""",
        [("US_PASSPORT", "G57483265"), ("US_DRIVER_LICENSE", "P356-9349-2469")],
    ),
    (
        """Subject: Máy chấm công vân tay bị lỗi / Fingerprint time clock error – Lotus Nails
From: Lotus Nails & Spa <lotusnails.gg@gmail.com>
To: support@timetouchsystems.com

Chào anh Minh bên TimeTouch,

Máy chấm công vân tay ở tiệm em từ hôm thứ Hai không nhận vân tay của chị Thủy nữa; mỗi
lần chị bấm là báo "No match". Em xuất file nhật ký (log) ra, gửi anh đoạn của chị ấy:

Nhân viên / Employee: Đặng Thị Thủy (ID 07)
Mẫu vân tay (template hash, ngón trỏ phải):
ea4b59d6bb657c0e90c31f8e7e302c23b939c33b2259ecfad0991ef1416a2f7f
Điểm khớp lần cuối / Last match score: 38 (ngưỡng 60)
Ngày đăng ký lại gần nhất: 02/09/2025

Em có cần đăng ký lại vân tay cho chị ấy không, hay phải thay cảm biến? Trong lúc chờ,
em cho chị ấy chấm công bằng tay.

Cảm ơn anh,
Kim Loan – chủ tiệm
Lotus Nails & Spa, Garden Grove
(714) 555-0166""",
        [("biometric", "")],
    ),
    (
        """Subject: Warbixinta sanadka 2025 / Annual community report
From: Somali Family Wellness Center <info@somalifamilywellness.org>

Bulshada sharafta leh,

Waxaan idinla wadaagaynaa warbixinta sanadka 2025. Dhammaan tirooyinka waa isku-dar
(aggregate); ma jiro qof magaciisa lagu sheegay.

- Macaamiil la caawiyay: 1,240 qoys
- 78% waxay ku dhasheen Soomaaliya, 14% Kenya, 8% Maraykanka
- 312 qof ayaa loo diiwaan geliyay caymis caafimaad (Medicaid/MNsure)
- 96 qof oo qaba sonkorowga (diabetes) ayaa ka qayb galay fasallada cuntada caafimaadka leh
- 41 hooyo uur leh ayaa helay taageero doula oo Af-Soomaali ku hadasha

English: In 2025 we served 1,240 families; 312 people enrolled in health coverage, 96
people living with diabetes joined nutrition classes, and 41 expectant mothers received
Somali-speaking doula support. All figures are aggregate.

Barnaamijyada:
- Caawinta caymiska caafimaadka: 312 qof ayaa la diiwaan geliyay; 64% waxay ahaayeen
  carruur iyo hooyooyin.
- Fasallada cuntada caafimaadka leh: 14 koox, 9 masjid iyo 5 xarun bulsho, celcelis
  ahaan 11 qof koox kasta.
- Taageerada caafimaadka maskaxda (mental health): 58 qof ayaa loo gudbiyay la-taliyeyaal
  Af-Soomaali ku hadla; liiska sugitaanka wuxuu ahaa 6 toddobaad.
- Fasallada Ingiriisiga iyo dhalashada: 187 arday; 23 ayaa qaatay dhalashada sanadkan.

Dhaqaalaha: dakhliga guud $1.42 milyan – 61% deeqo dawladeed, 27% aasaasyo, 12% deeqo
shakhsi ah. 84 senti doolar kasta waxay si toos ah u gaareen barnaamijyada.

Mutadawiciinta: 96 mutadawiciin ayaa bixiyay 4,310 saacadood.

English: We ran 14 nutrition groups, referred 58 people to Somali-speaking counselors
(average wait six weeks) and taught 187 ESL and citizenship students, 23 of whom became
citizens this year. Revenue was $1.42 million, 84 cents of every dollar went to
programs, and 96 volunteers gave 4,310 hours. No individual is named in this report.

Mahadsanid deeqbixiyayaasha iyo mutadawiciinta!
Guddiga Maamulka""",
        [],
    ),
    (
        """Subject: 產前篩檢結果 / Prenatal screening result – 地中海型貧血
From: 華人社區健康中心 產前護理 <prenatal@cchc-sf.org>
To: 張雅婷 女士

張女士您好，

您懷孕 11 週時做的血液檢查結果出來了。
遺傳諮詢師的說明如下：

- 您是甲型（α）地中海型貧血帶因者（--SEA 缺失型）。
- 帶因者本身通常沒有症狀，不需要治療。
- 因為寶寶可能從父母雙方遺傳，建議您的先生
  吳志明 先生盡快做同樣的血液檢查。

English: Ms. Chang carries alpha-thalassemia trait (--SEA deletion). Partner testing
is recommended for Mr. Wu. Genetic counseling visit on 12/3 at 2:30 pm, with a
Cantonese/Mandarin interpreter available.

下次產檢：12 月 3 日下午 2:30（同一天做遺傳諮詢）。

產前護理團隊 敬上
(415) 555-0118""",
        [("genetic", ""), ("health", "")],
    ),
    (
        """Subject: DNA 결과 및 가족 찾기 진행 상황 / Your DNA results and birth-family search
From: Korean Adoptee Family Search Network <search@kafsn.org>
To: Sarah Eunji Miller

Dear Sarah (은지 씨),

Your DNA kit results came back last week. With your permission we are sharing this
summary with our Seoul volunteer, 박미경 선생님, who is helping you register with the
police DNA program for missing children.

조상 분석 결과 (ancestry estimate):
- 한국인 Korean: 91.4%
- 일본인 Japanese: 6.1%
- 북중국인 Northern Chinese: 2.5%

친족 매칭 (relative matches): 6촌 (second cousin) 1명 – "J.H.K."
현재 연락을 시도하고 있습니다.

은지 씨의 입양 서류에 따르면 1984년 대구에서 태어났고
같은 해 미국으로 입양되었습니다.

We'll write again as soon as J.H.K. replies.

김나래 / Narae Kim, Search Coordinator""",
        [("genetic", ""), ("racial_ethnic_origin", "")],
    ),
    (
        """Subject: Практикум для медицинских переводчиков – ролевая игра № 4 (учебный сценарий)
From: Interpreter Training Institute of Oregon <training@itio-pdx.org>

Коллеги,

Высылаем материалы к субботнему практикуму. ВНИМАНИЕ: это учебный сценарий, все имена,
даты и диагнозы вымышлены.

Роли: врач (говорит по-английски), пациентка (говорит по-русски), переводчик.

Пациентка: «Галина Петровна Орлова», 67 лет
Ситуация: плановый приём у эндокринолога. У пациентки сахарный диабет 2 типа, она
колет инсулин и жалуется на онемение в ногах. Врач объясняет, что нужно проверить
почки, и назначает анализ крови.
Номер социального страхования в анкете: XXX-XX-XXXX (не произносить вслух)

Задачи для переводчика:
1. Перевести термины «нейропатия», «гликированный гемоглобин», «креатинин».
2. Отработать перевод от первого лица.
3. Вмешаться как переводчик, если пациентка не поняла инструкции.

Training scenario only – all names and conditions are fictional.

Оценка по чек-листу, 20 минут на пару.
Учебный отдел""",
        [],
    ),
    (
        """Subject: Checklist para sa I-130 ninyo ni Mark / Your marriage petition checklist
From: Bayan Legal Services – Immigration Program <immigration@bayanlegal.org>
To: Jun Villanueva

Hi Jun,

Salamat sa pagpunta ninyo ni Mark kahapon. Gaya ng napag-usapan, maghahain tayo ng I-130
para sa iyo bilang asawa (husband) ni Mark Delgado, U.S. citizen. Ikinasal kayong
dalawa sa San Francisco City Hall noong Hunyo 2023.

Nasa file na namin:
- Kopya ng marriage certificate
- Philippine passport mo, No. P1959372Z (valid hanggang 2031)
- Birth certificate ni Mark

Kulang pa / Still needed:
- Patunay ng pagsasama (joint lease, joint bank statements, mga litrato ninyong dalawa)
- 2 passport-style photos mo
- Affidavit mula sa 2 kaibigan na nakakakilala sa inyo bilang mag-asawa

Babalik tayo sa Disyembre 9, 4:00 PM.

Atty. Rosario Lim
Bayan Legal Services
(415) 555-0172""",
        [("sexual_orientation", ""), ("US_PASSPORT", "P1959372Z")],
    ),
    (
        """Subject: Peman tikè – Madan Aristil (2 tikè Miami–Cap-Haïtien)
From: Lakay Travel – Little Haiti <biwo@lakaytravel.com>
To: Mesye Joseph Déus (mèt ajans lan)

Bonjou Mesye Joseph,

Madan Rose-Marie Aristil rele maten an pou li peye 2 tikè ale-retou Miami – Cap-Haïtien
pou 18 desanm rive 6 janvye. Mwen pa ka pase kat la sou tèminal mwen an, kidonk men
enfòmasyon li ban mwen nan telefòn nan:

Kat Visa:
4560 8417 0593
1831
Ekspirasyon: 03/29 – kòd sekirite: 978
Non sou kat la: ROSE M ARISTIL
Total: $1,146.40 (2 pasaje, taks enkli)

Rezèvasyon an kenbe jiska 5è PM jodi a. Tanpri pase peman an epi voye resi a ba li
sou WhatsApp.

Mèsi,
Nadège
Lakay Travel – (305) 555-0189""",
        [("CREDIT_CARD", "4560 8417 0593\n1831"), ("CVV", "978")],
    ),
    (
        """Subject: Парафіяльний вісник / Parish bulletin – неділя, 30 листопада
From: Парафія Покрови Пресвятої Богородиці <office@pokrovaparish.org>

Слава Ісусу Христу!

Розклад богослужінь:
- Неділя: Божественна Літургія 8:00 (укр.) і 10:30 (англ.)
- Середа: Молебень за мир в Україні, 18:00

Панахида за всіх полеглих захисників України – у неділю, 7 грудня, після Літургії.
Пам'ятаємо всіх, хто віддав життя за свободу.

Оголошення:
- Св. Миколай прийде до дітей 14 грудня! Реєстрація дітей у парафіяльному залі.
- Ліплення вареників для Святвечора – щосуботи в грудні, 9:00. Потрібні волонтери.
- Збір теплого одягу для переселенців триває до 20 грудня.

Sunday bulletin: Divine Liturgy at 8:00 (Ukrainian) and 10:30 (English); prayer service
for peace in Ukraine on Wednesdays at 6 pm.

Канцелярія парафії, (215) 555-0106""",
        [],
    ),
    (
        """Subject: طلب المساعدة الغذائية (SNAP) – بيانات السيد العبيدي / SNAP application data
From: Arab American Family Support Center – Dearborn <navigators@aafsc.org>
To: SNAP eligibility team

Hello team,

Mr. Sami Al-Obaidi sent his details by WhatsApp because he could not come in this week.
His message, as written:

"الاسم: سامي عبد الكريم العبيدي
رقم الضمان الاجتماعي: ٣٦٤-٠١-٣٨٧٠
عدد أفراد الأسرة: ٥
الدخل الشهري: ٢٬٤٠٠ دولار من العمل في المطعم
العنوان: 7421 Calhoun St, Dearborn"

Navigator note: he typed the SSN in Arabic-Indic numerals; in Western digits it is
364-01-3870. Household of 5, monthly income $2,400 from restaurant work. He will bring
pay stubs to the interview on Monday.

Thank you,
Rasha Haddad
Benefits Navigator""",
        [("US_SSN", "٣٦٤-٠١-٣٨٧٠"), ("US_SSN", "364-01-3870")],
    ),
    (
        """Subject: Canshuurta 2025 – ITIN iyo IP PIN / Your return is ready to e-file
From: Barwaaqo Tax Services – Columbus, OH <office@barwaaqotax.com>
To: Cabdullaahi Muuse

Cabdullaahi, asc,

Canshuur celintaada 2025 waan diyaarinnay. Si aan u dirno (e-file), waxaan isticmaalnay:

Lambarka ITIN: 974-57-9820
IRS Identity Protection PIN (IP PIN) ee 2026: 645640

IRS-ku wuxuu kuu soo diray warqadda CP01A oo ay ku qoran tahay IP PIN-ka cusub; sanad
walba wuu isbeddelaa. Ha u sheegin qof kale.

Lacagta soo celinta (refund): $1,284 – waxay imaan doontaa jeeg (check) ahaan boostada,
qiyaastii 4 ilaa 6 toddobaad.

English: your return is ready to e-file with your ITIN and this year's IP PIN shown
above. Refund of $1,284 by paper check.

Mahadsanid,
Sagal Xuseen, Tax Preparer
(614) 555-0181""",
        [("US_ITIN", "974-57-9820"), ("PIN", "645640")],
    ),
    (
        """Subject: የዛሬው የምንዛሬ ተመን / Today's rates – transfers to Ethiopia
From: Abay Money Transfer – Washington DC <rates@abaytransfer.com>

ውድ ደንበኞቻችን፣

የዛሬው የምንዛሬ ተመን (ኅዳር 10):
1 USD = 153.20 ብር (ወደ ባንክ አካውንት)
1 USD = 152.80 ብር (በጥሬ ገንዘብ ለመቀበል)

ክፍያ: እስከ $200 – $4.99 ፤ ከ$200 በላይ – $7.99
ገንዘቡ በኢትዮጵያ ንግድ ባንክ፣ አዋሽ ባንክ እና አቢሲኒያ ባንክ ቅርንጫፎች ይደርሳል።

የመጨረሻው ዝውውርዎ / Your last transfer:
መከታተያ ቁጥር (tracking): AMT-2511-30418 – ተቀባዩ ወስዷል (collected)

ማሳሰቢያ: ሠራተኞቻችን የባንክ ፒን (PIN)፣ የይለፍ ቃል ወይም የማረጋገጫ ኮድ በስልክ አይጠይቁም።
We will never ask for your PIN, password or verification code by phone.

Abay Money Transfer – (202) 555-0177""",
        [],
    ),
    (
        """Subject: Допомогу з орендою схвалено / Rental assistance approved – payment to landlord
From: Slavic Family Center – програма допомоги з орендою <rent@slavicfamilycenter.org>
To: Ігор Шевчук (орендодавець)

Добрий день, пане Ігорю!

Заявку вашої орендарки, пані Галини Мороз (кв. 12), на екстрену допомогу з орендою
схвалено. Ми оплатимо заборгованість за серпень–жовтень: $4,350.00.

Платіж буде надіслано напряму вам (ACH) за реквізитами, які ви вказали:
Банк: Golden State Community Bank
Routing / маршрутний номер: 634533419
Номер рахунку / Account: 92384268920
Одержувач: Shevchuk Properties LLC

Умова програми: ви відкликаєте повідомлення про виселення (3-day notice) і не подаєте
позов до 31 січня. Будь ласка, підпишіть додану угоду до п'ятниці.

Гарного дня,
Людмила Ярошенко, координаторка програми
(916) 555-0104""",
        [("ABA_ROUTING_NUMBER", "634533419"), ("US_BANK_NUMBER", "92384268920")],
    ),
    (
        """Subject: Lembrete FBAR – conta em Portugal / FBAR reminder for your Portuguese account
From: Serviços de Impostos Luso-Americanos – Fall River, MA <geral@lusotaxfr.com>
To: Sr. Manuel Jacinto Medeiros

Caro Sr. Medeiros,

Ao preparar a sua declaração de 2025 reparámos que o senhor continua com a conta na Caixa
Geral de Depósitos em Ponta Delgada, com saldo máximo acima de $10.000 no ano. Por isso é
obrigatório entregar o FBAR (FinCEN 114) até 15 de abril.

Dados que temos na ficha:
Titular: Manuel Jacinto Medeiros
Número de Segurança Social (SSN): 534.70.4026
IBAN: PT56 0035 5451 4113 7251 6565 4
Saldo máximo em 2025: 14.820,00 € (a pensão portuguesa que recebe todos os meses)

Se tiver outra conta em Portugal (por exemplo, uma poupança em nome dos dois, sua e da
sua esposa), diga-nos, porque também entra no FBAR.

Com os melhores cumprimentos,
Fátima Raposo, EA
(508) 555-0133""",
        [("US_SSN", "534.70.4026"), ("IBAN_CODE", "PT56 0035 5451 4113 7251 6565 4")],
    ),
    (
        """Subject: Chav kawm txog ntshav qab zib / Free diabetes classes – Hmong & English
From: Hmong Health Bridge <classes@hmonghealthbridge.org>

Nyob zoo txhua tus,

Hmong Health Bridge yuav qhib chav kawm pub dawb txog kev tiv thaiv thiab kev tswj
ntshav qab zib (diabetes). Txhua tus neeg tuaj tau – tsis tas yuav muaj ntshav qab
zib, tsis tas muaj ntawv pov hwm.

Hnub: txhua hnub Wednesday, Jan 7 – Feb 11 (6 zaug)
Sij hawm: 10:00 AM – 11:30 AM
Qhov chaw: Hmong Cultural Center, chav 2, 995 University Ave W

Peb yuav kawm:
- Noj mov li cas kom ntshav qab zib tsis siab (zaub, mov, nqaij)
- Kev tawm dag zog yooj yim rau cov laus
- Kev kuaj ntshav qab zib hauv tsev

English: Free six-week class on preventing and managing diabetes, Wednesdays 10–11:30
AM, January 7 to February 11. Everyone is welcome; no insurance needed. Lunch provided.

Hu xov tooj sau npe: (651) 555-0176
Hmong Health Bridge""",
        [],
    ),
    (
        """Subject: Aviso confidencial de salud / Confidential health notice
From: Clínica Comunitaria La Esperanza – Servicios de Salud Sexual
To: Óscar Villalobos

Estimado Óscar:

Le escribimos de manera confidencial. Una persona con quien usted tuvo contacto sexual en
los últimos tres meses fue diagnosticada con sífilis y nos pidió, sin dar su nombre a
nadie más, que le avisáramos. No le diremos quién es.

La sífilis se cura con una inyección de penicilina. Le recomendamos hacerse la prueba y
recibir tratamiento preventivo aunque no tenga síntomas.

Puede venir sin cita de lunes a viernes, de 8:00 a 4:00, a 1150 E Roosevelt St, Phoenix.
El servicio es gratuito y confidencial, sin importar su estatus migratorio.

Si prefiere hablar por teléfono, llame a Héctor (habla español) al (602) 555-0145 y
mencione el número de referencia SV-2211.

Atentamente,
Programa de Notificación a Parejas
Clínica Comunitaria La Esperanza""",
        [("health", ""), ("sexual_orientation", "")],
    ),
    (
        """Subject: Aviso de privacidade / Privacy notice – Centro do Imigrante Brasileiro
From: Centro do Imigrante Brasileiro <contato@centroimigrante.org>

Prezados membros e usuários,

Atualizamos o nosso aviso de privacidade. Os pontos principais:

- Pedimos apenas os dados necessários para cada serviço (nome, telefone, endereço).
- Nunca perguntamos sobre religião, orientação sexual, filiação partidária ou
  sindical, nem sobre antecedentes criminais, a não ser que o próprio serviço exija
  (por exemplo, um pedido de anulação de registro feito por você).
- Não pedimos números de Seguro Social, CPF, passaporte ou cartão de crédito por
  e-mail ou WhatsApp. Se alguém pedir em nosso nome, é golpe.
- Os relatórios que enviamos aos financiadores só trazem números totais, sem nomes.

We have updated our privacy notice: we never ask about religion, sexual orientation,
party or union membership, or criminal records unless a service you request needs it,
and we never ask for SSNs, passports or card numbers by email or WhatsApp.

Dúvidas: privacidade@centroimigrante.org · (617) 555-0192
Centro do Imigrante Brasileiro – Allston, MA""",
        [],
    ),
    (
        """Subject: Borrador de declaración – Juana Tzoc (para revisar con Ixchel)
From: Proyecto Legal para Trabajadoras del Hogar <legal@trabajadorasdelhogar.org>
To: Ixchel Tzoc (hija de la clienta)

Hola Ixchel:

Como quedamos, aquí está el borrador de la declaración de tu mamá para el reclamo de
salarios. Por favor léeselo en k'iche' y dinos si algo no está bien. La abogada lo
revisará el lunes.

DECLARACIÓN (borrador)
1. Me llamo Juana Tzoc Ixcoy. Soy maya k'iche' de Totonicapán, Guatemala. Mi primer
   idioma es el k'iche'; hablo un poco de español.
2. Trabajé como empleada doméstica de planta para la familia Whitcomb en Bethesda,
   Maryland, de febrero de 2024 a julio de 2025, seis días a la semana, unas 12 horas
   al día.
3. Me pagaban $250 a la semana en efectivo. Nunca me pagaron horas extras.
4. La señora Whitcomb guardaba mi pasaporte "para que no se perdiera" y no me lo
   devolvió hasta que me fui.

Gracias,
Paola Méndez
Organizadora Legal""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """Subject: Prueba gratis de VIH y PrEP – Feria de Salud Latina este sábado
From: Alianza Latina de Salud <eventos@alianzalatinasalud.org>

¡Hola, comunidad!

Este sábado 6 de diciembre tendremos nuestra Feria de Salud Latina en el parque Fruitvale
Plaza, de 10:00 a 3:00. Habrá música, comida y pruebas gratis:

- Prueba rápida de VIH (resultado en 20 minutos)
- Prueba de sífilis y hepatitis C
- Información sobre PrEP y PEP
- Vacunas contra la influenza y el COVID-19

Todo es gratis y confidencial. No preguntamos por su estatus migratorio ni necesita
seguro médico.

Si su resultado llegara a ser reactivo, ese mismo día le conectamos con un médico y con
un navegador que habla español, sin costo.

Free HIV, syphilis and hepatitis C testing, PrEP information and flu shots this Saturday.
Everyone is welcome.

Alianza Latina de Salud – Oakland
(510) 555-0132""",
        [],
    ),
    (
        """Subject: 个案记录 / Case note – 刘建国，驾驶类工作申请
From: 法拉盛华人就业服务中心 Flushing Chinese Employment Services
To: 就业顾问 Amy Chen

Amy，

今天和刘建国先生面谈（普通话），记录如下：

- 他想找送货司机的工作，有五年开车经验。
- 纽约州驾照号码：814 237 793（D 类，2028 年到期）
- 他 2021 年在皇后区因醉酒驾驶 (DWI) 被捕，后来认罪，
  被判三年缓刑 (probation)，明年 3 月结束。
- 缓刑期间车上装了点火联锁装置 (ignition interlock)，
  每月要向缓刑官报到。

建议：先介绍不需要开车的仓库工作，等缓刑结束后再申请送货司机。
下周二再跟他联系。

王丽
个案经理 Case Manager""",
        [("US_DRIVER_LICENSE", "814 237 793"), ("criminal_history", "")],
    ),
    (
        """Subject: Nhắc nhở mùa thuế: mã IP PIN của IRS / Tax season reminder: your IRS IP PIN
From: Văn Phòng Thuế Hòa Bình – Garden Grove <thue@hoabinhtax.com>

Kính gửi quý khách hàng,

Mùa khai thuế 2026 sắp bắt đầu. Một số quý khách đã ghi danh chương trình mã bảo vệ
danh tính của IRS (Identity Protection PIN – IP PIN). Xin lưu ý:

- Mã IP PIN gồm 6 số và thay đổi mỗi năm. IRS gửi thư CP01A vào tháng 1.
- Nếu mất thư, quý khách có thể lấy lại mã trên trang IRS.gov/ippin.
- Xin ĐỪNG gửi mã IP PIN, số an sinh xã hội (SSN) hay số ITIN qua email hoặc tin nhắn.
  Hãy mang thư CP01A bản gốc đến buổi hẹn.

Please do not email us your IP PIN, SSN or ITIN; bring the original IRS letter to your
appointment.

Lịch hẹn mở từ 15/1. Gọi (714) 555-0197 hoặc ghé văn phòng, thứ Hai – thứ Bảy.

Văn Phòng Thuế Hòa Bình""",
        [],
    ),
    (
        """Subject: Nhắc lịch tái khám và thuốc viêm gan B / Hepatitis B follow-up
From: Trung Tâm Y Tế Cộng Đồng Việt-Mỹ <navigator@vietmyhealth.org>
To: Bác Lưu Văn Thành

Kính gửi bác Thành,

Con là Vy, nhân viên hướng dẫn bệnh nhân (patient navigator). Kết quả xét nghiệm tháng
10 của bác cho thấy tải lượng virus viêm gan B (HBV DNA) đã xuống dưới mức phát hiện,
và men gan (ALT) trở lại bình thường. Bác sĩ Hà rất hài lòng.

Bác tiếp tục uống Vemlidy 25 mg, mỗi ngày 1 viên lúc ăn sáng. Đơn thuốc 90 ngày đã được
gửi tới nhà thuốc trên đường Tully.

Lịch siêu âm gan 6 tháng: thứ Năm 11/12, 8 giờ sáng. Bác nhớ nhịn ăn 6 tiếng trước.

English for the family: Mr. Thành's hepatitis B viral load is undetectable on Vemlidy;
liver ultrasound on Dec 11 at 8 am, fasting.

Con Vy
(408) 555-0127""",
        [("health", "")],
    ),
    (
        """Subject: 新春祈福法會 / Lunar New Year Blessing Ceremony – 光明寺
From: 光明寺 Guang Ming Temple <info@guangmingtemple.org>

各位善信大德：

光明寺將於農曆新年舉辦新春祈福法會，歡迎社區大眾一同參加，
不分宗教、不需報名。

日期：2 月 6 日（大年初一）上午 10:00
地點：光明寺大殿，1575 Castro St
內容：祈福法會、新春點心、舞獅表演（上午 11:30，停車場）

點光明燈：每盞 $60，可於寺內櫃檯登記，或以 Zelle 匯至
donation@guangmingtemple.org，備註請寫燈號（例：A-108）。

Everyone is welcome at our Lunar New Year blessing service on Feb 6 at 10 am, with
snacks and a lion dance at 11:30. No registration needed.

停車場大門密碼：2853#（僅限當天使用）

光明寺 敬邀
(650) 555-0146""",
        [],
    ),
    (
        """Subject: Update sa senior housing application ni Lola Pacita / Waitlist update
From: Kapwa Senior Services – San Francisco <housing@kapwaseniors.org>
To: Grace Ocampo

Hi Grace,

Na-submit na namin ang application ni Lola Pacita (Pacita Ocampo Reyes) para sa waitlist
ng Mabuhay Gardens senior apartments. Ito ang mga ginamit namin sa form:

California ID card no.: E8714606 (valid hanggang 2030)
SSN: huling apat na numero lang ang hinihingi ng form na ito – 9671
Buwanang kita: SSI $1,182 + pension mula sa Pilipinas $310

Numero niya sa waitlist: #214. Sabi ng property manager, mga 8 hanggang 12 buwan ang
paghihintay. Kapag may tawag sila, kailangan nating ipakita ang orihinal na ID card at
ang Social Security award letter.

Pakisabi kay Lola na huwag mag-alala; kami na ang magpa-follow up buwan-buwan.

Salamat,
Ligaya Santos
Housing Navigator, Kapwa Senior Services
(415) 555-0139""",
        [("US_STATE_ID", "E8714606"), ("US_SSN", "9671")],
    ),
    (
        """Subject: 식당 노동자 권리 설명회 / Restaurant workers' rights info night
From: Restaurant & Hospitality Workers Union Local 3318 <info@rhwu3318.org>

코리아타운 식당에서 일하시는 여러분께,

밀린 임금, 팁 문제, 휴식 시간 때문에 고민하고 계신가요?
노동조합이 무엇인지, 조합을 만들면 무엇이 달라지는지
한국어와 스페인어로 설명해 드립니다.

일시: 12월 3일(수) 오후 9시 30분 (식당 마감 후)
장소: 3450 Wilshire Blvd, 2층 회의실
간단한 식사 제공

누구나 참석할 수 있으며, 참석한다고 조합에 가입하는 것은 아닙니다.
고용주에게 참석 여부가 알려지지 않습니다.

Open info night for Koreatown restaurant workers about wage theft, tips and breaks, in
Korean and Spanish. Anyone can come; attending does not sign you up for anything.

문의: (213) 555-0179
Local 3318 조직팀""",
        [],
    ),
    (
        """Subject: 노동조합 가입 카드 접수 확인 / Your union card was received
From: Restaurant & Hospitality Workers Union Local 3318 <members@rhwu3318.org>
To: 김영희 님

김영희 님께,

지난 금요일에 서명하신 노동조합 가입 카드(union authorization card)가
접수되었습니다. 이제 Local 3318의 정식 조합원이 되셨습니다. 환영합니다!

- 조합비 (dues): 월 $38, 12월 급여부터 공제됩니다.
- 조합원 번호: 3318-20417
- 서울가든 BBQ 단체교섭 위원회 첫 회의: 12월 4일(목) 오후 3시,
  노조 사무실

Your signed authorization card was received and you are now a member of Local 3318.
Dues of $38 a month start with your December paycheck.

연대하여,
최성민 조직가 / Organizer
(213) 555-0179""",
        [("trade_union_membership", "")],
    ),
    (
        """Subject: Kaibigan, 3 araw na lang! / Friend, just 3 days left
From: Dante Maglaya for School Board <team@danteforschools.com>

Hi Kaibigan,

Tatlong araw na lang bago ang deadline ng aming fundraising ngayong buwan, at kulang pa
kami ng $4,200 para sa mga mailer sa Tagalog, Ilocano at English.

Bakit mahalaga ito? Sa Distrito 2, halos 1 sa 3 estudyante ay galing sa pamilyang
Pilipino, pero walang kahit isang school board member na nakakapagsalita ng Tagalog.

Kahit $10 ay malaking tulong: danteforschools.com/donate

Hindi mo pa ba alam kung saan ka boboto? Tingnan dito: danteforschools.com/vote

Maraming salamat, Kaibigan!
Dante Maglaya

Paid for by Dante Maglaya for School Board 2026, FPPC ID #1471930.
Para hindi na makatanggap ng email, i-click ang unsubscribe.""",
        [],
    ),
    (
        """Subject: Lis klas ESL / ESL roster – Nivo 1, sesyon ivè
From: Lekòl Adilt Nouvo Horizon <esl@nouvohorizon.org>
To: Pwofesè Marie-Claude Bastien

Bonjou Pwofesè Bastien,

Men lis elèv klas Nivo 1 ou a pou sesyon ivè a (lendi ak mèkredi, 6:00–8:00 PM, sal 104):

Non                   | Peyi   | Lang      | Nivo tès | Nòt
Jean-Baptiste Moïse   | Ayiti  | Kreyòl    | 1-B |
Fabiola Thermidor     | Ayiti  | Kreyòl    | 1-A | travay lannwit samdi
Esther Nazaire        | Ayiti  | Kreyòl/FR | 1-B |
Wendy Paul            | Ayiti  | Kreyòl    | 1-A | vle klas sitwayènte apre
Josué Lafleur         | Ayiti  | Kreyòl    | 1-B | ap vini ak pitit li (gadri)
Naomie Joachim        | Ayiti  | Kreyòl    | 1-A |

Tout elèv yo te pase tès plasman an nan mwa novanm. Liv yo ap nan sal la lendi.
Kle sal 104 la nan biwo resepsyon an.

Mèsi!
Rosemène Pierre, Kowòdonatris ESL""",
        [],
    ),
    (
        """Subject: تأكيد الدفع التلقائي للإيجار / Rent autopay confirmation – Unit 214
From: Cedar Court Apartments – Property Management <office@cedarcourtapts.com>
To: السيد وليد منصور

عزيزي السيد وليد،

تم تفعيل الدفع التلقائي لإيجار الشقة 214 بنجاح.

المبلغ الشهري: $1,650.00
تاريخ السحب: اليوم الأول من كل شهر، ابتداءً من 1 يناير
الحساب: حساب جاري (checking) ينتهي بـ 5086 – Chase
رقم التأكيد: CC-AP-384154

Rent autopay for Unit 214 is active: $1,650.00 drawn from your checking account ending
in 5086 on the 1st of each month, starting January 1.

تذكير: تمّ تغيير رمز البوابة الخلفية للموقف إلى 1935# ابتداءً من يوم الإثنين.
Reminder: the back parking gate code changes to 1935# on Monday.

مع التحية،
إدارة Cedar Court Apartments
(703) 555-0121""",
        [],
    ),
    (
        """Subject: Судебное заседание по делу о выселении / Eviction hearing – 9 декабря
From: Tenant Justice Project – юридическая помощь арендаторам <help@tenantjusticepdx.org>
To: Валентина Зайцева

Здравствуйте, Валентина!

Напоминаем: заседание по вашему делу о выселении назначено на вторник, 9 декабря, в
9:00, Multnomah County Courthouse, зал 208. Номер дела: 25LT14792.

Это гражданское дело, а не уголовное. Вас не могут арестовать на этом заседании, и оно
не попадает в вашу криминальную историю.

Что взять с собой:
- договор аренды и все письма от управляющей компании
- квитанции об оплате аренды (наличные – с подписью)
- фото плесени в ванной и ваши письменные жалобы

Наш адвокат Рэйчел Ким будет ждать вас у зала в 8:30. Переводчик с русского будет
предоставлен судом.

Tenant Justice Project
(503) 555-0166""",
        [],
    ),
    (
        """Subject: Дякуємо за вашу пожертву / Donation receipt – гуманітарна допомога Харкову
From: Kharkiv Relief Network USA <donations@kharkivrelief.org>
To: Оксана Литвин

Дорога пані Оксано,

Щиро дякуємо за вашу пожертву! Ваші кошти підуть на генератори та ліки для лікарень
Харківської області.

Квитанція / Receipt
Жертводавець: Оксана Литвин
Сума: $150.00
Дата: 28.11.2025
Спосіб оплати: кредитна картка (онлайн)
Номер квитанції: KRN-2025-04417

Kharkiv Relief Network USA є неприбутковою організацією 501(c)(3), EIN 84-3920157. Жодних
товарів чи послуг в обмін на пожертву не надавалося. Збережіть цей лист для податкової
декларації.

No goods or services were provided in exchange for this contribution.

З вдячністю,
Команда Kharkiv Relief Network USA""",
        [],
    ),
    (
        """Subject: ናሙና ቅጽ / SAMPLE filled W-7 for Saturday's ITIN class
From: Addis Tax & Bookkeeping – Alexandria VA <info@addistax.com>

ሰላም ለሁላችሁ፣

ለቅዳሜው የITIN ትምህርት ክፍል እንዲረዳችሁ የተሞላ ናሙና ቅጽ (sample W-7) ከታች አስቀምጠናል።
ሁሉም መረጃዎች ልብ ወለድ (fictional) ናቸው፤ እውነተኛ ሰው አይደለም።

*** SAMPLE / ናሙና – NOT A REAL PERSON ***
ስም / Name: Abebe Sample Kebede
የትውልድ ሀገር / Country of birth: Ethiopia
የፓስፖርት ቁጥር / Passport no.: EP_______
የአሜሪካ ቪዛ ቁጥር / U.S. visa no.: __________
SSN/ITIN (if any): XXX-XX-XXXX
ምክንያት / Reason: (d) dependent of U.S. citizen/resident alien
***

እውነተኛ ሰነዶቻችሁን (ፓስፖርት፣ የልደት ሰርተፊኬት) በኢሜይል አትላኩ፤ ቅዳሜ ይዛችሁ ኑ።
Do not email your real documents; bring them on Saturday.

ቅዳሜ ታኅሣሥ 4 (Dec 13), 10:00 AM
Addis Tax & Bookkeeping – (703) 555-0144""",
        [],
    ),
    (
        """Subject: 4-H – ntawv txhaj tshuaj tshis / Goat health papers for the county fair
From: Fresno County 4-H – Livestock Office <livestock@fresno4h.org>
To: Tsev neeg Xyooj (Xiong family)

Nyob zoo tsev neeg Xyooj,

Ntxhi tus tshis "Nplooj" (tag #4683) twb npaj txhij rau lub rooj sib tw tsiaj txhu
(county fair). Peb tau txais cov ntaub ntawv hauv qab no:

- Tshuaj tiv thaiv CDT: txhaj hnub 10/02 thiab 11/01
- Kuaj cab (fecal egg count): tsawg, tsis tas muab tshuaj
- Tus kws kho tsiaj (veterinarian) sau tias nws tau kho nws txhais ceg laug uas mob
  me ntsis nyob rau lub 9 hli, tam sim no zoo lawm.

English: Ntxhi's goat "Nplooj" (tag #4683) has its CDT shots and fecal test on file; the
vet notes a mild left-leg lameness in September, now resolved. Cleared to show.

Hnub coj tsiaj tuaj: Friday, 7:00 AM, Barn C.

Fresno County 4-H Livestock""",
        [],
    ),
    (
        """Subject: Bem-vinda ao Sindicato de Inquilinos! / Welcome to the Tenants' Union
From: Sindicato de Inquilinos de Somerville <contato@inquilinossomerville.org>
To: Rosângela Pires

Olá, Rosângela!

Que bom ter você com a gente. A sua inscrição no Sindicato de Inquilinos de Somerville
foi recebida, e a sua contribuição de $5 por mês já está ativa.

O que fazemos:
- Reuniões mensais de prédio (o seu prédio, 88 Highland Ave, tem 11 membros)
- Apoio quando o proprietário não faz consertos ou aumenta o aluguel de forma abusiva
- Acompanhamento no tribunal de habitação

Na última assembleia, o sindicato decidiu apoiar a proposta de controle de aluguel na
votação de novembro. A decisão é da organização; cada membro vota como quiser.

Próxima reunião: quarta-feira, 10 de dezembro, 19h, no salão da biblioteca Central.
Teremos interpretação em português, espanhol e crioulo haitiano.

Um abraço,
Coordenação do Sindicato de Inquilinos""",
        [],
    ),
    (
        """Subject: ¡Sus boletos para la Gran Rifa Navideña! / Your raffle tickets
From: Club de Padres – Escuela Primaria César Chávez <clubdepadres@chavezpto.org>
To: Familia Gutiérrez

¡Hola, familia Gutiérrez!

Gracias por comprar boletos para nuestra Gran Rifa Navideña. Todo lo recaudado es para el
viaje de fin de año de quinto grado.

Sus boletos: 004817 y 004818
Rifa: viernes 19 de diciembre, 6:00 p. m., en la cafetería de la escuela
Premios: una TV de 55", una tarjeta de regalo de $200 para el supermercado y una canasta
de productos de Michoacán

Código de descuento para la cena de la posada (tamales y champurrado): POSADA10
Wi-Fi para las familias en la cafetería: ChavezFamilias – contraseña: posada2025

No necesita estar presente para ganar; llamaremos a los ganadores.

Club de Padres – Escuela César Chávez
(408) 555-0158""",
        [],
    ),
    (
        """Subject: 社区通讯：租金管制修正案 / Newsletter: the rent stabilization amendment
From: 日落区华人居民协会 Sunset Chinese Residents Association

各位会员：

上周市议会就租金管制修正案举行了听证会。市议员 Lorraine Chu 在会上公开表示
支持修正案，并说将在下月的全体会议上投赞成票。市长办公室表示还在研究。

本会理事会上月已投票决定以协会名义支持这项修正案。这是协会的立场，
会员个人可自由决定是否支持。

下一步：
- 12 月 9 日第二次听证会，下午 2 点，市政厅 250 室，提供粤语及普通话翻译
- 欢迎会员出席或提交书面意见

English summary: Supervisor Lorraine Chu publicly backed the amendment at last week's
hearing. Our board voted to endorse it as an association; members decide for themselves.

日落区华人居民协会 敬启
(415) 555-0187""",
        [],
    ),
    (
        """Subject: Bảng giá dịch vụ tang lễ / Funeral service price list (song ngữ)
From: Nhà Quàn An Lạc – An Lac Funeral Home <info@anlacfuneral.com>

Kính gửi quý gia đình,

Theo yêu cầu, chúng tôi gửi bảng giá dịch vụ năm 2026 (theo quy định FTC):

- Dịch vụ cơ bản của nhà quàn / Basic services: $2,450
- Tẩm liệm và trang điểm / Embalming & dressing: $895
- Phòng viếng (mỗi ngày) / Viewing room, per day: $650
- Hỏa táng trực tiếp / Direct cremation: $1,595
- Xe tang / Hearse: $425
- Nghi lễ theo phong tục Phật giáo, Công giáo hoặc truyền thống gia đình: miễn phí phòng
  thờ, gia đình tự mời chư tăng hoặc linh mục
  (Buddhist, Catholic or family-tradition rites: chapel at no charge; families invite
  their own clergy)

Bảng giá chỉ để tham khảo; chưa có hợp đồng hay thông tin về người đã khuất nào.

Nhân viên nói tiếng Việt trực 24/7: (714) 555-0169
Nhà Quàn An Lạc – Westminster""",
        [],
    ),
    (
        """Subject: Su estado de cuenta de noviembre está listo / Your November statement is ready
From: Cooperativa de Crédito Comunidad Unida <avisos@ccunida.org>
To: Sr. Bernardo Lucero

Estimado Sr. Lucero:

Su estado de cuenta de noviembre ya está disponible en la banca en línea.

Cuenta de ahorros: ****2190
Cuenta de cheques: ****7714

Para verlo, entre a ccunida.org o a nuestra app. Por su seguridad, no incluimos
números completos de cuenta en los correos.

Recuerde: la Cooperativa nunca le pedirá su contraseña, su PIN ni el código que le
enviamos por mensaje de texto. Si alguien le llama pidiéndolos, cuelgue y llame al
número que aparece en su tarjeta.

Your November statement is ready online. We never ask for your password, PIN or text
code by phone or email.

Atentamente,
Cooperativa de Crédito Comunidad Unida – San Antonio
(210) 555-0124""",
        [],
    ),
    (
        """Subject: Nuevo mensaje de voz de (800) 555-0150 – 0:31
From: VozNegocio Voicemail <no-reply@voznegocio.com>
To: Taquería El Güero – Administración

Tiene un nuevo mensaje de voz.

De: (800) 555-0150 (Cooperativa de Crédito Del Pueblo)
Recibido: 18/11/2025 7:42 a. m.
Duración: 0:31

Transcripción automática (puede contener errores):
"Hola, este es un mensaje automático de la Cooperativa de Crédito Del Pueblo para la
cuenta de negocio de Taquería El Güero. Su código de verificación para iniciar sesión en
la banca en línea es seis, tres, nueve, cuatro, cero, uno. Repito: 6 3 9 4 0 1. Este
código vence en diez minutos. Si usted no solicitó este código, llame al número que
aparece al reverso de su tarjeta."

Escuche el mensaje completo en su portal VozNegocio.
Para dejar de recibir transcripciones por correo, cambie sus preferencias.""",
        [
            ("ACCESS_CODE", "seis, tres, nueve, cuatro, cero, uno"),
            ("ACCESS_CODE", "6 3 9 4 0 1"),
        ],
    ),
    (
        """Subject: تأكيد الحوالة / Transfer confirmation – Amman
From: Levant Exchange & Money Transfer – Paterson NJ <transfers@levantexchange.com>
To: السيد نبيل حداد

عزيزي السيد نبيل،

تم إرسال حوالتك بنجاح، وهذه تفاصيلها:

المرسل: نبيل جريس حداد
المستفيد: ريما حداد (الأخت)
البنك: البنك العربي – فرع الشميساني، عمّان
رقم الآيبان (IBAN): JO80 ARAB 8136 0000 3324 6323 8626 53
المبلغ المرسل: $1,200.00
المبلغ المستلم: 850.80 دينار أردني
رقم المرجع: LX-448190

يصل المبلغ عادة خلال يوم إلى يومَي عمل. يرجى التأكد من رقم الآيبان؛ وإذا كان فيه خطأ
فاتصل بنا فوراً قبل الساعة 3 عصراً.

Your transfer to Reema Haddad at Arab Bank, Amman, has been sent; please check the IBAN.

مع الشكر،
Levant Exchange – (973) 555-0148""",
        [("IBAN_CODE", "JO80 ARAB 8136 0000 3324 6323 8626 53")],
    ),
    (
        """Subject: የITIN ማመልከቻ (W-7) / ITIN application – documents received
From: Addis Tax & Bookkeeping – Alexandria VA <info@addistax.com>
To: ወ/ሮ ፍሬሕይወት ታደሰ

ሰላም ወ/ሮ ፍሬሕይወት፣

የITIN ማመልከቻዎን (Form W-7) ከግብር ሪተርንዎ ጋር ለIRS ለመላክ ዝግጁ ነን። ያስመዘገብነው
መረጃ እንደሚከተለው ነው፦

ስም / Name: Firehiwot Tadesse Bekele
የኢትዮጵያ ፓስፖርት ቁጥር / Ethiopian passport no.: EP6701002
የተሰጠበት: 2022 – የሚያበቃበት: 2027
ምክንያት / Reason: (e) spouse of U.S. citizen/resident alien

እኛ Certifying Acceptance Agent ስለሆንን ዋናውን ፓስፖርት ወደ IRS መላክ አያስፈልግም፤
ቅጂውን አረጋግጠን እንልካለን። ፓስፖርትዎን ሰኞ መጥተው ይውሰዱ።

English: your W-7 is ready with your Ethiopian passport details above; as a CAA we keep
the original here and you can pick it up on Monday.

ከሰላምታ ጋር፣
Addis Tax & Bookkeeping – (703) 555-0144""",
        [("US_PASSPORT", "EP6701002")],
    ),
    (
        """Subject: Pedido confirmado! / Order confirmed – Padaria Pão de Minas
From: Padaria Pão de Minas – Marlborough, MA <pedidos@paodeminas.com>
To: Cláudia Rezende

Oi, Cláudia!

Seu pedido para a festa de sábado foi confirmado:

Pedido nº 6310518
- 200 pães de queijo (congelados)
- 1 bolo de brigadeiro (30 fatias) com "Feliz 15 anos, Luana!"
- 100 coxinhas e 100 kibes

Retirada: sábado, 13/12, às 10h, na loja da Main Street
Total: $312,50 – pago no cartão, na loja (sinal de 50% já recebido)
Cupom aplicado: NATAL10

Se quiser entrega, cobramos $25 dentro de Marlborough e Hudson.

Qualquer mudança, chama no WhatsApp (508) 555-0102 até quinta.

Beijos,
Equipe Pão de Minas""",
        [],
    ),
    (
        """Subject: 이체 완료 안내 / Transfer completed
From: 한인커뮤니티신용조합 Korean American Community Credit Union <alerts@kaccu.org>
To: 박상우 님

박상우 님, 요청하신 이체가 완료되었습니다.

출금 계좌 / From: 보통예금 (Checking) ****3318
입금 계좌 / To: 정기적금 (Savings) ****0472
금액 / Amount: $2,000.00
처리일 / Date: 2025-11-21
확인번호 / Confirmation: KACCU-TR-884120

본인이 요청하지 않은 이체라면 즉시 (201) 555-0109로 연락해 주세요.
저희는 전화나 이메일로 비밀번호, PIN, 인증번호를 절대 묻지 않습니다.

Your transfer of $2,000.00 between your accounts is complete. We never ask for your
password, PIN or verification code by phone or email.

한인커뮤니티신용조합 – Fort Lee, NJ""",
        [],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_33, "hard33", Path(__file__).with_name("hard-33.jsonl")))
