// English words for finding people and their views. Lower-case lists; the rules lower-case before looking up.

/** Common given names in English-language news (Anglo and frequent international ones). */
export const GIVEN_NAMES_EN = `
aaron adam adrian aidan alan albert alex alexander alexandra alexis alice alicia alison allison amanda amber amy
andrea andrew angela anna anne annie anthony antonio ashley barbara barack barry ben benjamin bernie beth betty
bill billy bob bobby bonnie brad bradley brandon brenda brian bruce bryan carl carla carlos carmen carol
caroline catherine charles charlie cheryl chris christian christina christine christopher cindy claire colin
connie corey craig crystal cynthia dan dana daniel danielle david dawn dean deborah debra denise dennis derek
diana diane donald donna doris dorothy doug douglas dylan ed eddie edward eileen elizabeth ellen emily emma
eric erica erin ethan eugene evan evelyn frank fred frederick gail gary george gerald gloria gordon grace greg
gregory hannah harold harry heather helen henry hillary holly howard ian irene isaac jack jackie jacob james
jamie jane janet janice jason jean jeff jeffrey jennifer jeremy jerry jesse jessica jill jim jimmy joan joe
joel john johnny jon jonathan jordan jose joseph josh joshua joyce juan judith judy julia julie justin karen
kate katherine kathleen kathryn kathy katie keith kelly ken kenneth kevin kim kimberly kirsten kristen kyle
larry laura lauren lawrence leah lee leon leslie linda lisa lori louis louise lucy luis lynn margaret maria
marie marilyn mark martha martin mary matt matthew megan melanie melissa michael michelle mike milton
nancy natalie nathan neil nicholas nick nicole noah norman olivia pamela pat patricia patrick paul paula peggy
peter philip phillip rachel rae ralph randy ray raymond rebecca richard rick rita rob robert robin roger ron
ronald rose ruby russell ruth ryan sally sam samantha samuel sandra sara sarah scott sean sharon shirley
simon sophia sophie stacy stanley stephanie stephen steve steven susan suzanne tammy tanya teresa terry theresa
thomas tim timothy tina todd tom tony tracy travis troy tyler valerie vanessa victor victoria vincent virginia
walter wayne wendy william willie zachary
abigail adele alfred allan alvin andy angus annette arnold arthur austin benedict bernard beverly blake brendan
brett bridget brooke caleb calvin cameron candice carolyn casey cecil chad charlotte chelsea chester clara clarence
claude clifford clint clyde cody colleen conor curtis daisy dale damian darren darryl dave delia desmond devin
dolores dominic don duncan dustin earl edgar edith edwin eleanor elaine eli elijah elise ella ellie elliot elliott
emil emmett erik ernest esther eva felix fiona florence floyd forrest frances francis franklin gabriel gavin gene
geoffrey georgia gerard gilbert gina glen glenn graham grant gwen hal hank harriet harvey hazel hector herbert
herman hugh hugo irving isabel isabella jacqueline jake jan jared jay jeanne jenna jenny jeremiah joanna jodie joey
jonah josephine julian june kara karl kay kelsey kendall kent kerry kirk kristin kurt lance lars laurie leo leonard
leroy lewis liam lillian lindsay lindsey lloyd logan lorraine lucas luke lydia lyle mackenzie madeline maggie
malcolm marc marcus margo marian marion marjorie marshall marvin maureen max maxine melvin mia miles miranda molly
monica morgan muriel myron nadia naomi nathaniel ned nelson nora norma oliver oscar owen pauline pearl penny percy
perry phil phoebe priscilla quentin rachael ramon randall rebekah reginald rex rhonda ricky riley roberta rod
rodney roland rosa rosalind rosemary ross roy rudy rufus rupert russ sabrina salvador sandy saul selena seth shane
shannon shaun shawn sheila sherry sidney sonia spencer stacey stella stuart sue sylvia ted terence terrence theo
theodore tiffany toby tommy tracey trevor tristan ursula vernon veronica vicki viola violet wade wallace warren
wesley whitney wilbur will wilson winston yvonne zoe
ahmed ali amir angela boris chen dmitry emmanuel francois hassan hu igor ivan jacinda jens justin kofi li mohammed
muhammad narendra nicolas olaf recep sergei shinzo vladimir volodymyr wang xi yuri zhang
aigerim nursultan kassym-jomart kairat askar nurlan yerlan dinara aliya timur rustam daniyar aidos zhanar yerbolat
arman bauyrzhan dauren nurzhan saule gulnara asel madina marat murat yerzhan serik ruslan kanat almas asylbek
azamat aibek erlan galym kuanysh olzhas rakhat sanzhar talgat yerlan zhandos aizhan ainur assel dana indira kamila
`;

/** Role nouns: before a name ("economist Jane Doe") or after it (", an economist at the IMF"). */
export const ROLE_NOUNS_EN = `
economist analyst professor director spokesman spokeswoman spokesperson minister president chairman chairwoman
chair chief head secretary senator representative governor mayor ambassador adviser advisor expert researcher
scientist lecturer fellow executive ceo founder co-founder partner manager commissioner officer official ranger
lawyer attorney judge prosecutor doctor physician surgeon author editor correspondent journalist historian
sociologist strategist consultant activist campaigner leader deputy engineer supervisor chancellor dean planner
banker investor elder teacher coach captain colonel general premier lawmaker legislator politician diplomat
epidemiologist psychologist psychiatrist biologist ecologist geologist physicist chemist statistician astronomer
mathematician climatologist oceanographer neuroscientist geneticist virologist immunologist archaeologist
demographer criminologist pollster trustee administrator coordinator specialist inspector auditor treasurer
`;

/** Titles before a name: "Mr. McHugh", "Dr Allen", "President Obama". */
export const TITLES_EN = `
mr mrs ms miss dr prof professor sir dame lord lady president senator sen rep gov governor mayor judge justice
chancellor minister secretary gen general col capt rev father pope king queen prince princess sheikh
president-elect detective sergeant sgt officer inspector agent coach lt lieutenant cmdr commander adm admiral
`;

/**
 * Capitalised function words and contractions that never stand in a name: a heading in title case ("Appointment Of
 * Brendan Eich"), a sentence after a title ("… sir. Did you know"). Kept apart from NOT_NAMES_EN, which the tagger
 * reads as a feature: a word added there changes the models' input until they are trained again.
 */
export const NAME_BREAKERS_EN = `
of for in on to at by with from do does did
you've you’ve you'd you’d you'll you’ll you're you’re we've we’ve we're we’re they've they’ve they're they’re
`;

/** Capitalised words that are never part of a person's name: calendar words, places, bodies, headings. */
export const NOT_NAMES_EN = `
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
state states city county republic kingdom federation northern southern eastern western north south east west
central new united american british russian chinese european african asian english french german indian
america britain england europe africa asia russia china india iran iraq syria kenya ukraine japan germany france
italy spain canada mexico brazil australia israel turkey egypt pakistan afghanistan kazakhstan zealand
london washington moscow beijing paris berlin york manhattan brooklyn queens bronx california texas florida
image credit read analysis photo video getty reuters associated press
i i'm i’m i've i’ve i'd i’d i'll i’ll me my he him his she her hers it its we us our they them their you your this that these those the a an
there here what who whom whose which when where why how if but and or so then yet also however meanwhile
administration government police army navy
god christmas easter internet twitter facebook instagram youtube google
`;

/** Organisation head words: a capitalised run holding one names a body ("Murdoch Children’s Research Institute"). */
export const ORG_HEADS_EN = `
department ministry university institute center centre council committee commission agency bank company
corporation corp inc ltd llc group party union association foundation fund office service board authority
court times news post journal academy school college hospital church street road avenue square park island
islands river beach harbour harbor bay mountain lake ocean sea coast house congress parliament senate club
team league network project program programme initiative society trust alliance coalition forum online
projects systems networks partners holdings industries services labs technologies groups games studios media
communications solutions associates brothers airlines motors energy capital ventures
`;

/** Lower-case words that belong inside a name ("Bill de Blasio", "Ludwig van Beethoven"). */
export const NAME_PARTICLES_EN = "de van von der den da di du le la al bin ibn ter";

/** Speech and opinion verbs (one word, lower case). */
export const SPEECH_VERB_EN =
  /^(?:said|says|told|tells|added|adds|argued|argues|noted|notes|explained|explains|warned|warns|believes|believed|thinks|thought|stated|states|wrote|writes|claimed|claims|insisted|insists|suggested|suggests|recommended|recommends|urged|urges|proposed|proposes|acknowledged|acknowledges|admitted|admits|observed|stressed|stresses|emphasized|emphasised|cautioned|cautions|predicted|predicts|estimated|estimates|commented|remarked|replied|responded|testified|contended|contends|countered|concluded|asserted|asserts|maintained|maintains|reckons|instructed|announced|announces|vowed|agreed|agrees|disagreed|disagrees|fears|feared|hopes|hoped|expects|expected)$/;

/** Frames that put a person's view in the words after them: "according to X", "in the view of X". */
export const ATTRIBUTION_BEFORE_EN =
  /(?:according\s+to|in\s+the\s+(?:view|words|opinion)\s+of|as\s+(?:explained|noted|put)\s+by)(?:\s+[\p{L}'’.-]+){0,4}\s+$/iu;

/** A frame with a role noun in place of a name: it stands for the person last named ("according to the economist"). */
export const ROLE_FRAME_EN = /\b(?:according\s+to|in\s+the\s+view\s+of)\s+the\s+([a-z-]+)\b/i;

/** A frame with a pronoun that carries a speaker from an earlier sentence: "in his view", "according to her". */
export const PRONOUN_FRAME_EN = /\bin\s+(?:his|her)\s+(?:view|opinion|words)\b|\baccording\s+to\s+(?:him|her)\b/i;

/** Determiners that make a role noun after them an anonymous speaker, not one named before: "a spokesman said", "one analyst said", "another official said". */
export const INDEFINITE_EN = /^(?:a|an|one|another|some)$/i;

/** Subject pronouns that, before or after a speech verb, stand for the person last named ("he said", "said she"). */
export const SUBJECT_PRONOUNS_EN = /^(?:he|she)$/;

/** Capitalised words an English appositive may open with before its role noun (", A former minister" after a line break). */
export const APPOSITIVE_FILLERS_EN = ["a", "an", "the", "former", "senior", "chief", "vice", "deputy"];

/** Letter pairs that are places or bodies, not initials ("U.S.", "U.K."). */
export const NOT_INITIALS_EN = ["US", "UK", "UN", "EU", "DC", "NY", "LA", "USA", "NYC", "UAE", "USSR"];

/** Words a noun phrase opens after, so that the words between one and a role noun are the role's ("the finance minister"). */
export const ENGLISH_PHRASE_OPENERS = [
  "the",
  "a",
  "an",
  "its",
  "their",
  "his",
  "her",
  "our",
  "your",
  "this",
  "that",
  "these",
  "those",
  "of",
  "for",
  "in",
  "on",
  "at",
  "by",
  "with",
  "from",
  "to",
  "as",
  "about",
  "and",
  "or",
  "but",
  "since",
  "after",
  "before",
  "when",
  "while",
  "because",
  "if",
  "than",
  "under",
  "into",
  "against",
  "between",
  "among",
  "during",
  "including",
  "like",
];

/** Verbs of speech whose object follows them ("told Mary Brown", "urged John Smith", "warned investors"). */
export const ADDRESSEE_VERB_EN = /^(?:told|tells|urged|urges|warned|warns|cautioned|cautions|instructed)$/;

/** Words that end an appositive role: a relative clause or the speech verb begins (", an economist who said"). */
export const APPOSITIVE_ENDERS_EN = ["who", "which", "where", "that", "said", "says", "told", "added"];

/** Relative pronouns: an appositive that opens with one is a clause about the person, not a role. */
export const CLAUSE_OPENERS_EN = ["who", "whom", "whose", "which", "that", "where", "when"];

/** Verbs that say what a person is, before a role ("John Smith is an economist at …"). */
export const ROLE_PREDICATES_EN = ["is", "was", "became"];

/** Relative pronouns that are their clause's subject: the person the clause says what they are (", who is …"). */
export const SUBJECT_RELATIVES_EN = ["who"];

/** Prepositions before a person's body: "at New York University", "of the Ngātiwai tribe". */
export const BODY_PREPOSITIONS_EN = ["at", "of", "for", "with", "from"];

/** Prepositions before a role noun make it the object of a phrase (", twitching in his chair"), not a role. */
export const PREPOSITIONS_EN = ["in", "on", "at", "with", "into", "from", "by", "under", "over", "through", "of"];

/** Titles and short forms written with a dot, after which a sentence does not end ("Mr. McHugh", "the U.S. Fed"). */
export const ABBREVIATIONS_EN = [
  "Mr",
  "Mrs",
  "Ms",
  "Mx",
  "Dr",
  "Prof",
  "Sen",
  "Rep",
  "Gov",
  "Gen",
  "Col",
  "Capt",
  "Lt",
  "Sgt",
  "St",
  "Jr",
  "Sr",
  "Rev",
  "Hon",
  "U.S",
  "U.K",
  "U.N",
];

/** Words that qualify a role before its noun ("former minister", "chief economist"). */
export const ROLE_MODIFIERS_EN = [
  "former",
  "chief",
  "senior",
  "deputy",
  "vice",
  "acting",
  "interim",
  "assistant",
  "associate",
  "lead",
  "principal",
];
