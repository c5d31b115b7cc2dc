"""What a need in each INDES section looks like in a plan: summaries, SMART targets,
provisions (with the PEaSS entry they come from), sentences for the body and the agency
that is usually involved. `{a}` and `{b}` in a target are the measure and the baseline
numbers; the generator fills them so that the baseline is below the measure, both within
the optional range (default 1 to 5) that ends a target's tuple."""

# Relative weights: how often each section is a child's need.
WEIGHTS = {
    "learning-cognition": 25, "semh": 25, "speech-language": 18, "social-communication": 15,
    "physical-medical": 8, "deafness": 5, "vision": 4,
}

SECTIONS = {
    "speech-language": {
        "summaries": [
            "Finds multi-step spoken instructions hard to follow",
            "Speech sounds are not always clear to unfamiliar adults",
            "Small vocabulary for topic work and uses short spoken sentences",
            "Finds it hard to retell events in the right order",
        ],
        "targets": [
            ("Follow a two-step spoken instruction in class without an adult prompt",
             "{a} of 5 observed occasions across two weeks", "{b} of 5 (observation, {month})"),
            ("Use five new topic words correctly in spoken sentences",
             "{a} of 5 words used in a recorded talk task", "{b} of 5 words (probe, {month})"),
            ("Say the s blends clearly at the start of words",
             "{a} of 10 picture words said clearly on three sessions in a row", "{b} of 10 (picture check, {month})", (1, 10)),
            ("Retell a short story in the right order using a story map",
             "{a} key events in order in 3 of 4 retells", "{b} key events (retell, {month})"),
        ],
        "provisions": [
            ("Small-group language programme", "language-group", "additional", "TA", "3 per week", 20),
            ("Speech sound practice following the therapist's programme", "speech-sound-practice", "additional", "TA", "daily", 10),
            ("Topic vocabulary taught before each new unit", "pre-teaching-vocabulary", "additional", "HLTA", "weekly", 20),
            ("Colourful semantics to build longer spoken sentences", "colourful-semantics", "additional", "TA", "2 per week", 15),
        ],
        "difficulties": [
            "Long spoken instructions are hard for {n} to hold on to, so they often watch others to work out what to do.",
            "Unfamiliar adults sometimes find {n}'s speech hard to understand, and {n} then stops talking.",
            "New topic words take {n} a long time to learn, and they use short sentences when they explain ideas.",
        ],
        "help": [
            "Say my name before you give me an instruction.", "Give me one step at a time.",
            "Show me a picture or write the key words down.", "Give me time to answer; count to ten in your head.",
        ],
        "agency": ("Speech and Language Therapy (SALT)", "Assessment and a programme for school to deliver"),
    },
    "social-communication": {
        "summaries": [
            "Finds changes to routine very hard and needs warning of what is coming next",
            "Finds group work and unstructured times difficult",
            "Takes language literally and can misread what others mean",
        ],
        "targets": [
            ("Move between lessons using a now and next board without becoming distressed",
             "calm changes in {a} of 10 over a week (staff log)", "{b} of 10 (staff log, {month})", (2, 10)),
            ("Take turns in a structured game with two classmates",
             "{a} turns each way in 4 of 5 sessions", "{b} turns (observation, {month})"),
            ("Ask an adult for help using a help card",
             "uses the card {a} times a week for three weeks", "{b} times a week ({month})", (0, 5)),
        ],
        "provisions": [
            ("Now and next board on the desk, changed at every transition", "now-and-next-board", "adjustment", "Teacher", "daily", 5),
            ("Structured social skills group", "structured-social-group", "additional", "TA", "weekly", 30),
            ("Social stories written with the child before new events", "social-stories", "additional", "TA", "2 per week", 10),
            ("Visual timetable checked at the start of each lesson", "visual-timetable", "adjustment", "Teacher", "daily", 5),
        ],
        "difficulties": [
            "{n} finds it very hard when plans change, and can become upset or refuse to move on.",
            "Playtimes and group work are hard for {n}; they are not sure what others expect of them.",
        ],
        "help": [
            "Tell me about changes before they happen.", "Let me use my now and next board.",
            "Give me a clear job in group work.", "Say exactly what you mean.",
        ],
        "agency": ("Autism advisory teacher", "Observation in class and advice on transitions"),
    },
    "learning-cognition": {
        "summaries": [
            "Working below age-related expectations in reading and spelling",
            "Finds it hard to hold information in mind long enough to use it",
            "Slow to recall number facts and relies on counting on fingers",
        ],
        "targets": [
            ("Read the first 100 high-frequency words accurately",
             "{a} of 100 words read correctly in a timed probe", "{b} of 100 (probe, {month})", (20, 100)),
            ("Spell words with the tion ending correctly in writing",
             "{a} of 10 words in a dictated sentence test", "{b} of 10 (spelling test, {month})", (1, 10)),
            ("Recall the 3, 4 and 8 times tables",
             "{a} correct in 2 minutes on the weekly check", "{b} correct in 2 minutes ({month})", (5, 30)),
            ("Write a paragraph of linked sentences using a writing frame",
             "{a} linked sentences in 3 of 4 pieces of independent writing", "{b} sentences (writing sample, {month})"),
        ],
        "provisions": [
            ("Small-group reading intervention", "reading-intervention", "additional", "TA", "3 per week", 20),
            ("Precision teaching of high-frequency words", "precision-teaching", "additional", "TA", "daily", 10),
            ("Structured spelling programme", "structured-spelling", "additional", "HLTA", "2 per week", 20),
            ("Concrete maths resources on the table in every maths lesson", "maths-manipulatives", "adjustment", "Teacher", "daily", 10),
            ("Writing frames and sentence starters for longer writing", "writing-frames", "adjustment", "Teacher", "daily", 5),
            ("Overlearning of phonics taught in class that day", "overlearning-phonics", "additional", "TA", "4 per week", 15),
        ],
        "difficulties": [
            "Reading and spelling are well below what is expected for {n}'s age, so written tasks take a long time.",
            "{n} forgets instructions and facts quickly unless they are written down or practised often.",
            "Number facts are not yet secure, so {n} counts on fingers and loses track in longer problems.",
        ],
        "help": [
            "Let me use a word mat and number line.", "Check I have started the task.",
            "Break work into small steps.", "Let me show what I know by drawing or talking.",
        ],
        "agency": ("Educational psychologist (EP)", "Cognitive assessment and advice on memory and reading"),
    },
    "semh": {
        "summaries": [
            "Anxious at unstructured times and on arrival in the morning",
            "Struggles to manage anger when things feel unfair",
            "Low mood and falling attendance this term",
        ],
        "targets": [
            ("Name how they feel using the zones of regulation and choose a strategy",
             "uses a strategy without a prompt in {a} of 5 logged incidents", "{b} of 5 (incident log, {month})"),
            ("Come into school calmly through the meet and greet",
             "settled in class by 9.00 on {a} of 10 days", "{b} of 10 days (register, {month})", (2, 10)),
            ("Use the time-out card instead of leaving the room",
             "uses the card instead of leaving in {a} of 5 hard moments over 4 weeks",
             "{b} of 5 ({month})"),
        ],
        "provisions": [
            ("Emotional literacy sessions", "elsa-sessions", "additional", "ELSA", "weekly", 30),
            ("Check-in with a key adult at the start and end of the day", "key-adult-check-in", "additional", "TA", "daily", 10),
            ("Meet and greet at the gate before the bell", "meet-and-greet", "additional", "TA", "daily", 10),
            ("Zones of regulation used in class with a personal strategy card", "zones-of-regulation", "adjustment", "Teacher", "daily", 5),
            ("Lunchtime club in the library", "lunchtime-club", "additional", "TA", "3 per week", 30),
            ("Time-out card and an agreed safe space", "time-out-card", "adjustment", "Teacher", "daily", 5),
        ],
        "difficulties": [
            "{n} can become very anxious, especially at the start of the day and at lunchtime.",
            "When something feels unfair, {n} gets angry quickly and can leave the room.",
            "{n} has seemed low this term and has missed more school than last year.",
        ],
        "help": [
            "Say hello to me when I arrive.", "Let me use my time-out card without asking.",
            "Talk to me calmly and quietly when I am upset.", "Remind me of my strategy card.",
        ],
        "agency": ("Mental health support team (MHST)", "Six sessions of guided self-help for anxiety"),
    },
    "physical-medical": {
        "summaries": [
            "Hypermobility; tires quickly when writing and on stairs",
            "Type 1 diabetes; needs blood glucose checks during the day",
            "Cerebral palsy affecting balance and fine motor control",
        ],
        "targets": [
            ("Write for longer without a rest using a sloped board",
             "{a} minutes in 4 of 5 lessons (TA observation)", "{b} minutes (observation, {month})", (3, 10)),
            ("Do up buttons and zips without help when changing for PE",
             "does up {a} of 6 fastenings alone in 3 of 4 PE lessons", "{b} of 6 fastenings ({month})", (0, 6)),
            ("Carry out their own blood glucose check with an adult watching",
             "{a} of 5 steps done alone in 9 of 10 checks (care log)", "{b} of 5 steps done alone ({month})"),
        ],
        "provisions": [
            ("Fine motor skills group", "fine-motor-group", "additional", "TA", "2 per week", 20),
            ("Handwriting programme with a sloped board and pencil grip", "handwriting-programme", "additional", "TA", "3 per week", 15),
            ("Daily exercise programme set by the physiotherapist", "physiotherapy-programme", "additional", "TA", "daily", 20),
            ("Planned movement breaks in long lessons", "movement-breaks", "adjustment", "Teacher", "daily", 5),
            ("Touch typing practice", "touch-typing", "additional", "TA", "2 per week", 20),
        ],
        "difficulties": [
            "{n}'s hands and legs tire quickly, so writing and stairs are hard by the afternoon.",
            "{n} needs regular checks and snacks to stay well, and can feel unwell and unable to concentrate.",
        ],
        "help": [
            "Let me take a movement break.", "Let me type longer pieces of work.",
            "Let me leave a few minutes early to beat the crowds.", "Check my care plan before trips.",
        ],
        "agency": ("Occupational therapy (OT)", "Assessment of handwriting and seating; programme for school"),
        "medical": [
            "Type 1 diabetes; insulin pump, checks before lunch and before PE",
            "Hypermobility syndrome; may need to rest after physical activity",
            "Cerebral palsy; walking frame kept in the classroom",
        ],
    },
    "vision": {
        "summaries": [
            "Nystagmus; needs enlarged print and a seat near the front",
            "Reduced vision in one eye; finds copying from the board hard",
        ],
        "targets": [
            ("Use a tablet magnifier to read class text without an adult prompt",
             "reads class text with the magnifier in {a} of 5 lessons", "{b} of 5 lessons ({month})"),
            ("Find the way to every lesson without an adult",
             "arrives alone at {a} of 10 lessons in a week", "{b} of 10 ({month})", (3, 10)),
        ],
        "provisions": [
            ("Enlarged print for all worksheets and texts", "enlarged-print", "adjustment", "Teacher", "daily", 10),
            ("Practice with a tablet magnifier and screen reader", "assistive-technology", "additional", "TA", "weekly", 30),
            ("Mobility and independence training around the site", None, "additional", "QTVI", "termly", 60),
        ],
        "difficulties": [
            "{n} cannot see the board clearly and finds small print tiring to read.",
            "New places are hard for {n} to find their way around, especially when corridors are busy.",
        ],
        "help": [
            "Give me my own copy of what is on the board.", "Keep my table clear of clutter.",
            "Tell me who you are when you talk to me.",
        ],
        "agency": ("Sensory support service (vision)", "Functional vision assessment; advice on print size"),
    },
    "deafness": {
        "summaries": [
            "Moderate hearing loss; wears two hearing aids",
            "Hearing aids and a radio aid; misses information in noisy rooms",
        ],
        "targets": [
            ("Tell an adult when the radio aid is not working",
             "reports a fault within 5 minutes on {a} of 5 checks", "{b} of 5 ({month})"),
            ("Repeat back the key points from a group discussion",
             "{a} key points in 4 of 5 discussions", "{b} key points ({month})"),
        ],
        "provisions": [
            ("Radio aid checked at the start of each day", "radio-aid-checks", "additional", "TA", "daily", 5),
            ("Deaf-friendly classroom: seat near the teacher, subtitles on videos", "deaf-friendly-classroom", "adjustment", "Teacher", "daily", 5),
            ("Visit from the Teacher of the Deaf", None, "additional", "Teacher of the Deaf", "termly", 60),
        ],
        "difficulties": [
            "{n} misses much of what is said in noisy rooms and in group work.",
            "Spoken information at the end of lessons is often missed, so homework is not always clear to {n}.",
        ],
        "help": [
            "Make sure I can see your face when you talk.", "Check my radio aid is on.",
            "Write homework down as well as saying it.",
        ],
        "agency": ("Sensory support service (hearing)", "Termly visit from the Teacher of the Deaf and advice for staff"),
    },
}
