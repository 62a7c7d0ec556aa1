"""Cities a resume may name as where the candidate lives, as names.fold writes them (lower case,
no accents; Cyrillic and Greek stay as they are).

home_lines.py keeps only these (and regions and countries) on a line known to be the home
address: everything else on it is below the city. A city written inflected ("v Brně") is not
kept. The table holds capitals and large or regional cities of the countries resumes come from;
a city missing here is kept anyway when it stands where a city stands (see home_lines.py).
"""

from __future__ import annotations

CITIES = frozenset({
    # Western Europe.
    "london", "manchester", "birmingham", "leeds", "glasgow", "edinburgh", "liverpool",
    "bristol", "cardiff", "belfast", "sheffield", "newcastle", "nottingham", "leicester",
    "dublin", "cork", "galway", "limerick", "paris", "lyon", "marseille", "toulouse", "lille",
    "bordeaux", "nantes", "strasbourg", "nice", "montpellier", "rennes", "grenoble",
    "bruxelles", "brussel", "brussels", "antwerpen", "anvers", "gent", "gand", "liege", "namur",
    "charleroi", "leuven", "luxembourg", "amsterdam", "rotterdam", "den haag", "the hague",
    "utrecht", "eindhoven", "groningen", "berlin", "hamburg", "munchen", "munich", "koln",
    "cologne", "frankfurt", "frankfurt am main", "stuttgart", "dusseldorf", "leipzig",
    "dresden", "hannover", "nurnberg", "bremen", "essen", "dortmund", "bonn", "wien", "vienna",
    "graz", "linz", "salzburg", "innsbruck", "klagenfurt", "zurich", "geneve", "geneva", "genf",
    "basel", "bern", "lausanne", "luzern", "lugano", "madrid", "barcelona", "valencia",
    "sevilla", "zaragoza", "malaga", "bilbao", "palma", "lisboa", "lisbon", "porto", "braga",
    "coimbra", "roma", "rome", "milano", "milan", "napoli", "torino", "turin", "bologna",
    "firenze", "florence", "genova", "palermo", "venezia", "verona", "bari",
    # Nordic and Baltic.
    "kobenhavn", "copenhagen", "aarhus", "odense", "aalborg", "oslo", "bergen", "trondheim",
    "stavanger", "stockholm", "goteborg", "gothenburg", "malmo", "uppsala", "helsinki",
    "espoo", "tampere", "turku", "oulu", "reykjavik", "tallinn", "tartu", "riga", "vilnius",
    "kaunas", "klaipeda",
    # Central and Eastern Europe, the Balkans.
    "praha", "prague", "brno", "ostrava", "plzen", "olomouc", "bratislava", "kosice",
    "warszawa", "warsaw", "krakow", "wroclaw", "poznan", "gdansk", "lodz", "katowice",
    "lublin", "szczecin", "budapest", "debrecen", "szeged", "pecs", "gyor", "bucuresti",
    "bucharest", "cluj-napoca", "cluj", "timisoara", "iasi", "brasov", "constanta", "chisinau",
    "sofia", "plovdiv", "varna", "ljubljana", "maribor", "zagreb", "split", "rijeka",
    "beograd", "belgrade", "novi sad", "nis", "sarajevo", "skopje", "podgorica", "tirana",
    "pristina", "athens", "athina", "thessaloniki", "patra", "heraklion", "nicosia", "limassol",
    "kyiv", "kiev", "lviv", "kharkiv", "odesa", "odessa", "dnipro", "minsk", "moscow",
    "moskva", "saint petersburg", "st. petersburg", "novosibirsk", "kazan", "yekaterinburg",
    "tbilisi", "yerevan", "baku", "almaty", "astana", "tashkent",
    "київ", "львів", "харків", "одеса", "дніпро", "мінск", "минск", "москва", "санкт-петербург",
    "киев", "софия", "пловдив", "варна", "београд", "нови сад", "скопје",
    "αθηνα", "αθήνα", "θεσσαλονικη", "θεσσαλονίκη", "πατρα", "πάτρα", "ηρακλειο", "ηράκλειο",
    # Turkey, the Middle East, North Africa.
    "istanbul", "ankara", "izmir", "bursa", "antalya", "tel aviv", "tel aviv-yafo",
    "jerusalem", "haifa", "beirut", "amman", "dubai", "abu dhabi", "sharjah", "doha", "riyadh",
    "jeddah", "kuwait city", "manama", "muscat", "cairo", "alexandria", "giza", "casablanca",
    "rabat", "marrakech", "tunis", "algiers", "tehran",
    # Sub-Saharan Africa.
    "lagos", "abuja", "ibadan", "kano", "port harcourt", "enugu", "benin city", "accra",
    "kumasi", "tema", "nairobi", "mombasa", "kisumu", "kampala", "kigali", "dar es salaam",
    "addis ababa", "johannesburg", "cape town", "durban", "pretoria", "port elizabeth",
    "gqeberha", "dakar", "abidjan", "lusaka", "harare", "maputo", "windhoek", "gaborone",
    # South Asia.
    "mumbai", "delhi", "new delhi", "bangalore", "bengaluru", "hyderabad", "chennai",
    "kolkata", "pune", "ahmedabad", "jaipur", "lucknow", "kochi", "noida", "gurgaon",
    "gurugram", "chandigarh", "indore", "coimbatore", "karachi", "lahore", "islamabad",
    "rawalpindi", "faisalabad", "multan", "peshawar", "quetta", "dhaka", "chittagong",
    "colombo", "kathmandu",
    # East and South-East Asia.
    "tokyo", "osaka", "kyoto", "yokohama", "nagoya", "fukuoka", "sapporo", "kobe", "seoul",
    "chiba", "kawasaki", "saitama", "sendai", "hiroshima",
    "busan", "incheon", "daegu", "daejeon", "gwangju", "seongnam", "suwon", "beijing",
    "shanghai", "shenzhen", "guangzhou", "hangzhou", "chengdu", "hong kong", "taipei",
    "singapore", "kuala lumpur", "petaling jaya", "johor bahru", "george town", "jakarta",
    "bandung", "surabaya", "yogyakarta", "medan", "bangkok", "chiang mai", "hanoi", "ha noi",
    "ho chi minh city", "da nang", "manila", "quezon city", "makati", "pasig", "taguig",
    "cebu city", "davao city",
    # The Americas.
    "new york", "los angeles", "chicago", "houston", "boston", "seattle", "san francisco",
    "austin", "atlanta", "denver", "miami", "philadelphia", "washington", "toronto",
    "montreal", "montréal", "vancouver", "calgary", "ottawa", "mexico city", "ciudad de mexico",
    "guadalajara", "monterrey", "puebla", "bogota", "medellin", "cali", "barranquilla",
    "lima", "arequipa", "quito", "guayaquil", "caracas", "santiago", "valparaiso", "buenos aires",
    "caba", "ciudad autonoma de buenos aires", "rosario", "cordoba", "mendoza", "la plata",
    "montevideo", "asuncion", "la paz", "sao paulo", "rio de janeiro", "belo horizonte",
    "brasilia", "curitiba", "porto alegre", "recife", "salvador", "fortaleza", "campinas",
    "florianopolis", "san jose", "panama", "santo domingo", "san juan", "havana",
    # Oceania.
    "sydney", "melbourne", "brisbane", "perth", "adelaide", "canberra", "hobart", "auckland",
    "wellington", "christchurch",
})
