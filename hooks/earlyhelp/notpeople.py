"""Words shaped like people's names that name something else in a case study: a service or charity
named after someone, a story and its characters, a pet, a condition named after who described it.

The gate drops a personal-name finding on these, unless a title or what follows says it is a person.
"""

from __future__ import annotations

import re

from .pii_names import TITLES

# National services and charities named after people: never a person in a case study.
SERVICES_NAMED_AFTER_PEOPLE = (
    "Marie Curie", "Macmillan", "Barnardo's", "Barnardos", "Sue Ryder", "Leonard Cheshire", "Anthony Nolan",
    "Duke of Edinburgh", "Prince's Trust", "King's Trust", "Ronald McDonald House", "Roald Dahl", "Florence Nightingale",
    "Martin House", "Claire House", "Zoe's Place", "Elizabeth Finn", "Winston's Wish", "Rainbow Trust",
)
# Films, shows and books whose characters children name ("Chase from Paw Patrol", "Olaf from Frozen").
# No game is here: "Kyle from Roblox" may be a real person messaging a child.
STORIES = (
    "Frozen", "Toy Story", "The Simpsons", "Paw Patrol", "Peppa Pig", "Bluey", "Encanto", "Moana", "The Lion King",
    "Stranger Things", "Hey Duggee", "Sesame Street", "Horrid Henry", "Harry Potter", "Scooby-Doo", "Scooby Doo",
    "SpongeBob", "Shrek", "Fireman Sam", "Postman Pat", "Coronation Street", "Corrie", "EastEnders", "Hollyoaks",
    "Emmerdale", "Winnie the Pooh", "Thomas the Tank Engine", "Mr Men", "Ben 10", "Dora the Explorer", "Matilda",
    "The Gruffalo", "Diary of a Wimpy Kid", "Macbeth", "Romeo and Juliet", "An Inspector Calls", "Of Mice and Men",
    "A Christmas Carol", "Jekyll and Hyde", "Lord of the Flies", "Blood Brothers", "Inside Out", "Despicable Me",
)
# Characters that sessions with children name ("Harry Potter was her favourite"): no dataset of them is
# installable here, so this short list holds the ones such writing uses.
CHARACTERS = (
    "Harry Potter", "Paddington", "Postman Pat", "Bob the Builder", "Fireman Sam", "Peppa", "Peter Rabbit", "Mr Men",
    "Little Miss", "Spider-Man", "Spiderman", "Elsa", "Barbie", "Sonic", "Mario", "Gruffalo", "Tracy Beaker",
    "Alice in Wonderland", "Jack and the Beanstalk", "Goldilocks", "Cinderella", "Pinocchio", "Father Christmas",
    "Robin Hood", "Buzz Lightyear", "Mr Tickle", "Little Miss Sunshine", "Bella Swan", "Tom and Jerry", "Santa",
    "Rocky Balboa", "Homer Simpson", "Bart Simpson", "Hello Kitty", "Peter Pan",
)
# Other things named like people: games, shows, brands, songs, a singer, a faith. A person may stand
# next to these ("went to McDonald's and Kyle paid"), so only the phrase itself is no person.
OTHER_NAMED = (
    "Destiny 2", "Will and Grace", "Air Max", "Moses basket", "Mario Kart", "Mrs Brown's Boys", "McDonald's",
    "Just Dance", "Taylor Swift", "Sweet Caroline", "Mr Brightside", "Disney", "Sainsbury's", "Ben & Jerry's",
    "Jack Daniel's", "Secret Santa", "Uno", "Nike", "Heinz", "Haribo", "Roman Catholic", "Jesus", "Minecraft",
    "Fortnite", "Roblox", "Pokemon", "Pokémon", "Love Island", "Frosty Jack's",
    # Apps and platforms written in capitals inside a word, which a handle can look like.
    "TikTok", "WhatsApp", "YouTube", "PlayStation", "FaceTime", "LinkedIn", "OnlyFans",
    # Guidance titled like a name: "Working Together to Improve School Attendance" (DfE, 2024).
    "Working Together to Improve School Attendance",
    # Dog breeds named after people: "the family's Jack Russell".
    "Jack Russell", "King Charles Spaniel", "Cavalier King Charles",
    # Designer brands that guidance on exploitation lists ("Jack Wills hoodies, new trainers").
    "Jack Wills", "Ted Baker", "Tommy Hilfiger", "Calvin Klein", "Ralph Lauren", "Hugo Boss", "Michael Kors",
    "Louis Vuitton", "Greggs", "Alton Towers", "Sutton Trust",
)
# Tests, reviews and models that training cites by who made them ("Gillick competence", "Turnell and
# Edwards"): a researcher is no family member. Only the phrase is no person, never the surname alone.
RESEARCH_NAMED_AFTER_PEOPLE = (
    "Gillick competence", "Gillick competent", "Gillick competency", "Gillick-competent", "Fraser guidelines",
    "Fraser guidance", "Fraser competence", "Munro review", "Munro Review", "Eileen Munro", "Allen review",
    "Allen Review", "Graham Allen", "Laming report", "Laming inquiry", "Lord Laming", "MacAlister review",
    "Josh MacAlister", "Felitti and Anda", "Turnell and Edwards", "Andrew Turnell", "Webster-Stratton",
    "Mary Ainsworth", "John Bowlby", "Bowlby's attachment", "Maslow's hierarchy", "Abraham Maslow",
    "Bronfenbrenner", "Winnicott", "Dr Seuss", "Steve Edwards", "Ted Wachtel", "Whooley questions",
    "Om Prakash Srivastava", "Anne Longfield", "Rachel de Souza",
)
# Conditions named after the people who described them: "Grandad has Parkinson's". Said alone with
# "'s" only the first line; the rest only before "syndrome", "disease" or "palsy" (Williams, Turner and
# Bell are common surnames: "Turner's mum" is a person's).
_SAID_ALONE = frozenset("""
    parkinson alzheimer asperger down crohn huntington tourette hodgkin raynaud perthes duchenne kawasaki
""".split())
EPONYMOUS_CONDITIONS = _SAID_ALONE | frozenset("""
    addison cushing graves hashimoto bell osgood sever marfan turner klinefelter angelman prader rett tay wilms
    lyme meniere ménière sjogren sjögren guillain munchausen ehlers noonan williams
""".split())
_CONDITION_AFTER = re.compile(r"(?:['’]s?)?[ \t]+(?:syndrome|disease|palsy)\b")
_POSSESSIVE_S = re.compile(r"['’]s?(?![\w'’])")
_OWNED_AFTER = re.compile(r"[ \t]+(?:mum|dad|mother|father|partner|brother|sister|son|daughter|nan|gran|family|house"
                          r"|home|car|wife|husband|children|kids|baby)\b")


def is_condition(text: str, start: int, end: int) -> bool:
    """"Grandad has Parkinson's": a condition named after the person who described it, not a person
    ("Mr Parkinson's car" starts with a title, so it is one)."""
    bare = re.sub(r"['’]s?$", "", text[start:end].lower())
    if bare not in EPONYMOUS_CONDITIONS:
        return False
    rest = text[start + len(bare):start + len(bare) + 20]
    owner = _POSSESSIVE_S.match(rest)
    return bool(_CONDITION_AFTER.match(rest)) or (
        bare in _SAID_ALONE and owner is not None and not _OWNED_AFTER.match(rest, owner.end()))


# "Olaf from Frozen", "Chase in Paw Patrol": a character, by the story it comes from.
_FROM_STORY = re.compile(r"[ \t]+(?:from|in|off)[ \t]+(?:" + "|".join(
    re.escape(s) for s in sorted(STORIES, key=len, reverse=True)) + r")(?![\w'’-])(?![ \t]+(?:club|group|class|camp)\b)")
# "Peppa Pig and George", "Chase and Paw Patrol": a name joined to a story or a character is one too.
_STORY = "|".join(re.escape(s) for s in sorted(STORIES + CHARACTERS, key=len, reverse=True))
_STORY_AND = re.compile(rf"(?<![\w'’-])(?:{_STORY})[ \t]+(?:and|&)[ \t]+\Z")
_AND_STORY = re.compile(rf"[ \t]+(?:and|&)[ \t]+(?:{_STORY})(?![\w'’-])")
# "dressed as Elsa", "wants to be Chase when he grows up": a character a child plays. Not "obsessed
# with" or "a fan of": a child can be both about a real person, an older boy among them.
_PLAYS_AS = re.compile(r"(?:dressed(?:[ \t]+up)?[ \t]+as|(?:wants?|wanted|pretends?|pretending|pretended)[ \t]+to[ \t]+be"
                       r"|favourite[ \t]+character(?:[ \t]+is)?)[ \t]+\Z")
# "their dog Bruno", "the cat, Tigger,", "Bruno the dog": a pet's name, not a person's.
_PETS = (r"dog|dogs|cat|cats|puppy|kitten|hamster|rabbit|bunny|pony|horse|budgie|parrot|tortoise|guinea pig|snake"
         r"|lizard|ferret|gerbil|staffie|staffy|labrador|spaniel|terrier")
_PET_BEFORE = re.compile(rf"\b(?i:{_PETS})(?:[ \t]*,|[ \t]+(?:called|named))?[ \t]+\Z")
_PET_AFTER = re.compile(rf"[ \t]*,?[ \t]+the[ \t]+(?:family[ \t]+)?(?i:{_PETS})\b")
# "a Hello Kitty lunchbox", "Olaf toys": a name printed on a thing, not a person.
_MEDIA_AFTER = frozenset("""lunchbox lunchboxes backpack pyjamas onesie t-shirt tshirt film films movie movies book books
    cartoon cartoons toy toys figure figures figurine doll dolls sticker stickers poster posters dvd dvds game games
    character characters episode episodes duvet bedding wallpaper mug""".split())


_NEXT_WORD = re.compile(r"[ \t]+([\w-]+)")
# What only a person does right after a name: "Chase said", "Bruno's mum", "Kyle, who is 19".
_PERSON_AFTER = re.compile(r"['’]s?[ \t]+|[ \t]*,?[ \t]+(?:who|whose|said|says|told|tells|asked|replied|disclosed"
                           r"|explained|cried)\b")


def is_character_or_pet(text: str, start: int, end: int) -> bool:
    """A character, a pet, or a name on a thing ("Olaf from Frozen", "dog Bruno", "Kitty lunchbox"),
    unless a title or what follows says it is a person ("Mr Chase", "Chase said")."""
    if text[start:end].split()[0].lower().rstrip(".") in TITLES or _PERSON_AFTER.match(text, end):
        return False
    before, after = text[max(0, start - 40):start], _NEXT_WORD.match(text, end)
    return bool((after and after.group(1).lower() in _MEDIA_AFTER) or _FROM_STORY.match(text, end)
                or _STORY_AND.search(before) or _AND_STORY.match(text, end)
                or _PLAYS_AS.search(before) or _PET_BEFORE.search(before) or _PET_AFTER.match(text, end))


# Names in a case study that are never a person there: the lists above.
NAMED_NOT_PEOPLE = SERVICES_NAMED_AFTER_PEOPLE + STORIES + CHARACTERS + OTHER_NAMED + RESEARCH_NAMED_AFTER_PEOPLE


# Research cited by its authors, in the forms guidance uses: "(Johnstone and Boyle, 2018)", "the study
# by Vincent Felitti and Robert Anda", "Dan Hughes' PACE model". Not a name alone before a year in
# brackets ("Kayleigh (2019)", "Mum (Kayleigh, 2019)"), nor one word before "model" ("Jordan's model
# of the house"): a case study writes people so.
_AUTHOR = r"(?:(?:Dr|Professor|Prof\.?)[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+(?:de[ \t]+)?[A-Z][\w'’-]+){0,2}"
_AUTHORS = rf"{_AUTHOR}(?:(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+){_AUTHOR})*"
_MORE_AUTHORS = rf"{_AUTHOR}(?:(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+){_AUTHOR})+|{_AUTHOR}[ \t]+et[ \t]+al\.?"
_YEAR = r"(?:19|20)\d\d[a-z]?"
_CITED = (
    re.compile(rf"\(({_MORE_AUTHORS}),[ \t]+{_YEAR}(?:[,;][ \t]*{_YEAR})*\)"),
    re.compile(rf"\b(?:[Rr]esearch|[Ss]tud(?:y|ies)|book|books|novel)[ \t]+by[ \t]+({_AUTHORS})"),
    re.compile(r"([A-Z][\w'’-]+[ \t]+[A-Z][\w'’-]+)['’]s?[ \t]+(?:[A-Z]{2,}[ \t]+|[A-Z][a-z]+[ \t]+)?"
               r"(?:model|framework|theory|hierarchy|pyramid)\b"),
)


# "the twins (Kayleigh and Jordan, 2019)": people with a year in brackets, not a citation.
_PEOPLE_BEFORE = re.compile(r"\b(?i:twins|children|kids|siblings|boys|girls|sons|daughters|brothers|sisters|parents"
                            r"|carers|family|mum|dad|mother|father|grandparents|household)[ \t]*[:,]?[ \t]*\Z")


def citations(text: str) -> tuple[list[tuple[int, int]], frozenset[str]]:
    """The author lists of a page's citations, and the surnames in its bracketed ones: "Hedy Cleaver's
    research" is by the Cleaver of "(Cleaver, Unell and Aldgate, 2011)" on the same page."""
    found = [(i, m.span(1)) for i, pattern in enumerate(_CITED) for m in pattern.finditer(text)
             if not _PEOPLE_BEFORE.search(text, max(0, m.start() - 30), m.start())]
    # Only a citation in brackets with its year names surnames for the whole page.
    surnames = {name.split()[-1] for i, (a, b) in found if i == 0
                for name in re.split(r",[ \t]*|[ \t]+(?:and|&)[ \t]+|[ \t]+et[ \t]+al\.?", text[a:b]) if name.strip()}
    return [span for _, span in found], frozenset(surnames)


def by_author(text: str, start: int, end: int, cited: tuple[list[tuple[int, int]], frozenset[str]]) -> bool:
    spans, surnames = cited
    last = re.sub(r"['’]s?$", "", text[start:end].split()[-1])
    return last in surnames or any(a <= start and end <= b + 2 for a, b in spans)


# "Gypsy, Roma and Traveller", "a Slovak Roma woman", "speaks Slovak and Romani": a people or its language.
_A_PEOPLE = re.compile(r"(?i)gypsy|traveller|slovak|czech|romanian|hungarian|bulgarian|serbian|kosovan|polish"
                       r"|\bRoma(?:ni|ny)?[ \t]+(?:wom[ae]n|m[ae]n|famil(?:y|ies)|communit(?:y|ies)|people|child(?:ren)?"
                       r"|girls?|boys?|heritage|background|culture|language)\b")
_SPEAKS = re.compile(r"(?i)\bspeaks?\b[\w ,]*\Z")  # "speaks Slovak, Romani": a language in a list after it


def is_a_people(text: str, start: int, end: int) -> bool:
    return text[start:end] in ("Roma", "Romani", "Romany") and bool(
        _A_PEOPLE.search(text[max(0, start - 25):end + 25]) or _SPEAKS.search(text, max(0, start - 30), start))


def not_a_person(text: str, start: int, end: int) -> bool:
    """A personal-name finding that names a condition, a character, a pet, a thing or a people."""
    return is_condition(text, start, end) or is_character_or_pet(text, start, end) or is_a_people(text, start, end)
