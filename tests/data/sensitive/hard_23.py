"""Hard set 23 (2026-12-06): red-team shapes of real mail, with look-alike decoys.

Written by an independent helper session. The author read only its brief, the privacy
policy (/work/shared/policy/privacy-policy.txt, above all Section 9),
tests/data/sensitive/independent_sets.py (the checker and record format),
scanner/categories.py (special-category names) and the ruff settings in pyproject.toml
(found with a grep for "ruff" and "line-length", whose few lines of context also showed
neighbouring dependency pins). Nothing else in the repository was read: no other scanner
code, rules, docs, README, other hard sets, eval reports or git history. The detector
was never run on these texts.

Values: every identifier was generated for this set by a throwaway, seeded script kept
outside the repository (/tmp): Luhn-valid card numbers (Visa, Mastercard, Amex), ABA
routing numbers with a valid prefix and 3-7-1 checksum, mod-97 IBANs (GB, DE, NL), SSNs
obeying SSA rules, ITINs with a valid group, random passport and licence numbers in
plausible national formats (US, UK, Canada, India, Kenya, Philippines, Ontario, NSW,
Florida, Texas, California, Karnataka), random digits for bank accounts, PINs, codes,
CVVs and scores, and random base62/hex strings for secrets and hashes. Decoy look-alikes
(a card-shaped order number, SSN-shaped SKUs, tracking numbers) were checked to fail
Luhn and SSA rules. No published test numbers and no trivial sequences are used.

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
Added for this set:
- A value spoken or typed with odd spacing (voice-to-text "3 4 4 5 ...", "itin 937 84
  ...") is labelled as written, spaces included. A foreign bank's account number (a
  Philippine savings account) is US_BANK_NUMBER, like a US one.
- Organisations' registration, VAT, charity, company, M-Pesa business (paybill) and
  SACCO member numbers, SWIFT codes, request and event IDs, payment-method tokens and a
  processor's card "fingerprint" field (a token, not a biometric) are unlabelled.
- A course of a drug that treats only one condition (Epclusa: hepatitis C; Suboxone and
  methadone: opioid use disorder) and a stay at a named addiction-treatment centre are
  health; "the big C" said of a named person is health.
- "Her wife" said of a woman, or a child's "other mom" who is the mother's wife, is a
  same-sex spouse (sexual_orientation); a man writing "my husband" likewise. Doing
  "dates" (sex work) is sexual activity.
- A union "book" (carrying a book with a local) is membership.
- A payroll CSV or CRM row giving a named person's race or ethnicity is a disclosure; the
  same field in an aggregate table is not. A Native Hawaiian (kanaka maoli) identity is
  an indigenous people.
- A volunteer's or precinct captain's role for a party committee is support for it.
- A religious exemption from vaccination is both health (vaccination status) and
  religious_belief.

Emphasis: 100 cases, 59 positive and 41 decoys, written as real people and systems write
mail: mobile replies above long quoted threads, voicemail-to-email transcripts, mail-merge
residue, pasted spreadsheet rows, CSV and JSON webhook payloads, markdown tables, log
lines, long legal disclaimers, unusual labels ("Gov ID:", "acct:", "rtg/acct", "DL/ID",
"member PIN"), misspellings and lowercase texting, international senders (UK, Canada,
Australia, India, Kenya, Philippines, Germany, the Netherlands), and special categories
said obliquely (a drug, program, prison or clinic name, a euphemism, a relative, the
writer in passing). Decoys share the shapes and vocabulary: failing look-alike numbers,
order and tracking numbers, unfilled templates, blank forms, policy and training text,
fiction, aggregate reports, public officials' public positions, a pet's illness, civil
matters, open invitations and door or Wi-Fi codes.
"""

from __future__ import annotations

from pathlib import Path

from independent_sets import Case, write

HARD_23: list[Case] = [
    (
        """Subject: Re: Re: Your VITA appointment Sat 1/31 - what to bring

ssn# 842-72-8289 sorry it got cut off in the pic. and my husbands itin is 937 84 7807
he doesnt have the letter anymore

Sent from my iPhone

> On Jan 27, 2026, at 6:02 PM, Eastgate Free Tax Help <vita@eastgatetaxhelp.org> wrote:
>
> Hi Yesenia,
>
> Thanks for sending the photos! Most of it came through fine. A couple of things we
> still need before Saturday:
>
> - the second page of your W-2 from Brightway Logistics
> - the 1098-T from Lakeshore Community College
> - a clear photo of the Social Security card (the top of the number is cut off in
>   the one you sent)
> - your husband's ITIN assignment letter (CP565) if you still have it
>
> Appointments are 20 minutes and we are in the library annex, room B. Parking is
> free after 5 on weekdays and all day Saturday.
>
> Thanks,
> Gloria Nakamura
> Site Coordinator, Eastgate Free Tax Help
>
>> On Jan 26, 2026, at 9:14 PM, Yesenia Morales <ymorales.87@gmail.com> wrote:
>>
>> here are the pics, let me know if u need anything else""",
        [("US_SSN", "842-72-8289"), ("US_ITIN", "937 84 7807")],
    ),
    (
        """Subject: Site volunteers: when a client emails us their numbers

Team,

Every filing season a handful of clients answer our reminder emails by typing their
full social or ITIN straight into the reply ("ssn# ...", "soc sec is ...", "my social
is ..."). When that happens:

1. Do not reply-all or forward the message, and do not copy the number into the
   scheduling sheet.
2. Reply from the site inbox with the secure upload link and ask them to bring the
   card to the appointment instead.
3. Delete the message and empty the Deleted Items folder.

Our intake template only ever shows the number as XXX-XX-____ and the scheduling
sheet has no column for it. If you see a full number in the sheet, tell me and I will
clean it up.

Two more reminders. The IRS never emails an Identity Protection PIN, so if a client
forwards an "IP PIN" email to us it is almost certainly phishing. And nobody on the
site team should ever ask a client for an online banking password "to check the
refund": we look up refund status with the client present, on their phone.

Thanks for everything you do - 1,214 returns last season and counting.

Gloria Nakamura
Site Coordinator, Eastgate Free Tax Help""",
        [],
    ),
    (
        """Subject: Voice message from (559) 555-0143 (1 min 12 sec)

Transcript:
hi miss Carla this is Dante Reyes calling about the bus pass and the ID voucher um
you said to leave my information on the machine so my social is 3 4 4 5 8 8 5 4 5
and I got out of Chino in March so my PO said I gotta have the state ID before the
30th or it's gonna be a problem period um I'm staying at my aunt's on Belmont still
so the mail can go there call me back at this number thank you okay bye

--
This transcript was generated automatically by PhoneLine Voice-to-Email and may
contain errors. Listen to the original message in your portal.
Second Chance Works | Fresno Reentry Navigation Program""",
        [("US_SSN", "3 4 4 5 8 8 5 4 5"), ("criminal_history", "")],
    ),
    (
        """Subject: Your plan of care at «Clinic_Name»

Hi Marisol,

Thank you for choosing «Clinic_Name» for your recovery. Your therapist, «Therapist_First»,
has finished reviewing the notes from your evaluation last Tuesday.

PLAN OF CARE SUMMARY
Dx: lumbar radiculopathy, L5, s/p microdiscectomy «Surgery_Date»
Frequency: 2x/week for 6 weeks, then re-assess
Goals: sit 45 min without leg symptoms; return to lifting at work (max 25 lb)
Home program: nerve glides, prone press-ups, walking 20 min daily

Please bring «Insurance_Card_Type» and a list of your current medications to your next
visit. If you need to reschedule, call «Front_Desk_Phone» at least 24 hours ahead so we
can offer the slot to someone on the wait list.

Warmly,
«Sender_Name»
Harborline Spine & Sport Physical Therapy""",
        [("health", "")],
    ),
    (
        """Subject: FW: coach clearance batch 3 (pasted, attachment bounced)

Hi Dwayne - pasting from the sheet since the county portal bounced the attachment
again. These three still show as pending on your side. Can you resubmit them?

Coach       First   DL/ID #          St  Exp      Refs    Status
Haddad      Samir   H463484571024    FL  03/2029  2 of 2  pending
Okonkwo     Bisi    43195382         TX  11/2027  2 of 2  pending
Lindqvist   Anna    772080213 (ID)   NY  07/2030  1 of 2  pending

Anna only has the non-driver ID card from when she lived in Albany, that's why it
says (ID) - she doesn't drive. Her second reference is coming from the Montessori
school where she taught.

U10 and U12 practices start the 9th so it'd be great to have them cleared before
then.

Thanks!
Shauna Pettibone
Registrar, Millbrook United Youth Soccer""",
        [
            ("US_DRIVER_LICENSE", "H463484571024"),
            ("US_DRIVER_LICENSE", "43195382"),
            ("US_STATE_ID", "772080213"),
        ],
    ),
    (
        """Subject: [FormDesk] Webhook delivery failed - Spring Gala 2026 - Paddle Raise

Your form integration "Spring Gala 2026 - Paddle Raise" reported 1 failed delivery to
https://hooks.northlakeliteracy.org/donations. Raw payload of the failed event:

{
  "event": "donation.failed",
  "form_id": "spring-gala-2026",
  "submitted_at": "2026-04-18T20:43:07-05:00",
  "donor": {
    "first": "Harriet",
    "last": "Vance",
    "email": "hvance@lakemail.net",
    "zip": "53704"
  },
  "payment": {
    "card_number": "4245 2340 8362 1740",
    "exp": "11/29",
    "cvc": "410",
    "amount": "250.00",
    "recurring": false
  },
  "error": "gateway_timeout"
}

Note: this form is set to pass raw payment fields to your endpoint. We recommend
switching to tokenized payments under Settings > Payments > Field handling.

FormDesk Alerts - do not reply to this message""",
        [("CREDIT_CARD", "4245 2340 8362 1740"), ("CVV", "410")],
    ),
    (
        """Subject: Re: did the Saturday market payout go through?

Hi Bea, yes - here is the event from the processor, copied from the dashboard log:

{
  "id": "evt_dEQZnG6aWcTffZo9OGqfpP1W",
  "type": "charge.succeeded",
  "data": {
    "amount": 4850,
    "currency": "usd",
    "payment_method": "pm_YBCZGsCtxXEzC52f1lsUycIS",
    "payment_method_details": {
      "card": {
        "brand": "visa",
        "funding": "debit",
        "country": "US",
        "fingerprint": "1btqjnJzBlEJ4LFo",
        "exp_month": 7,
        "exp_year": 2029,
        "wallet": "apple_pay"
      }
    },
    "receipt_number": "1841-2207",
    "metadata": {"booth": "B14", "vendor": "Honey Hollow Apiary"}
  }
}

So the $48.50 for the two jars of buckwheat honey and the beeswax wrap cleared. The
payout to the apiary's account goes out on the usual Tuesday schedule.

Eli
Westbrook Farmers Market Association""",
        [],
    ),
    (
        """Subject: new direct deposit info for payroll (starts w/ 3/13 run)

Hi Corinne,

Two updates for the bakery payroll. Pasted as a table from my notes app, hope the
formatting survives:

| Employee      | rtg/acct                | type | split |
|---------------|-------------------------|------|-------|
| Lupe Ferreira | 030281886 / 8981979938  | chk  | 100%  |
| Tomasz Wilk   | 073072706 / 53905738    | sav  | 100%  |
| Adaeze Nwosu  | no change               |      |       |

Tomasz switched banks after the branch on Fifth closed. Lupe is new (started 2/24,
hourly, $19.50, mornings). Voided checks are in the red folder in the office if you
want to double check anything when you come by Thursday.

Thanks!
Marguerite Oduya
Rise & Crumb Bakery
(608) 555-0192""",
        [
            ("ABA_ROUTING_NUMBER", "030281886"),
            ("US_BANK_NUMBER", "8981979938"),
            ("ABA_ROUTING_NUMBER", "073072706"),
            ("US_BANK_NUMBER", "53905738"),
        ],
    ),
    (
        """Subject: Re: customers getting logged out at checkout??

Hey Theo,

Here's what the hosting panel shows for this morning. I copied the lines around
the time Darshan (one of our regulars, orders the masala chai tins every month) said
he couldn't get in:

2026-03-02 14:11:09 WARN  auth      session expired sid=9c1e7f.. user=dkaur88
2026-03-02 14:11:22 DEBUG auth      login attempt user=dkaur88 pw=Saffron&Chai2019
2026-03-02 14:11:22 INFO  auth      login ok user=dkaur88 cart=restored items=3
2026-03-02 14:12:40 ERROR checkout  payment iframe timeout order=WB-20931
2026-03-02 14:12:41 INFO  checkout  retry scheduled order=WB-20931

Is it normal for it to write the password out like that?? That seems bad. Can you
turn off whatever DEBUG thing that is, and also figure out the iframe timeout? We
lost two orders yesterday.

Thanks,
Naveen
Windowbox Spice Co.""",
        [("PASSWORD", "Saffron&Chai2019")],
    ),
    (
        """Subject: RE: error log from the booking site

Theo - here you go, copied straight out of the panel:

2026-05-11 09:02:14 INFO  auth     login ok user=frontdesk pw=[REDACTED] mfa=ok
2026-05-11 09:02:15 DEBUG session  issued sid=****************** ttl=3600
2026-05-11 09:14:51 WARN  booking  slot conflict room=Cedar date=2026-06-20
2026-05-11 09:14:51 ERROR booking  request_id=7ca3e7cc-94cf-293f rollback=true
2026-05-11 09:15:03 INFO  booking  retry ok request_id=7ca3e7cc-94cf-293f

The Cedar room is the one that keeps double-booking. The 6/20 slot ended up with
both the Kessler wedding rehearsal dinner and the Rotary lunch. I fixed it by hand
but it'll happen again the next time someone books the same day.

Also the password still shows as [REDACTED] in these, so I think your fix from
last month is working.

Thanks,
Gwen Ostrowski
Lakeview Lodge & Event Barn""",
        [],
    ),
    (
        """Subject: Q1 estimates + coverage while I'm out

Hi Phil and Dana,

Your Q1 federal and state estimated payments are attached as vouchers. The federal
amount went up a bit ($3,150) because of the new wholesale account for the nursery,
so please double-check the cash flow before the 15th.

One scheduling note: I'm doing chemo on Thursday afternoons through the end of March,
so I'm out those days and sometimes slow on Fridays. Bethany Lo in our office has your
file and can answer anything urgent, and I'm still on email most mornings.

Best,
Ruth Abernathy, CPA
Abernathy & Lo Tax and Accounting
1418 Mill Street, Suite 2 | Ashford, VT 05301 | (802) 555-0131

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole
use of the intended recipient(s) and may contain confidential and privileged
information, including tax return information, Social Security numbers, bank account
details or protected health information. Any unauthorized review, use, disclosure or
distribution is prohibited. If you are not the intended recipient, please contact the
sender by reply e-mail and destroy all copies of the original message.
IRS CIRCULAR 230 DISCLOSURE: Any tax advice contained in this communication is not
intended or written to be used, and cannot be used, for the purpose of avoiding
penalties under the Internal Revenue Code.""",
        [("health", "")],
    ),
    (
        """Subject: renewal paperwork for the shop policy

Hi Mr. Castellanos,

Your general liability and commercial auto renewals are ready to sign through the
portal link below. Premiums are up 6% overall, mostly on the auto side because of the
new box truck.

I'll be out Thursday afternoon for my son's graduation, so if you want to go over the
numbers by phone, Wednesday or Friday works best.

Regards,
Kendra Whitlock
Whitlock Family Insurance Agency
22 Depot Road, Marlow, NH 03456 | (603) 555-0178

CONFIDENTIALITY NOTICE: This message and any attachments may contain confidential
information, including personally identifiable information such as driver's license
numbers, Social Security numbers, medical or claims information protected under HIPAA,
and financial account information. It is intended only for the named recipient. If you
received this message in error, notify the sender immediately and delete it. Please
do not send driver's license numbers, SSNs or card numbers by e-mail; use the secure
portal. Coverage cannot be bound or changed by e-mail or voicemail.""",
        [],
    ),
    (
        """Subject: Expenses + ID for the Lisbon conference booking

Hi Priya,

Apologies for the delay - here are the bits you asked for so you can book the flights
and claim back my train fare to Heathrow.

Name as on passport: Wendy Margaret Ashworth
Passport no. 068713398, expires 09/2031
Bank for the reimbursement (the finance system wants an IBAN even for UK accounts):
GB66 MIDL 0344 2595 6302 23

Receipt for the £68.40 off-peak return is attached. I'm happy to share a room with
Siobhan if that keeps the hotel cost down.

Cheers,
Wendy

Wendy Ashworth
Trustee, Calder Valley Riverside Trust
Registered charity no. 1187446
Hebden Bridge, West Yorkshire""",
        [("US_PASSPORT", "068713398"), ("IBAN_CODE", "GB66 MIDL 0344 2595 6302 23")],
    ),
    (
        """Subject: volunter driver registration - my documents

Hello Ms. Tremblay,

Thank you for the orientation last week, i would like to sign up as a volunter
driver for the airport pickups of new families. You asked for my documents for the
police check so here they are:

Name: Gurpreet Singh Bains
driviers licence (Ontario, full G): D9887-88692-16100
passport #: YN361962 (Canadian)
address: 41 Maple Grove Cres, Brampton ON

i am available Saturdays and most weekday evenings after 6. My van has 7 seats so i
can take a big family with luggage. Please let me know if you need anything else for
the vulnerable sector check.

Thank you,
Gurpreet
Peel Newcomer Welcome Network - volunteer applicant""",
        [("US_DRIVER_LICENSE", "D9887-88692-16100"), ("US_PASSPORT", "YN361962")],
    ),
    (
        """Subject: Re: nipper age managers - paperwork

g'day Kym, sorry mate, totally forgot to send this through

DL/ID: NSW 63938338 , exp 2029
WWC check is done and cleared, I'll forward you the email from the Office of the
Children's Guardian tonight when I'm back on the laptop.

Happy to do the U9s again, same as last season. Can I get a new rashie, the old one's
got a hole in it

cheers
Bronte

Sent from my iPhone

> On 14 Sep 2026, at 7:48 pm, Kym Albrecht wrote:
>
> Hi all, nipper season starts Sunday 11 October! Age managers, I still need a copy
> of your driver licence or photo card and your Working With Children check
> clearance before the first session. Water safety refresher is 4 Oct at 8am.
>
> Kym
> Junior Activities Coordinator, Tamarama Point Surf Life Saving Club""",
        [("US_DRIVER_LICENSE", "63938338")],
    ),
    (
        """Subject: Visa invitation letter - details for Ravindra Hegde

Dear Ms. Carter,

Thank you for confirming my place at the Water & Sanitation Partners convening in
Denver. As requested, please find my details for the invitation letter for my B1/B2
visa interview at the Chennai consulate:

Full name: Ravindra Shankar Hegde
Date of birth: 14 February 1979
Passport No: P6382735 (issued Bengaluru, valid till 2033)
Organisation: Jalamitra Rural Water Trust, Dharwad, Karnataka
Designation: Programme Director

I would also like to rent a car for the site visit to Greeley. The rental company
asks for my Indian DL no. along with the International Driving Permit, so I am
noting it here: KA05 20170061938.

Kindly let me know if anything else is required.

With regards,
Ravindra S. Hegde
Jalamitra Rural Water Trust""",
        [("US_PASSPORT", "P6382735"), ("US_DRIVER_LICENSE", "KA05 20170061938")],
    ),
    (
        """Subject: Cannot log in to member portal

Dear Sir/Madam,

I am a member of Tumaini Women Traders SACCO, member no. TW-04417, Gikomba branch.
Since last week I cannot log in to the portal to check my loan balance. I tried my
member PIN 8216 three times and now it says the account is locked.

Kindly reset it for me. For verification, my passport number is AK6739504 because
my ID card is with the chief's office for replacement after it got lost at the market.

My phone number is the same one on my membership form. I am available after 4pm
because I close the stall then.

Thank you,
Wanjiru Kamau""",
        [("PIN", "8216"), ("US_PASSPORT", "AK6739504")],
    ),
    (
        """Subject: Onboarding form for payroll (Marites)

Hi Jess!

Here are my details for the contractor onboarding, sorry it took me a while, the
brownout here lasted the whole afternoon yesterday.

Full name: Marites Dizon Villanueva
PH Passport: P3972784Q
Bank: BDO Unibank, savings
Acct: 087080881498
Account name: Marites D. Villanueva
SWIFT: BNORPHMM
Address: Blk 7 Lot 12, Mabini St., Barangay San Isidro, Cainta, Rizal

I can start Monday 9am your time (that's 9pm here, which is fine for me). I already
have the login for the scheduling inbox you sent.

Salamat po!
Marites""",
        [("US_PASSPORT", "P3972784Q"), ("US_BANK_NUMBER", "087080881498")],
    ),
    (
        """Subject: Prayer chain - week of November 9

Dear prayer partners,

Please lift up Dolores Whitfield this week. She got word Monday that the big C is back,
this time in her lungs, and they are starting her on the pill form first before
anything stronger. She asked that we pray for strength for her and for Harold, who
is doing all the driving to Rapid City.

Please continue to pray for our youth mission team as they finish raising funds for
the spring trip, and give thanks for the Hendersons' safe return from visiting their
daughter in Nairobi.

Meal train sign-up for the Whitfields is on the bulletin board in the narthex.

In His peace,
Marjorie Lindahl
Prayer Chain Coordinator, Trinity Lutheran Church""",
        [("health", "")],
    ),
    (
        """Subject: Blue Christmas service + winter support groups

Friends,

The holidays can be hard. This year we will again hold a Blue Christmas service on
Sunday, December 21 at 5 pm in the chapel: a quiet, candlelit service for anyone who
is grieving, living with illness, caring for someone who is sick, or just finding the
season heavy. All are welcome; you do not need to be a member.

Our winter groups, open to the whole community:
- GriefShare: Mondays 6:30 pm, Fellowship Hall
- Cancer Companions: Tuesdays 10 am, for anyone walking through cancer or caring for
  someone who is
- Recovery Fellowship (12-step): Thursdays 7 pm, side entrance

Childcare is available for all three groups with 48 hours' notice.

Peace,
Rev. Anna Kowalczyk
St. Brendan Community Church""",
        [],
    ),
    (
        """Subject: outreach notes thurs night

kiana was at the motel on alvarado again, still doing dates out of room 14 so she
wanted condoms + a few of the fent test strips. she said she missed her methadone dose
yesterday bc the line at the clinic was out the door and she had to get back. i told
her we can do a ride tues if she wants, she said maybe.

gave out 22 narcan kits total, 40ish syringe packs, ran out of wound care stuff by 11.
van needs gas + the back door latch is sticking again.

- tre

Harbor Light Harm Reduction Collective | night outreach""",
        [("sexual_orientation", ""), ("health", "")],
    ),
    (
        """Subject: recert due - Hollis

Hi Tasha,

Quick reminder that Mr. Hollis's Ryan White Part B recertification is due by 6/30. We
still need his updated proof of income (his hours at the warehouse changed in
April) and a new proof of residency, since the lease at Carver Street was renewed in
his sister's name.

If we miss the deadline his medication assistance lapses, and the pharmacy won't fill
without the approval on file. I can meet him at the Eastside office Tuesday after
1 if that helps.

Thanks,
Lorenzo Pike
Medical Case Manager
River Valley CARES""",
        [("health", "")],
    ),
    (
        """Subject: Q3 program report - board packet

Board members,

Summary of Q3 (July-September) for the board packet:

- Clients served: 212 (up from 189 in Q2)
- New enrollments: 31, of whom 9 were newly diagnosed within the past year
- Viral suppression among clients with a lab in the quarter: 87%
- PrEP navigation: 54 referrals, 41 starts
- Housing: 17 households in HOPWA-funded units, 6 on the waitlist
- Food pantry visits: 1,048

No individual client information is included in this packet. The full data
dashboard is available to board members on request through the secure portal.

Respectfully,
Denise Arbuckle
Executive Director, River Valley CARES""",
        [],
    ),
    (
        """Subject: Connor - rest of the season

Hi Coach Pete,

I wanted to let you know Connor won't be at practice or the Duluth tournament. He has
been up at Hazelden in Center City since the 3rd and will be there at least 28 days.
We are hoping he can come back for the last few games in March.

We'd appreciate it if you kept this between us. He doesn't want the team to know the
details yet and he'll tell them himself when he's ready. Please just tell them he's
dealing with a family thing.

We'll still cover his share of the ice time, of course.

Thank you,
Maureen Gallagher
(Connor's mom)""",
        [("health", "")],
    ),
    (
        """Subject: Re: proxy pickup form

hi, i need to change the proxy on our pantry card. my brother Ray was on it but hes
back at Folsom until at least 2028 so he cant come in for us anymore. can i put my
neighbor Mrs. Duarte instead? she has a car and she already goes on thursdays

also the form says to bring ID for the proxy, does she need to come in person the
first time or can i bring a copy

thank you
Lucia Navarro

> On Mon, Oct 5, 2026, Southside Community Pantry <help@southsidepantry.org> wrote:
> Hi Lucia, to change your proxy please fill out the attached form and bring it to
> any distribution. Proxies must be 18+ and can pick up for up to two households.""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Notary appt Friday - affirmation instead of oath?

Hello,

I have the 2:30 slot on Friday to get the deed of trust and the two affidavits for
the lot-line adjustment notarized. Two questions before I come in.

First, I'm a Friend (Quaker) - I've attended meeting at Strawberry Creek for about
thirty years - and I don't swear oaths. Can the jurats on the affidavits be done as
affirmations? I know some notaries have a different certificate for that.

Second, my driver's license expired last month and the renewal is still in the mail,
so I'll bring my passport instead. The number is 830034648 in case you need to
prepare anything ahead of time.

Thank you,
Eleanor Haskins

> Your appointment with Bayside Mobile Notary & Title Services is confirmed for
> Friday at 2:30 PM. Please bring a current government-issued photo ID.""",
        [("religious_belief", ""), ("US_PASSPORT", "830034648")],
    ),
    (
        """Subject: question about my check

hi Gwen, I think the dues came out twice this period? pasted below from the portal,
sorry about the spacing

GREEN ACRE FOOD CO-OP                    EARNINGS STATEMENT
Employee: ESPINOZA, MARISELA             Pay date: 05/15/2026
Dept: Produce                            Period: 05/01 - 05/14

EARNINGS            HOURS     RATE       CURRENT
Regular             72.00     18.75      1,350.00
Overtime             3.50     28.13         98.46

DEDUCTIONS                               CURRENT
Fed W/H                                   112.40
FICA                                      110.81
State W/H                                  51.22
UFCW LOCAL 3000 DUES                       48.12
UFCW LOCAL 3000 DUES                       48.12
Dental (pre-tax)                           14.00

NET PAY deposited to acct XXXXXX4471      1,063.79

last month it was only once. can you check with the payroll company? thx
Mari""",
        [("trade_union_membership", "")],
    ),
    (
        """Subject: quick HR question (confidential)

Hi Naomi,

Hoping you can give me a quick read on something before I do anything. One of my
caregivers, Renata Sousa, told me on Monday that she signed a union card with SEIU
2015 last week, and that three or four of the others are talking about it too.

Renata has been with us almost four years and I have no complaints about her work.
But our biggest client family just cut their hours and I was already planning to
reduce her schedule from 36 to 28 hours starting next month. Can I still do that, or
does it look like I'm punishing her? I'd rather not end up in front of the labor board.

Can we talk Thursday? I'm free after the 2 pm client visit.

Thanks,
Greg Aldana
Owner, Hearthside Home Care LLC""",
        [("trade_union_membership", "")],
    ),
    (
        """Subject: Re: final weekend - can you take a shift?

yes!! put me down for canvassing for okafor sat + sun, westside turf if u have it.
i already gave 250 on actblue w my card ending 1582 so dont hit me up for $ lol.
can bring my cousin too if u need more ppl

-jaz

On Tue, Oct 27, 2026 at 4:12 PM Okafor for Assembly <team@okaforforassembly.com> wrote:
> Hi Jasmine,
>
> We're 7 days out and this race is tied. We need 60 more volunteers on the doors
> this weekend. Shifts are 10am-1pm and 2pm-5pm from the Westside field office
> (1120 Grand Ave) and the Eastside office (above the laundromat on 9th).
>
> Reply to this email or sign up at the link below and a field organizer will
> confirm your turf.
>
> Paid for by Okafor for Assembly 2026, FPPC ID #1467729""",
        [("political_opinion", ""), ("CREDIT_CARD_LAST_DIGITS", "1582")],
    ),
    (
        """Subject: Friend, we're 7 days out

Hi friend,

This race is TIED. The polls close in 7 days, and the other side just dropped another
$400,000 on TV ads.

Can you chip in $5, $10 or $25 right now to help us stay on the air through Election
Day? Every dollar goes to reaching voters in the 14th District.

[ CHIP IN $5 ]  [ CHIP IN $25 ]  [ OTHER AMOUNT ]

If you've saved your payment info with ActBlue, your donation will go through
immediately.

Thank you,
Team Okafor

Paid for by Okafor for Assembly 2026, FPPC ID #1467729.
Contributions are not tax deductible. Unsubscribe | Update preferences""",
        [],
    ),
    (
        """Subject: Re: March reconciliation - a few uncoded charges

Hi Lorna,

Answers to your list below:

- $412.18 Home Depot 3/04 - shop supplies, code to materials
- $96.00 Sunbelt Rentals 3/11 - trencher rental for the Marsh job
- $2,900.00 "FRIENDS OF HALLORANN" 3/19 - that one was me personally, it's my
  contribution to Kevin Hallorann's city council campaign. I used the shop Visa
  ending 1289 by mistake because it was the card in my wallet. Please code it as an
  owner draw, not a business expense, and definitely not advertising.
- $58.40 Valero 3/22 - fuel, truck 2

Let me know if you need receipts for the rentals.

Thanks,
Dale Brenneman
Brenneman Landscape & Irrigation""",
        [("political_opinion", ""), ("CREDIT_CARD_LAST_DIGITS", "1289")],
    ),
    (
        """Subject: Small Business Alliance - policy update, November

Members,

A quick roundup of where local officials landed on the issues our members told us
matter most:

- Councilmember Ruiz voted against the proposed commercial parking surcharge and
  said at the October 12 meeting that she will introduce a small-business exemption.
- Mayor Thornbury (who is running for State Senate as a Republican) has publicly
  endorsed the downtown business improvement district.
- State Senator Oyelaran, a Democrat, co-sponsored the minimum wage bill and spoke in
  favor of it at the chamber breakfast.

The Alliance does not endorse candidates. Board members who choose to volunteer for or
donate to campaigns do so on their own time and not on behalf of the Alliance.

Our next member mixer is December 4 at Copper Kettle Brewing.

Tamsin Greer
Policy Director, Eastfield Small Business Alliance""",
        [],
    ),
    (
        """Subject: captains list for walk packets (do not forward)

Hi Renée, here's the captains list pasted out of the VAN export for the packet
labels. Please don't forward this outside the committee.

name,phone,precinct,role,pledged_hrs,notes
Harold Voss,(707) 555-0114,2207,precinct captain,12,has a truck
Lydia Ambrose,(707) 555-0168,2211,precinct captain,8,
Samuel Oteng,(707) 555-0123,2214,co-captain,6,spanish
Bernadette Kaye,(707) 555-0187,2219,precinct captain,10,wants walk packets by Fri
Arturo Lemus,(707) 555-0141,2230,co-captain,4,evenings only

Packets for the 28 precincts without a captain go to the HQ table.

Thanks,
Joanne
Alder County Democratic Central Committee
Paid for by the Alder County Democratic Central Committee, FPPC ID #1402281""",
        [("political_opinion", "")],
    ),
    (
        """Subject: pickup change Friday - Zuri (Butterfly Room)

Hi Carmen,

Just a heads up for Friday: Jen Kowalski, Ngozi's wife, will be picking up Zuri at
4:30 instead of Ngozi. She is Zuri's other mom and is already on the authorized
pickup list, but she hasn't been in before so you won't recognize her. Please check
her ID at the door like usual.

Also, Zuri's spare clothes bin is down to one pair of leggings, so I'll ask them to
send more.

Thanks!
Dolores
Director, Little Acorns Learning Center""",
        [("sexual_orientation", "")],
    ),
    (
        """Subject: name update in the roster - Rowan

Hi team,

Please update the Butterfly Room roster, cubby labels and the sign-in tablet: the
child listed as Riley Ortega now goes by Rowan Ortega, pronouns he/him. His parents
asked us to use the new name from Monday on, including in the newsletter photos.

The legal name stays the same on the enrollment file for now, so only the
classroom-facing items change.

If any of the kids ask, a simple "Rowan likes to be called Rowan now" is plenty.

Thanks,
Dolores
Director, Little Acorns Learning Center""",
        [],
    ),
    (
        """Subject: Important health information - please call us

Hi Marcus,

This is Leah from the Partner Services team at Riverbend Community Health. We're
reaching out because someone you were intimate with in the past few months recently
tested positive for an infection that can be passed through sexual contact. We can't
share who it was, and they won't be told anything about you.

Testing and treatment are free and confidential, and it's usually one visit. Walk-in
hours are Tuesday and Thursday 1-6 pm at the Fulton Street clinic, or reply here and
I'll book you a time. Even if you feel fine, please come in - many people have no
symptoms.

Take care,
Leah Santangelo, Disease Intervention Specialist
Riverbend Community Health | (503) 555-0176""",
        [("health", ""), ("sexual_orientation", "")],
    ),
    (
        """Subject: scholarship documents - Hailey Birdsong

Hi Ms. Redcorn,

Here are the last items for the Native Student Success Scholarship:

Name: Hailey Birdsong
Student ID: TCC-20614
Gov ID: 85947747 (Cherokee Nation citizenship card, the blue one)
Tribal affiliation: enrolled citizen of the Cherokee Nation, Tahlequah

My mom is mailing a copy of my CDIB card too since the form said either one works.
I'm still waiting on my FAFSA correction so I'll send the SAR when it comes.

Wado,
Hailey Birdsong
Nursing program, 2nd year""",
        [("US_STATE_ID", "85947747"), ("racial_ethnic_origin", "")],
    ),
    (
        """Subject: Fall enrollment snapshot for the newsletter

Hi all,

Numbers for the fall newsletter, from the census-day report:

- Total headcount: 1,142 (up 6%)
- American Indian/Alaska Native students: 41% of headcount, representing 38 tribal
  nations
- First-generation students: 63%
- Native Student Success Scholarship recipients: 87

Please don't break these down further than this in print; anything smaller than a
group of ten could identify individual students. If you want a quote from a student,
go through the communications office so we get written permission.

Thanks,
Darlene Redcorn
Institutional Research, Tallgrass Community College""",
        [],
    ),
    (
        """Subject: Re: next month's program - can I present?

Hi Walt,

I'd love to do a short talk at the November meeting. My AncestryDNA results came back
last week and they actually line up with the family story: 41% Nigeria, 22% Cameroon,
Congo & Western Bantu Peoples, 14% Ireland, and the rest scattered. The Irish part
finally explains the "O'Neal" on my grandfather's side.

I could show how I used the DNA matches to break through the 1870 census wall
(the first census that names most of my Virginia ancestors). Maybe 20 minutes plus
questions?

Thanks,
Bernice O'Neal-Adebayo
Tidewater African American Genealogy Society""",
        [("genetic", ""), ("racial_ethnic_origin", "")],
    ),
    (
        """Subject: time off request - 3/19 morning

Hi Bev,

Could I take the morning of Thursday 3/19 off? I can come in at 1 and stay until
close to make up the hours.

Since you'll see it on the calendar anyway: my genetic results came back and I'm
BRCA2 positive (a pathogenic variant, the counselor called it). She wants to meet to
go over what screening I should be doing from now on, and that's the only slot she
had before April.

I'd appreciate it if this stays between us for now.

Thanks,
Tamsin
Front counter, Birch & Bramble Florist""",
        [("genetic", "")],
    ),
    (
        """Subject: Ayaan - updated goals after the genetics visit

Hi Mrs. Qureshi,

Thank you for sending the genetics report. For our records and so we can update
Ayaan's goals: the chromosomal microarray showed a 22q11.2 deletion, which the
geneticist said explains the heart repair he had as a baby and the palate
differences we've been working around in speech.

Given that, I'd like to add a referral for a velopharyngeal assessment at Children's
and shift two of our weekly sessions to resonance work. I'll send the updated plan
before our next visit.

Warmly,
Corinne Delacroix, MS, CCC-SLP
Little Voices Pediatric Speech Therapy""",
        [("genetic", ""), ("health", "")],
    ),
    (
        """Subject: Free webinar: Understanding your genetic test results

Hello,

Join our genetic counselors for a free one-hour webinar on Wednesday, February 11 at
7 pm:

- What a "pathogenic variant" means, and what a "variant of uncertain significance"
  does not
- BRCA1 and BRCA2: who might consider testing, and what screening options exist if a
  result is positive
- Carrier screening before or during pregnancy
- Ancestry tests vs. medical-grade tests: why your consumer DNA report isn't a
  diagnosis

No personal results will be discussed. If you'd like to talk about your own results,
book a private appointment instead.

Heartland Genetic Counseling Collaborative""",
        [],
    ),
    (
        """Subject: export for the new timeclock vendor

Hi Marco,

Per the migration checklist, here's the export from the old clock for the three
people at the south warehouse. I pasted it since your upload page kept timing out.

emp_id,name,finger,template_sha256
1042,Ramon Solis,R-index,c4135b3a9d740ea340e85357b03f18c621b60e33f82b6886e7268105988338fc
1057,Tiffany Hale,L-index,42ebae4f3310e7889d38b63f3ab73a02a08870ee6b97a770aed95b834905d24a
1063,Abdi Warsame,R-thumb,622138820bd91a246557999ec5cf9986b7cb0f64b31720aa83888d3f26afe6b2

All three enrolled on the old clock in 2023-2025. The other 14 employees are
already on the new system.

Thanks,
Paula Greenwood
Office Manager, Greenwood Produce Distributors""",
        [("biometric", "")],
    ),
    (
        """Subject: Updated: Biometric Timekeeping Notice and Consent

Team,

Starting March 1 we're switching to finger-scan time clocks at both warehouses. Please
read the attached notice and sign the consent form by February 20.

In short:
- The clock stores a mathematical template of your finger scan, not an image of your
  fingerprint.
- Templates are used only to record your punches, are never sold or shared except with
  our timekeeping vendor, and are destroyed within 30 days of the end of your
  employment.
- If you do not consent, you can use a PIN-and-badge punch instead, with no effect on
  your job.

Questions? Ask me or email hr@greenwoodproduce.com.

Paula Greenwood
Office Manager, Greenwood Produce Distributors""",
        [],
    ),
    (
        """Subject: [VerifyPoint] Verification complete - applicant 7731

A verification for Cedar Hollow Housing Partners completed. Result payload:

{
  "applicant_id": "7731",
  "name": "Kwame Boateng",
  "document": {
    "type": "driver_license",
    "issuer": "CA",
    "number": "J3939599",
    "expires": "2029-08-14"
  },
  "checks": {
    "document_authentic": true,
    "liveness": "pass",
    "face_match_score": 0.962,
    "face_match_threshold": 0.85
  },
  "decision": "approved",
  "completed_at": "2026-07-09T15:22:41Z"
}

View this verification in your VerifyPoint dashboard. This notification was sent
to the verification contact for your organization.""",
        [("US_DRIVER_LICENSE", "J3939599"), ("biometric", "")],
    ),
    (
        """Subject: call notes - member Okoro (card dispute)

Logged 10:42 am, Tuesday, member services line 2

Member: Chinedu Okoro
Verified: last 4 of soc sec: 3788, DOB, address on file
VoiceSecure: voiceprint enrolled on this call, match confidence 0.87 on re-verify
Issue: disputes two charges from "RIVERSIDE AUTO SPA", says he never went there.
Provisional credit issued; dispute form mailed. Card blocked and reissued, 7-10 days.

Sent to: disputes@mountainviewfcu.org
Agent: Kayla P.
Mountain View Federal Credit Union""",
        [("US_SSN", "3788"), ("biometric", "")],
    ),
    (
        """Subject: forklift cert - Jaylen

Hi Ms. Park,

Jaylen can't make the Thursday forklift certification because that's the same
morning as his drug court status hearing, and his coordinator says he can't
reschedule it without a good reason. Is there another session this month? He's been
on time every day and really wants that cert before the warehouse job fair.

If there's nothing until next month, can he at least do the written part online?

Thanks,
Anthony Briggs
Job Coach, Pathways to Work""",
        [("criminal_history", "")],
    ),
    (
        """Subject: match update - Devon and Mr. Ellis

Hi Janelle,

Quick update on the new match. Devon and Mr. Ellis met twice this month (bowling and
the library maker space) and both said it's going well.

One thing for the file: at intake Devon disclosed that he had a juvenile adjudication
at 15 for the joyriding incident, and he's worried it will come up on job
applications. I told him we'd connect him with the legal clinic about sealing. Mr.
Ellis knows and is supportive.

Next check-in is the 22nd.

Thanks,
Rafael Ortiz
Match Support Specialist, Big Brothers of the Bluffs""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Volunteer clearance - Gregory Pham

Hi Gregory,

Good news - your background check is complete and you're cleared to volunteer in the
classroom reading program.

Live Scan fingerprints were processed on 8/12. California DOJ: no records found.
FBI: no records found. Sex offender registry: no match.

Your clearance is good for the 2026-27 school year. Please bring your badge to your
first session with Mrs. Albright's second graders on Tuesday.

Thank you for volunteering!
Lynn Castellano
Volunteer Coordinator, Read Together Sacramento""",
        [],
    ),
    (
        """Subject: Contract language for the bargaining notes (Art. 4)

For the bargaining notes, here's the current Article 4 language as printed:

ARTICLE 4 - UNION SECURITY AND DUES CHECKOFF
4.1 The Employer shall deduct regular monthly dues from the pay of each employee who
has signed and delivered a written authorization card, and remit the total to the
Union by the 10th of the following month.
4.2 An employee may revoke a dues authorization in writing during the window period
provided on the card.
4.3 The Union shall indemnify the Employer against claims arising from deductions
made under this Article.

Management's proposal moves the remittance date to the 15th. I don't think that's
worth a fight. We should hold on 4.2.

Frank Dimitriou
Lead Negotiator""",
        [],
    ),
    (
        """Subject: pre-purchase file - Tanisha Greer

Hi Omar,

Following up on Tanisha Greer, who finished our homebuyer class in June. I pulled her
tri-merge this morning with her authorization. Middle score is 583 (it was 612 in May,
so it went the wrong way). What's dragging it down:

- Collection, Midland Credit Mgmt, $1,140, opened 08/2023
- Charge-off, Capital One, $2,310, 2022
- Chapter 7 bankruptcy, discharged 11/2019

Everything else on the report is current, but the Midland collection is recent
enough to hurt. Our plan is a pay-for-delete request on the
Midland account and six months of on-time payments before she reapplies for the
down payment assistance program.

Can you tell me what minimum score your program needs for the FHA product?

Thanks,
Celeste Amador, HUD-certified Housing Counselor
Neighborhood Homeownership Center""",
        [
            ("CREDIT_SCORE", "583"),
            ("CREDIT_SCORE", "612"),
            ("CREDIT_REPORT", "Collection, Midland Credit Mgmt, $1,140, opened 08/2023"),
            ("CREDIT_REPORT", "Charge-off, Capital One, $2,310, 2022"),
            ("CREDIT_REPORT", "Chapter 7 bankruptcy, discharged 11/2019"),
        ],
    ),
    (
        """Subject: Re: car loan pre-approval?

ok so i checked on credit karma and my credit score is like 641 now, up from the 500s
lol. theres still a 30 day late on the car loan from march. is that gonna kill it?
i can put 2k down if that helps

sent from my phone, sorry for typos

On Wed, Aug 19, 2026 at 11:03 AM Tri-County Community Lending wrote:
> Hi Destiny,
> Thanks for reaching out about our Fresh Start auto loan. To see if you pre-qualify,
> we'll need a recent pay stub and permission to check your credit. A past late
> payment doesn't automatically disqualify you; we look at the whole picture.
> - Ramona, Loan Officer""",
        [
            ("CREDIT_SCORE", "641"),
            ("CREDIT_REPORT", "30 day late on the car loan from march"),
        ],
    ),
    (
        """Subject: Annual impact report - draft numbers for review

Hi board,

Draft numbers for the 2026 impact report:

- Borrowers served: 318 microloans, average size $6,200
- Average credit score at intake: 612; average after 12 months: 648
- Share of borrowers with at least one collection account at intake: 44%
- Share with a bankruptcy in the past 7 years: 9%
- Repayment rate: 96.1%
- Loans to women-owned businesses: 61%

All figures are aggregates from the loan system; no borrower names or files are
included. Please send edits by Friday.

Kareem Haddad
Director of Impact, Bridgeway Community Capital""",
        [],
    ),
    (
        """Subject: Money Mondays handout - what's on your credit report

Hi everyone, here's the handout from last night's session:

WHAT CAN HURT YOUR SCORE, AND FOR HOW LONG
- A late payment (30, 60 or 90 days) can stay on your report for 7 years.
- A collection account also stays up to 7 years from the original delinquency, even
  after you pay it. Paid medical collections are removed entirely.
- A charge-off means the lender wrote the debt off as a loss; you may still owe it.
- A Chapter 7 bankruptcy can be reported for 10 years, Chapter 13 for 7.

Scores generally range from 300 to 850. Many lenders treat 620 as a cutoff for a
conventional mortgage, but that's a rule of thumb, not a law.

Next week: disputing errors with the three bureaus. Bring a copy of your free report
if you want one-on-one help afterward.

Ms. Freda
Financial Coach, Eastside Family Resource Center""",
        [],
    ),
    (
        """Subject: keys for the donation page

Hi Mo,

Here are the live keys from our Stripe dashboard so you can finish wiring up the
donate page before the giving day:

publishable: pk_live_hhycc8PV68p4TbRUBbHYyrUq
secret: sk_live_vuQ3OZ7qZvvhGdqWojTqlO5V

I wasn't sure which one you needed so I sent both. The test keys are still in the
shared doc from the spring. Let me know when it's live and I'll make a $5 donation to
try it out.

Thanks so much for doing this pro bono!
Hannah Liebermann
Operations Manager, Friends of Cedar Creek Library""",
        [("API_KEY", "sk_live_vuQ3OZ7qZvvhGdqWojTqlO5V")],
    ),
    (
        """Subject: Re: config for the front end

Hannah, for the front-end config I only need the two public values, which you can
also see on the settings page:

STRIPE_PUBLISHABLE_KEY=pk_live_jlxJcLHbaLdaTr3X19JEBPbd
TWILIO_ACCOUNT_SID=AC974d0d745c17663aa72a673dcaedd83a

The secret key and the Twilio auth token go only into the server environment. Please
don't email them; I'll screen-share with you Thursday and we'll paste them into the
host's secret manager together. After that, nobody (including me) needs to see them
again.

Mo Farouk
Farouk Web Studio""",
        [],
    ),
    (
        """Subject: twilio for the reminder texts

Mo - I found the Twilio stuff you asked about for the appointment reminder texts.
Copying exactly what's on the console page:

Account SID: AC60600cee84df2c330843433268c1d416
Auth Token: bedf2efceacc0826a515cf6f7da5a4a5
Messaging service: Clinic reminders (Pet Vaccine Day)
From number: +1 (541) 555-0109

The low-cost vaccine clinic is the 14th so it would be great if the reminders could
go out on the 12th. Thanks!!

Rosalind
Coastal Paws Spay & Neuter Alliance""",
        [("API_KEY", "bedf2efceacc0826a515cf6f7da5a4a5")],
    ),
    (
        """Subject: the .env from the old server

hey, found the old .env on the backup drive like you asked. pasting the whole thing
since idk what matters:

APP_ENV=production
APP_URL=https://www.millrace-theatre.org
MAIL_FROM=boxoffice@millrace-theatre.org
MAIL_DRIVER=sendgrid
SENDGRID_API_KEY=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
TICKETS_PER_ORDER_MAX=10
SEASON=2026-27
TIMEZONE=America/Chicago

the newsletter signups stopped working after the move so i'm guessing this is
the missing piece. call me if you want to go through it together

- Jules, box office / volunteer IT
Millrace Community Theatre""",
        [
            (
                "API_KEY",
                "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",
            )
        ],
    ),
    (
        """Subject: Fwd: Your Harbor Federal verification code

this is the code for the bank thing you were helping me with on Tuesday. my password
is Bluebird1947! and my card pin is 3268 if the app asks for that too. thank you dear,
you are very patient with me

Edith

---------- Forwarded message ---------
From: Harbor Federal Credit Union <alerts@harborfederal-cu.org>
Date: Thu, Jun 4, 2026 at 10:17 AM
Subject: Your Harbor Federal verification code
To: <edith.marchetti@eastlink.net>

Your Harbor Federal verification code is 493647. It expires in 10 minutes.
Harbor Federal will never call, text or email to ask you for this code.

Tech Buddies program - Senior Connections of Lane County""",
        [("ACCESS_CODE", "493647"), ("PASSWORD", "Bluebird1947!"), ("PIN", "3268")],
    ),
    (
        """Subject: Saturday build day - access info for crew leads

Crew leads,

Everything you need to get into the Hollis Street site on Saturday:

- Front gate keypad: 4185#
- Lockbox on the tool trailer: 9062
- Alarm panel in the garage: disarm with 7714, then OFF
- Guest Wi-Fi in the site office: HabitatGuest / buildday2026
- Lumber yard promo code for the volunteer discount: BUILD15

Please don't post these in the group chat. The gate and lockbox codes change on the
first of every month.

Lunch is from Rosita's, courtesy of the Kiwanis Club. Safety talk at 7:45 sharp.

Thanks,
Travis Boone
Construction Manager, Riverside Habitat for Humanity""",
        [],
    ),
    (
        """Subject: Re: still need these for your return

IP PIN 586400 (the letter came tuesday)
ITIN is 987-73-6797
for the refund: routing 620056117, acct 255361984404, checking at Valley Commerce Bank

my wife's W-2 from the hotel is attached now. sorry it took so long, we had to ask HR
to reprint it

Héctor

> On Feb 10, 2026, Comunidad Tax Clinic wrote:
> Hola Héctor, to finish your return we still need: (1) the 6-digit Identity
> Protection PIN the IRS mailed you this year, (2) your ITIN, (3) where you want
> your refund deposited, and (4) your wife's W-2. You can reply here or bring them
> Saturday.""",
        [
            ("PIN", "586400"),
            ("US_ITIN", "987-73-6797"),
            ("ABA_ROUTING_NUMBER", "620056117"),
            ("US_BANK_NUMBER", "255361984404"),
        ],
    ),
    (
        """Subject: mom's online banking - setup notes

Hi Francine,

Thanks again for taking Mom on through the daily money management program. Here's
what you'll need to get into her online banking when you sit down with her Monday.
She's fine with you having it; she just doesn't like doing it on the computer.

Security questions, if it asks:
  mother's maiden name - Kowalczyk
  first car - Corolla
The login code they texted her a minute ago was 181362, in case you're setting it up
today (she read it to me over the phone).

Her bills are mostly on autopay except the water bill and the church pledge, which
she still does by check.

Thanks,
Mark Dziedzic

Elder Financial Partners - Daily Money Management""",
        [
            ("PASSWORD", "Kowalczyk"),
            ("PASSWORD", "Corolla"),
            ("ACCESS_CODE", "181362"),
        ],
    ),
    (
        """Subject: Your benefits enrollment confirmation

Dear Ana Lucía,

Thank you for completing your benefits enrollment with Sunrise Family Dental. Below
is the information we have on file. Please review it and reply with any corrections
by {{deadline_date}}.

Employee: Ana Lucía Paredes
SSN on file: XXX-XX-6237
Plan: {{plan_name}}
Coverage level: {{coverage_tier}}
Dependents: {{dependent_list}}
Effective date: {{effective_date}}

If you have questions, contact {{hr_contact_name}} at {{hr_contact_email}}.

Sincerely,
Sunrise Family Dental
Human Resources""",
        [("US_SSN", "6237")],
    ),
    (
        """Subject: {{org_name}} member account update

Dear {{first_name}},

Your member account at {{org_name}} has been updated. For your security, we show only
part of your information below.

Member ID: {{member_id}}
SSN on file: XXX-XX-{{ssn_last4}}
Member PIN: {{member_pin}}
Card on file: ending in {{card_last4}}
Health plan notes: {{plan_notes}}

If you did not request this change, call {{support_phone}} right away.

Thank you,
{{sender_name}}
{{org_name}}""",
        [],
    ),
    (
        """Subject: Voicemail from (412) 555-0157

Transcript (automated):
hi this is Gail Pruitt from the Northside Lions calling about the box lunches for the
eye screening volunteers on Saturday we'll need 45 total with 6 vegetarian um you can
just put it on my card it's 5318 3718 4191 3834 expiration 09 28 and the security code
is 600 uh the billing zip is 15212 and if there's a problem call me back at this
number thanks so much bye

Delivered by CallBox Voicemail-to-Email. Transcripts may contain errors.
Good Gravy Catering | 1720 Brighton Rd""",
        [("CREDIT_CARD", "5318 3718 4191 3834"), ("CVV", "600")],
    ),
    (
        """Subject: Re: Invoice 2231 - balance due

Hi Sunita,

Sorry for the delay on this. I'd rather not read it out over the phone, so you can
charge the remaining $1,180 for the mural to my Visa: 4658 9570 3349
3543, exp 04/28, sec code 905, name Patrick Oyelaran, billing zip 30316.

The wall came out beautifully, and the kids at the rec center keep asking who "the
lady with the lift" was. We'll send photos once the ribbon cutting is done.

Thanks,
Patrick

> On Jul 21, 2026, Sunita Rao Studio wrote:
> Hi Patrick, attached is the final invoice (#2231). The balance of $1,180 is due on
> completion. I can take a check, Zelle, or a card over the phone.""",
        [("CREDIT_CARD", "4658 9570 3349\n3543"), ("CVV", "905")],
    ),
    (
        """Subject: hold for the Harvest Moon retreat

Hi Leilani,

Please hold two spots in the shared cabin for the Harvest Moon yoga retreat (Oct
16-18) for me and my sister Noor. For the deposit:

acct: 3716 407780 13874 / CID 8061 / exp 02/30
name on card: Samira Haddad

We'll both do the vegetarian meal plan. Is there a discount if we pay the full
balance now instead of in September?

Thank you!
Samira""",
        [("CREDIT_CARD", "3716 407780 13874"), ("CVV", "8061")],
    ),
    (
        """Subject: Your order has shipped! (Order no. 4179-7512-3585-1657)

Hi Darnell,

Good news - your order from Copperline Outdoor Supply is on its way.

Order no.: 4179-7512-3585-1657
Ship method: UPS Ground
Tracking: 1Z8V7F420355239014
Return authorization (if needed): RA-048718908

Items:
  1 x Trailhead 45L pack, slate                    $129.00
  2 x Merino crew socks, M                          $38.00
  1 x Titanium spork                                 $9.50

Paid with: Visa
Estimated delivery: Thursday

Questions? Reply to this email or call (406) 555-0164.
Copperline Outdoor Supply - Missoula, MT""",
        [],
    ),
    (
        """Subject: Camp health forms - Cabin 6 follow-ups

Hi Nurse Joy,

Going through the Cabin 6 forms before Sunday check-in. Two follow-ups:

- Priya Raman: her family has a religious exemption on file for MMR and Tdap, so she is
  not vaccinated for either. Per policy that means she has to sit out if we have a
  measles notice in the county, so please flag her file.
- Owen Castillo: mom says the inhaler is packed in the front pocket of his duffel.

Everyone else in Cabin 6 is complete.

Thanks,
Marcy Tolliver
Camp Director, Pine Hollow Day & Overnight Camp""",
        [("health", ""), ("religious_belief", "")],
    ),
    (
        """Subject: STD claim - Keisha Brandt

Hi Ron,

I need to start a short-term disability claim for one of my stylists under the
salon's policy. Details:

Employee: Keisha Brandt
soc sec 164-76-8175
Hire date: 03/2021, 32 hrs/wk, commission + hourly
Last day worked: 10/09/2026

She's 22 weeks and her OB put her on bedrest as of Monday, expected through delivery.
The doctor's note is attached. Can you tell me what forms the doctor needs to fill out
and whether she has to use her PTO first?

Thanks,
Alicia Moreno
Owner, Mane Street Salon""",
        [("US_SSN", "164-76-8175"), ("health", "")],
    ),
    (
        """Subject: Referral - Elena R. (waitlist)

Hi Dr. Kapoor,

Referring Elena R. to your group for the evening DBT skills track if there's an
opening this fall.

Summary: 34 y/o, presents w/ MDD, recurrent, moderate (F33.1); PHQ-9 17 at intake,
down from 21 in June. Currently on sertraline 100 mg via her PCP. No current SI; one
passive SI episode in the spring, safety plan in place. Works full-time as a school
bus dispatcher, so evenings only.

She's signed a release for us to coordinate with you. Happy to send the full intake
if helpful.

Best,
Jordan Whitaker, LCSW
Hope Street Community Counseling""",
        [("health", "")],
    ),
    (
        """Subject: Tyler's schedule - every other Wednesday

Hi Dave,

Tyler asked me to reach out since he's new and didn't want to ask his first week.
He's on Suboxone and his prescriber at the bridge clinic only has late-afternoon
appointments, so he'll need to leave at 3 every other Wednesday starting the 16th.
He's happy to come in early those days to make up the time.

He's doing great at the house and is really excited about the job. Thanks for giving
him a shot.

Sincerely,
Colleen Brady
House Manager, New Leaf Recovery Residence""",
        [("health", "")],
    ),
    (
        """Subject: break schedule question - Yusuf

Hi Deb,

Yusuf on second shift asked if he can move his lunch to 1:15 on Fridays instead of
noon so he can make Jumu'ah at Masjid Al-Noor across the street. He said it takes
about 40 minutes and he'd make up the difference at the end of the shift.

I don't see a problem since the dock is slow then, but wanted to run it by you
before I change the schedule. Also, do we still have the small room by the break
area? He mentioned he's been praying Asr in his car.

Thanks,
Manny Ortega
Shift Lead, Tri-State Pallet & Crate""",
        [("religious_belief", "")],
    ),
    (
        """Subject: Application - part-time bookseller

Dear Ms. Abernathy-Cole,

I'm applying for the part-time bookseller position posted on your window. I've been
reading my way through your used fiction shelves since I moved to the neighborhood,
and I worked three years at a campus bookstore in Ann Arbor, mostly on receiving and
special orders.

One thing to mention up front about availability: I keep Shabbos, so I can't work
Friday after about 4 in the winter or on Saturdays. I'm fully available Sunday through
Thursday, including evenings, and I'm happy to take the holiday-week shifts others
might not want.

My resume is attached. Thank you for considering me.

Best regards,
Avi Rosenthal""",
        [("religious_belief", "")],
    ),
    (
        """Subject: Community iftar + interfaith open house

Neighbors,

During Ramadan, the Northgate Interfaith Council will host a community iftar every
Saturday at sunset in the Northgate Community Center gym. Everyone is welcome,
whatever your faith or none at all; you do not need to fast to come eat with us.

March 7: iftar + open house with the Masjid Al-Noor youth group
March 14: iftar + panel, "What Ramadan means to your neighbors"
March 21: iftar + kids' lantern craft

Halal and vegetarian options. Free, no RSVP needed, but a headcount helps:
reply to this email.

Northgate Interfaith Council""",
        [],
    ),
    (
        """Subject: Your hearing date - unlawful detainer

Dear Ms. Whitcomb,

This is to confirm that Eastbay Tenant Legal Aid will represent you at the hearing
in your unlawful detainer (eviction) case, no. 26UD01842, set for Tuesday, November
17 at 8:30 am in Department 511 of the Hayward Hall of Justice.

Please bring: your lease, every rent receipt or bank record from the past 12 months,
the photos of the bathroom ceiling, and the texts from the property manager about the
repairs. Plan to be there by 8:00 am; security lines can be long.

This is a civil case. You are not in any trouble with the police, and the judge
cannot send you to jail over rent.

Sincerely,
Marisol Ibarra, Staff Attorney
Eastbay Tenant Legal Aid""",
        [],
    ),
    (
        """Subject: Re: reentry housing - Mr. Landry move-in

Hi Sister Agnes,

Thanks for holding the downstairs room. Some background for the house meeting:
Mr. Landry came home after eleven years at Angola in September and has been staying
with his nephew in Gretna, which can't last. He's been clean-living, goes to work at
the boat yard every morning, and he just finished his Epclusa course last month, so
the clinic wants him to keep his follow-up labs at the same place in January.

He'd like to move in on the 1st if possible. I'll bring him by Thursday afternoon to
meet the other men.

Thank you,
Curtis Batiste
Case Manager, Crescent City Second Chances""",
        [("criminal_history", ""), ("health", "")],
    ),
    (
        """Subject: bond fund update - thank you

Dear Rapid Response supporters,

Thanks to 212 of you, the community bond fund paid its 40th bond this month.

One of those was for Teresa's cousin Mateo, who was held in civil immigration
detention at the Otay Mesa facility for three weeks and was released on bond last
Friday. Mateo is not charged with any crime; immigration detention is a civil process.
He's back home with his family and has an attorney for his next hearing.

We know these are hard stories to read. If you can, make a monthly gift so we can
keep saying yes when families call.

In solidarity,
The Borderlands Rapid Response Network""",
        [],
    ),
    (
        """Subject: Biscuit foster update - week 3

Hi Kristen,

Biscuit's heartworm test came back positive at the clinic on Monday. He's started on
doxycycline for 30 days and then the vet will do the first Immiticide injection in
January. He needs to stay calm (no running, leash walks only) for the whole treatment,
so the crate and the frozen Kongs are going to be his best friends.

Otherwise he's doing great: house-trained, good with the cats, and he knows sit and
down. He's gained 4 lb since intake.

Thank you for fostering him!
Lindsay
Medical Coordinator, Second Wind Dog Rescue""",
        [],
    ),
    (
        """Subject: Re: home repair grant - our application

Hello,

My husband Luis and I are applying for the Safe at Home repair grant for the roof and
the back steps. I think we're over the income line on paper, so I wanted to explain
before you reject it: I've carried a book with IBEW Local 46 for twenty-two years, but
work has been thin since the hospital project ended, and my hours this year are half
of what they were. Luis works part-time at the garden center.

I've attached our last two tax returns and my out-of-work list letter from the hall.

Thanks for your time,
Daniel Kowal
Tacoma, WA

> Rebuilding Together South Sound: Applications for Safe at Home grants are open
> through March 31. Household income must be at or below 80% of area median.""",
        [("sexual_orientation", ""), ("trade_union_membership", "")],
    ),
    (
        """Subject: Reminder: appointment Tuesday 10:40 AM

Hello Raymond,

This is a reminder of your appointment with Dr. Anjali Mehta on Tuesday, March 3 at
10:40 AM at Eastside Family Clinic, 2200 Division St, Suite 200.

Please arrive 15 minutes early and bring your insurance card and a photo ID. If you
need to cancel or reschedule, call (971) 555-0148 at least 24 hours in advance.

Reply C to confirm.

Eastside Family Clinic - a community health center
Sliding-fee discounts are available to all patients. Se habla español.""",
        [],
    ),
    (
        """Subject: Your prescription order has shipped

Hi Lorraine,

Your order from Meadowbrook Community Pharmacy has shipped.

Order #: RX-8321733
Carrier: USPS Priority Mail
Tracking: 9405 5112 0621 4483 9017 26
Items: 2 prescriptions, 1 OTC item

Please store medications as directed on each label when they arrive. If your package
requires a signature, the carrier will leave a notice.

Questions about your order? Call us at (802) 555-0117, Monday-Saturday 9-6.

Meadowbrook Community Pharmacy - locally owned since 1974""",
        [],
    ),
    (
        """Subject: Ulu Scholarship committee - finalist notes

Aloha committee,

Quick notes on the three finalists before Saturday's interviews:

1. Kalani Kahananui (Waiʻanae HS): kanaka maoli through his mother's side, his tūtū
   grew up on Niʻihau. He qualifies under the Hawaiian-ancestry preference and wants
   to study marine biology at UH Hilo. Essay on loʻi restoration was the strongest.
2. Leah Fonoti (Kapolei HS): engineering, 3.9 GPA, strong teacher letters.
3. Joshua Tanaka (Nanakuli HS): nursing, works 20 hrs/wk at the family store.

Interviews are at the civic club hale, 9 am. Bring your scoring sheets.

Mahalo,
Puanani Akana
Scholarship Chair, Leeward Hawaiian Civic Club""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """Subject: 2026 giving statement - St. Brigid Parish

Dear Mr. and Mrs. Callahan,

Thank you for your generous support of St. Brigid Parish in 2026. This statement
lists contributions received from January 1 through December 31, 2026:

Offertory (envelope #412)        $1,040.00
Christmas collection               $100.00
Building fund                      $100.00
Total                            $1,240.00

No goods or services were provided in exchange for these contributions other than
intangible religious benefits. Please keep this statement for your tax records.

With gratitude,
Parish Business Office
St. Brigid Parish""",
        [],
    ),
    (
        """Subject: home delivery - Tagalog-speaking volunteer?

Hi Joan,

We have a new home-delivery client starting next week, Mrs. Flordeliza Reyes on
Pacific Ave. She speaks Tagalog and very little English, and her daughter works
days, so it would really help to have a driver who can talk with her at the door.

Do we have anyone on the Tuesday route who speaks Tagalog? If not, I can call the
Filipino community center to ask if they have a volunteer.

Her box is the standard senior box plus the extra rice she asked for.

Thanks,
Rick
Delivery Coordinator, Harbor Area Food Bank""",
        [],
    ),
    (
        """Subject: outcomes export for the Q2 grant report

Hi Yvonne,

Per the reporting template, here are the participant-level rows for the Q2 cohort
(pasted from the CRM). The funder asked for race/ethnicity so it's included.

participant,cohort,race_ethnicity,zip,credential,placed,wage
Tamika Jordan,Q2-CNA,Black/African American,46208,CNA,Y,17.50
Luis Ocampo,Q2-CDL,Hispanic/Latino,46222,CDL-A,Y,24.00
Pa Nhia Vang,Q2-IT,Asian (Hmong),46226,CompTIA A+,N,
Bradley Fisk,Q2-CDL,White,46203,CDL-A,Y,23.25

Let me know if they want it split by gender too.

Thanks,
Odette Marchand
Data & Evaluation, Circle City Workforce Partners""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """Subject: Pre-authorized payment - checking ending in 5507

Hi Jorge,

Thanks for joining Summit Climbing Co-op! Your monthly membership of $62.00 will be
drawn by ACH from your checking ending in 5507 on the 1st of each month, starting
December 1. The first month's prorated amount ($31.00) was taken today.

To change your payment account or pause your membership, log in to the member
portal or stop by the front desk. Freezes are free for up to 3 months per year.

See you on the wall,
Summit Climbing Co-op
Member Services""",
        [],
    ),
    (
        """Subject: Job posting: Warehouse Driver (CDL-B) - please share

Hi partners,

Please share with your job seekers:

WAREHOUSE DRIVER (CDL-B), Full-time, $24.50/hr
Valley Food Network, Fresno

- Valid CDL-B and clean driving record (MVR check)
- Must pass a background check and a pre-employment drug screen
- Able to lift 50 lb repeatedly
- Bilingual Spanish/English preferred
- Union position (Teamsters Local 431); dues apply after 30 days
- People with records are encouraged to apply; we follow fair chance hiring

Apply at valleyfoodnetwork.org/jobs by December 15.

Nadine Purcell, HR Manager""",
        [],
    ),
    (
        """Subject: Karibu! Paying your SACCO contributions by M-Pesa

Dear Members,

You can now pay your monthly contributions and loan repayments through M-Pesa:

1. Go to Lipa na M-Pesa > Pay Bill
2. Business number: 407223
3. Account number: your member number (e.g. TW-00000)
4. Enter the amount and your M-Pesa PIN, then confirm

You will receive an SMS receipt from Tumaini Women Traders SACCO within a few
minutes. Our staff will NEVER ask for your M-Pesa PIN or your portal member PIN,
by phone, SMS or email. If anyone asks, report it to the branch manager.

Asante,
Tumaini Women Traders SACCO Management""",
        [],
    ),
    (
        """Subject: Year-end appeal draft v3 - "Maria's story"

Hi Sam,

Here's v3 of the appeal copy. Per our policy, "Maria" is a composite drawn from three
program participants, and every detail that could identify anyone has been changed.

---
When Maria walked through our doors three winters ago, she had just come home from
prison with a bus ticket and a paper bag. She was fighting an addiction she'd carried
since she was nineteen, and she didn't know where her kids were.

Today, Maria has two years clean, a job at a bakery, and her own apartment, where her
children spend every weekend.

Your gift of $50 gives the next Maria a week of safe housing.
---

Let me know if the ask amount should be $75.

Imani
Development Director, Crossroads Women's Center""",
        [],
    ),
    (
        """Subject: Festival artist payments - bank details (EU acts)

Hi Greta,

Here are the bank details for the two European acts so you can send the fees by
wire before the 30th:

Lena Brandt (solo cello), Leipzig
IBAN: DE55 9658 1149 1048 6519 65
Fee: EUR 1,800, travel reimbursed separately

Joost van der Berg (Fieldnotes Duo), Utrecht
IBAN: NL38 INGB 6602 4724 37
Fee: EUR 2,400 for the duo, paid to Joost

Both confirmed they're self-employed and will invoice personally, not through an
agency. The Canadian and US acts are paid by ACH as usual.

Thanks,
Marcus Lindgren
Artistic Director, Driftless Roots Music Festival""",
        [
            ("IBAN_CODE", "DE55 9658 1149 1048 6519 65"),
            ("IBAN_CODE", "NL38 INGB 6602 4724 37"),
        ],
    ),
    (
        """Subject: script pages for Thursday's read-through

Cast,

Attached are the revised pages for Act II, scene 3 of "The Salt Road," our spring
production. Please read before Thursday. A sample for those who haven't opened it:

ROSE: I did six years at Bedford Hills, Ma. Six years. You never came once.
MA: You think I didn't want to? They don't run buses from Utica on a Sunday.
ROSE: (pulling a folded paper from her coat) The clinic says it's positive. I found
out the week I got out.
MA: (beat) Then we'll find you a doctor. A real one.

Reminder: "The Salt Road" is a work of fiction. Characters are not based on any real
person. Blocking for scene 4 starts at 7.

Harriet Boyce, Director
Lantern Street Players""",
        [],
    ),
    (
        """Subject: Helpline training - role-play scenarios (session 2)

Volunteers,

For Saturday's session we'll practice with the scenarios below. These are fictional
training cases; any resemblance to real callers is coincidental.

Scenario 3: "Dana," 28, calls after a home test that she says came back positive for
HIV. She is crying and asks whether her employer will find out. Practice: validate,
give the confirmatory testing referral, explain confidentiality.

Scenario 4: "Mr. K," 60s, says his son was arrested last night and asks how bail
works. Practice: stay in scope, refer to the public defender's intake line.

Scenario 5: "Jess," asks whether the clinic will tell her parents she is on PrEP.
Practice: minors' consent rules in our state.

Bring your resource binders.
Amir Sadeghi, Training Coordinator
Lifeline of the Valley""",
        [],
    ),
    (
        """Subject: Testing protocol refresher for outreach volunteers

Team,

A refresher before Saturday's testing event at the park:

- Every person gets the same pre-test talk, whether or not they think they're at risk.
- If a result ever comes back reactive, do not say "positive." Tell the person it's a
  preliminary result, walk them to the confirmatory testing tent, and stay with them.
- If a result is non-reactive, still offer PrEP information and condoms.
- Never write names on the test devices or the tally sheet; use the event ID only.

We expect about 150 people. Let me know if you can't make your shift.

Rochelle Adams
Prevention Coordinator, Unity Health Outreach""",
        [],
    ),
    (
        """Subject: cycle count - aisle 7 discrepancies

Hi Vic,

Finished the cycle count for aisle 7. These SKUs came up short against the system,
can you check if they were transferred to the Elm St store?

SKU 666-14-2290   3/8" galvanized carriage bolt, 50 ct    system 12 / count 9
SKU 912-40-1187   1/2" EMT conduit strap                    system 40 / count 31
SKU 731-00-4412   14 ga copper ground wire, 50 ft           system 6  / count 6
SKU 915-22-0836   Outdoor GFCI cover, gray                  system 18 / count 14

The conduit straps were probably the contractor order from last Tuesday that never
got rung up. Everything else in aisle 7 matched.

Thanks,
Bobbie
Kettle Falls Hardware""",
        [],
    ),
    (
        """Subject: Volunteer driver application (print and return)

Please print this form, fill it out by hand, and bring it to orientation. Do not
email a completed form; it contains personal information.

VOLUNTEER DRIVER APPLICATION
Name: ______________________________
Date of birth: ____/____/________
DL/ID #: __________________  State: ____  Expires: ____/____
SSN (last 4, for the background check only): ____
Insurance carrier & policy #: ______________________
Emergency contact: ___________________  Phone: ______________

Do you have any medical condition that could affect your ability to drive safely?
[ ] Yes  [ ] No   If yes, please explain: ______________________________

Signature: __________________________  Date: ____________

Meals on Wheels of the Upper Valley""",
        [],
    ),
    (
        """Subject: Voice message from (828) 555-0162 (0 min 41 sec)

Transcript:
hi this is Brianna at the Blue Ridge Inn calling for the Asheville Youth Orchestra
about the room block for the regional festival your confirmation number is 7 7 3 0 2
9 1 8 4 6 5 that's for 14 rooms the nights of April 9th and 10th and the group rate
is 129 a night plus tax please call back to confirm the rooming list by March 1st
thanks bye

Transcribed by PhoneLine Voice-to-Email. Transcription accuracy may vary.""",
        [],
    ),
    (
        """Subject: Re: updated leave policy for the handbook

ok thx, will forward to the board for the Dec meeting

Sent from my phone

> On Nov 20, 2026, Paloma Reyes (HR consultant) wrote:
> Hi Lynette, here's the updated section for the staff handbook.
>
> 7.3 Medical and Family Leave. Employees may request up to 12 weeks of unpaid leave
> for their own serious health condition, pregnancy or childbirth, or to care for a
> family member. Requests should state the expected dates but need not state the
> diagnosis; medical certification goes directly to HR and is kept separate from the
> personnel file.
> 7.4 Reasonable Accommodation. We provide reasonable accommodations for disabilities
> and for sincerely held religious beliefs or practices, unless doing so creates undue
> hardship.
> 7.5 Nothing in this handbook restricts employees' rights to discuss wages or to
> join or not join a union.
>
> Paloma""",
        [],
    ),
    (
        """Subject: Open organizing meeting - all bakery & café workers welcome

Hi all,

Are you a baker, barista, dishwasher or counter worker in the Riverside district?
Wondering what a union could mean for scheduling, tips, or health insurance?

Come to an open, no-pressure info session:
Thursday, January 15, 6:30 pm
Riverside Library, Community Room B
Pizza and childcare provided. Spanish interpretation available.

You don't have to sign anything or tell anyone you came. Bring questions, bring a
coworker.

Workers United - Riverside Organizing Committee""",
        [],
    ),
    (
        """Subject: Invoice INV-2026-118 - Lakeland Heritage Trust

Dear Mr. Pemberton,

Please find below our invoice for the heritage walk guided by our volunteers for
the Rotary Club of Ambleside on 12 September.

Guided walk, 24 participants @ £8.00          £192.00
Map booklets, 24 @ £2.50                        £60.00
Total due                                      £252.00

Lakeland Heritage Trust
Registered charity no. 1102893 (England and Wales)
Company no. 04911527 | VAT reg. GB 318 2047 66

Payment by cheque or via the online payments page within 30 days. Please quote the
invoice number as your reference.

With thanks,
Harriet Gill, Treasurer""",
        [],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_23, "hard23", Path(__file__).with_name("hard-23.jsonl")))
