"""Groups of CAMEO codes, roles and words the event coder's rules refer to by name."""

from __future__ import annotations

import re

from letopis.events.lexicon import Slot

SYMMETRIC_ROOTS = {"04", "05", "06", "19"}
# the roots a compound adjective's countries hold together ("российско-китайские переговоры, учения"): consult and
# material cooperation, not a standing treaty, relation or war ("советско-американский договор", "ирано-иракская война")
JOINT_ACT_ROOTS = {"04", "06"}
PAIRED_ROOTS = SYMMETRIC_ROOTS | {"03"}  # "Путин и Рахмон выразили настрой": each towards the other
# regret, apology and forgiveness go from one side to another: "Россия и Китай выразили сожаление в связи с гибелью
# людей" is no apology between them (a signed treaty is); so do praise, verbal defence, rallied support and
# recognition (051-054): "Иран и «Хезболла» поддерживают в войне президента Асада" (the parser hangs the president
# on the war), "поздравили королева и премьер-министр" tell no support of the one for the other
UNPAIRED_CODES = ("051", "052", "053", "054", "055", "056")
# the compound prepositions that name the participants of a meeting ("встреча с участием министров России и Китая",
# "переговоры при участии представителей Армении и Азербайджана"): its sides, unless word class bystander
PARTICIPATION_PREPOSITIONS = {"с участием", "при участии"}
PARTICIPATION_NOUNS = {preposition.split()[1] for preposition in PARTICIPATION_PREPOSITIONS}
# endings of verbal nouns ("нарушение", "развитие"): an instrumental after one is its agent, not an earlier noun's
VERBAL_NOUN_ENDINGS = ("ние", "тие")

# intents whose act a decision makes (coder: "decided"): coercion ("решило выслать дипломатов") and yielding by
# decree (0351 restrictions, 0353 release, 0354 sanctions eased)
DECIDED_ACT_INTENTS = ("13", "0351", "0353", "0354")

PERSONAL = {"он", "она"}
PERSONA_WORDS = {"нон", "грат", "грата"}  # the Latin tail of "персона нон грата": never the person declared
FIRST_PERSON = {"мы", "я"}  # the speaker's side in what a named speaker says
SECOND_PERSON = {"вы", "ты"}  # the audience a quote addresses: never an actor of the text
PLEA_CODES = {"015", "016"}
CLAIM_CODE = "015"  # acknowledge or claim responsibility: the act claimed is the claimant's
# fire with no named agent comes from the place it is fired from ("из сектора Газа выпущена ракета", "с территории
# Ливана обстреляли"): that place's state or territory is the source
FIRE_ROOTS = {"18", "19", "20"}
ORIGIN_SLOTS = [Slot("prep", "из", "Gen"), Slot("prep", "с", "Gen")]
COMMITTED = "совершить"  # the support verb of an act committed: a claimed act counts as one
TRIAL_REQUEST_ROOTS = {"02", "10"}
VERDICT_CODES = ("116",)  # a court's finding of guilt or sentence: asked for, it is an accusation
COURT_ORDER_CODES = ("173",)  # an arrest or detention: asked of a court, it is an accusation too
ACCUSATION_CODE = "1121"
# an ongoing offence a speaker says another side commits ("заявил, что Израиль убивает мирных жителей"): his
# accusation of it (ACCUSE), besides the act he reports
CLAIMED_OFFENCE_ROOTS = {"17", "18", "19", "20"}
# support or aid of insurgents, rebels or an opposition a speaker says another side gives ("заявил, что Турция
# поддерживает террористов", "США финансируют оппозицию"): an accusation of meddling too
CLAIMED_MEDDLING_ROOTS = {"05", "07"}
CLAIM_OF_OFFENCE_CODE = "112"
SIDE_ROLES = {"OPP", "INS", "REB"}  # roles that stand against their own country's state
DEFENCELESS_ROLES = {"CVL", "OPP", "MED", "REF"}  # civilians, opponents, journalists, refugees: force on them wrongs them
QUESTION_WORDS = {"кто"}  # the subject of an indirect question: "не знает, кто убил"
QUESTION_MARK = "?"
CLOSING_MARKS = ("»", "\"", ")", "”")  # what may follow the question mark of a question quoted whole
ANAPHORS = {"он", "она", "они", "оно", "сторона", "глава", "лидер", "который", "его", "ее", "их"}
MAX_DOMAIN_RATIO = 0.01  # sports/culture words per token above which an article codes no events
MEMBERSHIP = {"от", "из"}  # "кандидаты от оппозиции", "хакеры из России": the group is the actor
ROLE_CODES = {"GOV", "MIL", "SPY", "COP", "LEG", "JUD", "OPP", "INS", "REB", "MED", "BUS", "CVL", "REF"}
UNKNOWN_AGENT_ROOTS = {"18", "19", "20"}  # violence by someone unnamed is still an event
# the relations of a participle used as a noun ("семьям погибших", "память погибших"): it names people, no predicate
NOMINAL_RELS = ("nmod", "obj", "iobj", "obl", "nsubj", "nsubj:pass")
# an agentless killing told "при нападении", "в ходе нападения", "в результате атаки": the attack the text told
# before, whose attacker it names (``ImpliedActors.attacker_of_told_attack``; the attack nouns are word class
# ``told_attack``); the noun alone ("при X"), or the phrase noun whose genitive it is ("в ходе X", "во время X")
TOLD_ATTACK_FRAMES = {"ход", "результат", "время"}
TOLD_ATTACK_PREPOSITIONS = ("при", "в ходе", "в результате", "во время")
GIVING_ROOTS = {"06", "07"}  # money given or invested is literal: "пожертвовала Украине 10 млн долларов"
REACTION_ROOTS = {"05", "11", "12"}  # welcoming, condemning, rejecting an act: the act named is another's
CONCERN_CODES = ("012",)  # concern at an act ("выразил озабоченность приговором"): aimed, like a reaction, at its agents
# reducing relations (16: cutting ties, halting aid or talks, expelling, embargoes) is done to a party; one that names
# none ("авиабаза временно приостановила транзитные полеты") is a measure of the actor's own, no event between actors
TARGETED_ROOTS = ("16",)
# but a mediation halted (165) is the mediator's own act, whose parties may go unnamed ("Катар свернул посредничество
# в ливанском кризисе")
UNTARGETED_CODES = ("165",)
COERCIVE_ROOTS = {"15", "16", "17", "18", "19", "20"}  # what a warning may say an act will bring: a threat
IMPLIED_AGENT_ROOTS = {"11", "17", "18", "19", "20"}
# of root 11 nouns, only legal acts have the state of the place as their unnamed agent (charges, lawsuits, verdicts);
# a criticism, an accusation or a complaint with no accuser named ("прозвучали обвинения в нарушении суверенитета
# Ирака") is no act of the state a place in it names
IMPLIED_DISAPPROVAL_CODES = ("1121", "1122", "1123", "1124", "1125", "115", "116")
# a charge of a crime told by a present passive participle on the accused ("пограничник, обвиняемый в убийстве") is an
# act the state brought, not a habit that names the person (`EventCoder.standing_charge`)
STANDING_CHARGE_CODES = frozenset({"1121"})
# yielding: easing sanctions, releasing, allowing, de-escalating (an agentless one a state body announces is its own)
YIELD_ROOT = "08"
RELEASE_CODE = "084"  # releases of people or property (0841, 0842)
# the acts a government makes by speaking (statements, appeals, intents, praise, demands, accusations, rejections,
# threats; not a protest, which crowds make): told with an indefinite plural said "in" a capital or a seat of power ("В Вашингтоне
# потребовали", "в Белом доме приветствовали"), that seat speaks; not a verdict ("в Москве осудили на пять лет")
SPOKEN_CODES = ("01", "02", "03", "051", "052", "055", "10", "11", "12", "13")
UNSPOKEN_CODES = ("116",)
# a killing reported in the passive with no agent ("был застрелен", "убит глава города"): the killer is
# unknown (EVENTS.md "---"), not the state of the place as for an execution or an arrest
KILLING_CODES = {"186", "1823"}
# arrests and dispersals whose unnamed victims an agentless passive names ("в Минске задержаны 600 человек"): the
# state of the place acts on its private people
CROWD_ARREST_CODES = {"173", "175"}
# roots whose source or target may be a private person the knowledge base does not know: a civilian of the
# country where it happens ("суд признал Мирзаева виновным", "мужчина застрелил двух полицейских")
PRIVATE_TARGET_ROOTS = {"08", "11", "12", "17", "18", "19", "20"}
PRIVATE_AGENT_ROOTS = {"18", "19", "20"}
# "открыли огонь по демонстрантам, убив пять человек": the toll a converb tells is the attack's, not a second one
VIOLENT_CODES = ("175", "18", "19", "20")
# the acts between states by which a state named as such addresses another's envoy or body ("Россия вызвала посла",
# "США выслали дипломатов", "Китай осудил правительство"): appeals, demands, disapproval, rejection, threats, cut
# relations; an envoy or a body the linker gave only the source's own country is the other state's (not an arrest or
# a sentence, which a state makes at home: "Китай арестовал чиновника")
GUESSED_TARGET_ROOTS = {"02", "10", "11", "12", "13", "16"}
# a removal from office ("освобождён от должности", "уволен") of a state official is made by his own government
OFFICE_CODES = {"172"}
OFFICIAL_ROLES = {"GOV", "MIL", "SPY", "COP", "JUD"}
SEARCH_CODES = {"091"}
SCENE_TARGET_CODES = ("183",)  # a bombing with no named target strikes the country where it happens
# a shooting or bombing whose implied agent is the state of its place strikes that place's people; an unnamed
# side's shelling or a massacre (19, 20) is not the place's own state acting at home
SCENE_STRUCK_ROOTS = {"18"}
# praise, thanks, support, defence, recognition, apology and forgiveness are addressed to someone: a place named as
# where the people addressed are ("поблагодарил участников форума в Москве") is no party to them
ADDRESSED_CODES = ("050", "051", "052", "053", "054", "055", "056")
# in an article dense with sports or culture words, only what police, courts and security services do to people
# is news ("полиция задержала актёра"); the martial verbs of a match report are not
OFF_TOPIC_SOURCE_ROLES = {"COP", "SPY", "JUD"}
DEMAND_ROOT = "10"  # a protest's converb of demand names whom it is aimed at
REFUSAL_ROOT = "12"  # a refusal whose slot is the refused act's noun is aimed at that act's other side
ASKING_ROOTS = {"02", "03", "10"}  # an appeal, an offer or a demand, which a coordinated refusal answers
LEADERSHIP_DEMAND_CODE = "1041"  # a demand that someone be removed from office
VICTIM_ROOTS = {"17", "18", "19", "20"}  # coercion and violence: their object names the victims
COMPLAINT_CODE = "114"  # "выступил с протестом": a formal complaint; made by a crowd, a demonstration (141)
CROWD_PROTEST_CODE = "141"
PROTEST_ROOTS = {"14"}  # a private person may protest ("Алёхина начала голодовку")
RELATIONS_ROOT = "16"  # reducing relations: closing or recalling a mission is aimed at the country it is in
OPPOSING_ROOTS = {"12", "14"}  # rejecting, opposing, protesting: aimed, like disapproval, at an interference's agent
DISAPPROVAL_CODES = ("11",)  # criticising, condemning, accusing: aimed at whoever did the act condemned
# praising or welcoming an act ("приветствовал освобождение заложников Ираном", "одобрил помощь Мали со стороны
# Франции"): aimed, like disapproval, at whoever did the act, not at those it was done to
APPROVAL_CODES = ("051",)
# roots whose unnamed human target belongs to the country where it happens: arrests, killings
CONTEXT_TARGET_ROOTS = {"10", "17", "18", "20"}
# a release by a named state of people the text counts but does not link ("Лукашенко помиловал 18 человек",
# "власти освободили пятерых задержанных"): they are that state's (or the place's) civilians, as for an arrest
CONTEXT_TARGET_CODES = (RELEASE_CODE,)
# a criticism aimed at an act, not at an actor ("осудил насилие"): at the state of the story's country (a narrower
# set than REACTION_ROOTS, which also reads welcoming and rejecting an act as acts of their own)
STORY_REACTION_ROOTS = {"11"}
# blame and reproach, whose speaker "по словам X" / "по мнению X" names (a view reported is a claim of X's; a demand or
# an intent so reported stays the clause's own: "по словам X, референдум должен ..." asks nothing of anyone named)
REPORTED_VIEW_ROOTS = {"11"}
# acts whose noun's genitive is whom they are done to, not who does them ("арест журналиста", "высылка посла",
# "запрет партии"): a reaction to one is aimed at its agents, whoever its victim (unlike "осудил заявление Лаврова",
# whose genitive is the agent; violent acts are left out: "удары США", "нападение боевиков" name their agents, and
# measured, reading them as victims lost a blind tuple)
PATIENT_ACT_ROOTS = ("16", "17")
# acts whose agent the coder guessed that are not told for a later reaction to be aimed at: accusations ("его
# обвиняют": who accuses is often not the state the coder guesses) and violence ("в Мосуле похищены двое инженеров",
# "в Сирии был сбит самолёт": the place's state is as often its victim as its agent)
UNTOLD_GUESSED_CODES = ("11", "18", "19", "20")
# a demand or an appeal with no addressee, to undo an act told before ("потребовал освободить Тимошенко"): aimed at
# the agents of that act (undone_acts.tsv)
UNDOING_DEMAND_ROOTS = {"10", "02"}
FOREIGN_TARGET_CODES = ("174",)  # whom a state deports or expels is a foreigner: never of the place's country
# a threat or refusal is aimed at the target of what its actor threatens or refuses to do; an appeal or
# demand asks someone else to act, so its content's target is not its addressee ("просил отказать Сноудену")
OWN_CONTENT_ROOTS = {"12", "13", "11"}
# prepositions that name whom an act is aimed at: "ответить на расширение НАТО", "ударить по Грузии"
AIMED_PREPOSITIONS = {"на", "по", "против"}
# a promise (03) names whom it is made to by what is promised: "пообещали вернуть оружие миротворцам ООН",
# "согласился открыть объекты для инспекторов МАГАТЭ", "обещала построить больницу в Камбодже"
PROMISE_ROOT = "03"
# talks (04) of two sides that a third party intends are its offer to mediate or host them (039), made to both
CONSULT_ROOT = "04"
MEDIATION_OFFER = "039"
# aid (07) given to its source's own bare country is the state's own spending, no interaction ("король лично
# профинансировал строительство станции метро в Эр-Рияде"); a promise to it is a domestic pledge
OWN_SIDE_ROOTS = {PROMISE_ROOT, "07"}
# but a vow of reform or of yielding (034, 035: to hold elections, lift an emergency, free prisoners, hand over
# power) is an intent on its own when its content's target is the own side: coded with no target
DOMESTIC_VOW_CODES = ("034", "035")
# the roles of a state and its people: what a state's speaker says one of them must do ("Лавров заявил, что Россия
# должна укрепить армию") is a policy of his own side, no demand; a demand made at home is between other roles
# (the opposition's "правительство должно уйти в отставку")
OWN_STATE_ROLES = {"", "GOV", "MIL", "LEG", "COP", "SPY", "CVL"}
# the public offices a demand made at home is aimed at when the demanded act names them ("потребовал лишить
# депутата мандата", "требует уволить министра")
PUBLIC_OFFICE_ROLES = {"GOV", "LEG", "JUD", "OPP", "COP"}
OWN_SIDE_CODES = {"125"}  # a visit called off to a place of one's own country ("отменила поездку в Уэльс") meets no one
# an intent to meet or negotiate (036) is a meeting to come: its partner is another party even of the own country
# ("эмир встретится с членами королевской семьи и чиновниками"), as a meeting held (04) is, not a pledge to itself
MEETING_INTENT_CODE = "036"
# a formal agreement (057) and the PLOVER type of one reached rather than signed ("договорились о разделе власти")
FORMAL_AGREEMENT_CODE = "057"
AGREE_TYPE = "AGREE"
DENIAL_CODE = "016"  # a denial of its own side's part names no other side: "отверг обвинения в причастности России"
PROMISED_PREPOSITIONS = {"для", "с", "к", "в", "на"}
STATEMENT_ROOT = "01"  # statements: admitting, denying, commenting
TRAVEL_CODES = ("042", "043")  # visits: between political actors, not a private person's trip to a place
# what a trip may be made to do: a trip whose purpose is such an act of the same sides is told for that act
# ("прибыли, чтобы принять участие в совместных учениях": cooperation, not a visit)
TRIP_PURPOSE_ROOTS = {"05", "06", "07"}
PRIVATE_ROLES = {"CVL", "MED", "BUS", "EDU", "HLH"}
# what private people say to, ask of or promise one another (roots below the protests, 14) is no interaction of
# political actors (EVENTS.md): "певица поблагодарила врачей", "заключённые угрожали ему"; but aid (07) given
# to people abroad or in need is kept ("оказывала помощь сирийским беженцам")
PRIVATE_PERSON_ROLES = {"CVL", "REF", "EDU", "HLH"}
# a company is no political actor on its own (EVENTS.md): what it says, asks, promises or gives up to no one or to
# private people ("Apple выразила соболезнования родственникам", "глава Google объявил о своём уходе с поста") is no
# event; its deals with another company or a state ("Газпром и Нафтогаз подписали контракт") stay events
PRIVATE_AGENT_ROLES = PRIVATE_PERSON_ROLES | {"BUS"}
# in a protest, coercion or violence "вместе с X", "совместно с X" names an ally of the agent, never the target
ALLY_ROOTS = {"14", "15", "16", "17", "18", "19", "20"}
ALLY_ADVERBS = {"вместе", "совместно"}
# fire a private person or an unknown attacker opens on a state's people or offices is an assault (18), not a battle;
# fire at the armed (or at a territory, role "") stays a fight (``target_codes.assault_code``)
INDIVIDUAL_FIRE_CODES = {"190": "180", "193": "180"}
ARMED_ROLES = {"", "MIL", "INS", "REB"}
PRIVATE_EXCHANGE_ROOTS = {"01", "02", "03", "04", "05", "06", "08", "09", "10", "11", "12", "13"}
CONDITIONAL_ROOTS = {"13"}  # a threat's condition names whom it is aimed at
# what a demand or threat is about is asked or threatened, never done, even when the demand itself codes nothing
UNDONE_CONTENT_ROOTS = {"10", "13"}
WARNING_CODE = "064"  # a warning of information; of what one will do if another acts, a threat (130)
WARNING_CODES = {WARNING_CODE}
THREAT_ROOT = "13"
# the bodies of a state, its own side: a warning of a coercive act of theirs is a threat ("предупредил Ирак, что Анкара
# может закрыть границу": 130); their act's object is not whom a refusal of the act is aimed at ("отказалась от вывода
# своих войск"); insurgents, the opposition or civilians of the same country are another side
STATE_BODY_ROLES = {"", "GOV", "MIL", "LEG", "COP", "SPY"}
# verbs of answering: the act they answer ("на" + Acc) was done by another side, never announced with them
ANSWER_VERBS = {"ответить", "отвечать", "отреагировать", "реагировать"}
OWN_ACT_ROOTS = {"03", "13"}  # a promise or a threat announces its source's own side's act, never aimed at it
DOMESTIC_ROOTS = {"14"}
CEASEFIRE_CODES = ("0871",)  # a truce or ceasefire declared
DEESCALATION_CODES = ("087",)  # troops withdrawn, a truce, forces demobilised: by two sides, from each other
ARMED_GROUP_ROLES = {"REB", "INS"}  # armed groups fighting the state of their country
ALERT_CODES = ("152",)  # forces put on alert: a state's posture with its own forces
MOBILIZE_ROOT = "15"  # force posture: exercises and deployments, aimed at the country where they are held when abroad
WITHDRAWAL_CODES = ("087", "0874")  # troops pulled out or retreating: from a country, which the sentence may name apart
DEPLOYMENT_CODES = ("153", "154")  # police or troops sent in: into a place at home they face the own country
PLEDGED_FORCE_INTENT = "0334"  # troops a side promises or agrees to send: protection offered, not a threat
# "X побеседовал с Y. X просил отказать ...": an appeal or demand with no addressee, made by one side of the
# conversation the sentence before reports, is addressed to the other side
DEMONSTRATIVES = {"этот", "это", "такой", "подобный", "данный"}  # "этот шаг": the act just reported (the parser gives the neuter "это решение", "этим решением" the lemma "это")
CONVERSATION_CODES = ("040", "041", "043", "044", "045", "046")  # consultations, meetings, talks; not a visit
ADDRESSED_ROOTS = {"02", "10"}
DOMESTIC_CODES = ("172",)  # curfews, states of emergency, bans
# a curfew or a state of emergency imposed on a place ("ввёл комендантский час в Оше", "в Ереване введено
# чрезвычайное положение") falls on the place's people: the target is its civilians, not its state or territory
POPULATION_CODES = ("1723", "1724")
CONVENTIONAL_FORCE_CODE = "190"  # military force told by its agent: aerial weapons (195) when aircraft use it
AERIAL_CODE = "195"
# an execution or a shooting of people (175, word class "execution") is a state's repression only when a state does it;
# an armed group's, a private person's or an unknown killer's is a killing (1823: "боевики ИГ казнили заложников",
# "исламисты расстреляли пассажиров автобуса"; ``build.nonstate_code``)
REPRESSION_CODE, GROUP_KILLING_CODE = "175", "1823"
NONSTATE_KILLER_ROLES = {"INS", "REB"}
# so is a seizure of a ship (171, its object in word class "vessel"): a navy's is a seizure of property ("иранские
# военные захватили танкер"), pirates' or rebels' a hijacking (181: "сомалийские пираты захватили танкер")
SEIZURE_CODE, HIJACKING_CODE = "171", "181"
EASING_CODES = ("081",)  # eased restrictions: at home, as the restrictions were (word class "restriction")
# eased political freedoms, a ban on parties lifted ("легализовало «Солидарность»"): at home, whatever the object
POLITICAL_EASING_CODES = ("0811", "0812")
PARTNER_PREPOSITIONS = {"с", "между", "против", "в отношении"}  # a partner may hang lower in the tree; an addressee may not
# an active present participle by its suffix and adjectival ending ("подавляющим", "стоящих"; not "защитивший")
PRESENT_ACTIVE_PARTICIPLE = re.compile(r"(?:ющ|ящ|ущ|ащ)(?:ий|ая|ее|ие|его|ей|ему|им|ую|ими|их|ем|ею|ое|ого|ом)(?:ся)?$")
# an active past participle by its suffix ("пригрозившая", "отвергнувшее"), which the tagger may call present
PAST_ACTIVE_PARTICIPLE = re.compile(r"вш(?:ий|ая|ее|ие|его|ей|ему|им|ую|ими|их|ем|ею|ое|ого|ом)(?:ся)?$")
SUPPORTED = {"obj", "nsubj:pass", "xcomp"}  # a nominal event under its support verb: "ввели санкции"
# clauses and phrases of time and cause are circumstances of an event, not its content
CIRCUMSTANCE_MARKS = {"как", "когда", "пока", "поскольку", "хотя", "потому", "так", "после", "прежде"}
# (prepositions as the parser lemmatises them: "во время" is "в время", "в ходе" is "в ход")
CIRCUMSTANCE_PREPOSITIONS = {"после", "до", "перед", "из-за", "несмотря на", "накануне", "в время", "в ход", "при"}
# a meeting or talk that is the setting of an act told in it ("в ходе переговоров", "во время беседы", "в рамках
# визита"; with "в", "на" and the locative: "в телефонном разговоре", "на встрече")
SETTING_PREPOSITIONS = {"в время", "в ход", "в рамка"}
# "заявили протест в связи с арестом гражданина": the act a reaction answers is not the reacting side's
CAUSE_PREPOSITIONS = {"в связь с", "из-за", "в ответ на"}  # not "за": "проголосовал за ратификацию"
# "заморозила кредиты после подавления протестов": who acts after an act did not do it, unless the act names the
# subject's partner ("после переговоров с Путиным Меркель заявила": she was at the talks)
AFTERMATH_PREPOSITIONS = {"после"}
# whom a participle clause on a phrase opposes ("группировки, воюющие против Израиля"): no target of the trigger
OPPOSING_PREPOSITIONS = {"против", "по отношение к", "по отношению к", "в отношение", "в отношении"}
# an act a noun names as the cause or the time before the reported act ("перекрыли дорогу в знак протеста против
# ареста лидеров", "заявили протест в связи с задержанием", "ввели комендантский час после столкновений") happened
# earlier and is recalled, not reported
RECALLED_PREPOSITIONS = CAUSE_PREPOSITIONS | AFTERMATH_PREPOSITIONS
# condemning, rejecting, threatening, protesting, a force posture or cut ties with no target named answer the act
# their cause phrase or clause names ("объявил мобилизацию в связи с наступлением армянских сил"): aimed at its agent
CAUSE_TARGET_ROOTS = {"11", "12", "13", "14", "15", "16"}
CAUSE_MARKS = {"как", "что"}  # "после того, как Израиль выслал ...", "в связи с тем, что Турция ввела ..."
PLACE_RELATIVES = {"где", "куда", "откуда", "когда"}  # "посетил Пекин, где провёл переговоры": the visitor acts
# "критика со стороны США", "был избит со стороны полиции": the agent of a passive or of a nominal event
AGENT_SIDE = Slot("prep", "со стороны", "Gen")
# "подал в отставку под давлением оппозиции", "под давлением профсоюзов отозвало закон": a concession (080-083)
# made under pressure yields to whoever pressed
PRESSURE_SIDE = Slot("prep", "под давлением", "Gen")
CONCESSION_CODES = ("080", "081", "082", "083")
# "были освобождены по распоряжению президента", "их выслали по решению правительства": who ordered a passive or
# agentless act is its agent
ORDER_AGENTS = tuple(
    Slot("prep", f"по {noun}", "Gen") for noun in ("распоряжению", "приказу", "указу", "указанию", "решению")
)
SUBJECT_CLIMB = {"xcomp", "conj", "advcl", "acl", "acl:relcl", "ccomp", "csubj"}


def pairs_coordinated_sources(cameo: str, reciprocal: bool = False) -> bool:
    """Whether coordinated sources with no target act towards each other ("Путин и Рахмон обсудили"; a one-way act
    only with a reciprocal object, "поддержали друг друга"); with a reciprocal object every act pairs them: "Армения и
    Азербайджан обвинили друг друга", "пригрозили друг другу"."""
    return reciprocal or (cameo[:2] in PAIRED_ROOTS and not cameo.startswith(UNPAIRED_CODES))
