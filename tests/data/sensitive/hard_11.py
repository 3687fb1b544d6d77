"""Hard set 11, written by an independent author who read only Section 9 of the privacy policy
(/work/shared/policy/privacy-policy.txt), tests/data/sensitive/independent_sets.py (checker and
record format) and scanner/categories.py (for the special-category names) -- nothing else in the
repository, and never ran the scanner or the tests on these texts.

Emphasis: government identifiers other than the SSN in many real shapes (US passport books and
cards, UK, Irish, Mexican, Indian, Philippine and Canadian passports, driver's licences of many
US states with their own formats and a UK driving licence, state non-driver ID cards, ITINs and
partial forms); the rarer special categories (biometric enrolment, genetic results, sex life,
trade-union membership, philosophical beliefs, ethnic origin stated indirectly); mail shapes such
as calendar invitations, voicemail transcriptions, OCR of scanned forms, auto-replies, HTML
remnants, threads forwarded with "-----Original Message-----" headers, meeting minutes, grant
reports, reference letters, HR onboarding (I-9) and youth-program permission replies; and decoys
that look dangerous (specimen numbers in training material, document checklists, biometric policy
text, DNA-kit promotions, union and voter drives, research recruitment, aggregate demographics,
confirmation/booking/flight/serial/tracking numbers, VINs, blank forms, mail-merge templates).

Conventions:
- A value label's value is the exact substring as written (with its spaces, dashes, OCR errors
  such as l for 1 and O for 0, or digits partly spelled out in a voicemail transcription).
- A passport number of any country (book or card) is US_PASSPORT; a driver's licence of any state
  or country is US_DRIVER_LICENSE; a non-driver state photo ID card number is US_STATE_ID.
- A partial government ID given as such ("passport ending 4471", "last 4 of my license",
  "SS card ends 6182") is labelled with that ID's label on the visible digits only. A card's last
  four alone would be CREDIT_CARD_LAST_DIGITS.
- Each credit score value is CREDIT_SCORE; each adverse item read from a person's credit report is
  CREDIT_REPORT (the item's span). A one-time verification code is ACCESS_CODE; an account
  password is PASSWORD; only the secret part of vendor credentials is API_KEY (a publishable key
  is not labelled).
- Special categories (value "") count only when the text discloses the category about an
  identifiable person: named, the addressee, the writer in the first person, or the writer's
  identified relative or colleague. Topics, events, programmes, appeals, policies, anonymised
  stories, aggregate statistics and public figures' public positions never count.
- "Sexual orientation or sexual activity" uses the one label sexual_orientation (so sex life of a
  named person is labelled sexual_orientation). "Religious or philosophical beliefs" uses
  religious_belief (so ethical veganism held as a conviction, pacifism and humanism are labelled
  religious_belief).
- Genetic test results of a named person are genetic; when they reveal a condition, carrier status
  or disease risk they are also health. Ancestry percentages are genetic and racial_ethnic_origin.
- Biometric: the capture, enrolment, re-enrolment or transmission of a named person's
  fingerprints, palm, face or voice template is labelled biometric; a biometric policy, a
  requirement that "all coaches be fingerprinted" or an opt-out offer to all staff is not.
- Ethnic origin stated indirectly (tribal enrolment, a refugee community and heritage language, a
  Jewish Ashkenazi or Irish Traveller background) counts for a named person. Nationality,
  citizenship or immigration status alone is not labelled racial_ethnic_origin.
- Criminal history is a named person's convictions, incarceration or parole; a background check
  being required or run without a result does not count.
- Decoys: templates, mail merges, blank forms, placeholders, specimen documents clearly marked as
  such, hypothetical instructions; an organisation's EIN, member/order/case/claim numbers,
  confirmation numbers, record locators, e-ticket numbers, flight numbers, rental agreement
  numbers, serial numbers, tracking numbers and VINs. DOB, names, emails, addresses and phone
  numbers are not labelled anywhere.
"""

from pathlib import Path

from independent_sets import Case, write

HARD_11: list[Case] = [
    # ------------------------------------------------------------------ government IDs
    (
        """\
Hi Denise,

Thanks for the onboarding packet! Quick question about the I-9. I don't have my regular passport
handy (it's at my mom's in Tucson) but I do have my passport card. Is that OK for List A?

In case it helps you pre-fill Section 2, the card number is C03829174 and it expires 08/2031.
I'll bring the actual card Monday at 9.

Also I filled out the W-4 but wasn't sure about the dependents box, can we go over it?

Thanks so much,
Rafael Dominguez
Program Associate (starting 6/3!)""",
        [("US_PASSPORT", "C03829174")],
    ),
    (
        """\
FYI - see below, can you finish the E-Verify case for him today? I'm out tomorrow.

-----Original Message-----
From: Tanya Brooks <tbrooks@northsidefoodshare.org>
Sent: Tuesday, March 4, 2025 4:12 PM
To: Payroll <payroll@northsidefoodshare.org>
Subject: RE: I-9 for new warehouse hire

Docs checked in person this morning. He used List B + C:
List B - IL driver's license M261-4839-2057, exp 11/14/2027
List C - SS card, number ends 6182 (copy in his file, not attached)

-----Original Message-----
From: Payroll
Sent: Monday, March 3, 2025 10:40 AM
To: Tanya Brooks
Subject: I-9 for new warehouse hire

Tanya, Devontae Harris starts Wed in the warehouse. Can you verify his I-9 docs when he comes
in for orientation? Need Section 2 done within 3 business days.

Thanks,
Marisol""",
        [("US_DRIVER_LICENSE", "M261-4839-2057"), ("US_SSN", "6182")],
    ),
    (
        """\
Hey Pat,

Here's the info for the new Meals on Wheels route driver so you can run the MVR through the
insurance portal:

Name: Harold (Hal) Whitcomb
DOB: 02/19/1956
FL DL# W325-164-56-079-0
Vehicle: 2016 Buick LaCrosse, plate LQX T82

He's retired from the county, super nice guy, wants Tuesday and Thursday routes out of the
Palm Bay kitchen. Let me know when it clears.

Carla
Volunteer Coordinator
Space Coast Senior Meals""",
        [("US_DRIVER_LICENSE", "W325-164-56-079-0")],
    ),
    (
        """\
Invitation: Van pickup - Enterprise Oakland (youth retreat)
Fri Jun 13, 2025 7:30am - 8:30am (Pacific Time - Los Angeles)

Organizer: Keisha Monroe
Guests: Marcus Bell, Keisha Monroe, transportation@eastbayyouthworks.org

Notes:
15-passenger van reserved under the org account, confirmation 41726QB.
Marcus is the designated driver, they'll need his CA lic D7305162 at the counter plus his
insurance card. Second driver TBD (Marcus pls ask Andre).
Bring the cooler and the first aid kit from the supply closet.

Join with Google Meet: meet.google.com/xpq-rnvt-zha

Reply for marcus.bell@eastbayyouthworks.org: Yes / No / Maybe
Invitation from Google Calendar""",
        [("US_DRIVER_LICENSE", "D7305162")],
    ),
    (
        """\
New voicemail from (512) 555-0187 (1 min 12 sec)

Transcription: Hi, um, this is Gloria Reyes, I'm calling about the uh the utility assistance
application I sent in last week. The lady said my ID didn't come through on the upload so
I'll just say it, my Texas driver's license is two seven four eight 1936, and it expires in
twenty twenty seven. My case number is uh H as in Henry dash 4 4 0 2. You can call me back
at this number after three, I work mornings. Okay thank you, bye.

This transcription was generated automatically and may contain errors.""",
        [("US_DRIVER_LICENSE", "two seven four eight 1936")],
    ),
    (
        """\
Subject: Right to Rent check - Mr Okonkwo - OCR text below in case the PDF won't open

---- begin OCR (page 1 of 2) ----
HOUSING SUPPORT SERVICE          RIGHT TO RENT - ID CHECK RECORD
Ref: HSS/2291/TK
Surname : 0KONKWO          Given names : CHlDI EMMANUEL
Nationality : BRlTISH CITlZEN
Document : Passport   No. 5 3 3 2l8947
Date of expiry : l4 OCT 2O29
Checked by : S. Patel      Date : O3/O2/2025
---- end OCR ----

Hi Jo, the scan is pretty bad but you can read it. Can you add the passport details to his
tenancy file before Thursday's viewing? Original copy is in the locked cabinet.

Thanks
Sunita""",
        [("US_PASSPORT", "5 3 3 2l8947")],
    ),
    (
        """\
Estimada Sra. Juárez / Dear Mrs. Juárez,

This is a reminder from the Centro Legal de la Comunidad about your DACA renewal. We
reviewed the copies you dropped off. Your Mexican passport (number G28473916) expires on
March 2, 2026, so it is still valid for the filing, but please start the renewal at the
consulate soon because appointments take months.

We still need:
- Your two most recent pay stubs
- The receipt notice from your last renewal (I-797C)

Our office is open Tuesday-Saturday, 9am-5pm. Please call us if you have questions.

Atentamente,
Lucía Ferreira, DOJ Accredited Representative
Centro Legal de la Comunidad""",
        [("US_PASSPORT", "G28473916")],
    ),
    (
        """\
Hi Mr. Tesfaye,

Good news - the IRS letter you brought in (CP565) confirms your ITIN was assigned: 912-78-4361.
Please keep that letter somewhere safe. You will use this number instead of an SSN on your 2024
return, and your wife's application is still processing (usually 7-11 weeks).

Your appointment to finish the return is Saturday, March 22 at 10:30am at the Eastside branch
library, room B. Please bring:
  * the CP565 letter
  * your W-2 from Metro Parking
  * your 1095-A if you had Marketplace insurance

Free Tax Help - Volunteer Income Tax Assistance
United Way of the Capital Region""",
        [("US_ITIN", "912-78-4361")],
    ),
    (
        """\
To: Visa Section, Consulate General of the United States, Chennai

Re: Letter of invitation - Dr. Ananya Krishnan

Dear Sir or Madam,

The Watershed Futures Foundation invites Dr. Ananya Krishnan (date of birth 11 July 1987,
Indian passport no. Z4829173) to speak at our annual Water & Climate Justice Convening in
Denver, Colorado, from September 15 to 18, 2025. The Foundation will cover her airfare,
lodging and meals. Dr. Krishnan will return to her post at Anna University upon the conclusion
of the event.

Please contact me at the address below if you require further information.

Sincerely,

Rebecca Lindqvist
Executive Director, Watershed Futures Foundation
1550 Wynkoop St, Suite 300, Denver CO 80202""",
        [("US_PASSPORT", "Z4829173")],
    ),
    (
        """\
Hi Ma'am Ellen,

Thank you for choosing Golden Hands Home Care. As requested, here are the details of the
caregiver we are assigning to your father starting next Monday:

Name: Maricel D. Santos
Experience: 9 years (6 in Singapore, 3 in US)
Philippine passport P7061934A, valid until 2032; her EAD card is in process so for now she
works through our agency payroll.
Languages: English, Tagalog, Ilocano

She is CPR certified and very patient with elderly clients. She will arrive at 7am. Please
let us know if your father has any food restrictions.

God bless,
Joy Manalo
Placement Coordinator""",
        [("US_PASSPORT", "P7061934A")],
    ),
    (
        """\
Hi Ms. Caldwell,

Quick follow-up on the Costa Rica service trip. The airline booking for Jayden is done - we
entered the passport you sent (the one ending 4471) and his name exactly as it appears on it,
JAYDEN M CALDWELL. Can you double-check the expiration date? It has to be valid at least six
months after we return on July 20.

Still outstanding for Jayden:
- signed medical release form
- $250 final payment (due May 1)

Flight is AA 1357 departing DFW 6:05am on July 10, so families should plan on a 3:30am
drop-off. Yes, really. Sorry!

Coach Ben
Grace Youth Service Corps""",
        [("US_PASSPORT", "4471")],
    ),
    (
        """\
hi there

im trying to reset my account on the volunteer portal and it says to email you. it asks for the
last 4 of my license for verification, its 8193. my email on file might be my old one
(jen.w.harlow@yahoo) not sure

thx
Jen Harlow
sent from my iPhone""",
        [("US_DRIVER_LICENSE", "8193")],
    ),
    (
        """\
Good afternoon Sister Mary,

Following up on Mrs. Lorraine Boyd, who came in today for the first time. She doesn't drive,
but she brought her PennDOT photo ID card (non-driver), ID# 31 694 208, which covers proof of
identity for the TEFAP sign-up. Proof of address was her PPL bill.

Household of 3 (her and two grandkids), so she qualifies for the larger box. I gave her the
Thursday pickup slot.

Thanks,
Amy R.
St. Vincent de Paul Pantry - Allentown""",
        [("US_STATE_ID", "31 694 208")],
    ),
    (
        """\
Hello Mr. Kowalczyk,

Thank you again for donating your 2011 Ford Escape to Wheels for Work Detroit! To finish the
title transfer with the Secretary of State we need the seller section of the title completed.
I've pre-filled what you gave me on the phone:

Seller: Stanley J. Kowalczyk
Driver license no.: B 642 719 385 206
Odometer: 148,312
VIN: 1FMCU9DG6BKA07163

Please check it, sign where the yellow flags are, and mail it back in the prepaid envelope. Your
tax receipt will follow once the car is sold.

Warm regards,
Denise Pruitt
Wheels for Work Detroit""",
        [("US_DRIVER_LICENSE", "B 642 719 385 206")],
    ),
    (
        """\
Hi Mrs. Lindgren,

Yes, Oliver has permission to go on the Devil's Lake field trip on May 17, signed form is
attached. I'm also happy to chaperone and drive (I have a minivan, 7 seats). You asked for
my license info for the district volunteer driver form: WI DL H256-7183-9420-07, and my
insurance is through West Bend Mutual, policy on the attached card.

Oliver will bring his own lunch. Let me know what time we need to be at school!

Thanks!
Kristin Aune""",
        [("US_DRIVER_LICENSE", "H256-7183-9420-07")],
    ),
    (
        """\
Dear Chiamaka,

Thank you for signing up as a volunteer driver for the Hackney Community Transport befriending
scheme. I've now run the DVLA licence check using the share code you sent, and everything is in
order - no endorsements. For our records: licence number OKAFO856244C99AB, categories B and
B1, valid to 2033.

Your induction is on Saturday 12 April at 10:00 at the Mare Street office. Please bring your
high-vis if you have one; we'll provide one if not.

Kind regards,
Graham Nicholls
Volunteer Driver Coordinator
Registered charity no. 1081526""",
        [("US_DRIVER_LICENSE", "OKAFO856244C99AB")],
    ),
    (
        """\
<div style="font-family:Arial,sans-serif">Hi Marguerite,<br><br>Below are the traveler details
for the delegation to Geneva, please forward to the travel agent.<br><br><table><tr><td><b>
Traveler:</b></td><td>Thomas A. Reinholt</td></tr><tr><td><b>Passport #:</b></td><td>&nbsp;
640918273</td></tr><tr><td><b>Exp:</b></td><td>2029-05-30</td></tr><tr><td><b>Seat pref:</b>
</td><td>aisle</td></tr></table><br>Thanks!<br>-- <br>Grace Osei | Policy Director<br>
Coalition for Fair Trade</div>""",
        [("US_PASSPORT", "640918273")],
    ),
    (
        """\
Hi all,

Registration list for the Brussels advocacy week is attached. Pia at the hotel needs passport
numbers for non-EU guests for the police registration form, so here is the one I was missing:
Naomi Whitebird, Canadian passport HM305618. Everyone else's is already in the sheet.

Coach from Zaventem leaves at 14:30 on arrival day, don't be late, it won't wait.

Merci,
Élodie""",
        [("US_PASSPORT", "HM305618")],
    ),
    (
        """\
Claim #GA-2291847 - rear-end collision 04/02

Hello Mr. Fisk,

Per your request, here is the other driver's information I got at the scene on Peachtree
Industrial. Her name is Danielle Whitlock, Georgia license 058317429, driving a gray 2019 Honda
Accord, tag CTR 4421. Her insurer is Progressive, policy number on the photo attached.

Our van (2021 Ford Transit, unit 7) has damage to the rear doors and bumper. The estimate from
Collision Plus is $4,860.

Thanks,
Omar Haddad
Owner, Haddad Catering LLC""",
        [("US_DRIVER_LICENSE", "058317429")],
    ),
    (
        """\
Hi Aaron,

Sorry the forms got smudged in my bag. Here's what you asked for:

Direct deposit - checking account, Cambridge Savings Bank
Routing number: 211314491
Account number: 4406 2197 83

For the I-9 I'll show my Mass. license (S72419386) and my birth certificate on Monday.

Looking forward to starting!
Priya""",
        [
            ("ABA_ROUTING_NUMBER", "211314491"),
            ("US_BANK_NUMBER", "4406 2197 83"),
            ("US_DRIVER_LICENSE", "S72419386"),
        ],
    ),
    (
        """\
See below - Jamie's info for the U-Haul reservation. Can you call it in? I'm in meetings all
morning.

---------- Forwarded message ---------
From: Jamie Tran <jtran.pnw@gmail.com>
Date: Thu, Aug 7, 2025 at 9:14 PM
Subject: Re: moving the pantry shelving
To: Rosa Delgado <rosa@beaconhillpantry.org>

Sure, I can drive the truck Sat. My WA license # is WDL4K7X2M9QB, exp 3/2030.

> On Thu, Aug 7, 2025 at 5:02 PM Rosa Delgado wrote:
> Hi Jamie, could you be the driver for the U-Haul on Saturday? They need your license number
> for the reservation. Thanks so much!!""",
        [("US_DRIVER_LICENSE", "WDL4K7X2M9QB")],
    ),
    (
        """\
OCR output - Emergency Rental Assistance Application (scan 3 of 5)
========================================================
APPLlCANT lNFORMATlON
Name (Last, First) : WASHlNGTON ,  BERNADETTE
Date of Birth : O6 / 21 / l958
Social Security No. : 521 - 48 -3960
Photo ID type :  [ ] Driver Lic.   [X] NYS Non-Driver ID
ID No. : 7 3 8 4 1 9 O 2 6
Household size : 2
========================================================
Sent from Xerox WorkCentre 6515 at Hope Community Services, Bronx""",
        [("US_SSN", "521 - 48 -3960"), ("US_STATE_ID", "7 3 8 4 1 9 O 2 6")],
    ),
    (
        """\
Hi Carmen,

For the 1099 for the mural artist - she doesn't have a Social, she gave me her ITIN on the W-9:
976 54 1082. Name on the W-9 is Itzel Morales Cano, business name blank. Address 4418 S Ashland
Ave, Chicago 60609.

Paid her $3,200 total in 2024 (two checks). Let me know if you need the check copies.

Thanks
Dan""",
        [("US_ITIN", "976 54 1082")],
    ),
    (
        """\
Dear Seán,

Thanks for sending through your documents for the volunteer placement on Lesbos. For the
Greek volunteer registration we have recorded:

Full name: Seán Patrick Ó Dálaigh
Passport: Ireland, PY7261935, expires 19/09/2030

The host organisation will also ask for your Garda vetting letter, so please bring a printed
copy. Flights are booked (Aegean A3 603 Athens-Mytilene, 22 June).

All the best,
Katrin Vogel
Placement Officer, Open Harbours e.V.""",
        [("US_PASSPORT", "PY7261935")],
    ),
    (
        """\
Meeting notes - Citizenship Clinic volunteer huddle, Sat 4/12
Present: Laura, Benji, Mohammed, Yesenia, Tom (notes)

1. Turnout: 23 applicants, 19 N-400s completed. Great job everyone.
2. Printer in room 104 jammed again. Benji will call facilities.
3. Follow-ups:
   - Mr. Abdirahman's green card number was misread on his draft; Yesenia will fix.
   - Mrs. Phan forgot her passport; we copied the number from her old application instead
     (US passport no. 587204913 is HER SON'S - she brought the wrong one!). Laura will call her
     so she brings her own on the 26th and we can shred the copy.
4. Next clinic: Sat 4/26, 9am. Need 2 more Vietnamese interpreters.""",
        [("US_PASSPORT", "587204913")],
    ),
    (
        """\
Hi Ms. Ochoa,

Good news on Mr. Hollis: the birth certificate came through, the fee waiver letter worked, and
DPS issued his Texas identification card today (an ID card, not a license - he's never driven).
The number is 40716283. That means we can finally submit his SNAP application and the voucher
paperwork tomorrow.

I'll bring the copies to case conference on Thursday.

Ben Whitfield
Housing Navigator""",
        [("US_STATE_ID", "40716283")],
    ),
    # ------------------------------------------------------------------ financial / credentials
    (
        """\
Hi Finance team,

Please reimburse Sofie Lambrecht for her train tickets to the Ghent workshop (EUR 187.40,
receipts attached). She isn't on our payroll, so it has to go by bank transfer to her personal
account:

Account holder: S. Lambrecht
IBAN: NL10 RABO 0906 5031 90
BIC: RABONL2U

Thanks,
Hanne""",
        [("IBAN_CODE", "NL10 RABO 0906 5031 90")],
    ),
    (
        """\
Voicemail from +1 (603) 555-0142, received 2:47 PM, duration 0:58

"Hi this is Marjorie Tibbetts, I wanted to renew my membership for the garden club and
the website isn't working for me so I'm just gonna leave it here.
It's a Visa 4265 8261 0549 6244, expiration oh four twenty seven, and the three numbers on the
back are 318. Put it down for the family level please. Thank you dear."

(Transcribed by YouMail. Accuracy may vary.)""",
        [("CREDIT_CARD", "4265 8261 0549 6244"), ("CVV", "318")],
    ),
    (
        """\
Q2 narrative - Homeownership Readiness Program (grant #HR-2025-14)

Enrollment: 41 households (target 40). Completed 8-hour HUD course: 33. Closings this
quarter: 4.

Participant spotlight: With her written permission, we're sharing Ms. Linh Tran's progress.
When she enrolled in January her TransUnion score was 584, mainly because of
a collection account ($1,204, Midland Credit Management, originally a Comcast bill) and
a 90-day late payment on a Capital One card from 2022.
After six sessions with her counselor she disputed the collection, which was removed, and
paid the card down to 20% utilization. Her score as of June 3 is 671, and she's now
pre-approved through the state first-time buyer program.

Challenges: rising rates; two counselors out in May. Budget on track (52% spent).""",
        [
            ("CREDIT_SCORE", "584"),
            ("CREDIT_SCORE", "671"),
            (
                "CREDIT_REPORT",
                "a collection account ($1,204, Midland Credit Management, originally a Comcast "
                "bill)",
            ),
            ("CREDIT_REPORT", "a 90-day late payment on a Capital One card from 2022"),
        ],
    ),
    (
        """\
Hey Jordan,

While I'm away you'll need to get into the parish Square account to pull the monthly giving
report for the finance council. Login is office@stbrendansfc.org and the password is
Clover&Bell1887 (capital C and B). Please don't change it, Fr. Tom uses it too.

The report is under Reports > Sales summary, filter by "Online giving". Export to Excel and
send it to Maureen by the 5th.

Thanks for covering!
Kathleen""",
        [("PASSWORD", "Clover&Bell1887")],
    ),
    (
        """\
Angela - the bank just texted me the verification code for the wire approval, can you enter it
before 3? Its 804 615. It expires in 10 min so hurry!! I'm stuck in the car line at school.

Sent from my phone""",
        [("ACCESS_CODE", "804 615")],
    ),
    (
        """\
Hi Devon,

Your stipend card for the Summer Youth Employment Program is ready! It's a reloadable prepaid
card and your first payment of $412.50 is already loaded.

Temporary PIN: 5083 (you'll be asked to change it the first time you use an ATM)

Pick it up at the front desk with your school ID any weekday between 1 and 5. Don't share your
PIN with anyone, including us.

Ms. Reynolds
SYEP Youth Coordinator""",
        [("PIN", "5083")],
    ),
    # ------------------------------------------------------------------ biometric
    (
        """\
Hi Tomasz,

Quick update on the new PalmSecure time clocks at the Eastgate warehouse. Everyone on first
shift is enrolled now except two:

- Luis Ortega: his right-hand palm vein template kept failing to match (the scar from his
  forklift injury last year, I think), so we re-enrolled him with his left hand. Works fine now.
- Brenda Sykes: hasn't signed the consent form yet. She can use a badge until HR follows up.

Second shift is next Tuesday. The vendor tech will be on site 2-6pm.

Thanks,
Gina
Warehouse Supervisor, Tri-County Food Bank""",
        [("biometric", ""), ("health", "")],
    ),
    (
        """\
Hi Rachel,

Attached is the scan of Jordan Kim's FD-258 fingerprint card (all ten rolled prints plus the
flat impressions) from the sheriff's office. Please submit it with his FBI background check
request for the mentoring program - the last card we sent for him was rejected as smudged.

Jordan's start date is pending this, so whenever you can.

Best,
Luz
Big Sisters Big Brothers of the Valley""",
        [("biometric", "")],
    ),
    (
        """\
Subject: Lobby access - re-enrollment done

Hi Facilities,

FYI we re-enrolled Amara Nwosu's face on the lobby reader this morning. Her original template
had been captured while she was wearing her glasses and the door kept rejecting her; the vendor
says her match confidence went from 0.61 to 0.97 with the new capture. No need to issue her a
backup fob.

Thanks,
Derek
IT, Lakeview Family Health Center""",
        [("biometric", "")],
    ),
    (
        """\
Dear Mr. Adeyemi,

This confirms that your voiceprint has been successfully enrolled in VoiceID at Unity Community
Credit Union on May 9, 2025. The next time you call us, simply say the phrase you recorded when
prompted and we will verify you without asking security questions.

If you did not request this enrollment, please call us right away at 1-800-555-0199.

Member Services
Unity Community Credit Union""",
        [("biometric", "")],
    ),
    (
        """\
Hello Mrs. Whitaker,

I'm writing about Ava Chen in your 2nd grade class (I'm her mom). She came home saying the
cafeteria scanned her finger for the new lunch line system. We never signed anything for that.
Please have her fingerprint deleted from the scanner and let her use the lunch number card
instead.

Thank you,
Min Chen""",
        [("biometric", "")],
    ),
    # ------------------------------------------------------------------ genetic
    (
        """\
Hi Marcy,

I wanted to let you know before the staff meeting: my genetic test came back BRCA2 positive.
It's not cancer, but my risk is high enough that I'm scheduling a preventive mastectomy for
October. I'll need about six weeks off. I'm fine with you telling the leadership team that
I'll be on medical leave, but please keep the details between us.

Thanks for being so understanding,
Diane""",
        [("genetic", ""), ("health", "")],
    ),
    (
        """\
Dear Ms. Feldman,

Thank you for the warm welcome at last month's family support group. My husband Ari and I found
out through carrier screening that we're both carriers for Tay-Sachs. The genetic counselor
said it isn't surprising since both our families are Ashkenazi, but it was still a shock. We're
trying to understand our options before we try for a baby.

Would you be able to put us in touch with one of the couples you mentioned who went through
IVF with PGT? No rush at all.

Warmly,
Leah Rosenbaum""",
        [("genetic", ""), ("health", ""), ("racial_ethnic_origin", "")],
    ),
    (
        """\
Hi Donna,

For the member spotlight in the fall newsletter, here's my paragraph - edit as you like:

"Gwendolyn Pierce joined the Society in 2019 after retiring from teaching. Her brick wall was
always her father's side, which the family believed came from Virginia. When her AncestryDNA
results came in last winter - 41% Nigeria, 22% Cameroon/Congo, 19% England & Northwestern
Europe - she traced a match to cousins in Lagos and has been corresponding with them since."

Photo attached (the one of me at the courthouse records room).

Gwen""",
        [("genetic", ""), ("racial_ethnic_origin", "")],
    ),
    (
        """\
Dear Mr. Alvarez,

Thank you for meeting with us last week. I wanted to follow up with something we only found out
on Friday: Sebastian's genetic testing at Children's confirmed Fragile X syndrome. The doctors
say it explains a lot of his attention and anxiety in class. The developmental pediatrician will
send a letter for his IEP meeting next month.

Please let me know if there's anything we can do at home to support what you're doing at school.

Best,
Claudia Reyes-Alvarez""",
        [("genetic", ""), ("health", "")],
    ),
    # ------------------------------------------------------------------ sex life / orientation
    (
        """\
PRIVILEGED & CONFIDENTIAL - HR INVESTIGATION SUMMARY

To: Board Personnel Committee
From: Lauren Mitchell, HR Consultant
Re: Complaint 2025-03 (Development Department)

Interviews conducted April 8-10: complainant, respondent, and three witnesses.

Findings of fact:
1. Ms. Kaplan stated that she and Mr. Danforth (her direct supervisor) were in a consensual
   sexual relationship from roughly November 2024 until February 2025, which she ended.
2. Neither party disclosed the relationship under the conflict-of-interest policy.
3. Witnesses confirmed that Ms. Kaplan's major-gifts portfolio was reassigned in March.

Recommendation and full notes to follow in the written report.""",
        [("sexual_orientation", "")],
    ),
    (
        """\
Hi Dr. Osei,

Referring Ana Ruiz (DOB 3/14/1999) from our drop-in center for PrEP. She reports condomless sex
with two male partners in the past month; one of them has since told her he is HIV positive.
Her rapid test here today was negative. She's motivated and has Medicaid. Could your clinic see
her this week?

Thanks,
Jasmine Hall, Peer Navigator
Southside Harm Reduction Collective""",
        [("health", ""), ("sexual_orientation", "")],
    ),
    (
        """\
Hi Renee,

Two seating chart notes for the gala:
- Chris Halvorsen is bringing his husband, Mateo, so please seat them together at table 6 with
  the Lindqvists.
- Put the silent auction volunteers at table 14 near the kitchen door.

Programs go to the printer on Thursday so let me know by Wednesday if anything changes.

Thanks!
Beth""",
        [("sexual_orientation", "")],
    ),
    (
        """\
Invitation: Check-in w/ Jordan P.
Wed Oct 8, 2025 4pm - 4:45pm (Central Time)
Location: Youth Center, small group room

Organizer: Alex Moreno
Guests: Alex Moreno, Jordan Pearce

Notes (private to organizer):
Jordan wants to practice what to say when he comes out to his parents as gay this weekend.
Bring the family conversation worksheet. Have the crisis line card ready just in case.

Invitation from Google Calendar""",
        [("sexual_orientation", "")],
    ),
    # ------------------------------------------------------------------ trade union
    (
        """\
Hi Sharon,

Kwame Asante (caseworker, Derby office) joined UNISON last week and has asked for his
membership subs to come out of his salary from the June payroll. The check-off form is attached
- GBP 18.20 a month.

Also, Claire in Nottingham has moved to 0.8 FTE from 1 June, contract variation to follow.

Cheers,
Matt
HR Officer""",
        [("trade_union_membership", "")],
    ),
    (
        """\
Dear Bethan,

Further to our letter of 2 May, the disciplinary hearing will now take place on Thursday 15 May
at 14:00 in Meeting Room 3, Cardiff office. We note that, as a member of Unite, you have chosen
to be accompanied by your workplace representative, Gareth Price, and we have confirmed the new
date with him.

If you wish to submit any documents, please send them to me by 12 May.

Yours sincerely,
Helen Morgan
Head of People, Cymru Community Trust""",
        [("trade_union_membership", "")],
    ),
    # ------------------------------------------------------------------ philosophical / religious
    (
        """\
Hi Kim,

Following up on our chat about Priya Raman's request. Priya is an ethical vegan - it's a deeply
held conviction for her, not a diet - and she has asked not to be rota'd on the hog roast
stall at the summer fair or on sorting the leather goods at the shop. Given that ethical
veganism is treated as a philosophical belief under the Equality Act, I think we should just
agree it; there are plenty of other volunteers for both.

Let me know if you're happy and I'll reply to her.

Sam
Volunteer Manager, Kentish Town Community Shop""",
        [("religious_belief", "")],
    ),
    (
        """\
To the Admissions Committee,

I am pleased to recommend Elias Brandt for the Master of Arts in Peace and Conflict Studies.
Elias volunteered with our refugee resettlement office for three years, coordinating airport
pickups and running our Tuesday English conversation group.

Elias is a convinced pacifist, and he lives it. When our board accepted a sponsorship from a
defense contractor in 2023, he respectfully stepped back from the gala committee, explaining
that he could not in conscience promote a weapons manufacturer, and then quietly organized a
separate fundraiser that raised more than the sponsorship did.

He is thoughtful, reliable and kind. I recommend him without reservation.

Sincerely,
Margaret Oyelaran
Director, New Neighbors Resettlement Partnership""",
        [("religious_belief", "")],
    ),
    (
        """\
Hi Ms. Kaur,

Thanks for sending the hearing bundle. One practical thing for the tribunal on the 19th: I'm a
humanist and I'd prefer to affirm rather than swear on a holy book when I give evidence. Could
you let the clerk know in advance so there's no awkwardness on the day?

I've read my witness statement again and I'm happy with it.

Best,
Oliver Hartley""",
        [("religious_belief", "")],
    ),
    (
        """\
Hi Coach Dana,

Thanks for the spring break camp info, Yusuf is really excited! Just so you know, he's fasting
for Ramadan during camp week, so he won't eat or drink during the day. He's done it before and
he's fine, but please let him sit out the hardest drills in the afternoon if he looks tired.

Signed permission form is attached.

Thank you!
Samira Haddad""",
        [("religious_belief", "")],
    ),
    # ------------------------------------------------------------------ ethnic origin
    (
        """\
Hi team,

For Thursday's home visit with the Vang family on Case Ave: Grandma Pa Nhia Vang came to St. Paul
from the Ban Vinai camp in 1987 with the other families from Laos and only speaks White Hmong,
so please book the Hmong interpreter (Tou is best, she knows the family). The grandson Kou will
be at school.

We're going over the lease renewal and the new utility allowance.

Thanks,
Nancy
Housing Stability Team""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """\
Dear Darnell,

Congratulations! You've been selected for the 2025 Wiyaka Scholars award of $5,000. Because you
are an enrolled citizen of the Oglala Sioux Tribe, you're also eligible for a matching award
from our tribal college partner - please complete the short form attached by July 1.

We'll celebrate all scholars at the banquet on June 21 in Rapid City. Family is welcome!

Warmly,
Shawna Red Cloud
Program Officer, Black Hills Education Fund""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """\
Hi Fiona,

Quick note ahead of your first visit to Mrs Bridget Ward. She and her family are Irish
Travellers living on the council site at Meadow Lane, and she has said she's had bad
experiences with services in the past, so please take your time with introductions. She prefers
phone calls to letters as she doesn't read much.

The referral is for help with the school admissions appeal for her youngest.

Thanks,
Declan
Family Support Worker""",
        [("racial_ethnic_origin", "")],
    ),
    # ------------------------------------------------------------------ political opinion
    (
        """\
Hey Marisa,

Small scheduling ask for the Saturday sort shift: can you please not put me on the same table as
Greg Pollard again? Last time he spent the whole two hours telling me the 2020 election was stolen
and that he'd vote for Trump "a hundred times over". I don't care who he votes for, I just don't
want to hear it while bagging carrots.

Thanks, you're the best,
Elena""",
        [("political_opinion", "")],
    ),
    # ------------------------------------------------------------------ criminal history
    (
        """\
To whom it may concern,

I have known Marcus Ellery since 2021, when he joined our Second Chance Culinary Program two
weeks after his release from Stateville Correctional Center, where he served eight years for
armed robbery. In the four years since, Marcus has become one of the most dependable people I
have worked with. He completed ServSafe certification, ran our breakfast line, and now trains
new cohorts.

I recommend him for the sous chef position without hesitation.

Chef Andrea Torres
Program Director, Second Chance Culinary""",
        [("criminal_history", "")],
    ),
    (
        """\
New voicemail from (216) 555-0173, 0:41

Transcription: Hey Miss Carla it's Jerome Price, um, my parole officer Mr. Dawson needs that
letter saying I'm doing the job training, he said by Friday or I could get a violation. Can
you email it to him? He's at the Adult Parole Authority on Lakeside. Alright thanks, call me
back.

Transcribed by Visual Voicemail. Some words may be inaccurate.""",
        [("criminal_history", "")],
    ),
    # ------------------------------------------------------------------ health
    (
        """\
Automatic reply: Volunteer schedule for June

Thank you for your email. I'm out of the office on medical leave while I finish my radiation
treatment, and expect to be back on Monday, July 14. For anything urgent about volunteer
scheduling please contact Pam Greer at pgreer@riversidehospice.org or (608) 555-0124.

Warmly,
Kathy Lindahl
Volunteer Services Manager""",
        [("health", "")],
    ),
    (
        """\
MINUTES - Board of Directors, Riverside Community Land Trust
Regular meeting, Tuesday April 15, 2025, 6:00 pm, Fellowship Hall

Present: J. Ortiz (chair), K. Lee, M. Adebayo, S. Brennan, R. Clarke
Absent: P. Nakamura (treasurer)
Staff: D. Fields (ED)

1. Call to order 6:04 pm. Quorum confirmed.
2. Minutes of March 18 approved (Lee/Adebayo), unanimous.
3. Treasurer's report: in Phil Nakamura's absence (he is recovering from heart bypass surgery
   at St. Luke's and sends his regards) the ED presented Q1 financials. Operating reserve at
   4.2 months. Audit engagement letter signed with Wipfli.
4. Resale of 114 Elm Street: two income-qualified offers received; committee recommends the
   Martinez household. Approved (Brennan/Clarke), unanimous.
5. Stewardship: roof replacement at 22 Birch Court scheduled for May. Homeowner contribution
   per ground lease sec. 7.3.
6. Annual meeting set for June 10. Need volunteers for check-in table.
7. Adjourned 7:38 pm.

Respectfully submitted, Ruth Clarke, Secretary""",
        [("health", "")],
    ),
    (
        """\
Invitation: 1:1 Sam / Teresa - return to work plan
Mon Sep 15, 2025 10am - 10:30am (Eastern Time)
Location: Teresa's office (2nd floor)

Notes:
Sam is back Monday after 3 weeks inpatient. Her psychiatrist's note says the bipolar II diagnosis
is now stable on the new meds; she's asked for a reduced schedule (4 days/week) for the first
month. Bring the ADA accommodation form. Keep this private - team only knows "medical leave".

Invitation from Google Calendar""",
        [("health", "")],
    ),
    # ------------------------------------------------------------------ decoys
    (
        """\
Hi Rafael,

We're excited to have you start on June 3! A few things for your first day:

1. Form I-9: federal law requires you to show original documents within three business days.
   Most people bring either a U.S. passport or passport card (List A), OR a driver's license or
   state ID card (List B) plus a Social Security card or birth certificate (List C). Please
   don't email us copies of these - just bring the originals.
2. Direct deposit: bring a voided check or a letter from your bank.
3. Parking: use the lot behind the building; your permit will be on your desk.

See you Monday at 9!
Denise Carter, Operations Manager""",
        [],
    ),
    (
        """\
Volunteer Training - Module 4: Checking ID at intake (SPECIMEN DATA ONLY)

The images in the attached slides are official specimen documents published by the issuing
agencies. None of the numbers belong to real people:
- Specimen U.S. passport, "Happy Traveler", passport no. 963545637 (State Department specimen)
- Specimen California driver license, "Imma Cardholder", DL I1234568 (DMV specimen)
- Masked card example: **** **** **** 1234

Practice: find the expiration date, compare the photo, and on the paper intake form write only
"ID checked: yes/no" and the document type. Never write down or email a client's full ID number.

Quiz at the end of the module - 8 questions, you need 6 to pass.""",
        [],
    ),
    (
        """\
Subject: Biometric Information Policy - please read and sign by August 22

Team,

As announced, we're moving to fingerprint time clocks at both Illinois sites on September 1.
Under the Illinois Biometric Information Privacy Act (BIPA) we must tell you in writing:

- what we collect: a mathematical template derived from a finger scan (not an image);
- why: time-keeping only, never shared or sold;
- how long: deleted within 30 days after employment ends, or 3 years after your last
  interaction with us, whichever comes first.

Please sign the consent form in Paylocity. If you do not wish to enroll, tell your supervisor
and you'll be issued a badge instead - no questions asked.

Marcia Dunn, HR Director""",
        [],
    ),
    (
        """\
This Giving Tuesday, discover your roots AND support local history!

For every AncestryDNA kit purchased through our affiliate link, the Millbrook Historical Society
receives $15 for the digitization of the 1880s county court records.

Already tested? Join our free workshop "Making sense of your DNA match list" on Saturday, Dec 6
at 10am in the library annex. Bring your laptop and your login.

ancestry.com/?aff=millbrookhs

Unsubscribe | Update preferences""",
        [],
    ),
    (
        """\
Staff update from the Executive Director

Yesterday the National Labor Relations Board certified the results of the union election held on
May 28. A majority of eligible program staff voted to be represented by OPEIU Local 8. I want to
say clearly: leadership respects this decision, and we will bargain in good faith.

No one will be treated differently for how they voted or whether they choose to join. Managers
have been reminded of this in writing. We'll share a bargaining timeline once the union's
committee has been formed.

Thank you all for the work you do every day.
Teresa""",
        [],
    ),
    (
        """\
Volunteers needed: National Voter Registration Day, Tuesday Sept 16!

We'll have tables at the Main Street farmers market, the community college, and both branch
libraries from 10am to 6pm. Training is 30 minutes on Zoom the week before.

Please remember we are strictly nonpartisan: volunteers may not wear campaign gear, discuss
candidates, or help anyone choose a party. Our job is to help every eligible person register.

Sign up for a shift: bit.ly/nvrd-leaguecc""",
        [],
    ),
    (
        """\
Do you or a loved one live with early-stage Parkinson's disease?

Researchers at Oregon Health & Science University are recruiting adults aged 50-80 for a
12-month study of a community-based exercise program. Participants attend two group classes a
week and three assessment visits. Compensation up to $400 and parking is provided.

To learn more, call the study team at (503) 555-0190 or reply to this email. Participation is
voluntary and will not affect your care.

Shared by the Willamette Valley Parkinson's Support Network""",
        [],
    ),
    (
        """\
2024 by the numbers

- 3,412 households served across four counties
- 58% of clients identified as Hispanic or Latino, 21% Black or African American, 14% white,
  7% Asian, Native or multiracial
- 31% of adults reported a disability; 12% were veterans
- 1 in 4 households included someone over 65

Thank you to our 640 volunteers who gave 21,880 hours. Read the full annual report at
harvesthopepantry.org/2024.""",
        [],
    ),
    (
        """\
Hi all,

Travel for the Denver convening is booked! Details below - you'll need these to check in:

Maya Torres: United UA 1482 ORD-DEN, Sep 14, record locator K7QX2P
Devin Shah: Southwest WN 2317 MDW-DEN, Sep 14, confirmation 4QJ8ZT
Hotel: Hyatt Regency Denver, 3 nights, group confirmation 84729163

Per diem is $68/day. Keep your receipts for ground transport. Reimbursement forms are in the
shared drive under Finance > Travel.

Safe travels!
Alicia""",
        [],
    ),
    (
        """\
Dear Mr. Patel,

Thank you for donating six laptops to our digital literacy program. For your records, we
received:

Dell Latitude 5420 - service tags 7HQ2KX3, 9BT4LW2, 3MZ7QP1, 6RX9DN4
Lenovo ThinkPad T14 - serial numbers PF3K8Z2M, PF3K9A7Q

All drives were wiped with DBAN before reimaging. No goods or services were provided in exchange
for this gift. Our EIN is 81-4402917.

With thanks,
Gloria Amato, Tech Goes Home Queens""",
        [],
    ),
    (
        """\
Automatic reply: Gala sponsorship

Thanks for your message! I'm at the Nonprofit Technology Conference in Baltimore through
Friday, April 11, with limited access to email. I'll reply when I'm back on Monday.

For sponsorship invoices please contact finance@harborarts.org.

Jenna Wallace | Director of Development | Harbor Arts Collective""",
        [],
    ),
    (
        """\
Invitation: Passport Day at Eastside Library
Sat Mar 15, 2025 10am - 2pm (Eastern Time)
Location: Eastside Branch Library, Community Room A

Organizer: Eastside Library Events

Notes:
A passport acceptance agent from the Clerk of Courts will be on site. Applicants should bring:
- proof of U.S. citizenship (birth certificate or naturalization certificate)
- a photo ID such as a driver's license
- a completed DS-11 (do not sign it until the agent tells you)
- one 2x2 photo (we can take it for $15)
Fees: $130 check to "U.S. Department of State" plus $35 execution fee.

Invitation from Google Calendar""",
        [],
    ),
    (
        """\
New voicemail from (617) 555-0166, 0:37

Transcription: Hi, this is Bob Hennessy, I bought four tickets for the spring gala, order
number 58214, and I need to change one of the names to my daughter Kate. Also can we get the
vegetarian meal for her. Give me a call back, thanks a lot.

This transcription was generated automatically and may contain errors.""",
        [],
    ),
    (
        """\
Hi Tess - the blank volunteer application scanned badly, here's the OCR text of page 2 so you
can rebuild it in Word:

VOLUNTEER DRIVER INFORMATlON
Driver's License # : ____________________   State : ____   Exp : __/__/____
Social Security No. (last 4 only) : __ __ __ __
Have you had a moving violation in the last 5 years?  [ ] Yes  [ ] No
Signature : ______________________   Date : __________

Could you change "Social Security" to "Date of birth"? We shouldn't be collecting SSNs anymore.

Thanks!""",
        [],
    ),
    (
        """\
Thanks - all three boxes arrived.

-----Original Message-----
From: Sandra Kim
Sent: Wednesday, October 1, 2025 3:02 PM
To: Events
Subject: RE: auction items shipping

Shipped them yesterday. UPS tracking 1Z9W847E0362153904, signature required.

-----Original Message-----
From: Events
Sent: Tuesday, September 30, 2025 9:15 AM
To: Sandra Kim
Subject: auction items shipping

Hi Sandra, can you ship the donated wine baskets to the office instead of the venue? The venue
can't receive before the 8th.""",
        [],
    ),
    (
        """\
MINUTES - Riverbend Youth Soccer League Board
Monday, June 2, 2025, 7:00 pm, Zoom

1. Safety: Motion (Garza/Hill) that all head and assistant coaches complete a Live Scan
   fingerprint background check and SafeSport training before August 1. Passed 7-0.
   Cost ($45) reimbursed by the league.
2. Fields: City confirmed Lincoln Park fields 3 and 4 for fall Saturdays.
3. Uniforms: order placed with Soccer Post, delivery mid-July.
4. Scholarships: 42 players received fee waivers this spring.

Adjourned 8:14 pm.""",
        [],
    ),
    (
        """\
To whom it may concern,

It is my pleasure to recommend Hannah Okoye for the Development Associate position. Hannah
worked with us for two years as a grants assistant. She managed our Salesforce records for 1,100
donors, drafted six successful foundation proposals, and planned our first online auction,
which raised $48,000.

Hannah is organized, calm under deadlines, and a generous colleague. Please feel free to contact
me at (412) 555-0138 with any questions.

Sincerely,
Robert Fairley, Executive Director""",
        [],
    ),
    (
        """\
Spring appeal draft - please review by Friday

When "R." first came to our shelter last winter, she had been sleeping in her car for two
months. Like many of the women we serve, she had lived with depression for years without
treatment. Today, after six months in our program, she has her own apartment and a job she
loves.

(Details changed and a composite of several stories to protect privacy.)

Your gift of $50 provides a week of counseling for a woman like R.""",
        [],
    ),
    (
        """\
Pride at the Library - you're invited!

Join us Saturday, June 14 for a family-friendly afternoon celebrating LGBTQ+ authors: story time
at 1pm, a panel with local writers at 2:30, and a zine-making table all afternoon. Free, all
ages, wheelchair accessible.

Want to help? We need 10 volunteers for setup and the welcome table.

Friends of the Oak Hill Public Library""",
        [],
    ),
    (
        """\
Legislative update - week of March 10

Good news and bad news from the State House. The Senate Finance Committee passed the child care
credit expansion 9-4. Sen. Alvarez, who chairs the committee, called it "the best investment
this state can make". On the other hand, Rep. Doyle's amendment to cut SNAP outreach funding
passed the House on a party-line vote.

Action: call your senator before Thursday's floor vote. Script attached.

Coalition for Working Families""",
        [],
    ),
    (
        """\
Thank you for your gift!

Dear Friend,

Your donation of $100.00 on 11/28/2025 helps keep the lights on at Harbor House. Member
#HH-20817 | Receipt #R-55190

Harbor House is a 501(c)(3) organization, EIN 23-7194825. No goods or services were provided in
exchange for your contribution. Please keep this receipt for your tax records.

Harbor House, PO Box 412, Gloucester MA 01931""",
        [],
    ),
    (
        """\
Your shipment is on the way!

Order #WB-104882 from Woodbine Farm Stand Co-op
Shipped via USPS Priority Mail. Tracking number: 9400 1118 9922 3847 5610 42
Estimated delivery: Thursday, November 20

Items: 2 x Holiday Jam Trio, 1 x Maple Syrup (quart)

Questions? Reply to this email.""",
        [],
    ),
    (
        """\
Hi Mr. Delgado,

Thanks for renting with Budget through our nonprofit rate! Your rental agreement number is
F48291736 and your vehicle is a white Chevy Express 12-passenger, unit 22917. Please return it
with a full tank by 6pm Sunday to avoid fuel charges. Bring this agreement number if you need
roadside assistance.

Budget Car Rental - Fresno Airport""",
        [],
    ),
    (
        """\
Dear Ms. Albright,

Thank you for donating your 2009 Toyota Camry (VIN 4T1BE46K39U912087) to Rides for Recovery.
The vehicle was picked up on October 3 and sold at auction on October 21 for $2,150. Because the
gross proceeds exceeded $500, Form 1098-C is enclosed; please attach it to your tax return.

We are a 501(c)(3) nonprofit. No goods or services were provided in exchange for your donation.

Rides for Recovery Donor Services""",
        [],
    ),
    (
        """\
Free community event: Understanding hereditary cancer risk

Did you know that about 1 in 400 people carry a BRCA1 or BRCA2 variant? Join genetic counselor
Dr. Sarah Lin on Tuesday, October 14 at 6:30pm at the Westside Community Center to learn who
should consider testing, what results mean, and how insurance covers it.

Light refreshments. No registration needed. Questions will be taken anonymously on cards.

Pink Ribbon Alliance of Greater Tulsa""",
        [],
    ),
    (
        """\
Dear {{first_name}},

Your ITIN renewal appointment is on {{appt_date}} at {{appt_time}} at our {{site_name}} office.

Please bring:
- your valid passport (or two other identity documents)
- your completed Form W-7
- the letter the IRS sent you, if any

If your ITIN has not been used on a tax return in the last three years, it may have expired and
we'll help you renew it at the same time.

VITA Program - Latino Economic Development Center""",
        [],
    ),
    (
        """\
Hi everyone,

Menu update for the Harvest Gala: this year the whole dinner will be plant-based, in line with
our commitment to lower-carbon events. The chef is doing a roasted squash risotto, a wild
mushroom wellington, and a pear tart. Guests with allergies can note them on the RSVP form.

Tickets go on sale Monday!
Green Commons Events Team""",
        [],
    ),
    (
        """\
Hi all,

A reminder that our monthly Vigil for Peace continues this Sunday at 4pm on the steps of the
Friends Meeting House. All are welcome, whatever your faith or none. We'll have signs, candles,
and hot cider. Please dress warmly.

In peace,
Community Peace Committee""",
        [],
    ),
    (
        """\
Hi Jordan,

Your Zoom account for the volunteer trainings is ready. Sign in with your work email; you'll be
asked to create your own password the first time. Please turn on two-factor authentication in
your profile settings.

The training meeting ID is 842 6619 3057 (recurring, Tuesdays at 6pm). Let me know if you have
trouble getting in.

Thanks,
IT Help Desk, Lakeside Arts Council""",
        [],
    ),
    (
        """\
Second Chance Hiring Fair - Thursday, May 8, 10am-2pm

Twelve employers committed to fair-chance hiring will be interviewing on site for warehouse,
culinary, and construction jobs. Having a record does not disqualify you. Legal aid volunteers
will be available to answer questions about expungement and sealing.

Bring a few copies of your resume; we can print them for you.

Cuyahoga Reentry Coalition""",
        [],
    ),
    (
        """\
Hi Pastor Jim,

The rental agreement for the fellowship hall is attached for the Saturday health fair. We'll
need tables for blood pressure screenings, the flu shot clinic, and the SNAP enrollment desk.
Setup starts at 7:30am.

Our insurance certificate naming the church as additional insured is attached too. Policy
number GL-7741902.

Thanks for your hospitality!
Maria, Neighborhood Health Outreach""",
        [],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_11, "hard11", Path(__file__).with_name("hard-11.jsonl")))
