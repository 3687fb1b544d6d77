"""Hard set 7: written 2026-12-06 by an independent helper session, held apart from the
detector's development and never used for tuning.

The author read only privacy-policy section 9 and independent_sets.py; no scanner, rules,
docs or other case file. Conventions:

- Identifier values are exact substrings occurring exactly once in their text; a value split
  across a line break includes the newline. Special categories (SPECIAL_CATEGORIES) use ""
  (the whole text) and count only when the text discloses the category about an identifiable
  person: named, a specific addressed individual, a named relative, or the writer in the
  first person. Topics are decoys: events, programmes, appeals, guidelines, anonymised
  stories ("name and details changed"), aggregate statistics, organisations (a union's gift)
  and public officials' public positions. Decoys have an empty label list.
- A partial SSN given as such (last four, a CSV ssn_last4 column) is US_SSN; an old
  SSN-based Medicare claim number (HICN, SSN plus a letter) is US_SSN on its nine digits
  only. A card's last four alone are CREDIT_CARD_LAST_DIGITS (also inside a credit-report
  line, which is then labelled as well). A 4-digit Amex CID is CVV.
- Not labelled, as no label exists for them: immigration A-numbers, Medicare Beneficiary
  Identifiers (MBI), inmate numbers, parcel, grant, invoice, receipt, tracking and meeting
  numbers, DOB, names, emails, addresses and phone numbers. A-numbers, MBIs and inmate
  numbers appear only in texts that are positive for something else, never in a decoy.
  An organisation's EIN is a decoy. Non-driver state ID cards are US_STATE_ID; driver's
  licences of several states are US_DRIVER_LICENSE. Non-US bank accounts appear only as
  IBANs (IBAN_CODE). No foreign passports are used.
- A passcode in a public webinar or meeting invitation is a decoy; a one-time login or
  bank verification code sent to one person is ACCESS_CODE. A debit-card PIN and an IRS
  Identity Protection PIN are PIN. PASSWORD is the password component only (also inside a
  connection string). API_KEY covers vendor keys and tokens; both halves of an AWS key pair
  are labelled. Placeholders (sk_live_your_key_here, changeme) and masked tokens are decoys.
- CREDIT_SCORE is the score number alone; CREDIT_REPORT is one report entry (tradeline,
  collection, inquiry or public record such as a bankruptcy) as written, one label per
  entry.
- health covers a person's diagnoses, treatment, medication, disability, substance-use
  treatment and medical leave. genetic covers a person's genetic test or DNA results, with
  health added when the result shows a disease risk, and racial_ethnic_origin added for
  ancestry percentages. biometric covers a person's fingerprint cards or templates sent or
  stored; an appointment to collect fingerprints ("biometrics appointment") or a policy
  about biometrics is a decoy. racial_ethnic_origin covers a person's race or ethnic group;
  nationality, country of birth and immigration status alone are not labelled.
  criminal_history covers a person's conviction, sentence, incarceration, parole or
  probation (also implied, as "my PO"); a civil protective or restraining order alone is
  not. political_opinion covers a person's party registration, voting intention or party
  role; nonpartisan volunteering is not. religious_belief covers stated faith, clergy role
  and observance (Shabbat, kosher). sexual_orientation covers stated orientation and one
  implied by a same-sex spouse. trade_union_membership covers a person's membership or
  union office.
- Numbers pass the checker (Luhn, ABA checksum, SSA and ITIN rules, IBAN mod-97, no trivial
  sequences); decoys hold no Luhn-valid card-shaped or valid SSN-shaped number.
"""

from __future__ import annotations

from pathlib import Path

from independent_sets import Case, write

HARD_7: list[Case] = [
    # ---- free clinic: volunteer clinicians ----
    (
        "Hi Dr. Okafor, your 2:00 tomorrow is Luis Barrera again (DOB "
        "04/02/1961). His A1c came back at 9.8 and he admitted he stopped the "
        "metformin when he ran out in October, so please budget extra time. He "
        "prefers Spanish; Marisol will interpret.",
        [
            ("health", ""),
        ],
    ),
    (
        "Saturday Free Clinic update: starting in January we'll offer diabetes "
        "screening, blood-pressure checks and flu shots on the second Saturday "
        "of each month. No insurance, ID or Social Security number is needed - "
        "anyone who walks in is seen. Volunteer nurses, please sign up on the "
        "shared calendar.",
        [],
    ),
    (
        '<div class="footer"><p>CONFIDENTIALITY NOTICE: This message from '
        "Eastside Community Clinic may contain protected health information "
        "(PHI) as defined by HIPAA. If you are not the intended recipient, "
        "please notify the sender and delete it.</p><p>Eastside Community "
        "Clinic is a 501(c)(3), EIN 84-2931776.</p></div>",
        [],
    ),
    # ---- domestic-violence shelter ----
    (
        "Hi Renata, following up on the transitional unit for Keisha Dunmore "
        "and her two kids. Her ex, Darnell Pike, got out of Cook County Jail "
        "on the 28th after eight months on the aggravated battery charge, so "
        "she can't go back to the Austin apartment. She's still in a boot from "
        "the fractured ankle, so a ground-floor unit would really help.",
        [
            ("criminal_history", ""),
            ("health", ""),
        ],
    ),
    (
        "Staff reminder: never confirm to a caller, delivery driver or 'family "
        "member' whether someone is staying with us, even if they know the "
        "resident's full name. Our street address is confidential; all mail "
        "goes to PO Box 4471. If someone shows up at the gate, call the "
        "on-call supervisor, and 911 if needed.",
        [],
    ),
    (
        "Ana is doing the SNAP recert with me Thursday. She read her social to "
        "me over the phone as 749 34 0579 but wasn't sure about the middle two "
        "digits, so please don't submit anything until she checks it against "
        "her card.",
        [
            ("US_SSN", "749 34 0579"),
        ],
    ),
    (
        "Intake form (transcribed from paper):\n"
        "Name: Sofia Ortega\n"
        "ID shown: California identification card (not a DL) B6081347\n"
        "Children: 2 (ages 4 and 7)\n"
        "Safety plan: done\n"
        "She left the card with us for copying; it's in the locked cabinet.",
        [
            ("US_STATE_ID", "B6081347"),
        ],
    ),
    # ---- immigrant legal services (A-numbers are not labelled) ----
    (
        "Hi Sami, thanks again for agreeing to be Yusuf's joint sponsor. For "
        "the I-864 I need your U.S. passport number and your 2025 tax "
        "transcript. You texted 568213947 - can you confirm that's from the "
        "passport book and not the passport card? For the household worksheet, "
        "Yusuf's A-number is A214-775-903 and he files with ITIN 928-59-7537.",
        [
            ("US_PASSPORT", "568213947"),
            ("US_ITIN", "928-59-7537"),
        ],
    ),
    (
        "Hola Sra. Castillo, le recordamos su cita de biometricos (biometrics "
        "appointment) en el ASC de Fresno el jueves 9 de enero a las 10:00. "
        "Traiga la carta de cita y una identificacion con foto. Solo toman "
        "huellas y una foto; tarda unos 20 minutos.",
        [],
    ),
    (
        "Case summary for the asylum brief: Pastor Emmanuel Nkurunziza led a "
        "Pentecostal congregation in Gitega and preached against the "
        "president's third term in 2015. Ruling-party Imbonerakure members "
        "beat him twice after Sunday services. The claim rests on religion and "
        "political opinion; declarations from two congregants are attached.",
        [
            ("religious_belief", ""),
            ("political_opinion", ""),
        ],
    ),
    (
        "Interpreter request for Monday's credible-fear prep: our client "
        "Ixchel Coj is K'iche' Maya and speaks K'iche', not Spanish. Please "
        "book a K'iche' interpreter through the language line, not a Spanish "
        "one.",
        [
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        "Know Your Rights (print and hand out): You have the right to remain "
        "silent. You do not have to tell immigration officers where you were "
        "born or show them any documents. Do not sign anything you do not "
        "understand. Call our hotline at (559) 555-0182 if someone in your "
        "family is detained.",
        [],
    ),
    (
        "---------- Forwarded message ---------\n"
        "From: Rosa Elena Quinonez <rosaeq1988@gmail.com>\n"
        "Date: Tue, Dec 1, 2026 at 7:42 PM\n"
        "Subject: documentos\n"
        "\n"
        "hola licenciada aqui esta mi numero de ITIN 956-65-1252 para la "
        "aplicacion de mi hijo, el de la carta del IRS. gracias\n"
        "\n"
        "---\n"
        "Paola, can you add this to the Quinonez file? Not in the shared-drive "
        "notes, please.",
        [
            ("US_ITIN", "956-65-1252"),
        ],
    ),
    # ---- scholarship fund ----
    (
        "Darius Whitfield - verification worksheet\n"
        "FAFSA SAI: -1500\n"
        "Parent 1 AGI: $23,410\n"
        "Parent 1 SSN (last 4): 3362\n"
        "Household size: 5\n"
        "Flag for committee: selected for verification, documents complete.",
        [
            ("US_SSN", "3362"),
        ],
    ),
    (
        "Applications for the 2027 Rivera Family Scholarship open January 1. "
        "You'll need your FAFSA Submission Summary, an unofficial transcript "
        "and one recommendation. Please do NOT email us Social Security "
        "numbers, tax returns or bank statements - we'll request anything else "
        "through the secure portal.",
        [],
    ),
    (
        "Direct deposit for Brianna Coles's book stipend (she asked us to pay "
        "her directly instead of the bursar, since the laptop is already "
        "bought):\n"
        "Ozark Valley Federal Credit Union\n"
        "Routing: 262993502\n"
        "Checking: 9592221533\n"
        "Please process by Friday and note it in the award file.",
        [
            ("ABA_ROUTING_NUMBER", "262993502"),
            ("US_BANK_NUMBER", "9592221533"),
        ],
    ),
    (
        "Group flight booking for the Costa Rica field ecology trip - "
        "passports as entered:\n"
        "Amara Diallo - US passport A07318452, exp. 2031\n"
        "Eli Brandt - renewal still pending\n"
        "Please check these against the scans before ticketing.",
        [
            ("US_PASSPORT", "A07318452"),
        ],
    ),
    # ---- senior centre (MBI not labelled; SSN-based HICN is US_SSN) ----
    (
        "Mr. Pellegrino brought in his old red-white-and-blue Medicare card "
        "for the plan comparison. It still shows 823-71-4978A, which is just "
        "his Social Security number with a letter, so please shred the "
        "photocopy in the SHIP folder. His new card number is 5TK9-QR2-MF41.",
        [
            ("US_SSN", "823-71-4978"),
        ],
    ),
    (
        "SCAM ALERT from the Maple Grove Senior Center: callers are telling "
        "members their 'Medicare number expired' and asking for Social "
        "Security numbers, bank routing numbers or card PINs to mail a new "
        "card. Medicare never calls like this. Hang up and call us at "
        "612-555-0143.",
        [],
    ),
    (
        "Dear Mr. Holloway, while helping your mother with her bills today I "
        "noticed she keeps her debit card PIN written on the card sleeve "
        "(7391). I suggested she change it at the branch and didn't note it "
        "anywhere else - please follow up with her this week.",
        [
            ("PIN", "7391"),
        ],
    ),
    (
        "<table><tr><td>Client</td><td>Irena Kowalczyk</td></tr><tr><td>ID "
        "type</td><td>NY non-driver ID</td></tr><tr><td>ID #</td><td>842 517 "
        "093</td></tr><tr><td>Notes</td><td>91, homebound since the hip "
        "fracture in Sept.; soft diet</td></tr></table>\n"
        "Joan - please mark her priority for the Meals on Wheels "
        "reverification.",
        [
            ("US_STATE_ID", "842 517 093"),
            ("health", ""),
        ],
    ),
    (
        "Volunteer driver file for the senior van: Gary Lutz, Illinois DL "
        "L320-5518-2946, class D, MVR clean for 7 years. Insurance card is on "
        "file; he can start the Tuesday route.",
        [
            ("US_DRIVER_LICENSE", "L320-5518-2946"),
        ],
    ),
    # ---- disability services ----
    (
        "Job coach note for the Kroger placement: Devon Harris is autistic and "
        "goes nonverbal when he's overwhelmed. He needs noise-cancelling "
        "headphones and written rather than spoken instructions. Start date is "
        "Monday the 8th.",
        [
            ("health", ""),
        ],
    ),
    (
        "Accessibility: the gala venue is wheelchair accessible, ASL "
        "interpretation and CART captioning will be provided, and a quiet room "
        "is available on the second floor. To request another accommodation, "
        "reply by November 30.",
        [],
    ),
    # ---- school PTA ----
    (
        "Bake sale reminder! Please label anything containing nuts, dairy or "
        "gluten - several Lincoln Elementary students have severe allergies. "
        "Prepackaged items are easiest. Drop-off is in the front office Friday "
        "by 8:15.",
        [],
    ),
    (
        "Hi Carla, Venmo wouldn't load so I paid the book fair cashbox deposit "
        "with my own card: 4526 8463 3214 2655, exp 08/28, CVV 914. Can you "
        "reimburse me from the PTA account and then delete this email? Thanks!",
        [
            ("CREDIT_CARD", "4526 8463 3214 2655"),
            ("CVV", "914"),
        ],
    ),
    # ---- summer camp ----
    (
        "Packing list note: do not pack any medication in luggage, including "
        "vitamins, inhalers and over-the-counter pills. All medications go to "
        "the camp nurse at check-in in their original containers with the "
        "pharmacy label.",
        [],
    ),
    (
        "Counselors, heads up for the week: Yosef Adler and his brother keep "
        "Shabbat, so no electronics, bus trips or swim tests for them from "
        "Friday sundown to Saturday night. They eat only the kosher meals from "
        "the sealed trays.",
        [
            ("religious_belief", ""),
        ],
    ),
    (
        "Registration payment for Lily Chen, session 2:\n"
        "Card: Amex 3776 505554 88854\n"
        "CID: 4417\n"
        "Exp: 11/27\n"
        "Billing ZIP: 94110\n"
        "Her mom asked us to split it into two charges.",
        [
            ("CREDIT_CARD", "3776 505554 88854"),
            ("CVV", "4417"),
        ],
    ),
    (
        "From our end-of-summer newsletter (shared with permission; name and "
        "details changed): 'J.', a first-time camper living with type 1 "
        "diabetes, learned to check her own blood sugar by week two and led "
        "her cabin to a win in the canoe race.",
        [],
    ),
    (
        "Chaperone Monica Perez's Florida driver license number is "
        "P620-418-63-905-0 - the bus company needs it by Thursday to add her "
        "to the insurance rider.",
        [
            ("US_DRIVER_LICENSE", "P620-418-63-905-0"),
        ],
    ),
    # ---- arts nonprofit: honoraria and W-9s ----
    (
        "Honorarium for Lena Brandt (residency, Berlin): EUR 1,200 by SEPA "
        "transfer.\n"
        "Account holder: Lena Brandt\n"
        "IBAN: DE45 9737 9119 1168 4339 29\n"
        "Please use the reference 'Residency 2026'.",
        [
            ("IBAN_CODE", "DE45 9737 9119 1168 4339 29"),
        ],
    ),
    (
        "W-9 info from the muralist, typed from his photo since the PDF won't "
        "open:\n"
        "Name: Tomas Reyes\n"
        "Business name: (blank)\n"
        "Federal tax classification: individual/sole proprietor\n"
        "TIN: 791-29-8916 (SSN)\n"
        "Please cut the $4,000 check this week.",
        [
            ("US_SSN", "791-29-8916"),
        ],
    ),
    (
        "Hi Aoife, the festival will pay your fee by international transfer. "
        "We have IBAN IE64AIBK36076758051242 on file from last year - if that "
        "account has changed, just reply with the new one.",
        [
            ("IBAN_CODE", "IE64AIBK36076758051242"),
        ],
    ),
    (
        "Grant report draft: the NEA Challenge America award (#1923847-61-24) "
        "funded twelve artist residencies this year. Honoraria were paid by "
        "ACH once W-9s were on file. Our EIN for the cover sheet is 46-3921075.",
        [],
    ),
    (
        "Please ACH Keoni Kahale's $750 workshop honorarium (invoice "
        "#INV-2026-118):\n"
        "Bank: Aloha Pacific FCU\n"
        "ABA 210372764\n"
        "Acct 22848924461 (checking)\n"
        "He's been waiting since October, so rush it if you can.",
        [
            ("ABA_ROUTING_NUMBER", "210372764"),
            ("US_BANK_NUMBER", "22848924461"),
        ],
    ),
    (
        "For the Queer Voices catalogue bios: Jamal is fine with us saying "
        "he's a gay Black painter from Detroit. But please do NOT describe "
        "Priya as bisexual in print - she isn't out to her family yet and told "
        "me in confidence.",
        [
            ("sexual_orientation", ""),
            ("racial_ethnic_origin", ""),
        ],
    ),
    # ---- land trust ----
    (
        "Easement summary: Parcel APN 045-221-19, 86 acres, easement recorded "
        "as Doc. 2026-0041873. The annual monitoring visit is scheduled for "
        "May; the landowner's contact details are in the file.",
        [],
    ),
    # ---- addiction recovery program ----
    (
        "hey its marcus. 90 days clean today!! still on suboxone thru the "
        "clinic. cant make thurs group tho, my PO moved my check in to 5:30",
        [
            ("health", ""),
            ("criminal_history", ""),
        ],
    ),
    (
        "Free naloxone (Narcan) training this Saturday at 10, kits provided. "
        "Overdose deaths in Marion County rose 14% last year; anyone can learn "
        "to reverse an opioid overdose in 20 minutes.",
        [],
    ),
    (
        "Recovery story for the newsletter (shared with permission, name and "
        "identifying details changed): 'R.' started drinking at 14 and spent a "
        "decade in and out of treatment. Today she's five years sober and "
        "works as a peer counselor in another state.",
        [],
    ),
    (
        "--\n"
        "Marcus Lee | Development Associate\n"
        "Hope Harbor Recovery Center (EIN 27-4491038)\n"
        "This email may contain confidential information, including health or "
        "Social Security information, protected by 42 CFR Part 2 and HIPAA. If "
        "you received it in error, delete it and notify the sender.",
        [],
    ),
    # ---- prison letter-writing program ----
    (
        "Your new pen pal is Raymond Ellis, #A-448213, at Stateville "
        "Correctional Center. He's 19 years into a 40-year sentence and asked "
        "for letters about gardening and the Cubs. Use the program PO box as "
        "your return address.",
        [
            ("criminal_history", ""),
        ],
    ),
    (
        "Pen-pal guidelines: never share your home address, phone number or "
        "social media with your pen pal; use our PO box. Don't ask about their "
        "case or conviction - let them share what they choose. Don't send cash "
        "or stamps.",
        [],
    ),
    (
        "Clean Slate Day is Saturday: volunteer attorneys will help people "
        "check whether old convictions qualify for expungement under the new "
        "law. No appointment needed; bring any court paperwork you have.",
        [],
    ),
    # ---- voter registration drive ----
    (
        "Our nonpartisan voter registration table is at the Central Library "
        "Saturday 10-2. Volunteers may not suggest a party or candidate, and "
        "we never record anyone's party choice on our sign-in sheet.",
        [],
    ),
    (
        "Canvass notes - Gloria Villanueva: registered Republican, but says "
        "she's voting Green for governor this year and wants a yard sign for "
        "Measure K (rent control). Follow up after Thanksgiving.",
        [
            ("political_opinion", ""),
        ],
    ),
    (
        "Councilmember Ortiz announced her support for moving the Ward 3 "
        "polling place to the accessible community center; her press release "
        "is linked below. The Coalition takes no position on candidates.",
        [],
    ),
    (
        "Heads up on the registration forms from Saturday: Harold Kim wrote "
        "his Texas DL as 40915826 and the county flagged it as not matching "
        "their records. He's going to re-check his license, so hold his form "
        "until he calls.",
        [
            ("US_DRIVER_LICENSE", "40915826"),
        ],
    ),
    # ---- choir and faith-based charity ----
    (
        "Hi Maestro, Fatima asked to be excused from the Ave Maria solo at the "
        "Christmas concert - she's Muslim and isn't comfortable singing it. "
        "She'd happily take the Ladino lullaby instead.",
        [
            ("religious_belief", ""),
        ],
    ),
    (
        "Pantry intake export (for the state TEFAP audit, don't forward):\n"
        "client_id,name,household,ssn_last4\n"
        "1041,Rosa Vidal,4,0579\n"
        "1042,Ahmed Siddiqui,6,2158\n"
        "1043,Beth Morrow,1,\n",
        [
            ("US_SSN", "0579"),
            ("US_SSN", "2158"),
        ],
    ),
    (
        "Interfaith Winter Shelter 2026: fourteen congregations - mosques, "
        "synagogues and churches - hosted 212 guests this season. Thank you to "
        "every volunteer who cooked, drove and stayed overnight.",
        [],
    ),
    (
        "Hi Ruth, for the spring concert at the Arts Center, Daniel Osterberg "
        "and his husband Marco would like to sing 'The Prayer' as a duet - "
        "it's their tenth anniversary that weekend. Could we fit it in after "
        "the intermission?",
        [
            ("sexual_orientation", ""),
        ],
    ),
    # ---- union and labour ----
    (
        "Seating for the Labor Day pancake breakfast: please put Dolores "
        "Ybarra (SEIU Local 1021 shop steward) and Frank Muller (IBEW Local "
        "46) at the union table with the Labor Council folks.",
        [
            ("trade_union_membership", ""),
        ],
    ),
    (
        "cant make saturday build, union meeting at the hall (teamsters 705) "
        "and im on the bargaining committee this year. sunday works tho",
        [
            ("trade_union_membership", ""),
        ],
    ),
    (
        "Thank you to AFSCME Council 31 for a $5,000 gift to the winter coat "
        "drive! Union members also volunteered 120 hours sorting coats at the "
        "warehouse.",
        [],
    ),
    # ---- hackathon / tech volunteers ----
    (
        ".env for the pantry-scheduler app so you can run it locally (DON'T "
        "commit):\n"
        "DATABASE_URL=postgres://civic_admin:Tr4il-M1x-42!@db.pantry.internal:5432/pantry\n"
        "STRIPE_SECRET_KEY=sk_live_Sq6WYrpBiA4RfRy4mv3F3SIa\n"
        "SENDGRID_API_KEY=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\n"
        "DEBUG=false",
        [
            ("PASSWORD", "Tr4il-M1x-42!"),
            ("API_KEY", "sk_live_Sq6WYrpBiA4RfRy4mv3F3SIa"),
            ("API_KEY", "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"),
        ],
    ),
    (
        "Here's the AWS key for the S3 bucket with the volunteer photos:\n"
        "aws_access_key_id = AKIAJ2E3ASZ5U55VPRLN\n"
        "aws_secret_access_key = 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\n"
        "region = us-east-2\n"
        "I'll rotate it after the hackathon.",
        [
            ("API_KEY", "AKIAJ2E3ASZ5U55VPRLN"),
            ("API_KEY", "roR19P5s4N7XCPa6omBTR9MBCcK5F0LSbQKE757M"),
        ],
    ),
    (
        "Setup (from the README): copy .env.example to .env and fill in "
        "STRIPE_SECRET_KEY=sk_live_your_key_here and DB_PASSWORD=changeme. "
        "Never commit a real .env; the pre-commit hook blocks files that "
        "contain live keys.",
        [],
    ),
    (
        "Rotated the deploy bot's token after Saturday's leak. New one: "
        "ghp_U1ebeS6F6VVcDFY4OjCGxYwlUDqo9GDjEf0r - put it in the repo's "
        "Actions secrets as BOT_TOKEN, not in the workflow file.",
        [
            ("API_KEY", "ghp_U1ebeS6F6VVcDFY4OjCGxYwlUDqo9GDjEf0r"),
        ],
    ),
    (
        '[GitHub] Your personal access token "volunteer-deploy" '
        "(ghp_...x9Qa) will expire in 7 days. If you still need it, regenerate "
        "it under Settings > Developer settings > Personal access tokens.",
        [],
    ),
    (
        "heres the openai key for the chatbot demo, pls dont paste it in the "
        "slack channel: "
        "sk-proj-1cXn0Yh4Y5eyB2kx4pTSgoZihmBzQ3Bywpy2NkO21oz7wAXA ill revoke "
        "it sunday night",
        [
            ("API_KEY", "sk-proj-1cXn0Yh4Y5eyB2kx4pTSgoZihmBzQ3Bywpy2NkO21oz7wAXA"),
        ],
    ),
    (
        "Welcome to the Riverside Food Bank volunteer portal, Jaya!\n"
        "Username: jpatel\n"
        "Temporary password: Wq7#trellis-Moss\n"
        "You'll be asked to choose a new one at first login.",
        [
            ("PASSWORD", "Wq7#trellis-Moss"),
        ],
    ),
    (
        "Your Bloomerang verification code is 482 915. It expires in 10 "
        "minutes. If you didn't try to sign in, ignore this email and let your "
        "administrator know.",
        [
            ("ACCESS_CODE", "482 915"),
        ],
    ),
    (
        "Someone (hopefully you) asked to reset the password for your Give "
        "Lively account. Click the link below within 60 minutes to choose a "
        "new password. If you didn't request this, ignore this email - your "
        "password won't change. We never ask for your password or card PIN by "
        "email.",
        [],
    ),
    (
        "The front desk now has sign-in iPads. Volunteers tap their name and "
        "enter a 4-digit code; we don't collect fingerprints or face scans, "
        "and sign-in records are kept for 12 months.",
        [],
    ),
    (
        "Sat shift roster (tab-separated, paste into the sheet):\n"
        "name\tphone\tshirt\tshift\n"
        "Alma Reyes\t(971) 555-0148\tM\t8-11\n"
        "Tobias Grant\t(971) 555-0193\tXL\t11-2\n"
        "Wen Li\t(503) 555-0126\tS\t8-11",
        [],
    ),
    # ---- credit counselling nonprofit ----
    (
        "Session notes - Renee Gaither, 12/3:\n"
        "TransUnion 548 / Equifax 561\n"
        "Collections: Midland Credit Management $1,284 (orig. "
        "Synchrony/Amazon), reported 03/2024; Portfolio Recovery Associates "
        "$2,310 (orig. Capital One), reported 08/2025\n"
        "Plan: DMP not a fit; start by disputing the Midland item.",
        [
            ("CREDIT_SCORE", "548"),
            ("CREDIT_SCORE", "561"),
            (
                "CREDIT_REPORT",
                "Midland Credit Management $1,284 (orig. Synchrony/Amazon), reported 03/2024",
            ),
            (
                "CREDIT_REPORT",
                "Portfolio Recovery Associates $2,310 (orig. Capital One), reported 08/2025",
            ),
        ],
    ),
    (
        "Free workshop: How credit scores work. FICO scores range from 300 to "
        "850; payment history makes up about 35% and amounts owed about 30%. "
        "Bring your questions, not your credit report!",
        [],
    ),
    (
        "omg my score went from 512 to 604 since i started the plan!!! my "
        "experian report still lists the chapter 7 from 2019 tho, is that ever "
        "coming off?",
        [
            ("CREDIT_SCORE", "512"),
            ("CREDIT_SCORE", "604"),
            ("CREDIT_REPORT", "the chapter 7 from 2019"),
        ],
    ),
    (
        "From Deshawn Price's Experian report (pulled 11/20):\n"
        "* CAPITAL ONE BANK USA, card ending 8301 - charged off, balance "
        "$3,877, first delinquency 06/2023\n"
        "* Hard inquiry 10/14/2025 - CREDIT ONE BANK\n"
        "He doesn't recognize the inquiry, so we'll draft a dispute letter.",
        [
            (
                "CREDIT_REPORT",
                "CAPITAL ONE BANK USA, card ending 8301 - charged off, "
                "balance $3,877, first delinquency 06/2023",
            ),
            ("CREDIT_REPORT", "Hard inquiry 10/14/2025 - CREDIT ONE BANK"),
            ("CREDIT_CARD_LAST_DIGITS", "8301"),
        ],
    ),
    (
        "Hi Delia, when you opened your new checking account at Tuesday's "
        "banking workshop, the credit union texted the verification code to "
        "the number on your application, which was our office line by mistake. "
        "The code is 305817 - enter it soon to finish setting up online "
        "banking, and call the credit union to update your phone number.",
        [
            ("ACCESS_CODE", "305817"),
        ],
    ),
    (
        "Hi Mr. Nguyen, the IRS mailed your new Identity Protection PIN "
        "(notice CP01A) and you asked us to keep it with your return: 739204. "
        "We'll enter it when we e-file at Saturday's VITA clinic.",
        [
            ("PIN", "739204"),
        ],
    ),
    # ---- genetic and biometric ----
    (
        "> Are you still up for co-chairing the 5K walk committee?\n"
        "\n"
        "Sorry, I have to drop off. My aunt Roberta's BRCA2 test came back "
        "positive, and the genetic counselor wants me tested too, so I'll be "
        "at appointments most Wednesdays in January.\n"
        "\n"
        "- Corinne",
        [
            ("genetic", ""),
            ("health", ""),
        ],
    ),
    (
        "For the Roots & Voices heritage concert program, Mireille said we can "
        "print her AncestryDNA results: 62% Cameroon, Congo & Western Bantu, "
        "21% Nigeria, 11% Scotland. She wants the audience to see how the "
        "songs traveled.",
        [
            ("genetic", ""),
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        "Free webinar: genetic counseling for families affected by sickle cell "
        "disease, Thursday at 6 pm ET. Join at https://zoom.us/j/93027716408, "
        "passcode 552870. Captions provided.",
        [],
    ),
    (
        "Attached are the FD-258 fingerprint cards (rolled and flat "
        "impressions, both hands) for our new youth mentor, Dale Pruitt, for "
        "the FBI check. The Live Scan machine was down, so an officer inked "
        "them at the station. Please return the originals after scanning.",
        [
            ("biometric", ""),
        ],
    ),
    (
        "Facilities: the new time clock enrolled Sandra Mejia's fingerprint "
        "template (user 0042). When she leaves in January, delete her template "
        "from the device and from the cloud console - Illinois BIPA requires "
        "it.",
        [
            ("biometric", ""),
        ],
    ),
    # ---- donor mail, auto-replies and shipping ----
    (
        "Automatic reply: I'm on medical leave following knee replacement "
        "surgery and will be back January 12. For volunteer scheduling, email "
        "volunteers@harborlights.org; for anything about donations, call the "
        "office at 503-555-0190.",
        [
            ("health", ""),
        ],
    ),
    (
        "Automatic reply: Thanks for your note! I'm away for the holidays and "
        "back January 5 with limited email. For a declined card or a missing "
        "tax receipt, call 503-555-0117 and Teresa will help.",
        [],
    ),
    (
        "Hi Mrs. Albright, your monthly gift to the Harbor Lights shelter "
        "didn't go through on the 1st - the Visa ending in 8342 was declined "
        "(most likely an expired card). You can update it through the donor "
        "portal link below, or call Teresa and she'll take the new card by "
        "phone.",
        [
            ("CREDIT_CARD_LAST_DIGITS", "8342"),
        ],
    ),
    (
        "Gala table purchase, typed by the check-in volunteer from the paper "
        "form:\n"
        "card 4813 7181\n"
        "1614 7675   exp 09/27   cvv 382\n"
        "name on card: Gerald Fenn\n"
        "please run $1,500 for a table of 10 and email him the receipt",
        [
            (
                "CREDIT_CARD",
                "4813 7181\n1614 7675",
            ),
            ("CVV", "382"),
        ],
    ),
    (
        "Your donated laptops have shipped! USPS tracking 9400 1112 0266 4538 "
        "1907 44. Each machine was wiped and reimaged; asset tags NLT-0413 "
        "through NLT-0436.",
        [],
    ),
    (
        "Reminder when you fill out the volunteer background-check form: write "
        "your SSN in the boxes, not the sample 000-00-0000 from the "
        "instructions, and hand the form to Lou in a sealed envelope. Never "
        "email it.",
        [],
    ),
    (
        "Pride Month family picnic June 14 at Laurelhurst Park! All families "
        "welcome. Our youth center also runs a drop-in support group for "
        "LGBTQ+ teens every Wednesday.",
        [],
    ),
    (
        "Camp by the numbers, 2026: 38% of campers were Latino, 22% Black, 19% "
        "white, 12% Asian American and 9% multiracial; 41% received financial "
        "aid. Thank you, donors, for making camp possible for every kid.",
        [],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_7, "hard7", Path(__file__).with_name("hard-7.jsonl")))
