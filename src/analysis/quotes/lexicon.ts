/**
 * Word lists for attribution. They describe English news writing in general (wire, broadsheet, local), not any one
 * article: verbs reporters use to attribute speech, nouns that head a description of a source, title words that
 * precede a name, and first names / title words that reveal grammatical gender for pronoun resolution.
 */

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/**
 * Finite speech verbs (past, present 3rd person, and the bare form after "will"/"did"/"to"). A quote or reported
 * clause is attributed to the subject of one of these.
 */
export const SPEECH_VERBS = words(`
  said says say told tells tell added adds add warned warns warn urged urges urge stated states declared declares
  insisted insists argued argues claimed claims noted notes explained explains asked asks replied replies responded
  responds wrote writes tweeted tweets posted posts announced announces acknowledged acknowledges admitted admits
  conceded concedes confirmed confirms denied denies described describes called calls criticised criticized
  criticises criticizes condemned condemns threatened threatens vowed vows pledged pledges promised promises
  predicted predicts suggested suggests recalled recalls continued continues cautioned cautions stressed stresses
  emphasised emphasized emphasises emphasizes reiterated reiterates repeated repeats complained complains accused
  accuses demanded demands dubbed dubs branded brands labelled labeled labels hailed hails praised praises welcomed
  welcomes lamented laments joked jokes quipped quips shouted shouts yelled whispered remarked remarks observed
  observes agreed agrees maintained maintains contended contends countered counters recounted recounts estimated
  estimates assured assures indicated indicates signalled signaled signals dismissed dismisses rejected rejects
  blasted blasts slammed slams decried decries appealed appeals pleaded pleads advised advises recommended
  recommends proposed proposes reported reports texted emailed wondered wonders mused muses boasted boasts
  acknowleged characterised characterized characterises characterizes deemed deems deplored deplores exclaimed
  concluded concludes answered answers thundered tweeted admitted charged charges alleged alleges revealed reveals
  disclosed discloses cited cites offered offers summed summarised summarized explained announced predicted
  laughed laughs sighed sighs smiled shrugged remembered remembers reflected reflects testified testifies asserted
  asserts affirmed affirms retorted snapped fumed gushed enthused marvelled marveled clarified clarifies speculated
  reckoned reckons cried begged implored proclaimed interjected commented comments thanked
  blamed blames ruled argue insist allege contend complain
  lambasted lambastes castigated castigates excoriated excoriates berated berates rebuked rebukes scolded scolds
  chided chides touted touts informed informs chimed
  griped gripes grumbled grumbles scoffed scoffs sniped blurted muttered mumbled murmured stammered screamed bellowed
  hollered sobbed wailed chuckled gasped groaned barked growled raved bragged brags crowed confided confides
  confessed confesses ventured surmised opined opines posited theorized theorised reasoned protested objected
  interrupted rejoined reassured swore uttered utters hinted inquired enquired queried instructed elaborated reminisced messaged
  ranted fretted ripped rips railed rails
  explain admit concede acknowledge confirm joke recall reply respond note moaned moans whimpered sneered
  rapped raps sang sings crooned slam blast accuse criticize criticise condemn praise implied implies
  beamed beams smiles grinned grins chuckles giggled snorted piped teased bemoaned roared boomed hissed sneered jeered
  thinks believes believed hopes hoped chanted chants
  defended framed portrayed expressed voiced questioned challenged captioned captions
  yells screams shrieks shrieked cries whispers mutters exclaims shrugs snaps retorts fumes gushes marvels begs
  interjects proclaims hollers sobs wails gasps groans barks growls raves mumbles murmurs stammers bellows scoffs
  snipes blurts ventures teases bemoans roars booms hisses sneers jeers enthuses rants frets reasons swears hints
  inquires enquires queries instructs elaborates reminisces speculates reassures chirps chirped surmises posits
  theorizes theorises implores
`);

/**
 * Present participles of speech verbs: "Reid hit back, saying ...", "with engineers describing the bridge as ...".
 * Their subject is the main clause's subject, or the noun phrase after "with".
 */
export const SPEECH_PARTICIPLES = words(`
  saying adding telling noting warning calling describing arguing insisting explaining urging claiming stating
  declaring accusing branding dubbing labelling labeling praising criticising criticizing condemning vowing
  pledging promising predicting suggesting stressing complaining demanding hailing slamming blasting dismissing
  rejecting denying admitting conceding acknowledging writing tweeting posting commenting replying responding
`);

/** Verbs that attribute only with a statement-like object: "issued a joint statement", "released a statement". */
export const STATEMENT_VERBS = words('issued issues released releases published publishes put puts sent sends shared shares provided provides gave gives');
export const STATEMENT_NOUNS = words('statement statements communique communiqué declaration warning letter note message post video');

/** Auxiliaries and adverbs that may sit between a subject and its speech verb ("has also warned"). */
export const VERB_FILLERS = words(`
  has have had was were is are will would could did does do also later then previously earlier recently again
  quickly simply flatly once further repeatedly publicly privately separately only already frequently often
  reportedly allegedly angrily bluntly firmly just still never not initially subsequently
`);

export const PRONOUNS: Record<string, { gender: 'male' | 'female' | 'neuter' | 'plural' | 'first'; }> = {
  he: { gender: 'male' },
  she: { gender: 'female' },
  they: { gender: 'plural' },
  it: { gender: 'neuter' },
  we: { gender: 'first' },
  i: { gender: 'first' },
};

/** Determiners that open a description of an unnamed source. Lowercased before lookup. */
export const DETERMINERS = words(`
  a an the another one two three four five several some many other both few most each either those these this that
  any all his her their its
`);

/**
 * Head nouns of source descriptions ("a senior NATO official", "the ministry"). Singular forms; plurals are
 * recognised by a trailing "s"/"es"/"ies".
 */
export const SPEAKER_NOUNS = words(`
  official diplomat spokesman spokeswoman spokesperson source minister ministry officer commander general analyst
  expert resident witness lawmaker legislator senator aide adviser advisor envoy ambassador representative leader
  chief head director president chairman chairwoman chairperson secretary secretary-general statement report
  government administration department agency company firm military army police prosecutor judge lawyer attorney
  doctor nurse teacher student parent mother father woman man farmer worker employee owner manager researcher
  scientist professor economist activist campaigner protester organiser organizer negotiator mediator observer
  monitor correspondent journalist reporter member councillor councilman councilwoman mayor governor sheriff coroner
  investigator inspector detective soldier veteran victim survivor neighbour neighbor friend relative colleague
  insider person people group organisation organization union coalition alliance council committee commission office
  embassy authority authorities ally allies partner consultant strategist pollster historian critic supporter
  opponent fan customer passenger driver pilot engineer executive ceo founder chair candidate voter nation country
  country's staffer staff official's regulator watchdog bank court spokespeople operator paramedic firefighter
  officer-in-charge planner developer landlord tenant shopkeeper trader businessman businesswoman entrepreneur
  physician surgeon epidemiologist medic expert's citizen villager local commissioner superintendent principal
  coach player manager's pastor priest imam rabbi bishop pope cardinal archbishop tribe family relatives daughter son wife husband brother
  sister uncle aunt grandmother grandfather boy girl child children men women guard captain lieutenant colonel
  sergeant admiral marshal mp mep premier chancellor opposition rival challenger lobby industry campaign side
  meteorologist forecaster spokesperson's biologist ecologist climatologist statistician airline carrier retailer
  charity insurer lender manufacturer maker carmaker automaker broadcaster network institute university hospital
  school club team association society trust foundation corporation startup chain utility district board body
  league federation organisation's organization's delegate delegation participant attendee publicist agent
  publisher promoter producer singer rapper author
  volunteer patient rescuer homeowner shopper commuter motorist tourist visitor spectator onlooker eyewitness
  bystander demonstrator graduate athlete climber hiker fisherman sailor crewman ranger warden solicitor barrister
  defendant plaintiff juror mourner worshipper parishioner caller listener viewer buyer seller investor shareholder
  dealer vendor contractor builder miner midwife carer caregiver clerk cashier waiter waitress bartender chef cyclist
  traveller traveler refugee migrant immigrant grower rancher pensioner retiree
  mum mom dad stepmother stepfather stepson stepdaughter fiance fiancé fiancee fiancée girlfriend boyfriend grandson
  granddaughter niece nephew cousin sibling notice advisory message alert
  confidant confidante
  couple pair duo trio service management leadership newspaper paper magazine tabloid outlet station bureau crew
  television tv radio media
  user commenter poster follower blogger writer columnist editor host anchor presenter commentator pundit contributor
  reader subscriber teammate classmate roommate coworker co-worker boss employer musician artist designer architect
  counsel advocate filmmaker photographer teen teenager youth trooper deputy counselor counsellor therapist
  psychologist psychiatrist dentist pharmacist veterinarian scholar academic lecturer dean provost headteacher
  headmaster referee umpire fighter boxer runner swimmer golfer trainer petitioner complainant accuser suspect inmate
  prisoner detainee cleric monk nun preacher congressman congresswoman assemblyman assemblywoman nominee lobbyist
  intern administrator auditor examiner banker broker accountant narrator interviewer comedian dancer coordinator
  specialist technician mechanic electrician plumber band orchestra choir troupe rep
  assistant attendant informant claimant applicant occupant inhabitant servant merchant entrant descendant politician
  clinician pediatrician paediatrician mathematician magician beautician dietitian dietician obstetrician optician
  pianist guitarist violinist cellist drummer novelist poet playwright physicist chemist geologist linguist
  archaeologist anthropologist sociologist neuroscientist virologist immunologist cardiologist oncologist astronomer
  astrophysicist geographer jockey conductor composer songwriter vocalist singer-songwriter screenwriter actor actress
  baker butcher carpenter nanny doorman janitor caretaker gardener housekeeper postman postwoman chaplain deacon vicar
  rector missionary cameraman camerawoman animator illustrator curator librarian archivist translator interpreter
  tutor instructor mentor apprentice trainee cadet recruit donor benefactor philanthropist landowner storekeeper
  innkeeper publican hotelier restaurateur grocer florist jeweller jeweler tailor barber hairdresser stylist
  lead schoolgirl schoolboy schoolchild schoolchildren pupil youngster kid adult elder twin islander churchgoer
  householder homeowner flatmate housemate treasurer bursar registrar comptroller steward
  skeptic sceptic doubter naysayer cynic detractor
`);

/** Description heads that name an institution rather than a person: such speakers are kind "organization". */
export const ORG_HEADS = words(`
  ministry government administration department agency company firm military army police union coalition alliance
  council committee commission office embassy authority authorities bank court regulator watchdog organisation
  organization group nation country operator opposition lobby industry campaign side party airline carrier retailer
  charity insurer lender manufacturer maker carmaker automaker broadcaster network institute university hospital
  school club team association society trust foundation corporation startup chain utility district board body
  league federation service management leadership newspaper paper magazine tabloid outlet station bureau
  television tv radio media studio drugmaker chipmaker conglomerate zoo museum
`);

/** Words inside a proper name that make it an institution ("Foreign Ministry", "White House", "Revolutionary Guards"). */
export const ORG_NAME_WORDS = words(`
  Ministry Department Agency Council Office Party Government Administration Commission Committee Organisation
  Organization Union Alliance Coalition Bank Court Police Army Navy Corps Guards Force Forces Command Pentagon Kremlin
  House Parliament Congress Senate Assembly Embassy Institute University College Foundation Association Federation
  Inc Inc. Corp Corp. Ltd Ltd. LLC Group Company Authority Service Services Board Bureau Network News Times Post
  Agence Press Reuters Tribunal Secretariat Cabinet Presidency Palace Church Club League Movement Front Brigade
  Battalion Division Regiment Hospital School Centre Center Airlines Airways Railways Co. Co Holdings Fund Trust
  Police Station Party's Ministry's Department's Observatory Laboratory Laboratories Academy Museum Institution
  Programme Initiative Watch Treasury Exchequer Vatican Fed Met Fleet Squadron Marines Airborne
`);

/**
 * Words that may precede a person's name as a title ("US Secretary of Defense Mark Esper", "Maj.-Gen. Jane Smith").
 * Nationality adjectives and abbreviations are included because they usually lead a title ("Canadian Maj.-Gen.").
 */
export const TITLE_WORDS = words(`
  President Vice Prime Minister Secretary General Gen. Maj. Maj.-Gen. Lt. Lt.-Gen. Lt.-Col. Col. Colonel Captain
  Lt Cmdr Cmdr. Cdr Cdr. Sgt Capt Col Maj Brig Gen Adm Supt Supt. Insp Insp. Det Cpl Pte Counsel
  Capt. Sgt. Sergeant Adm. Admiral Chancellor Foreign Defence Defense Interior Finance Health Justice State Senator
  Sen. Rep. Representative Gov. Governor Mayor Judge Chief Executive Director Commissioner Ambassador Dr. Dr Mr.
  Mr Mrs. Mrs Ms. Ms Miss Prof. Professor Rev. Reverend Pope King Queen Prince Princess Sheikh Ayatollah Deputy
  Acting Former Supreme Leader Officer Inspector Detective Det. Sheriff Councillor Councilman Councilwoman Alderman
  MP MEP Speaker Senior Lord Lady Sir Dame Attorney Treasury Labor Labour Education Environment Trade Economy
  Economic Home Transport Energy Agriculture Culture Chairman Chairwoman Chair Commander Marshal Field Brig. Brigadier
  Major Lieutenant Private Pte. Cpl. Corporal Minister-President Premier Crown Emir Emperor Grand Ayatollah Cardinal
  Bishop Archbishop Imam Rabbi Father Sister Brother Coach Assistant Associate Mrs Minister's Opposition Party
  Spokesman Spokeswoman Spokesperson Press Interim Caretaker First Lady Foreign-Minister Deputy-Director
  US U.S. UK U.K. EU UN U.N. NATO American British Canadian Iranian Iraqi French German Russian Chinese Israeli
  Palestinian Syrian Turkish Saudi Egyptian Ukrainian Polish Italian Spanish Japanese Indian Pakistani Afghan
  Australian Irish Scottish Welsh Dutch Belgian Swedish Norwegian Danish Finnish Greek Mexican Brazilian Lebanese
  Jordanian Qatari Emirati Kurdish Yemeni Libyan Nigerian Kenyan South North Korean Taiwanese Venezuelan Cuban
  Democratic Republican Conservative Liberal Socialist Green Labour's Tory
  Defender Prosecutor Solicitor-General Solicitor Auditor Comptroller Controller Clerk Coroner Magistrate Airman
  Seaman Petty Supervisor Superintendent Treasurer Registrar Administrator Coordinator
`);

/** Lowercase words allowed inside a multi-word title ("Secretary of Defense", "Minister for Foreign Affairs"). */
export const TITLE_JOINERS = words('of for the and');

/** Lowercase particles allowed inside a personal name ("Ursula von der Leyen", "Ali al-Sistani"). */
export const NAME_PARTICLES = words('de da das do dos du van von der den la le di del della bin ibn al el ben ter');

export const NAME_SUFFIXES = words('Jr. Jr Sr. Sr II III IV');

export const FEMALE_TITLES = words('Mrs. Mrs Ms. Ms Miss Madam Madame Lady Dame Queen Princess Sister Duchess Baroness');
export const MALE_TITLES = words('Mr. Mr Sir Lord King Prince Father Brother Duke Baron');

export const FEMALE_NOUNS = words(`
  spokeswoman chairwoman congresswoman councilwoman businesswoman woman mother wife daughter sister aunt grandmother
  girl actress widow policewoman stateswoman sportswoman queen princess mum mom stepmother stepdaughter fiancée
  fiancee girlfriend granddaughter niece
`);
export const MALE_NOUNS = words(`
  spokesman chairman congressman councilman businessman man father husband son brother uncle grandfather boy actor
  widower policeman statesman sportsman king prince dad stepfather stepson fiancé fiance boyfriend grandson nephew
`);

/**
 * Common given names by gender, used only to pick between "he" and "she" antecedents. Unknown names stay unknown
 * (compatible with either pronoun), so the list never forces an attribution on its own.
 */
export const FEMALE_NAMES = words(`
  Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra Ashley
  Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen
  Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra Rachel Carolyn Janet
  Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith
  Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice Jean Abigail
  Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie Brittany
  Charlotte Marie Kayla Alexis Lori Jennie Jenny Angela Ursula Theresa Jacinda Kamala Hillary Nancy Nicola Liz Priti
  Federica Christine Kristalina Ngozi Angela Annalena Giorgia Marine Ségolène Sanna Mette Magdalena Margrethe Helle
  Ayesha Aisha Fatima Leila Layla Yasmin Zainab Mariam Maryam Noor Nadia Samira Amal Huda Rania Sofia Sophie Chloe
  Lucy Ella Amelia Isla Ava Mia Lily Freya Ruby Zoe Jane Joanna Jo Kate Katie Claire Clare Fiona Alison Gillian
  Eleanor Harriet Imogen Priya Anjali Sunita Mei Li Yuki Keiko Ana Carmen Lucia Elena Irina Olga Natalia Tatiana
  Svetlana Yulia Oksana Greta Ingrid Astrid Annika Birgit Monika Petra Sabine Ulrike Claudia Francesca Giulia Chiara
  Aurélie Camille Nathalie Isabelle Sylvie Valérie Ruth Esther Miriam Naomi Deborah Shira Tamar Yael Rosa Marta Paula
  Beatriz Adriana Gabriela Mariana Daniela Valentina Camila Lucía Jasmine Tanya Tara Rose Rosie Molly Holly Ellie
  Erin Siobhan Niamh Aoife Maeve Bridget Deirdre Linda Wendy Tracy Tracey Stacey Vanessa Veronica Monica Rita Gina
  Dolores Marisol Ines Inês Joana Leonor Aleksandra Agnieszka Katarzyna Ewa Zofia Hanna Anne Annie Beth Ellen Meg
`);
export const MALE_NAMES = words(`
  James Robert John Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark
  Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary
  Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond
  Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Christian
  Keith Roger Terry Gerald Harold Sean Austin Carl Arthur Lawrence Dylan Jesse Jordan Bryan Billy Joe Bruce Gabriel
  Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip Louis Jens
  Emmanuel Boris Vladimir Xi Recep Tayyip Mike Mohammed Muhammad Mohammad Ahmed Ali Hassan Hussein Omar Khalid
  Abdullah Ibrahim Yusuf Mustafa Qasem Qassem Javad Hassan Ebrahim Hamid Reza Mahmoud Bashar Benjamin Naftali Yair
  Olaf Rishi Keir Tony Gordon Nick Jean-Yves Jean-Claude Josep Antonio Pedro
  Mario Giuseppe Luigi Marco Giovanni Matteo Francesco Carlos Luis Miguel Javier Alejandro Diego Andrés Jorge
  Fernando Ricardo Eduardo Rafael Sergio Pablo Manuel Francisco Hans Klaus Wolfgang Jürgen Dieter Heiko Friedrich
  Karl Franz Stefan Markus Thomas Lars Anders Erik Nils Jonas Mikael Pierre Jacques François Nicolas Olivier Laurent
  Philippe Alain Bernard Michel Sergei Sergey Dmitry Dmitri Alexei Alexey Ivan Nikolai Igor Oleg Andrei Yuri Viktor
  Volodymyr Petro Taras Hamza Imran Nawaz Narendra Rahul Amit Raj Sanjay Arjun Wei Jun Hiroshi Kenji Takeshi Shinzo
  Fumio Yoshihide Moon Tom Tim Jim Bob Bill Dan Dave Steve Rob Ben Sam Joe Ed Ted Fred Harry Ollie Oliver Liam
  Connor Callum Jamie Rory Seamus Declan Ciaran Padraig Hamish Angus Ewan Owen Rhys Gareth Dafydd Ian Neil Colin
  Graham Simon Martin Malcolm Nigel Trevor Derek Barry Dominic Rupert Hugo Felix Max Leo Luca Elias
  Abdul Tariq Bilal Faisal Saad Salman Mohammed Mehmet Ahmet Mustafa Emre Kemal Dylan Darren Shane Wesley
`);

/**
 * Heads of epithets reporters use for someone already named ("the former Ireland international", "the
 * 45-year-old", "the Frenchman"): with "the" they refer back to the latest person rather than introduce a source.
 */
export const EPITHET_HEADS = words(`
  international veteran striker midfielder defender winger goalkeeper forward star player actor actress singer
  rapper musician author novelist billionaire tycoon frenchman englishman scot irishman welshman briton american
  german spaniard italian australian canadian dutchman russian ukrainian brazilian argentine nigerian kenyan
  incumbent challenger newcomer centrist populist conservative liberal socialist democrat republican
  tory whig nationalist unionist loyalist progressive moderate libertarian leftist brexiteer remainer
  superstar frontman frontwoman comic millionaire mogul magnate industrialist financier heiress socialite celebrity
  sprinter gymnast wrestler quarterback champion medallist medalist olympian
`);

/** Round numbers written as plural nouns before "of" ("dozens of residents"). */
export const ROUND_NUMBERS = /^(?:dozens|hundreds|thousands|scores|millions|tens)$/i;
