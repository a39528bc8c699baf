"""Example data for `manage.py load_demo`: units and measures that show what the portal holds.

Everything here is example data (flagged is_example in the database), not real offerings.
"""

UNITS = [
    {
        "municipality": "bromolla",
        "name": "Arbetsmarknadsenheten",
        "description": (
            "Arbetsmarknadsenheten stöttar dig som bor i Bromölla och vill komma närmare jobb "
            "eller studier. Vi erbjuder kartläggning, arbetsträning, praktik och vägledning."
        ),
        "street_address": "Järnvägsgatan 7",
        "postcode": "295 31",
        "town": "Bromölla",
        "phone": "040-628 04 00",
        "email": "arbetsmarknad@bromolla.example",
        "website": "",
    },
    {
        "municipality": "hassleholm",
        "name": "Arbetsmarknadsenheten",
        "description": (
            "Arbetsmarknadsenheten hjälper dig som står utanför arbetsmarknaden att hitta en väg "
            "till jobb eller studier. Vi samarbetar med Arbetsförmedlingen, Försäkringskassan och "
            "Region Skåne."
        ),
        "street_address": "Verkstadsgatan 9",
        "postcode": "281 43",
        "town": "Hässleholm",
        "phone": "040-628 04 01",
        "email": "arbetsmarknadsenheten@hassleholm.example",
        "website": "",
    },
    {
        "municipality": "hassleholm",
        "name": "Ungdomsteamet (KAA)",
        "description": (
            "Ungdomsteamet arbetar med det kommunala aktivitetsansvaret (KAA) och stöttar unga "
            "under 20 år som inte går i gymnasieskolan. Du får en egen kontaktperson."
        ),
        "street_address": "Storgatan 30",
        "postcode": "281 31",
        "town": "Hässleholm",
        "phone": "040-628 04 02",
        "email": "ungdomsteamet@hassleholm.example",
        "website": "",
    },
    {
        "municipality": "horby",
        "name": "Arbetsmarknad och integration",
        "description": (
            "Vi hjälper dig som bor i Hörby att komma vidare till arbete eller studier. Du som är "
            "ny i Sverige kan få stöd med språk, praktik och att förstå arbetslivet."
        ),
        "street_address": "Storgatan 18",
        "postcode": "242 30",
        "town": "Hörby",
        "phone": "040-628 04 03",
        "email": "arbetsmarknad.integration@horby.example",
        "website": "",
    },
    {
        "municipality": "kristianstad",
        "name": "Jobbcentrum",
        "description": (
            "Jobbcentrum är Kristianstads kommuns arbetsmarknadsenhet för vuxna. Här får du stöd "
            "att komma närmare jobb genom kartläggning, hälsoinsatser, arbetsträning och "
            "jobbcoachning."
        ),
        "street_address": "Industrigatan 9",
        "postcode": "291 36",
        "town": "Kristianstad",
        "phone": "040-628 04 04",
        "email": "jobbcentrum@kristianstad.example",
        "website": "",
    },
    {
        "municipality": "kristianstad",
        "name": "Ungdomsteamet (KAA)",
        "description": (
            "Ungdomsteamet stöttar unga mellan 16 och 24 år som varken arbetar eller studerar. "
            "Här arbetar vi också med det kommunala aktivitetsansvaret (KAA) för dig under 20 år."
        ),
        "street_address": "Storgatan 40",
        "postcode": "291 31",
        "town": "Kristianstad",
        "phone": "040-628 04 05",
        "email": "ungdomsteamet@kristianstad.example",
        "website": "",
    },
    {
        "municipality": "osby",
        "name": "Kompetensa",
        "description": (
            "Kompetensa är Osby kommuns verksamhetscenter för arbete och studier. Vi arbetar med "
            "flera insatser samtidigt: jobb, kunskaper, socialt stöd och hälsa."
        ),
        "street_address": "Västra Järnvägsgatan 5",
        "postcode": "283 31",
        "town": "Osby",
        "phone": "040-628 04 06",
        "email": "kompetensa@osby.example",
        "website": "",
    },
    {
        "municipality": "ostra-goinge",
        "name": "Arbetsmarknadsenheten",
        "description": (
            "Arbetsmarknadsenheten i Östra Göinge finns i Broby, Knislinge och Glimåkra. Vi ger "
            "stöd till dig som vill komma närmare arbete eller studier."
        ),
        "street_address": "Storgatan 6",
        "postcode": "280 60",
        "town": "Broby",
        "phone": "040-628 04 07",
        "email": "arbetsmarknadsenheten@ostra-goinge.example",
        "website": "",
    },
]

MEASURES = [
    {
        "municipality": "bromolla",
        "unit": "Arbetsmarknadsenheten",
        "title": "Kartläggning och planering i Bromölla",
        "summary": (
            "Tillsammans med en arbetskonsulent tar du reda på vad du kan, vad du vill och vad "
            "som står i vägen. Ni gör en plan för dina nästa steg mot jobb eller studier."
        ),
        "description": (
            "Under några veckor träffar du en arbetskonsulent för samtal och enkla övningar. Ni "
            "pratar om din bakgrund, din hälsa, din vardag och vad du har för mål.\n\n"
            "Du får också prova på olika uppgifter, så att vi ser vad som fungerar för dig. Det "
            "kan vara praktiska moment i våra verksamheter eller korta studiebesök.\n\n"
            "Kartläggningen slutar med en skriftlig plan. Du och din handläggare använder den för "
            "att välja nästa insats."
        ),
        "type": "kartlaggning",
        "categories": ["jobbinriktad", "social"],
        "target_groups": ["forsorjningsstod", "langtidsarbetslosa", "nyanlanda"],
        "needs": ["komma-igang", "yrkesval"],
        "languages": ["sv", "ar", "en"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 6,
        "schedule": "Två förmiddagar i veckan, tider bokas med din konsulent",
        "duration_weeks": 6,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 20,
        "places_available": 5,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": (
            "Efter överenskommelse med din hemkommun. Pris enligt avtal mellan kommunerna."
        ),
        "referral": ["handlaggare"],
        "referral_instructions": (
            "Handläggaren på försörjningsstöd skickar en remiss till Arbetsmarknadsenheten. Vi "
            "kallar till ett första samtal inom två veckor."
        ),
        "contact": {
            "name": "Maria Holm",
            "role": "Arbetskonsulent",
            "phone": "040-628 04 10",
            "email": "maria.holm@bromolla.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Arbetsmarknadsenheten",
                "street_address": "Järnvägsgatan 7",
                "postcode": "295 31",
                "town": "Bromölla",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "bromolla",
        "unit": "Arbetsmarknadsenheten",
        "title": "Arbetsträning i kommunens second hand-butik",
        "summary": (
            "Du arbetstränar i vår second hand-butik med att sortera, prissätta och sälja. Passar "
            "dig som vill komma in i rutiner och bygga upp din ork i en lugn miljö."
        ),
        "description": (
            "I butiken tar vi emot skänkta kläder, möbler och husgeråd. Du är med och sorterar, "
            "tvättar, prissätter och ställer i ordning. Du kan också stå i kassan och möta "
            "kunder.\n\n"
            "Du börjar med några timmar om dagen och ökar i din takt. En arbetsledare finns "
            "alltid på plats och ger dig stöd.\n\n"
            "Varje månad följer du och din konsulent upp hur det går och vad nästa steg kan vara."
        ),
        "type": "arbetstraning",
        "categories": ["jobbinriktad", "social"],
        "target_groups": ["forsorjningsstod", "langtidsarbetslosa", "funktionsnedsattning"],
        "needs": ["komma-igang", "arbetslivserfarenhet"],
        "languages": ["sv", "ar"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 20,
        "schedule": "Måndag–torsdag 8.00–13.00",
        "duration_weeks": 12,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 12,
        "places_available": 3,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": (
            "Efter överenskommelse mellan kommunerna. Vi tar emot deltagare från andra kommuner i "
            "mån av plats."
        ),
        "referral": ["handlaggare", "af"],
        "referral_instructions": (
            "Din handläggare på socialtjänsten eller Arbetsförmedlingen skickar en anvisning till "
            "Arbetsmarknadsenheten. Vi bokar ett trepartssamtal innan du börjar."
        ),
        "contact": {
            "name": "Peter Lund",
            "role": "Arbetsledare",
            "phone": "040-628 04 14",
            "email": "peter.lund@bromolla.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Second hand-butiken",
                "street_address": "Industrigatan 4",
                "postcode": "295 35",
                "town": "Bromölla",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "bromolla",
        "unit": "Arbetsmarknadsenheten",
        "title": "Praktik hos företag i Bromölla",
        "summary": (
            "Du gör praktik på en arbetsplats i Bromölla, till exempel inom industri, handel "
            "eller service. Du får en handledare på plats och stöd från en jobbcoach."
        ),
        "description": (
            "Vi samarbetar med företag och organisationer i Bromölla med omnejd. Tillsammans med "
            "en jobbcoach hittar du en praktikplats som passar dina mål.\n\n"
            "På arbetsplatsen har du en handledare som visar dig arbetet. Jobbcoachen besöker dig "
            "regelbundet och hjälper till om något inte fungerar.\n\n"
            "Praktiken ger dig erfarenhet och en referens. Ibland leder den till en anställning."
        ),
        "type": "praktik",
        "categories": ["jobbinriktad"],
        "target_groups": ["inskrivna-af", "forsorjningsstod", "nyanlanda"],
        "needs": ["arbetslivserfarenhet", "jobbsokning"],
        "languages": ["sv", "en"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 30,
        "schedule": "Arbetsplatsens tider, oftast dagtid",
        "duration_weeks": 8,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": None,
        "places_available": None,
        "open_to_others": "ja",
        "other_municipality_terms": (
            "Du som bor i en annan kommun i Skåne Nordost kan göra praktik i Bromölla. Ingen "
            "kostnad för hemkommunen."
        ),
        "referral": ["af", "handlaggare"],
        "referral_instructions": (
            "Arbetsförmedlingen eller handläggaren på socialtjänsten anvisar till praktik. Skriv "
            "i anvisningen vilken bransch deltagaren är intresserad av."
        ),
        "contact": {
            "name": "Jonas Berg",
            "role": "Jobbcoach",
            "phone": "040-628 04 11",
            "email": "jonas.berg@bromolla.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Arbetsmarknadsenheten",
                "street_address": "Järnvägsgatan 7",
                "postcode": "295 31",
                "town": "Bromölla",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "bromolla",
        "unit": "Arbetsmarknadsenheten",
        "title": "Må bra – hälsogrupp i Bromölla",
        "summary": (
            "En grupp för dig som vill må bättre i kropp och själ. Vi rör oss tillsammans och "
            "pratar om sömn, stress och matvanor. Tempot anpassas efter gruppen."
        ),
        "description": (
            "Må bra är en lättare hälsoinsats i grupp. Vi träffas två gånger i veckan. Varje "
            "träff har en kort promenad eller lugn träning och ett samtal om ett hälsotema.\n\n"
            "Teman är till exempel sömn, stress, kost och att hitta en bra dagsrytm. Vi "
            "samarbetar med Region Skåne, som bidrar med kunskap om hälsa.\n\n"
            "Du behöver inte vara i form för att börja. Det viktiga är att du kommer."
        ),
        "type": "halsoinsats",
        "categories": ["halsorelaterad", "social"],
        "target_groups": ["sjukskrivna", "forsorjningsstod", "langtidsarbetslosa"],
        "needs": ["halsa", "komma-igang"],
        "languages": ["sv", "ar"],
        "min_age": 20,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 4,
        "schedule": "Tisdagar och torsdagar 9.30–11.30",
        "duration_weeks": 10,
        "intake": "datum",
        "next_start_in_days": 21,
        "capacity": 10,
        "places_available": 4,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": (
            "Efter överenskommelse med hemkommunen. Kontakta oss före start."
        ),
        "referral": ["handlaggare", "af"],
        "referral_instructions": (
            "Handläggaren anmäler till Arbetsmarknadsenheten senast en vecka före kursstart. Vi "
            "ringer deltagaren och berättar mer innan första träffen."
        ),
        "contact": {
            "name": "Lena Åkesson",
            "role": "Friskvårdspedagog",
            "phone": "040-628 04 13",
            "email": "lena.akesson@bromolla.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Sporthallen",
                "street_address": "Idrottsvägen 2",
                "postcode": "295 32",
                "town": "Bromölla",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "bromolla",
        "unit": "Arbetsmarknadsenheten",
        "title": "Språkcafé – träna svenska i vardagen",
        "summary": (
            "Träna på att prata svenska i en avslappnad miljö. Passar dig som läser SFI (svenska "
            "för invandrare) eller vill bli tryggare i vardagssvenska. Du kan komma utan anmälan."
        ),
        "description": (
            "Språkcaféet är öppet en eftermiddag i veckan på biblioteket. Vi pratar om vardagliga "
            "saker, som att ringa till vårdcentralen, handla eller söka jobb.\n\n"
            "Ledarna är vana att möta människor med olika språk. Du får hjälp att hitta orden och "
            "att våga prata.\n\n"
            "Språkcaféet ersätter inte SFI. Det är ett stöd vid sidan av dina studier."
        ),
        "type": "sprakstod",
        "categories": ["kompetenshojande", "social"],
        "target_groups": ["nyanlanda", "forsorjningsstod"],
        "needs": ["svenska"],
        "languages": ["sv", "ar", "ti", "so"],
        "min_age": 18,
        "max_age": None,
        "format": "pa-plats",
        "hours_per_week": 3,
        "schedule": "Onsdagar 13.00–16.00",
        "duration_weeks": None,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 25,
        "places_available": None,
        "open_to_others": "ja",
        "other_municipality_terms": (
            "Öppet för alla, oavsett vilken kommun du bor i. Ingen kostnad."
        ),
        "referral": ["egen", "handlaggare", "af"],
        "referral_instructions": (
            "Ingen anvisning behövs. Tipsa deltagaren om att komma till biblioteket på onsdagar. "
            "Vill du att vi följer upp närvaron, mejla oss."
        ),
        "contact": {
            "name": "Hanna Ek",
            "role": "Språkpedagog",
            "phone": "040-628 04 16",
            "email": "hanna.ek@bromolla.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Biblioteket",
                "street_address": "Storgatan 20",
                "postcode": "295 31",
                "town": "Bromölla",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "bromolla",
        "unit": "Arbetsmarknadsenheten",
        "title": "Jobbsökarverkstaden i Bromölla",
        "summary": (
            "Få hjälp att skriva cv och personligt brev, söka jobb digitalt och förbereda dig "
            "inför intervjuer. Du kan träffa oss på plats eller få stöd på distans."
        ),
        "description": (
            "I jobbsökarverkstaden arbetar du med din egen jobbsökning, med en jobbcoach vid din "
            "sida. Du får hjälp med cv, personligt brev och att använda Platsbanken.\n\n"
            "Vi övar också på intervjuer och pratar om hur du presenterar dig. Mellan träffarna "
            "kan du få stöd via videosamtal eller telefon.\n\n"
            "Just nu är alla platser fyllda. Hör av dig, så sätter vi upp dig på väntelistan."
        ),
        "type": "jobbcoachning",
        "categories": ["jobbinriktad"],
        "target_groups": ["inskrivna-af", "langtidsarbetslosa", "unga-16-29"],
        "needs": ["jobbsokning"],
        "languages": ["sv", "en"],
        "min_age": 18,
        "max_age": 64,
        "format": "blandat",
        "hours_per_week": 6,
        "schedule": "Måndagar och onsdagar 9.00–12.00, digitalt stöd efter behov",
        "duration_weeks": 8,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 12,
        "places_available": 0,
        "open_to_others": "ja",
        "other_municipality_terms": (
            "Öppen för boende i hela Skåne Nordost i mån av plats. Ingen kostnad."
        ),
        "referral": ["egen", "handlaggare", "af"],
        "referral_instructions": (
            "Anmäl via e-post eller be deltagaren ringa själv. När gruppen är full hamnar "
            "personen på väntelistan och vi hör av oss när en plats blir ledig."
        ),
        "contact": {
            "name": "Jonas Berg",
            "role": "Jobbcoach",
            "phone": "040-628 04 11",
            "email": "jonas.berg@bromolla.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Arbetsmarknadsenheten",
                "street_address": "Järnvägsgatan 7",
                "postcode": "295 31",
                "town": "Bromölla",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "bromolla",
        "unit": "Arbetsmarknadsenheten",
        "title": "Körkortsteori för arbetssökande",
        "summary": (
            "Läs körkortsteori i grupp med stöd av en lärare. Många jobb kräver körkort. Passar "
            "dig som vill ta B-körkort men behöver hjälp med teorin."
        ),
        "description": (
            "Kursen går igenom trafikregler, vägmärken och trafiksäkerhet. Vi träffas en gång i "
            "veckan och du övar hemma i en app mellan träffarna.\n\n"
            "Läraren förklarar svåra ord och begrepp. Du kan ställa frågor på svenska, engelska "
            "eller arabiska.\n\n"
            "Kursen avslutas med ett övningsprov. Själva körkortsprovet bokar och betalar du hos "
            "Trafikverket."
        ),
        "type": "utbildning",
        "categories": ["kompetenshojande", "jobbinriktad"],
        "target_groups": ["forsorjningsstod", "nyanlanda", "unga-16-29"],
        "needs": ["korkort"],
        "languages": ["sv", "ar", "en"],
        "min_age": 18,
        "max_age": 64,
        "format": "blandat",
        "hours_per_week": 4,
        "schedule": "Torsdagar 13.00–15.00 och övningar i app",
        "duration_weeks": 10,
        "intake": "datum",
        "next_start_in_days": 35,
        "capacity": 14,
        "places_available": 6,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": (
            "Efter överenskommelse. Pris 2 500 kr per deltagare för hela kursen."
        ),
        "referral": ["handlaggare", "af"],
        "referral_instructions": (
            "Anmäl deltagaren till Arbetsmarknadsenheten senast två veckor före start. Skriv om "
            "personen behöver stöd på ett annat språk."
        ),
        "contact": {
            "name": "Maria Holm",
            "role": "Arbetskonsulent",
            "phone": "040-628 04 10",
            "email": "maria.holm@bromolla.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Arbetsmarknadsenheten",
                "street_address": "Järnvägsgatan 7",
                "postcode": "295 31",
                "town": "Bromölla",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "bromolla",
        "unit": "Arbetsmarknadsenheten",
        "title": "Extratjänst i kommunens verksamheter",
        "summary": (
            "En extratjänst är en anställning med stöd från Arbetsförmedlingen. Du får lön och "
            "arbetar i till exempel skola, äldreomsorg eller kommunens fastigheter."
        ),
        "description": (
            "Bromölla kommun erbjuder extratjänster i flera av sina verksamheter. Du är anställd "
            "med lön och får en handledare på arbetsplatsen.\n\n"
            "Arbetsförmedlingen beslutar om du kan få en extratjänst. Arbetsmarknadsenheten "
            "hjälper dig att hitta en arbetsplats som passar och följer upp hur det går.\n\n"
            "Under anställningen kan du kombinera arbetet med studier i svenska eller en kort "
            "utbildning."
        ),
        "type": "subventionerad-anstallning",
        "categories": ["jobbinriktad"],
        "target_groups": ["langtidsarbetslosa", "inskrivna-af", "nyanlanda"],
        "needs": ["arbetslivserfarenhet"],
        "languages": ["sv"],
        "min_age": 20,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": None,
        "schedule": "Heltid eller deltid, dagtid",
        "duration_weeks": 52,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 8,
        "places_available": 1,
        "open_to_others": "nej",
        "other_municipality_terms": "",
        "referral": ["af"],
        "referral_instructions": (
            "Arbetsförmedlingen beslutar om extratjänst. Kontakta Arbetsmarknadsenheten för att "
            "stämma av vilka arbetsplatser som har plats."
        ),
        "contact": {
            "name": "Eva Sjöberg",
            "role": "Arbetsmarknadssekreterare",
            "phone": "040-628 04 15",
            "email": "eva.sjoberg@bromolla.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Arbetsmarknadsenheten",
                "street_address": "Järnvägsgatan 7",
                "postcode": "295 31",
                "town": "Bromölla",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "bromolla",
        "unit": "Arbetsmarknadsenheten",
        "title": "Uppföljning när du har börjat jobba",
        "summary": (
            "När du har fått ett jobb kan du fortsätta ha kontakt med oss. Vi stöttar dig och din "
            "arbetsgivare under de första månaderna, så att anställningen håller."
        ),
        "description": (
            "Att börja ett nytt jobb kan vara en stor omställning. Du har en fast kontaktperson "
            "som hör av sig regelbundet och som du kan ringa när något känns svårt.\n\n"
            "Vi kan också hjälpa din arbetsgivare med introduktion och anpassningar på "
            "arbetsplatsen. Stödet bygger på vad du och arbetsgivaren behöver.\n\n"
            "Uppföljningen pågår i upp till sex månader."
        ),
        "type": "uppfoljning",
        "categories": ["jobbinriktad", "social"],
        "target_groups": ["forsorjningsstod", "langtidsarbetslosa", "funktionsnedsattning"],
        "needs": ["arbetslivserfarenhet"],
        "languages": ["sv"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": None,
        "schedule": "Efter överenskommelse med dig och din arbetsgivare",
        "duration_weeks": 26,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": None,
        "places_available": None,
        "open_to_others": "nej",
        "other_municipality_terms": "",
        "referral": ["handlaggare"],
        "referral_instructions": (
            "Uppföljningen erbjuds den som har gått en insats hos Arbetsmarknadsenheten. Den "
            "ansvariga konsulenten tar kontakt när anställningen börjar."
        ),
        "contact": {
            "name": "Maria Holm",
            "role": "Arbetskonsulent",
            "phone": "040-628 04 10",
            "email": "maria.holm@bromolla.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Arbetsmarknadsenheten",
                "street_address": "Järnvägsgatan 7",
                "postcode": "295 31",
                "town": "Bromölla",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "bromolla",
        "unit": "Arbetsmarknadsenheten",
        "title": "Vägledning för unga inom KAA",
        "summary": (
            "Är du mellan 16 och 19 år och går inte i gymnasiet? Vi hjälper dig att hitta en väg "
            "tillbaka till studier eller till något annat som passar dig."
        ),
        "description": (
            "Kommunen har ett aktivitetsansvar, KAA (det kommunala aktivitetsansvaret), för unga "
            "under 20 år som inte går i gymnasieskolan. Det betyder att vi hör av oss och "
            "erbjuder stöd.\n\n"
            "Du träffar en studie- och yrkesvägledare som lyssnar på dig. Ni pratar om vad du "
            "vill, vad som har varit svårt och vilka vägar som finns, till exempel gymnasiet, "
            "folkhögskola eller praktik.\n\n"
            "Du kan själv höra av dig. Det kostar ingenting."
        ),
        "type": "studie-och-yrkesvagledning",
        "categories": ["kompetenshojande", "social"],
        "target_groups": ["unga-kaa"],
        "needs": ["studier", "yrkesval"],
        "languages": ["sv", "en"],
        "min_age": 16,
        "max_age": 19,
        "format": "pa-plats",
        "hours_per_week": 2,
        "schedule": "Efter överenskommelse, dagtid",
        "duration_weeks": None,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": None,
        "places_available": None,
        "open_to_others": "nej",
        "other_municipality_terms": "",
        "referral": ["egen", "handlaggare"],
        "referral_instructions": (
            "Den unga kan höra av sig själv. Skola och socialtjänst kan förmedla kontakt när den "
            "unga har sagt ja, och när den unga är under 18 år även vårdnadshavare."
        ),
        "contact": {
            "name": "Sara Nilsson",
            "role": "Studie- och yrkesvägledare",
            "phone": "040-628 04 12",
            "email": "sara.nilsson@bromolla.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Arbetsmarknadsenheten",
                "street_address": "Järnvägsgatan 7",
                "postcode": "295 31",
                "town": "Bromölla",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "bromolla",
        "unit": "Arbetsmarknadsenheten",
        "title": "Arbetsprövning i kommunens verkstad",
        "summary": (
            "Ta reda på hur mycket och hur länge du kan arbeta. Du provar enklare snickeri- och "
            "monteringsuppgifter i en lugn verkstad, med stöd av en arbetsledare."
        ),
        "description": (
            "Arbetsprövningen passar dig som har varit borta från arbetslivet länge, till exempel "
            "på grund av sjukdom. Vi börjar försiktigt och ökar tiden steg för steg.\n\n"
            "Du provar olika uppgifter i verkstaden. Varje vecka följer du och arbetsledaren upp "
            "hur det går: tempo, uthållighet och vad som fungerar bra.\n\n"
            "Efter prövningen får du och din handläggare en skriftlig sammanfattning. Den kan "
            "användas i kontakten med Försäkringskassan eller Arbetsförmedlingen."
        ),
        "type": "arbetsprovning",
        "categories": ["jobbinriktad", "halsorelaterad"],
        "target_groups": ["sjukskrivna", "funktionsnedsattning", "forsorjningsstod"],
        "needs": ["halsa", "arbetslivserfarenhet"],
        "languages": ["sv"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 15,
        "schedule": "Måndag–fredag, tiderna anpassas efter dig",
        "duration_weeks": 8,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 6,
        "places_available": 2,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": (
            "Efter överenskommelse. Pris 5 000 kr per deltagare och månad."
        ),
        "referral": ["handlaggare", "af"],
        "referral_instructions": (
            "Skicka en anvisning med en kort bakgrund och vad prövningen ska svara på. Vi bokar "
            "ett startmöte med deltagaren och handläggaren."
        ),
        "contact": {
            "name": "Peter Lund",
            "role": "Arbetsledare",
            "phone": "040-628 04 14",
            "email": "peter.lund@bromolla.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Verkstaden",
                "street_address": "Industrigatan 6",
                "postcode": "295 35",
                "town": "Bromölla",
                "wheelchair_accessible": False,
            },
        ],
    },
    {
        "municipality": "hassleholm",
        "unit": "Arbetsmarknadsenheten",
        "title": "Orienteringskurs – vägen mot arbete",
        "summary": (
            "En kurs i grupp för dig som vill komma närmare arbete. Du lär dig mer om "
            "arbetslivet, dina styrkor och vilka jobb som finns i regionen. Vi gör också "
            "studiebesök."
        ),
        "description": (
            "Kursen pågår i åtta veckor. Vi pratar om hur arbetsmarknaden i Skåne Nordost ser ut, "
            "vad arbetsgivare förväntar sig och hur du kan använda det du redan kan.\n\n"
            "I kursen ingår studiebesök på företag och i kommunens verksamheter. Du gör också en "
            "egen plan för vad du vill göra efter kursen, till exempel arbetsprövning eller "
            "praktik.\n\n"
            "Arbetssättet togs fram i ESF-projektet Strategisk samverkan i SKNO (Skåne Nordost)."
        ),
        "type": "orienteringskurs",
        "categories": ["jobbinriktad", "kompetenshojande", "social"],
        "target_groups": ["forsorjningsstod", "langtidsarbetslosa", "sjukskrivna"],
        "needs": ["komma-igang", "yrkesval"],
        "languages": ["sv", "ar", "so"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 12,
        "schedule": "Måndag, onsdag och torsdag 9.00–13.00",
        "duration_weeks": 8,
        "intake": "datum",
        "next_start_in_days": 14,
        "capacity": 14,
        "places_available": 5,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": (
            "Efter överenskommelse mellan kommunerna. Pris 4 000 kr per deltagare och månad."
        ),
        "referral": ["handlaggare", "af"],
        "referral_instructions": (
            "Anmäl till Arbetsmarknadsenheten senast en vecka före kursstart. Deltagaren bjuds in "
            "till ett informationsmöte innan kursen börjar."
        ),
        "contact": {
            "name": "Karin Persson",
            "role": "Arbetskonsulent",
            "phone": "040-628 04 20",
            "email": "karin.persson@hassleholm.example",
        },
        "project": "strategisk-samverkan-i-skno",
        "locations": [
            {
                "name": "Arbetsmarknadsenheten",
                "street_address": "Verkstadsgatan 9",
                "postcode": "281 43",
                "town": "Hässleholm",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "hassleholm",
        "unit": "Arbetsmarknadsenheten",
        "title": "Hälsa och rörelse – friskvård med Region Skåne",
        "summary": (
            "Kom igång med rörelse och bättre vanor i en liten grupp. Du tränar lugnt, lär dig "
            "mer om sömn och stress och får tips som fungerar i vardagen."
        ),
        "description": (
            "Vi träffas två förmiddagar i veckan. Varje gång börjar med rörelse som passar "
            "gruppen, till exempel promenad, stavgång eller lätt styrketräning. Sedan pratar vi "
            "om ett hälsotema.\n\n"
            "Insatsen görs tillsammans med Region Skåne. En fysioterapeut från vårdcentralen "
            "besöker gruppen några gånger.\n\n"
            "Arbetssättet togs fram i ESF-projektet Strategisk samverkan i SKNO. Gruppen är full "
            "just nu, men platser blir lediga löpande."
        ),
        "type": "halsoinsats",
        "categories": ["halsorelaterad", "social"],
        "target_groups": ["sjukskrivna", "forsorjningsstod", "funktionsnedsattning"],
        "needs": ["halsa"],
        "languages": ["sv", "ar"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 4,
        "schedule": "Tisdagar och fredagar 9.00–11.00",
        "duration_weeks": 12,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 12,
        "places_available": 0,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": "Efter överenskommelse med hemkommunen, i mån av plats.",
        "referral": ["handlaggare"],
        "referral_instructions": (
            "Handläggaren skickar en anvisning till Arbetsmarknadsenheten. Deltagaren får en tid "
            "för ett hälsosamtal innan start."
        ),
        "contact": {
            "name": "Annika Ström",
            "role": "Hälsocoach",
            "phone": "040-628 04 22",
            "email": "annika.strom@hassleholm.example",
        },
        "project": "strategisk-samverkan-i-skno",
        "locations": [
            {
                "name": "Friskvårdslokalen",
                "street_address": "Idrottsgatan 5",
                "postcode": "281 38",
                "town": "Hässleholm",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "hassleholm",
        "unit": "Arbetsmarknadsenheten",
        "title": "Arbetsprövning hos arbetsgivare i Hässleholm",
        "summary": (
            "Du prövar ett arbete på en riktig arbetsplats: i kommunen, på ett företag eller i "
            "ett socialt företag. Vi tar reda på vad du klarar och vilket stöd du behöver."
        ),
        "description": (
            "Tillsammans med en arbetskonsulent väljer du en arbetsplats som passar dina "
            "intressen och din hälsa. Du börjar med några timmar i veckan och ökar när det "
            "fungerar.\n\n"
            "Konsulenten besöker dig på arbetsplatsen och har kontakt med din handledare. Efter "
            "prövningen skriver vi en sammanfattning av vad som har fungerat och vilket stöd du "
            "behöver.\n\n"
            "Arbetssättet togs fram i ESF-projektet Strategisk samverkan i SKNO, där arbetsgivare "
            "i regionen erbjöd platser för arbetsprövning."
        ),
        "type": "arbetsprovning",
        "categories": ["jobbinriktad", "halsorelaterad"],
        "target_groups": ["sjukskrivna", "langtidsarbetslosa", "forsorjningsstod"],
        "needs": ["arbetslivserfarenhet", "halsa"],
        "languages": ["sv"],
        "min_age": 20,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": None,
        "schedule": "Individuellt, från 10 timmar i veckan",
        "duration_weeks": 12,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 10,
        "places_available": 3,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": (
            "Efter överenskommelse. Vi hjälper gärna till att hitta en arbetsplats nära "
            "deltagarens hemort."
        ),
        "referral": ["handlaggare", "af"],
        "referral_instructions": (
            "Skicka en anvisning med frågeställning, till exempel hur många timmar i veckan "
            "deltagaren orkar arbeta. Försäkringskassan kan vara med på startmötet."
        ),
        "contact": {
            "name": "Karin Persson",
            "role": "Arbetskonsulent",
            "phone": "040-628 04 20",
            "email": "karin.persson@hassleholm.example",
        },
        "project": "strategisk-samverkan-i-skno",
        "locations": [
            {
                "name": "Arbetsmarknadsenheten",
                "street_address": "Verkstadsgatan 9",
                "postcode": "281 43",
                "town": "Hässleholm",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "hassleholm",
        "unit": "Arbetsmarknadsenheten",
        "title": "Fördjupad kartläggning på Arbetsmarknadsenheten",
        "summary": (
            "Under sex veckor får du och en arbetskonsulent en tydlig bild av dina styrkor, "
            "hinder och mål. Du får en plan som visar nästa steg mot jobb eller studier."
        ),
        "description": (
            "Vi börjar med att lära känna varandra. Du berättar om din bakgrund, din hälsa och "
            "din situation, och vi berättar vilka möjligheter som finns.\n\n"
            "Sedan gör du praktiska uppgifter och har samtal, så att vi ser vad du är bra på och "
            "vad som behöver stärkas. Vid behov är en tolk med.\n\n"
            "Kartläggningen avslutas med en handlingsplan. Du, din konsulent och din handläggare "
            "går igenom den tillsammans."
        ),
        "type": "kartlaggning",
        "categories": ["jobbinriktad", "social"],
        "target_groups": ["forsorjningsstod", "nyanlanda", "langtidsarbetslosa"],
        "needs": ["komma-igang", "yrkesval"],
        "languages": ["sv", "ar", "so", "ti", "fa", "prs"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 6,
        "schedule": "Måndagar och onsdagar 9.00–12.00",
        "duration_weeks": 6,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 24,
        "places_available": 7,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": (
            "Efter överenskommelse med hemkommunen. Hemkommunen betalar eventuell tolk."
        ),
        "referral": ["handlaggare"],
        "referral_instructions": (
            "Handläggaren på försörjningsstöd skickar en remiss. Skriv om deltagaren behöver tolk "
            "och på vilket språk."
        ),
        "contact": {
            "name": "Helena Dahl",
            "role": "Arbetsmarknadssekreterare",
            "phone": "040-628 04 26",
            "email": "helena.dahl@hassleholm.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Arbetsmarknadsenheten",
                "street_address": "Verkstadsgatan 9",
                "postcode": "281 43",
                "town": "Hässleholm",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "hassleholm",
        "unit": "Arbetsmarknadsenheten",
        "title": "Arbetsträning i fordonsverkstaden",
        "summary": (
            "Arbetsträna med enklare service på bilar, däckbyten och rekonditionering. Passar dig "
            "som gillar att arbeta med händerna och vill lära dig fasta rutiner."
        ),
        "description": (
            "Verkstaden sköter en del av kommunens fordon. Du arbetar i ett lag tillsammans med "
            "en arbetsledare som är utbildad fordonstekniker.\n\n"
            "Du lär dig att använda verktyg på ett säkert sätt, att passa tider och att "
            "samarbeta. Uppgifterna blir svårare i takt med att du lär dig mer.\n\n"
            "Många deltagare går vidare till praktik hos en bilfirma eller till en utbildning "
            "inom fordon."
        ),
        "type": "arbetstraning",
        "categories": ["jobbinriktad", "kompetenshojande"],
        "target_groups": ["forsorjningsstod", "unga-16-29", "langtidsarbetslosa"],
        "needs": ["arbetslivserfarenhet", "komma-igang"],
        "languages": ["sv"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 25,
        "schedule": "Måndag–fredag 7.30–12.30",
        "duration_weeks": 16,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 8,
        "places_available": 1,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": (
            "Efter överenskommelse. Pris 5 500 kr per deltagare och månad."
        ),
        "referral": ["handlaggare", "af"],
        "referral_instructions": (
            "Skicka en anvisning till Arbetsmarknadsenheten. Deltagaren får besöka verkstaden "
            "innan start. Skyddsskor finns att låna."
        ),
        "contact": {
            "name": "Erik Johansson",
            "role": "Arbetsledare, fordonsverkstaden",
            "phone": "040-628 04 21",
            "email": "erik.johansson@hassleholm.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Fordonsverkstaden",
                "street_address": "Verkstadsgatan 11",
                "postcode": "281 43",
                "town": "Hässleholm",
                "wheelchair_accessible": False,
            },
        ],
    },
    {
        "municipality": "hassleholm",
        "unit": "Arbetsmarknadsenheten",
        "title": "Truckkort och lagerutbildning",
        "summary": (
            "En kort utbildning där du tar truckkort och lär dig grunderna i lagerarbete. Lager "
            "och logistik är en bransch som ofta söker personal i Hässleholm."
        ),
        "description": (
            "Utbildningen pågår i tre veckor. Du läser teori och kör truck med en utbildad "
            "instruktör. När du är klar får du ett truckkort.\n\n"
            "Vi går också igenom arbetsmiljö, plockning och hur ett lager fungerar. Sista veckan "
            "träffar du arbetsgivare från lagerbranschen.\n\n"
            "Du behöver kunna läsa enkel svenska. Teoriprovet görs på svenska."
        ),
        "type": "utbildning",
        "categories": ["kompetenshojande", "jobbinriktad"],
        "target_groups": ["inskrivna-af", "forsorjningsstod", "nyanlanda"],
        "needs": ["arbetslivserfarenhet", "jobbsokning"],
        "languages": ["sv"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 30,
        "schedule": "Måndag–fredag 8.00–14.00",
        "duration_weeks": 3,
        "intake": "datum",
        "next_start_in_days": 42,
        "capacity": 10,
        "places_available": 10,
        "open_to_others": "ja",
        "other_municipality_terms": (
            "Öppen för deltagare från hela Skåne Nordost. Pris 6 500 kr per deltagare, som "
            "hemkommunen betalar."
        ),
        "referral": ["handlaggare", "af"],
        "referral_instructions": (
            "Anmäl på Arbetsmarknadsenhetens anmälningsblankett senast tre veckor före start. Vi "
            "bekräftar platsen via e-post."
        ),
        "contact": {
            "name": "Mikael Andersson",
            "role": "Jobbcoach",
            "phone": "040-628 04 23",
            "email": "mikael.andersson@hassleholm.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Utbildningslokalen",
                "street_address": "Lagervägen 3",
                "postcode": "281 49",
                "town": "Hässleholm",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "hassleholm",
        "unit": "Arbetsmarknadsenheten",
        "title": "Introduktionsjobb i Hässleholms kommun",
        "summary": (
            "Ett introduktionsjobb är en anställning med stöd från Arbetsförmedlingen. Du får "
            "lön, arbetar i kommunen och kan kombinera jobbet med att lära dig svenska."
        ),
        "description": (
            "Introduktionsjobb passar dig som har varit utan arbete länge eller som är ny i "
            "Sverige. Kommunen anställer dig, och Arbetsförmedlingen betalar en del av lönen.\n\n"
            "Du arbetar till exempel med lokalvård, i kök, med parkskötsel eller i äldreomsorgen. "
            "På arbetsplatsen har du en handledare.\n\n"
            "Du kan läsa SFI (svenska för invandrare) eller en annan utbildning på en del av "
            "arbetstiden."
        ),
        "type": "subventionerad-anstallning",
        "categories": ["jobbinriktad"],
        "target_groups": ["nyanlanda", "langtidsarbetslosa", "inskrivna-af"],
        "needs": ["arbetslivserfarenhet", "svenska"],
        "languages": ["sv"],
        "min_age": 20,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": None,
        "schedule": "Heltid eller deltid, dagtid",
        "duration_weeks": 52,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": None,
        "places_available": None,
        "open_to_others": "nej",
        "other_municipality_terms": "",
        "referral": ["af"],
        "referral_instructions": (
            "Arbetsförmedlingen beslutar om introduktionsjobb. Kontakta Arbetsmarknadsenheten för "
            "att höra vilka arbetsplatser som kan ta emot just nu."
        ),
        "contact": {
            "name": "Helena Dahl",
            "role": "Arbetsmarknadssekreterare",
            "phone": "040-628 04 26",
            "email": "helena.dahl@hassleholm.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Arbetsmarknadsenheten",
                "street_address": "Verkstadsgatan 9",
                "postcode": "281 43",
                "town": "Hässleholm",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "hassleholm",
        "unit": "Arbetsmarknadsenheten",
        "title": "Jobbcoachning på distans",
        "summary": (
            "Få stöd i din jobbsökning utan att behöva resa. Du träffar en jobbcoach i videomöten "
            "och är med på digitala gruppträffar om cv, intervjuer och lediga jobb."
        ),
        "description": (
            "Du behöver en dator, surfplatta eller mobil med kamera. Vi hjälper dig att komma "
            "igång med tekniken om det behövs.\n\n"
            "Varje vecka har vi en gruppträff om ett tema, till exempel hur du skriver ett cv "
            "eller förbereder dig för en intervju. Du har också enskilda samtal med din "
            "coach.\n\n"
            "Coachningen finns på svenska, engelska och arabiska."
        ),
        "type": "jobbcoachning",
        "categories": ["jobbinriktad"],
        "target_groups": ["inskrivna-af", "unga-16-29", "langtidsarbetslosa"],
        "needs": ["jobbsokning"],
        "languages": ["sv", "en", "ar"],
        "min_age": 18,
        "max_age": 64,
        "format": "digitalt",
        "hours_per_week": 3,
        "schedule": "Gruppträff tisdagar 10.00–11.30, enskilda samtal efter bokning",
        "duration_weeks": 8,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 20,
        "places_available": 8,
        "open_to_others": "ja",
        "other_municipality_terms": (
            "Öppen för boende i alla sex kommuner i Skåne Nordost. Ingen kostnad."
        ),
        "referral": ["egen", "af", "handlaggare"],
        "referral_instructions": (
            "Deltagaren kan anmäla sig själv via e-post. Handläggare kan också skicka en "
            "anvisning. Vi skickar en länk till första mötet."
        ),
        "contact": {
            "name": "Mikael Andersson",
            "role": "Jobbcoach",
            "phone": "040-628 04 23",
            "email": "mikael.andersson@hassleholm.example",
        },
        "project": None,
        "locations": [],
    },
    {
        "municipality": "hassleholm",
        "unit": "Ungdomsteamet (KAA)",
        "title": "Ungdomsteamet – stöd tillbaka till studier",
        "summary": (
            "För dig mellan 16 och 19 år som har slutat gymnasiet eller aldrig började. Du får en "
            "egen kontaktperson som hjälper dig att hitta en väg vidare."
        ),
        "description": (
            "Ungdomsteamet arbetar med kommunens aktivitetsansvar, KAA (det kommunala "
            "aktivitetsansvaret). Vi kontaktar unga som inte studerar, men du kan också höra av "
            "dig själv.\n\n"
            "Du och din kontaktperson träffas där det passar dig: på vårt kontor, på ett café "
            "eller på telefon. Ni pratar om vad du vill och gör en plan tillsammans.\n\n"
            "Planen kan innehålla studiebesök på skolor, vägledning, praktik eller stöd för att "
            "må bättre. En studie- och yrkesvägledare finns i teamet."
        ),
        "type": "studie-och-yrkesvagledning",
        "categories": ["kompetenshojande", "social"],
        "target_groups": ["unga-kaa"],
        "needs": ["studier", "yrkesval", "komma-igang"],
        "languages": ["sv", "en", "ar"],
        "min_age": 16,
        "max_age": 19,
        "format": "pa-plats",
        "hours_per_week": None,
        "schedule": "Efter överenskommelse, vardagar",
        "duration_weeks": None,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": None,
        "places_available": None,
        "open_to_others": "nej",
        "other_municipality_terms": "",
        "referral": ["egen", "handlaggare"],
        "referral_instructions": (
            "Den unga kan höra av sig själv. Skola och socialtjänst kan förmedla kontakt när den "
            "unga har sagt ja. För unga under 18 år informerar vi vårdnadshavare."
        ),
        "contact": {
            "name": "Johan Mårtensson",
            "role": "Studie- och yrkesvägledare",
            "phone": "040-628 04 25",
            "email": "johan.martensson@hassleholm.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Ungdomsteamet",
                "street_address": "Storgatan 30",
                "postcode": "281 31",
                "town": "Hässleholm",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "hassleholm",
        "unit": "Ungdomsteamet (KAA)",
        "title": "Praktik för unga – prova på ett yrke",
        "summary": (
            "Prova på ett yrke under sex veckor. Du gör praktik på en arbetsplats som intresserar "
            "dig och får stöd av en ungdomscoach hela vägen."
        ),
        "description": (
            "Många unga vet inte vad de vill jobba med. Praktiken är ett sätt att ta reda på det. "
            "Du väljer bransch tillsammans med din coach, till exempel handel, djurvård, bygg "
            "eller förskola.\n\n"
            "Coachen hjälper dig inför starten och följer upp under praktiken. Efteråt pratar ni "
            "om vad du har lärt dig och vad nästa steg blir.\n\n"
            "Praktiken kan vara en del av en plan för att börja studera igen."
        ),
        "type": "praktik",
        "categories": ["jobbinriktad", "kompetenshojande"],
        "target_groups": ["unga-16-29", "unga-kaa"],
        "needs": ["arbetslivserfarenhet", "yrkesval"],
        "languages": ["sv", "en"],
        "min_age": 16,
        "max_age": 29,
        "format": "pa-plats",
        "hours_per_week": 20,
        "schedule": "Dagtid, enligt arbetsplatsens schema",
        "duration_weeks": 6,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 15,
        "places_available": 4,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": (
            "Efter överenskommelse. Praktikplatserna ligger i Hässleholm, så resan behöver "
            "fungera för den unga."
        ),
        "referral": ["egen", "handlaggare", "af"],
        "referral_instructions": (
            "Anmäl via Ungdomsteamets e-post eller be den unga ringa själv. Vi bokar ett första "
            "samtal inom en vecka."
        ),
        "contact": {
            "name": "Sofia Lindgren",
            "role": "Ungdomscoach",
            "phone": "040-628 04 24",
            "email": "sofia.lindgren@hassleholm.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Ungdomsteamet",
                "street_address": "Storgatan 30",
                "postcode": "281 31",
                "town": "Hässleholm",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "hassleholm",
        "unit": "Arbetsmarknadsenheten",
        "title": "Stöd efter anställning i Hässleholm",
        "summary": (
            "När du har börjat ett nytt jobb får du fortsatt stöd från din konsulent. Stödet "
            "hjälper dig att trivas och klara jobbet, särskilt i början."
        ),
        "description": (
            "Uppföljningen anpassas efter dig. Det kan vara ett samtal i veckan i början och "
            "sedan mer sällan. Vi kan också träffas på arbetsplatsen tillsammans med din "
            "chef.\n\n"
            "Om något inte fungerar, till exempel arbetstider, uppgifter eller hälsa, hjälper vi "
            "till att hitta en lösning.\n\n"
            "Stödet pågår så länge det behövs, som längst ett år."
        ),
        "type": "uppfoljning",
        "categories": ["jobbinriktad", "social"],
        "target_groups": ["funktionsnedsattning", "sjukskrivna", "langtidsarbetslosa"],
        "needs": ["halsa", "arbetslivserfarenhet"],
        "languages": ["sv"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": None,
        "schedule": "Efter behov",
        "duration_weeks": None,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": None,
        "places_available": None,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": (
            "Efter överenskommelse, när deltagaren har gått en insats i Hässleholm och fått jobb "
            "där."
        ),
        "referral": ["handlaggare", "af"],
        "referral_instructions": (
            "Konsulenten som har haft deltagaren i en insats ansvarar för uppföljningen. Kontakta "
            "oss om du vill beställa uppföljning för en ny deltagare."
        ),
        "contact": {
            "name": "Karin Persson",
            "role": "Arbetskonsulent",
            "phone": "040-628 04 20",
            "email": "karin.persson@hassleholm.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Arbetsmarknadsenheten",
                "street_address": "Verkstadsgatan 9",
                "postcode": "281 43",
                "town": "Hässleholm",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "horby",
        "unit": "Arbetsmarknad och integration",
        "title": "Kartläggning för dig som är ny i Sverige",
        "summary": (
            "Vi tar reda på vilken utbildning och erfarenhet du har med dig och vad du vill göra "
            "i Sverige. Samtalen kan ske på ditt modersmål med tolk."
        ),
        "description": (
            "Du träffar en integrationssamordnare några gånger. Ni pratar om din skolgång, dina "
            "tidigare jobb och dina mål.\n\n"
            "Vi hjälper dig att ta reda på om din utbildning kan bedömas i Sverige och vilka "
            "yrken som passar dig. Vid behov är en tolk med.\n\n"
            "Tillsammans gör ni en plan, till exempel SFI (svenska för invandrare), språkpraktik "
            "eller en yrkesutbildning."
        ),
        "type": "kartlaggning",
        "categories": ["kompetenshojande", "jobbinriktad"],
        "target_groups": ["nyanlanda", "forsorjningsstod"],
        "needs": ["svenska", "yrkesval"],
        "languages": ["sv", "ar", "ti", "so", "fa", "prs", "uk"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 4,
        "schedule": "Dagtid, tider bokas individuellt",
        "duration_weeks": 4,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 15,
        "places_available": 6,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": (
            "Efter överenskommelse med hemkommunen. Hemkommunen betalar eventuell tolk."
        ),
        "referral": ["handlaggare", "af"],
        "referral_instructions": (
            "Skicka en anvisning till Arbetsmarknad och integration. Skriv vilket språk "
            "deltagaren föredrar."
        ),
        "contact": {
            "name": "Camilla Svensson",
            "role": "Integrationssamordnare",
            "phone": "040-628 04 35",
            "email": "camilla.svensson@horby.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Arbetsmarknad och integration",
                "street_address": "Storgatan 18",
                "postcode": "242 30",
                "town": "Hörby",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "horby",
        "unit": "Arbetsmarknad och integration",
        "title": "Språkstöd vid sidan av SFI",
        "summary": (
            "Extra träning i svenska för dig som läser SFI (svenska för invandrare). Du övar på "
            "att prata, läsa och skriva om vardag och arbete, på plats eller digitalt."
        ),
        "description": (
            "Vi träffas två gånger i veckan i små grupper: en gång på plats i Hörby och en gång "
            "digitalt.\n\n"
            "Vi övar på ord och fraser som du behöver i arbetslivet, till exempel att sjukanmäla "
            "dig, läsa ett schema eller prata med kollegor. Du får också hjälp med läxor från "
            "SFI.\n\n"
            "Ledarna talar flera språk och kan förklara när något är svårt."
        ),
        "type": "sprakstod",
        "categories": ["kompetenshojande"],
        "target_groups": ["nyanlanda", "forsorjningsstod"],
        "needs": ["svenska"],
        "languages": ["sv", "ar", "ti", "uk"],
        "min_age": 18,
        "max_age": None,
        "format": "blandat",
        "hours_per_week": 4,
        "schedule": "Tisdagar 13.00–15.00 på plats, torsdagar 13.00–15.00 digitalt",
        "duration_weeks": None,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 16,
        "places_available": 5,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": (
            "Efter överenskommelse. De digitala träffarna går att följa från alla kommuner."
        ),
        "referral": ["handlaggare", "egen", "af"],
        "referral_instructions": (
            "Deltagaren kan anmäla sig själv. Handläggare kan också anmäla via e-post."
        ),
        "contact": {
            "name": "Camilla Svensson",
            "role": "Integrationssamordnare",
            "phone": "040-628 04 35",
            "email": "camilla.svensson@horby.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Arbetsmarknad och integration",
                "street_address": "Storgatan 18",
                "postcode": "242 30",
                "town": "Hörby",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "horby",
        "unit": "Arbetsmarknad och integration",
        "title": "Arbetsträning i kommunens trädgårdslag",
        "summary": (
            "Arbeta utomhus med att sköta parker, rabatter och grönytor i Hörby. Passar dig som "
            "mår bra av att röra dig och vill komma in i en arbetsrytm."
        ),
        "description": (
            "Trädgårdslaget arbetar från april till oktober. Du klipper gräs, rensar rabatter, "
            "planterar och håller rent i parker och på lekplatser.\n\n"
            "Du arbetar i ett lag med en arbetsledare. Du lär dig att använda maskiner och "
            "redskap på ett säkert sätt. Arbetskläder ingår.\n\n"
            "Arbetet är fysiskt, men vi anpassar det efter vad du orkar."
        ),
        "type": "arbetstraning",
        "categories": ["jobbinriktad", "halsorelaterad"],
        "target_groups": ["forsorjningsstod", "langtidsarbetslosa", "funktionsnedsattning"],
        "needs": ["komma-igang", "arbetslivserfarenhet"],
        "languages": ["sv"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 20,
        "schedule": "Måndag–torsdag 7.00–12.00",
        "duration_weeks": 26,
        "intake": "datum",
        "next_start_in_days": 40,
        "capacity": 10,
        "places_available": 6,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": (
            "Efter överenskommelse med hemkommunen. Pris 4 500 kr per deltagare och månad."
        ),
        "referral": ["handlaggare", "af"],
        "referral_instructions": (
            "Anmäl senast tre veckor före start. Deltagaren bjuds in till en introduktionsdag med "
            "genomgång av säkerhet och skyddsutrustning."
        ),
        "contact": {
            "name": "Ola Håkansson",
            "role": "Arbetsledare, trädgårdslaget",
            "phone": "040-628 04 36",
            "email": "ola.hakansson@horby.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Kommunförrådet",
                "street_address": "Östergatan 40",
                "postcode": "242 31",
                "town": "Hörby",
                "wheelchair_accessible": None,
            },
        ],
    },
    {
        "municipality": "horby",
        "unit": "Arbetsmarknad och integration",
        "title": "Språkpraktik i Café Mötet",
        "summary": (
            "Gör praktik i ett café och träna svenska samtidigt. Du bakar, serverar och pratar "
            "med gäster. Passar dig som vill lära dig svenska i ett riktigt jobb."
        ),
        "description": (
            "Café Mötet drivs av kommunen i centrala Hörby. Här arbetar du i köket och vid disken "
            "tillsammans med en handledare.\n\n"
            "Du lär dig ord och fraser som används i restaurang och service. En gång i veckan har "
            "du en språklektion om det du gör i caféet.\n\n"
            "Praktiken ger dig svensk arbetslivserfarenhet och en referens. Alla platser är "
            "fyllda just nu, men du kan ställa dig i kö."
        ),
        "type": "praktik",
        "categories": ["jobbinriktad", "kompetenshojande"],
        "target_groups": ["nyanlanda", "unga-16-29"],
        "needs": ["svenska", "arbetslivserfarenhet"],
        "languages": ["sv", "ar", "ti"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 20,
        "schedule": "Måndag–fredag 9.00–13.00",
        "duration_weeks": 12,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 6,
        "places_available": 0,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": "Efter överenskommelse mellan kommunerna, i mån av plats.",
        "referral": ["handlaggare", "af"],
        "referral_instructions": (
            "Skicka en anvisning till Arbetsmarknad och integration. Deltagaren går en kort "
            "genomgång i livsmedelshygien första veckan."
        ),
        "contact": {
            "name": "Per Olsson",
            "role": "Arbetskonsulent",
            "phone": "040-628 04 39",
            "email": "per.olsson@horby.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Café Mötet",
                "street_address": "Torget 3",
                "postcode": "242 30",
                "town": "Hörby",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "horby",
        "unit": "Arbetsmarknad och integration",
        "title": "Arbetslivsorientering för nyanlända",
        "summary": (
            "En kurs om hur arbetslivet fungerar i Sverige. Du lär dig om rättigheter och "
            "skyldigheter, olika sorters anställningar och vad arbetsgivare förväntar sig."
        ),
        "description": (
            "Kursen pågår i sex veckor. Vi pratar om arbetstider, lön, fackförbund, arbetsmiljö "
            "och hur man söker jobb i Sverige.\n\n"
            "Vi gör studiebesök på arbetsplatser i Hörby och träffar människor som berättar om "
            "sina yrken. Delar av kursen har stöd på arabiska, tigrinja och ukrainska.\n\n"
            "Kursen är ett bra första steg före praktik eller språkpraktik."
        ),
        "type": "orienteringskurs",
        "categories": ["kompetenshojande", "jobbinriktad"],
        "target_groups": ["nyanlanda"],
        "needs": ["yrkesval", "svenska"],
        "languages": ["sv", "ar", "ti", "uk"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 10,
        "schedule": "Måndagar och onsdagar 9.00–14.00",
        "duration_weeks": 6,
        "intake": "datum",
        "next_start_in_days": 28,
        "capacity": 18,
        "places_available": 9,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": (
            "Efter överenskommelse. Pris 3 000 kr per deltagare för hela kursen."
        ),
        "referral": ["handlaggare", "af"],
        "referral_instructions": (
            "Anmäl till Arbetsmarknad och integration senast två veckor före kursstart. Skriv "
            "vilket språk deltagaren talar bäst."
        ),
        "contact": {
            "name": "Camilla Svensson",
            "role": "Integrationssamordnare",
            "phone": "040-628 04 35",
            "email": "camilla.svensson@horby.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Arbetsmarknad och integration",
                "street_address": "Storgatan 18",
                "postcode": "242 30",
                "town": "Hörby",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "horby",
        "unit": "Arbetsmarknad och integration",
        "title": "Må bra-gruppen i Hörby",
        "summary": (
            "Träffa andra i en lugn grupp där vi pratar om hälsa och provar olika sätt att må "
            "bättre: promenader, avslappning och enkel träning."
        ),
        "description": (
            "Gruppen är för dig som har haft det tungt en period och vill komma igång igen. Vi "
            "träffas två gånger i veckan under tio veckor.\n\n"
            "Varje träff har ett tema, till exempel sömn, oro, kost eller rörelse. Vi samarbetar "
            "med vårdcentralen i Hörby och Region Skåne.\n\n"
            "Du bestämmer själv hur mycket du vill berätta. Det viktiga är att du kommer och "
            "provar."
        ),
        "type": "halsoinsats",
        "categories": ["halsorelaterad", "social"],
        "target_groups": ["sjukskrivna", "forsorjningsstod", "langtidsarbetslosa"],
        "needs": ["halsa", "komma-igang"],
        "languages": ["sv"],
        "min_age": 20,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 4,
        "schedule": "Måndagar och torsdagar 10.00–12.00",
        "duration_weeks": 10,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 8,
        "places_available": 3,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": "Efter överenskommelse med hemkommunen.",
        "referral": ["handlaggare"],
        "referral_instructions": (
            "Handläggaren anmäler till Arbetsmarknad och integration. Vi ringer deltagaren före "
            "start."
        ),
        "contact": {
            "name": "Sanna Wikström",
            "role": "Hälsocoach",
            "phone": "040-628 04 40",
            "email": "sanna.wikstrom@horby.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Arbetsmarknad och integration",
                "street_address": "Storgatan 18",
                "postcode": "242 30",
                "town": "Hörby",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "horby",
        "unit": "Arbetsmarknad och integration",
        "title": "Jobbklubben i Hörby",
        "summary": (
            "Sök jobb tillsammans med andra. I jobbklubben får du stöd av en jobbcoach, tips om "
            "lediga jobb och hjälp att förbereda dig inför intervjuer."
        ),
        "description": (
            "Jobbklubben träffas tre förmiddagar i veckan. Vi börjar med ett kort pass om ett "
            "tema och sedan arbetar du med dina egna ansökningar.\n\n"
            "Jobbcoachen har kontakt med arbetsgivare i Hörby och i grannkommunerna och tipsar om "
            "lediga jobb. Du får också öva på intervjuer.\n\n"
            "Att söka jobb i grupp ger energi. Många tycker att det blir lättare att hålla "
            "motivationen uppe."
        ),
        "type": "jobbcoachning",
        "categories": ["jobbinriktad"],
        "target_groups": ["inskrivna-af", "langtidsarbetslosa", "forsorjningsstod"],
        "needs": ["jobbsokning"],
        "languages": ["sv", "en"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 9,
        "schedule": "Måndag, onsdag och fredag 9.00–12.00",
        "duration_weeks": 12,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 15,
        "places_available": 7,
        "open_to_others": "ja",
        "other_municipality_terms": "Öppen för boende i Skåne Nordost. Ingen kostnad.",
        "referral": ["egen", "handlaggare", "af"],
        "referral_instructions": (
            "Deltagaren kan komma till ett öppet informationsmöte måndagar klockan 9.00. "
            "Handläggare kan också anmäla via e-post."
        ),
        "contact": {
            "name": "Linda Bengtsson",
            "role": "Jobbcoach",
            "phone": "040-628 04 37",
            "email": "linda.bengtsson@horby.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Arbetsmarknad och integration",
                "street_address": "Storgatan 18",
                "postcode": "242 30",
                "town": "Hörby",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "horby",
        "unit": "Arbetsmarknad och integration",
        "title": "Arbetsprövning i lokalvård",
        "summary": (
            "Pröva din arbetsförmåga inom lokalvård i kommunens lokaler. Vi följer upp hur mycket "
            "du orkar och vilka anpassningar du behöver."
        ),
        "description": (
            "Du städar i skolor och kontor tillsammans med en erfaren lokalvårdare. Vi börjar med "
            "korta pass och ökar tiden steg för steg.\n\n"
            "Varannan vecka har du ett uppföljningssamtal med en arbetskonsulent. Där pratar ni "
            "om ork, tempo och hur det känns i kroppen.\n\n"
            "Efter prövningen får du och din handläggare ett skriftligt underlag om din "
            "arbetsförmåga."
        ),
        "type": "arbetsprovning",
        "categories": ["jobbinriktad", "halsorelaterad"],
        "target_groups": ["sjukskrivna", "forsorjningsstod", "funktionsnedsattning"],
        "needs": ["halsa", "arbetslivserfarenhet"],
        "languages": ["sv", "ar"],
        "min_age": 20,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 12,
        "schedule": "Måndag–fredag från 7.00, korta pass i början",
        "duration_weeks": 10,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 5,
        "places_available": 1,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": (
            "Efter överenskommelse. Pris 5 000 kr per deltagare och månad."
        ),
        "referral": ["handlaggare", "af"],
        "referral_instructions": (
            "Skicka en anvisning med frågeställning. När deltagaren är sjukskriven bjuder vi "
            "gärna in Försäkringskassan till startmötet."
        ),
        "contact": {
            "name": "Per Olsson",
            "role": "Arbetskonsulent",
            "phone": "040-628 04 39",
            "email": "per.olsson@horby.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Lokalvårdsenheten",
                "street_address": "Västergatan 10",
                "postcode": "242 31",
                "town": "Hörby",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "horby",
        "unit": "Arbetsmarknad och integration",
        "title": "Extratjänst inom äldreomsorgen",
        "summary": (
            "Arbeta med lön som stöd i äldreomsorgen. Du hjälper till med måltider, promenader "
            "och aktiviteter. Du behöver ingen vårdutbildning."
        ),
        "description": (
            "En extratjänst är en anställning som Arbetsförmedlingen ger stöd till. Du är "
            "anställd av Hörby kommun och arbetar på ett av kommunens äldreboenden.\n\n"
            "Du gör vardagen trevligare för de boende, till exempel genom att duka, läsa högt "
            "eller följa med på promenader. Du arbetar inte med omvårdnad.\n\n"
            "Många som har haft en extratjänst går vidare till utbildning till undersköterska."
        ),
        "type": "subventionerad-anstallning",
        "categories": ["jobbinriktad", "kompetenshojande"],
        "target_groups": ["langtidsarbetslosa", "nyanlanda", "inskrivna-af"],
        "needs": ["arbetslivserfarenhet"],
        "languages": ["sv"],
        "min_age": 20,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 30,
        "schedule": "Dagtid, ibland helger enligt schema",
        "duration_weeks": 52,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 6,
        "places_available": 2,
        "open_to_others": "nej",
        "other_municipality_terms": "",
        "referral": ["af"],
        "referral_instructions": (
            "Arbetsförmedlingen beslutar om extratjänst. Kontakta oss först, så bokar vi ett "
            "besök på boendet."
        ),
        "contact": {
            "name": "Per Olsson",
            "role": "Arbetskonsulent",
            "phone": "040-628 04 39",
            "email": "per.olsson@horby.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Arbetsmarknad och integration",
                "street_address": "Storgatan 18",
                "postcode": "242 30",
                "town": "Hörby",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "horby",
        "unit": "Arbetsmarknad och integration",
        "title": "Vägledning – studier eller jobb?",
        "summary": (
            "Funderar du på att plugga eller byta yrke? En studie- och yrkesvägledare hjälper dig "
            "att se vilka vägar som finns och hur du kommer vidare."
        ),
        "description": (
            "Du bokar ett eller flera samtal med en studie- och yrkesvägledare. Samtalen kan vara "
            "på plats i Hörby eller via video.\n\n"
            "Ni pratar om dina intressen, din tidigare utbildning och hur du kan få pengar under "
            "studietiden. Vägledaren kan också hjälpa dig att söka till komvux eller "
            "yrkeshögskola.\n\n"
            "Vägledningen är gratis och du kan boka själv."
        ),
        "type": "studie-och-yrkesvagledning",
        "categories": ["kompetenshojande"],
        "target_groups": ["forsorjningsstod", "unga-16-29", "nyanlanda"],
        "needs": ["studier", "yrkesval"],
        "languages": ["sv", "en"],
        "min_age": 18,
        "max_age": None,
        "format": "blandat",
        "hours_per_week": None,
        "schedule": "Samtal bokas efter överenskommelse",
        "duration_weeks": None,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": None,
        "places_available": None,
        "open_to_others": "ja",
        "other_municipality_terms": "Öppen för alla som bor i Skåne Nordost. Ingen kostnad.",
        "referral": ["egen", "handlaggare", "af"],
        "referral_instructions": (
            "Deltagaren kan boka själv via telefon eller e-post. Handläggare kan också boka en "
            "tid åt deltagaren."
        ),
        "contact": {
            "name": "Emma Nordin",
            "role": "Studie- och yrkesvägledare",
            "phone": "040-628 04 38",
            "email": "emma.nordin@horby.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Arbetsmarknad och integration",
                "street_address": "Storgatan 18",
                "postcode": "242 30",
                "town": "Hörby",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "horby",
        "unit": "Arbetsmarknad och integration",
        "title": "Stöd de första månaderna på jobbet",
        "summary": (
            "Har du fått jobb efter en insats hos oss? Då får du fortsatt stöd under de första "
            "månaderna, så att du kommer in i arbetet och trivs."
        ),
        "description": (
            "Din kontaktperson hör av sig regelbundet, oftast på telefon. Ni kan också träffas på "
            "arbetsplatsen om du vill.\n\n"
            "Vi hjälper dig med sådant som kan vara nytt, till exempel scheman, lönebesked eller "
            "att prata med din chef. Arbetsgivaren kan också kontakta oss.\n\n"
            "Stödet pågår i upp till sex månader."
        ),
        "type": "uppfoljning",
        "categories": ["jobbinriktad", "social"],
        "target_groups": ["nyanlanda", "forsorjningsstod", "funktionsnedsattning"],
        "needs": ["arbetslivserfarenhet"],
        "languages": ["sv", "ar"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": None,
        "schedule": "Efter behov",
        "duration_weeks": 26,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": None,
        "places_available": None,
        "open_to_others": "nej",
        "other_municipality_terms": "",
        "referral": ["handlaggare"],
        "referral_instructions": (
            "Vi erbjuder uppföljning till alla som har fått jobb efter en insats hos "
            "Arbetsmarknad och integration. Ingen särskild anvisning behövs."
        ),
        "contact": {
            "name": "Linda Bengtsson",
            "role": "Jobbcoach",
            "phone": "040-628 04 37",
            "email": "linda.bengtsson@horby.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Arbetsmarknad och integration",
                "street_address": "Storgatan 18",
                "postcode": "242 30",
                "town": "Hörby",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "kristianstad",
        "unit": "Ungdomsteamet (KAA)",
        "title": "Vägledning och motivation för unga 16–24 år",
        "summary": (
            "Du som är 16–24 år och varken jobbar eller studerar kan få en egen coach. "
            "Tillsammans tar ni reda på vad du vill och gör en plan för studier eller jobb."
        ),
        "description": (
            "Du träffar din coach en eller två gånger i veckan. Ni pratar om dina intressen, vad "
            "som har varit svårt och vad du drömmer om. Du kan också vara med på gruppträffar med "
            "andra unga.\n\n"
            "Coachen hjälper dig att ta kontakt med skolor, vägledare och arbetsgivare. Du "
            "bestämmer takten.\n\n"
            "Arbetssättet togs fram i ESF-projektet Within PO2, där alla sex kommuner i Skåne "
            "Nordost arbetade med unga som varken arbetade eller studerade."
        ),
        "type": "studie-och-yrkesvagledning",
        "categories": ["social", "kompetenshojande", "jobbinriktad"],
        "target_groups": ["unga-16-29", "unga-kaa"],
        "needs": ["yrkesval", "studier", "komma-igang"],
        "languages": ["sv", "en", "ar", "so"],
        "min_age": 16,
        "max_age": 24,
        "format": "pa-plats",
        "hours_per_week": 4,
        "schedule": "Efter överenskommelse, vardagar 9.00–16.00",
        "duration_weeks": 20,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 30,
        "places_available": 9,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": (
            "Efter överenskommelse med den ungas hemkommun. Pris enligt avtal mellan kommunerna."
        ),
        "referral": ["egen", "handlaggare", "af"],
        "referral_instructions": (
            "Den unga kan höra av sig själv. Handläggare och skolor kan förmedla kontakt när den "
            "unga har sagt ja. Vi bokar ett första möte inom en vecka."
        ),
        "contact": {
            "name": "Malin Ekström",
            "role": "Ungdomscoach",
            "phone": "040-628 04 45",
            "email": "malin.ekstrom@kristianstad.example",
        },
        "project": "within-po2",
        "locations": [
            {
                "name": "Ungdomsteamet",
                "street_address": "Storgatan 40",
                "postcode": "291 31",
                "town": "Kristianstad",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "kristianstad",
        "unit": "Ungdomsteamet (KAA)",
        "title": "Yrkesmoduler för unga – kök, lager och körkortsteori",
        "summary": (
            "Korta utbildningar som gör det lättare att få jobb. Du väljer bland kök och hygien, "
            "lager och truck samt körkortsteori. Passar dig mellan 16 och 24 år."
        ),
        "description": (
            "Varje modul är fyra veckor lång och blandar teori med praktiska övningar. Du kan gå "
            "en eller flera moduler efter varandra.\n\n"
            "Efter varje modul får du ett intyg som du kan visa för arbetsgivare. Din coach "
            "hjälper dig att söka jobb eller praktik inom det du har lärt dig.\n\n"
            "Arbetssättet togs fram i ESF-projektet Within Kompetens, som Kristianstads kommun "
            "drev tillsammans med de andra kommunerna i Skåne Nordost."
        ),
        "type": "utbildning",
        "categories": ["kompetenshojande", "jobbinriktad"],
        "target_groups": ["unga-16-29", "unga-kaa", "inskrivna-af"],
        "needs": ["korkort", "arbetslivserfarenhet", "studier"],
        "languages": ["sv", "en"],
        "min_age": 16,
        "max_age": 24,
        "format": "pa-plats",
        "hours_per_week": 20,
        "schedule": "Måndag–torsdag 9.00–14.00",
        "duration_weeks": 4,
        "intake": "datum",
        "next_start_in_days": 30,
        "capacity": 12,
        "places_available": 4,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": (
            "Efter överenskommelse. Pris 4 000 kr per deltagare och modul."
        ),
        "referral": ["handlaggare", "af", "egen"],
        "referral_instructions": (
            "Anmäl till Ungdomsteamet senast två veckor före modulstart. Skriv vilken modul den "
            "unga är intresserad av."
        ),
        "contact": {
            "name": "David Lindberg",
            "role": "Studie- och yrkesvägledare",
            "phone": "040-628 04 46",
            "email": "david.lindberg@kristianstad.example",
        },
        "project": "within-kompetens",
        "locations": [
            {
                "name": "Ungdomsteamet",
                "street_address": "Storgatan 40",
                "postcode": "291 31",
                "town": "Kristianstad",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "kristianstad",
        "unit": "Jobbcentrum",
        "title": "Kartläggning och stegförflyttning på Jobbcentrum",
        "summary": (
            "Vi hjälper dig att se var du står i dag och vad som behövs för att du ska komma "
            "närmare jobb. Du får en plan med tydliga steg och en kontaktperson."
        ),
        "description": (
            "Under fyra till åtta veckor träffar du en arbetskonsulent och gör praktiska "
            "uppgifter i våra verksamheter. Vi tittar på din hälsa, dina kunskaper, ditt språk "
            "och din vardag.\n\n"
            "Vi ställer samma frågor i början och i slutet, så att du kan se dina egna framsteg. "
            "Vid behov är en tolk med.\n\n"
            "Du får en handlingsplan som beskriver nästa insats, till exempel en hälsoinsats, "
            "arbetsträning eller en utbildning."
        ),
        "type": "kartlaggning",
        "categories": ["jobbinriktad", "social", "halsorelaterad"],
        "target_groups": ["forsorjningsstod", "langtidsarbetslosa", "sjukskrivna"],
        "needs": ["komma-igang", "halsa", "yrkesval"],
        "languages": ["sv", "en", "ar", "so", "ti", "fa", "prs", "uk"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 8,
        "schedule": "Måndag–torsdag, tider bokas individuellt",
        "duration_weeks": 8,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 40,
        "places_available": 12,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": (
            "Efter överenskommelse mellan kommunerna. Pris 4 500 kr per deltagare och månad."
        ),
        "referral": ["handlaggare"],
        "referral_instructions": (
            "Handläggaren på försörjningsstöd skickar en remiss till Jobbcentrum. Skriv om "
            "deltagaren behöver tolk."
        ),
        "contact": {
            "name": "Susanne Axelsson",
            "role": "Arbetskonsulent",
            "phone": "040-628 04 47",
            "email": "susanne.axelsson@kristianstad.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Jobbcentrum",
                "street_address": "Industrigatan 9",
                "postcode": "291 36",
                "town": "Kristianstad",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "kristianstad",
        "unit": "Jobbcentrum",
        "title": "Arbetsträning i lokalvård och fastighetsskötsel",
        "summary": (
            "Arbetsträna i ett lag som städar och sköter kommunens lokaler och utemiljöer. Du lär "
            "dig rutiner, maskiner och att samarbeta."
        ),
        "description": (
            "Laget städar, gör enklare reparationer och sköter utemiljön i kommunens fastigheter. "
            "Du får prova både inne- och utearbete.\n\n"
            "Du lär dig att använda städmaskiner och kemikalier på rätt sätt. Efter "
            "arbetsträningen kan du få ett intyg på det du har lärt dig.\n\n"
            "Just nu är alla platser fyllda. Nya platser blir lediga varje månad, så hör gärna av "
            "dig."
        ),
        "type": "arbetstraning",
        "categories": ["jobbinriktad", "kompetenshojande"],
        "target_groups": ["forsorjningsstod", "langtidsarbetslosa", "nyanlanda"],
        "needs": ["arbetslivserfarenhet", "komma-igang"],
        "languages": ["sv", "ar"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 24,
        "schedule": "Måndag–torsdag 7.00–13.00",
        "duration_weeks": 16,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 14,
        "places_available": 0,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": (
            "Efter överenskommelse, i mån av plats. Pris 5 000 kr per deltagare och månad."
        ),
        "referral": ["handlaggare", "af"],
        "referral_instructions": (
            "Skicka en anvisning till Jobbcentrum. När laget är fullt hamnar deltagaren på "
            "väntelistan och vi hör av oss när det finns plats."
        ),
        "contact": {
            "name": "Tomas Nyberg",
            "role": "Arbetsledare",
            "phone": "040-628 04 48",
            "email": "tomas.nyberg@kristianstad.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Fastighetsservice",
                "street_address": "Fabriksgatan 3",
                "postcode": "291 59",
                "town": "Kristianstad",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "kristianstad",
        "unit": "Jobbcentrum",
        "title": "Praktik i kommunens storkök",
        "summary": (
            "Gör praktik i ett av kommunens storkök, där maten till skolor och äldreboenden "
            "lagas. Du lär dig hygienregler, recept och hur ett stort kök fungerar."
        ),
        "description": (
            "Du arbetar tillsammans med kockar och måltidsbiträden. Du skalar, förbereder, diskar "
            "och packar mat.\n\n"
            "Första veckan går du en kort kurs i livsmedelshygien. Du får en handledare som lär "
            "dig arbetet och berättar hur det går.\n\n"
            "Kommunen behöver ofta vikarier i köken. Praktiken kan bli en väg till "
            "timanställning."
        ),
        "type": "praktik",
        "categories": ["jobbinriktad", "kompetenshojande"],
        "target_groups": ["nyanlanda", "inskrivna-af", "forsorjningsstod"],
        "needs": ["arbetslivserfarenhet", "svenska"],
        "languages": ["sv", "ar"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 30,
        "schedule": "Måndag–fredag 6.30–12.30",
        "duration_weeks": 10,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 6,
        "places_available": 2,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": "Efter överenskommelse med hemkommunen.",
        "referral": ["handlaggare", "af"],
        "referral_instructions": (
            "Skicka en anvisning till Jobbcentrum. Arbetet innebär att stå upp större delen av "
            "dagen, så berätta gärna om deltagaren har begränsningar."
        ),
        "contact": {
            "name": "Susanne Axelsson",
            "role": "Arbetskonsulent",
            "phone": "040-628 04 47",
            "email": "susanne.axelsson@kristianstad.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Centralköket",
                "street_address": "Ängsgatan 8",
                "postcode": "291 32",
                "town": "Kristianstad",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "kristianstad",
        "unit": "Jobbcentrum",
        "title": "Jobbsökarverkstad Kristianstad",
        "summary": (
            "Kom in och få hjälp med cv, ansökningar och att söka jobb på nätet. Drop-in på "
            "förmiddagarna och digitala träffar på eftermiddagarna."
        ),
        "description": (
            "Verkstaden är öppen fyra förmiddagar i veckan och du behöver inte boka tid. "
            "Jobbcoacher finns på plats och hjälper dig med det du behöver.\n\n"
            "På tisdagseftermiddagar har vi digitala träffar om olika teman, till exempel att "
            "skriva ett bra personligt brev, att använda LinkedIn eller att klara en "
            "videointervju.\n\n"
            "Du kan låna en dator hos oss. Ta gärna med legitimation och ditt cv om du har ett."
        ),
        "type": "jobbcoachning",
        "categories": ["jobbinriktad"],
        "target_groups": ["inskrivna-af", "unga-16-29", "langtidsarbetslosa", "nyanlanda"],
        "needs": ["jobbsokning"],
        "languages": ["sv", "en", "ar", "uk"],
        "min_age": 16,
        "max_age": None,
        "format": "blandat",
        "hours_per_week": None,
        "schedule": "Drop-in måndag–torsdag 9.00–12.00, digital träff tisdagar 13.00–14.00",
        "duration_weeks": None,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": None,
        "places_available": None,
        "open_to_others": "ja",
        "other_municipality_terms": "Öppen för alla, oavsett hemkommun. Ingen kostnad.",
        "referral": ["egen", "af", "handlaggare"],
        "referral_instructions": (
            "Ingen anvisning behövs. Tipsa deltagaren om tiderna för drop-in. Vill du att vi "
            "följer upp, mejla en kort beskrivning."
        ),
        "contact": {
            "name": "Josefin Hansson",
            "role": "Jobbcoach",
            "phone": "040-628 04 49",
            "email": "josefin.hansson@kristianstad.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Jobbcentrum",
                "street_address": "Industrigatan 9",
                "postcode": "291 36",
                "town": "Kristianstad",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "kristianstad",
        "unit": "Jobbcentrum",
        "title": "Yrkessvenska för vård och omsorg",
        "summary": (
            "Träna den svenska du behöver för att arbeta i vård och omsorg. Passar dig som läser "
            "SFI (svenska för invandrare) eller har läst klart och vill jobba med människor."
        ),
        "description": (
            "Vi går igenom ord och situationer från vardagen i äldreomsorg och hemtjänst: att "
            "dokumentera, att prata med de äldre och deras anhöriga och att förstå "
            "instruktioner.\n\n"
            "Kursen varvar lektioner med studiebesök. Mot slutet gör du två veckors språkpraktik "
            "på ett äldreboende.\n\n"
            "Efter kursen kan du söka vidare till vård- och omsorgsutbildning på komvux."
        ),
        "type": "sprakstod",
        "categories": ["kompetenshojande", "jobbinriktad"],
        "target_groups": ["nyanlanda", "forsorjningsstod", "inskrivna-af"],
        "needs": ["svenska", "yrkesval"],
        "languages": ["sv", "ar", "ti", "so", "fa", "prs", "uk"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 15,
        "schedule": "Måndag–onsdag 8.30–13.30",
        "duration_weeks": 14,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 16,
        "places_available": 3,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": (
            "Efter överenskommelse. Pris 3 500 kr per deltagare och månad."
        ),
        "referral": ["handlaggare", "af"],
        "referral_instructions": (
            "Skicka en anvisning till Jobbcentrum. Deltagaren bör ha nått minst kurs C på SFI."
        ),
        "contact": {
            "name": "Ingrid Wallin",
            "role": "Språkpedagog",
            "phone": "040-628 04 50",
            "email": "ingrid.wallin@kristianstad.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Jobbcentrum",
                "street_address": "Industrigatan 9",
                "postcode": "291 36",
                "town": "Kristianstad",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "kristianstad",
        "unit": "Jobbcentrum",
        "title": "Friskvård och stresshantering",
        "summary": (
            "Lär dig hantera stress, sova bättre och hitta rörelse som passar dig. Vi träffas i "
            "grupp på plats och har digitala pass som du kan göra hemma."
        ),
        "description": (
            "Insatsen görs tillsammans med Region Skåne. En gång i veckan träffas gruppen på "
            "plats för samtal och lätt träning. En gång i veckan har vi ett digitalt pass med "
            "avslappning och andningsövningar.\n\n"
            "Du får verktyg som du kan använda i vardagen, till exempel en enkel dagsplanering "
            "och övningar för bättre sömn.\n\n"
            "Passar dig som är sjukskriven eller har varit borta från arbetet länge på grund av "
            "stress eller oro."
        ),
        "type": "halsoinsats",
        "categories": ["halsorelaterad"],
        "target_groups": ["sjukskrivna", "langtidsarbetslosa", "forsorjningsstod"],
        "needs": ["halsa"],
        "languages": ["sv", "en"],
        "min_age": 20,
        "max_age": 64,
        "format": "blandat",
        "hours_per_week": 3,
        "schedule": "Onsdagar 10.00–12.00 på plats, fredagar 10.00–11.00 digitalt",
        "duration_weeks": 10,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 12,
        "places_available": 5,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": (
            "Efter överenskommelse. De digitala passen går att följa från hela Skåne Nordost."
        ),
        "referral": ["handlaggare", "af"],
        "referral_instructions": (
            "Skicka en anvisning till Jobbcentrum. Hälsocoachen ringer deltagaren för ett kort "
            "samtal före start."
        ),
        "contact": {
            "name": "Marcus Friberg",
            "role": "Hälsocoach",
            "phone": "040-628 04 51",
            "email": "marcus.friberg@kristianstad.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Friskvårdscentrum",
                "street_address": "Idrottsvägen 14",
                "postcode": "291 33",
                "town": "Kristianstad",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "kristianstad",
        "unit": "Jobbcentrum",
        "title": "Extratjänst i föreningslivet",
        "summary": (
            "Arbeta med lön i en idrottsförening eller ideell organisation i Kristianstad. "
            "Extratjänsten ger dig arbetslivserfarenhet och nya kontakter."
        ),
        "description": (
            "Kommunen samarbetar med föreningar som tar emot personer med extratjänst. Du kan "
            "till exempel arbeta som vaktmästare i en idrottshall, i ett café eller med "
            "aktiviteter för barn.\n\n"
            "Arbetsförmedlingen beslutar om extratjänsten och betalar stödet. Jobbcentrum hjälper "
            "dig att hitta en förening och följer upp under anställningen.\n\n"
            "Du får en handledare i föreningen och regelbundna samtal med en konsulent från "
            "kommunen."
        ),
        "type": "subventionerad-anstallning",
        "categories": ["jobbinriktad", "social"],
        "target_groups": ["langtidsarbetslosa", "inskrivna-af", "funktionsnedsattning"],
        "needs": ["arbetslivserfarenhet"],
        "languages": ["sv"],
        "min_age": 20,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 30,
        "schedule": "Heltid eller deltid, ofta kvällar och helger",
        "duration_weeks": 52,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 10,
        "places_available": None,
        "open_to_others": "nej",
        "other_municipality_terms": "",
        "referral": ["af"],
        "referral_instructions": (
            "Arbetsförmedlingen beslutar om extratjänst. Ring Jobbcentrum för att höra vilka "
            "föreningar som söker personal just nu."
        ),
        "contact": {
            "name": "Agneta Blom",
            "role": "Arbetsmarknadssekreterare",
            "phone": "040-628 04 52",
            "email": "agneta.blom@kristianstad.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Jobbcentrum",
                "street_address": "Industrigatan 9",
                "postcode": "291 36",
                "town": "Kristianstad",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "kristianstad",
        "unit": "Jobbcentrum",
        "title": "Orienteringskurs: Steget vidare",
        "summary": (
            "En kurs för dig som vill komma igång efter en lång tid utan arbete. Du lär känna "
            "dina styrkor, gör studiebesök och planerar ditt nästa steg."
        ),
        "description": (
            "Kursen pågår i åtta veckor, fyra förmiddagar i veckan. Vi arbetar i en liten grupp "
            "med övningar, samtal och studiebesök.\n\n"
            "Vi pratar om arbetsmarknaden i Kristianstad, om vad som är viktigt för dig och om "
            "hur du kan hantera hinder. Du gör också en enkel plan för din hälsa.\n\n"
            "Efter kursen har du en plan, till exempel arbetsträning, praktik eller studier."
        ),
        "type": "orienteringskurs",
        "categories": ["jobbinriktad", "social", "halsorelaterad"],
        "target_groups": ["langtidsarbetslosa", "forsorjningsstod", "funktionsnedsattning"],
        "needs": ["komma-igang", "yrkesval", "halsa"],
        "languages": ["sv", "ar"],
        "min_age": 20,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 12,
        "schedule": "Måndag–torsdag 9.00–12.00",
        "duration_weeks": 8,
        "intake": "datum",
        "next_start_in_days": 21,
        "capacity": 12,
        "places_available": 7,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": (
            "Efter överenskommelse. Pris 4 000 kr per deltagare och månad."
        ),
        "referral": ["handlaggare", "af"],
        "referral_instructions": (
            "Anmäl till Jobbcentrum senast en vecka före kursstart. Deltagaren bjuds in till ett "
            "samtal före start."
        ),
        "contact": {
            "name": "Susanne Axelsson",
            "role": "Arbetskonsulent",
            "phone": "040-628 04 47",
            "email": "susanne.axelsson@kristianstad.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Jobbcentrum",
                "street_address": "Industrigatan 9",
                "postcode": "291 36",
                "town": "Kristianstad",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "kristianstad",
        "unit": "Ungdomsteamet (KAA)",
        "title": "Digital uppföljning för unga i jobb eller studier",
        "summary": (
            "Har du börjat jobba eller plugga? Din coach finns kvar som stöd under de första "
            "månaderna, via chatt, telefon eller video."
        ),
        "description": (
            "Det första halvåret på ett nytt jobb eller i en ny skola kan vara tufft. Därför kan "
            "du behålla kontakten med den coach du redan känner.\n\n"
            "Ni bestämmer tillsammans hur ofta ni hörs. Om något börjar gå fel, till exempel "
            "frånvaro eller trötthet, hjälper coachen dig att hitta en lösning i tid.\n\n"
            "Stödet är frivilligt och du kan avsluta när du vill."
        ),
        "type": "uppfoljning",
        "categories": ["social", "jobbinriktad"],
        "target_groups": ["unga-16-29", "unga-kaa"],
        "needs": ["studier", "komma-igang"],
        "languages": ["sv", "en"],
        "min_age": 16,
        "max_age": 29,
        "format": "digitalt",
        "hours_per_week": None,
        "schedule": "Efter överenskommelse",
        "duration_weeks": 26,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": None,
        "places_available": None,
        "open_to_others": "nej",
        "other_municipality_terms": "",
        "referral": ["handlaggare", "egen"],
        "referral_instructions": (
            "Erbjuds unga som har deltagit i en insats hos Ungdomsteamet. Den unga kan också "
            "själv höra av sig till sin tidigare coach."
        ),
        "contact": {
            "name": "Malin Ekström",
            "role": "Ungdomscoach",
            "phone": "040-628 04 45",
            "email": "malin.ekstrom@kristianstad.example",
        },
        "project": None,
        "locations": [],
    },
    {
        "municipality": "osby",
        "unit": "Kompetensa",
        "title": "Arbetsträning i Returbutiken",
        "summary": (
            "Arbetsträna i Kompetensas returbutik med sortering, försäljning och kundkontakt. "
            "Passar dig som vill bygga upp rutiner och ork i din egen takt."
        ),
        "description": (
            "Returbutiken säljer begagnade möbler, kläder och prylar. Du hjälper till att ta emot "
            "varor, sortera, laga enklare saker och sköta butiken.\n\n"
            "Du har en arbetsledare som stöttar dig varje dag. Vi börjar med uppgifter som känns "
            "trygga och bygger på efter hand.\n\n"
            "Du kan kombinera arbetsträningen med andra insatser på Kompetensa, till exempel "
            "hälsa eller språk. Vår erfarenhet är att flera insatser samtidigt ger bäst resultat."
        ),
        "type": "arbetstraning",
        "categories": ["jobbinriktad", "social"],
        "target_groups": ["forsorjningsstod", "langtidsarbetslosa"],
        "needs": ["komma-igang", "arbetslivserfarenhet"],
        "languages": ["sv", "ar"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 20,
        "schedule": "Måndag–torsdag 8.00–13.00",
        "duration_weeks": 12,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 10,
        "places_available": 2,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": (
            "Efter överenskommelse mellan kommunerna. Pris 4 500 kr per deltagare och månad."
        ),
        "referral": ["handlaggare", "af"],
        "referral_instructions": (
            "Alla som har försörjningsstöd i Osby har kontakt med Kompetensa. Handläggaren "
            "skickar en anvisning och vi bokar ett startsamtal."
        ),
        "contact": {
            "name": "Anna Lindqvist",
            "role": "Arbetskonsulent",
            "phone": "040-628 04 65",
            "email": "anna.lindqvist@osby.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Returbutiken",
                "street_address": "Industrigatan 14",
                "postcode": "283 41",
                "town": "Osby",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "osby",
        "unit": "Kompetensa",
        "title": "Vägledning i grupp på Kompetensa",
        "summary": (
            "Fundera på framtiden tillsammans med andra. I små grupper får du vägledning om "
            "studier och yrken och samtidigt stöd för hälsa och vardag."
        ),
        "description": (
            "Vägledningen sker i block om tio veckor. Gruppen träffas två gånger i veckan på "
            "Kompetensa och en gång digitalt. Du har också enskilda samtal med en studie- och "
            "yrkesvägledare.\n\n"
            "Blocken bygger på BIP-modellen, en dansk forskningsstudie om vad som hjälper "
            "människor närmare arbete. Där pågår jobbinriktade, kompetenshöjande, sociala och "
            "hälsorelaterade insatser samtidigt. Du får alltså stöd med mer än bara "
            "yrkesvalet.\n\n"
            "Arbetssättet togs fram i ESF+-projektet Förstärkt vägledning 2.0."
        ),
        "type": "studie-och-yrkesvagledning",
        "categories": ["kompetenshojande", "social", "halsorelaterad"],
        "target_groups": ["forsorjningsstod", "langtidsarbetslosa", "nyanlanda"],
        "needs": ["yrkesval", "studier"],
        "languages": ["sv", "ar", "so"],
        "min_age": 18,
        "max_age": 64,
        "format": "blandat",
        "hours_per_week": 8,
        "schedule": "Tisdagar och torsdagar 9.00–12.00, digitalt pass onsdagar",
        "duration_weeks": 10,
        "intake": "datum",
        "next_start_in_days": 10,
        "capacity": 8,
        "places_available": 3,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": "Efter överenskommelse med hemkommunen.",
        "referral": ["handlaggare", "egen"],
        "referral_instructions": (
            "Handläggaren anmäler till Kompetensa. Deltagaren kan också själv höra av sig och "
            "boka ett första samtal."
        ),
        "contact": {
            "name": "Niklas Gustafsson",
            "role": "Studie- och yrkesvägledare",
            "phone": "040-628 04 66",
            "email": "niklas.gustafsson@osby.example",
        },
        "project": "forstarkt-vagledning-2-0",
        "locations": [
            {
                "name": "Kompetensa",
                "street_address": "Västra Järnvägsgatan 5",
                "postcode": "283 31",
                "town": "Osby",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "osby",
        "unit": "Kompetensa",
        "title": "Kartläggning med fyra perspektiv",
        "summary": (
            "Vi tar reda på vad du behöver för att komma vidare, utifrån fyra delar: jobb, "
            "kunskaper, socialt liv och hälsa. Resultatet blir din egen plan."
        ),
        "description": (
            "Kompetensa arbetar efter BIP-modellen, som beskriver fyra slags insatser: "
            "jobbinriktade, kompetenshöjande, sociala och hälsorelaterade. I kartläggningen går "
            "vi igenom alla fyra delarna tillsammans med dig.\n\n"
            "Du träffar en arbetskonsulent och en studie- och yrkesvägledare. Samtalen varvas med "
            "praktiska uppgifter.\n\n"
            "Arbetssättet togs fram i ESF+-projektet Förstärkt vägledning 2.0, som Osby kommun "
            "drev 2023–2025."
        ),
        "type": "kartlaggning",
        "categories": ["jobbinriktad", "social", "halsorelaterad"],
        "target_groups": ["forsorjningsstod", "langtidsarbetslosa", "sjukskrivna"],
        "needs": ["komma-igang", "halsa", "yrkesval"],
        "languages": ["sv", "ar", "en"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 6,
        "schedule": "Dagtid, tider bokas individuellt",
        "duration_weeks": 6,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 12,
        "places_available": 4,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": (
            "Efter överenskommelse. Pris 4 000 kr per deltagare och månad."
        ),
        "referral": ["handlaggare"],
        "referral_instructions": (
            "Kartläggningen är första steget för alla som anvisas till Kompetensa. Handläggaren "
            "skickar en anvisning med en kort bakgrund."
        ),
        "contact": {
            "name": "Anna Lindqvist",
            "role": "Arbetskonsulent",
            "phone": "040-628 04 65",
            "email": "anna.lindqvist@osby.example",
        },
        "project": "forstarkt-vagledning-2-0",
        "locations": [
            {
                "name": "Kompetensa",
                "street_address": "Västra Järnvägsgatan 5",
                "postcode": "283 31",
                "town": "Osby",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "osby",
        "unit": "Kompetensa",
        "title": "Må bra på Kompetensa",
        "summary": (
            "Rörelse, samtal och goda vanor i en trygg grupp. Passar dig som vill må bättre och "
            "orka mer, både i vardagen och inför ett arbete."
        ),
        "description": (
            "Vi träffas två gånger i veckan. Vi går promenader i Osbys natur, provar enkel "
            "träning och pratar om sömn, kost och stress.\n\n"
            "Insatsen görs tillsammans med Region Skåne. En gång under perioden kommer en "
            "sjuksköterska från vårdcentralen och pratar om hälsa.\n\n"
            "Du kan vara med i Må bra samtidigt som du arbetstränar eller läser svenska."
        ),
        "type": "halsoinsats",
        "categories": ["halsorelaterad", "social"],
        "target_groups": ["forsorjningsstod", "sjukskrivna", "funktionsnedsattning"],
        "needs": ["halsa", "komma-igang"],
        "languages": ["sv", "ar"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 4,
        "schedule": "Måndagar och torsdagar 13.00–15.00",
        "duration_weeks": 12,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 12,
        "places_available": 6,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": "Efter överenskommelse med hemkommunen.",
        "referral": ["handlaggare", "egen"],
        "referral_instructions": (
            "Den som redan deltar på Kompetensa kan anmäla sig själv. Andra anvisas av sin "
            "handläggare."
        ),
        "contact": {
            "name": "Therese Möller",
            "role": "Hälsopedagog",
            "phone": "040-628 04 67",
            "email": "therese.moller@osby.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Kompetensa",
                "street_address": "Västra Järnvägsgatan 5",
                "postcode": "283 31",
                "town": "Osby",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "osby",
        "unit": "Kompetensa",
        "title": "Körkortsteori på lätt svenska",
        "summary": (
            "Läs teorin för B-körkort med förklaringar på lätt svenska. Vi går igenom "
            "trafikregler och vägmärken i lugn takt och övar tillsammans på provfrågor."
        ),
        "description": (
            "Kursen är för dig som vill ta körkort men tycker att teorin är svår, till exempel "
            "för att du fortfarande lär dig svenska.\n\n"
            "Läraren förklarar ord och begrepp och ni övar på provfrågor tillsammans. Mellan "
            "träffarna kan du öva i en app i din telefon.\n\n"
            "Körkort gör det lättare att få jobb, särskilt i en kommun med långa avstånd."
        ),
        "type": "utbildning",
        "categories": ["kompetenshojande", "jobbinriktad"],
        "target_groups": ["nyanlanda", "forsorjningsstod", "unga-16-29"],
        "needs": ["korkort", "svenska"],
        "languages": ["sv", "ar", "ti", "uk"],
        "min_age": 18,
        "max_age": None,
        "format": "pa-plats",
        "hours_per_week": 4,
        "schedule": "Onsdagar och fredagar 9.00–11.00",
        "duration_weeks": 12,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 10,
        "places_available": 3,
        "open_to_others": "ja",
        "other_municipality_terms": (
            "Öppen för boende i hela Skåne Nordost. Kursen är gratis, men deltagaren betalar "
            "själv för körkortsprovet."
        ),
        "referral": ["egen", "handlaggare", "af"],
        "referral_instructions": (
            "Deltagaren kan anmäla sig själv till Kompetensa. Handläggare kan också anmäla via "
            "e-post."
        ),
        "contact": {
            "name": "Niklas Gustafsson",
            "role": "Studie- och yrkesvägledare",
            "phone": "040-628 04 66",
            "email": "niklas.gustafsson@osby.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Kompetensa",
                "street_address": "Västra Järnvägsgatan 5",
                "postcode": "283 31",
                "town": "Osby",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "osby",
        "unit": "Kompetensa",
        "title": "Svenska i praktiken på Kompetensa",
        "summary": (
            "Träna svenska medan du gör något praktiskt: laga mat, handla eller sortera i "
            "returbutiken. Ett komplement till SFI (svenska för invandrare)."
        ),
        "description": (
            "Vi lär oss språk genom att göra saker tillsammans. En dag lagar vi lunch, en annan "
            "dag sorterar vi varor eller gör ett studiebesök i Osby.\n\n"
            "Du lär dig ord och fraser som du kan använda direkt, både i vardagen och på en "
            "arbetsplats. Gruppen är liten, så alla får prata.\n\n"
            "Du kan gå i språkträningen samtidigt som du läser SFI."
        ),
        "type": "sprakstod",
        "categories": ["kompetenshojande", "social"],
        "target_groups": ["nyanlanda", "forsorjningsstod"],
        "needs": ["svenska"],
        "languages": ["sv", "ar", "ti", "so", "uk"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 6,
        "schedule": "Måndagar och onsdagar 13.00–16.00",
        "duration_weeks": None,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 12,
        "places_available": 2,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": "Efter överenskommelse med hemkommunen.",
        "referral": ["handlaggare", "af", "egen"],
        "referral_instructions": (
            "Anmäl till Kompetensa via e-post eller telefon. Deltagaren får börja så snart det "
            "finns en plats."
        ),
        "contact": {
            "name": "Fredrik Nord",
            "role": "Språkpedagog",
            "phone": "040-628 04 71",
            "email": "fredrik.nord@osby.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Kompetensa",
                "street_address": "Västra Järnvägsgatan 5",
                "postcode": "283 31",
                "town": "Osby",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "osby",
        "unit": "Kompetensa",
        "title": "Praktik hos arbetsgivare i Osby och Lönsboda",
        "summary": (
            "Gör praktik på ett företag eller i kommunen, nära där du bor. Du får en handledare "
            "på arbetsplatsen och stöd från Kompetensa."
        ),
        "description": (
            "Vi har kontakt med många arbetsgivare i Osby och Lönsboda, bland annat inom "
            "industri, handel, förskola och äldreomsorg. Du väljer tillsammans med din "
            "konsulent.\n\n"
            "Innan praktiken börjar gör vi en plan med mål för vad du ska lära dig. Konsulenten "
            "följer upp med dig och handledaren varannan vecka.\n\n"
            "Praktiken kan bli en väg till anställning eller ge dig en referens till nästa jobb."
        ),
        "type": "praktik",
        "categories": ["jobbinriktad"],
        "target_groups": ["forsorjningsstod", "inskrivna-af", "nyanlanda"],
        "needs": ["arbetslivserfarenhet", "jobbsokning"],
        "languages": ["sv"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": None,
        "schedule": "Arbetsplatsens tider",
        "duration_weeks": 12,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": None,
        "places_available": None,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": (
            "Efter överenskommelse. Vi hjälper gärna deltagare från grannkommunerna att hitta en "
            "plats."
        ),
        "referral": ["handlaggare", "af"],
        "referral_instructions": (
            "Skicka en anvisning till Kompetensa med deltagarens önskemål om bransch och ort."
        ),
        "contact": {
            "name": "Jenny Sandberg",
            "role": "Jobbcoach",
            "phone": "040-628 04 69",
            "email": "jenny.sandberg@osby.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Kompetensa",
                "street_address": "Västra Järnvägsgatan 5",
                "postcode": "283 31",
                "town": "Osby",
                "wheelchair_accessible": True,
            },
            {
                "name": "Servicepunkten i Lönsboda",
                "street_address": "Storgatan 12",
                "postcode": "283 70",
                "town": "Lönsboda",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "osby",
        "unit": "Kompetensa",
        "title": "Arbetsprövning med stöd av arbetsterapeut",
        "summary": (
            "Ta reda på vad du klarar i arbetslivet, med stöd av en arbetsterapeut. Passar dig "
            "som har varit sjukskriven eller har en funktionsnedsättning."
        ),
        "description": (
            "Arbetsprövningen sker i Kompetensas verkstad eller i returbutiken. En arbetsterapeut "
            "bedömer tillsammans med dig hur du fungerar i olika uppgifter.\n\n"
            "Vi tittar på ork, tempo och koncentration, och på vilka hjälpmedel eller "
            "anpassningar som gör skillnad.\n\n"
            "Resultatet blir ett skriftligt underlag som du och din handläggare kan använda i "
            "kontakten med Försäkringskassan eller Arbetsförmedlingen."
        ),
        "type": "arbetsprovning",
        "categories": ["halsorelaterad", "jobbinriktad"],
        "target_groups": ["sjukskrivna", "funktionsnedsattning"],
        "needs": ["halsa", "arbetslivserfarenhet"],
        "languages": ["sv"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 10,
        "schedule": "Måndag–fredag, 2–4 timmar per dag",
        "duration_weeks": 8,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 4,
        "places_available": 0,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": (
            "Efter överenskommelse. Pris 6 000 kr per deltagare och månad."
        ),
        "referral": ["handlaggare", "af"],
        "referral_instructions": (
            "Skicka en anvisning med frågeställning. Bifoga läkarintyg bara om deltagaren har "
            "sagt ja till att vi tar del av dem."
        ),
        "contact": {
            "name": "Stefan Holmberg",
            "role": "Arbetsterapeut",
            "phone": "040-628 04 68",
            "email": "stefan.holmberg@osby.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Kompetensas verkstad",
                "street_address": "Industrigatan 16",
                "postcode": "283 41",
                "town": "Osby",
                "wheelchair_accessible": False,
            },
        ],
    },
    {
        "municipality": "osby",
        "unit": "Kompetensa",
        "title": "Jobbcoachning på Kompetensa",
        "summary": (
            "Få personligt stöd i att söka jobb. Din jobbcoach hjälper dig med cv, ansökningar "
            "och kontakt med arbetsgivare i Osby med omnejd."
        ),
        "description": (
            "Du och din coach träffas en gång i veckan. Ni går igenom vilka jobb som passar dig "
            "och hur du söker dem.\n\n"
            "Coachen kan följa med på en intervju eller presentera dig för en arbetsgivare. Vi "
            "har också en jobbsökargrupp på fredagar.\n\n"
            "Coachningen passar bra när du är nära att kunna ta ett jobb, till exempel efter "
            "arbetsträning eller praktik."
        ),
        "type": "jobbcoachning",
        "categories": ["jobbinriktad"],
        "target_groups": ["forsorjningsstod", "inskrivna-af", "langtidsarbetslosa"],
        "needs": ["jobbsokning"],
        "languages": ["sv", "en"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 4,
        "schedule": "Enskilt samtal en gång i veckan, jobbsökargrupp fredagar 9.00–11.00",
        "duration_weeks": 12,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 20,
        "places_available": 5,
        "open_to_others": "ja",
        "other_municipality_terms": "Öppen för boende i Skåne Nordost. Ingen kostnad.",
        "referral": ["egen", "handlaggare", "af"],
        "referral_instructions": (
            "Deltagaren kan höra av sig själv eller anvisas av sin handläggare."
        ),
        "contact": {
            "name": "Jenny Sandberg",
            "role": "Jobbcoach",
            "phone": "040-628 04 69",
            "email": "jenny.sandberg@osby.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Kompetensa",
                "street_address": "Västra Järnvägsgatan 5",
                "postcode": "283 31",
                "town": "Osby",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "osby",
        "unit": "Kompetensa",
        "title": "Unga på väg – gruppverksamhet för dig 16–19 år",
        "summary": (
            "En lugn start för dig som har slutat skolan eller aldrig började gymnasiet. Vi "
            "träffas i grupp, gör saker tillsammans och pratar om vad du vill framåt."
        ),
        "description": (
            "Unga på väg är en del av kommunens aktivitetsansvar, KAA (det kommunala "
            "aktivitetsansvaret). Gruppen träffas tre förmiddagar i veckan på Kompetensa.\n\n"
            "Vi gör studiebesök på skolor och arbetsplatser, lagar mat tillsammans och pratar om "
            "sådant som är viktigt för dig. Du har också egna samtal med en ungdomscoach.\n\n"
            "Arbetssättet togs fram i ESF-projektet Within PO2, där Osby var en av sex kommuner "
            "som samarbetade."
        ),
        "type": "orienteringskurs",
        "categories": ["social", "kompetenshojande"],
        "target_groups": ["unga-kaa"],
        "needs": ["komma-igang", "studier", "yrkesval"],
        "languages": ["sv", "en", "ar"],
        "min_age": 16,
        "max_age": 19,
        "format": "pa-plats",
        "hours_per_week": 9,
        "schedule": "Måndag, onsdag och fredag 9.30–12.30",
        "duration_weeks": None,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 8,
        "places_available": 3,
        "open_to_others": "nej",
        "other_municipality_terms": "",
        "referral": ["egen", "handlaggare"],
        "referral_instructions": (
            "Den unga kan höra av sig själv. Skola eller socialtjänst kan förmedla kontakt när "
            "den unga har sagt ja. För unga under 18 år informerar vi vårdnadshavare."
        ),
        "contact": {
            "name": "Lisa Fransson",
            "role": "Ungdomscoach",
            "phone": "040-628 04 70",
            "email": "lisa.fransson@osby.example",
        },
        "project": "within-po2",
        "locations": [
            {
                "name": "Kompetensa",
                "street_address": "Västra Järnvägsgatan 5",
                "postcode": "283 31",
                "town": "Osby",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "osby",
        "unit": "Kompetensa",
        "title": "Anställning med stöd i Osby kommun",
        "summary": (
            "Få en anställning med lön i Osby kommun, med stöd från Arbetsförmedlingen. Du "
            "arbetar till exempel i kök, med lokalvård eller i returbutiken."
        ),
        "description": (
            "Kommunen erbjuder extratjänster och introduktionsjobb. Det är anställningar där "
            "Arbetsförmedlingen betalar en del av lönen.\n\n"
            "Kompetensa hjälper dig att hitta en arbetsplats och har kontakt med din handledare "
            "under hela anställningen. Du kan också få tid för studier, till exempel SFI (svenska "
            "för invandrare).\n\n"
            "Målet är att du efter anställningen ska kunna gå vidare till ett vanligt jobb."
        ),
        "type": "subventionerad-anstallning",
        "categories": ["jobbinriktad"],
        "target_groups": ["langtidsarbetslosa", "nyanlanda", "inskrivna-af"],
        "needs": ["arbetslivserfarenhet"],
        "languages": ["sv"],
        "min_age": 20,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": None,
        "schedule": "Heltid eller deltid, dagtid",
        "duration_weeks": 52,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": None,
        "places_available": None,
        "open_to_others": "nej",
        "other_municipality_terms": "",
        "referral": ["af"],
        "referral_instructions": (
            "Arbetsförmedlingen beslutar om anställningsstödet. Kontakta Kompetensa för att höra "
            "vilka arbetsplatser som kan ta emot."
        ),
        "contact": {
            "name": "Anna Lindqvist",
            "role": "Arbetskonsulent",
            "phone": "040-628 04 65",
            "email": "anna.lindqvist@osby.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Kompetensa",
                "street_address": "Västra Järnvägsgatan 5",
                "postcode": "283 31",
                "town": "Osby",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "ostra-goinge",
        "unit": "Arbetsmarknadsenheten",
        "title": "Arbetsträning i snickeri och återbruk",
        "summary": (
            "Arbetsträna i vårt snickeri i Glimåkra. Du reparerar möbler, bygger enklare saker av "
            "återbrukat material och lär dig hantera verktyg säkert."
        ),
        "description": (
            "Snickeriet tar emot möbler och material som annars skulle slängas. Av det gamla gör "
            "vi nytt, till exempel bänkar, hyllor och odlingslådor till kommunens skolor.\n\n"
            "Du arbetar med en arbetsledare som är snickare. Du lär dig att mäta, såga, slipa och "
            "måla och att arbeta säkert med maskiner.\n\n"
            "Arbetet passar dig som gillar att skapa med händerna. Du behöver ingen tidigare "
            "erfarenhet."
        ),
        "type": "arbetstraning",
        "categories": ["jobbinriktad", "kompetenshojande"],
        "target_groups": ["forsorjningsstod", "langtidsarbetslosa", "funktionsnedsattning"],
        "needs": ["arbetslivserfarenhet", "komma-igang"],
        "languages": ["sv"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 20,
        "schedule": "Måndag–torsdag 7.30–12.30",
        "duration_weeks": 16,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 8,
        "places_available": 2,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": (
            "Efter överenskommelse. Pris 4 500 kr per deltagare och månad. Det går buss från "
            "Broby och Knislinge."
        ),
        "referral": ["handlaggare", "af"],
        "referral_instructions": (
            "Skicka en anvisning till Arbetsmarknadsenheten. Deltagaren får besöka snickeriet "
            "före start. Skyddskläder ingår."
        ),
        "contact": {
            "name": "Hans Jönsson",
            "role": "Arbetsledare, snickeriet",
            "phone": "040-628 04 80",
            "email": "hans.jonsson@ostra-goinge.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Snickeriet",
                "street_address": "Verkstadsvägen 3",
                "postcode": "289 22",
                "town": "Glimåkra",
                "wheelchair_accessible": False,
            },
        ],
    },
    {
        "municipality": "ostra-goinge",
        "unit": "Arbetsmarknadsenheten",
        "title": "Första samtalet och kartläggning",
        "summary": (
            "Här börjar din väg hos Arbetsmarknadsenheten. Vi lär känna dig, pratar om vad du "
            "vill och vad som kan stå i vägen, och gör en plan tillsammans."
        ),
        "description": (
            "Vi börjar med ett samtal med dig, din handläggare och en arbetskonsulent. Sedan "
            "träffar du konsulenten några gånger under en månad.\n\n"
            "Vi pratar om arbete, utbildning, hälsa och din vardag. Du får också prova på "
            "praktiska uppgifter i våra verksamheter.\n\n"
            "Tillsammans gör ni en plan med mål och nästa steg. Ni följer upp planen varje månad."
        ),
        "type": "kartlaggning",
        "categories": ["jobbinriktad", "social"],
        "target_groups": ["forsorjningsstod", "langtidsarbetslosa", "nyanlanda", "sjukskrivna"],
        "needs": ["komma-igang", "yrkesval"],
        "languages": ["sv", "ar", "ti", "so"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 4,
        "schedule": "Dagtid, tider bokas individuellt",
        "duration_weeks": 4,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": None,
        "places_available": None,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": "Efter överenskommelse med hemkommunen.",
        "referral": ["handlaggare"],
        "referral_instructions": (
            "Handläggaren på försörjningsstöd skickar en remiss. Vi bjuder in till det första "
            "samtalet inom två veckor."
        ),
        "contact": {
            "name": "Karolina Bergström",
            "role": "Arbetskonsulent",
            "phone": "040-628 04 81",
            "email": "karolina.bergstrom@ostra-goinge.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Arbetsmarknadsenheten",
                "street_address": "Storgatan 6",
                "postcode": "280 60",
                "town": "Broby",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "ostra-goinge",
        "unit": "Arbetsmarknadsenheten",
        "title": "Studie- och yrkesvägledning för vuxna i Östra Göinge",
        "summary": (
            "Vill du börja studera eller byta bana? Boka ett samtal med en studie- och "
            "yrkesvägledare. Du får hjälp att hitta rätt utbildning och att söka."
        ),
        "description": (
            "Vägledaren hjälper dig att se vilka möjligheter du har, till exempel komvux, "
            "folkhögskola eller yrkeshögskola.\n\n"
            "Ni går igenom hur du kan få pengar under studietiden och vad som krävs för att komma "
            "in. Har du en utbildning från ett annat land hjälper vi dig att ta reda på hur den "
            "kan bedömas i Sverige.\n\n"
            "Samtalen kan vara på plats i Broby eller på telefon."
        ),
        "type": "studie-och-yrkesvagledning",
        "categories": ["kompetenshojande"],
        "target_groups": ["forsorjningsstod", "nyanlanda", "unga-16-29", "inskrivna-af"],
        "needs": ["studier", "yrkesval"],
        "languages": ["sv", "en"],
        "min_age": 18,
        "max_age": None,
        "format": "blandat",
        "hours_per_week": None,
        "schedule": "Samtal bokas efter överenskommelse",
        "duration_weeks": None,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": None,
        "places_available": None,
        "open_to_others": "ja",
        "other_municipality_terms": "Öppen för alla vuxna i Skåne Nordost. Ingen kostnad.",
        "referral": ["egen", "handlaggare", "af"],
        "referral_instructions": (
            "Deltagaren bokar själv via telefon eller e-post. Handläggare kan också boka en tid."
        ),
        "contact": {
            "name": "Ulrika Palm",
            "role": "Studie- och yrkesvägledare",
            "phone": "040-628 04 82",
            "email": "ulrika.palm@ostra-goinge.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Arbetsmarknadsenheten",
                "street_address": "Storgatan 6",
                "postcode": "280 60",
                "town": "Broby",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "ostra-goinge",
        "unit": "Arbetsmarknadsenheten",
        "title": "Orienteringskurs: Steg för steg mot jobb",
        "summary": (
            "En kurs för dig som vill komma närmare arbete. Vi träffas i grupp i Knislinge och "
            "digitalt. Du lär dig om arbetslivet och gör en egen plan."
        ),
        "description": (
            "Kursen pågår i åtta veckor. Varje vecka har vi två träffar på plats och en digital "
            "träff. Vi pratar om arbetsmarknaden i Göinge och grannkommunerna, om dina styrkor "
            "och om hur du tar dig till ett jobb.\n\n"
            "I kursen ingår studiebesök hos arbetsgivare. Vi pratar också om resor, eftersom "
            "många jobb kräver pendling.\n\n"
            "Efter kursen vet du mer om vad du vill och vad ditt nästa steg är."
        ),
        "type": "orienteringskurs",
        "categories": ["jobbinriktad", "kompetenshojande", "social"],
        "target_groups": ["forsorjningsstod", "langtidsarbetslosa", "inskrivna-af"],
        "needs": ["yrkesval", "komma-igang"],
        "languages": ["sv", "ar"],
        "min_age": 18,
        "max_age": 64,
        "format": "blandat",
        "hours_per_week": 10,
        "schedule": "Tisdagar och torsdagar 9.00–12.00 i Knislinge, digital träff fredagar",
        "duration_weeks": 8,
        "intake": "datum",
        "next_start_in_days": 18,
        "capacity": 12,
        "places_available": 8,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": (
            "Efter överenskommelse. Pris 3 500 kr per deltagare och månad."
        ),
        "referral": ["handlaggare", "af"],
        "referral_instructions": (
            "Anmäl till Arbetsmarknadsenheten senast en vecka före kursstart."
        ),
        "contact": {
            "name": "Karolina Bergström",
            "role": "Arbetskonsulent",
            "phone": "040-628 04 81",
            "email": "karolina.bergstrom@ostra-goinge.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Jobbverkstan",
                "street_address": "Järnvägsgatan 2",
                "postcode": "289 31",
                "town": "Knislinge",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "ostra-goinge",
        "unit": "Arbetsmarknadsenheten",
        "title": "Hälsospåret – promenader och samtal",
        "summary": (
            "Kom ut, rör på dig och prata med andra. Vi går promenader i naturen runt Broby och "
            "pratar om hälsa, sömn och vardag. Passar dig som vill må bättre."
        ),
        "description": (
            "Vi träffas två gånger i veckan och går i lugnt tempo. Efter promenaden fikar vi och "
            "pratar om ett tema, till exempel stress, sömn eller matvanor.\n\n"
            "Hälsocoachen samarbetar med Region Skåne och vårdcentralen. Vid behov kan du få "
            "hjälp att boka tid hos en fysioterapeut.\n\n"
            "Alla kan vara med, oavsett kondition."
        ),
        "type": "halsoinsats",
        "categories": ["halsorelaterad", "social"],
        "target_groups": [
            "sjukskrivna",
            "funktionsnedsattning",
            "forsorjningsstod",
            "langtidsarbetslosa",
        ],
        "needs": ["halsa", "komma-igang"],
        "languages": ["sv"],
        "min_age": None,
        "max_age": None,
        "format": "pa-plats",
        "hours_per_week": 4,
        "schedule": "Måndagar och torsdagar 9.30–11.30",
        "duration_weeks": 10,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 12,
        "places_available": None,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": "Efter överenskommelse med hemkommunen.",
        "referral": ["handlaggare", "egen"],
        "referral_instructions": (
            "Deltagaren kan anmäla sig själv. Handläggare kan också anmäla via e-post."
        ),
        "contact": {
            "name": "Elin Svensson",
            "role": "Hälsocoach",
            "phone": "040-628 04 84",
            "email": "elin.svensson@ostra-goinge.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Arbetsmarknadsenheten",
                "street_address": "Storgatan 6",
                "postcode": "280 60",
                "town": "Broby",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "ostra-goinge",
        "unit": "Arbetsmarknadsenheten",
        "title": "Praktik inom äldreomsorg och förskola",
        "summary": (
            "Gör praktik i kommunens äldreomsorg eller förskola. Du får prova på ett yrke där det "
            "finns många jobb, med en handledare på plats."
        ),
        "description": (
            "Östra Göinge behöver fler som vill arbeta i vård, omsorg och förskola. På praktiken "
            "hjälper du till i vardagen, till exempel vid måltider, utevistelse och "
            "aktiviteter.\n\n"
            "Du har en handledare på arbetsplatsen och en konsulent från Arbetsmarknadsenheten "
            "som följer upp hur det går.\n\n"
            "Efter praktiken kan du få stöd att söka till vård- och omsorgsutbildning eller "
            "barnskötarutbildning."
        ),
        "type": "praktik",
        "categories": ["jobbinriktad", "kompetenshojande"],
        "target_groups": ["nyanlanda", "forsorjningsstod", "inskrivna-af"],
        "needs": ["arbetslivserfarenhet", "yrkesval"],
        "languages": ["sv"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 30,
        "schedule": "Dagtid, enligt arbetsplatsens schema",
        "duration_weeks": 8,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 10,
        "places_available": 4,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": "Efter överenskommelse med hemkommunen, i mån av plats.",
        "referral": ["handlaggare", "af"],
        "referral_instructions": (
            "Skicka en anvisning till Arbetsmarknadsenheten. Före praktik i förskolan behöver "
            "deltagaren visa ett utdrag ur belastningsregistret."
        ),
        "contact": {
            "name": "Karolina Bergström",
            "role": "Arbetskonsulent",
            "phone": "040-628 04 81",
            "email": "karolina.bergstrom@ostra-goinge.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Arbetsmarknadsenheten",
                "street_address": "Storgatan 6",
                "postcode": "280 60",
                "town": "Broby",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "ostra-goinge",
        "unit": "Arbetsmarknadsenheten",
        "title": "Språkträning på arbetsplatsen",
        "summary": (
            "Lär dig svenska samtidigt som du arbetar. En språkpedagog besöker dig på din "
            "praktikplats eller arbetsplats och hjälper dig med de ord du behöver."
        ),
        "description": (
            "Språkträningen är för dig som har praktik, arbetsträning eller extratjänst och vill "
            "bli bättre på svenska i jobbet.\n\n"
            "Språkpedagogen träffar dig en gång i veckan på arbetsplatsen. Ni går igenom ord, "
            "instruktioner och samtal som du möter i ditt arbete. Din handledare får tips om hur "
            "hen kan stötta dig.\n\n"
            "Stödet är ett komplement till SFI (svenska för invandrare)."
        ),
        "type": "sprakstod",
        "categories": ["kompetenshojande", "jobbinriktad"],
        "target_groups": ["nyanlanda", "inskrivna-af"],
        "needs": ["svenska"],
        "languages": ["sv", "ar", "ti", "so", "prs"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 2,
        "schedule": "En gång i veckan på arbetsplatsen",
        "duration_weeks": 12,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 15,
        "places_available": 6,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": (
            "Efter överenskommelse, om arbetsplatsen ligger i Östra Göinge."
        ),
        "referral": ["handlaggare", "af"],
        "referral_instructions": (
            "Skicka en anvisning och skriv var deltagaren har sin praktik eller anställning."
        ),
        "contact": {
            "name": "Maja Hedlund",
            "role": "Språkpedagog",
            "phone": "040-628 04 86",
            "email": "maja.hedlund@ostra-goinge.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Arbetsmarknadsenheten",
                "street_address": "Storgatan 6",
                "postcode": "280 60",
                "town": "Broby",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "ostra-goinge",
        "unit": "Arbetsmarknadsenheten",
        "title": "Körkortsteori med stöd på flera språk",
        "summary": (
            "Läs körkortsteori med en lärare som kan förklara på flera språk. Träffarna är i "
            "Broby och du övar mellan gångerna i en app."
        ),
        "description": (
            "Kursen går igenom allt du behöver för teoriprovet för B-körkort. Läraren förklarar "
            "svåra ord och det finns stödmaterial på arabiska, tigrinja, somaliska och dari.\n\n"
            "Du övar på provfrågor både på träffarna och hemma. Kursen avslutas med ett "
            "övningsprov.\n\n"
            "Körkort gör det lättare att få jobb i Göinge, där många arbetsplatser ligger en bit "
            "från bussen."
        ),
        "type": "utbildning",
        "categories": ["kompetenshojande", "jobbinriktad"],
        "target_groups": ["nyanlanda", "forsorjningsstod", "langtidsarbetslosa"],
        "needs": ["korkort"],
        "languages": ["sv", "ar", "ti", "so", "prs"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": 4,
        "schedule": "Måndagar och onsdagar 13.00–15.00",
        "duration_weeks": 10,
        "intake": "datum",
        "next_start_in_days": 49,
        "capacity": 12,
        "places_available": 12,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": (
            "Efter överenskommelse. Pris 2 000 kr per deltagare för hela kursen."
        ),
        "referral": ["handlaggare", "af"],
        "referral_instructions": (
            "Anmäl till Arbetsmarknadsenheten senast två veckor före start. Skriv vilket språk "
            "deltagaren behöver stöd på."
        ),
        "contact": {
            "name": "Maja Hedlund",
            "role": "Språkpedagog",
            "phone": "040-628 04 86",
            "email": "maja.hedlund@ostra-goinge.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Arbetsmarknadsenheten",
                "street_address": "Storgatan 6",
                "postcode": "280 60",
                "town": "Broby",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "ostra-goinge",
        "unit": "Arbetsmarknadsenheten",
        "title": "Jobbsök online",
        "summary": (
            "Sök jobb med stöd av en coach, helt digitalt. Du får hjälp med cv, ansökningar och "
            "att förbereda dig inför intervjuer, var du än bor i Skåne Nordost."
        ),
        "description": (
            "Du träffar din coach i videomöten en gång i veckan. Mellan mötena arbetar du med "
            "uppgifter som ni har kommit överens om.\n\n"
            "Varannan vecka har vi en digital gruppträff med tips om lediga jobb och övning inför "
            "intervjuer.\n\n"
            "Du behöver en telefon eller dator med internet. Om du behöver hjälp att komma igång "
            "kan du låna en dator i Jobbverkstan i Knislinge."
        ),
        "type": "jobbcoachning",
        "categories": ["jobbinriktad"],
        "target_groups": ["inskrivna-af", "unga-16-29", "langtidsarbetslosa"],
        "needs": ["jobbsokning"],
        "languages": ["sv", "en", "uk"],
        "min_age": 18,
        "max_age": 64,
        "format": "digitalt",
        "hours_per_week": 3,
        "schedule": "Videomöte en gång i veckan, gruppträff varannan onsdag 10.00–11.00",
        "duration_weeks": 10,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 25,
        "places_available": 11,
        "open_to_others": "ja",
        "other_municipality_terms": (
            "Öppen för boende i alla kommuner i Skåne Nordost. Ingen kostnad."
        ),
        "referral": ["egen", "af", "handlaggare"],
        "referral_instructions": (
            "Deltagaren kan anmäla sig själv via e-post. Vi skickar en länk till första mötet."
        ),
        "contact": {
            "name": "Magnus Lundqvist",
            "role": "Jobbcoach",
            "phone": "040-628 04 83",
            "email": "magnus.lundqvist@ostra-goinge.example",
        },
        "project": None,
        "locations": [],
    },
    {
        "municipality": "ostra-goinge",
        "unit": "Arbetsmarknadsenheten",
        "title": "Uppföljning för dig och din arbetsgivare",
        "summary": (
            "När du har fått jobb fortsätter vi att finnas som stöd. Vi hjälper både dig och din "
            "arbetsgivare, så att anställningen blir bra från början."
        ),
        "description": (
            "Uppföljningen börjar samma vecka som du börjar jobba. Din konsulent ringer dig och "
            "träffar dig och din chef på arbetsplatsen under den första månaden.\n\n"
            "Vi kan hjälpa till med introduktion och anpassningar, och med kontakten med "
            "Arbetsförmedlingen om anställningen har ett stöd därifrån.\n\n"
            "Stödet pågår i upp till sex månader, eller längre om det behövs."
        ),
        "type": "uppfoljning",
        "categories": ["jobbinriktad", "social"],
        "target_groups": ["funktionsnedsattning", "langtidsarbetslosa", "forsorjningsstod"],
        "needs": ["arbetslivserfarenhet", "halsa"],
        "languages": ["sv"],
        "min_age": 18,
        "max_age": 64,
        "format": "pa-plats",
        "hours_per_week": None,
        "schedule": "Efter behov",
        "duration_weeks": 26,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": None,
        "places_available": None,
        "open_to_others": "nej",
        "other_municipality_terms": "",
        "referral": ["handlaggare", "af"],
        "referral_instructions": (
            "Erbjuds den som har fått jobb efter en insats hos Arbetsmarknadsenheten. Kontakta "
            "oss om en arbetsgivare behöver stöd."
        ),
        "contact": {
            "name": "Karolina Bergström",
            "role": "Arbetskonsulent",
            "phone": "040-628 04 81",
            "email": "karolina.bergstrom@ostra-goinge.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Arbetsmarknadsenheten",
                "street_address": "Storgatan 6",
                "postcode": "280 60",
                "town": "Broby",
                "wheelchair_accessible": True,
            },
        ],
    },
    {
        "municipality": "ostra-goinge",
        "unit": "Arbetsmarknadsenheten",
        "title": "Ungdomsspåret – för dig 16–19 år (KAA)",
        "summary": (
            "Har du slutat gymnasiet eller aldrig börjat? I Ungdomsspåret får du en egen coach, "
            "träffar andra unga och provar på olika saker för att hitta din väg."
        ),
        "description": (
            "Kommunen har ett aktivitetsansvar, KAA (det kommunala aktivitetsansvaret), för unga "
            "under 20 år som inte går i gymnasieskolan. Ungdomsspåret är en del av det.\n\n"
            "Du träffar din coach varje vecka. I gruppen gör vi studiebesök, provar på praktiska "
            "uppgifter och pratar om framtiden. Du kan också få stöd av en studie- och "
            "yrkesvägledare.\n\n"
            "Målet är att du ska hitta tillbaka till studier eller komma vidare till praktik "
            "eller jobb."
        ),
        "type": "orienteringskurs",
        "categories": ["social", "kompetenshojande"],
        "target_groups": ["unga-kaa"],
        "needs": ["studier", "yrkesval", "komma-igang"],
        "languages": ["sv", "ar", "ti"],
        "min_age": 16,
        "max_age": 19,
        "format": "pa-plats",
        "hours_per_week": 6,
        "schedule": "Tisdagar och torsdagar 10.00–13.00",
        "duration_weeks": None,
        "intake": "lopande",
        "next_start_in_days": None,
        "capacity": 10,
        "places_available": 4,
        "open_to_others": "overenskommelse",
        "other_municipality_terms": (
            "Efter överenskommelse med den ungas hemkommun, som har aktivitetsansvaret."
        ),
        "referral": ["egen", "handlaggare"],
        "referral_instructions": (
            "Den unga kan höra av sig själv. Skola och socialtjänst kan förmedla kontakt när den "
            "unga har sagt ja. För unga under 18 år informerar vi vårdnadshavare."
        ),
        "contact": {
            "name": "Anders Petersson",
            "role": "Ungdomscoach",
            "phone": "040-628 04 85",
            "email": "anders.petersson@ostra-goinge.example",
        },
        "project": None,
        "locations": [
            {
                "name": "Jobbverkstan",
                "street_address": "Järnvägsgatan 2",
                "postcode": "289 31",
                "town": "Knislinge",
                "wheelchair_accessible": True,
            },
        ],
    },
]
