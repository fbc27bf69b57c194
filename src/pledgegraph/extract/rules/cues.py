"""The words that signal each kind of fact, in French and English.

Patterns are compiled case-insensitive; each names a class of clue, never an article.
"""

import re


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# A commitment of money: the verb or noun that makes an amount a pledge.
INVEST = _re(
    r"\b(?:invest\w*|commit\w*|pledg\w*|promis\w*|spend|spending|to\s+spend|will\s+spend|pours|pouring|poured|"
    # (the English verb, not the French preposition "pour")
    r"pour\s+(?:in\b|into\b|more\b|billions\b|millions\b|another\b|(?:US|A|C|S|HK|NZ)?\$|€|£)|"
    # a brief's item: "Microsoft : 1 950 millions d'euros (…) en 2024 et 2025 pour ses infrastructures"
    r"^\W*[A-ZÀ-Þ][\w&.'-]*(?:\s+[A-ZÀ-Þ(][\w&.')-]*){0,3}\s*:\s*(?=[\d$€£])|"
    # a stake: "souscrit à une augmentation de capital de ML6", "Nvidia entre au capital de Nokia"
    r"souscri\w*|augmentation\s+de\s+capital|entr\w*\s+au\s+capital|capital\s+increase|"
    # "annonce quarante millions de dollars pour le Haut-Katanga": money for a place
    r"annonc\w*\s+[^.;]{0,60}?\bpour\s+(?:le\s+|la\s+|l'|les\s+)?[A-ZÀ-Þ]|"
    # "un programme de 12 milliards de shillings", "an investment plan worth $2bn"
    r"(?:programme|plan|program)\s+(?:d'investissement\s+)?(?:de|d'|of|worth)\s+(?:plus\s+de\s+|more\s+than\s+|about\s+|environ\s+)?"
    r"(?:[\d$€£]|(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|a|an)\s+(?:milliards?|millions?|billions?|trillions?)\b)|"
    r"(?:will|to)\s+(?:contribute|provide|put)|contribuera|va\s+contribuer|fournira|"
    r"plough\w*|put(?:s|ting)?\s+(?:in|up|into)\b|put(?:s|ting)?\s+(?:[^\s.;]+\s+){1,3}?into\b|"
    # "AWS also confirmed €1.2bn for new data-centre capacity in Bulgaria"
    r"confirm(?:s|ed|ing)?\s+(?=[€$£¥]|(?:US|A|C|NZ|S|HK)\$|\d)|inject\w*|allocat\w*|earmark\w*|fund(?:s|ing|ed)?\b|stake|backing|bet\b|splash\w*|"
    r"package|plan\s+to|plans\s+to|engag\w*|promet\w*|dépens\w*|consacr\w*|allou\w*|allouer|"
    r"débloqu\w*|sur\s+la\s+table|participation|financ\w*|mise\b|misera|parie|apport\w*|enveloppe|"
    r"chèque|injecte\w*|to\s+build|to\s+expand|(?:will|to)\s+be\s+deployed|sera\s+déployée?s?|pour\s+(?:agrandir|construire|développer|renforcer|étendre|muscler|financer|bâtir|moderniser|équiper|déployer|doter)|"
    r"for\s+(?:its|new|the|a|an)\s+(?:\w+\s+){0,3}(?:data\s*cent|datacent|operations|business|infrastructure|campus))")

# Money that is not a commitment: what it is said of, just before or after it.
NOT_COMMITMENT = _re(
    r"\b(?:revenue\w*|chiffre\s+d'affaires|sales|ventes|bénéfice\w*|profit\w*|earnings|valued|valuing|valoris\w*|"
    # loans and applications for public money: "agreed to lend $46 million", "a US$50 million loan",
    # "has applied for €150mn from the EU", "would value the start-up at around US$250 million"
    r"loans?|lend\w*|(?:un|le|ce|du|des|en)\s+prêts?|de\s+prêts?|prêtera|prêter|appl(?:y|ied|ies|ying)\s+for|"
    r"sought|seeking|a\s+demandé|sollicit\w*|valu(?:e|es|ed|ing)\s+(?:[\w'-]+\s+){1,4}?at\s+(?:about\s+|around\s+|roughly\s+|some\s+)?|"
    r"produit\s+net\s+bancaire|PNB|net\s+banking\s+income|"
    r"values|(?:in|of)\s+assets|d'actifs|under\s+management|sous\s+gestion|encours|manages|gère|gérait|"
    r"valuation|market\s+(?:value|cap\w*)|capitalisation|GDP|PIB|economy|économie|"
    # "contribution to GDP", but "X will contribute €1.2bn" to a joint venture is its commitment
    r"(?<!will\s)(?<!to\s)(?<!va\s)(?<!vont\s)contribut\w*|total\s+cost|coût\s+total|"
    r"put\s+the\s+(?:\w+\s+)?(?:cost|price|bill)\s+at|shares|(?<!its\s)(?<!their\s)share|"
    r"stock|trading|(?<!au )cours|price|prix|exchange\s+rate|taux\s+de\s+change|s'échang\w*|budget\w*|levée|"
    r"raised|raising|raise|a\s+levé|avoir\s+levé|lever|lève|lèvera|fundraising|récolt\w*|"
    r"funding\s+round|tour\s+de\s+table|salar\w*|"
    r"fine[ds]?\b|amende|acquisition|acquire\w*|rachat|rach\w+|purchase\w*|achat|contract\w*|contrat\w*|"
    r"lease\w*|bail|loss\w*|pertes?|subsid(?!iar)\w*|subvention\w*|tax\w*|impôts?|secured|attract\w*|"
    # a government's target for what others should invest: "to draw 550 trillion won of private investment"
    r"investissements?\s+publics|public\s+investment\w*|fonds\s+publics|public\s+(?:funds|money|spending)|"
    r"dépenses\s+publiques|dotée?s?\s+d[e']|endowed\s+with|draw|lure|(?:mobilis|mobiliz)\w*\s+(?:\w+\s+){0,3}?(?:investissements?|investments?|capitaux|capital|fonds|"
    r"private|privés?)|private\s+investment\w*|investissements?\s+privés|"
    r"attir\w*|foreign\s+investment|investissements?\s+étrangers|across\s+sectors|"
    r"altogether|cumul\w*|cumulative|net\s+income|income|résultats?\s+(?:net|opérationnel|d'exploitation)\w*|"
    r"EBITDA|Ebitda|excédent\s+brut|at\s+a\s+cost\s+of|pour\s+un\s+coût\s+de|(?:a|avait|aura)\s+coûté|(?:has|had)\s+cost|corrections?\s+de\s+valeur|write-?downs?|dépréciations?|impairments?|operating\s+(?:profit|income|margin)|total\s+de\s+bilan|bilan|"
    r"balance\s+sheet|total\s+assets|debt|dette|arrears|arriérés|deficit|déficit|bring\s+its|portera|atteindra|"
    r"market\s+(?:is|was|worth)|marché|worth\s+of|local\s+revenue|generate\w*|génér\w*|"
    # a scheme's threshold: "des avantages fiscaux aux projets de plus de 200 millions de dollars"
    r"(?:aux|pour\s+les|to|for|on)\s+(?:all\s+|any\s+)?(?:projets|projects)\s+"
    r"(?:de\s+plus\s+de|d'au\s+moins|supérieurs?\s+à|dépassant|of\s+more\s+than|of\s+at\s+least|above|over|"
    r"exceeding|worth\s+(?:more\s+than|at\s+least))\s*$|seuil\s+(?:de\s+|d')|threshold\s+of|"
    # a company's weight on the market: "ASML … pèse près de 250 milliards d'euros"
    r"pèse|pesait|pèsera|pesant|vaut|valait|savings|économies|cost\s+cuts?|"
    r"add(?:s|ed|ing)?\s+(?:up\s+to\s+)?(?:about\s+)?$|ajouter|to\s+(?:British|the|[A-Z]\w+'s)\s+(?:GDP|economy))"
    r"(?!\w)")

# The sum of the amounts just stated, not another commitment: "…and Borealis DKK600mn,
# bringing the total for the first phase to DKK1.05bn"
SUM_BEFORE = _re(r"\b(?:(?:(?:bringing|taking|lifting)\s+the\s+(?:[\w-]+\s+){0,2}?total|"
                 r"portant\s+le\s+(?:[\w-]+\s+){0,2}?total|soit\s+un\s+total|"
                 r"for\s+a\s+(?:combined\s+)?total|combined\s+total|worth\s+a\s+combined)\b|"
                 # "put a figure on the technology investments announced around it: £31 billion"
                 r"\b(?:the|les)\s+(?:[\w-]+\s+){0,2}?(?:investments|commitments|pledges|investissements|engagements)\s+"
                 r"(?:announced|unveiled|annoncés|dévoilés)\s+(?:around|during|at|over|autour|lors|pendant)\b[^.;:]{0,30}:)"
                 r"[^.;]{0,40}$")

# "commitments announced on the first day had reached $14.9 billion across all companies": a
# tally of several companies' pledges, nobody's own.
SUM_OF_MANY = _re(r"^\W{0,3}(?:across\s+(?:all\s+)?(?:the\s+)?(?:companies|firms|participants|investors|"
                  r"exhibitors)|toutes\s+entreprises\s+confondues|tous\s+(?:acteurs|investisseurs)\s+confondus)\b")

# An amount only being considered: "is understood to be considering an investment of as much as
# $150 million", "weighing up to £250m", "n'exclut pas d'ajouter 30 millions".
CONSIDERED = _re(r"\b(?:étudie|étudierait|envisage\w*|réfléchit|songe|considering|considers|could|pourrait|"
                 r"evaluating|evaluates|évalue|(?:a|an|une?)\s+(?:possible|potential|potentielle?)|éventuel\w*|"
                 r"pourraient|might|exploring|explores?|explored|weighing|weighs|mulling|mulls|"
                 r"n'exclut\s+pas|does\s+not\s+rule\s+out|has\s+not\s+ruled\s+out)\b")
UNDECIDED = _re(r"\b(?:no\s+(?:final\s+)?decision\s+(?:has|had)\s+been|(?:has|have)\s+not\s+(?:yet\s+)?(?:been\s+)?"
                r"(?:approved|decided|signed\s+off)|not\s+yet\s+(?:been\s+)?approved|aucune\s+décision|"
                r"pas\s+encore\s+(?:été\s+)?(?:prise|décidée?|approuvée?|validée?))")

# What a company sells is no commitment: "a cédé à l'État ses activités … pour 410 millions".
SALE = _re(r"\b(?:cédée?s?|céder|cède|cèdera|cession|vendu\w*|vendre|sold|sells?|selling|sale\s+of|"
           r"divest\w*|dispos\w+\s+of|"
           # bought, leased or rented: a price paid, not a commitment ("rachetée en 2023 pour
           # 3,5 milliards", "un contrat de location de capacité de 240 millions")
           r"rachat|rachet\w*|racheté\w*|rachète\w*|acquired|acquise?s?|acquisition|bought|takeover|contrat\s+de\s+location|"
           r"purchase\s+of|purchased|l'achat\s+d[e']|"
           r"en\s+déboursant|s'offrir|s'est\s+offert|sous\s+le\s+contrôle|prise\s+de\s+contrôle|took\s+control|"
           r"location\s+de\s+capacité|lease\w*|leasing|rental|capacity\s+deal|"
           # a whole company's capital spending, everywhere: "capital expenditure of $12bn a quarter"
           r"capital\s+expenditure|capex|dépenses\s+d'investissement)\b")

# "a relevé à plus de 90 G$ US ses dépenses d'investissement": a whole company's capital
# spending named after its amount
CAPEX = _re(r"\W*(?:\w+\s+){0,2}?(?:ses|its|leurs|their)\s+(?:\w+\s+)?(?:capital\s+expenditure|capex|"
            r"dépenses\s+d'investissement)\b")
# Who says the state does it: "The Kenyan government will build…"
PUBLIC_SUBJECT = _re(r"\b(?:government|gouvernement|ministry|ministère|state|l'[ÉE]tat|authorities|autorités|"
                     r"city|ville|municipality|commune|région|region)\b")

# Money paid for another company's products, after the amount: a purchase, not a commitment
# ("will spend $3bn a year deploying OpenAI's tools", "pour acheter les puces de Nvidia").
PURCHASE_AFTER = _re(
    r"^\s*(?:(?:a|per|each)\s+year\s+|annually\s+|par\s+an\s+|chaque\s+année\s+)?(?:on\s+|in\s+)?"
    r"(?:(?:buying|purchasing|to\s+(?:buy|purchase))\s|"
    r"(?:deploying|licensing|using|to\s+(?:license|use|deploy))\s+[\w.&-]+(?:\s+[\w.&-]+)?'s\s+(?:[\w-]+\s+)?"
    r"(?:tools|products|services|models|chips|software|licen[cs]es|technology|systems)\b|"
    r"(?:pour\s+|à\s+)?(?:acheter|acquérir|l'achat\s+d[e']|déployer|utiliser)\s+(?:les|des|de)\s+"
    r"(?:outils|produits|services|modèles|puces|logiciels|licences|solutions)\s+(?:d[e']|du)\s*[A-Z]|"
    # buying a company: "5,8 Md$ pour s'offrir l'américain Medidata", "$2bn to acquire Kyndra"
    r"pour\s+(?:s'offrir|racheter|acquérir|reprendre)\b|to\s+(?:acquire|buy\s+out|take\s+over)\b)")

# Money already spent: an investment of the past is no new commitment.
PAST = _re(
    r"\b(?:since|depuis|already|déjà|so\s+far|to\s+date|à\s+ce\s+jour|jusqu'ici|jusqu'à\s+présent|"
    r"over\s+the\s+(?:past|last)|au\s+cours\s+des\s+(?:dernières|derniers)|in\s+the\s+past|"
    r"has\s+invested|have\s+invested|had\s+invested|had\s+spent|has\s+spent|a\s+investi|avait\s+investi|"
    r"déboursé|avait\s+déboursé|a\s+consacré|avait\s+consacré|ont\s+consacré|a\s+alloué|avait\s+alloué|has\s+allocated|had\s+allocated|"
    r"ont\s+investi|a\s+dépensé|avait\s+dépensé|(?<!be\s)spent|avoir\s+(?:déjà\s+)?(?:investi|dépensé|consacré|injecté)|having\s+(?:already\s+)?(?:invested|spent)|made\s+(?:direct\s+)?investments|paid|payé|"
    r"avait\s+(?:déjà\s+)?pris|had\s+(?:already\s+)?taken|"
    # an adverb between auxiliary and participle: "a par ailleurs consacré", "has also spent"
    r"(?:a|avait|ont|avaient)\s+(?:[\w-]+\s+){1,2}?(?:investi|consacré|alloué|dépensé|déboursé)|"
    r"(?:has|have|had)\s+(?:[\w-]+\s+){1,2}?(?:invested|spent|allocated|poured))\b")

# A future or reported commitment between a past clue and the amount cancels the clue.
FUTURE = _re(r"\b(?:will|would|plans?\s+to|va|vont|compte|prévoit|s'engage|a\s+promis|promet|annonce|"
             r"announced|said|a\s+annoncé|pledg\w*|commit\w*)\b")

# "…will expand its cloud infrastructure in the country. The bill is R5,4bn": an amount the
# sentence gives as the price of what the sentence before announced.
PRICE_OF_IT = _re(
    r"\W*(?:the\s+(?:bill|price\s+tag|cost|tab|figure|amount|number|sum\s+involved|outlay)|"
    r"(?:la\s+facture|l'addition|le\s+coût|le\s+montant|la\s+note|le\s+ticket|le\s+chiffre|l'enveloppe|"
    r"la\s+somme|la\s+mise)(?:\s+de\s+l'opération)?|"
    # a label: "Montant annoncé : 500 millions de dollars"
    r"montant(?:\s+(?:annoncé|total|prévu|global))?(?=\s*:))"
    r"\s*(?:\?|:|—|–|-|is|was|will\s+be|comes\s+to|runs\s+to|est\s+de|s'élève\s+à|atteint|"
    r"se\s+monte\s+à|sera\s+de)\s*")
ANNOUNCED_PLAN = _re(r"\b(?:will|shall|is\s+to|va|vont|compte|prévoit\s+de)\s+(?:\w+\s+){0,2}?"
                     r"(?:expand|build|open|launch|deploy|construct|develop|étendre|agrandir|construire|"
                     r"ouvrir|lancer|déployer|développer|bâtir)\w*")


# A pronoun or epithet that refers back to the company the text is about.
ANAPHOR = _re(
    r"\b(?:it|its|the\s+company|the\s+firm|the\s+group|the\s+giant|the\s+tech\s+giant|this\s+investment|"
    # "the board approved KSh 15 billion for…": the company's board
    r"the\s+(?:company's\s+|group's\s+)?board|(?:le|son)\s+conseil\s+d'administration|"
    # "L'enveloppe, qui court jusqu'en 2030, atteint 120 millions de dollars": the sum of the plan just named
    r"l'enveloppe|cette\s+enveloppe|the\s+package|this\s+package|le\s+montant|the\s+sum|la\s+somme|"
    r"the\s+investment|the\s+pledge|le\s+groupe|l'entreprise|la\s+société|le\s+géant|l'éditeur|"
    r"la\s+firme|il|elle|celui-ci|cet\s+investissement|l'investissement|l'engagement|cette\s+somme|"
    r"le\s+chèque|la\s+compagnie|the\s+start-?up|la\s+start-?up|la\s+jeune\s+pousse|"
    # "L'institution y consacrera 95 millions de dollars": a bank or a cooperative
    r"l'institution|l'établissement|la\s+banque|le\s+bancassureur|the\s+institution|the\s+bank|"
    # "the chipmaker", "the Seattle-based group", "le fabricant californien", "l'américain"
    r"the\s+(?:[\w-]+\s+){0,2}?(?:chipmaker|carmaker|operator|provider|company|firm|group|giant|maker|"
    r"conglomerate|lender|insurer|telco|carrier|developer)|"
    # "Suriname's state telecommunications company will invest…", named only afterwards
    r"(?<![\w-])[A-ZÀ-Þ][\w-]*['’]s\s+(?:[\w-]+\s+){0,3}?(?:company|operator|provider|group|firm|carrier|"
    r"telco|lender|bank|conglomerate)|"
    r"le\s+(?:fabricant|numéro\s+un|leader|spécialiste|opérateur|fournisseur)|"
    r"l'(?:américain|allemand|français|chinois|japonais|opérateur))\b")

# "la start-up parisienne": the other company of the story, named elsewhere.
EPITHET = _re(r"\b(?:la|the|cette|this)\s+(?:start-?up|jeune\s+pousse|pépite|société|firm|company|"
              r"entreprise|licorne|unicorn)\b")

EQUIVALENT_GAP = _re(
    r"^\s*(?:\(|,|;|-|:)?\s*(?:soit\s+(?=l'))?(?:soit|ou|or|i\.e\.|that\s+is|equal\s+to|equivalent\s+to|l'équivalent\s+de|"
    r"l'équivalent\s+d'|that's|c'est|"
    r"about|roughly|around|approximately|approx\.|circa|c\.|ca\.|some|environ|près\s+de|quelque|nearly|almost|"
    r"~|≈|≃)?\s*"
    r"(?:environ|about|approximately|roughly|some|around|près\s+de|quelque|nearly)?\s*$")

# The same amount restated in another currency later in the sentence: "3 milliards d'euros
# en Belgique d'ici 2027, soit près de 3,3 milliards de dollars".
RESTATED = _re(
    r"(?:,\s*(?:soit|i\.e\.|that\s+is|l'équivalent\s+de|equivalent\s+to|ce\s+qui\s+représente|"
    r"so\s+(?=roughly|about|around|some|nearly|almost)|"
    r"or\s+(?=about|roughly|around|approximately|some|nearly|almost))|\()\s*"
    r"(?:environ|about|approximately|approx\.|circa|roughly|some|around|près\s+de|quelque|nearly|almost|≈|≃|~|"
    r"un\s+peu\s+(?:plus|moins)\s+de|just\s+(?:over|under))?\s*$")
# "between $1bn and $1.5bn", "entre 1 et 1,5 milliard": one commitment stated as a range.
RANGE_GAP = _re(r"^\s*(?:and|to|et|à|-|–)\s*$")
RANGE_START = _re(r"\b(?:between|entre|from|de)\s*$")

PARTNER = _re(
    r"\b(?:partenariats?|partnerships?|partner(?:s|ed|ing)?\s+with|partenaires?\s+(?:locaux|local|stratégiques?)|(?:local|strategic)\s+partners?\b|s'associ\w*|associ\w+\s+(?:à|au|aux|avec)|s'all\w*|"
    r"alliances?|collabor\w*|coopér\w*|cooperat\w*|work(?:s|ing)?\s+(?:closely\s+)?with|work(?:s|ed|ing)?\s+together|"
    r"travailler(?:ont)?\s+ensemble|"
    r"travaill\w*\s+(?:en\s+étroite\s+collaboration\s+)?avec|joint\s+venture|co-?entreprise|"
    r"accords?\s+(?:[\w-]+\s+){0,2}?(?:de|avec)|accords?\s+stratégiques?|conventions?\s+(?:[\w-]+\s+){0,2}?avec|"
    r"agreements?\s+(?:[\w-]+\s+){0,2}?with|(?:signed|struck|inked)\s+an?\s+(?:[\w-]+\s+){0,2}?deal\s+with|"
    r"m[eé]morand(?:um|a)\s+(?:of\s+understanding|d'(?:entente|accord|intention)|de\s+(?:coopération|partenariat))|"
    r"(?:sign\w*|conclu\w*|inked)\s+(?:an?|un|le|the|a\s+new)\s+m[eé]morand\w*|"
    r"m[eé]morand(?:um|a)\s+(?:was|were|has\s+been|had\s+been|a\s+été|ont\s+été)\s+(?:\w+\s+)?(?:signed|signé)|MoU|protocole\s+d'(?:accord|entente)|(?:une|l')\s+entente\s+(?:[\w-]+\s+){0,2}?avec|"
    r"team(?:s|ed|ing)?\s+up|tie(?:s|d)?[\s-]+up|tie-?up|join(?:s|ed)?\s+forces|en\s+lien\s+avec|main\s+dans\s+la\s+main|"
    r"partners\s+including|aux\s+côtés\s+de)\b")

# "Alphabet unit to build gigawatt-scale hub in Andhra Pradesh with AdaniConneX and Airtel",
# "va construire le campus avec Orange": building something with a named organisation (the
# partnership module checks that a name follows "with" and is no supplier's product).
BUILT_WITH = _re(
    r"\b(?:build|builds|building|built|develop|develops|developing|set\s+up|sets\s+up|setting\s+up|open|opens|"
    r"opening|launch|launches|launching|deploy|deploys|deploying|operate|operates|"
    r"construi\w*|bâti\w*|développ\w*|lancer|lancera|lanceront|déploi\w*|déployer|ouvrir|ouvrira|exploiter|exploitera)"
    r"\s+(?:[\w'-]+\s+){0,8}?(?:with|avec)\s+(?:the\s+|le\s+|la\s+|les\s+|l')?")

# Two organisations as the joint subject of one of these verbs: a joint project.
JOINT_VERB = _re(
    r"\b(?:will\s+(?:build|develop|launch|create|set\s+up|open)|are\s+(?:building|developing|launching)|"
    r"présentent|lancent|dévoilent|annoncent|construiront|vont\s+(?:construire|développer|lancer|créer)|"
    r"développent|créent|signent|signed|unveil(?:ed)?|launch(?:ed)?|co-develop\w*)\b")

# Who speaks for a company in an interview or a statement ("we", "nous", "notre").
FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Nn]ous|[Nn]otre|[Nn]os)\b")
# A quote's speaker named after it ("», a déclaré le ministre", "" said Prime Minister X") or
# before it ("Le ministre a déclaré : «"), when the speaker holds public office: the first
# person is then the state, not a company. "alongside the minister" names a witness, not who speaks.
SAID = r"(?:said|says|told|added|stated|declared|explained|noted|insisted|according\s+to|(?:a\s+)?déclar[ée]|" \
       r"(?:a\s+)?(?:dit|affirmé|indiqué|expliqué|ajouté|souligné|assuré|précisé|promis)|affirme|indique|explique|" \
       r"ajoute|souligne|assure|précise|promet|selon|estime)"
PUBLIC_OFFICE = r"(?:minist(?:er|re|ry|ère)|(?-i:Premier)|secretary\s+of\s+state|state\s+secretary|" \
                r"secrétaire\s+d'[ée]tat|governor|gouverneur|mayor|maire|government|gouvernement|" \
                r"(?-i:President)|président\s+de\s+la\s+république|head\s+of\s+state|chef\s+de\s+l'[ée]tat|" \
                r"commissioner|commissaire)"
PUBLIC_SPEAKER_AFTER = _re(rf"\W{{0,3}}{SAID}\b[^.;!?«»“”\"]{{0,40}}?\b{PUBLIC_OFFICE}")
PUBLIC_SPEAKER_BEFORE = _re(rf"\b{PUBLIC_OFFICE}\b[^.;!?«»“”\"]{{0,60}}\b{SAID}\b[^.;!?«»“”\"]{{0,15}}$")
# Both are then checked for a witness: the official watches, someone else speaks ("Flanked by
# the Minister, Li Peng said:", "…, a déclaré X en présence du ministre", "said Smith alongside
# the minister").
WITNESS = _re(r"\b(?:alongside|flanked\s+by|beside|with|avec|aux\s+côtés|devant|before|in\s+front|"
              r"in\s+the\s+presence|en\s+présence|after\s+meeting|après\s+avoir\s+rencontré|reçue?\s+par|"
              r"received\s+by|accompanied\s+by|accompagnée?\s+(?:par|de|du))\b")

# A customer or an example is not a partner.
CUSTOMER = _re(r"\b(?:customers?|clients?|users?|utilisateurs?|such\s+as|tels?\s+que|comme|notamment|"
               r"citant|cite|cites|including\s+(?:customers|clients))\b")

TRAINING = _re(
    r"\b(?:train\w*|skill\w*|upskill\w*|reskill\w*|former|formera|formation\w*|formés?|compétences|"
    r"initi\w+\s+(?:aux|à)|éduqu\w*|certif\w*|qualif\w*|apprentissage|literacy|fluency|courses?|cours\s+d)")

PEOPLE = _re(
    r"(?:people|persons|workers|students|citizens|professionals|developers|individuals|learners|teachers|"
    r"young\s+people|youths?|women|civil\s+servants|public\s+servants|residents|job\s*seekers|"
    r"personnes|travailleurs|salariés|étudiants|citoyens|professionnels|développeurs|jeunes|apprenants|"
    r"enseignants|fonctionnaires|femmes|habitants|demandeurs\s+d'emploi|agents|élèves|employés|employees|"
    # trades: "former 120 techniciens", "train 5,000 engineers"
    r"techniciens|technicians|ingénieurs|engineers|spécialistes|specialists|experts|data\s+scientists|"
    r"entrepreneurs|farmers|agriculteurs|nurses|infirmi[eè]re?s|doctors|médecins|officials|managers|cadres|"
    r"programmers|programmeurs|coders|codeurs|graduates|diplômés|apprentices|apprentis|trainees|stagiaires|"
    r"schoolteachers|instituteurs|professeurs|lecturers|instructors|formateurs|pupils|schoolchildren|children|"
    r"enfants|girls|filles|researchers|chercheurs|scientists|scientifiques|analysts|analystes|officers|"
    r"soldiers|policemen|police\s+officers|health\s+workers|ingénieures|collégiens|lycéens)\b")

THREAT_CENTER = _re(
    r"(?:\bcent(?:re|er)s?\s+(?:(?:régional|national|international|continental|africain|européen)e?\s+)?"
    r"(?:de\s+|d')?(?:renseignements?\s+sur\s+(?:les\s+|la\s+)?(?:cyber)?menaces?|cyber\w*|sécurité|"
    r"opérations\s+(?:de\s+)?(?:cyber)?sécurité|"
    r"lutte\s+contre|excellence\s+(?:en|pour\s+la)\s+cyber\w*|recherche\s+en\s+(?:cyber)?sécurité|"
    r"veille\s+(?:sur\s+les\s+(?:cyber)?menaces|cyber\w*|(?:de\s+)?sécurité))|"
    r"\bcyber\s+fusion\s+cent(?:er|re)|"
    r"\b(?:threat[- ]intelligence|cyber\s?security|cyber[- ]?defen[cs]e|AI[- ]security|AI\s+safety|"
    r"safety\s+engineering|security\s+research|security\s+operations|cyber)\s+(?:(?:and|&)\s+\w+(?:cy|ity|ence|ance)\s+|\w+\s+)?(?:cent(?:er|re)|hub|lab)\b|"
    r"\bcybersecurity\s+center\s+of\s+excellence|\bSOC\b)")

LAB = _re(
    r"\b(?:laboratoires?|labs?\b|laborator(?:y|ies)|research\s+(?:cent(?:er|re)|hub|institute|facility|campus)|"
    r"centres?\s+de\s+recherche|pôles?\s+de\s+recherche|institut\s+de\s+recherche|"
    r"(?:AI\s+)?hub|pôles?|R&D\s+cent(?:er|re)|AI\s+(?:cent(?:er|re)|lab))")

# "The centre will be run by ESET", "a lab …, which Dell will operate", "géré par Orange": who
# runs a site, when the article says so; the company follows (RUN_BY) or precedes (RUN_AFTER)
RUN_BY = _re(r"\b(?:run|operated|managed|staffed|géré|exploité|opéré|piloté)e?s?\s+(?:jointly\s+)?(?:by|par)\s+$")
RUN_AFTER = _re(r"^\s+(?:will|would|is\s+to|va|doit)\s+(?:operate|run|manage|staff|gérer|exploiter|opérer|piloter)\b")
SITE_WORD = _re(r"\b(?:cent(?:re|er)|lab|labs|laborator(?:y|ies)|laboratoires?|hub|facility|site)\b")

# "This press release contains forward-looking statements regarding … the Centre": a legal
# notice restates a release's plans as risks; it states no fact of its own
LEGAL_NOTICE = _re(r"\bforward-looking\s+statements?\b|\bdéclarations?\s+prospectives?\b|"
                   r"\binformations?\s+prospectives?\b")

# "Ces laboratoires", "the hub": a site already introduced, not a new one.
BACK_REFERENCE = _re(r"\b(?:ce|cet|cette|ces|these|those|this|the|le|la|les|l'|au|aux|du|leurs?|their)\s*$")
NOT_HERE = _re(r"\b(?:hors\s+d[e']|outside(?:\s+of)?|en\s+dehors\s+d[e']|loin\s+d[e']|from|depuis|"
               # a company's seat is not its site: "la maison mère de Nairobi", "headquartered in Oslo"
               r"(?:maison|société)\s+mère\s+d[e']|siège\s+(?:social\s+)?(?:de|à)|headquartered\s+in|"
               r"based\s+in|basée?\s+à|parent\s+in)\s*$")

# "C'est à Tirana, et non à Louvain-la-Neuve ou à Bruxelles, que…": places set aside.
NEGATED_PLACE = _re(r"\b(?:et\s+non|non\s+pas|plutôt\s+qu|rather\s+than|instead\s+of|and\s+not|not\s+in)\b[^,;.]*$")

RESEARCH = _re(r"\b(?:research\w*|recherche\w*|chercheurs?|researchers?|scientists?|scientifiques?|"
               r"language\s+models|modèles\s+de\s+langage|foundation\s+models|ingénieurs?\s+de\s+recherche)")

NOT_LAB = _re(r"\b(?:laboratoires?\s+(?:publics?|universitaires?|académiques?|nationaux)|"
              # labs as customers: "vendre de la capacité aux laboratoires et aux industriels"
              r"investigation\s+numérique|forensic\w*|criminalistique|"
              r"aux\s+laboratoires|to\s+(?:AI\s+|research\s+)?labs|laboratoires\s+et\s+(?:aux\s+)?industriels|"
              # the trade's big players: "la demande des grands laboratoires d'IA", "frontier labs"
              r"(?:grands|principaux|meilleurs|autres|major|leading|big|bigger|biggest|largest|best|top|other|rival|frontier)\s+(?:AI\s+)?(?:laboratoires|labs)|"
              r"(?:public|university|academic|national|government)\s+(?:research\s+)?lab\w*|analyses\s+médicales|biologie\s+médicale|medical\s+(?:testing\s+)?lab\w*|"
              r"diagnostic\w*|pathology|piratage|hack\w*|breach\w*|cyberattaque\w*|ransomware|"
              r"data\s*cent\w*|datacent\w*|centres?\s+de\s+données|cloud\s+region|région\s+cloud|"
              r"training|formation|academy|académie|customer|client)")

SUBSIDIARY_OF = _re(r"^\s*,?\s*(?:(?:la|sa|the|its|une|a)\s+)?(?:[\w-]+\s+){0,2}?(?:filiale|subsidiary|arm|unit|division|branch)"
                    r"(?:\s+[\w-]+){0,2}?\s+(?:de\s+|d'|du\s+|of\s+)$")
PARENT_OF = _re(r"^\s*,?\s*(?:(?:la|sa|the|its)\s+)?(?:société\s+mère|maison\s+mère|parent(?:\s+company)?|holding)"
                r"\s+(?:de\s+|d'|du\s+|of\s+)$")
# "… as parent teams up with OpenAI", "sa maison mère a signé": the group above the company
# the story is about.
PARENT_ANAPHOR = _re(r"\b(?:its|their|as|the|with)\s+parent(?:\s+(?:company|group))?\b|"
                     r"\b(?:sa|leur|la)\s+(?:maison|société)\s+mère\b")

# "True Corporation, the operator that is part of the Charoen Pokphand group": the owner of a
# party, described in passing, is not a party.
OWNER_BEFORE = re.compile(
    r"\b(?:part\s+of|parent\s+(?:company\s+|group\s+)?of|spun\s+(?:off|out)\s+(?:from|of)|(?:issue|née)\s+de\s+la\s+scission\s+d[eu']|(?:majority-|wholly-|partly-)?owned\s+by|filiale\s+du\s+groupe|actionnaire\s+(?:de\s+référence\s+)?de|(?:subsidiary|unit|arm|division|member)\s+of|backed\s+by|controlled\s+by|"
    r"filiale\s+d[eu']|membre\s+d[eu']|branche\s+(?:[\w-]+\s+)?d[eu']|détenue?\s+(?:\w+\s+)?par|contrôlée?\s+par|appartenant\s+(?:au|à)|"
    r"adossée?\s+(?:au|à))\s*(?:the\s+|le\s+|la\s+|l')?(?:[\w-]+\s+){0,3}$|"
    # "le gouvernement marocain, représenté par la ministre déléguée chargée de la Transition…"
    r"\b(?:représentée?s?\s+par|represented\s+by)\s+[^,;.]{0,60}$", re.IGNORECASE)

# A plan or programme named in quotes: « Maroc Digital 2030 », "Digital Wallonia". Its name is
# no organisation, and money reserved for it is public money.
PLAN_NAMED = _re(r"\b(?:stratégie|plan|programme|program|initiative|vision|strategy|agenda|roadmap|"
                 r"feuille\s+de\s+route|projet|project|label)\s+(?:(?:\w+\s+){0,2}?[«“\"]|"
                 # "l'initiative gouvernementale 3MTT (Three Million Technical Talent)": a public plan's name
                 r"(?:gouvernementale?|nationale?|publique?|government|national|public|federal|fédérale?)\s+"
                 r"(?:[A-Z0-9][\w-]*\s+\(\s*)?)\s*$")
