"""The general cases behind blind batch 1's misses and false positives, in sentences of our own
(none taken from the batch), each with traps that must stay clean."""

from __future__ import annotations

import pytest

from earlyhelp import anonymise, gazetteer
from gatescore import gate_policy as site_policy

POLICY = site_policy()
# Another partnership, to show the council-area rule is not St Helens' own list.
WIGAN = anonymise.Policy(local_places=("Leigh", "Hindley", "Standish"),
                         places=gazetteer.for_partnership({"area": "Wigan", "local_places": ["Leigh", "Hindley"]}))


def kinds_over(text: str, item: str, policy: anonymise.Policy = POLICY) -> set[str]:
    start = text.index(item)
    end = start + len(item)
    return {h.kind for h in anonymise.find_hits(text, policy) if h.start < end and h.end > start}


PLANTED = [
    # a lower-case first name after a word like "little" or a verb whose object is a person
    ("Mum brought little hazel to the stay-and-play session.", "hazel", "personal name"),
    ("The nurse weighed baby amelia at the drop-in.", "amelia", "personal name"),
    ("The worker visited cecilia after school.", "cecilia", "personal name"),
    # a lower-case surname used as a person
    ("okafor had not been to a single review meeting.", "okafor", "personal name"),
    ("The school said kowalczyk was often late.", "kowalczyk", "personal name"),
    ("fairclough, the stepdad, refused to sign the plan.", "fairclough", "personal name"),
    # a first name followed by ", the <role>", and "that <name>" after a verb of speech
    ("Mum told us that Dervla, the health visitor, had called twice.", "Dervla", "personal name"),
    ("We knew that Shauna, her support worker, would come.", "Shauna", "personal name"),
    ("Grace, the eldest, looked after her brothers.", "Grace", "personal name"),
    # a nickname after "who is called"
    ("The baby, who is called Button by the family, sleeps well now.", "Button", "personal name"),
    ("Her brother, who was called Titch at school, hated the name.", "Titch", "personal name"),
    ("They are called Bean and Pip at home.", "Bean", "personal name"),
    # an age with a day of the year
    ("She will be twelve on 3 March 2025, just before the review.", "twelve on 3 March 2025", "age with a date"),
    ("He was ten on the 9th of May, the day the plan closed.", "ten on the 9th of May", "age with a date"),
    ("The twins turn 7 on 14 February.", "7 on 14 February", "age with a date"),
    # a username with digits, dots or underscores after a label and a comma, or "plays as"
    ("Her TikTok name, kayz.x22, was passed to the police.", "kayz.x22", "handle"),
    ("On Roblox he plays as xX_Tyler_Xx most nights.", "xX_Tyler_Xx", "handle"),
    ("She posts as mimi_2011 on a gaming forum.", "mimi_2011", "handle"),
    # a lower-case practice name before "surgery", "medical centre" or "health centre"
    ("mum is registered with parkside surgery now.", "parkside surgery", "medical practice"),
    ("the nurse at beechwood medical centre rang her.", "beechwood medical centre", "medical practice"),
    ("the GP at thornfield health centre wrote a letter.", "thornfield health centre", "medical practice"),
    # a lower-case place of worship
    ("the foodbank at st aidan's church helped at Christmas.", "st aidan's church", "place of worship"),
    ("they go to st luke's on Sundays.", "st luke's", "place of worship"),
    ("the playgroup at sacred heart parish hall was full.", "sacred heart parish", "place of worship"),
    # a short school name after "managed move to" or "is at"
    ("After a managed move to Oakhill, he settled quickly.", "Oakhill", "school"),
    ("She is still at Penrose and is in year 9.", "Penrose", "school"),
    ("The managed transfer to Kingsdown was agreed in June.", "Kingsdown", "school"),
    # a town or village inside a neighbouring partnership's area still counts
    ("They moved from Haydock to be nearer the school.", "Haydock", "place"),
]


def test_a_village_across_the_border_counts_for_another_partnership():
    assert "place" in kinds_over("The family moved to Haydock last year.", "Haydock", WIGAN)


CLEAN = [
    # a capitalised word-name before a plural noun whose verb is plural is not a name
    "Holly berries were used for the Christmas wreaths.",
    "Daisy chains were made at the summer picnic.",
    "Poppy seeds were sown in the family centre garden.",
    # a programme or a title with a letter is not initials
    "Vitamin D drops were given to the baby.",
    "Hepatitis B jabs were offered at the clinic.",
    "Generation Z is online most of the day.",
    # a whole council area, here or for another partnership, is not narrower than the area
    "Families from Wigan and Warrington joined the training.",
    "The family moved to Halton last year.",
    "Across Greater Manchester, waiting lists grew.",
    "After a move to Lancashire the family settled.",
    # ordinary words before a suffix, and possessives
    "He had keyhole surgery last year.",
    "The dental practice sent a letter to mum.",
    "Multi-agency practice improved over the year.",
    "Dad took the child's school bag home.",
    # little before a word, not a person
    "Mum made a little rose garden in the yard.",
    "They had a little fun at the park.",
    # handles: ordinary words after "plays as" or "posted as"
    "He plays as a goalkeeper on Saturdays.",
    "She posted as soon as she got home.",
    "His username, which he changed often, was kept private.",
    # roles that are not in apposition to a name
    "Faith, the family said, kept them going.",
    "The worker said that Hope was the word mum used.",
    # numbers with months that are not ages
    "The group met five times in May 2020.",
    "Referrals were 12 in March 2021.",
    "After the managed move, he settled.",
]


def test_wigan_partnership_may_name_st_helens_but_not_its_villages():
    text = "The family moved from St Helens to Haydock."
    assert [text[h.start:h.end] for h in anonymise.find_hits(text, WIGAN)] == ["Haydock"]


@pytest.mark.parametrize("text, item", [
    ("Rose lives with her nan and they are close.", "Rose"),
    ("Holly says she is happy at school.", "Holly"),
    ("When K was five she moved in with her gran.", "K"),
    ("Then J said no to the plan.", "J"),
])
def test_names_and_letters_that_must_still_count(text, item):
    assert kinds_over(text, item) & {"personal name", "initials"}


# --- Blind batch 2's misses: the rules behind them, in sentences of our own -----------------------
# Each rule needs less context than before; the traps after them must stay clean.
LESS_CONTEXT = [
    # a first name that is no English word counts in lower case wherever it stands (names-dataset's
    # names ranked in Great Britain or Ireland, which gender-guesser's older list lacks)
    ("picked up mikey and his sister from breakfast club.", "mikey", "personal name"),
    ("we think kacper is being bullied on the bus.", "kacper", "personal name"),
    ("the health visitor weighed baby izzy at the clinic.", "izzy", "personal name"),
    ("Dougie refused to go to school on Monday.", "Dougie", "personal name"),
    # a lower-case name that is also a word counts when joined to one that is not
    ("nan said maddy and daisy share a room now.", "daisy", "personal name"),
    ("lorcan, holly and their mum went to the food bank.", "holly", "personal name"),
    ("she said ruby or keelan had taken it.", "ruby", "personal name"),
    # a capitalised surname that is no word is a person with no title or verb
    ("The review noted that Pietrzak rarely answers the door.", "Pietrzak", "personal name"),
    ("Both Grzelak twins started reception in September.", "Grzelak", "personal name"),
    ("Both Mensah children are in the same class.", "Mensah", "personal name"),
    # a nickname in a relative clause with call, calls or called, with "Big" or "Little" kept
    ("Mum's neighbour, who the children call Big Bear, helps out.", "Big Bear", "personal name"),
    ("The boy whom the staff called Titch is now taller than them all.", "Titch", "personal name"),
    ("The teenager who his friends call Smiler was excluded.", "Smiler", "personal name"),
    # a date of birth in figures with dots or dashes, after an abbreviation that ends in a full stop
    ("Child referred (d.o.b. 21.3.12) by the school nurse.", "21.3.12", "date of birth"),
    ("Her date of birth, 07-09-2014, was wrong on the form.", "07-09-2014", "date of birth"),
    ("Boy (D.O.B. 5.6.14) referred by the GP.", "5.6.14", "date of birth"),
    # a handle after "under the name", "by the name", "as" or "account" when it looks like one
    ("He was messaging under the name jaydo_99 on a forum.", "jaydo_99", "handle"),
    ("She was on there as kayleigh_xo for months.", "kayleigh_xo", "handle"),
    ("the account kaylz.x was reported.", "kaylz.x", "handle"),
    # a gazetteer place written with hyphens where the gazetteer has spaces, or the other way round
    ("They grew up in Stockton-Heath before the move.", "Stockton-Heath", "place"),
    ("The family moved to Ince in Makerfield last year.", "Ince in Makerfield", "place"),
    ("Dad works in Great-Sankey most days.", "Great-Sankey", "place"),
    # a listed place of ordinary words, in lower case after a preposition
    ("the family live in moss bank now.", "moss bank", "place"),
    ("they hang around on the old swan shops.", "old swan", "place"),
    ("he was seen near west park after dark.", "west park", "place"),
    # a lower-case name that is no word before park, estate, fields or green
    ("the boys play football at dentons green most evenings.", "dentons green", "place"),
    ("the family were rehoused on the kingsway estate.", "kingsway estate", "place"),
    ("she walks the dog round lyme fields and back.", "lyme fields", "place"),
    # a school by its short name after "back at" or a school role "at"
    ("She's back at Penkridge now after a term off.", "Penkridge", "school"),
    ("The SENCo at Lowton agreed the plan.", "Lowton", "school"),
    ("The teacher at Sherdley said he was settling.", "Sherdley", "school"),
    # a GP practice by its short name
    ("She said her GP at Fingerpost had been brilliant.", "Fingerpost", "medical practice"),
    ("Mum is registered at Parkview and likes the nurse.", "Parkview", "medical practice"),
    ("The doctor's at Lingholme saw him the same day.", "Lingholme", "medical practice"),
]


LESS_CONTEXT_TRAPS = [
    # word-names in lower case, with no name beside them
    "The children chose a ruby red paint and a jade green rug.",
    "Mum bought amber and jade beads for the craft session.",
    "Dad cut the holly and ivy for the door.",
    # a counties' name without its compass point, and services named like people
    "Young people across Cheshire, Yorkshire and Sussex took part.",
    "She shops at Asda and Aldi to make the money stretch.",
    # "call" with no person named: a service, or what a group is called
    "The worker who is going to call Contact Cares will write it up.",
    "Anyone who needs to call Childline can use the number.",
    "The group, which the families call the Tuesday club, meets weekly.",
    # dates that are not of birth, and ranges
    "The review date is 12.03.24 and the plan closes on 1-2-25.",
    "The group met 3-4 times a week in years 10-11.",
    # "as" before ordinary words, times, versions and abbreviations
    "The plan was agreed as of 1st April and reviewed as needed.",
    "She was listed as Covid-19 positive in 2021.",
    "Use forms such as e.g. the EHAT, as 3pm deadlines apply.",
    "Version 2.0 of the plan was shared as v2.1 later.",
    # ordinary words before park, estate, fields or green
    "We met at the car park and walked to the play park.",
    "The school fields were flooded so PE was indoors.",
    "They met on the village green for the summer fair.",
    "The family live on a new estate on the edge of the borough.",
    # "back at" and school roles before ordinary words or services
    "She is back at school full time and back at Brownies.",
    "Staff at St Helens Council helped with the forms.",
    "The head at the primary school was supportive.",
    "The GP with Contact Cares agreed the plan.",
    # a link's scheme is not a name
    "Ring [the Front Door](tel:+441744676600) if you are worried.",
]


def test_county_names_without_a_compass_point_are_places():
    assert gazetteer.is_known_place("Sussex") and gazetteer.is_known_place("Cheshire")
    assert not gazetteer.is_known_place("Kowalczyk")


# --- Blind batch 3's misses: the rules behind them, in sentences of our own -----------------------
ROUND_FOUR = [
    # letters and digits in one token after "goes by", "known as", "calls himself": a handle, not a name
    ("Online the man goes by KingKev88 and sends her gifts.", "KingKev88", "handle"),
    ("The older boy, known as Tazzer2009 on the forum, messaged him.", "Tazzer2009", "handle"),
    ("He calls himself Jayden_07 in the chat group.", "Jayden_07", "handle"),
    # two capitals alone, then a verb only a person does
    ("Mum says KB refused to go to his dad's at the weekend.", "KB", "initials"),
    ("At the review RJ said she felt safer at home.", "RJ", "initials"),
    ("school report that LM is crying most mornings in class", "LM", "initials"),
    # a first name with a possessive s and no apostrophe
    ("shes been staying at kaydens house since friday", "kayden", "personal name"),
    ("msg said he was at tylers mums till late", "tyler", "personal name"),
    ("left her bag at freyas flat after the party", "freya", "personal name"),
    # a family by its surname, plural and possessive, in any case
    ("neighbours heard shouting from the kowalskis' flat again", "kowalskis", "personal name"),
    ("The Okafors' car was parked outside the school.", "Okafors", "personal name"),
    ("we took a food parcel round to the hughes' on friday", "hughes", "personal name"),
    # an age, then within a few words a day of the year written loosely
    ("She will be 14 in July 2025, on the 9th, and wants a party.", "14 in July 2025, on the 9th", "age with a date"),
    ("he was 5 last monday (2nd sept 2024) and mum forgot", "5 last monday (2nd sept 2024)", "age with a date"),
    ("The baby will be one this Friday, 7 March.", "one this Friday, 7 March", "age with a date"),
    # a registration in lower or mixed case, only in the current UK shape
    ("a grey corsa yt21 wkp has been seen outside the house", "yt21 wkp", "vehicle registration"),
    ("the van, pk68xjn, was outside at midnight", "pk68xjn", "vehicle registration"),
    ("He drives a blue Focus, Ma17 Ghr, to the school gates.", "Ma17 Ghr", "vehicle registration"),
    # a place of worship, surgery or school by its street: the wider kind wins
    ("They pray at the mosque on Peel Street every Friday.", "mosque on Peel Street", "place of worship"),
    ("mum goes to the church on ashcroft road most sundays", "church on ashcroft road", "place of worship"),
    ("She is registered with the surgery on Hardshaw Lane.", "surgery on Hardshaw Lane", "medical practice"),
    ("the kids see the nurse at the ellerby road surgery", "ellerby road surgery", "medical practice"),
    # a listed or nearby place of one rare word, in lower case after a preposition
    ("they were seen at rainford late at night", "rainford", "place"),
    ("the lads come over from haydock on bikes", "haydock", "place"),
    ("she hangs round windle with older girls", "windle", "place"),
    # pubs
    ("Dad drinks most nights at the King's Head.", "King's Head", "place"),
    ("They met outside the Legh Arms after closing time.", "Legh Arms", "place"),
    ("Mum works shifts at the Black Horse Inn.", "Black Horse Inn", "place"),
    # a house by its name after "live at" or "staying at"
    ("They live at Fernlea, next to the farm.", "Fernlea", "address"),
    ("Grandad lives at Holly Cottage with his dog.", "Holly Cottage", "address"),
    ("The children are staying at Brackendale for now.", "Brackendale", "address"),
    # an estate or area by its name after "a house in" or "a flat on"
    ("They were given a flat on Bleakmoor at short notice.", "Bleakmoor", "place"),
    ("Mum has a tenancy in Sorrel Fields now.", "Sorrel Fields", "place"),
    ("The family moved into a house in Clock Face last spring.", "Clock Face", "place"),
    # a school's short name after a school role, a course, or a move in lower case
    ("The head of year 8 at Hurstwood phoned mum.", "Hurstwood", "school"),
    ("He is doing an apprenticeship at Kelbrook two days a week.", "Kelbrook", "school"),
    ("she was transferred to st cuthberts after the exclusion", "st cuthberts", "school"),
    ("a managed move to brookvale was agreed", "brookvale", "school"),
]


ROUND_FOUR_TRAPS = [
    # a word-name at the start of a sentence before a colour, a material or clothing
    "Rose petals were scattered at the memorial.",
    "Ruby red wellies were donated by a local shop.",
    "Holly wreaths were made at the family centre.",
    # two capitals that are roles, glossary terms or shouted text
    "SW said the plan could close next month.",
    "TA said the class had settled well.",
    "The text said I AM NOT GOING and DO NOT CALL.",
    # plural possessives of ordinary words
    "The boys' football kit and the parents' evening were both on Tuesday.",
    "The twins' bedroom and the neighbours' garden were tidied.",
    "The workers' office moved to the teachers' building.",
    # a number and a time of day, or a count in a month
    "It was 9 in the morning on 3 May when she rang.",
    "There were 12 in March 2021 and 15 in April.",
    "The score was 4 in the 3rd week of May.",
    # year groups and words that look like registrations
    "the yr11 boy and the yr10 kids went on the trip",
    "ab12 is a room code, not a car",
    # a generic street, a chain hotel, a school role with no school named
    "The surgery on the high street is closing and the school on the main road is full.",
    "They stayed in a Premier Inn for a week.",
    "The Head of Service and the school's Head of year agreed.",
    # "live at" before family words, the borough, or a whole council area
    "She lives at Nan's during the week.",
    "They have a flat in St Helens and a house in Liverpool.",
    "He lives at home with his mum and a tenancy in March was agreed.",
    # common words after a preposition, and ordinary words after a move
    "The key words were written in bold.",
    "She was transferred from hospital to home.",
    "He was excluded from school for two days.",
]


def test_a_glossary_pair_is_not_initials():
    policy = anonymise.Policy(always_allow=("KM",))
    text = "KM said the referral was complete."
    assert [h.kind for h in anonymise.find_hits(text, policy)] == []
    assert [h.kind for h in anonymise.find_hits(text, anonymise.Policy())] == ["initials"]


# The sixth round, after blind batch 6's misses: each rule in sentences of our own, with traps.
ROUND_SIX = [
    # a surname in any Latin alphabet, and a family by its plural surname before a verb
    ("Staff from the hub met Zuzanna Wójcik at the library.", "Wójcik", "personal name"),
    ("The Dąbrowski family asked for an interpreter.", "Dąbrowski", "personal name"),
    ("the ionescus have moved in with an aunt", "ionescus", "personal name"),
    ("The Pilkingtons have refused a second visit.", "Pilkingtons", "personal name"),
    # a name that is a rarer word, doing what a person does
    ("dad says aoife has stopped eating breakfast", "aoife", "personal name"),
    ("nan says poppy and ivy share a room at hers", "ivy", "personal name"),
    # a home by its name, a birth at a named hospital, a mosque with its article, a chapel by denomination
    ("They rent a cottage called Brookside near the canal.", "Brookside", "address"),
    ("Both twins were born at the Countess of Chester.", "Countess of Chester", "hospital"),
    ("The uncle leads prayers at the Masjid al-Huda.", "Masjid al-Huda", "place of worship"),
    ("The family worship at Zion Methodist on Sundays.", "Zion Methodist", "place of worship"),
    # a school's own name in lower case before its kind
    ("he is in year 3 at blackbrook primary", "blackbrook primary", "school"),
    ("she moved to cowley high after the exclusion", "cowley high", "school"),
    # a date of birth in the cell after its label, or in a table's date-of-birth column
    ("| Name | the younger child |\n| Date of birth | 14/02/2016 |", "14/02/2016", "date of birth"),
    ("| Child | DOB |\n| --- | --- |\n| the eldest | 02/11/2009 |", "02/11/2009", "date of birth"),
    # a system's reference after its initials
    ("Please quote EHM ID 3390127 when you reply.", "3390127", "reference number"),
    ("Mosaic number: MS44812 (do not share).", "MS44812", "reference number"),
]
ROUND_SIX_TRAPS = [
    "The Brownies are meeting in the church hall on Thursday.",
    "The builders have left the scaffolding up for another week.",
    "The Samaritans have a free helpline open every day.",
    "mum says money and time are both short this month",
    "dad says school has been better since the new timetable",
    "We want every child to aim high and to fly high.",
    "A Methodist youth group and Methodist Action both help families.",
    "She was born at home and the midwife arrived after.",
    "He attends a special academy for pupils with autism.",
    "A charity called Home-Start sends volunteers to families.",
    "| Date | What happened |\n| --- | --- |\n| 03/04/2023 | a home visit |",
]


def test_a_service_number_after_number_is_a_phone_the_site_may_give_not_a_case_reference():
    helpline = anonymise.Policy(service_numbers=("0808 800 5000",))
    assert anonymise.find_hits("Ring the NSPCC number 0808 800 5000 for advice.", helpline) == []


# The seventh round, after blind batch 7's misses, in sentences of our own, with traps.
ROUND_SEVEN = [
    ("Tomasz goes by Tom at football and his sister is in Year 5.", "Tomasz", "personal name"),
    ("Half the estate knows the Pilkingtons, so the family avoid the shop.", "Pilkingtons", "personal name"),
    ("AGNIESZKA KOWALCZYK attended with her son.", "AGNIESZKA KOWALCZYK", "personal name"),
    ("Grace and her mum came to the stay-and-play.", "Grace", "personal name"),
    ("her b'day is on bonfire night", "b'day is on bonfire night", "date of birth"),
    ("He games with older men as nightowl_x#0932 most evenings.", "nightowl_x#0932", "handle"),
    ("Dad's brother in Romania is on +40 721 555 019.", "+40 721 555 019", "phone number"),
    ("the referral came from mrs adeyemi at the practice", "mrs adeyemi", "personal name"),
    ("The older sister works at the Kings Head on weekends.", "Kings Head", "place"),
    ("then oluwaseun said she felt safer at her nan's", "oluwaseun", "personal name"),
]
ROUND_SEVEN_TRAPS = [
    "Home-Start volunteers visited weekly between January and April.",
    "The claim was backdated to August and paid in June.",
    "She is known as a reliable witness by the school.",
    "We thanked the Samaritans, the Scouts and the Brownies for their help.",
    "CONTACT THE FRONT DOOR: CALL THE EARLY HELP HUB",
    "the senco said she would ring after the meeting",
    "Ring +44 1744 676600 from a mobile.",
    "Faith and her family are welcome at every faith group.",
]


# The ninth round, after blind batch 8's misses, in sentences of our own, with traps.
ROUND_EIGHT = [
    ("Letter from the clinic re: Miss A.B-C., seen with her aunt.", "A.B-C.", "initials"),
    ("her dad always calls her Little Bean at home", "Bean", "personal name"),
    ("The girl who answers to 'Tiny' was seen at the youth club.", "Tiny", "personal name"),
    ("School say all three McAllister children were late again.", "McAllister", "personal name"),
    ("the OKONKWOS were moved to temporary housing", "OKONKWOS", "personal name"),
    ("REFERRAL: MARIA SANTOS-SILVA, aged 14, no longer attends.", "MARIA SANTOS-SILVA", "personal name"),
    ("Thanks for bringing Oyelaran to clinic today.", "Oyelaran", "personal name"),
    ("Mum's health visitor is Mrs D'Costa.", "Mrs D'Costa", "personal name"),
    ("Age at assessment: 9 (as at 12.03.2024)", "12.03.2024", "age with a date"),
    ("nhs no 9434765919 on the letter", "9434765919", "NHS number"),
    ("Dad's page is instagram.com/dazzaw_77 and it is public.", "instagram.com/dazzaw_77", "handle"),
    ("She will only look at flats in WA9 or WA10.", "WA10", "postcode"),
    ("he is in year 9 at de la salle now", "de la salle", "school"),
]
ROUND_EIGHT_TRAPS = [
    "Reflective practice: how supervision helps us keep grace under pressure.",
    "The Nurses have asked for a new rota from September.",
    "Use form SA1 or HR1 and print it on an A4 sheet.",
    "Drive up the M6 to the meeting, then ring the Front Door.",
    "Thanks for bringing Lunch and Learn to our team.",
    "Age range: 5 to 11, for the whole of 2024.",
]


# The tenth round, after blind batch 9's misses, in sentences of our own, with traps.
ROUND_NINE = [
    ("Attendees: JW (father), RW (paternal grandmother) and the school nurse.", "RW", "initials"),
    ("Forename: Olamide", "Olamide", "personal name"),
    ("Nursery: Little Acorns", "Little Acorns", "school"),
    ("The PETRENKO family moved in over the summer.", "PETRENKO", "personal name"),
    ("MARTA OLIVEIRA (mother) sent apologies.", "MARTA OLIVEIRA", "personal name"),
    ("He was placed at the Phoenix PRU after the exclusion.", "Phoenix PRU", "school"),
    ("They drink at the Red Lion pub most weekends.", "Red Lion", "place"),
    ("The referral named a WA10 address.", "WA10", "postcode"),
    ("Seen walking near RAINFORD village hall at 11pm.", "RAINFORD", "place"),
]
ROUND_NINE_TRAPS = [
    "Foster carers attended training on Monday evening.",
    "The Laming report and the Munro review shaped our approach.",
    "Name: the young person (anonymised)",
    "Name: not known at the time of referral",
    "Names: Mum and Dad",
    "Rich in vitamin B12 and iron, as the dietitian said.",
    "| Name | DOB | School |",
    "BOLD STEPS FOR FAMILIES IN THE BOROUGH",
    "The CAMHS children's team and the SEND children's team met.",
]


# The eleventh round, after blind batch 10's misses, in sentences of our own, with traps.
ROUND_TEN = [
    ("the nurse saw lily-mae again after lunch", "lily-mae", "personal name"),
    ("Support plan: JK – mentoring, Fridays; AO'C – reading group.", "AO'C", "initials"),
    ("Mrs Ní Bhriain asked for the minutes in writing.", "Mrs Ní Bhriain", "personal name"),
    ("CONTACT: SHAUNA O'HARA-PRICE (aunt)", "SHAUNA O'HARA-PRICE", "personal name"),
    ("text from Chloë Marchetti saying the baby is poorly", "Chloë", "personal name"),
    ("GP: Rainhill Village Surgery", "Rainhill Village Surgery", "medical practice"),
    ("Their home is called Rowan Lea, the farm at the top of the hill.", "Rowan Lea", "address"),
    ("A neighbour gave the partial plate KL19 to the police.", "KL19", "vehicle registration"),
    ("she will be 12 on 21st may and wants a party", "21st may", "age with a date"),
]
ROUND_TEN_TRAPS = [
    "A 14-year-old in Year 9 may still need an adult to speak up for them.",
    "Children in Year 6 may find the move to high school hard.",
    "Reflective Practice groups meet monthly.",
    "SW – visited on Monday; HV – next week.",
]


# After blind batch 11 (measured, then only its two false positives fixed), with cases of our own.
ROUND_ELEVEN_TRAPS = [
    "Sarah's Law and Clare's Law let a parent ask the police about a person's past.",
    "Children from Gypsy, Roma and Traveller communities may face barriers to staying on roll.",
]


# The twelfth round, after blind batch 11's misses (scored before any rule), in sentences of our own.
ROUND_TWELVE = [
    ("the worker has known the Ferreiras since they came to the parish", "Ferreiras", "personal name"),
    ("we asked whether the KELLY-MORGAN family had a social worker", "KELLY-MORGAN", "personal name"),
    ("Staff told us the Carters were sleeping in the car.", "Carters", "personal name"),
    ("the youth worker says maddison and harley were both excluded", "harley", "personal name"),
    ("my little ruby has been so poorly since the move", "ruby", "personal name"),
    ("nurse's note: renée dubois-laurent seen in clinic", "renée", "personal name"),
    ("she thinks the new place is in l34 2, near the school", "l34 2", "postcode"),
    ("---\ntitle: A move\npostcode_district: WA11 9\n---", "WA11 9", "postcode"),
    ("the boys on the estate know him as Moggsy", "Moggsy", "personal name"),
    ("In the chronology the mother is recorded as 'M1' and her partner as 'A2 (KH)'.", "KH", "initials"),
    ("School: OUR LADY STAR OF THE SEA CATHOLIC PRIMARY", "OUR LADY STAR OF THE SEA CATHOLIC PRIMARY", "school"),
    ("They are staying at 'Hillcrest', 14 Mill Brow Road, for now.", "Hillcrest", "address"),
    ("Rukhsana Wood has asked for the review to move.", "Rukhsana Wood", "personal name"),
    ("| 03/05/2021 | Boy aged 6 | Referred by the school nurse |", "Boy aged 6", "age with a date"),
    ("her check-up is at duke street health centre on friday", "duke street health centre", "medical practice"),
    ("the twins go to little stars nursery three days a week", "little stars nursery", "school"),
    ("he hangs around outside the shop on station road", "station road", "address"),
    ("they visit the Miner's statue in the square most days", "Miner's statue", "place"),
]
ROUND_TWELVE_TRAPS = [
    "We visited the builders on site to check the ramp.",
    "The Family Hub café opens on Fridays for parents and carers.",
    "A walk down memory lane helped the grandparents talk about the past.",
    "They live on a busy road, so the health visitor suggested a stair gate.",
    "Our little one has been poorly all week.",
    "My little princess is at nursery on Mondays.",
    "The session was recorded as DNA because nobody came.",
    "He goes to the family hub nursery twice a week.",
    "School: not known at the time of referral",
    "In March, the review was moved to the health centre.",
    "| Date | Age band |\n| --- | --- |\n| 2023 | 5 to 11 |",
    "Ask for the postcode of the venue, then book a room.",
]


# After blind batch 12 (scored first: 91.7 %), its kinds of miss in sentences of our own.
ROUND_THIRTEEN = [
    ("police found kerem (aged 12) alone at the flat", "kerem", "personal name"),
    ("kayden n ruby came to homework club", "ruby", "personal name"),
    ("Plan: CYP-B to see the school nurse; Sibling C to join the youth club.", "CYP-B", "initials"),
    ("Known as 'Sparky' at the youth club, he is often out late.", "Sparky", "personal name"),
    ("He will only answer to Gizmo in class.", "Gizmo", "personal name"),
    ("Mum refers to her son as Bubba in every text.", "Bubba", "personal name"),
    ("A 14-year-old everybody calls Ziggy says he sleeps at a friend's.", "Ziggy", "personal name"),
    ("they want a flat in wa10 not wa9", "wa9", "postcode"),
    ("b. 03/11/19, living with maternal gran", "b. 03/11/19", "date of birth"),
    ("The car has a personalised plate K1 LLY.", "K1 LLY", "vehicle registration"),
    ("Dad works security at the Halton Stadium on match days.", "Halton Stadium", "place"),
    ("the baby turned one at the start of March", "turned one at the start of March", "age with a date"),
]
ROUND_THIRTEEN_TRAPS = [
    "Everyone calls the front door first when they are worried.",
    "The guidance refers to the child as the young person throughout.",
    "Take vitamin B12 3 times a week, as the GP advised.",
    "The plan was reviewed in March and the clocks turned back in October.",
    "Sibling groups are placed together where possible.",
]


# After blind batch 13 (scored first: 80.0 %), its kinds of miss and false positive in sentences of our own.
ROUND_FOURTEEN = [
    ("her mobile is oh seven seven double oh nine three four one two six", "oh seven seven double oh nine three four one two six",
     "phone number"),
    ("the postcode she gave was l three five six t y", "l three five six t y", "postcode"),
    ("ni number is q q one two three four five six c", "q q one two three four five six c", "National Insurance number"),
    ("plate was l f six four b n m", "l f six four b n m", "vehicle registration"),
    ("send it to mandy dot r at hotmail dot co dot uk", "mandy dot r at hotmail dot co dot uk", "email address"),
    ("Row: 02/03/2025,Y9,Canteen,pupil: kayden,Warning", "kayden", "personal name"),
    ("me and tayla sat on the swings all night", "tayla", "personal name"),
    ("Notes: Adult 2 was not present; YP-3 was at school.", "Adult 2", "initials"),
    ("RB's stepmum rang the office twice.", "RB", "initials"),
    ("He is known by the street name 'Moth' to younger boys.", "Moth", "personal name"),
    ("so proud of my little man Archie today", "Archie", "personal name"),
    ("I think the Mulhollands saw the referral as a threat.", "Mulhollands", "personal name"),
    ("Reassure the Hardmans that nothing is decided yet.", "Hardmans", "personal name"),
    ("the mcdonaghs next door keep calling the police", "mcdonaghs", "personal name"),
    ("Hope has disclosed that she is scared to go home.", "Hope", "personal name"),
    ("'Sunny said it was fine' - later, Sunny told the nurse it was not.", "Sunny", "personal name"),
    ("they are in flat twelve meadow court for now", "flat twelve meadow court", "address"),
    ("The GP is at Parr Family Practice, next to the library.", "Parr Family Practice", "medical practice"),
    ("Dad boxes at Eccleston Boxing Club three nights a week.", "Eccleston Boxing Club", "place"),
]
ROUND_FOURTEEN_TRAPS = [
    "Families from Knowsley, Halton and Warrington shared what they had learned.",
    "St Patrick's Day and St George's Day fall in term time this year.",
    "Trauma-Informed Practice and Relational Practice are both two-hour sessions.",
    "Ask the Families First team for the form.",
    "We meet one or two times a week, and three or four families come.",
    "The boxing club and the care home both offer volunteering.",
    "Sibling groups stay together where possible; Level 2 support may be enough.",
    "It is a flat one bedroom house with a small garden.",
    "Ring the front door on oh one seven four four six seven six six oh oh.",
    "Citizens Advice helped with the Universal Credit claim.",
]


# After blind batch 14 (the code as it stands, 91.4 %): only its three false positives were fixed.
ROUND_FOURTEEN_BATCH_TRAPS = [
    "Attendance was graded Red in the autumn and Amber by the spring.",
    "Foster diary: contact went well and the drive home was calm.",
    "Holly and other evergreen shrubs were cut back from the path.",
]


# The fifteenth round, after blind batch 14 had measured the code (91.4 %): its misses as general rules.
ROUND_FIFTEEN = [
    ("the messages came from the Roblox user 'blue_fox_2012' for weeks", "blue_fox_2012", "handle"),
    ("Nan wrote: 'Our Bex has done so well this term.'", "Bex", "personal name"),
    ("Her partner (referred to in this report as DW) did not attend.", "DW", "initials"),
    ("Mrs K-L phoned to cancel the visit.", "Mrs K-L", "initials"),
    ("The review calls the baby 'Little M' throughout.", "Little M", "initials"),
    ("Button (as his nan likes to call him) has started nursery.", "Button", "personal name"),
    ("She volunteers at the Phoenix arts centre on Saturdays.", "Phoenix arts centre", "place"),
    ("can u remind Chalky his review is at 3", "Chalky", "personal name"),
    ("he rang his sister kacey from the foster home", "kacey", "personal name"),
]
ROUND_FIFTEEN_TRAPS = [
    "The session was recorded as DNA because nobody came.",
    "Please tell Housing that the repair is urgent, and ask Housing their view.",
    "last_reviewed: 2026-01-01",
    "Then delete the starter_draft line from the front matter.",
    "He said his sister will ring back after school.",
]


# The sixteenth round, after blind batch 15 had measured the fifteenth (91.1 %), in sentences of our own.
ROUND_SIXTEEN = [
    ("if tyler n reece turn up again ring me", "reece", "personal name"),
    ("Risk notes: complainant AB says that CD has sent more messages.", "CD", "initials"),
    ("Action: KT (school nurse) to see him on Monday.", "KT", "initials"),
    ("Mum calls her youngest 'Pip' at home.", "Pip", "personal name"),
    ("He is known locally as 'Tank' on the estate.", "Tank", "personal name"),
    ("She refers to her stepdad only as 'Big G'.", "Big G", "personal name"),
    ("He has a weekend job at Speedy Hand Car Wash.", "Speedy Hand Car Wash", "place"),
]
ROUND_SIXTEEN_TRAPS = [
    "Holly had grown across the fence, so the landlord cut it back.",
    "Goldilocks and the Three Bears was read at story time.",
    "Amber, green and red stickers show how each goal is going.",
    "The plan refers to the child as the young person throughout.",
    "If rain and wind come in overnight the trip is cancelled.",
    "They booked a car wash fundraiser for the summer fair.",
]


# After blind batch 16 (the code as it stands, 90.9 %): only its four false positives were fixed.
ROUND_SIXTEEN_BATCH_TRAPS = [
    "We read Postman Pat and Peppa Pig with the twins during the visit.",
    "Martha's Rule lets a family ask for an urgent review in hospital.",
    "Ruby slippers and a pirate costume were in the dressing-up box.",
]


# The seventeenth round, after blind batch 16 had measured the sixteenth (90.9 %), in sentences of our own.
ROUND_SEVENTEEN = [
    ("In this version we have called the child 'Mia', which is not her name.", "Mia", "initials"),
    ("Review notes: TR-B continues to find transitions hard.", "TR-B", "initials"),
    ("The older boy is 'B.' in the notes and his sister 'K'.", "B.", "initials"),
    ("'tell ruby i aint coming, her and harley can go'", "harley", "personal name"),
    ("Baby group: girl aged 1 (2 on 14/03), first visit.", "(2 on 14/03)", "age with a date"),
    ("He posts as u/saintsfan_07 most nights.", "u/saintsfan_07", "handle"),
    ("the lady at st marys helps us on a tuesday", "st marys", "place of worship"),
    ("he wants to go to de la salle next year", "de la salle", "school"),
    ("Nana took Bibi-Bibi to the park.", "Bibi-Bibi", "personal name"),
]
ROUND_SEVENTEEN_TRAPS = [
    "Grade 'B' was the target, and Plan 'C' the fallback.",
    "It was the crème de la crème of the summer fairs.",
    "Families across st helens can ring the front door.",
    "We sang the Bye-Bye song and it was a so-so day.",
    "The review is on 21/10 in room 4.",
]


# After blind batch 17 (the code as it stands, 90.5 %): only its six false positives were fixed.
ROUND_SEVENTEEN_BATCH_TRAPS = [
    "Rose and lavender bags were made at the craft table.",
    "Summer 2025 was the first year of the holiday club.",
    "Father Christmas came to the stay and play, and Robin Hood was the book of the week.",
    "Their Jack Russell barks at visitors but is friendly.",
    "| Review | 3 Feb |\n| Panel | 17 Mar |",
]


# A last hostile check, in forms no rule had been written for: two phone formats and a disguised email
# were missed, and are now found.
HOSTILE = [
    ("Mum's mobile is +44 (0) 7700 900456.", "+44 (0) 7700 900456", "phone number"),
    ("Ring dad on 07700.900.789 after four.", "07700.900.789", "phone number"),
    ("Send the photos to jade.b [at] hotmail [dot] co [dot] uk please.", "jade.b [at] hotmail [dot] co [dot] uk",
     "email address"),
    # a name in a link's address, which the page publishes as surely as its text
    ("Her appeal is at [the fundraising page](https://example.org/fundraising/chantelle-okafor-2025).",
     "https://example.org/fundraising/chantelle-okafor-2025", "personal name"),
]
# A second hostile check, after round twenty-two, in forms no rule had been written for: three of
# its five misses are now found ("DAZ THE BUILDER" and "no. 9 (blue door)" still pass).
HOSTILE += [
    ("Ring Kel on seven seven double oh nine double oh four five six.",
     "seven seven double oh nine double oh four five six", "phone number"),
    ("She's in Room 7 at Ravenhead Court now.", "Room 7 at Ravenhead Court", "address"),
    ("Her insta is private; she's 13 on 14/7.", "she's 13 on 14/7", "age with a date"),
]
HOSTILE_TRAPS = [
    "Room 4 is free for the meeting, and they scored 7 on a 14/20 test.",
    "Look at bbc dot co dot uk for the news, or ring the front door on +44 (0)1744 676600.",
    "Version 2024.01.15 of the app is installed.",
    "Read https://www.gov.uk/government/publications/working-together-to-safeguard-children--2 first.",
]


# Round eighteen, before blind batches 18 and 19 were scored: words in capitals read as Title Case
# (pii_capitals), "who" after a word-name, what only a person does, chat speakers, initials in a
# table, hospitals people know by a short name, and more nickname introducers.
ROUND_EIGHTEEN = [
    ("DARNELL: she never told me that.", "DARNELL", "personal name"),
    ("CALLER: yeah\nMIA: can you help me", "MIA", "personal name"),
    ("The form said REFERRED BY BLESSED SACRAMENT PRIMARY SCHOOL.", "BLESSED SACRAMENT PRIMARY SCHOOL", "school"),
    ("Copy to RAINHILL HOSPITAL please.", "RAINHILL HOSPITAL", "hospital"),
    ("MUM SAYS TYRESE HAS BEEN OUT ALL NIGHT", "TYRESE", "personal name"),
    ("NAME: EVIE PRICE", "EVIE", "personal name"),
    ("Joy, who is seven, likes the garden.", "Joy", "personal name"),
    ("We noticed that Honey had missed breakfast again.", "Honey", "personal name"),
    ("the lads keep calling him 'Beaky' at the bus stop", "Beaky", "personal name"),
    ("He signs every card to his nan as 'Tiddles'.", "Tiddles", "personal name"),
    ("Uncle, known to everyone on the estate as Big Mo, came too.", "Big Mo", "personal name"),
    ("shadowfox_99: meet at the park", "shadowfox_99", "handle"),
    ("| Ring the nursery | PQ | Friday |", "PQ", "initials"),
    ("Sibling TB (aged 6) was also seen.", "TB", "initials"),
    ("dad (r.w.) was not there, baby k asleep", "(r.w.)", "initials"),
    ("We dropped off LW at her aunt's.", "LW", "initials"),
    ("she was rushed to the Royal after the fit", "Royal", "hospital"),
    ("mum gave birth at Liverpool Women's in May", "Liverpool Women's", "hospital"),
    ("his new school, Hurst Green, has a nurture room", "Hurst Green", "school"),
    ("'Deano' was seen by the shops again", "Deano", "personal name"),
    ("K-Dog (real name unknown) runs the group", "K-Dog", "personal name"),
    ("when nanny and Chaz argue he hides", "Chaz", "personal name"),
    ("dad said tilly had not been sleeping since the move", "tilly", "personal name"),
    ("the family nurse kerry came on Tuesday", "kerry", "personal name"),
    ("her ex dazza keeps texting", "dazza", "personal name"),
    ("logan turned 9 on the 3rd of june 2024", "logan", "personal name"),
    ("Housing job no. HR-448120 for the damp", "HR-448120", "reference number"),
    ("Police occurrence 25ML004411Q relates", "25ML004411Q", "reference number"),
    ("His NHS number is 401 023 2137, his sister's is 401 023 2138.", "401 023 2138", "NHS number"),
    ("seen at parr family practice on monday", "parr family practice", "medical practice"),
    ("Benefit claim ref 9434765919, paused", "9434765919", "reference number"),
]
ROUND_EIGHTEEN_TRAPS = [
    "The TAF and the LADO and the IRO all agreed the plan; CAMHS and the NSPCC were told.",
    "PLEASE RING THE FRONT DOOR ON 01744 676600 IF YOU ARE WORRIED.",
    "Hope is important to every family we work with.",
    "Faith groups, who meet weekly, offered a warm space.",
    "The boys were calling him names on the way home.",
    "last_reviewed: 2026-01-01",
    "| Action | Owner | When |\n| Visit | SW | 2 wks |\n| Review | GP | June |",
    "She loves the royal family and sent a card to the Royal Mail sorting office.",
    "Liverpool Women's Aid ran the group that week.",
    "After school, Monday and Tuesday are the busiest days.",
    "The dad drives a red Corsa and the mum a blue Astra.",
    "Dear Parent/Carer, I am writing about the trip.",
    "Absences coded O are unauthorised.",
    "He went to Nan's for tea after the session.",
    "The version code ASQ-3 and GCP2 are both used.",
    "My favourite song is We Don't Talk About Bruno.",
    "The A-B-C guide and the X-Y chart, in CAPITALS ÀÉÎ and İ.",  # capitals no Title Case changes
]


# Round nineteen, after blind batches 20 and 21 (94.7 % together): their misses as general rules.
ROUND_NINETEEN = [
    ("CALLER: her name's kayla k a y l a", "k a y l a", "personal name"),
    ("ADVISOR: and the reference? CALLER: it's E H three three nine one eight", "E H three three nine one eight",
     "reference number"),
    ("his gamertag is night wolf four four", "night wolf four four", "handle"),
    ("She is 15, 16 on 2 March, and lives with her dad.", "is 15, 16 on 2 March", "age with a date"),
    ("He was 13 as at 01/09/2024.", "was 13 as at 01/09/2024", "age with a date"),
    ("we live at forty two lowther avenue", "forty two lowther avenue", "address"),
    ("Victim says DEAN has been messaging her again.", "DEAN", "personal name"),
    ("The note said MARCUS's bag was left.", "MARCUS", "personal name"),
    ("our Brandon turned 9 last week", "Brandon", "personal name"),
    ("she said a mister okonjo came round", "mister okonjo", "personal name"),
    ("He is known simply as 'Tiny' on the estate.", "Tiny", "personal name"),
    ("Her little brother 'Boo' was asleep.", "Boo", "personal name"),
    ("Grandma (Ngozi, 'Zizi' to her friends) came too.", "Zizi", "personal name"),
    ("He posts as 'Jay Dee' on every group.", "Jay Dee", "personal name"),
    ("14:10 – A.O'C, Y9, headache", "A.O'C", "initials"),
    ("the boys (T & K) were both tired", "T", "initials"),
    ("initials for the form: M K", "M K", "initials"),
    ("His Xbox name (DarkLordZedd) is on the referral.", "DarkLordZedd", "handle"),
    ("Mum had physio at Broadgreen last month.", "Broadgreen", "hospital"),
    ("phoned lance lane medical centre for an appt", "lance lane medical centre", "medical practice"),
    ("he's at sky blue high school now", "sky blue high school", "school"),
    ("Her LCS ID (4455661) is on the form.", "4455661", "reference number"),
]
ROUND_NINETEEN_TRAPS = [
    "Local Faith groups run the Tuesday lunch club.",
    "Sandy soil dries out fast in the summer.",
    "The kids play Uno and watch Bluey after tea.",
    "Dad works away Mon-Thu and is home Fri to Sun.",
    "We talked about worker wellbeing in supervision.",
    "She loved Mario Kart, Buzz Lightyear and Mr Tickle.",
    "Our Rose garden is lovely in June.",
    "Options (A and B) were both discussed.",
    "The op in Theatre 3 went well; the scan in March was clear.",
    "She's at the local high school and he goes to a good primary school.",
    "They sang 'We Don't Talk About Bruno' all the way home.",
    "He plays on the PlayStation and talks on WhatsApp.",
]


# Round twenty, after blind batches 22 and 23 (93.5 % together): their misses as general rules.
ROUND_TWENTY = [
    ("| Pupil | DOB |\n| Child | 09/11/2014 |", "09/11/2014", "date of birth"),
    ("Ring me on 0151 42 67 890 after six.", "0151 42 67 890", "phone number"),
    ("Everyone knows her as Auntie Bev round here.", "Auntie Bev", "personal name"),
    ("He messaged her via Instagram as 'Danny Boi'.", "Danny Boi", "personal name"),
    ("Our Kai's been called 'Kai Pie' since nursery.", "Kai Pie", "personal name"),
    ("GP is now Westfield Medical Group.", "Westfield Medical Group", "medical practice"),
    ("Seen at Whiston A&E overnight.", "Whiston A&E", "hospital"),
    ("She is 40 today (12/06) and feels low.", "is 40 today (12/06", "age with a date"),
    ("[photo] kaylz.99 💕: where r u", "kaylz.99", "handle"),
    ("Ref on the housing system: HMS 8830127", "8830127", "reference number"),
    ("they gave me a number like 11/24/5531 for it", "11/24/5531", "reference number"),
    ("'Chloe' (not her real name) was 14.", "Chloe", "personal name"),
    ("'Amir' (12) said the club helped.", "Amir", "personal name"),
    ("Name given as 'Maisie-Rae' on the form.", "Maisie-Rae", "personal name"),
    ("This is based on family KP's story.", "family KP", "initials"),
    ("RT (younger sib, 9) was at school.", "RT", "initials"),
    ("The eldest, child B, disclosed that dad shouts.", "child B", "initials"),
    ("OIC: PC 2231 HENDRY", "HENDRY", "personal name"),
    ("Nana took Harper to Whiston Hospital.", "Harper", "personal name"),
    ("chase it with the SENCo (mrs o'donnell)", "mrs o'donnell", "personal name"),
]
ROUND_TWENTY_TRAPS = [
    "We referred to the Sleep Clinic and the Fracture Clinic.",
    "The boys support Liverpool FC and St Helens Town AFC.",
    "She calls her teddy Mr Snuggles.",
    "She loves Taylor Swift and sings 'Sweet Caroline' to the baby.",
    "Child (F, 4) was asleep.",
    "He said 'OK' twice and 'don't' once.",
    "i listen to mr brightside on repeat",
    "| Date | Event |\n| 12/03/2024 | visit, birthday card given |",
]


# Round twenty-one, after blind batches 24 and 25 (94.2 % together, 6.8 % of clean flagged).
ROUND_TWENTY_ONE = [
    ("Zain (12) gave it a 7.", "Zain", "personal name"),  # a popular name a large dictionary lists as a word
    ("his dad jordan keeps ringing", "jordan", "personal name"),
    ("nanna pat said no", "pat", "personal name"),
    ("Spud's real name is Aidan.", "Spud", "personal name"),
    ("Two girls (Mia & 'Bubbles') were there.", "Bubbles", "personal name"),
    ("Member no. YC-1183 is suspended.", "YC-1183", "reference number"),
    ("an account called 'DazzaB1990'", "DazzaB1990", "handle"),
    ("DOB: 03-Mar-2011", "DOB: 03-Mar-2011", "date of birth"),
    ("she's 9 as of 2nd May, mum said", "she's 9 as of 2nd May", "age with a date"),
    ("He was 20 months on 4 June 2024.", "was 20 months on 4 June 2024", "age with a date"),
    ("Pupils TH and JH (twins, Y4) both late.", "JH", "initials"),
    ("note: 'AB + CD not to sit together'", "AB", "initials"),
    ("(KP = Kayleigh?)", "KP", "initials"),
    ("Risk: LM (victim) and RS (suspect).", "RS", "initials"),
    ("A draft says 'T. (13) loved the club'.", "T.", "initials"),
    ("they live on Mercer Way in Haydock now", "Mercer Way", "address"),
    ("Possible surname: 'MacAuley'.", "MacAuley", "personal name"),
]
ROUND_TWENTY_ONE_TRAPS = [
    "Weapons: none. Alcohol: yes (suspect). Pets: one dog.",
    "Grandad says he'll pay (£20 max) for the trip.",
    "The family fun day had Disney songs and a Secret Santa.",
    "He drinks mainly Stella; she likes Ben & Jerry's.",
    "Monopoly and Uno cards are in the cupboard.",
    "He asked about the Polish Saturday school.",
    "Retake the module 'Anonymising Case Studies' next week.",
    "there's 5 on 3 June and it's 20 as of May",
]


# Round twenty-two, after blind batches 26 to 29 (the same code measured four times: 94.8 % together).
ROUND_TWENTY_TWO = [
    ("Allergies: Callum B. - eggs", "Callum", "personal name"),  # a name and an initial is no title
    ("Name: Evie-Rose Tate    DOB: 02.03.2020", "DOB: 02.03.2020", "date of birth"),
    ("Child: Kai    Setting: Busy Beavers", "Busy Beavers", "school"),
    ("comment from sthelens_lad99: watch urself", "sthelens_lad99", "handle"),
    ("her @ is kay.lee_x", "kay.lee_x", "handle"),
    ("| 03/04 | 'Bugsy' (Liam P) | late again |", "Bugsy", "personal name"),
    ("we live at 12 Oak tree road", "12 Oak tree road", "address"),
    ("hes 4 on the 2nd of june 2025", "hes 4 on the 2nd of june 2025", "age with a date"),
    ("Tel. on file 07700 900 123", "07700 900 123", "phone number"),
    ("Patient no. WHH 0067213", "0067213", "reference number"),
    ("Voucher code FB-3310-STH", "FB-3310-STH", "reference number"),
    ("PCSO Fairhurst came to the club.", "PCSO Fairhurst", "personal name"),
    ("nino reads ab123456c", "ab123456c", "National Insurance number"),
    ("she was in the Hollins unit for a month", "Hollins unit", "place"),
]
ROUND_TWENTY_TWO_TRAPS = [
    "Seen at the clinic Dec 23 and again Jan 24.",
    "ur mum shud be proud of u",
    "the kids wanted nike air max and Haribo",
    "They fight like Tom and Jerry.",
    "My little princess is at nursery on Mondays.",
]

# Round twenty-three: the forms behind batches 30 to 33's misses and false positives, in sentences of
# our own (those batches were lost with the machine they were written on).
ROUND_TWENTY_THREE = [
    ("| TM (6y) | would not come in from the yard |", "TM", "initials"),
    ("KW (aged 9) was quiet all session.", "KW", "initials"),
    ("The family live at no. 27 near the chip shop.", "no. 27", "address"),
    ("they moved into number 4 last spring", "number 4", "address"),
    ("spoke to imogen r about the bus pass", "imogen", "personal name"),
    ("we rang callum j. he said he was fine", "callum", "personal name"),
    ("Parkinson's mum rang the school twice.", "Parkinson", "personal name"),
    ("Mr Alzheimer's car was parked outside.", "Mr Alzheimer", "personal name"),
    ("Turner's dad came to the meeting.", "Turner", "personal name"),
    ("She had messages from Kyle on Roblox every night.", "Kyle", "personal name"),
    ("Chase said the older lads took his bike.", "Chase", "personal name"),
]
ROUND_TWENTY_THREE_TRAPS = [
    "He wants to be Marshall when he grows up and wears the hat every day.",
    "She talks about Anna from Frozen all the time.",
    "In English the class is reading An Inspector Calls and he enjoys it.",
    "She carries an Elsa lunchbox and a Woody backpack.",
    "Their dog Benson barks when anyone knocks.",
    "The family cat, Tigger, sleeps on the baby's cot.",
    "Nana has Alzheimer's and dad visits her each day.",
    "His uncle has Crohn's disease and Bell's palsy.",
    "The daffodil and Rose gardens behind the library were replanted.",
    "The antenatal clinic moved to Thursday mornings.",
    "Her brother plays for St Helens Town AFC Juniors in the summer.",
    "will b there at 3 x",
    "hope c u soon hun",
]

# Round twenty-four: the general forms behind blind batches 34 to 37, in sentences of our own.
ROUND_TWENTY_FOUR = [
    ("The letter came from Marsh Lane Medical Practice last week.", "Marsh Lane Medical Practice", "medical practice"),
    ("Seen by Dr Adeyemi, Crank Road Medical Practice, on Monday.", "Crank Road Medical Practice", "medical practice"),
    ("P.McK (mum) did not answer the door.", "P.McK", "initials"),
    ("mr d from the flats has been shouting at the kids", "mr d", "initials"),
    ("- Tayla (YP, 15)", "Tayla", "personal name"),
    ("Mum rang from 01744 555 019 to say she was running late.", "01744 555 019", "phone number"),
    ("They live on Coronation Street now, near the chippy.", "Coronation Street", "address"),
    # a person beside a brand, or the object of a child's obsession, is still a person
    ("They went to McDonald's and Kyle paid for the food.", "Kyle", "personal name"),
    ("Mum took them to Nike and Tyler met them there.", "Tyler", "personal name"),
    ("She is obsessed with Kyle, who is 19 and drives a black Audi.", "Kyle", "personal name"),
    ("She is a big fan of Jordan from the estate.", "Jordan", "personal name"),
    ("She met Chase from Paw Patrol club twice.", "Chase", "personal name"),
]
ROUND_TWENTY_FOUR_TRAPS = [
    "The Samaritans are on 116 123 and Shelter's helpline is 0808 800 4444.",
    "Ring the Family Lives helpline on 0808 800 2222 or the council on 0300 123 4567.",
    "She loves Peppa Pig and George, and has the whole set of books.",
    "Dad said the worker will Mark the form as complete.",
    "Mum sent a WhatsApp: 'running late, there in 10'.",
    "Grandad now sees the team at the Alder Hey CAMHS service.",
    "He has an IBD clinic review in June.",
    "Support is available from the Carers Centre and the trampoline park gives free passes.",
    "PLEASE DO NOT CLOSE UNTIL SCHOOL HAVE REPLIED.",
    "APOLOGIES RECEIVED FROM THE SCHOOL NURSE.",
    "The Support Worker and the School Nurse visited together.",
    "mum n dad r doing their best",
    "Mum said she watches Coronation Street every night.",
    "Peter Pan collars are on the uniform list.",
]

# A third hostile check, after round twenty-four, in forms no rule was written for; and phone-shaped
# numbers after a reference's label, which were dropped as phones and not found as references.
HOSTILE_THREE = [
    ("Her date of birth is the 7th of the 4th, 2015.", "the 7th of the 4th, 2015", "date of birth"),
    ("Grandad (b. 1958) is the main carer.", "b. 1958", "date of birth"),
    ("The flat is on Prior's Walk, above the bookies.", "Prior's Walk", "address"),
    ("Crime ref 3301 2208 4419 was given at the scene.", "3301 2208 4419", "reference number"),
    ("Case 07311 448210 was opened in March.", "07311 448210", "reference number"),
    ("On file 07522 301 884 is dad's number.", "07522 301 884", "phone number"),
    ("CPOMS #61230 records the disclosure.", "61230", "reference number"),
    ("LCS: 771204 is the sibling's record.", "771204", "reference number"),
    ("ref for the letter: EH/CL/24/517", "EH/CL/24/517", "reference number"),
]
HOSTILE_THREE_TRAPS = [
    "We met on Mother's Day at the Family Hub.",
    "The group meets on the 3rd of the month in Room 2.",
    "Plan (b. 2) is the fallback if the first plan fails.",
    "In the end the case was closed in 2024 after 12 weeks.",
]


# Every round's cases in one list each: a rule must find its item with the right kind, and a trap
# must stay clean, in whichever round it was written.
FOUND = (PLANTED + LESS_CONTEXT + ROUND_FOUR + ROUND_SIX + ROUND_SEVEN + ROUND_EIGHT + ROUND_NINE + ROUND_TEN
         + ROUND_TWELVE + ROUND_THIRTEEN + ROUND_FOURTEEN + ROUND_FIFTEEN
         + ROUND_SIXTEEN + ROUND_SEVENTEEN + HOSTILE + ROUND_EIGHTEEN + ROUND_NINETEEN
         + ROUND_TWENTY + ROUND_TWENTY_ONE + ROUND_TWENTY_TWO + ROUND_TWENTY_THREE
         + ROUND_TWENTY_FOUR + HOSTILE_THREE)
TRAPS = (CLEAN + LESS_CONTEXT_TRAPS + ROUND_FOUR_TRAPS + ROUND_SIX_TRAPS + ROUND_SEVEN_TRAPS + ROUND_EIGHT_TRAPS
         + ROUND_NINE_TRAPS + ROUND_TEN_TRAPS + ROUND_ELEVEN_TRAPS + ROUND_TWELVE_TRAPS
         + ROUND_THIRTEEN_TRAPS + ROUND_FOURTEEN_TRAPS + ROUND_FOURTEEN_BATCH_TRAPS
         + ROUND_FIFTEEN_TRAPS + ROUND_SIXTEEN_TRAPS + ROUND_SIXTEEN_BATCH_TRAPS
         + ROUND_SEVENTEEN_TRAPS + ROUND_SEVENTEEN_BATCH_TRAPS + HOSTILE_TRAPS + ROUND_EIGHTEEN_TRAPS
         + ROUND_NINETEEN_TRAPS + ROUND_TWENTY_TRAPS + ROUND_TWENTY_ONE_TRAPS
         + ROUND_TWENTY_TWO_TRAPS + ROUND_TWENTY_THREE_TRAPS + ROUND_TWENTY_FOUR_TRAPS
         + HOSTILE_THREE_TRAPS)


@pytest.mark.parametrize("text, item, kind", FOUND)
def test_general_pattern_is_found(text, item, kind):
    assert kind in kinds_over(text, item)


@pytest.mark.parametrize("text", TRAPS)
def test_trap_stays_clean(text):
    assert [(text[h.start:h.end], h.kind) for h in anonymise.find_hits(text, POLICY)] == []
