"""Small word lists the generated plans are made from. Every name here is invented: first
names are common English given names, surnames are put together from place-name parts, so
no generated child matches a real person by design."""

FIRST_NAMES = [
    "Amelia", "Archie", "Ava", "Ben", "Bella", "Caleb", "Chloe", "Daisy", "Dylan", "Eden",
    "Eli", "Ella", "Ethan", "Evie", "Finn", "Freya", "George", "Grace", "Hana", "Harry",
    "Hugo", "Isla", "Ivy", "Jack", "Jasmine", "Joel", "Kai", "Layla", "Leo", "Lily",
    "Logan", "Lola", "Luca", "Maya", "Mia", "Milo", "Nadia", "Noah", "Nia", "Oscar",
    "Olive", "Omar", "Poppy", "Priya", "Reuben", "Rosa", "Rory", "Ruby", "Sami", "Sienna",
    "Sofia", "Theo", "Tilly", "Toby", "Una", "Vinnie", "Willow", "Yusuf", "Zara", "Zane",
    "Alfie", "Aisha", "Bodhi", "Cora", "Ezra", "Farah", "Ibrahim", "Jonah", "Kacper", "Lena",
    "Mason", "Nell", "Otis", "Pearl", "Quinn", "Remi", "Seth", "Tara", "Wren", "Yara",
]

# Surnames are prefix + suffix, for example "Ashford" or "Thornley".
SURNAME_PARTS = (
    ["Ash", "Bram", "Cole", "Dun", "Elm", "Fern", "Gold", "Hazel", "Holm", "Kings",
     "Lang", "Mere", "North", "Oak", "Pen", "Rook", "Stan", "Thorn", "Wex", "Yar"],
    ["ford", "ley", "wood", "by", "ton", "well", "field", "combe", "ridge", "worth",
     "more", "dale", "hurst", "wick", "stead"],
)

NICKNAMES = {
    "Amelia": "Millie", "Archie": "Arch", "Benjamin": "Ben", "Caleb": "Cal", "Daisy": "Dais",
    "Ethan": "Eth", "Freya": "Frey", "George": "Georgie", "Harry": "Haz", "Isla": "Izzy",
    "Jasmine": "Jas", "Logan": "Lo", "Maya": "May", "Oscar": "Ozzy", "Reuben": "Reu",
    "Sienna": "Si", "Sofia": "Sof", "Theo": "T", "Toby": "Tobes", "Willow": "Wills",
    "Ibrahim": "Ibby", "Kacper": "Kas", "Mason": "Mase",
}

TITLES = ["Mr", "Mrs", "Miss", "Ms"]
INITIALS = list("ABCDEFGHJKLMNPRSTW")

PRIMARY_CLASSES = ["Kestrels", "Wrens", "Otters", "Badgers", "Herons", "Foxes", "Owls", "Robins"]
SECONDARY_FORMS = ["Ash", "Birch", "Cedar", "Hazel", "Larch", "Oak", "Rowan", "Willow"]

HOBBIES = [
    "football", "drawing dragons", "Lego", "swimming", "dinosaurs", "baking with my nan",
    "gymnastics", "building dens", "trains", "space and planets", "playing the drums",
    "minecraft", "horses", "cooking", "skateboarding", "making comics", "dancing",
    "fishing with my uncle", "rugby", "animals, especially cats", "coding games", "netball",
]
JOBS = [
    "a vet", "a footballer", "a chef", "a nurse", "a games designer", "an astronaut",
    "a zookeeper", "a mechanic", "a teacher", "a builder", "a hairdresser", "a scientist",
    "a firefighter", "an artist", "a paramedic", "a farmer",
]
LIKES_ADULTS = [
    "tell me what is happening next", "give me a thumbs up when I am doing well",
    "talk to me quietly, not in front of everyone", "let me sit near the door",
    "show me what to do as well as telling me", "give me a job to do", "check in with me after break",
    "ask me before they help", "give me a bit more time to answer",
]
DISLIKES = [
    "loud noises in the hall", "being rushed", "plans changing without warning",
    "reading out loud", "crowded corridors", "being told off in front of others",
    "long writing tasks", "wet play", "people standing too close",
]
STRENGTHS = [
    "Kind and helpful to younger pupils.", "Very good at practical tasks and building things.",
    "Has a great sense of humour.", "Tries hard even when work is difficult.",
    "Remembers facts about topics they love in amazing detail.", "Good at art and enjoys colour and pattern.",
    "Confident with computers and tablets.", "Loyal friend and a good listener.",
    "Strong in number work and enjoys puzzles.", "Enjoys music and keeps a steady beat.",
    "Polite and well liked by staff.", "Responds well to praise and clear routines.",
    "Good at sport and a fair team player.", "Curious and asks good questions.",
]
FAMILY_ADJECTIVES = ["caring", "funny", "determined", "creative", "loving", "energetic", "thoughtful", "chatty"]
FAMILY_HOPES = [
    "feel happy and settled at school", "make and keep friends", "grow in confidence with reading",
    "be more independent", "have a trusted adult to talk to", "catch up in maths",
    "enjoy coming to school again", "join a club after school",
]
FAMILY_REQUESTS = [
    "a short message home on Fridays", "more notice of trips and changes", "copies of the visual timetable for home",
    "a meeting each half-term", "ideas to practise at home", "a named adult to contact",
]
CARERS = [("Mum", "says"), ("Dad", "says"), ("Mum and Dad", "say"), ("Grandma", "says"),
          ("Their foster carer", "says"), ("Their aunt", "says")]
ATTENDING = ["Mum", "Dad", "Mum and Dad", "Grandma", "Foster carer"]

COMMIT_AUTHORS = [
    ("Mrs H Ashworth", "h.ashworth@example.invalid"),
    ("Mr D Ferris", "d.ferris@example.invalid"),
    ("Miss E Carver", "e.carver@example.invalid"),
]
