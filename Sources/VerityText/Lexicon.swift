/// Word lists the rules share.
public enum Lexicon {
    /// Verbs that attribute speech.
    public static let cues: Set<String> = [
        "said", "says", "say", "told", "tells", "tell", "added", "adds", "stated", "noted",
        "wrote", "writes", "warned", "warns", "yells", "shouts", "continues", "asked", "asks", "explained", "explains",
        "insisted", "insists",
        "argued", "argues", "continued", "declared", "declares", "announced", "announces", "claimed",
        "remarked", "commented", "sings", "sang", "read", "reads", "condemned", "exhorted", "demanded", "accused",
        "dubbed", "labeled", "labelled", "branded", "termed", "hailed", "likened", "replied", "replies", "responded",
        "responds", "answered", "acknowledged", "admitted",
        "recalled", "recalls", "tweeted", "posted", "testified", "concluded", "conceded", "emphasized",
        "emphasised", "stressed", "urged", "called", "calls", "described", "describes", "suggested", "predicted",
        "promised", "vowed", "complained", "joked", "quipped", "cautioned", "observed", "mused", "shouted",
        "yelled", "boasted", "charged", "contended", "countered", "cited", "confirmed", "reported",
        "added", "blasted", "slammed", "praised", "pleaded", "proclaimed", "repeated", "recounted", "whispered",
        "exclaimed", "sighed", "laughed", "agreed", "maintained", "acknowledges", "believes", "thinks",
        "writing", "saying", "telling", "adding", "asking", "warning", "noting", "calling", "arguing",
        "insisting", "explaining", "describing", "according",
        "alleged", "alleges", "asserted", "asserts", "denied", "denies", "disclosed", "echoed", "lamented", "laments",
        "mentioned", "reiterated", "reiterates", "reminded", "retorted", "revealed", "scoffed", "snapped", "speculated",
        "wondered", "wonders", "mocked", "fumed", "pointed", "confided", "hinted", "objected", "protested",
        "reasoned", "touted", "chided", "marveled", "marvelled", "admits", "concedes", "recounts", "predicts", "vows",
    ]
    /// Compass points, which stand before a wind's speed ("NE 40 kts") as no index name does.
    public static let compassPoints: Set<String> = [
        "e", "ene", "ese", "n", "ne", "nne", "nnw", "nw", "s", "se", "sse", "ssw", "sw", "w", "wnw", "wsw",
    ]
    /// Words that say a figure is a fall ("fell 2.3 percent", "cut by 8 percent", "1.5 degrees lower").
    public static let fallWords: Set<String> = [
        "colder", "cooler", "cut", "cuts", "decline", "declined", "declines", "decrease", "decreased", "decreases",
        "declining", "dipped", "down", "drop", "dropped", "dropping", "drops", "eased", "fall", "falling", "fell",
        "falls", "less", "lost", "lower",
        "lowered", "plummeted", "plunged", "reduced", "reduction", "sank", "shrank", "slid", "slipped", "tumbled",
    ]
    /// Words that say a figure is a rise ("rose 5 percent", "a 2.8 °C rise").
    public static let riseWords: Set<String> = [
        "climb", "climbed", "climbing", "climbs", "gain", "gained", "gains", "grew", "higher", "hotter", "increase",
        "increased", "increases",
        "increasing", "jumped", "raised", "rise", "rises", "rising", "rose", "soared", "surged", "up", "warmer",
    ]
    /// Words that may stand inside a speaker's description.
    public static let roles: Set<String> = [
        "president", "minister", "secretary", "mayor", "councilman", "councilwoman", "councillor", "councilor",
        "member", "superintendent", "chair", "chairman", "chairwoman", "director", "chief", "spokesman",
        "spokeswoman", "spokesperson", "senator", "sen", "rep", "representative", "gov", "governor", "judge",
        "officer", "official", "officials", "board", "commissioner", "ambassador", "envoy", "general", "gen",
        "candidate", "nominee", "leader", "manager", "adviser", "advisor", "aide", "analyst", "professor",
        "host", "anchor", "reporter", "editor", "author", "founder", "ceo", "executive", "attorney", "lawyer",
        "prosecutor", "sheriff", "chancellor", "premier", "king", "queen", "prince", "dr", "mr", "mrs", "ms",
        "vice", "deputy", "former", "senior", "assistant", "campaign", "press", "police", "state", "defense",
        "defence", "foreign", "interior", "prime", "house", "speaker", "strategist", "consultant", "economist",
        "teacher", "parent", "resident", "voter", "voters", "supporter", "supporters", "witness", "doctor",
        "coach", "player", "owner", "source", "sources", "ministry", "department", "agency", "office",
        "spokesmen", "officer", "inspector", "commander", "mp", "congressman", "congresswoman", "lawmaker",
        "pastor", "bishop", "pope", "activist", "organizer", "head", "administrator", "staff", "staffer",
        "spokespeople", "spokespersons", "spokeswomen", "ministers", "presidents", "directors", "leaders", "lawmakers",
        "analysts", "experts",
        "residents", "witnesses", "researchers", "scientists", "investigators", "prosecutors", "lawyers", "attorneys",
        "doctors", "teachers",
    ]
    /// Abbreviated titles written with a dot before a name ("Gov. Earl Ray Tomblin", "Mr. Trump").
    public static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof", "rev", "st", "pres",
        "adm", "maj", "cpl", "supt", "atty", "insp", "del", "sens", "reps",
    ]
    public static let pronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "you"]
    public static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "his", "her", "their", "its", "our", "my", "your", "one", "another",
    ]
    /// Words that end a speaker phrase when walking away from the cue.
    public static let phraseStops: Set<String> = [
        "and", "but", "or", "that", "which", "who", "whom", "when", "while", "as", "in", "on", "at", "for", "to",
        "from", "with", "by", "after", "before", "because", "if", "than", "then", "also", "has", "have", "had",
        "was", "were", "is", "are", "be", "been", "will", "would", "could", "should", "may", "might", "not",
        "later", "earlier", "again", "once", "previously", "recently", "repeatedly", "often", "today",
        "yesterday", "tonight", "last", "this", "during", "about", "into", "over", "under", "where", "so",
        "there", "here", "just", "only", "even", "still", "now", "then", "said", "says", "told", "since", "what",
        "whose", "how", "why",
    ]
    /// Words that mark a person as a man or a woman, for matching "he" and "she" to a name: titles, roles, kinship
    /// and common given names (names used for both left out).
    public static let maleWords: Set<String> = [
        "mr", "sir", "lord", "congressman", "chairman", "spokesman", "businessman", "councilman", "assemblyman",
        "alderman",
        "father", "husband", "son", "brother", "uncle", "nephew", "grandfather", "king", "prince", "actor", "widower",
        "man", "boy", "gentleman",
        "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
        "christopher", "daniel",
        "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua", "kenneth", "kevin", "brian",
        "george", "timothy",
        "ronald", "edward", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen",
        "larry", "justin",
        "scott", "brandon", "benjamin", "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack",
        "dennis", "jerry",
        "tyler", "aaron", "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "walter", "ethan",
        "jeremy",
        "harold", "keith", "roger", "noah", "gerald", "carl", "sean", "austin", "arthur", "lawrence", "jesse",
        "dylan", "bryan", "joe", "billy", "bruce", "albert", "willie", "gabriel", "logan", "alan", "juan", "wayne",
        "roy",
        "ralph", "randy", "eugene", "vincent", "russell", "elijah", "louis", "bobby", "philip", "johnny", "mike", "tom",
        "jim", "bill",
        "bob", "dan", "ben", "tim", "ted", "tony", "steve", "greg", "doug", "rick", "vladimir", "boris", "emmanuel",
        "hugh", "ian", "neil",
        "ahmed", "mohammed", "muhammad", "omar", "hassan", "ivan", "dmitry", "sergei", "pierre", "carlos", "luis",
        "miguel", "pedro",
        "jorge", "antonio", "francisco", "giuseppe", "hans", "klaus",
    ]
    public static let femaleWords: Set<String> = [
        "mrs", "ms", "miss", "madam", "dame", "lady", "congresswoman", "chairwoman", "spokeswoman", "businesswoman",
        "councilwoman",
        "assemblywoman", "mother", "wife", "daughter", "sister", "aunt", "niece", "grandmother", "queen", "princess",
        "actress", "widow",
        "woman", "girl",
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "nancy",
        "lisa", "betty",
        "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "dorothy", "carol", "amanda",
        "melissa", "deborah",
        "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "shirley", "angela", "helen", "anna",
        "brenda",
        "pamela", "nicole", "emma", "samantha", "katherine", "christine", "debra", "rachel", "catherine", "carolyn",
        "janet", "ruth",
        "maria", "heather", "diane", "julie", "joyce", "olivia", "christina", "lauren", "joan", "evelyn",
        "judith", "megan", "cheryl", "andrea", "hannah", "martha", "jacqueline", "frances", "gloria", "ann", "teresa",
        "kathryn", "sara",
        "janice", "alice", "doris", "abigail", "julia", "judy", "denise", "marilyn", "beverly",
        "danielle", "theresa", "sophia", "marie", "diana", "brittany", "natalie", "isabella", "alexis", "kayla",
        "michele", "debbie", "sheryl", "sonia", "elena", "fatima", "aisha", "olga", "natalia", "ingrid", "monique",
        "isabel", "carmen",
    ]
    public static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    public static let weekdays: [String: Int] = [
        "sunday": 0, "sun": 0, "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
        "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
    ]
    /// Small words that carry little meaning when comparing passages.
    public static let stopwords: Set<String> = [
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "but", "is", "are", "was", "were",
        "be", "been", "it", "its", "this", "that", "these", "those", "with", "by", "from", "as", "has", "have",
        "had", "will", "would", "can", "could", "not", "no", "we", "i", "you", "he", "she", "they", "them",
        "his", "her", "their", "our", "us", "me", "my", "your", "up", "out", "so", "if", "do", "did", "does",
        "than", "then", "there", "here", "which", "who", "what", "when", "where", "how", "all", "any", "some",
        "said", "says", "also", "into", "over", "about", "after", "before", "more", "most", "such", "very", "just",
    ]
}
