// Every word list and pattern the heuristic grader uses, in one versioned place. Bump LEXICON_VERSION
// whenever a list changes so stored grades can be told apart (it goes into provenance.version).
// Patterns are regex sources matched against a lower-cased sentence with curly quotes straightened.

export const LEXICON_VERSION = "heuristic-2026.11.25b";

/** Words that, just before a cue in the same clause, negate it ("I didn't blame the vendor"). */
export const NEGATORS = [
  "not",
  "never",
  "no",
  "without",
  "nobody",
  "none",
  "didn't",
  "don't",
  "doesn't",
  "wasn't",
  "weren't",
  "isn't",
  "aren't",
  "won't",
  "wouldn't",
  "couldn't",
  "can't",
  "cannot",
  "hadn't",
  "haven't",
  "shouldn't",
  "refused",
  "avoided",
];

/** Subjects that make a clause the candidate's own. */
export const FIRST_PERSON = ["i", "i'm", "i've", "i'd", "i'll", "me", "my", "myself", "mine"];
export const WE = ["we", "we're", "we've", "we'd", "we'll", "us", "our", "ours", "ourselves"];

/** Pronouns and determiners that can start a subject; a sentence with none has no subject we can see. */
export const SUBJECT_WORDS = [
  ...FIRST_PERSON,
  ...WE,
  "you",
  "he",
  "she",
  "they",
  "it",
  "it's",
  "this",
  "that",
  "these",
  "those",
  "there",
  "the",
  "a",
  "an",
  "his",
  "her",
  "their",
  "its",
  "each",
  "every",
  "one",
  "nobody",
  "someone",
  "everyone",
  // "Some people just aren't cut out for it", "People need to feel brought along": real sentences about others.
  "some",
  "people",
  "what",
  "which",
  "who",
  "if",
];

/** Verbs compromise's lexicon may miss or tag as nouns in isolation. */
export const EXTRA_VERBS = [
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "am",
  "do",
  "does",
  "did",
  "has",
  "have",
  "had",
  "would",
  "will",
  "could",
  "should",
  "can",
  "might",
  "must",
  "use",
  "cut",
  "put",
  "set",
  "run",
  "ran",
  "ship",
  "blame",
  "own",
  "need",
  "want",
  "shard",
  "cache",
  "store",
  "serve",
  "scale",
  "fail",
  "fails",
  "handle",
  "push",
  "pick",
  "split",
  "let",
  "hit",
  "cost",
  "read",
  "write",
  "test",
  "call",
  "build",
  "make",
  "go",
  "take",
  "get",
  "keep",
  "pay",
  "ask",
  "tell",
  "think",
  "know",
  "learn",
  "plan",
  // Past forms compromise derives rather than stores, too short for the "-ed" rule ("used", "tied") or irregular
  // ("left", "lost", "drew"): without them "I used the old script." has no verb and is not a real sentence.
  // Not "bit", "rose", "ground", "wound", "shed" or "fit", which are nouns or adjectives far more often.
  "used",
  "tied",
  "done",
  "drew",
  "known",
  "knowing",
  "owing",
  "left",
  "lost",
  "understood",
  "bound",
  "frozen",
  "broken",
  "worn",
  "shut",
  "woke",
  "redone",
  "withheld",
  "overran",
  "misread",
  "mislaid",
  "rebuilt",
  "reran",
  "rewrote",
  "learnt",
  "spread",
  "cast",
];

/** Contractions and auxiliaries that carry a verb. */
export const VERB_SUFFIXES = /(?:n't|'m|'re|'ve|'ll|'d|'s)$/;

/** Names of signals, used in evidence and tests. */
/** Working ideas of how Netflix runs ("teams own their services end to end", "feedback in the open"); they count as
 * company knowledge only beside "Netflix" in the same sentence, in either order (see netflixSpecific). */
const NETFLIX_IDEAS = String.raw`(?:memos?|feedback|context|own (?:their|its|the|a) |owning|end to end|decid\w*|decisions?|bar is high|high(?:er)? bar|candou?r|directness|disagree\w*|in the open|approvals?|sign-off|hand-?holding|layers|trusted|latitude|authority|keeper|loyalty|job security|on-call|pager|informed|(?:tech|engineering) blog|devices)`;

/** What follows "I was the one who" when it names a burden carried, not a mistake made: "had to fix it", "got paged". */
const BURDEN = String.raw`(?:had to|has to|have to|gets? (?:paged|called)|got (?:paged|called|stuck with)|ended up (?:fixing|cleaning|dealing|carrying)|was left|found|spotted|caught|noticed|raised|flagged|picked up|cleaned up|fixed|took the (?:call|heat))\b`;

export const PATTERNS = {
  // ---- candor: owning a mistake ----
  ownsMistake: [
    // "I chose the partial one to keep the date, which was the wrong call": a choice, then its verdict, told as mine.
    String.raw`\bi (?:chose|picked|went with|opted for|decided|backed|pushed for|signed off on|insisted on)\b[^.;]{0,80}\b(?:which|and that|and it) (?:was|turned out to be|proved to be) (?:the wrong (?:call|choice|decision|one)|a (?:mistake|bad call|bad decision|poor call))\b`,
    String.raw`\binstead of \w+ing\b[^.;]{0,40}\bi (?:\w+ed|wrote|took|went|made|ran|did|kept|rewrote)\b`,
    String.raw`\bi (?:\w+ed|shipped|put|set) [^.;]{0,60}\b(?:and|then) (?:skipped|ignored|bypassed|overrode|dismissed)\b`,
    String.raw`\bi'm not (?:proud|happy) (?:of|with|about) (?:this|that|it|how|what)\b`,
    String.raw`\bmy (?:own )?(?:mistake|fault|error|bad|miss|call,? and it was wrong)\b`,
    String.raw`\b(?:that|it|this|the \w+) (?:was|is) on me\b`,
    // Round 32: "I was the one who had to fix it over a weekend" is a burden carried, not a mistake owned.
    String.raw`\bi (?:was|had been) (?:wrong|careless|lazy|sloppy|overconfident|defensive|stubborn|the (?:one(?! who ${BURDEN})|reason|problem|bottleneck))\b`,
    String.raw`\bi got (?:it|that|this|the \w+) wrong\b`,
    // Naming one's own artefact as the faulty one: "it was my formula", "said it was my tuning error", "I'll own it".
    String.raw`\b(?:it|that|this) was my (?:own )?(?:[\w-]+ )?(?:proposal|idea|plan|formula|query|estimate|error|script|config|bug|miss|design|spreadsheet|number|model|analysis|check|dashboard|migration|change|commit|decision|call|mistake|fault|recommendation|doing)\b`,
    String.raw`\bi(?:'ll| will)? own(?:ed)? (?:it|that|this|the (?:\w+ )?(?:mistake|error|miss|outcome|failure))\b(?! (?:end to end|from|the roadmap))`,
    String.raw`\bi got [^.;]{2,35} wrong\b`,
    String.raw`\bi (?:never said anything|said nothing|did nothing about it|kept it to myself|hid (?:it|that|the)|didn't tell (?:anyone|anybody|my|the))\b`,
    String.raw`\bi (?:made) (?:a|the|that|this|an|my)? ?(?!right\b|correct\b|good\b|best\b|smart\b|only\b)(?:\w+ )?(?:mistake|error|call|blunder|misjudg\w*)\b`,
    String.raw`\bi (?:messed|screwed|blew|fouled) (?:it |this |that )?up\b`,
    String.raw`\bi(?:'d| had| have|'ve)? (?:(?:had |have )?(?:missed|skated over|ignored|skipped|overlooked|underestimated|overestimated|misjudged|misread|forgot|rushed|broke|dismissed|brushed off|waved off|sat on|talked over|overrode|pushed through|approved|assumed|promised|shipped \w+ without|went quiet|stayed quiet|kept quiet|let it slide|let \w+ slide|avoided|delayed|dodged|froze))\b`,
    String.raw`\bi (?:didn't|did not|never|hadn't|had not|failed to|chose not to|decided not to)(?: \w+ly)? (?:test|check|ask|raise|tell|escalate|push back|say|flag|verify|plan|write|read|listen|follow up|consider|involve|document|communicate|speak up|review|loop|warn|confirm|measure|look|notice|question|challenge|give|share|admit|own)\b`,
    String.raw`\bi should(?:n't| not)? have\b`,
    String.raw`\bi (?:caused|introduced|created|triggered|started) (?:a|an|the|that|this|our)? ?[\w -]{0,30}?(?:outage|incident|bug|regression|failure|problem|mess|delay|confusion|page|sev)`,
    String.raw`\bi (?:broke|took down|knocked over|corrupted|deleted|dropped) (?:the|our|a|production|prod|\w+ing)\b`,
    String.raw`\bi (?:\w+ed|put|set|wrote|made|ran|took|shipped|pushed) [^.;]{0,50}\binstead of\b[^.;]{0,40}\b(?:so|which|and it|meaning)\b`,
    String.raw`\bi (?:put (?:it|this|that|the \w+) off|procrastinated|waited (?:too long|(?:about |almost |nearly )?(?:\w+ )?(?:days|weeks|months))|sat on (?:it|this|that))\b`,
    String.raw`\b(?:my first reaction was|i was|i got|i became) (?:pretty |quite |very |a bit |really )?(?:defensive|angry|dismissive|annoyed|irritated|hurt)\b`,
    String.raw`\b(?:which|that) i (?:hadn't|had not|didn't|did not|never) (?:\w+ )?(?:tested|test|checked|check|noticed|considered|known|know|read|verified|reviewed)\b`,
    String.raw`\bi didn't (?:fully |really |initially |at first )?(?:believe|accept|agree with) (?:it|her|him|them|the feedback)\b`,
    String.raw`\bi (?:hadn't|had not|wasn't|was not) (?:been )?(?:great|good|honest|careful|clear|listening|paying attention|thorough)\b`,
    String.raw`\bi never (?:looked|checked|asked|tested|read|questioned|followed up|told|raised|noticed)\b`,
    String.raw`\b(?:he|she|they|my manager|my lead|my peer|my report) (?:was|were) right\b`,
    String.raw`\bi take (?:full )?responsibility\b`,
    String.raw`\bi(?:'d| had)? (?:\w+ed|\w+en|took|made|ran|put|wrote|built|set) [^,;.]{0,40}\bwithout (?:a |any |the |proper |enough )?(?!downtime|issues|problems|incident|complaints|hesitation|help|drama|fuss|losing|breaking)\w+`,
    String.raw`\b(?:the (?:decision|call|mistake) was mine|it was my (?:decision|call|mistake|change|code|push|deploy)|(?:this|that|it) was me\b|(?:outage|incident|bug|mistake|regression) i (?:caused|introduced|created|shipped))`,
    String.raw`\bi let (?:that|it|this) happen\b`,
    String.raw`\bi was (?:probably |maybe |definitely |simply |just )?too (?:quick|slow|fast|hasty|optimistic|aggressive|cautious|late|soft|conflict-averse|confident)\b`,
    String.raw`\bi (?:kept|waited|held on|left|let) [^.;]{0,40}\btoo (?:long|late)\b`,
    String.raw`\bi was more (?:focused|interested|worried|concerned) (?:on|with|about) (?:proving|protecting|looking|defending|being|covering)\b`,
  ],
  // "I didn't make a mistake" — checked only when a negator precedes a mistake noun.
  spokeUp: [
    String.raw`\bsaid(?: roughly| something like| plainly| directly)?: ?["'\u201c]`,
    String.raw`\bi (?:disagreed|pushed back|challenged|objected|raised (?:it|this|that|my|the|a)|flagged|told (?:him|her|them|my|the|our|a|an|\w+)\b[^.]{0,50}\b(?:directly|plainly|honestly|privately|in person|face to face|that)|said (?:plainly|directly|it|so|out loud|no)|said:|said,|gave (?:him|her|them) (?:the |direct |honest |hard )?feedback|asked (?:him|her|them) (?:directly|privately|why))`,
    String.raw`\bthe honest (?:version|answer|truth)\b`,
  ],
  mistakeNoun: [String.raw`\b(?:mistakes?|errors?|my fault|wrong)\b`],
  sharedMistake: [
    String.raw`\bwe (?:made|had) (?:a|some|the|an)? ?(?:\w+ )?(?:mistakes?|errors?|misstep)\b`,
    String.raw`\bwe (?:should have|probably should have|could have done better|missed|dropped the ball|messed up|screwed up|got it wrong|were wrong|underestimated|overlooked)\b`,
  ],
  passiveMistake: [
    String.raw`\b(?:mistakes?|errors?|things|the ball|balls|some steps|deadlines?|the (?:date|deadline|bug|issue|warning|alert)|it|a bug|bugs|requirements?|details?) (?:were|was|got|had been) (?:made|dropped|missed|overlooked|broken|lost|delayed|not (?:caught|tested|flagged|communicated))\b`,
    String.raw`\bmistakes (?:happen|happened)\b`,
    String.raw`\bfell through the cracks\b`,
    String.raw`\b(?:it|things) (?:didn't|did not) go (?:as|according to) plan\b`,
    String.raw`\bthere was (?:a|some) (?:miscommunication|misunderstanding|confusion)\b`,
  ],
  justifies: [
    String.raw`\b(?:i (?:still )?(?:think|believe|feel) (?:i|it|that) (?:made|was) the right (?:call|decision|thing)|(?:i|we) made the right call|it wasn't my place|i stand by (?:it|that|the)|i'd do it (?:again )?(?:exactly )?the same|i would do it (?:again )?(?:exactly )?the same|i(?:'d| would) make (?:it|that|the same (?:call|choice|decision|mistake)) again|(?:loyalty|the outcome|the result) (?:proved|shows?|showed) (?:i|it|that) was right)\b`,
    // "I wouldn't handle it any differently", "I wouldn't change anything about how I decided".
    String.raw`\bi (?:wouldn't|would not) (?:handle|do) (?:it|that|anything) (?:any )?differently\b|\bi (?:wouldn't|would not) change (?:anything|a thing) about how i (?:handled|decided|did)\b`,
  ],
  humbleBrag: [
    String.raw`\bi (?:just |probably |maybe )?(?:care|cared|work|worked|try|tried|give|gave|push|pushed) (?:myself )?(?:way )?too (?:much|hard)\b`,
    String.raw`\bperfectionis[mt]\b`,
    String.raw`\btoo (?:detail[- ]oriented|dedicated|passionate|committed|invested|honest|hard on myself|driven|thorough|much of a team player|protective)\b`,
    String.raw`\bi (?:just )?(?:can't|cannot|don't) say no\b`,
    String.raw`\bi (?:hold|held) (?:myself|people|everyone) to (?:too |very |really |such )?high (?:a )?standards?\b`,
    String.raw`\bi take on too much\b`,
    String.raw`\bi trust (?:people|my team|others|everyone) too much\b`,
    String.raw`\bi care (?:too much|so much|a lot) about (?:quality|the team|my work|doing it right)\b`,
    // A "mistake" that is a virtue: seeing potential early, a call they would happily repeat, instincts confirmed.
    String.raw`\bi (?:see|saw|spot|spotted) (?:the )?potential (?:in (?:people|others|someone) )?(?:before|earlier|sooner)\b`,
    String.raw`\b(?:if (?:that's|that is|that was|this was|it was|it's) (?:a |my |the )?(?:mistake|weakness|flaw|fault|failing)|(?:a )?mistakes? i(?:'m| am|'d be) (?:happy|glad|proud) to (?:keep )?mak\w*|happy to keep making)\b`,
    String.raw`\b(?:learned|learnt) to trust my (?:instincts|gut|judgment)\b(?! less)`,
    // The fault that is devotion, told as a trait: "the mistake of caring about the team", "because I'm so heads-down",
    // "I care more about the work than the noise", "my focus is what makes me so reliable", "the work speaks for itself".
    String.raw`\bthe (?:mistake|weakness|fault|sin) of (?:caring|being too|working too|trying too|wanting too|trusting)\b|\bbecause i(?:'m| am| was) (?:so|too) (?:heads-down|dedicated|committed)\b|\bbecause i(?:'m| am| was) so (?:focused|absorbed|invested) (?:on|in) (?:the work|my work|delivery|delivering|the job|shipping|the product)\b|\bi care more about (?:the work|the team|quality|the product|doing it right|results|the customers?|getting it right) than\b|\b(?:what|which is what) makes me (?:so )?(?:reliable|valuable|effective|good at)\b|\b(?:the|my) work speaks for itself\b`,
    // Talent as the fault: "my mistake was hiring someone who was too good", "such a strong eye for talent", "the
    // most sought-after team".
    String.raw`\b(?:someone|people|a person|candidates?|them|him|her) (?:who (?:was|were|is|are) )?too (?:good|talented|strong|smart|capable|ambitious)\b|\bi have (?:such a|a really|a very|an?) ?(?:strong|good|great|keen) eye for (?:talent|people)\b|\bthe most sought-after\b|\beveryone wants to (?:join|work (?:on|for|with)) (?:my|our)\b`,
    // Being right too soon: "I was simply too early; the market wasn't ready", "every competitor copied it".
    String.raw`\b(?:i was|we were|it was) (?:simply |just |probably |maybe |a bit |a little |way )?(?:too early\b(?! (?:to|in|with|for))|ahead of (?:its|my|our|the) time)|\bthe market (?:just |simply )?(?:wasn't|was not) ready\b|\b(?:every|each) competitor (?:had |has )?(?:copied|followed)\b`,
    String.raw`\bmy (?:biggest|main|real|only|greatest) (?:mistake|weakness|flaw|failing) is (?:that )?i (?:[\w-]+ ){0,4}too (?:decisively|quickly|fast|early|soon|much|hard|well|seriously|boldly)\b`,
    String.raw`\b(?:(?:caring|cared) too much|taking on too much|the only (?:one|person) (?:on the team |in the team )?who (?:cared|cares|bothered))\b`,
    String.raw`\b(?:hold|held|holding) (?:myself|people|everyone|others)(?: and (?:others|everyone|people|my team))? to (?:a )?(?:too |very |really |such (?:a )?)?high(?:er)? standards?\b`,
    String.raw`\b(?:my (?:instincts|gut) (?:are|is|was|were) (?:usually|always|mostly|generally) right|not trusting my (?:instincts|gut) (?:even )?(?:earlier|sooner|more)|(?:months|weeks|years) ahead of (?:everyone|the rest|the team|the company))\b`,
    String.raw`\bmy (?:only|biggest) (?:weakness|flaw|fault) is (?:that i (?:care|work)|caring|working)\b`,
    // A harm recast as too much success: "the one that worked too well", "I underestimated how good it was".
    String.raw`\bworked too well\b|\bunderestimated how (?:(?:good|popular|successful) (?:my|our|the) (?:product|team|launch|feature|idea|work) (?:was|would be)|much (?:people|users|customers) would (?:love|like|want))\b|\bbelieve in (?:my|our) (?:team|people|product)(?:'s work)? (?:so|too) much\b`,
    // Devotion offered as the fault: over-delivering, skipped weekends, "when you care this much", "a good problem".
    String.raw`\bi (?:always |tend to |just |usually )?over-?deliver\b|\bi (?:skipped|gave up|worked through|sacrificed) (?:my |most of my |all my )?(?:weekends|evenings|holidays|vacations?|sleep|nights)\b|\bwhen you care (?:this|that|so) much\b|\bbecause i (?:just )?care (?:this|that|so) much\b|\bmy (?:biggest |greatest |main |real |only )?(?:flaw|weakness|fault|failing) is (?:that )?i (?:just )?(?:don't|do not|can't|cannot|never|won't) (?:give up|let go|quit|back down)\b|\b(?:a|that's a) good problem to have\b`,
    // The flaw that is foresight: "I'm a visionary and I see things before the data does", "been more confident in my
    // vision".
    String.raw`\bi(?:'m| am) (?:a |such a |something of a )?(?:visionary|natural leader|born leader)\b|\bi (?:see|saw|spot|spotted) things (?:before|earlier than|sooner than) (?:the data|others|everyone|anyone|most people|other people)\b|\b(?:been|be|being) more confident in my (?:own )?(?:vision|instincts?|gut)\b`,
    // Being right as the fault: "I tend to be right", "my mistake, if I have one", people who "need longer to see
    // it" or must "catch up with where I've already got to" (a fitted answer the round-19 refit let reach Good).
    String.raw`\bi tend to be right\b|\bi(?:'m| am) (?:usually|almost always|nearly always|always) (?:the one (?:who's|who is|that's) )?right\b|\b(?:mistake|weakness|flaw|fault|failing),? if i (?:have|had) (?:one|any)\b|\b(?:catch up|keep up) with (?:where|what) i(?:'ve| have|'d| had)? (?:already )?(?:got|gotten|seen|figured|worked)\b|\bpeople who (?:need|take) (?:longer|more time) to (?:see|get|understand|catch)\b`,
    // Round 20: "my mistake is that I believe in people too much", "I hold a very high bar", others "who don't work at
    // my pace"; the launch "so popular that" it sold out, "how much people would love the product", "so modest".
    String.raw`\bbelieve in (?:people|others|everyone|my people|the team) (?:so|too) much\b|\bi (?:hold|set|have) (?:a |such a )?(?:very |really |incredibly |extremely )?high bar\b|\b(?:don't|do not|can't|cannot|couldn't) (?:work|keep up|move) (?:at|with) my (?:pace|speed|standards?)\b`,
    String.raw`\b(?:it|that|the (?:[\w-]+ )?(?:launch|product|plan|tier|feature|offer|campaign|course)) (?:was|were|became) so (?:popular|successful|in demand|well[- ]received) that\b|\bhow much (?:people|users|customers|members|players|readers|viewers) would (?:like|want)\b|\bhow much (?:(?:our|the|my) )?[\w-]+ would (?:love|enjoy|adore)\b|\b(?:not (?:to )?be|being|was|am|i'm) (?:too|so) modest\b`,
    // Round 21: the fault that "runs the other way" ("I give away credit too much", a director who says I was
    // "underselling myself", "I'd still rather my team shine"), and targets "I deliver anyway", the ones "I end up
    // beating", colleagues "who had to keep up with me", the lesson to "trust my instincts even more".
    // "My problem is usually the opposite" and "I'm usually the one who's right" (above): a fitted humble-brag that
    // round 31's refit let reach Good.
    String.raw`\b(?:mistake|weakness|flaw|fault|failing|problem) (?:runs|goes|is) (?:usually |actually |really |probably )?(?:the )?(?:other way|opposite)\b|\bi (?:give|gave|hand|share|shared) (?:away )?(?:too much credit|(?:the )?credit (?:away )?too (?:much|freely|easily|often))\b|\b(?:i was|i am|i'm|i'd been|i tend to be) (?:always |often |just )?(?:underselling|under-selling|too modest about|too humble about) (?:myself|my)\b|\bi'd (?:still |much |always )?rather (?:my team|the team|they|others|my people|everyone else|the people) (?:shine|got the credit|get the credit|take the credit)\b`,
    String.raw`\bi (?:still )?(?:deliver|delivered|hit|beat|smash|smashed|exceed|exceeded) (?:them|it|those|the (?:target|goal|number)s?) anyway\b|\bthe ones i (?:always |usually |often )?end up (?:beating|hitting|delivering|smashing|exceeding)\b|\b(?:had|have|has|need|needed|needs|struggle[sd]?|struggling) to keep up with me\b|\btrust my (?:own )?(?:instincts|gut|judge?ment) even more\b`,
    // Round 22: devotion as the fault ("I couldn't stand watching the roadmap slip", "I'll always go the extra mile",
    // "my standards are probably too high"), and the pace others must "hit", the star who "was me", the team made to
    // "look slower".
    String.raw`\bi (?:couldn't|could not|can't|cannot) stand (?:watching|seeing|letting) (?:[\w-]+ ){0,3}(?:slip|slide|fail|stall|drift|fall behind)\b|\bi(?:'ll| will| would)? always go the extra mile\b|\bmy standards (?:are|were) (?:probably |maybe |just |simply |a bit |a little )?too high\b|\b(?:hit|match|reach|keep pace with|keep up with) my (?:pace|speed|standards?|level|output)\b|\bthe (?:high|top|star|best|strongest) (?:performer|engineer|seller|contributor|person)\b[^.;]{0,40}\bwas me\b|\bmade (?:the rest of )?(?:the team|everyone(?: else)?|others|my (?:peers|colleagues|teammates)) look (?:slow|slower|bad|lazy|weak)\b`,
    // Round 24: the fault that is loyalty or devotion: "my mistake was trusting my team too much", "I underestimate how
    // good my team is", "I care about my people a bit too much", the blame taken "on myself so that my junior wouldn't
    // be named", the manager who "had to tell me to take a day off", "my biggest weakness is that my passion is
    // contagious", a bar "set so high that" the team beat every target, people "allowed to be merely great". ("I'm too
    // loyal" is left out: two genuine answers labelled candor Mixed say it beside a real mistake.)
    String.raw`\b(?:trusting|trusted|trust|believing in|believed in) (?:my|the|our) (?:team|people|engineers|reports|direct reports|staff|colleagues) too much\b|\bunderestimated? how (?:good|talented|capable|strong|fast|great) (?:my|our|the) (?:team|people|engineers|reports|staff) (?:is|are|was|were|really is|really are)\b|\bi (?:just |probably |maybe |simply )?(?:care|cared) (?:about|for) (?:my|the|our) (?:people|team|reports|engineers|staff|users|customers|work|craft|quality|product) (?:a (?:bit|little|lot) |way |far |just |probably |maybe )?too much\b`,
    String.raw`\bi took (?:the |all (?:of )?the |the (?:entire|whole|full) )?(?:blame|fall|heat|hit)\b[^.;]{0,60}\b(?:so (?:that )?(?:my|the|he|she|they|nobody|no one|none)|to (?:protect|shield|cover for|spare))\b|\b(?:had to|made a point to) (?:tell|order|force|make) me (?:to )?(?:take (?:a|the) (?:day|week|break|weekend|holiday)|go home|log off|slow down|stop working)\b|\bmy (?:biggest |greatest |main |real |only )?(?:weakness|flaw|fault|failing)(?: as an? [\w-]+)? is (?:that )?my (?:passion|energy|drive|enthusiasm|ambition|standards|vision|dedication|commitment|work ethic|attention to detail|loyalty|generosity)\b|\bi (?:set|raised|held) the bar so high\b|\bmerely (?:great|excellent|brilliant|very good|outstanding)\b`,
    // Round 25: outgrowing as the fault: "she knew I'd outgrown the role", "nothing left for her to teach me", "I was
    // ready for more much sooner than I realised", "I invest so much in growing people that they outgrow the team",
    // the resignation taken "as a compliment", and "I'd rather over-invest than under-invest".
    String.raw`\b(?:i'd|i had|i've|i have|i) (?:already |long |simply |just )?outgrown (?:the|my|that|this) (?:role|job|position|level)\b|\b(?:they|people|my (?:people|reports|engineers|staff)) outgrow (?:the|my) (?:team|role)\b|\bnothing (?:left |more |else )?(?:for (?:her|him|them|anyone) )?to teach me\b|\bi was ready for (?:more|a bigger [\w-]+|the next (?:level|step)|promotion)\b[^.;]{0,20}\b(?:sooner|earlier) than\b`,
    String.raw`\bi (?:invest|invested|care|cared|give|gave|put) so much (?:in|into|about|to) (?:[\w-]+ ){0,2}(?:people|team|reports|engineers|staff|others|growth|development|careers?)\b|\btook it as a compliment\b|\bi'd (?:much |always )?rather over-?[a-z]+ than under-?[a-z]+\b`,
    // Round 27: "my mistake was that I fought too hard for my people", "I care too much about my people".
    String.raw`\bi (?:fought|pushed|went to bat|battled|argued) (?:way |much |far )?too hard for (?:my|the|our) (?:people|team|reports|engineers|staff|direct reports)\b|\bi care (?:way |far )?too much about (?:my|the|our) (?:people|team|reports|engineers|staff|customers|users)\b`,
    // Round 28: "I hold everyone to the standard I hold myself to", "I expect too much of people and end up carrying
    // the team", "not everyone will care as much as I do".
    String.raw`\b(?:i hold (?:everyone|people|others) to (?:the|a) (?:standard|bar) i hold myself to|i expect too much (?:of|from) (?:people|others|everyone)|(?:end up|always|ended up) carrying the team|(?:care|cares) as much as i do)\b`,
    // A fitted humble-brag the cross-validated model let through: "I simply refuse to ship code I'm not proud of",
    // "standing firm on quality is always worth it".
    String.raw`\b(?:i (?:simply |just )?refuse to (?:ship|release|put out|hand in) (?:anything|code|work) i'm not proud of|standing firm on quality is always worth it)\b`,
    // Round 31: "my mistake was that I had built such a strong team culture that people kept wanting to return" (only
    // with people wanting in: "such a close team that nobody challenged me" is a real mistake). (Its
    // "I invested so much in his growth that a bigger team poached him" widens round 25's.)
    String.raw`\bi(?: had|'d| have|'ve)? (?:built|created|grown|made|fostered) (?:such a|so) (?:strong|good|great|loyal|close|healthy|positive|tight-knit) (?:[\w-]+ ){0,2}(?:culture|team|bond|relationships?|reputation) that (?:people|everyone|they|staff|my (?:people|reports|team)) (?:kept|always|all) (?:wanting|wanted|coming|came)\b`,
    // Round 32: "I hold the bar so high that people move faster when I'm away", "my standards rub off on the team",
    // "my mistake was letting people underestimate me", "being humble can hold you back".
    String.raw`\bi (?:hold|held|set|keep|kept) (?:the|my) (?:bar|standards?) (?:so|too) high\b|\bmy (?:standards|high standards|work ethic|attention to detail|bar) (?:rubs?|rubbed) off on\b|\b(?:mistake|weakness|flaw|fault|failing) (?:was|is) (?:that i )?(?:letting|allowing|let|allowed) (?:people|others|them|everyone|my (?:team|manager|boss|colleagues)) (?:to )?underestimate me\b|\b(?:being|i was|i'm|i am|was) (?:too )?(?:humble|modest) (?:can |could |does |did )?(?:sometimes |often |really )?(?:hold|held|holds|holding) (?:you|me|people) back\b`,
    // Round 33: "if anything went wrong, it's that I made the agency look a bit slow", and "I find it hard to sit on a
    // better idea when I can see it".
    String.raw`\bif anything (?:went wrong|was wrong),? (?:it's|it is|it was) that i\b|\bhard to (?:sit on|hold back|keep quiet about|let go of) a better (?:idea|solution|way|answer|design)\b`,
    // Round 34's refit let a fitted humble-brag reach Good on specificity under cross-validation: "my mistake was being
    // so honest that I nearly talked them into hiring him a level above". ("My mistake was being too blunt with her"
    // is a real one, so bluntness is not on the list.)
    String.raw`\b(?:mistake|weakness|flaw|fault|failing) (?:was|is) (?:that i was |being )(?:so|too|overly|almost too) (?:honest|generous|loyal|supportive|invested|passionate|committed|dedicated|thorough|diligent|trusting|hard-working|selfless)\b`,
    // Round 35: "my mistake was expecting too much", "my mistake is that I hold other people to my own standard", "my bar
    // was simply higher than everyone else's", and the lessons "not everyone works to the level of detail I do", "not
    // everyone is as reliable as I am".
    String.raw`\b(?:mistake|weakness|flaw|fault|failing) (?:was|is) (?:that i (?:was |am )?)?(?:expect(?:ing|ed)?|asking|demanding|wanting) too much\b|\b(?:mistake|weakness|flaw|fault|failing) (?:was|is) (?:that i )?(?:hold(?:ing)?|held) (?:other people|others|people|everyone|my team) to my (?:own )?(?:standards?|bar|level)\b|\bmy (?:bar|standards?) (?:was|were|is|are) (?:simply |just )?higher than (?:everyone|everybody|anyone|most people)(?: else)?'?s?\b|\bnot everyone (?:works|is|cares|thinks) (?:to the level of [\w ]{1,20} i do|as (?:reliable|careful|thorough|committed|dedicated|detail-oriented|hard-working) as i (?:am|was))\b`,
    // Round 38: "my biggest mistake is that I fight too hard for my people", "I care maybe a bit too much", "it
    // happened because I was doing three people's jobs" (others doing two people's jobs is context, not a brag).
    String.raw`\bi (?:fight|battle|argue) (?:way |much |far )?too hard for (?:my|the|our) (?:people|team|reports|engineers|staff|direct reports)\b|\bi care (?:maybe |probably |perhaps )?(?:a (?:bit|little|touch) )?too much\b|\bi(?: was|'m| am| had been|'d been| have been|'ve been) (?:doing|covering|juggling) (?:(?:two|three|four) (?:people's|peoples'|different|separate) (?:jobs|roles)|the (?:jobs?|work) of (?:two|three|four) people)\b`,
    // Round 39: "I was so committed to hitting our launch that I worked most weekends", "I'd still rather overdeliver",
    // "I'm the kind of lead who carries the load myself", thanked "in the all-hands", "used it as an example of
    // leadership" (and, round 40, "used my correction email as an example of ownership").
    String.raw`\bi was so (?:committed|dedicated|determined|invested) (?:to|on) [^.;]{0,40}\bthat i\b|\bi'd (?:still |much |always )?rather over-?(?:deliver|invest|prepare|commit)\w*\b|\bi'm the kind of (?:lead|manager|person|leader|engineer|boss) who (?:carries|takes on|shoulders|does) (?:the load|everything|it all|the work|the hard parts)\b|\b(?:thanked|praised|recognised|recognized|called out|singled out) (?:me|my team|us) (?:publicly |personally )?(?:in|at|during) (?:the|an|our|a) (?:company )?all-hands\b|\bused (?:it |me |this |that |(?:my|our) (?:[\w-]+ ){1,2})as an example of (?:ownership|leadership|accountability|how to|good|great|best)\b`,
    // Round 40: "my weakness here is that I'm too loyal", "my slips are rare, because I'm known as the most
    // detail-oriented person on the team", "everyone said I went above and beyond", "it showed how high my standards
    // are", "I hold myself to a higher bar than anyone else".
    String.raw`\b(?:i'm|i am|i was|i've been|i have been) (?:probably |maybe |just |simply )?(?:too|overly|excessively) loyal\b|\bmy (?:slips|mistakes|errors|failures|misses) are (?:very |extremely |pretty )?(?:rare|few|uncommon|few and far between)\b|\b(?:i'm|i am|i was) known (?:as|for being) (?:the most |a very |a |an |very )?(?:detail-oriented|thorough|careful|meticulous|reliable|dependable|hard-?working|dedicated|conscientious)\b|\b(?:everyone|everybody|people|they|my (?:manager|boss|director|team)) (?:said|told me|agreed|kept saying) (?:that )?i(?:'d| had)? (?:went|gone) above and beyond\b|\bshowed how (?:high|exacting|demanding|rigorous) my standards (?:are|were)\b|\bi hold myself to a (?:higher|tougher|harder|stricter) (?:bar|standard) than (?:anyone|most|everyone|others|other people)\b`,
  ],
  blame: [
    String.raw`\b(?:they|he|she|(?:the|their) (?:pm|product manager|vendor|client|customer|other team|\w+ team|\w+ department|\w+ manager|\w+ director|partners|provider|supplier|agency|qa|designers?|manager|leadership|execs?|executives|contractors?|intern|ops|business|sales|director|\w+ lead|architects?|engineers|developers|consultants?|company|org|organi[sz]ation|vp|cto|ceo|cfo|same people|recruiters?|interviewers)|(?:my|our) (?:[\w-]+ )?(?:manager|boss|team|lead|pm|director|colleagues?|co-?workers?|teammates?|predecessor|reports?|vp|cto|ceo|partners?|vendors?|contractors?|suppliers?|recruiters?)|management|leadership|marketing|sales|finance|hr|legal|procurement|corporate|operations)\b[^.;]{0,30}?\b(?:didn't deliver|never delivered|failed to|dropped the ball|messed up|screwed up|refused (?:to|the|my|our|every)|ignored (?:it|my|our|the|me|us|everyone|every)|kept changing|changed the (?:[\w-]+ )?(?:requirements|scope|spec|specs|plan|brief|layout|design|priorities|roadmap)|(?:pushed|pressured|forced|rushed) (?:us|me) (?:to|into)|was late|were late|blocked us|blocked me|(?:undermined|sabotaged|undercut) (?:her|him|them|me|us|my|our|the|every)|(?:didn't|doesn't|don't|wouldn't|won't) (?:tell|warn|test|listen|read|respond|do their|engage|understand|care|hire|back (?:me|us) up)|never (?:told|warned|tested|listened|responded|backed (?:me|us) up)|(?:was|were) (?:completely |totally |just |so )?(?:incompetent|useless|careless|sloppy|the problem|to blame|terrible|toxic|out of touch|clueless|under-?performing))`,
    String.raw`\b(?:their|his|her|the \w+(?:'s|s') ) ?fault\b`,
    // "If they had done their job": the counterfactual that puts the whole outcome on someone else.
    String.raw`\bif (?:my |the |our |other )?(?:[\w-]+ ){0,2}(?:had|would have|'d) (?:just )?(?:listened|done (?:their|his|her) (?:jobs?|part|work|reviews?|homework|testing|checks?)|delivered|paid attention|staffed it|told (?:me|us))\b`,
    // The same counterfactual in other words: "if they had followed the escalation process, it would have been a P2".
    String.raw`\bif (?:they|he|she|(?:the|our|my) (?:[\w-]+ )?[\w-]+)(?: had|'d) (?:just |only |simply |actually )?(?:followed|done what|staffed|trained|read|checked|tested|raised|escalated|logged|reported|warned|asked|given|listened|delivered|paid attention|committed|stuck to|locked|planned|kept to)\b[^.;]{0,80}\b(?:would have|would've|wouldn't have|(?:we|i|it)'d have)\b`,
    // "The support manager also hadn't told her team": the omission is theirs, told right after its subject.
    String.raw`\b(?:they|he|she|(?:the|their) (?:[\w-]+ ){0,2}(?:managers?|supervisors?|teams?|staff|crews?|departments?|leads?|vendors?|providers?|partners))(?: also| never| still| even)? (?:hadn't|had not) (?:told|warned|tested|checked|read|passed on|mentioned)\b`,
    // Their character or their side, not the events: "HR always protects managers", "was too checked out to notice",
    // "took credit for the layer I built", "frankly not qualified for the job", "a culture of yes-men".
    String.raw`\b(?:hr|management|leadership|they|he|she) always (?:protects?|covers? for|sides? with|backs?)\b|\b(?:manager|boss|lead|director|vp) was too (?:checked out|busy|lazy|distracted|weak) to (?:notice|care|help|listen|act)\b|\btook credit for (?:the |my )?(?:[\w-]+ ){0,3}(?:i|we) (?:built|wrote|did|made|designed|led|shipped)\b|\b(?:was|were|is|are),? (?:frankly,? |honestly,? |simply |just )?(?:not qualified|unqualified|out of (?:her|his|their) depth|not up to the job)\b|\b(?:a|the) culture of (?:yes-men|blame|fear|politics|mediocrity|cover-ups?|padding|sandbagging|excuses|low standards|entitlement)\b`,
    // The other person's way of doing it named as the real issue: "the way they raised it was the real issue".
    String.raw`\b(?:they|he|she|their|his|her|the way (?:they|he|she))\b[^.;]{0,40}\bwas the (?:real|actual|bigger|whole) (?:issue|problem|cause)\b`,
    String.raw`\b(?:can't|cannot|couldn't|can never) (?:rely on|trust) (?:other|managers|people|anyone|(?:[\w-]+ ){1,2}(?:teams?|departments?|managers?))`,
    // Their work was the problem, and the lesson is to trust them less.
    String.raw`\btheir (?:[\w-]+ ){0,2}(?:was|were) (?:completely |totally |simply |just |so )?(?:wrong|useless|broken|a mess|incompetent|clueless)\b`,
    String.raw`\b(?:stopped|stop) (?:taking|trusting) (?:\w+'s|their|his|her|anyone's) (?:word|estimates?|numbers?)|so it's clear whose (?:call|fault|decision) it (?:was|is)\b`,
    String.raw`\b(?:upper management|management|leadership|hr|recruiting|product|qa|engineering|marketing|sales|ops|operations|design|finance|legal|security|they|he|she|the (?:\w+ )?team|the reviewers?|my manager|the pm) (?:should (?:really |just )?have|should've)\b`,
    // The told-you-so: "I said it was risky, but nobody listened"; "there was no point arguing with him".
    String.raw`\b(?:nobody|no one) (?:listened|would listen|cared)\b|\bno point (?:in )?(?:arguing|talking|trying to reason|going|speaking|raising it|telling) (?:to |with )?(?:him|her|them)\b|\bnever held (?:him|her|them) accountable\b|\b(?:none of (?:the people|them|those)|nobody|no one)\b[^.;]{0,40}\b(?:ever )?(?:took|takes|accepted|owned) (?:any )?(?:responsibility|ownership|the blame)\b|\b(?:the (?:[\w-]+(?:'s|s') )|their |his |her )(?:[\w-]+ )?(?:estimates?|quotes?|forecasts?) (?:was|were) (?:padded|inflated|sandbagged)\b|\b(?:the|our|their) (?:[\w-]+ )?(?:partners?|vendors?|contractors?|suppliers?|agency|other team) (?:also |then )?missed (?:two|three|several|every|both|all|their|its|the|\d+) (?:[\w-]+ )?(?:milestones?|deadlines?|dates?|handoffs?)\b|\b(?:a|an) (?:leadership|management|process|organi[sz]ational|culture|cultural) failure\b`,
    String.raw`\b(?:sent|gave) (?:us|me) (?:weak|bad|wrong|terrible)\b`,
    // The failure put on someone else's part, or their objection on their motives: "mostly because HR's onboarding was
    // non-existent", "his objection was political", "the environment failed her".
    String.raw`\bbecause (?:of )?(?:hr|management|leadership|the (?:[\w-]+ ){0,2}(?:team|lead|manager|department|org))(?:'s)? (?:[\w-]+ ){0,2}(?:was|were) (?:completely |totally |basically )?(?:non-?existent|broken|terrible|a mess|useless|chaotic)\b|\b(?:his|her|their) (?:objection|push-?back|concern|criticism|complaint) was (?:purely |just |really |honestly |mostly |entirely )?(?:political|personal|petty|self-serving|territorial)\b|\bthe (?:environment|system|org|organi[sz]ation|company|process|culture) failed (?:her|him|them|me|us)\b`,
    String.raw`\bif (?:they|he|she|(?:the )?[\w-]+ team|finance|management|legal|hr)'d (?:just )?(?:done|listened|delivered|paid attention|told|staffed|created|built|given|let|allowed)\b`,
    String.raw`\b(?:blame|blamed|blaming) (?:the|them|him|her|my|our|that|this)\b`,
    String.raw`\bbecause (?:of )?(?:them|him|her|the (?:pm|vendor|other team|\w+ team|client|manager|qa))\b`,
    // Disparaging the other person instead of saying what happened: "the worst manager I've had".
    String.raw`\b(?:he|she|they|(?:my|our) (?:old |former |previous |new )?(?:manager|boss|director|lead|vp|team lead|pm|colleague|co-?worker))\b[^.;]{0,25}?\b(?:was|were|is|are) (?:honestly |really |just |simply )?(?:the worst|toxic|incompetent|clueless|hopeless|impossible to work with)\b`,
    String.raw`\b(?:he|she|they|(?:my|our) (?:old |former |previous )?(?:manager|boss|director|lead|vp))\b (?:\w+ )?(?:micromanaged|took credit for)\b`,
    String.raw`\b(?:been |was |were |being )?set (?:me |us |him |her |them )?up to fail\b`,
    // Putting the breakdown on the other person's character: "some people cannot handle being told".
    String.raw`\b(?:some|certain) people (?:just )?(?:can't|cannot|don't|won't|never) (?:handle|take|accept|be reasoned with)\b|\b(?:she|he|they) made it personal\b`,
    // "Leadership not listening to the people doing the work"; "people like him"; "from day one they were a disaster".
    String.raw`\b(?:leadership|management|the business|(?:my|our|the) (?:[\w-]+ )?(?:manager|boss|vp|director|leads?|executives?)) not listening\b|\b(?<!(?:surrounded by|around|among|near|learn from|hire more|work with more) )people like (?:him|her|them)\b|\b(?:they|he|she|the (?:vendor|partner|contractor|agency|consultants?|supplier)) (?:were|was) (?:a |an )?(?:complete |total |absolute |utter )?(?:disaster|nightmare|joke)\b`,
    // "He simply couldn't take feedback"; "some people just aren't coachable".
    String.raw`\b(?:he|she|they) (?:simply |just )?(?:couldn't|can't|cannot|wouldn't|won't) (?:take|handle|accept) (?:feedback|criticism|being (?:corrected|told|challenged)|the truth)\b|\b(?:aren't|are not|isn't|is not|wasn't|was not|weren't) (?:very |really )?(?:coachable|teachable)\b`,
    // "Technically I pressed the button, but the failure was the platform team's documentation."
    String.raw`\bthe (?:real )?(?:failure|fault|mistake|error) (?:was|lay|lies) (?:with )?(?:entirely |all |completely )?(?:the (?:[\w-]+ ){0,2}(?:team|team's|manager|manager's|vendor|vendor's|process|documentation|runbook)|their|his|her|theirs|management|leadership)\b`,
    // Round 19: the hold-up put on the people who had to sign ("my VP would not sign off", "finance kept asking for
    // more", "if leadership had been able to make a decision"), the colleague who "was so slow", and the verdict on
    // people who "just aren't cut out for" it.
    String.raw`\b(?:they|he|she|(?:my|our|the) (?:[\w-]+ )?(?:vp|director|manager|boss|cto|ceo|cfo|leadership|lead|owners?)|leadership|management|ownership|legal|finance|procurement|hr)\b[^.;]{0,20}?\b(?:would not|wouldn't|refused to) (?:sign off|approve|decide|commit|make (?:a|the) (?:decision|call))\b`,
    String.raw`\bif (?:leadership|management|hr|legal|finance|procurement|the business|they|he|she)(?: had|'d) (?:just |only |simply |actually )?(?:been able to|made (?:a|the) (?:decision|call)|decided|signed off|approved|moved)\b`,
    String.raw`\b(?:finance|legal|hr|procurement|management|leadership|they|he|she|the (?:pm|product manager|client|customer|vendor))\b[^.;]{0,20}?\bkept (?:adding|asking for more|moving)\b`,
    String.raw`\b(?:some|certain) people (?:just |simply )?(?:aren't|are not|weren't|were not) (?:cut out|built|made) for\b|\b(?:he|she|they|colleague|teammate|peer|contractor|vendor)\b[^.;]{0,40}?\b(?:was|were) (?:so|painfully|incredibly) slow\b`,
    // Round 20: the outcome put on someone else's account ("that was down to the product team"), the boss who
    // "wouldn't hear it", the colleague as "the most arrogant person I've ever worked with", the failure filed as "a
    // leadership and vendor problem", and the concern "raised four times" (or escalated, or chased) that carries the
    // told-you-so.
    String.raw`\b(?:was|were) (?:all |entirely |mostly |largely |really )?down to (?:the|their|them|him|her|his|(?:my|our) (?:[\w-]+ )?(?:manager|boss|team|vp|director|lead))\b|\b(?:they|he|she|the (?:[\w-]+ )?(?:vp|director|manager|boss|cto|ceo|architect|lead|team|client|vendor))\b[^.;]{0,20}?\b(?:wouldn't|would not|refused to) hear (?:it|of it|any|anything|me|us|a word)\b`,
    String.raw`\bthe most (?:arrogant|difficult|toxic|incompetent|stubborn|political|unreasonable|egotistical|defensive) (?:person|man|woman|manager|engineer|architect|boss|colleague|leader|people)\b|\bwas (?:a|an) (?:leadership|management|vendor|supplier|procurement|governance|organi[sz]ational|structural|culture|cultural|political)(?:(?:,| and| or) (?:a |an )?[\w-]+){0,2} (?:problem|issue|failure)\b|\bi (?:raised|escalated|chased|flagged) (?:it|this|that|them|him|her|concerns?|the (?:issue|risk|problem))\b[^.;]{0,40}\b(?:\d+|two|three|four|five|six|several|multiple|many|repeated) times\b`,
    // Round 21: the fix put on someone else's counterfactual ("if the PM had written a proper spec", "if leadership had
    // backed me"), "leadership letting PMs skip discovery", "I told HR and they did nothing", a colleague who "was
    // frankly lazy", and the lesson "I can't rely on them".
    String.raw`\bif (?:the |my |our )?(?:pm|product manager|manager|boss|client|vendor|leadership|management|hr|director|vp|company|business|[\w-]+ team|they|he|she|(?:the )?[\w-]+ and the [\w-]+)(?: had|'d) (?:just |only |actually |simply )?(?:written|done|given|provided|followed|told|listened|backed|supported|communicated|announced|planned|tested|read|staffed|hired|funded|shared|kept|made|spent|taken|invested|stepped in|trained)\b|\b(?:leadership|management|the company|the org) (?:letting|allowing)\b`,
    String.raw`\b(?:they|he|she|hr|management|leadership|legal|finance)\b (?:did|have done|had done|has done) (?:absolutely )?nothing\b|\b(?:the other(?: one)?|he|she|they)\b[^.;]{0,20}?\b(?:was|were|is|are) (?:frankly |honestly |just |simply |plain |plainly |basically )?lazy\b|\bi (?:can't|cannot|couldn't|can no longer) (?:rely on|trust|count on) (?:them|him|her|other teams|others|other people|anyone)\b`,
    // Round 22: a boss who "ran meetings where nobody could speak" and "had decided before anyone walked in"; a team that
    // "never gave him access"; an agency that "delivered the screens three weeks late", a vendor that "under-staffed the
    // cycle"; "we told you so" put in the panel's mouth; the lesson that "you have to hold vendors to their contracts".
    String.raw`\b(?:meetings|a room|rooms|a culture|a team|an org) where (?:nobody|no one) could (?:speak|talk|disagree|object|push back|say anything)\b|\b(?:already|had) decided before (?:anyone|we|i|everyone) (?:walked|came|got)\b|\bnever gave (?:him|her|them|me|us|the team) (?:[\w-]+ )?(?:access|permissions?|the budget|the time|a chance|support)\b|\b(?:the|our|their) (?:[\w-]+ )?(?:agency|vendor|supplier|contractor|partner)s? (?:delivered|shipped|sent|handed over) (?:[\w-]+ ){0,5}late\b|\b(?:under-?staffed|understaffed) (?:the|their|its)\b|\bwe told you so\b|\bthe lesson (?:for me )?(?:was|is) that you (?:have to|need to|must|should) hold (?:vendors|agencies|suppliers|partners|people|them|others)\b`,
    // Round 23: the other person "completely botched it", "that's what happens when you don't deliver", a vendor's
    // sign-off "which is frankly their job", "the record shows I raised it", and the lesson that "vendors need to be held
    // to their contracts" or that "leadership needs to create a culture" — every fix and fault outside oneself. The
    // "their job" form here also covers round 20's narrower "which was their job to".
    String.raw`\b(?:he|she|they)(?: completely| totally| basically| just| badly)? (?:botched|bungled|butchered|fumbled|mangled|wrecked|blew) (?:it|the|his|her|their)\b|\bthat's (?:what happens|what you get) when (?:you|people|someone|they|he|she|teams?) (?:don't|do not|doesn't|can't|won't|fail to|ignore|skip|cut)\b|\b(?:which|that) (?:is|was) (?:frankly |literally |honestly |really |exactly |precisely |kind of |basically )?(?:their|his|her|the [\w-]+'s) (?:whole |entire |actual |literal )?(?:job|responsibility)\b|\b(?:the|my) (?:record|paper trail|emails?|thread|ticket|channel|minutes|notes|slack|chat(?: log)?|history) (?:clearly )?(?:shows?|proves?|will show) (?:that )?i (?:raised|flagged|warned|said|called|told|mentioned|predicted)\b|\b(?:vendors|agencies|suppliers|partners|contractors|people|teams|they|others|other teams) (?:need|have|has|needs|must|should) (?:to )?be held (?:to (?:their|the) (?:contracts?|commitments?|word|promises|slas?)|accountable)\b|\b(?:leadership|leaders|management|the company|executives|senior leaders|my (?:manager|boss|director)) (?:needs?|has|have|must|should) (?:to )?(?:create|build|foster|listen|change|learn|stop|start|fix|do better|shield|protect|back)\b`,
    // Round 24: "an insane way to run a team", "which the recruiter should have caught", bad planning "upstairs" that
    // lands on "the people doing the actual work", "if the PM had scoped it properly", "QA had done their job", "just
    // deflection on their side", and "it took three escalations before they admitted it".
    String.raw`\b(?:insane|crazy|ridiculous|absurd|terrible|idiotic|stupid|awful) way to run (?:a|an|the) [\w-]+\b|\bno way to run (?:a|an|the)\b|\b(?:which|that|something|what) (?:the |my |our |their |any )?(?:[\w-]+ )?(?:recruiter|vendor|client|qa|tester|reviewer|director|manager|lead|architect|contractor|agency|supplier|partner|team|ops|analyst|designer|pm|auditor|hr)s? (?:should|could|would) (?:really |easily |obviously |surely |definitely )?have (?:caught|spotted|flagged|noticed|checked|seen|stopped|tested|covered|warned)\b|\b(?:planning|chaos|dysfunction|politics) (?:upstairs|at the top|from above)\b|\bthe people (?:doing|who do|who did) the (?:actual|real) work\b`,
    String.raw`\bif (?:(?:the|my|our|their) (?:[\w-]+ ){1,2}|qa |legal |finance |hr |ops |product |leadership |management |they |he |she )(?:had|'d) (?:just |only |actually |simply )?(?:scoped|estimated|specified|reviewed|caught|covered|documented|communicated|coordinated) (?:it|this|that|the|their|his|her|properly|correctly)\b|\b(?:had|'d) (?:just |actually |simply )?done (?:their|his|her) (?:jobs?|part|homework)\b|\b(?:deflection|spin|excuse-making|blame-shifting|finger-pointing) (?:on|from) (?:their|his|her) (?:side|part|end)\b|\bit took (?:\w+ )?(?:escalations?|emails?|meetings?|tries|attempts|pings|reminders|calls)\b[^.;]{0,40}\bbefore (?:they|he|she|the [\w-]+(?: team)?) (?:finally )?(?:admitted|accepted|acknowledged|conceded|owned|took responsibility)\b`,
    // Round 25: the director who "changed the character style twice after sign-off", the outsourcing house that
    // "delivered animations six weeks late", the head who "cut my QA budget", the analyst "who was supposed to
    // spot-check it" and didn't, "nobody on their side had told us", a colleague "impossible to give feedback to" who
    // "made it all about me", and leadership that "let one person's temper set the tone".
    String.raw`\b(?:our|the|their|my) (?:[\w-]+ ){0,2}(?:director|manager|lead|client|pm|boss|head|vp|designer|customer|stakeholders?)s? (?:changed|rewrote|reversed|flipped) (?:the )?(?:[\w-]+ ){0,2}(?:style|direction|brief|designs?|specs?|requirements|scope|plan|priorities)\b[^.;]{0,30}\b(?:twice|three times|again|after (?:sign-?off|approval))\b|\b(?:the|our|their) (?:[\w-]+ ){0,2}(?:house|studio|shop|firm|team|department)s? (?:delivered|shipped|sent|handed over) (?:[\w-]+ ){0,5}late\b|\b(?:the|our|my) (?:[\w-]+ ){0,2}(?:head|director|manager|vp|cfo|ceo|leadership|management|finance)\b (?:then |also |suddenly )?(?:cut|slashed|halved|pulled) (?:my|our) (?:[\w-]+ )?(?:budget|headcount|funding|staff)\b`,
    String.raw`\b(?:who|that) was supposed to\b[^.;]{0,60}\b(?:didn't|did not|never|failed to)\b|\b(?:nobody|no one) (?:on|from) (?:their|the other|the vendor's|the client's|the partner's) side (?:had |ever )?(?:told|warned|mentioned|said|flagged)\b|\b(?:was|were|is|are) (?:simply |just |frankly |completely )?impossible to (?:give feedback to|talk to|reason with|please|disagree with)\b|\b(?:she|he|they) made (?:it|the whole thing|everything) (?:all )?about (?:me|her|him|them)(?:self|selves)?\b|\b(?:leadership|management|the company|the agency|the business|hr) (?:let|allowed) one (?:person|man|woman|individual)(?:'s)?\b`,
    // Round 26 (with a refit): the lesson drawn about others, "the lesson is that vendors need to be held to specs",
    // "the takeaway for me was that leadership at that company just didn't prioritise", "platform teams need…".
    String.raw`\bthe (?:real |big |main |key |biggest )?(?:lesson|takeaway)(?: here| for me)? (?:is|was) (?:that )?(?:the |some |other |our |their )?(?:vendors?|suppliers?|agencies|partners|contractors|companies|organi[sz]ations|leaders(?:hip)?|management|executives|(?:platform |other |product |sales )?teams|(?:[\w-]+ )?managers)(?: there| at that company)? (?:need|needs|must|should|have to|has to|don't|didn't|doesn't|just didn't|really need)\b`,
    // Round 26 (frozen fit): clinics that "should have read the notices", a portal "weeks behind what they had
    // promised", a vendor that "pushed it without proper
    // testing" and a director who "signed it off without reading it", "nobody upstairs read it", a survey that was
    // "theatre that leadership set up", and leadership that "cared more about complaints than stability".
    String.raw`\bthe (?:[\w-]+ ){0,2}(?:clinics?|vendors?|clients?|customers?|partners?|suppliers?|agenc(?:y|ies)|contractors?|regulators?|teams?|departments?|offices?) should have (?:read|met|checked|updated|caught|followed|tested|delivered|listened)\b|\b(?:weeks|months|days) behind what (?:they|the [\w-]+|he|she) (?:had )?(?:promised|committed to|agreed)\b|\b(?:the|our|their) (?:[\w-]+ ){0,2}(?:vendor|director|manager|team|client|contractor|supplier|lead|qa|ops|head|vp)s? (?:pushed|shipped|released|deployed|signed|approved|merged) (?:it |the [\w-]+ )?(?:off )?without (?:proper |any |even )?(?:testing|reading|review|checking|qa|looking)\b|\b(?:nobody|no one) (?:upstairs|in leadership|at the top|in management) (?:read|listened|cared|looked|noticed|asked)\b|\b(?:theatre|theater|box-ticking|a formality|for show) (?:that|which) (?:leadership|management|they|the director|my manager|senior leadership|the [\w-]+ team) (?:set up|ran|staged|organi[sz]ed|wanted)\b|\b(?:leadership|management|the (?:director|board|executives|exec team|company)) cared more about (?:[\w-]+ ){1,3}than\b`,
    // Round 27: the boss who "should have pushed back on HR instead of passing it down", the principal "who always
    // protected him" and "never admitted it was his call", a junior who "never learned to check his details", "a culture
    // of protecting favourites", an owner who "never gave her any proper onboarding", "HR imposed a forced curve", and
    // vets who kept booking round the desk, "which I had asked them to stop doing many times".
    String.raw`\b(?:my|our|the) (?:[\w-]+ )?(?:director|manager|boss|vp|gm|principal|owner|head(?: of [\w-]+)?|founder|partner|lead|ceo|cto)(?:'s)? should have (?:pushed back|stood up|said no|fought|stopped|protected|escalated|challenged|shut (?:it|this|that|them|him|her) down|stepped in|dealt with|put a stop)\b|\bwho (?:always )?(?:protected|covered for|shielded) (?:him|her|them)\b|\bnever (?:admitted|owned up to|accepted) (?:that )?(?:it was |the (?:call|decision) was )?(?:his|her|their) (?:call|fault|decision|mistake|doing)\b|\b(?:he|she|they|the (?:[\w-]+ )?(?:junior|designer|engineer|analyst|hire|intern|developer|contractor)) never learned (?:to|from)\b|\ba culture of (?:protecting|shielding|covering for|favouring|favoring) (?:favourites|favorites|its own|certain people|seniors?|managers?|partners)\b|\ba culture of (?:favouritism|favoritism|blame)\b|\bnever gave (?:him|her|them|me|us) (?:any |a )?(?:proper |real |decent )?(?:onboarding|training|support|guidance|handover|direction|context)\b|\b(?:hr|management|leadership|finance|the company|corporate|head office) imposed\b|\b(?:which|as) i(?:'d| had)? (?:already )?(?:asked|told|warned|begged|reminded) (?:them|him|her) (?:to stop|not to|about it|many times|several times|repeatedly)\b`,
    // Round 28: "forecasts other people had wrecked", "leadership didn't want to hear it", "operations never fixed their
    // reporting", "exactly as I'd warned", a producer who "didn't want to rock the boat", HR "who never returned my
    // calls", "a failure of the production's leadership", hiring that "needs proper ownership from the people whose job
    // it actually is", release decisions that "shouldn't be made by people outside engineering", "a process failure on
    // their side", a release manager who "switched it on for all 90,000 members without telling me".
    String.raw`\b(?:other people had (?:wrecked|ruined|broken)|(?:leadership|management) didn't want to hear|never fixed their|exactly as i(?:'d| had) warned|(?:never|didn't) returned? my calls|didn't want to rock the boat|a failure of (?:the )?(?:[\w']+ )?leadership|the people whose job it (?:actually|really) is|shouldn't be made by people outside|(?:failure|problem|issue|gap) on their (?:side|end)|(?:switched|turned|rolled|pushed|shipped) it (?:on|out)\b[^.]{0,60}\bwithout telling (?:me|us))\b`,
    // Round 29: a GM who "kept overriding rates", a front desk that "refused to use the new rate codes", "if the team
    // had been willing to adopt it", criticism that "came entirely from his own insecurity", disputes that "traced back
    // to rates she had loaded wrong". (Its "the GM should have shut it down", "leaders need to shield" and "no point
    // talking to him" widen the round-27, round-23 and told-you-so branches.)
    String.raw`\b(?:they|he|she|(?:the|their|my|our) (?:[\w-]+ ){0,2}[\w-]+) (?:kept|keeps) (?:overriding|undermining|bypassing|second-guessing|ignoring)\b|\bthe (?:[\w-]+ )?desk (?:refused|wouldn't|would not|kept)\b|\bif (?:the|my|our) (?:[\w-]+ ){0,2}(?:had|'d) (?:been willing|bothered) to\b|\bcame (?:entirely |purely |only |all |mostly |just )?from (?:his|her|their) (?:own )?(?:insecurit(?:y|ies)|jealousy|ego)\b|\btraced (?:back )?to (?:(?:[\w-]+ ){0,3}(?:she|he|they) had|(?:her|his|their) (?:[\w-]+ )?(?:rates?|codes?|config\w*|data|setup|settings|entries|mistakes?|errors?|changes?))\b`,
    // Round 30: a vendor that "had promised their readers worked offline, and they didn't", a contractor who never
    // tested "the way they said they would", "the partners' execution let it down". (Its "operations should have
    // spotted", "ownership refused to sign off", "their duty managers hadn't read" and "a training problem on their
    // side" widen the round-23, round-19, hadn't-told and round-28 branches.)
    String.raw`\bpromised\b[^.;]{0,60}\band (?:they|he|she|it) (?:didn't|did not|wasn't|weren't|never did)\b|\b(?:the way|as|like) (?:they|he|she) (?:said|promised|claimed|told us) (?:they|he|she) would\b|\b(?:their|his|her|the [\w-]+(?:'s|s')) (?:[\w-]+ )?(?:execution|delivery|follow-through) (?:let (?:it|us|me|the [\w-]+) down|was (?:poor|sloppy|the problem))\b`,
    // Round 31: a late call "that was her own change", a scheduler who "had been badly trained by the previous
    // supervisor", a locum who "didn't read the notes I'd left", and "people just didn't read it" (the "just" is the
    // scorn: "I shipped it and people didn't use it" can be an owned failure); and a fitted blame
    // story the refit's cross-validation let reach Good on candor: "it was really the release manager's process that
    // failed" (its "the real lesson is that release managers need a checklist" widens round 26's).
    String.raw`\bit was (?:really |actually |honestly )?(?:the (?:[\w-]+ )?[\w-]+(?:'s|s') |their |his |her )(?:[\w-]+ )?(?:process|code|change|config|checks?|tooling|release|build|deploy) that (?:failed|broke|caused)\b|\b(?:that|which) (?:was|were) (?:his|her|their|the [\w-]+(?:'s|s')) own (?:change|call|mistake|doing|decision|fault|error|idea|plan)\b|\bhad been (?:badly|poorly|wrongly) (?:trained|onboarded|briefed|managed|taught) by\b|\bdidn't read (?:the|my) (?:[\w-]+ )?(?:notes|handover|docs|documentation|instructions|emails?|runbook|folder|checklist|brief) (?:that )?(?:i|we)(?:'d| had)? (?:left|written|sent|wrote|prepared)\b|\bpeople (?:just|simply) (?:didn't|did not|don't|won't|never) (?:read|follow|use|check) (?:it|them|the)\b`,
    // Round 32: sales and counsel signed it "and neither of them told engineering"; a contractor who "had been told
    // twice to check the backups"; records kept "against the procedure I'd written"; an integrator who "never tuned
    // the thresholds like they promised"; a producer who let him go "and told no one". (Who did it is checked in a
    // lookbehind once the rare words match, so the regex does not start work at every "the" or "they".)
    String.raw`\bneither of them (?:told|warned|flagged|mentioned|checked|asked|caught|noticed)\b|\b(?:had been|was|were|'d been) (?:told|asked|reminded) (?:twice|three times|four times|repeatedly|more than once|several times|again and again|multiple times|many times)\b(?<=\b(?:he|she|they|(?:the|our|my) (?:[\w-]+ ){0,2}[\w-]+) (?:had been|was|were|'d been) (?:told|asked|reminded) (?:twice|three times|four times|repeatedly|more than once|several times|again and again|multiple times|many times))|\b(?:against|despite|ignoring|contrary to) (?:the|my) (?:[\w-]+ )?(?:procedure|policy|process|instructions?|guidance|checklist|rules?|runbook|sop) (?:that )?(?:i'd|i had|i) (?:written|wrote|set|given|gave|put in place|sent|laid out|documented)\b|\bnever (?:[\w-]+ ){1,5}(?:like|as) (?:they|he|she) (?:had )?(?:promised|agreed|committed)\b|\band told (?:no one|nobody|no-one)\b(?<=\b(?:he|she|they|the (?:[\w-]+ ){0,2}(?:producer|manager|director|lead|vp|owner|founder|agency|vendor|hr|recruiter|client))\b[^.;]{0,80}and told (?:no one|nobody|no-one))`,
    // Round 33: a graphics lead who "kept saying it was in hand"; a station that "has under-staffed that department for
    // years"; a policy team "who wrote the credit rules without asking anyone"; "the lesson is that frontline trainers
    // need accurate material"; "if the vendor and security had moved at any normal speed it would never have happened".
    String.raw`\bkept(?<=\b(?:he|she|they|(?:the|their|our|his|her|my) (?:[\w-]+ ){0,2}(?!i\b|we\b)[\w-]+) kept) (?:saying|telling (?:me|us)|insisting|promising) (?:that )?(?:it|everything|things) (?:was|were) (?:in hand|fine|on track|under control|handled)\b|\b(?:has|had|have) (?:been )?(?:under-?staff(?:ed|ing)|under-?fund(?:ed|ing)|under-?resourc(?:ed|ing)) (?:that|the|this|their|our|its)\b|\bwho (?:[\w-]+ ){1,4}without (?:asking|telling|consulting|checking with|involving) (?:anyone|anybody|us|me)\b|\bthe (?:real |main |big )?lesson (?:is|was|here is) that (?:the |our |their |most )?(?:[\w-]+ ){0,2}(?:teams?|trainers?|people|vendors?|managers?|leadership|management|departments?|companies|organi[sz]ations|owners?|executives|leaders) (?:need|needs|should|must|have to|has to)\b|\bif (?:(?:the|our|their|his|her) )?(?:(?!i\b|we\b|you\b|it\b|this\b|that\b|there\b|only\b)[\w-]+ ){1,4}had [^.;]{1,60}?\b(?:it|this|that|none of (?:it|this|that)) would(?: never|n't| not)? have (?:happened|been (?:needed|a problem|an issue))\b`,
    // Round 34: a contractor's engineer on shift so long "which his company should never have allowed", ground staff
    // who "were slow to tell us", "if management had ever set up a proper way…" (round 33's counterfactual without
    // "the"), a cook who "couldn't take a joke", renewals that "are the lab manager's job", reminders sent "sixty days
    // out, which they didn't", a calendar "which is what I'd suggested a year earlier", "you can't rely on
    // administrative staff", and "the director should have aligned his messages". Who did it is checked, so "I should
    // never have allowed it" and "I was slow to tell them" stay owned; "which they didn't" counts only at the end of
    // its sentence, since "which they didn't like" or "…until February" is a detail, not an accusation.
    String.raw`\bshould never have (?:allowed|let|approved|signed off|permitted|agreed to|put)\b(?<=\b(?:he|she|they|management|leadership|(?:the|their|his|her|its) (?:[\w-]+ ){0,2}(?!i\b|we\b)[\w-]+) should never have (?:allowed|let|approved|signed off|permitted|agreed to|put))|\b(?:was|were) slow to (?:tell|warn|flag|report|respond|escalate|raise|notice|answer|reply|act|let)\b(?<=\b(?:the|their|his|her) (?:[\w-]+ ){0,3}(?!i\b|we\b)[\w-]+ (?:was|were) slow to [a-z]+)|\b(?:he|she|they) (?:just |simply )?(?:couldn't|could not|can't|cannot) take (?:a joke|criticism|feedback|the pressure|a bit of banter)\b|\b(?:is|are|was|were) (?:really |actually |technically |officially )?(?:the|their|his|her) (?:[\w-]+ ){0,2}[\w-]+'s job\b|, which (?:they|he|she) (?:didn't|did not|never did)(?=\s*(?:[.;!]|$))|\bwhich (?:is|was) (?:exactly |precisely )?what i(?:'d| had) (?:suggested|proposed|recommended|asked for|pushed for|argued for|been saying)\b|\byou can(?:'t|not) (?:rely|count|depend) on (?:the |other |your )?(?:[\w-]+ )?(?:staff|people|colleagues|admins?|others|administrators)\b|\b(?:the|his|her|their) (?:[\w-]+ ){0,2}(?:director|contractor|vendor|supplier|agency|office|chef|owner|client|company|pi|principal|board|chair|recruiter)s? should(?:'ve| have)\b`,
    // Round 35: "the outcome was down to a vendor that wasn't there when it mattered", a scheduler who left, "which
    // wasn't surprising given how she was treated by management" (matched from the negation, which is not a denial
    // here), "if the institution had a functioning review process, she would have known", paperwork "that was their
    // job", and the lessons "you can't trust property owners" and "you can't rely on a production office to do its
    // job". ("That was my job" stays owned; "you can't rely on vendors" is a lesson two genuine answers draw, so vendors
    // are not on the trust list.)
    String.raw`\bthe (?:outcome|result|failure|damage|rest|miss|outage|loss) was (?:all |entirely |really )?down to (?:a|an|the|their|our) (?:[\w-]+ ){0,2}(?:vendor|supplier|contractor|agency|office|team|technician|operator|company|partner|client|engineer|provider|department|manager|director)\b|\b(?:(?:wasn't|was not|isn't|not|no|hardly) (?:really )?(?:surprising|a surprise|surprise),? given )?(?:how|the way) (?:she|he|they) (?:was|were|had been) treated by (?:management|leadership|(?:the|her|his|their) (?:[\w-]+ )?(?:manager|director|team|company|leads?|boss|chef|owner|supervisor|partners?|founder))\b|\bif (?:the|our|their) (?:[\w-]+ )?(?:institution|company|organi[sz]ation|firm|hospital|school|museum|agency|business|studio|office|department|management|leadership|clinic|station) had (?:had )?(?:a|an|any|proper|ever)\b[^.;]{0,60}\bwould(?:n't| not| never)? have\b|\bthat was (?:their|his|her) (?:job|responsibility)\b|\byou can(?:'t|not) (?:trust|rely on|count on|depend on) (?:a |an |the )?(?:[\w-]+ ){0,2}(?:office|team|department|owners?|landlords?) to do (?:its|their|his|her) job\b|\byou can(?:'t|not) trust (?:[\w-]+ )?(?:owners|landlords|contractors|suppliers|clients|customers)\b`,
    // Round 36: "the depot managers had every chance to raise it and chose not to".
    String.raw`\b(?:they|he|she|(?:the|my|our|their) (?:[\w-]+ ){0,2}(?:managers?|leads?|team|teams|staff|vendor|client|director|reviewers?|owners?)) had every (?:chance|opportunity) to (?:raise|flag|object|comment|say|speak|push back|tell|read)\b`,
    // Round 38: an agency that "clearly hadn't checked his actual experience", a board chair who "pushed us to move
    // fast", a contractor that "is supposed to send a notice … and they simply didn't", a head office that chose it
    // "against our advice", a timeline "showing the contractor's failure", "if QA had tested on real store hardware …
    // none of it would have happened", and a post-mortem that "focused far too much on my code".
    String.raw`\b(?:the|their) (?:[\w-]+ ){0,2}(?:agency|agencies|contractors?|suppliers?|recruiters?|consultants?|vendors?|providers?|partners|qa|auditors?)(?: also| never| still| even| clearly| obviously| apparently| simply)? (?:hadn't|had not|didn't|did not|never) (?:bothered to )?(?:told|tell|warned|warn|tested|test|checked|check|read|vetted|vet|verified|verify|screened|screen)\b|\b(?:(?:my|our|the) (?:board )?chair|the board|(?:my|our|the) (?:founders?|owners?|investors?))\b[^.;]{0,20}?\b(?:pushed|pressured|forced|rushed) (?:us|me) (?:to|into)\b`,
    String.raw`\b(?:is|are|was|were) supposed to\b[^.;]{0,100}\b(?:and|but) (?:they|he|she) (?:simply |just |clearly |never )?(?:didn't|did not|never did|never)\b|\b(?:against|over) (?:my|our) (?:advice|recommendation|objections?|warnings?|protests?)\b|\bthe (?:[\w-]+ )?(?:contractor|vendor|supplier|agency|provider|partner|consultant|client)(?:'s|s') (?:failure|fault|mistake|negligence|error|incompetence|screw-?up|mess)\b`,
    String.raw`\bif (?!(?:i|i'd|we|we'd)\b)[^.;]{0,100}\bnone of (?:it|this|that) would(?: have|'ve) happened\b|\b(?:post-?mortem|retro(?:spective)?|review|investigation|report|rca)\b[^.;]{0,20}\b(?:focused|focussed|fixated|dwelt|concentrated) (?:far |way |much |a (?:bit|lot) )?too (?:much|heavily) on\b`,
    // Round 39: a hire company where "nobody on their side scheduled the collection" and a site manager who "never
    // checked the yard", a registrar who "hadn't chased it" after he "had assured me twice", a colleague who "had been
    // undermining me … behind my back", "that was on Lorraine for not reorganising", "if she had been a team player",
    // a schedule "our commercial team changed without telling planning", "suppliers will always take advantage".
    String.raw`\b(?:nobody|no one) on (?:their|the other) (?:side|end) (?:had |ever )?(?:scheduled|booked|checked|flagged|picked up|followed up|noticed|bothered|called|sent|chased|updated)\b|\b(?:our|their|the) (?:[\w-]+ ){0,2}(?:manager|supervisor|registrar|coordinator|administrator|planner|scheduler|officer|clerk|technician|lead|team|vendor|contractor|supplier)(?: also| simply| just)? (?:never|hadn't|had not|didn't|did not) (?:checked|check|chased|chase|followed up|follow up|returned|return|filed|file|submitted|submit|booked|book|renewed|renew|flagged|flag)\b|\bhad (?:assured|promised|guaranteed) (?:me|us) (?:twice|three times|repeatedly|several times|more than once)\b`,
    String.raw`(?<!\bi )(?<!\bwe )\bhad been (?:undermining|sabotaging|badmouthing|bad-mouthing|going behind|undercutting|second-guessing) (?:me|us|my|our)\b|\bbehind my back\b|\b(?:that|it|this) (?:was|is) (?:really |frankly |honestly |squarely |all )?on (?!me\b|us\b|myself\b)[\w-]+(?: [\w-]+)? for (?:not|failing|ignoring|refusing)\b`,
    String.raw`\bif (?:they|he|she|(?:the|my|our) (?:[\w-]+ )?[\w-]+)(?: had|'d) (?:just |only |simply |actually )?been (?:a team player|more (?:flexible|reasonable|honest|careful|organi[sz]ed|open)|willing|reasonable|upfront|straight with)\b|\b(?:(?:our|their|the) (?:[\w-]+ ){0,2}(?:team|department|office|manager|director|vendor|supplier|client|lead)s?|they|he|she) (?:had )?(?:changed|moved|cancelled|rescheduled|dropped|switched|altered|rewrote|updated) (?:[\w-]+ ){0,4}without (?:telling|warning|asking|consulting|informing)\b|\b(?:suppliers|vendors|contractors|agencies|clients|people|managers|staff) will always (?:take advantage|cut corners|try it on|do the minimum|push their luck)\b`,
    // Round 40: the first AD "is supposed to walk the PAs through it …, which she didn't do", "the problem was his
    // decision", the producer "tried to say my crew briefings were thin", "I told them it was a mistake and then went
    // along with it", "predictably the local crews didn't know our rig", "made sure I never worked with that producer
    // again", front-desk staff who "can't keep anything to themselves".
    String.raw`\b(?:is|are|was|were) supposed to\b[^.;]{0,100}\bwhich (?:they|he|she) (?:simply |just |clearly )?(?:didn't|did not|never did|never)\b|\bthe (?:real )?(?:problem|issue|mistake|failure) was (?:his|her|their|the (?:[\w-]+ )?(?:director|producer|manager|client|owner|board|vp|ceo|founder)'s) (?:own )?(?:decision|call|choice|plan|idea|doing)\b|\b(?:he|she|they|the [\w-]+) (?:tried|wanted) to (?:say|claim|argue|make out|suggest|pin it on|put it on|blame) (?:that )?(?:me|my|it was my|i)\b|\bi told (?:them|him|her|everyone) (?:it|this|that) was a (?:mistake|bad idea|bad call)\b`,
    // Round 41: a clinical director who "sat on it for six weeks" (someone else, not "I sat on it", which owns the
    // delay) and "the whole thing was mishandled from the top".
    String.raw`\bsat on (?:it|this|that|the (?:[\w-]+ )?(?:report|complaint|feedback|request|email|issue|ticket|escalation|decision)) for (?:weeks|months|days|(?:[\w-]+ )+?(?:days|weeks|months))\b(?<=\b(?:he|she|they|(?:the|my|our|their|his|her) (?:[\w-]+ )?(?:director|manager|lead|boss|head|vp|ceo|cto|cfo|founder|owner|team|hr|chair|supervisor|partner|client|vendor|agency|board|editor|producer)) (?:just |simply |then |basically )?sat on [^.;]{2,60})|\b(?:was|were|got|had been) (?:badly |completely |totally )?mishandled (?:from the top|(?:from|at|by) (?:the top|above|upstairs|leadership|management|(?:the|our|their) (?:[\w-]+ )?(?:director|directors|leadership|management|board|manager|head office|execs?|executives)))\b`,
    // Round 42: "the chain's people never once told me", "a good lesson in how badly some firms run their people
    // processes", an ordering portal "our owner refused to pay for", drivers late "because dispatch kept changing the
    // schedule". (Who did it is in the pattern: "I never once told her" owns the silence.)
    String.raw`\b(?:they|he|she|their (?:[\w-]+ )?(?:people|team|side)|(?:the|our) (?:[\w-]+(?:'s|s') )?(?:people|client|customer|team|buyer|partner))(?: just)? never once (?:told|warned|mentioned|said|flagged|raised|asked)\b|\blesson in how (?:badly|poorly) (?:some|other|most|many|these|those|certain) (?:[\w-]+ )?(?:firms|companies|organi[sz]ations|teams|managers|people|businesses|places|clients|partners|owners)\b|\b(?:my|our) (?:[\w-]+ )?owners? (?:refused|wouldn't|would not) (?:to )?(?:pay|fund|invest|approve|sign off|spend)\b|\bdispatch kept changing\b|(?<!\b(?:i|we)(?: just| also| then| still)? )\bkept changing the (?:schedule|rota|timetable|routes?)\b`,
    String.raw`\bpredictably,? (?:the|their|they|he|she|our)\b[^.;]{0,40}\b(?:didn't|did not|couldn't|could not|failed|never|weren't|wasn't)\b|\bmade sure i never (?:worked|work) with (?:that|the|him|her|them)\b|\bcan't keep anything to themselves\b`,
  ],
  // Deflection is blame-shaped even though it is written as a negation.
  deflection: [
    // "Honestly this one wasn't on me" (round 30) says the same.
    String.raw`\b(?:wasn't|was not|isn't|is not|not) (?:really )?my fault\b|\b(?:wasn't|was not|isn't|is not) (?:really )?on me\b`,
    String.raw`\b(?:out of|outside(?: of)?) my (?:control|hands)\b|\b(?:wasn't|was not|weren't|were not|not) (?:in|within) my control\b`,
    String.raw`\b(?:wasn't|was not) (?:really )?my (?:choice|call|decision)\b|\bi(?:'d| had) done my part\b`,
    String.raw`\b(?:wasn't|was not|isn't|is not) (?:a |an )?(?:[\w-]+ )?(?:problem|issue|fault|failure|mistake|error) on (?:our|my) (?:side|part|end)\b|\bonly became a (?:problem|issue)\b[^.;]{0,10}\bbecause\b`,
    // "Nothing I could do"; round 42: "none of that was anything I could control", "I was just the one who had to take the
    // calls", "I'd done everything right on my side".
    String.raw`\bnothing(?: else)? i could (?:do|have done|control|have controlled|change|have changed|have prevented|prevent)\b|\b(?:none of (?:that|this|it) was (?:anything|something)|not something) i could (?:control|have controlled|change|have changed|have prevented|prevent)\b|\bi was (?:just |only |simply )?the one who (?:had to|got to|was left to) (?:take|field|answer|handle|deliver|break|explain)\b|\bi(?:'d| had) done everything (?:right|correctly|by the book)\b|\beverything (?:right|correctly) on my (?:side|end|part)\b`,
    // "I wouldn't really say I sat on it"; "the worst call wasn't really mine"; "if I'd been allowed to".
    String.raw`\bi (?:wouldn't|would not|don't|do not) (?:really |necessarily )?(?:say|call it|think) (?:that )?(?:i|it was|that was)\b|\b(?:wasn't|was not|isn't|is not) (?:really )?mine\b|\bif i(?:'d| had) been allowed\b|\bby the time i was allowed\b|\bprocess getting in the way\b`,
    String.raw`\bi (?:always )?(?:did|was doing|do) (?:everything|my part|my job) (?:right|correctly)\b`,
    String.raw`\bi(?:'ve| have)? never (?:really )?(?:been the (?:problem|issue|cause)|caused (?:an?|the|any)|made (?:a|any) (?:real )?mistakes?)\b`,
    String.raw`\b(?:inherited|cleaning up) (?:their|his|her|other people's|someone else's) (?:mistakes|mess)\b`,
    String.raw`\b(?:the )?root cause was (?:that )?(?:the (?:\w+ )?(?:team|reviewers?|process|vendor|pm|qa)|they|he|she|someone else)\b`,
    String.raw`\bif the process had worked\b`,
    // Round 38: "the timeline wasn't really ours either"; "I wouldn't really call it my change".
    String.raw`\b(?:wasn't|was not|isn't|is not|weren't|were not) (?:really |entirely |fully )?ours\b|\bi (?:wouldn't|would not|don't|do not) (?:really |necessarily |exactly )?call it (?:my|mine|a mistake|a failure)\b`,
    // Round 39: "I was really only passing on what I'd been told", "I can only decide with the information people give
    // me", "I went on the information I was given".
    String.raw`\b(?:i was|i'm|i am) (?:really |just |only )*passing on what\b|\bi (?:can|could) only (?:decide|act|work|go|plan) (?:with|on|from) (?:the )?(?:information|data|facts|what)\b|\bi went on the information i was given\b`,
    // Round 40: "the real failure was upstream", "I just happened to be the one delivering the news", "I did what I was
    // supposed to do" (round 41: "I did exactly what you're supposed to do").
    String.raw`\bthe (?:real |actual )?(?:failure|problem|issue|mistake|fault) (?:was|lay|lies|is|sat) (?:further |way )?(?:upstream|elsewhere|higher up|above me|above my head)\b|\bi (?:just |only |simply )?happened to be the (?:one|person|messenger)\b|\bi did (?:exactly |just |only |precisely )?what (?:i was|you're|you are|you were|anyone is|anyone would be) (?:supposed|asked|told|meant|paid|expected) to do\b`,
    // "The root cause was a security function that couldn't scale"; "I don't think there was anything more I could
    // have done".
    String.raw`\b(?:the )?(?:root cause|real problem|problem|trouble|failure|real failure|real issue|issue) was (?:a|an) (?:[\w-]+ ){0,2}(?:team|function|department|organi[sz]ation|org|culture|leadership|management)\b|\b(?:(?:don't|do not) think there was|there (?:wasn't|was not|isn't|is not)) (?:really )?(?:anything|much) (?:more|else) (?:i|we) could (?:do|have done)\b|\b(?:little|not much) (?:anyone|anybody|i|we|one) could (?:do|have done)\b`,
    // "It failed, but not because of the hire decision"; "any lead would have failed there"; "the problem was her";
    // "it failed exactly as I said".
    String.raw`\bnot because of (?:the|my) (?:[\w-]+ )?(?:decision|call|plan|choice|design|hire|idea|estimate)\b|\b(?:any|anyone|anybody) (?:[\w-]+ ){0,2}would have (?:failed|struggled|drowned|sunk|floundered)\b|\bthe (?:real |whole )?(?:problem|issue) was (?:her|him|them)\b|\b(?:failed|happened|went|played out|turned out) exactly as i (?:said|predicted|warned|told)\b`,
    // The thing the candidate chose declared sound before anything else: "the plan itself was fine", "honestly the
    // advice was right", "the problem was never the advice".
    String.raw`\b(?:the (?:advice|plan|estimate|design|approach|idea|strategy|hire|hiring decision|call|decision|process) itself|honestly,? the (?:advice|plan|estimate|design|approach|idea|strategy)) was (?:fine|right|correct|sound)\b|\bthe (?:real )?(?:problem|issue|fault) (?:was never|never was|wasn't|was not) (?:the|my) (?:[\w-]+ )?(?:advice|plan|call|decision|estimate|design|idea|approach|code|work|strategy)\b`,
    // Self-exoneration: "I handled it as well as anyone could", "it should never have reached me", "I did
    // everything I could", and the lesson that others' mistakes are the problem.
    String.raw`\bas (?:well|much|hard) as anyone (?:could|would)\b|\bi was put in an? (?:impossible|no-win|untenable|terrible) (?:position|situation|spot)\b|\bshould never have (?:reached|landed on|come to|got to) me\b|\bi did everything i could\b|\bi was (?:misled|lied to|kept in the dark) by\b|\b(?:as|which) i (?:had )?(?:told|warned) (?:everyone|everybody|them|him|her|people|leadership|management)\b[^.;]{0,40}\bat the time\b|\b(?:other|another) (?:people's|person's|departments?'?|teams?'?) (?:mistakes|mess|errors)\b`,
    // Disowning the outcome while conceding the act: "the one that gets pinned on me", "my estimate was correct for
    // the scope I was given", "any reasonable person would have done the same".
    String.raw`\b(?:the one|it|that|the (?:outage|incident|miss|delay)) that (?:gets|got|was|is) (?:pinned|blamed) on me\b|\bmy (?:estimate|call|plan|decision|forecast|number|design|part) was (?:completely |totally |actually |perfectly )?(?:correct|right|sound|fine)\b|\bi was (?:completely|totally|100%|entirely|absolutely) right\b|\bany reasonable (?:person|engineer|manager|lead|pm|planner) would have\b`,
    String.raw`\b(?:the feedback|it|the criticism|that comment) was (?:really )?(?:unfair|not fair|wrong|off base|unjustified)\b|\bthe (?:real )?(?:issue|problem|cause)(?: at [\w ]{1,25})? was (?:that )?(?:(?:my|our) (?:[\w-]+ )?(?:manager|boss|lead|team|director|vp|pm|product manager|qa|client|vendor|cto|ceo|architect)|the (?:[\w'-]+ ){0,3}team|they|he|she|management|leadership|the structure|(?:a|the) broken (?:[\w-]+ )?(?:process|system)|(?:a|the) (?:[\w-]+ )?system that (?:let|allowed))\b|\bwas really about the (?:structure|process|org|team)\b`,
    // Round 21: "it wasn't really me being wrong", "not something I could have fixed", "the real problem was the
    // process", "my code was correct", "the reason it failed was that the platform team…", "that finding was wrong".
    String.raw`\b(?:wasn't|was not|isn't|is not) (?:really |actually )?(?:me (?:being wrong|who was wrong|that was wrong|at fault|who got it wrong|in the wrong)|(?:something|anything) i could (?:have )?(?:fixed|done|changed|prevented|controlled|stopped|solved))\b|\bthe (?:real )?(?:problem|issue|cause|failure) was (?:the process|the system|the culture|the org(?:anisation|anization)?|the structure)\b`,
    String.raw`\bmy (?:code|release|deploy|deployment|change|query|config|fix|commit|migration|script|logic|patch) was (?:completely |totally |actually |perfectly |100% )?(?:correct|right|sound|fine)\b|\bthe reason (?:it|this|that|the [\w-]+) (?:failed|broke|went down|happened|slipped|was late) was (?:that |because )?(?:the (?:[\w-]+ ){0,2}(?:team|vendor|client|department|manager|pm|qa|supplier)|they|he|she)\b|\b(?:the|that|this|their) (?:finding|conclusion|verdict|assessment|postmortem|post-mortem|root cause) was (?:just |simply |plainly |completely )?(?:wrong|incorrect|unfair|off base)\b`,
    // Round 22: "nobody could have changed that decision", "that wasn't about the hiring decision", "which says more about
    // the culture there than about me".
    String.raw`\b(?:nobody|no one|none of us) could have (?:changed|stopped|prevented|saved|fixed|swayed|moved)\b|\b(?:wasn't|was not|isn't|is not) (?:really |actually )?about (?:the|my) (?:[\w-]+ )?(?:decision|call|plan|choice|hire)\b|\bsays more about (?:the|their|his|her) (?:culture|team|company|org|organi[sz]ation|manager|managers|leadership)\b`,
    // Round 25: "which I still think was unfair", "any producer in that seat would have missed the dates", "given what I
    // was handed", "the root cause was the channel-manager vendor", "the real issue was that the agency…", and "like
    // everyone else in the studio, I ended up" going round her.
    String.raw`\bwhich i (?:still )?(?:think|believe|feel|maintain) (?:was|is) (?:unfair|unjust|harsh|wrong|undeserved)\b|\bany (?:[\w-]+ ){0,2}in (?:that|my|the same|his|her) (?:seat|position|role|shoes|situation|chair) would have\b|\bgiven what i was (?:handed|given|dealt)\b|\bthe root cause was (?:the|their|a|an) (?:[\w-]+ ){0,2}(?:vendor|supplier|partner|agency|contractor|client|customer|provider|team|analyst|department)\b|\bthe (?:real|actual|whole) (?:issue|problem|cause) was (?:that )?the (?:agency|company|studio|firm|business|culture|client|vendor|employer|department)\b|\blike (?:everyone|everybody) else(?: in the [\w-]+)?,? i (?:ended up|just|also|went)\b`,
    // Round 26 (frozen fit): "none of that was my decision", "it wasn't my plan", and "there really wasn't anything
    // more on our side that could have been done".
    String.raw`\b(?:none of (?:that|this|it) was|(?:it|that|this) (?:wasn't|was not)) my (?:decision|call|plan|idea|doing)\b|\b(?:there )?(?:really )?(?:wasn't|was not|isn't|is not) (?:anything|much) more (?:on (?:our|my) side )?(?:that )?(?:i |we )?could (?:have )?(?:been )?(?:done|do)\b|\bnothing more (?:i|we) could have done\b`,
    // Round 27: "the mess was really about how the clinic was run, not anything I left behind", "this one is really about
    // how our company ran reviews", and "I did everything I could inside a broken system".
    String.raw`\b(?:was|is) (?:really |all |mostly |more )?about how (?:the|our|that|my|their) (?:[\w-]+ )?(?:company|clinic|team|firm|org|organi[sz]ation|place|business|department|practice|studio|school|hospital|store|office|agency|group) (?:was (?:run|managed|organi[sz]ed)|(?:ran|managed|handled|did) )|\bnot (?:anything|something) i (?:left behind|did|caused|built|set up|handed over)\b|\b(?:inside|in|within) a (?:broken|dysfunctional|rotten|toxic) (?:system|process|culture|organi[sz]ation|company|org)\b`,
    // Round 29: not raising it "because there was no point".
    String.raw`\bbecause there was no point\b`,
    // Round 32: "frankly it shouldn't be my job"; telling the crew "it was above my pay grade".
    String.raw`\b(?:shouldn't|should not) (?:really |even )?(?:be|have been) my (?:job|responsibility|problem)\b|\babove my pay ?grade\b`,
    // Round 33: "I don't think there's much I could have done differently, since I'm not their manager", "I only
    // taught what I was given", "we'd done everything we could".
    String.raw`\b(?:don't|do not) think (?:there's|there is|there was) (?:much|anything) (?:more |else )?(?:that )?i could (?:have )?(?:done|do|changed)\b|\b(?:since|because|as) i(?:'m not| am not| wasn't| was not) (?:their|his|her) (?:manager|boss|lead|supervisor)\b|\bi (?:only|just|simply) (?:taught|did|followed|used|said|passed on|repeated|shipped|built|implemented|ran) what i was (?:given|told|handed|asked)\b|\b(?:we|i)(?:'d| had) done everything (?:we|i) could\b`,
    // Round 34: "I followed the procedure exactly", "I passed along exactly what each side asked me to send", a
    // comment made "same as anyone would".
    String.raw`\bi followed (?:the|our|their) (?:[\w-]+ )?(?:procedure|process|protocol|runbook|playbook|checklist|rules?|policy|instructions|sop) (?:exactly|to the letter|as written|correctly|perfectly)\b|\bi (?:only |just )?passed (?:along|on) (?:exactly |only |just )?what\b|\bsame as (?:anyone|anybody|everyone|everybody)(?: else)? would(?: have)?\b|\blike (?:anyone|everyone|anybody) else would(?: have)?\b`,
    // Round 35: "my hands were tied", "I made the only decision available to me", "exactly as our procedure says",
    // "by the time the decision came down from the director".
    String.raw`\bmy hands (?:were|are) tied\b|\bthe only (?:decision|call|choice|option) (?:available|open) to me\b|\bexactly as (?:our|the|their) (?:[\w-]+ )?(?:procedure|process|runbook|playbook|checklist|policy|protocol|sop) (?:says|said|requires|required|states)\b|\b(?:decision|call|order) came down from (?:the|my|our|above|head office|upstairs)\b`,
    // Round 36: "none of the steps that failed were mine", "the list was never my responsibility", "the process let it
    // through", "I built the happy path exactly as asked", "I did my part on time".
    String.raw`\bnone of the (?:[\w-]+ ){0,2}(?:that|which) (?:failed|went wrong|broke|slipped|were missed) (?:were|was) mine\b|\b(?:was|were) never my (?:responsibility|job|problem|area)\b|\bthe (?:process|system|review process) let (?:it|this|that|them) (?:through|slip)\b|\bexactly as (?:i was )?(?:asked|told|instructed|specified)\b|\bi did my (?:part|bit|job) (?:on time|as asked|as agreed|properly)\b`,
  ],
  // Unflattering self-disclosure that is not a mistake narrative: a truth admitted, a fix not yet made.
  admission: [
    // Plain admissions with no "mistake" word: knowing and not saying, being the one who did it, a harsh act.
    String.raw`\bi knew\b[^.;]{0,40}\b(?:i|we) (?:wouldn't|would not|couldn't|could not|weren't going to|wasn't going to)\b|\bi(?:'m| am| was) the one who\b(?! ${BURDEN})|\bi (?:yelled|shouted|snapped|swore) at\b|\bi lost my temper\b`,
    String.raw`\b(?:the (?:uncomfortable|embarrassing|unflattering|hard|honest) (?:part|truth|bit|answer)|it was true|i was wrong|(?:he|she|they) (?:was|were) right|i'm not proud|i know why i do it)\b`,
    String.raw`\bi (?:haven't|have not|still haven't) (?:yet )?(?:\w+ )?(?:fixed|changed|built|set|found|done|made|managed|stopped|followed)\b|\bi (?:don't|do not) have (?:a|the) (?:fix|answer|solution)\b`,
    String.raw`\bi (?:take over|go quiet|avoid|stall|freeze|overcommit|get defensive|interrupt|procrastinate)\b[^.;]{0,60}\bwhen i(?:'m| am| get| feel)?\b`,
    // Owning the cause plainly, in the usual spoken forms ("where I went wrong", "the honest reason is that I…").
    String.raw`\b(?:where|how) i went wrong\b|\bthe (?:honest|real) reason\b[^.;]{0,40}\b(?:is|was) that i\b|\bmy (?:bias|blind spot|bad habit) is\b|\bi was (?:too )?attached to\b`,
    // Motives the speaker would rather not have: "hoping I could fix it and say nothing", "the answer isn't a good one".
    String.raw`\bhoping (?:i|we|nobody|no one) (?:could|would|'d)\b|\b(?:the real|my) answer (?:isn't|is not) (?:a )?(?:good|flattering|pretty)\b|\bi was (?:managing|protecting|covering) my own\b|\bi (?:liked|like) being the (?:person|one)\b`,
  ],
  costNamed: [
    String.raw`\b(?:cost|costed|lost|took down|outage|broke|broken|delayed|slipped|missed the (?:date|deadline|launch)|customers|users|members|revenue|churn|incident|pager|paged|escalat\w*|rework|hurt|burned|damaged|quit|resigned|attrition|burn(?:ed|ing)? out|burnout|overcharged|refunds?|weekend)\b`,
  ],

  // ---- judgment ----
  statedUnknown: [
    String.raw`\b(?:half|a third|a fraction|part) (?:of )?(?:the|our) (?:data|information|picture|evidence)\b|\b(?:the )?odds\b|\b(?:a |one |1 )in (?:\d+|three|four|five|ten)\b|\b\d+ ?% chance\b`,
    String.raw`\b(?:with|and|plus) (?:a |my |our )?(?:confidence|probability|likelihood)\b|\b\d+ ?% (?:confident|sure|likely|chance)\b|\bconfidence (?:level|interval|range)\b`,
    String.raw`\b(?:didn't|did not|don't|couldn't|never|hadn't) (?:really |actually |yet )?(?:have|get|know|see)\b[^.;]{0,25}\b(?:data|information|numbers|idea|visibility|evidence|baseline|benchmark|history)\b`,
    String.raw`\b(?:only|just) (?:ever )?(?:been )?(?:trained|tested|measured|validated|seen|run) (?:on|against|with)\b`,
    String.raw`\b(?:went with|trusted|followed) my (?:gut|instinct|hunch)\b|\b(?:a|my) hunch\b|\bguess(?:ed|ing)\b`,
    String.raw`\b(?:only|just) (?:one|a single|two) (?:prior )?(?:year|data point|sample|example|quarter)s?\b`,
    String.raw`\b(?:the )?(?:data|numbers|information|picture) (?:was|were) (?:incomplete|thin|patchy|missing|noisy|unreliable)\b`,
    String.raw`\b(?:we|i) (?:had|have) (?:no|almost no|little|very little) (?:\w+ )?(?:data|information|evidence|history|visibility)\b`,
    // Not "I don't know that I'd do anything differently" (a shrug at the lesson), nor "I don't see any major risk" or
    // "I don't see it as a mistake" (the opposite of naming an unknown): only seeing how, whether or the whole picture.
    String.raw`\b(?:didn't|did not|don't|do not|couldn't|could not|can't) (?:really )?(?:know(?! (?:that |if |what |whether )?(?:i|we)(?:'d| would)\b)|have (?:the |enough |good |any )?(?:data|information|numbers)|predict|be sure|verify|measure|see(?= (?:how|whether|if|which|what|who|where|when|the whole|the full|the (?:real |full |whole )?picture|far enough|past|beyond|into|any way|a way)\b))\b`,
    // "couldn't tell whether…" is an unknown; "didn't tell her" is withholding news, the opposite of candor.
    String.raw`\b(?:didn't|did not|don't|do not|couldn't|could not|can't) (?:really )?tell(?= (?:whether|if|which|who|what|how|from|the difference|them apart)\b| you\b|[.,;!?]|$)`,
    // "I'm not sure I've ever…" denies the premise; it names no unknown.
    String.raw`\b(?:wasn't|was not|i'm not|am not|weren't|not) (?:\w+ )?(?:sure|certain|confident)\b(?! (?:that )?(?:i|we)(?:'ve| have) (?:ever|really)\b)`,
    String.raw`\b(?:unsure|uncertain(?:ty)?|unknowns?|unclear|unknowable|ambiguous|ambiguity)\b`,
    String.raw`\bno (?:data|way to know|idea (?:whether|if|how)|good data|benchmark|baseline)\b`,
    String.raw`\b(?:best|educated|my) guess\b`,
    String.raw`\b(?:incomplete|partial|limited) (?:data|information|picture)\b`,
    String.raw`\bwithout (?:knowing|data|enough data|the data|all the)\b`,
    String.raw`\bopen question\b`,
    String.raw`\b(?:a|the) bet\b`,
  ],
  options: [
    String.raw`\b(?:i|we) had (?:a|the|two|three) (?:choices?|options?)\b`,
    // Weighing feedback part by part: "partly wrong, partly right", "that part was fair", "that part I still stand by".
    String.raw`\bpartly (?:wrong|right),? (?:and )?partly (?:wrong|right)\b|\bthat part (?:was|is) (?:fair|right|true|unfair|wrong)\b|\bpart i still stand by\b`,
    // Not "13 weeks instead of 8": a quantity, not a path.
    String.raw`\b(?:(?:instead of|rather than)(?! (?:the )?(?:about |around |roughly )?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\b)|versus|vs\.?|as opposed to|alternatives?|options?|the other (?:option|choice|path|way)|considered|weighed|compared|on the other hand|plan b|could (?:either|have)|choice between|choose between|chose between|two paths)\b`,
    String.raw`\beither\b[^.]{2,80}\bor\b`,
    String.raw`\bi (?:thought about|considered|looked at|weighed|was tempted to) [^.]{0,80}\bbut\b`,
    String.raw`\bthe (?:choice|question|decision|trade-off) was (?:between|whether)\b`,
    String.raw`\b(?:rejected|ruled out|decided against|passed on|turned down|talked (?:myself|them|him|her) out of) (?:that|it|this|the idea|the option|going|doing|\w+ing)\b|\b(?:one|the first|the other|the second) (?:was|option was|fix was|path was)\b[^.;]{0,60}\b(?:which|but|because)\b`,
  ],
  reason: [
    String.raw`\b(?:because|since|so that|so|given|which meant|meant|due to|cost|risk|if|but|otherwise|the reason|to avoid|in order to)\b`,
  ],
  reasonedAction: [
    // The structural form of a decision with its reason: a first-person act joined to why ("so I…", "I… because").
    String.raw`\b(?:so|and so) i (?!think\b|thought\b|felt\b|feel\b|guess\b|was\b|am\b|know\b|knew\b|hope\b|learned\b|realised\b|realized\b)\w+`,
    String.raw`\bi (?!think\b|thought\b|felt\b|feel\b|was\b|am\b|guess\b|hope\b|know\b|knew\b|like\b)\w+\b[^.;]{0,60}\bbecause\b`,
  ],
  decision: [
    String.raw`\b(?:i|we) (?:argued|pushed) (?:for|to)\b|\b(?:i|we) (?:compromised|settled) on\b|\b(?:i|we) (?:held|delayed|paused|stopped|cut|signed|let \w+ go)\b[^.;]{0,60}\b(?:because|since|so that|to avoid|given|rather than|instead of)\b`,
    String.raw`\bi(?:'d| would) (?:lean|start|go|rather|prefer)\b|\bi prefer\b`,
    String.raw`\b(?:we|i) (?:chose|picked|went with|decided|opted)\b`,
    String.raw`\b(?:my reasoning|i'd (?:start|go|split|put|choose|pick|take|counter|accept|decline))\b`,
    String.raw`\bi (?:decided|chose|picked|went with|pushed for|recommended|proposed|called it|made the call|opted|committed|bet)\b`,
  ],
  reversibility: [
    // Passive: "a charge cannot be taken back", "once it's sent it can't be undone".
    String.raw`\b(?:can't|cannot|couldn't|could not|can never|could never|won't|will not) be (?:taken back|undone|reversed|rolled back|walked back|unwound|unsent|recalled|reverted)\b`,
    String.raw`\b(?:easy|easier|cheap|cheaper|simple|hard|harder|painful|costly|expensive) to (?:change|move|switch|migrate|swap|replace) (?:\w+ )?(?:later|back)\b`,
    String.raw`\bswitch(?:ing)? (?:back |over )?later\b`,
    // Reasoning about undoing, not the narration of a rollback ("we reverted" alone is not judgment).
    String.raw`\b(?:reversible|irreversible|reversibility|one-way doors?|two-way doors?|feature flags?|behind a (?:feature )?flag|kill switch|canary|canaries|dark launch|pilot|trial run|small (?:test|batch|slice|percentage))\b`,
    // A slice you ship to, not a share you estimate: "behind a flag at 5% of traffic", not "peak is 12% of members".
    String.raw`\b(?:to|at|on|for|with) (?:about |roughly |around |only |just )?\d+(?:\.\d+)? ?% of (?:traffic|users|members|requests)\b`,
    String.raw`\b(?:hard|easy|cheap|expensive|impossible|quick|simple|trivial|costly) to (?:undo|reverse|take back|walk back|roll back|revert|unwind|back out|flip back|switch back)\b`,
    String.raw`\b(?:could|can|can't|cannot|couldn't|able to|would|way to) (?:always |easily |quickly |still )?(?:undo|reverse|take (?:it |that )?back|walk (?:it )?back|roll (?:it |this |that )?back|revert|unwind|back (?:it )?out|flip (?:it )?back|switch back)\b`,
  ],
  costOfWrong: [
    // The counterfactual branch: "if I'd waited and the shop slipped again, they'd have lost another week".
    String.raw`\bif (?:i|we)(?:'d| had) (?:waited|gone|shipped|said|told|held|stayed|pushed|delayed|kept|let)\b[^.;]{0,80}\b(?:would|'d) have\b`,
    String.raw`\bmakes? (?:a |the )?(?:false alarm|wrong call|mistake|being wrong) cheap(?:er)?\b|\bcompare the (?:two )?costs\b`,
    // Each branch's consequence in plain words: "if I wait until Friday and it's still bad, the client loses the week".
    String.raw`\bif (?:i|we) (?:wait|tell|ship|hold|say|go|push|delay|stay|speak|raise|launch|act|do nothing|keep|let)\b[^.;]{0,50}\b(?:and (?:it|they|he|she)(?:'s| is| gets?| turns? out)|,) [^.;]{0,60}\b(?:loses?|costs?|looks?|means?|breaks?|misses?|pays?|gets? hurt)\b`,
    String.raw`\b(?:would|could|might) (?:have )?(?:be|been|cost|mean|meant|lose|lost|burn|take|taken)\b[^.;]{0,60}(?:[$£€]\s?\d|\b\d[\d,.]*\s?(?:k|m|%|hours?|days?|weeks?|months?|quarters?)\b)`,
    String.raw`\b(?:exposure|the stakes|the risk of getting it wrong)\b`,
    String.raw`\bif (?:i|we|it|that|they)\b[^.;,]{0,40}\b(?:was|were|am|'m|turned out|proved|is|are) (?:wrong|right|bad|worse)\b|\bthe cost (?:would be|would have been|of (?:being wrong|waiting|speaking|staying|getting))\b|\bwaiting\b[^.;]{0,30}\b(?:meant|cost|would (?:have )?(?:meant|cost))\b|\bthe (?:expensive|costly|cheap) (?:part|direction|side|mistake)\b|\basymmetr\w*|\b(?:worse|cheaper|costlier|more expensive) (?:than|to) (?:being wrong|waiting|delaying|speaking|undo|fix)`,
    String.raw`\b(?:cost of waiting|waiting (?:would|meant|cost)|hard (?:date|deadline)|cost of (?:delay|not acting|doing nothing|acting)|cost of being wrong|if (?:i|we) (?:was|were|are|am|'m|'re|turned out) wrong|if (?:it|that|this) (?:failed|fails|didn't work|went wrong|goes wrong|was wrong|backfired)|worst case|downside|blast radius|what (?:would|could) go wrong|cheap(?:er|ly)? to (?:try|test|undo|reverse|fix|recover)|expensive to (?:undo|reverse|fix)|would have cost|would cost|(?:would have|could have|might have) (?:hidden|masked|broken|lost|hurt|delayed)|cost (?:us|me|them) (?:more|less|a lot)|limit(?:ed)? the (?:damage|risk|blast)|contain(?:ed)? the|the (?:real |main |big |only )?risk (?:was|is|of|to|with|that)|(?:a|the) (?:real |big |small |low |high |bigger |smaller |\w+-term )?risk (?:of|to|that|if)|(?:accept|take|took|taking|carry|carried|run|ran|weigh|weighed|own|owned|worth) (?:the |a |that |this |some |any |real |a real |the real )?risk|risk(?:ier|y)|bounded|lose at most|(?:fine|okay|ok|happy) losing|afford to lose|lose (?:it )?completely|hits? (?:me|us) twice|at most (?:a|one|two) (?:day|week|sprint))\b`,
  ],
  tripwire: [
    // A re-check date in plain words: "with a date when I'll check it again".
    String.raw`\ba date (?:when|by which) (?:i'll|i will|we'll|we will|i'd|we'd) (?:check|look at|revisit|review)\b|\b(?:check|look at) it again (?:on|by|in|after)\b`,
    String.raw`\b(?:would|will|should) make (?:me|us) (?:stop|kill|revert|pull|change course|back out|reconsider)\b|\bkill (?:line|number|date|switch criteria)\b|\b(?:stop|kill it|pull it|revert) (?:if|unless|once|when)\b`,
    String.raw`\b(?:end date|time-?box(?:ed)?|sunset date|expiry date)\b|\b(?:a |an )?(?:\w+-)?(?:day|week|month|quarter|sprint) (?:limit|cap|trial|deadline)\b`,
    String.raw`\b(?:with|set|scheduled|booked|added) (?:a|an) (?:review|check-?in|checkpoint|retro|revisit|re-?evaluation)(?: trigger| date)? (?:at|after|in|on|for|if|when)\b`,
    String.raw`\breview (?:trigger|date)\b`,
    String.raw`\b(?:i'd|we'd|i would|we would|i will|we will) (?:switch|revisit|move|revert|roll back|stop|reconsider|pull)\b[^.;]{0,60}\b(?:if|when|once)\b`,
    String.raw`\b(?:revisit|reassess|re-?check|check (?:again|back)|re-?decide) (?:after|in|at|once|if|when)\b`,
    String.raw`\b(?:kill criteri(?:a|on)|tripwires?|threshold|checkpoint|set a date|deadline to decide|decide (?:again|by)|re-?evaluate|revisit (?:it|the decision)|abort|stop (?:condition|criteria)|exit criteria|success criteria|go/no-go)\b`,
    String.raw`\bif [^.]{0,80}\b(?:dropped|drops|exceeded|exceeds|rose|rises|fell|falls|above|below|more than|less than|over|under|worse|doesn't|didn't|hadn't)\b[^.]{0,80}\b(?:i|we)(?:'d| would| will|'ll)? ?(?:roll|revert|stop|kill|pull|pause|switch|back out|abandon|escalate|call it)`,
    String.raw`\bby (?:friday|monday|tuesday|wednesday|thursday|the end of (?:the )?(?:week|month|quarter|sprint)|day \d+|week \d+)\b`,
  ],
  judgmentJargon: [
    String.raw`\b(?:one-way (?:door|decision)s? (?:versus|vs\.?|or|and) (?:a )?two-way|first[- ]principles?|bias for action|disagree(?:d)? and commit(?:ted)?|high[- ]conviction|risk-adjusted|expected[- ]value|aligned (?:the |all )?stakeholders|data-driven|calculated (?:risk|bet)|stay humble|core principles?|north star|move fast and break|(?:a |the )?classic (?:one|two)-way door)\b`,
  ],
  // How an unknown was bounded: a check made before acting ("before saying anything I checked all 22 depots").
  boundedUnknown: [
    // Plain checks: "I asked her for the actual complaints", "I checked with them last week", "without telling them why".
    String.raw`\b(?:asked (?:her|him|them|for) (?:for )?(?:the )?(?:actual|real|specific|two|three|\d+)|checked with (?:them|him|her|the \w+)|without telling (?:them|him|her) why|i didn't want to just argue)\b`,
    String.raw`\b(?:to (?:see|find out|check|learn|test) (?:whether|if|how (?:many|much|often))|before (?:saying|deciding|committing|changing|acting|doing|telling) (?:anything|it|that)|(?:checked|tested|verified|measured|compared) (?:whether|if)|(?:spent|took) (?:a|an|one|two|three|\d+) (?:hours?|days?|afternoon|morning|week) (?:checking|testing|verifying|measuring|pulling|comparing|sampling|reading)|(?:pulled|sampled|checked) (?:the )?(?:last|all|every|a sample of) (?:\d+|\w+)\b)`,
  ],
  authorityOnly: [
    String.raw`\b(?:my manager|my boss|leadership|the vp|management|they|the director) (?:told|said|asked|wanted) (?:me |us )?(?:to )?[^.]{0,40}\bso (?:i|we) (?:did|shipped|went|just)`,
    String.raw`\bthat's (?:just )?how we (?:always )?(?:did|do)\b`,
    String.raw`\b(?:seemed|felt) like the (?:best|right|obvious) (?:option|choice|thing)\b`,
  ],

  noStory: [
    // Life experience denied ("I've never had to fire anyone"), not a story's detail ("the person I never had to think
    // about") nor an untested change ("I haven't had a launch that big since"), which is honest self-reflection.
    String.raw`\b(?:in a hypothetical|hypothetically|the ideal candidate|i'm confident i (?:would|could)|if it ever came up|if that ever happened|i (?:have not|haven't) (?:really )?(?:had to|been in|faced|had a|made a decision like|experienced)(?![^.;]*\b(?:since|yet|to test|to see)\b)|i never (?:really )?(?:been in|faced|made a decision like|experienced)|i can't think of (?:a|an|one)|(?:struggling|struggle|hard-pressed|hard pressed) to (?:think of|come up with|name) (?:a|an|one|any)|nothing comes to mind|i don't have (?:a|an) (?:specific )?example)\b`,
  ],

  // ---- self-reflection ----
  causalInsight: [
    // A trigger of one's own ("I joke when I'm nervous") and one's share named plainly ("my part was making it…").
    String.raw`\bi (?:\w+ )?(?:when|whenever) i(?:'m| am| get| feel) (?:nervous|anxious|stressed|tired|rushed|busy|angry|defensive|scared|uncomfortable|under pressure|new)\b|\bmy part (?:was|in (?:it|this|that) was)\b`,
    // "The tendency underneath is that I'd rather…", "the part that was mine", "really it's safer for me".
    String.raw`\bthe (?:tendency|habit|pattern|instinct)(?: underneath| behind (?:it|that)| under (?:it|that))? (?:is|was) that i\b|\bthe part that was mine\b|\bit(?:'s| is| was) (?:safer|easier|more comfortable) for me\b`,
    String.raw`\bbecause\b[^.;]{0,80}\bi (?:didn't|did not|was|wanted|liked|felt|thought|assumed|hated|cared|needed|really|didn't want|don't like|do not like|hate|avoid)\b`,
    String.raw`\b(?:was|is|were) (?:really |mostly |all )?about (?:protecting|covering|proving|looking|saving|avoiding|defending) (?:myself|my|me)\b`,
    String.raw`\b(?:the pattern|the habit|the problem|it|that one|this one|that part) was mine\b|\bsaw (?:the|a|my) pattern\b|\bi told myself\b`,
    String.raw`\bi (?:really |genuinely )?liked (?:her|him|them)\b[^.;]{0,60}\bi\b`,
    String.raw`\bi (?:realized|realised|learned|learnt|noticed|recognized|saw|understood|figured out|admitted)\b[^.]{0,100}\b(?:i|my|me|myself)\b`,
    String.raw`\b(?:i tend to|i have a tendency|my tendency|my habit|my instinct|my default|my blind spot|i have a habit|a habit of mine|my pattern|the pattern)\b`,
    String.raw`\bi was (?:afraid|scared|worried|anxious|avoiding|protecting|trying to (?:look|avoid|protect|prove|please|be)|too (?:proud|attached|confident|focused|invested|eager)|overconfident|defensive|conflict-averse|optimizing for)\b`,
    String.raw`\b(?:the (?:thing|part|mistake) i (?:missed|got wrong|underestimated|ignored)|what i (?:missed|got wrong|didn't see|didn't know) was|i treated [^.]{0,40}\bas\b)`,
    String.raw`\bi (?:suspect|know|worry|noticed) (?:that )?i(?:'ll| will|'m| am| work| do| tend| get| go| need)\b`,
    String.raw`\b(?:i work (?:best|worst)|i do (?:my )?(?:best|worst) work|i'm used to|i regret|it felt good to be|i let (?:that|it|this) happen|i was comfortable)\b`,
    String.raw`\bi waited\b[^.;]{0,40}\bhoping\b|\bi (?:spent [^.]{0,30}hoping|was hoping|kept hoping|hoped (?:it|he|she|they))\b`,
    String.raw`\bi didn't want (?:to (?:seem|look|be|make|upset|rock|deal|have|admit|lose|slow)|the)\b`,
    String.raw`\bbecause i (?:wanted|didn't want|did not want|was|assumed|thought|felt|hate|hated|liked|needed|cared more)\b`,
    String.raw`\bthe (?:real|root|underlying) (?:reason|cause|problem|issue) was (?:me|my|that i|i)\b`,
    String.raw`\bi (?:don't|do not) (?:read|handle|take|deal with|do) [\w ]{1,20} well\b`,
    String.raw`\bi (?:still )?(?:catch|caught) myself\b`,
    String.raw`\bthe (?:real |underlying |root |honest |actual )?(?:reason|cause|habit|pattern)(?: i [\w' ]{1,25})? (?:is|was) (?:that i|i|my|me|fear|pride|ego|that it (?:felt|let|made) me)\b|\b(?:it|this|that) kept happening because\b|\bwhy i (?:did|do|kept doing|called) (?:it|that|this)\b`,
    String.raw`\bi was (?:managing|protecting|covering|serving) my own\b|\b(?:anything|everything) (?:beyond|else|more than) that was me\b`,
    String.raw`\b(?:it|this|that) (?:still )?slips\b`,
    String.raw`\bi still (?:slip|struggle|fall back|do it|have to)\b`,
  ],
  stillSlips: [
    // Plain forms: "I still find it harder with seniors", "I still sometimes soften it more than I should".
    String.raw`\bi still (?:sometimes |often |occasionally )?(?:find it (?:hard|harder|difficult|uncomfortable)|feel (?:my|the) |[\w' ]{2,40}\bmore than i should)`,
    String.raw`\bworks (?:about |roughly |maybe )?(?:half|some|most) (?:of )?the time\b`,
    String.raw`\b(?:i (?:still )?(?:catch|caught) myself|i (?:notice|noticed) i still|i(?:'ve| have) (?:been caught|slipped)|(?:it|this|that) still slips|i still (?:slip|struggle|fall back|default|have to (?:remind|force|push) myself)|not (?:fully |completely )?fixed|still (?:a work in progress|working on it)|under (?:deadline )?pressure i still)\b`,
  ],
  lessonGeneric: [
    String.raw`\bi learned (?:that )?(?:communication|to communicate|the importance|to be more|it's important|a lot|a valuable|so much|many)\b`,
    String.raw`\b(?:lesson learned|learning experience|valuable lesson|growth opportunity)\b`,
    String.raw`\b(?:over-?communicate|communicate (?:more|better)|be more careful)\b`,
  ],
  lessonAboutOthers: [
    String.raw`\blearned (?:not to trust|that (?:they|people|other teams|managers?|the \w+ team|vendors?)|to (?:never|not) rely on)\b`,
  ],
  // Opens a stretch where the next sentences describe what changed ("Since then, two changes. First, I…").
  sinceMarker: [
    String.raw`\b(?:since then|ever since|from then on|from that point|these days|nowadays|to this day|afterwards|after that|what i changed|what i do now|what i do differently|i changed (?:\w+ )?(?:things|how i|the way i)|two changes|three changes)\b`,
  ],
  changeStuck: [
    String.raw`\b(?:what )?i've (?:started|stopped|begun|taken to|got into the habit of|made a habit of)\b`,
    String.raw`\bi changed (?:how i|the way i)\b|^what (?:changed|i changed|i do now)\b|\band (?:do|am doing) now\b`,
    String.raw`\b(?:any|every|each) \w+ i (?:run|ship|write|lead|do|own|review|send|start) now\b`,
    String.raw`\bi (?:don't|do not|never|no longer) (?:\w+ )?(?:push|ship|merge|deploy|start|send|approve|go into|sign off|commit|skip|let)\b[^.]{0,60}\b(?:without|until|unless|before)\b`,
    String.raw`\b(?:we've|i've|we have|i have) (?:done|run|shipped|had|used|applied) [^.]{0,40}\bsince\b`,
    String.raw`\b(?:it's|it has|that has|that's) (?:already )?caught\b`,
    String.raw`\b(?:since then|ever since|from then on|from that point|these days|nowadays|to this day|i've since|i have since|every (?:time|release|project|launch|review|quarter) since)\b`,
    String.raw`\b(?:now i|i now|today i|i still (?:do|use|write|run|keep|send|check|ask|start|open|book|bring|block|read|review))\b`,
    String.raw`\bnow,? (?:when|whenever|if|before|after|for)\b[^.]{0,60}\bi\b`,
  ],
  // A standing rule the speaker put in place, told without "I": "Now every scope decision gets posted first".
  ruleChange: [
    // A check put in place, told in the past: "I then asked the implementation lead to review any commitment…".
    String.raw`\bi (?:then )?(?:asked|got|had|set up|made)\b[^.;]{0,40}\bto (?:review|check|approve|sign off on|read) (?:any|every|each|all)\b`,
    String.raw`\b(?:now|these days|since then),? (?:any|every|each|all) [\w' -]{1,40}? (?:gets?|goes|go|is|are|has|have|has to|have to|needs? to|starts?|must)\b|\b(?:any|every|each) [\w -]{1,30} (?:now )?(?:gets?|goes|is) (?:now )?(?:posted|reviewed|checked|logged|written|sent|flagged|listed|tracked|signed off)\b`,
  ],
  // Generic time markers that tie a behaviour to "after the story" (a change) rather than to the story itself.
  nowMarker: [
    String.raw`\b(?:(?<!\bago,? )now|nowadays|these days|since then|ever since|from then on|anymore|any more|no longer|to this day|every time|whenever|each time|since)\b`,
  ],
  // A later instance where the change was tested ("I've done that twice since", "over the next two quarters").
  laterInstance: [
    String.raw`\b(?:did|done|used|tried) (?:it|that|this) (?:twice|once|three times|\w+ times)\b|\bevery time but (?:once|twice)\b|\bi've done (?:that|it|this) (?:all|every)\b`,
    String.raw`\b(?:this|last) (?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\bi tested (?:that|it|this) (?:this|last|in|on|with|the)\b`,
    String.raw`\b(?:once|twice|\w+ times|one more|two more|three more|another|\d+ more|\w+ more \w+) since\b`,
    String.raw`\b(?:since then|later|over the next|this year's|in this year|the following (?:week|month|quarter|year|release|review)|both times|each time since|every time since|the next (?:time|week|month|quarter|review|project|release|incident|launch|sprint|one|\d+)|in the next (?:review|one|incident|project|release|quarter|retro|meeting))\b`,
    String.raw`\b(?:has|have|it's|that's|which) (?:already |since )?(?:caught|flagged|saved|prevented|surfaced)\b`,
    String.raw`\b(?:this (?:year|quarter|spring|summer|autumn|fall|winter|month)|(?:two|three|four|five|six|\d+) (?:weeks|months|quarters|sprints) later|the next (?:season|hire|patch|year|cycle|round|planning)|(?:when|with) (?:i|we) hired (?:another|the next|a new)|it (?:caught|flagged) (?:two|three|one|\d+|my)|in the (?:\d{4}|next) (?:360|review|cycle))\b`,
  ],
  // A stated lesson that is not a platitude ("What I took away is that escalating isn't wrong, but…").
  statedLesson: [
    String.raw`\b(?:what i (?:took away|learned|learnt|realised|realized)|the lesson (?:i took|for me|was)|i (?:learned|learnt|realised|realized|took away|understood) (?:that |the |how |my )?)`,
  ],
  // Hedges that make a change sound aspirational rather than done.
  hedgedChange: [
    String.raw`\b(?:try|tried|trying) (?:to|hard to)\b|\bi hope\b|\bplan to\b|\bwant to\b|\bwork(?:ing)? on\b`,
  ],
  // What makes a change concrete: when it happens, how often, or a checkable artefact.
  concreteChange: [
    String.raw`\b(?:when|whenever|before|after|until|unless|if|every|each|within|by|first|without|unless|in the (?:week|day|meeting|room)|monthly|weekly|daily|checklist|template|doc|document|note|heading|calendar|ratio|range|dry run|review)\b|["\u201c]|\d`,
  ],
  doDifferently: [
    String.raw`\b(?:next time|if i did it again|if i could do it again|would do differently|do it differently|in hindsight|looking back|with hindsight|i would have|i'd have)\b`,
  ],
  noChange: [
    String.raw`\b(?:went|got) back to normal\b|\b(?:i'd|i would) do it (?:again )?the same way\b|\bnothing (?:really )?changed\b|\bbusiness as usual\b`,
    String.raw`\b(?:wouldn't|would not|don't think i'd|don't think i would) (?:change|do) (?:anything|a thing)(?: differently)?\b`,
    String.raw`\bnothing (?:to|i would|i'd) (?:learn|change)\b`,
    String.raw`\bno regrets\b`,
  ],
  weakness: [
    String.raw`\bi (?:tend to |often |usually |still )?(?:go quiet|stall|stalled|freeze|get defensive|back down|procrastinate|over-?commit|take over|get impatient)\b`,
    String.raw`\bi (?:don't|do not) (?:read|handle|take|deal with|do|manage|delegate|estimate) [\w ]{0,20}\bwell\b`,
    String.raw`\bwhere i (?:do|am|'m) (?:worse|worst|weaker|weakest)\b|\bi'm (?:worse|weaker) (?:at|with|when)\b`,
    String.raw`\bi tend to (?:go quiet|avoid|wait|delay|defer|freeze|get defensive|back down|over\w+|under\w+|let|put off|hold back|stay quiet)\b`,
    String.raw`\bmy (?:real |biggest |actual )?weakness\b`,
    String.raw`\bi'm (?:not (?:good|great|strong)|bad|weak|slow) (?:at|with|when)\b`,
    String.raw`\bi (?:struggle|struggled) (?:with|to|when)\b`,
    String.raw`\bi'm still (?:working on|learning|getting better)\b`,
    String.raw`\bi (?:need|have) to (?:get better|work on|improve)\b`,
    String.raw`\bi've had to (?:work on|learn)\b`,
  ],

  // ---- specificity ----
  number: [
    String.raw`(?:\$\s?\d|\b\d[\d,.]*\s?(?:%|percent|x\b|k\b|m\b|ms\b|s\b|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|quarters?|years?|people|engineers?|users?|customers?|members?|teams?|million|billion|thousand|tickets|incidents|services|releases|deploys|requests?|countries|regions|points?|pages)\b)`,
    String.raw`\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundred|a dozen|half a|a couple of) (?:%|percent|days?|weeks?|months?|hours?|minutes?|seconds?|people|engineers?|teams?|users|customers|years?|quarters?|sprints?|incidents|releases|services)\b`,
    String.raw`\b(?:19|20)\d\d\b`,
    String.raw`(?<![\w-])\d[\d,.]*(?![\w-])`,
    String.raw`\b(?:once|twice|three times|every) (?:a|per|every)? ?(?:day|week|fortnight|month|quarter|year|sprint)\b`,
    String.raw`\bp(?:50|90|95|99|999)\b`,
  ],
  result: [
    // A change stated as its before and after ("cutting start-up from about four seconds to under two").
    String.raw`\b(?:cutting|reducing|raising|bringing|taking|moving) [^.;]{0,40}\bfrom (?:about |roughly |around |over |under )?[\w$.,%]+(?: \w+)? (?:to|down to|up to) (?:about |roughly |around |under |over |nearly )?[\w$.,%]+`,
    String.raw`\b(?:as a result|in the end|ended up|outcome|result(?:ed)?|shipped|launched|reduced|cut|increased|improved|dropped|grew|saved|fell|rose|went from|down to|up to|recovered|fixed|resolved|hit|doubled|halved|closed|delivered|finished|landed|won|lost|retained|stopped)\b`,
  ],
  concreteContext: [
    String.raw`\b(?:in|since|by|until|last|this|early|late|mid-?|next) (?:january|february|march|april|may|june|july|august|september|october|november|december)\b`,
    String.raw`\b(?:in (?:19|20)\d\d|last (?:year|quarter|month|spring|summer|fall|autumn|winter)|at my (?:last|previous|current|first) (?:job|company|role|team|startup|employer)|my (?:manager|director|pm|tech lead|skip|skip-level|vp|team lead|cto|ceo|product manager|staff engineer)|the (?:\w+) (?:team|service|migration|launch|release|outage|incident|rewrite|project)|q[1-4]|on-?call)\b`,
  ],
  hypothetical: [
    String.raw`^(?:(?:(?:and|but|so),? )?(?:if|whoever|whatever)\b[^.]{0,120}\b(?:i would|i'd|i will|i'll)\b|(?:then|and|also|after that),? (?:i would|i'd)\b|the first thing i(?:'d| would)\b|(?:at|in|with|for) [\w' ]{1,20}, (?:i would|i will|i'll)\b)`,
    String.raw`^(?:(?:well|so|honestly|generally|usually|typically|normally|ideally),? )?(?:i would|i'd|i will|i'll|i usually|i always|i generally|i typically|i normally|i tend to try|i try to|i believe|i think it's important|in general|generally|typically|usually|my approach (?:is|would be)|the best approach|you should|you would|one should|a good engineer|if i were|if i was|i'm the kind of person|i am the kind of person|i'm someone who|i am someone who)\b(?<!\bi'd)|^(?:(?:well|so|honestly),? )?i'd\b(?!\s(?:tell myself|been|had|already|just|never|\w+ed|done|gone|made|seen|said|told|given|taken|written|left|put|set|sent|spent|kept|let|got|found)\b)`,
  ],
  // "I would have caught it" looks back at a real story; "I would have a conversation" or "I'd have it done" is a plan.
  counterfactual: [String.raw`\b(?:would|'d) have (?!(?:a|an|the|to|some|my|our|more|no|one|it|that|this)\b)`],
  pastTense: [
    String.raw`\b(?:was|were|had|did|didn't|made|took|went|said|told|knew|thought|built|ran|wrote|got|saw|felt|found|left|led|put|set|sent|spent|became|began|brought|chose|came|gave|held|kept|lost|meant|met|paid|read|sat|stood|understood|won|broke|caught|fought|\w{3,}ed)\b`,
  ],
  situation: [
    String.raw`\b(?:at my (?:last|previous|current|first)|we were|there was|there were|the team was|our team|the company|the project|the context|background|at the time|back then|when i (?:joined|was)|i was (?:working|leading|on|the)|we had)\b`,
  ],
  action: [
    String.raw`\bi (?:decided|chose|wrote|built|called|asked|told|pushed|proposed|set up|ran|went|met|sat down|rolled|shipped|paused|escalated|split|moved|changed|started|stopped|raised|flagged|reviewed|owned|led|drafted|sent|measured|tested|reverted|fixed|took|made|spent|interviewed|paired|cut|added|removed|dropped|killed|picked|gave|apologized|admitted)\b`,
  ],

  // ---- systems design ----
  scaleNumber: [
    String.raw`\b\d[\d,.]*\s?(?:k|m|b|bn|mm|million|billion|thousand|trillion|qps|rps|tps|req/s|requests?(?: per| a|/)|gb|tb|pb|eb|mb|kb|ms|milliseconds?|seconds?|s|%|percent|users|subscribers|members|devices|streams|titles|dau|mau|events|messages|writes|reads|gbps|mbps|tbps|nodes|servers|instances|regions|hours|minutes|days|x|per (?:second|day|minute|hour|user|member)|bytes|kb/s|mb/s|gb/s|nines|cores|partitions|shards)\b`,
    String.raw`\b\d+(?:\.\d+)?\s?(?:9s|nines)\b`,
  ],
  estimateCalc: [
    String.raw`(?:\d\s?(?:×|\*|x|times|/)\s?\d|\bdivided by\b|\bper second\b|\bper day\b|\bat peak\b|\bpeak\b|\bback[- ]of[- ]the[- ]envelope\b|\broughly\b|\babout\b|~\s?\d|\bwhich (?:gives|is|comes to)\b|\bthat's\b[^.]{0,20}\d)`,
  ],
  requirement: [
    String.raw`\b(?:requirements?|functional|non-functional|latency (?:target|budget)|slas?|slos?|p99|p95|availability|consistency|durability|read[- ]heavy|write[- ]heavy|scope|out of scope|must|needs? to|goal is|budget)\b`,
  ],
  assumption: [
    String.raw`\b(?:assum(?:e|ed|ing|ption|ptions)|i'd (?:ask|clarify|want to know|check|confirm)|clarif(?:y|ying)|i don't know|i do not know|unknowns?|not sure|i'd need to (?:know|confirm|measure)|depends on|guess(?:ing)?|rough(?:ly)?|estimate|ballpark|i'm (?:making up|guessing)|would want to (?:verify|confirm|measure|know)|open question|i'd validate|order of magnitude)\b`,
  ],
  failureMode: [
    String.raw`\b(?:fail(?:s|ure|ures|ed|ing|over)?|goes down|go down|is down|went down|unavailable|unreachable|outages?|crash(?:es|ed)?|partition(?:s|ed)?|time ?outs?|timed out|slow(?:s|er)? down|overload(?:ed|s)?|hot ?(?:spot|partition|key)s?|thundering herd|split[- ]brain|data loss|corrupt(?:ed|ion)?|degraded|spikes?|stampede|retry storms?|lag(?:s|ging)?|stale|dies|die|dead|loses|lose|drops?|flaky|saturat\w*|exhaust\w*|brown-?outs?|cascad\w*|evict\w*)\b`,
  ],
  mitigation: [
    String.raw`\b(?:fallback|fall back|falls back|degrade|gracefully|graceful|retr(?:y|ies|ied) with|backoff|back-off|circuit[- ]breakers?|failover|fail over|replicas?|replicat\w*|redundan\w*|multi-region|active-active|bulkheads?|load[- ]shed\w*|shed (?:load|traffic)|rate[- ]limit\w*|idempoten\w*|dead[- ]letter|queue|buffer|serve stale|serve (?:a |the )?(?:cached|default|last)|defaults? to|timeouts? (?:of|at)|health ?checks?|chaos|drain|evacuat\w*|reroute|backpressure|checkpoint\w*|snapshots?|quorum|hedg\w*|jitter|autoscal\w*|over-?provision\w*|warm (?:standby|cache)|restore|recover\w*|alert\w*|page|on-?call|runbook)\b`,
  ],
  tradeoffAlt: [
    String.raw`\bi'd (?:start|lean|begin) (?:with|to|toward)\b|\btwo (?:designs|options|approaches|choices)\b|\b(?:harder|easier|easy|hard) to (?:change|move|reverse|undo)\b`,
    String.raw`\b(?:instead of|rather than|over (?:a |an |the )?\w+ because|versus|vs\.?|as opposed to|trade-?offs?|at the cost of|the downside|the cost is|compared (?:to|with)|i chose|i picked|i'd pick|i'd choose|i went with|i'd go with|we give up|we lose|in exchange for|the price is|cheaper than|simpler than)\b`,
  ],
  designWeakness: [
    String.raw`\b(?:breaks|fails|falls over|struggles|saturates|hurts) (?:first|earliest)\b|\b(?:would|will) (?:feel|hit|see) (?:that|it|this) first\b`,
    String.raw`\bi(?:'ve| have)? (?:not|never) (?:yet )?(?:costed|sized|handled|covered|thought (?:hard )?about|looked at|tested|addressed)\b|\bi haven't (?:costed|sized|handled|covered|thought|looked|tested|addressed)\b`,
    String.raw`\b(?:limits|limitations|weaknesses|risks|gaps)\s*:`,
    String.raw`\b(?:weak(?:ness|est|er)?(?: point| spot| part| link)?|limitations?|the (?:risk|problem|downside|catch|gap|hole) (?:with|of|in|is|here)|bottlenecks?|single point of failure|spof|won't (?:scale|handle|work|survive|cover)|doesn't (?:scale|handle|cover|address|solve)|breaks (?:down )?(?:when|if|at|past|under)|i'm (?:least|not) (?:sure|confident)|least confident|i'd (?:want to )?(?:revisit|reconsider|change|redo)|what i got wrong|wouldn't survive|falls over|naive|i'd (?:worry|be worried)|worries me|concerned about|i haven't (?:handled|covered|thought)|i didn't (?:cover|handle|address)|not (?:handled|covered|addressed))\b`,
  ],

  // ---- recruiter screen ----
  honestReason: [
    String.raw`\b(?:the (?:honest|real|main|actual) (?:reason|answer|version|truth)|frankly|candidly|the truth is|i'll be direct|to be direct|i'll be upfront|to be upfront|part of (?:this|it|that) is on me)\b`,
    String.raw`\bi (?:was|got) (?:laid off|let go|fired|managed out|passed over|pipped|put on a pip)\b`,
    String.raw`\bi (?:didn't|did not) get (?:the|a) (?:promotion|offer|role)\b`,
    String.raw`\bi'm (?:leaving|looking|interviewing|talking|also interviewing)\b`,
    String.raw`\b(?:other (?:offers?|processes|companies)|another offer|a competing offer|final rounds?)\b`,
    String.raw`\bi'm looking for\b`,
    String.raw`\bi want (?:more|to|a)\b`,
  ],
  formerEmployerBlame: [
    String.raw`\b(?:toxic|terrible|awful|incompetent|clueless|useless|horrible|dysfunctional|a mess|the worst|no idea what (?:he|she|they)|gone downhill|micromanag\w*|takes? credit|(?:doesn't|don't|didn't) (?:actually )?value|carrying the team|keeps changing direction)\b`,
  ],
  evasive: [
    String.raw`\b(?:i'd rather not (?:give|share|name|put)|(?:will|would|'ll) (?:make|give) (?:me )?a fair (?:offer|number)|i'm (?:pretty |very |really |quite )?flexible|i'm open to anything|open to (?:anything|whatever)|just looking for a (?:new )?challenge|new challenges?|it's complicated|i'd rather not (?:say|get into)|i'm flexible|whatever (?:is|you think is) fair|i'm sure we(?:'ll| will) (?:figure|work) it out|money (?:isn't|is not|doesn't) (?:important|matter)|not about the money|i don't really care about (?:money|comp|pay)|i trust you(?:'ll| will)|let's (?:see|talk about that later))\b`,
  ],
  netflixSpecific: [
    // Plain references to the culture doc and its ideas: "the parts of the memo about candor", "context, not seniority".
    String.raw`\bthe (?:netflix )?memo\b|\bcontext,? not (?:control|seniority|hierarchy|process|rank)\b`,
    // The same ideas paraphrased: "Netflix's memo", "memo-writing culture", "context rather than control",
    // "informed-captain", "the keeper-test one".
    String.raw`\b(?:netflix's memo|memo-writing|memo culture|written memos|written-decision|context (?:rather than|over|instead of) (?:control|approval|process)|informed[- ]captains?|keeper-test)\b`,
    // A working idea of how Netflix runs, said in the candidate's own words: "Netflix teams own their services end to
    // end", "from what I read about Netflix, people give feedback directly". The idea must share the sentence with
    // Netflix (or "your teams"), so it is knowledge of this company, not a general preference.
    String.raw`\b(?:netflix|your (?:teams?|engineers|designers|culture))\b(?=[^.]{0,200}\b${NETFLIX_IDEAS}\b)`,
    String.raw`\b${NETFLIX_IDEAS}\b(?=[^.]{0,200}\bnetflix\b)`,
    String.raw`\b(?:the|your) (?:[\w-]+ ){1,3}(?:team|platform|org|group|work|problem|problems)\b(?=[^.]{0,80}\b(?:netflix|you|your)\b)`,
    String.raw`\b(?:member|members') (?:billing|experience|growth|payments|data)\b`,
    String.raw`\b(?:culture memo|culture deck|freedom and responsibility|f&r|keeper test|context,? not control|highly aligned|loosely coupled|stunning colleagues|dream team|streaming|open connect|encod(?:e|ing|er)|personali[sz]ation|recommendations?|studio|production|games|gaming|live (?:events|streaming|sports)|ad(?:s| tier|-supported)|advertising|chaos (?:engineering|monkey)|spinnaker|titus|zuul|eureka|hystrix|evcache|cassandra|playback|members|subscribers|content delivery|cdn|localization|subtitles|dubbing|global|countries|top of (?:the )?market|informed captain|farming for dissent|sunshin\w*)\b`,
  ],
  motiveReason: [
    String.raw`\b(?:i'd rather work|the (?:main |real )?reason i (?:applied|reached out|said yes)|why i applied)\b`,
    String.raw`\b(?:i'm interested in|i'd be trading|that's (?:part of )?why|which is why|the work i want|i've read|i've been following|i've used|i'm curious about|i want|i'd like|i'm drawn|drawn to|i'm excited|excites me|interests me|appeals to me|what i'm looking for|i've (?:spent|built|worked|been)|my experience|i care about|i enjoy|i like|because (?:i|my|that|it)|which is (?:exactly )?what|the reason i)\b`,
  ],
  genericFlattery: [
    String.raw`\b(?:(?:really )?loved? (?:all of it|everything|it all)|big believer)\b`,
    String.raw`\b(?:love netflix|big fan|huge fan|always wanted to work (?:at|for)|dream (?:company|job)|great company|amazing company|best company|i watch|binge|top company|prestig\w*|the brand|everyone knows|it's netflix|who wouldn't)\b`,
    // Fandom: being a viewer is not a reason to work here.
    String.raw`\b(?:(?:a )?subscriber (?:since|for)|my fav(?:ou)?rite (?:show|series|film|movie)s?|grew up watching|(?:i|we) (?:love|loved|adore) (?:the|your) (?:shows|content|originals|product)|(?:i've|i have) (?:always )?(?:loved|been watching))\b`,
    String.raw`\b(?:(?:been )?a (?:member|subscriber) (?:forever|for years)|i'm a (?:big |huge )?fan|somewhere i'm a fan of|love what you(?:'ve| have) done)\b`,
  ],
  // No homework, said plainly: "I haven't looked into the team here yet". Every such answer in the fitted files is
  // labelled motivation 1, and candor 3 or 4: as generic a reason as flattery, only honest about it.
  noHomework: [
    String.raw`\b(?:i haven't (?:really |yet )?(?:looked|read|researched)(?: \w+){0,2} (?:into|at|about|up)|(?:i )?don't know (?:much|a lot|anything) about (?:netflix|the team|this team|the role)|not much about (?:this|the) team)\b`,
  ],
  fitConcern: [
    String.raw`\b(?:(?:the )?(?:hardest|hard|harder|toughest|tough|difficult|uncomfortable|scary|scariest) (?:part|thing|adjustment|bit)? ?(?:for me|about (?:it|netflix|that|this|the)|here|at netflix)|(?:what|which part|the part) (?:would|will|might) (?:be )?(?:hard|hardest|difficult|tough)|i'd (?:find|struggle)|i (?:would|will|might) struggle)\b`,
    String.raw`\b(?:(?:the )?trade-?off i(?:'m| am) (?:making|accepting|choosing|willing)|i(?:'d| would) be giving up|i(?:'m| am) giving up|what i(?:'d| would) give up|i know (?:that )?(?:it|this|netflix|the (?:role|job|keeper test)) (?:means|comes with|won't|will not|isn't|is not)|i(?:'m| am) (?:going in|walking in) (?:knowing|with)|i accept (?:that|the)|i(?:'m| am) (?:wary|worried|nervous|unsure|less sure) (?:of|about)|my (?:worry|concern|question|hesitation) (?:is|would be|about|for you)|i(?:'d| would) want to (?:understand|know|ask)|the part i(?:'m| am) (?:less sure|unsure|worried))\b`,
  ],
  wantsStructure: [
    String.raw`\b(?:(?:a )?(?:clear|clearer|defined|structured|formal) (?:career )?(?:ladder|path|progression|promotion|levels?|structure|process(?:es)?)|weekly (?:goals|targets|check-?ins|one-on-ones)|(?<!(?:trades|less|little|no|without) )job security|more structure|(?:a lot of|close|more) (?:direction|guidance|hand-?holding)|someone to tell me what)\b`,
    // Wanting a safe harbour: "what I'm looking for next is somewhere stable", "I have a mortgage, so I need stability".
    // In the fitted files all nine recruiter answers that say so are labelled motivation 1. "I need stability less
    // than honest feedback" says the opposite.
    String.raw`\b(?:(?:looking for|want|value|need|prefer) (?:\w+ ){0,3}(?:stable|stability)(?! less\b)|somewhere stable|how secure (?:the|my) (?:role|job|position) is|build a long career)\b`,
  ],

  // ---- compensation ----
  compNumber: [
    String.raw`(?:\$\s?\d[\d,.]*\s?(?:k|m)?|\b\d{2,3}(?:,\d{3})+\b|\b\d{2,3}(?:\.\d+)?\s?(?:k|thousand|grand)\b|\b\d[\d.]*\s?(?:%|percent)\b)`,
    String.raw`\b(?:at|is|was|of|around|about|to|from|below|above|under|over) \d{3}\b`,
  ],
  compTerms: [
    String.raw`\b(?:base|salary|bonus|equity|rsus?|stock options?|options|sign-?on|signing bonus|relocation|total comp(?:ensation)?|tc|vesting|vest|cash|401k|refresh(?:ers)?|band|level|range)\b`,
  ],
  marketData: [
    String.raw`\b(?:levels\.fyi|market (?:data|rate|range)|benchmark\w*|comparable|peers|top of (?:the )?market|personal top of market|recruiters? (?:told|said|quoted)|offer from|competing offer|my current (?:comp|salary|base|total)|i(?:'m| am) (?:currently )?(?:at|making|earning|paid))\b`,
  ],
  priority: [
    String.raw`\b(?:my fixed costs|i need (?:at least|to cover)|i wouldn't go below|i won't go below|reasonably firm|firm|what matters (?:most )?to me|my priority|my priorities|i care more about|more important to me|i'd trade|i would trade|i'd take|i prefer|i'd rather|my floor|walk away|minimum i|below \S+ i|the lowest i|non-negotiable|deal-?breaker)\b`,
  ],
  bluff: [
    String.raw`\b(?:bluff\w*|exaggerat\w*|inflate\w*|make up (?:an|a) (?:offer|number)|pretend (?:i|to) have|lie about|fake (?:an )?offer)\b`,
  ],

  // ---- answers that try to game the grader ----
  // A mark is "give this a 5" or "score it 10/10"; a number with a unit after it is a budget ("I'd give it 10 ms at p99").
  instruction: [
    String.raw`(?:^|\n)\s*(?:system|assistant|user|grader|evaluator)\s*:|[[(]\s*(?:system|assistant|grader|evaluator|admin|developer)(?: (?:note|message|prompt|override))?\s*:|[[(]\s*(?:automated |ai )?(?:scoring|grading|grader|evaluat(?:or|ion)|system) (?:note|instructions?)\b|\b(?:scoring|grader) instructions\b|\b(?:note|instructions?|message) (?:to|for) (?:the |any )?(?:automated |ai |automatic )?(?:evaluat(?:or|ion system)|grad(?:er|ing system)|reviewer|scor(?:er|ing system)|model|assessor|marker)\b|\bignore (?:the |your |all |any )?(?:previous |prior |above )?(?:scoring|grading) (?:rubric|instructions|rules|guide)|\byou are now (?:a|an) (?:[a-z]+ ){0,2}(?:reviewer|grader|evaluator|assistant|scorer)\b|(?:^|[.!?]\s+|\n\s*)(?:assistant|grader|evaluator|model),? (?:before|when|please)|\b(?:assistant|grader|evaluator|model), (?:before|when|please)|\bbefore scoring\b|<!--|\bgrading (?:instructions?|notes?|guidance)\b|\bmeets the (?:excellent|good|highest|top) (?:anchor|level|band)\b|\bassign (?:a )?[1-5](?:/[1-5])? (?:to|on|for) (?:each|every|all)\b|\bscore it (?:a )?\d|\brecord (?:candor|judgment|self-reflection|specificity|motivation|requirements|a score)|\b(?:candor|judgment|self-reflection|specificity|motivation|requirements|failure-handling):? (?:4|5)\b|\bdo not (?:deduct|reduce|lower|penali[sz]e)\b|\bnote to (?:the )?(?:evaluator|grader|reviewer|scorer|model)\b|\bassign (?:the )?(?:maximum|max|highest|top|full) (?:level|score|marks?|rating)\b|\b(?:on )?(?:every|all|each) rubric dimensions?\b|\bcalibrated exemplar\b|\bthe rubric has (?:been )?(?:updated|changed)\b|\bgraded pass/fail\b|\bthis (?:one|answer) passes\b|\b(?:ignore (?:all |any |your |the |previous |prior |above )*(?:instructions|rules|rubric|prompts?)|disregard (?:the|your|all|previous)|(?:give|score|rate|grade|mark) (?:me|this|this answer|it)\b[^.]{0,30}\b(?:(?:5|4|10|100)(?![\d.,]|\s?(?:ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|hours?|days?|weeks?|months?|years?|%|percent|k|m|gb|mb|tb|x|times|nodes?|servers?|regions?|replicas?|retries|per)\b)|full|perfect|excellent|top|highest|maximum|max)\b|\b(?:5|4|10)/(?:5|4|10)\b|you are (?:a|an|now) (?:grader|evaluator|assistant|ai)|as an ai|system prompt|grader:|note to (?:the )?grader|dear grader|to the grader|the grader should|this answer (?:is|deserves) (?:excellent|perfect|a 4|a 5)|score: ?\d|excellent on (?:every|all) dimensions?)`,
  ],
} as const satisfies Record<string, readonly string[]>;

export type PatternName = keyof typeof PATTERNS;

/**
 * Rubric meta-vocabulary: words that name the qualities being graded rather than events. A real story
 * uses a few; a keyword pile is made of them. Each entry is a regex source; STAR labels count too.
 */
export const JARGON = [
  String.raw`\bcandou?r\b`,
  String.raw`\bjudgment\b`,
  String.raw`\bself-(?:reflection|awareness|aware)\b`,
  String.raw`\bspecificity\b`,
  String.raw`\bownership\b`,
  String.raw`\baccountab\w+`,
  String.raw`\breversibility\b`,
  String.raw`\btrade-?offs\b`,
  String.raw`\bcost of being wrong\b`,
  String.raw`\b(?:one|two)-way door\b`,
  String.raw`\buncertainty\b`,
  String.raw`\bkey metrics\b`,
  String.raw`\blessons? learned\b`,
  String.raw`\bgrowth mindset\b`,
  String.raw`\bblast radius\b`,
  String.raw`\bgraceful degradation\b`,
  String.raw`(?:^|[.!?]\s+|\n)\s*(?:situation|task|action|result|lesson(?: learned)?|metrics|failure ownership)\s*:`,
];

/** Workplace vocabulary: an answer with almost none of it (and little of the prompt's) is off topic. */
export const DOMAIN_WORDS = [
  "team",
  "manager",
  "project",
  "ship",
  "shipped",
  "launch",
  "launched",
  "customer",
  "customers",
  "service",
  "services",
  "code",
  "deploy",
  "deployed",
  "decision",
  "decided",
  "deadline",
  "feedback",
  "data",
  "system",
  "systems",
  "users",
  "user",
  "engineer",
  "engineers",
  "engineering",
  "company",
  "role",
  "job",
  "work",
  "worked",
  "product",
  "release",
  "migration",
  "design",
  "database",
  "cache",
  "latency",
  "traffic",
  "api",
  "incident",
  "outage",
  "review",
  "meeting",
  "stakeholders",
  "roadmap",
  "quarter",
  "sprint",
  "colleague",
  "peer",
  "director",
  "offer",
  "salary",
  "comp",
  "equity",
  "interview",
  "netflix",
  "mistake",
  "wrong",
  "risk",
  "plan",
  "option",
  "options",
  "trade-off",
  "rollback",
  "test",
  "testing",
  "metrics",
  "scale",
  "region",
  "server",
  "servers",
  "storage",
  "stream",
  "streaming",
  "video",
  "queue",
  "kafka",
  "replica",
  "shard",
  "requests",
  "qps",
  "members",
  "recruiter",
  "hiring",
  "career",
  "promotion",
  "report",
  "reports",
  "org",
  "leadership",
  "vendor",
  "client",
  "budget",
  "bug",
  "feature",
  "platform",
  "infrastructure",
  "pipeline",
  "model",
  "experiment",
  "analysis",
  "problem",
  "solution",
  "approach",
  "learned",
  "responsibility",
];

/** Words ignored when comparing an answer with the question or a rubric. */
export const STOPWORDS = [
  "the",
  "a",
  "an",
  "and",
  "or",
  "but",
  "if",
  "of",
  "to",
  "in",
  "on",
  "at",
  "for",
  "with",
  "by",
  "from",
  "as",
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "it",
  "its",
  "this",
  "that",
  "these",
  "those",
  "i",
  "you",
  "we",
  "they",
  "he",
  "she",
  "my",
  "your",
  "our",
  "their",
  "me",
  "us",
  "them",
  "what",
  "when",
  "how",
  "why",
  "who",
  "which",
  "do",
  "did",
  "does",
  "have",
  "has",
  "had",
  "not",
  "no",
  "so",
  "than",
  "then",
  "there",
  "about",
  "into",
  "out",
  "up",
  "would",
  "could",
  "should",
  "will",
  "can",
  "just",
  "tell",
  "time",
  "one",
  "some",
  "any",
  "all",
  "more",
  "most",
  "very",
  "also",
  "after",
  "before",
  "were",
  "said",
  "like",
];

// Openings that name the kind of story being told: "The hardest feedback I've had…", "I disagreed with my manager…",
// "My greatest strength is…". A candidate with one rehearsed story tells it whatever the question; the opening
// gives it away. Each kind lists the opening patterns and what a prompt must mention for that story to be the kind
// it asks for. Checked on the first sentence of four or more words only, so a story that gets to a disagreement later
// is not flagged.
const NAMED_STORY = String.raw`(?:i(?:'d| would) (?:pick|choose|use)|i think (?:about|of) most|i (?:always )?come back to|i own|i(?:'ve| have)? (?:ever )?(?:gave|given|got|gotten|received|had|ran|led|made|caused)|that (?:changed|taught|stung|shaped) me|that stung|of my career)`;
/** A kind of story named as the one being told: "hardest feedback I ever got", "failure of my career". */
const storyOf = (nouns: string) => `(?:[a-z-]+ ){0,2}(?:piece of )?(?:${nouns})s? ${NAMED_STORY}`;
/** "The hardest feedback I ever got", "the disagreement I'd pick", "the biggest failure of my career". */
const named = (nouns: string) => String.raw`\bthe ${storyOf(nouns)}`;
/** "The one that comes to mind", and round 36's "The clearest example I have is an outage I caused…". */
const OFFER = "(?:comes to mind|(?:clearest|best|obvious|biggest) example i (?:have|can think of|can give))";
/**
 * The same kind offered as the example that comes to mind ("The one that comes to mind is an outage I caused"). Only
 * for kinds that name the story, not its setting: "the one that comes to mind is a project I led" can open any story.
 */
const offered = (nouns: string) => String.raw`\b${OFFER} (?:is|was) (?:an?|the|my) ${storyOf(nouns)}`;
const BOSS = String.raw`(?:manager|director|boss|vp|ceo|cto|skip-level|head of [a-z]+|team lead)`;

/**
 * An opening sentence that only points at the story ("The clearest example is the customer portal launch at my last
 * company"): the story's kind is then told in the sentence after it, which the kinds' openings are also tested on.
 * Of the 55 seen answers that open this way, two have a second sentence naming a kind their question did not ask for,
 * and both answer another question: round 34's missed-deadline story told to a feedback question, and an older
 * disagreement story the reply rule already caught.
 */
export const STORY_POINTER = String.raw`^(?:[\w']+, )?(?:the |my )?(?:clearest|best|obvious|biggest|first|strongest|most recent|one|easiest|cleanest|sharpest|hardest|honest) (?:example|case|one|instance|answer)\b`;

export interface StoryKind {
  /** Names the kind in the grade's note: "opens with a disagreement with your manager". */
  label: string;
  /** Regex sources matched against the opening sentence (lower-cased, whitespace collapsed). */
  opening: string[];
  /** Regex source matched against the lower-cased prompt: the question asks for this kind of story. */
  asked: string;
  /**
   * A kind the second sentence can frame: "My director decided to merge the rotas. I disagreed: …" is a disagreement
   * story from its first line. `setup` is matched against the opening (someone's plan or call), `reply` against the
   * sentence after it. Both are needed: "She told me I was territorial. I disagreed at the time…" is a feedback story.
   */
  reply?: { setup: string; reply: string };
}

export const STORY_KINDS: StoryKind[] = [
  {
    label: "a disagreement",
    opening: [
      named("disagreement"),
      offered("disagreement"),
      String.raw`\bi disagreed\b`,
      String.raw`\bbetween me and my (?:own )?${BOSS}`,
    ],
    asked: String.raw`disagree|argu|conflict|push(?:ed)? back|oppos|object|overrul|contradict`,
    reply: {
      setup: String.raw`\b(?:decided|wanted|planned|proposed|chose) to\b`,
      reply: String.raw`^i (?:strongly )?disagreed\b`,
    },
  },
  {
    label: "a conflict",
    opening: [named("conflict"), offered("conflict")],
    asked: String.raw`conflict|disagree|argu|tension|fight|difficult|clash`,
  },
  {
    label: "a decision",
    opening: [named("decision")],
    asked: String.raw`decision|decid|\bcall\b|choice|chose|choose|\bbet\b|pick`,
  },
  {
    label: "a failure",
    opening: [named("failure|mistake"), offered("failure|mistake")],
    asked: String.raw`fail|mistake|wrong|badly|regret|caused|miss`,
  },
  {
    label: "a feedback story",
    opening: [named("feedback|review"), offered("feedback")],
    asked: String.raw`feedback|review|critic`,
  },
  { label: "a bet", opening: [named("bet")], asked: String.raw`\bbet|gambl|risk` },
  {
    label: "a hire",
    opening: [named("hire"), String.raw`\ba hire i got wrong\b`],
    asked: String.raw`\bhir(?:e|ed|es|ing)\b`,
  },
  { label: "a launch", opening: [named("launch")], asked: String.raw`launch|ship|release` },
  {
    label: "an incident",
    opening: [named("incident|outage"), offered("incident|outage")],
    asked: String.raw`incident|outage|production|on-call`,
  },
  {
    // Round 34: "I caused a two-hour outage of our order API", told to a question about context a team did not act
    // on. An outage you caused is a failure, so a question about failing, getting it wrong or a post-mortem asks for it.
    label: "an outage you caused",
    opening: [
      String.raw`^(?:[\w,' ]{0,30} )?i (?:once |accidentally |personally )?(?:caused|triggered|took down|brought down) (?:an?|the|our) (?:[\w-]+ ){0,3}(?:outage|incident|data loss)\b`,
    ],
    asked: String.raw`incident|outage|production|on-call|fail|mistake|wrong|badly|regret|caus|miss|broke|break|\bdown\b|post-?mortem|root cause|error|\bbug|\bsev`,
  },
  { label: "a migration", opening: [named("migration")], asked: String.raw`migrat` },
  {
    label: "a project",
    opening: [named("project"), String.raw`\b(?:a|the) project i (?:killed|should have killed)\b`],
    asked: String.raw`project|initiative|idea|product|feature|champion`,
  },
  {
    // The question asks about feedback given, the story is feedback received.
    label: "feedback you received",
    opening: [
      String.raw`\bfeedback (?:that )?i(?:'ve| have)? (?:ever )?(?:got|gotten|received|had)\b(?! (?:most |it |that )?wrong)`,
      String.raw`\bfeedback (?:that )?(?:was )?given to me\b`,
      String.raw`\bfeedback that changed me\b`,
      String.raw`\b(?:review|feedback) (?:that )?stung\b`,
      String.raw`\bi received\b`,
    ],
    asked: String.raw`feedback (?:you|i)(?:'ve| have)? (?:got|gotten|received|had|heard)|feedback (?:on|about) you|(?:received|heard|got) (?:critical |hard )?feedback|criticism of you|told you that you|review you got|you (?:got|received)|(?:looking|ask(?:ed|ing)?|went|go) (?:for|after) (?:[a-z]+ )?feedback|(?:sought|seek(?:ing)?) (?:[a-z]+ )?feedback`,
  },
  {
    // And the other way round.
    label: "feedback you gave",
    opening: [
      String.raw`\bfeedback i(?:'ve| have)? (?:ever )?(?:gave|given)\b`,
      String.raw`\bi had to give (?:[a-z]+ )?feedback\b`,
    ],
    asked: String.raw`(?:feedback|review|criticism) (?:that )?you(?:'ve| have)? (?:ever )?(?:gave|given|give|wrote|written)|(?:gave|give|given|wrote) (?:someone |a [a-z]+ )?(?:critical |hard |tough |difficult )?(?:feedback|review)|\byou (?:gave|give)\b[^.?]{0,40}\bfeedback|\bgiving\b[^.?]{0,40}\bfeedback|\bgive (?:your|a|an|the|someone|him|her|them)\b[^.?]{0,40}\bfeedback|you said to|conversation|told someone|performance`,
  },
  {
    // Round 32: feedback given to a manager about a habit ("My manager at a media analytics company used to rewrite
    // our client reports the night before") told to a question about going without feedback oneself.
    label: "a habit of your manager's",
    opening: [
      String.raw`^(?:[a-z ,]{0,30} )?(?:my|our) (?:old |former |previous |then )?${BOSS}(?: at (?:a|an|the|my|our) [^,.]{0,50})? (?:used to|had a habit of)\b`,
    ],
    asked: String.raw`manager|director|boss|leader|\blead\b|senior|above you|\bgave|\bgive|told (?:your|a|an|the|them|him|her)|said to|\bsay|conversation|push(?:ed)? back|disagree|habit|speak up|spoke up|raise|challeng|courage|cand|someone|colleague|peer`,
  },
  {
    label: "a call your manager made",
    opening: [
      String.raw`^(?:the clearest example is when |last year |in \d{4} )?(?:my|our) ${BOSS} (?:wanted|decided)\b`,
    ],
    asked: String.raw`manager|director|boss|leader|senior|above you|disagree|overrul|push(?:ed)? back|oppos|decision|argu|conflict|persuad|concern|told`,
  },
  {
    // Round 33: a missed-deadline story ("Last spring I committed to delivering a new invoicing export by the end of
    // Q1") told to a question about holding back criticism a manager asked for.
    label: "a delivery you committed to",
    opening: [
      String.raw`\bi committed to (?:delivering|shipping|launching|finishing|having|building|getting)\b`,
      // Round 34: "…and had committed to our biggest customer that it would be live on 1 June", after "The clearest
      // example is the customer portal launch" (see STORY_POINTER).
      String.raw`\bcommitted to (?:our|the|a|my) (?:[\w-]+ ){0,3}that (?:it|we|the [\w-]+) would be (?:live|ready|done|shipped|delivered|out|finished|launched)\b`,
    ],
    asked: String.raw`commit|deadline|promis|\bdate\b|deliver|\blate\b|slip|estimat|\bmiss`,
  },
  {
    label: "the work you're proudest of",
    opening: [
      String.raw`\b(?:work|project|thing|incident|launch)s? i(?:'m| am) (?:most )?proud(?:est)? of\b`,
      // Round 33: "The feedback I'm proudest of was to our brand design agency", to a question about feedback
      // outside one's craft. Anchored at the start: "…and the ranking change I'm proudest of lifted conversion" is a
      // detail of a genuine answer, not its frame.
      String.raw`^(?:the|my) (?:[\w-]+ ){0,2}i(?:'m| am) (?:most )?proud(?:est)? of\b`,
      String.raw`\bmy favourite project\b`,
    ],
    asked: String.raw`proud|best work|favourite`,
  },
  {
    label: "why you want to join Netflix",
    opening: [
      String.raw`\b(?:really |so )?excited about netflix\b`,
      String.raw`\bi (?:really )?want to (?:work at|join) netflix\b`,
      String.raw`\bnetflix is where i want\b`,
      String.raw`\bloved netflix\b`,
    ],
    asked: String.raw`netflix|why (?:this|us|here|now)|join|attract|interest|excite`,
  },
  {
    label: "why you're leaving",
    opening: [String.raw`\bi(?:'m| am) leaving (?:my [a-z ]+ )?because\b`, String.raw`\breason i(?:'m| am) leaving\b`],
    asked: String.raw`leav|why now|looking|stay|move|change`,
  },
  {
    label: "your background",
    opening: [
      String.raw`\bwalk you through my background\b`,
      String.raw`\b(?:two|a few) minutes on my background\b`,
      String.raw`\bmy background quickly\b`,
      String.raw`\bi've spent (?:[a-z]+|\d+) years in\b`,
    ],
    asked: String.raw`background|career|\bcv\b|resume|about yourself|experience`,
  },
  {
    label: "your pay expectations",
    opening: [
      String.raw`\btotal compensation i(?:'m| am) targeting\b`,
      String.raw`\bin terms of compensation\b`,
      String.raw`\bi(?:'m| am) targeting around \$`,
    ],
    asked: String.raw`compens|salary|\bpay|paid|worth|money|offer|expect`,
  },
  {
    label: "your greatest strength",
    opening: [String.raw`^(?:honestly,? |i think |i'd say )?my (?:greatest|biggest) strength is\b`],
    asked: String.raw`strength`,
  },
  {
    label: "your weakness",
    opening: [String.raw`^(?:honestly,? |i think |i'd say )?my (?:biggest |greatest )?weakness is\b`],
    asked: String.raw`weakness|work on|improve|growth|develop`,
  },
];

/**
 * Architecture buzzwords: the vocabulary of a design that says what it is ("cloud-native, self-healing, five nines")
 * instead of how it works. Real designs use a few; a buzzword-only answer is made of them. One regex source.
 */
export const DESIGN_BUZZWORDS = String.raw`\b(?:cloud-native|event-driven|self-healing|zero-trust|ai-driven|ai-powered|ml-driven|ml-optimi[sz]ed|hyper-?scal\w*|hyper-resilient|infinite(?:ly)? (?:horizontal )?scal\w*|future-proof\w*|best-in-class|world-class|cutting-edge|next-gen\w*|bleeding-edge|serverless|mesh|microservices?|kubernetes|k8s|web-?scale|synerg\w*|paradigm|leverag\w*|observability-first|gitops|devsecops|mlops|blockchain|quantum|holistic|seamless(?:ly)?|robust|scalable|resilient|elastic(?:ally)?|five[- ]nines|99\.999|end[- ]to[- ]end|by design|single pane of glass|digital transformation|data-driven|cqrs|event[- ]sourc\w*|active-active|multi-region|chaos engineering|idempotent|observable|intelligent)\b`;

/**
 * A design answer's opening that names the system it designs ("Let me design the 'Remind me' feature", "To design a
 * URL shortener", "For a URL shortener, I'd…"). Group 1 is the system; when none of its words is in the prompt or the
 * look-fors, the answer designs something else.
 */
export const DESIGN_OPENING = [
  String.raw`^(?:(?:ok(?:ay)?|so|sure|right),? )?(?:let me|let's|i'll|i will|i'm going to|i am going to|i'd like to|to) (?:design|build|sketch|scope this as|walk through) (?:the|a|an|this as (?:a|an|the)) (.{3,80}?)(?:[.:;,(]|$| for | with | that | in | where | so )`,
  String.raw`^for (?:a|an) (.{3,60}?), i(?:'d| would)\b`,
];
